"""Manuscript mode of the generated corpus: real manuscripts' citations made one Cite each.

The regrouping is tested on pandoc ASTs written here; the made-up manuscript under
tests/data/manuscript/ (our prose, made-up works) was rendered by
`python -m benchmarks.corpus.manuscripts tests/data/manuscript/manifest.json
--out tests/data/manuscript/out`, and its gold is checked against its documents without
pandoc; with pandoc present, one style is rendered again and must give the same gold.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import manuscripts, regroup, selfcheck

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "manuscript"
SAMPLE = DATA / "out"
GOLD = sorted((SAMPLE / "gold").glob("*.gold.json"))


def _str(text: str) -> list[dict]:
    out: list[dict] = []
    for i, word in enumerate(text.split(" ")):
        out += ([{"t": "Space"}] if i else []) + [{"t": "Str", "c": word}]
    return out


def _citation(key: str, prefix: str = "", suffix: str = "", mode: str = "NormalCitation") -> dict:
    return {"citationId": key, "citationPrefix": _str(prefix) if prefix else [],
            "citationSuffix": _str(suffix) if suffix else [], "citationMode": {"t": mode},
            "citationNoteNum": 0, "citationHash": 0}  # fmt: skip


def _doc(*inlines: dict) -> dict:
    return {"blocks": [{"t": "Para", "c": [*_str("Trade grew"), *inlines, {"t": "Str", "c": "."}]}]}


def _cite(*citations: dict) -> dict:
    return {"t": "Cite", "c": [list(citations), []]}


def _plain(inlines: list[dict]) -> str:
    return "".join(i["c"] if i["t"] == "Str" else " " if i["t"] == "Space" else
                   "<" + i["c"][0][0]["citationId"] + ">" for i in inlines)  # fmt: skip


def test_a_group_in_the_running_text_becomes_a_note_of_single_citations() -> None:
    doc = _doc(
        {"t": "Space"},
        _cite(
            _citation("hale", "see", ", 12"),
            _citation("orme", "for instance", ", 105–107, with tolls"),
        ),
    )
    regroup.regroup(doc, {"hale", "orme"})
    para = doc["blocks"][0]["c"]
    assert _plain(para[:-1]) == "Trade grew."
    note = para[-1]["c"][0]["c"]
    assert _plain(note) == "See <hale>; for instance <orme>, with tolls."
    assert [(c.key, c.locator and c.locator.value) for c in regroup.cites(doc)] == [
        ("hale", "12"), ("orme", "105-107")]  # fmt: skip


def test_a_lone_citation_is_left_for_citeproc_to_make_its_note() -> None:
    doc = _doc({"t": "Space"}, _cite(_citation("hale", suffix=", chap. 3")))
    regroup.regroup(doc, {"hale"})
    assert [i["t"] for i in doc["blocks"][0]["c"]][-2:] == ["Cite", "Str"]
    (cite,) = regroup.cites(doc)
    assert (cite.locator.written, cite.locator.value) == ("chap. 3", "3")


def test_unknown_keys_are_dropped_and_notes_keep_the_authors_words() -> None:
    note = {"t": "Note", "c": [{"t": "Para", "c": [*_str("Compare"), {"t": "Space"},
            _cite(_citation("hale", suffix=", 14"), _citation("nobody"))]}]}  # fmt: skip
    doc = _doc(note)
    regroup.regroup(doc, {"hale"})
    assert _plain(note["c"][0]["c"]) == "Compare <hale>"
    assert [c.key for c in regroup.cites(doc)] == ["hale"]


def test_an_author_in_text_note_is_given_its_cite_after_citeproc() -> None:
    note = {"t": "Note", "c": [{"t": "Para", "c": _str("Title, 50.")}]}
    rendered = [{"t": "Str", "c": "Vance"}, note]
    citation = _citation("vance", suffix="50", mode="AuthorInText")
    doc = {"blocks": [{"t": "Para", "c": [{"t": "Cite", "c": [[citation], rendered]}]}]}
    regroup.hoist_author_notes(doc)
    para = doc["blocks"][0]["c"]
    assert [i["t"] for i in para] == ["Str", "Note"]
    assert para[1]["c"][0]["c"][0]["t"] == "Cite"


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_sample_gold_agrees_with_its_document(gold: Path) -> None:
    assert selfcheck.check(gold, SAMPLE) == []


def test_sample_has_grouped_and_in_text_citations_in_every_style() -> None:
    assert {g.name.split("-toy")[0] for g in GOLD} == set(manuscripts.STYLES)
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    counts = [len(n["citations"]) for n in gold["notes"]]
    assert max(counts) >= 2
    assert 0 in counts


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_rendering_again_gives_the_committed_gold(tmp_path: Path) -> None:
    style = "medical-history"
    argv = [str(DATA / "manifest.json"), "--out", str(tmp_path), "--styles", style,
            "--formats", "md"]  # fmt: skip
    assert manuscripts.main(argv) == 0
    name = f"{style}-toy1.md.gold.json"
    fresh = json.loads((tmp_path / "gold" / name).read_text(encoding="utf-8"))
    assert fresh == json.loads((SAMPLE / "gold" / name).read_text(encoding="utf-8"))
