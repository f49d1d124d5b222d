"""The generated corpus: the committed sample's gold agrees with its documents.

tests/gen_corpus/ holds documents rendered by pandoc's citeproc through CSL note styles from
real bibliographies (python -m benchmarks.corpus sample), each with a gold file written by the
generator from pandoc's own rendering. The self-check reads every format with the standard
library, so these tests run without pandoc.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.corpus import fields, kinds, locators, selfcheck

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gen_corpus" / "gold").glob("*.gold.json"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.name for g in GOLD])
def test_sample_gold_agrees_with_its_document(gold: Path) -> None:
    assert selfcheck.check(gold, ROOT) == []


def test_sample_covers_every_format() -> None:
    formats = {g.name.removesuffix(".gold.json").rsplit(".", 1)[1] for g in GOLD}
    assert formats == {"md", "docx", "txt", "html", "tex"}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda g: g["notes"][-1].update(text="A note nobody wrote."), "not found"),
        (lambda g: g["notes"][0]["citations"].append({**_first(g), "text": "Nobody"}), "not in"),
        (lambda g: g["works"][_first(g)["work"]].update(title="A Title Nobody Wrote"), "title"),
        (lambda g: g["works"][_first(g)["work"]].update(author=["Nobody, A."]), "author"),
        (lambda g: g.update(diagnostics=[]), "null"),
    ],
    ids=["note-text", "citation-text", "title", "author", "diagnostics"],
)
def test_check_finds_a_gold_that_disagrees(tmp_path: Path, change, problem: str) -> None:
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    change(gold)
    path = tmp_path / GOLD[0].name
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    errors = selfcheck.check(path, ROOT)
    assert any(problem in e for e in errors), errors


def _first(gold: dict) -> dict:
    return next(c for n in gold["notes"] for c in n["citations"])


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Smith, *Title* (Paris, 1990), p. 45.", "45", "p. 45"),
        ("Müller: Titel, S.\u00a0212–215", "212-215", "S.\u00a0212–215"),
        ("Donne, *Variorum*, 6:48", "48", "48"),
        ("Jones, ‘Title’, *Journal* 38 (2012), 211–34 (p. 215)", "215", "p. 215"),
        ("Doe, *Title*, 145–7", "145-147", "145–7"),
        ("Smart v HM Advocate, at 49", "49", "49"),
        ("Roe, Title, https://example.org/45", "45", None),
        ("Archiv, fol. 12r", "12r", "fol. 12r"),
    ],
    ids=["p", "S-range", "volume-colon", "paren-label", "short-range", "at", "url", "folio"],
)
def test_locator_found_as_rendered(text: str, value: str, expected: str | None) -> None:
    assert locators.find(text, locators.Locator(value, value)) == expected


ITEM = {"type": "book", "title": "Unwanted Visionaries: The Soviet Failure in Asia"}


@pytest.mark.parametrize(
    ("text", "first", "details", "kind"),
    [
        ("Radchenko, *Unwanted Visionaries* (Oxford, 2014), 42", None, True, "full"),
        ("Radchenko, *Unwanted Visionaries*, 42", None, False, "short"),
        ("*Ibid.*, 43", "Radchenko …", False, "ibid"),
        ("Ebd., S. 43", "Radchenko …", False, "ibid"),
        ("Radchenko, op. cit., (note 1), 44", "Radchenko …", False, "op-cit"),
        ("Radchenko, *Unwanted Visionaries*, op. cit., p. 44", "Radchenko …", False, "op-cit"),
        ("Radchenko, *Unwanted Visionaries*, cit., p. 44", "Radchenko …", False, "short"),
        ("Radchenko, cit., p. 44", "Radchenko …", False, "op-cit"),
        ("Radchenko, *Unwanted Visionaries* (Oxford, 2014), 45", "Radchenko …", True, "full"),
    ],
    ids=[
        "first-full",
        "first-short",
        "ibid",
        "ebd",
        "op-cit",
        "title-op-cit",
        "title-italian-cit",
        "name-italian-cit",
        "full-again",
    ],
)
def test_kind_from_order_and_words(text: str, first, details: bool, kind: str) -> None:
    assert kinds.classify(text, first, None, ITEM, details) == kind


@pytest.mark.parametrize(
    ("name", "value", "text", "stated"),
    [
        ("year", "1951", "Tillich, Systematic Theology. Chicago, 1951–1963, p. 3", True),
        ("year", "1951", "Tillich, Systematic Theology. Chicago, 19511963, p. 3", False),
        ("volume", "12,2", "Bürchner, in: Realencyclopädie 12.,zweiter Bd., 1925, 288", False),
        ("volume", "12", "Realencyclopädie, vol. XII, 1925", True),
    ],
    ids=["range", "range-run-together", "volume-spelled-out", "volume-roman"],
)
def test_sentinel_field_kept_only_when_value_printed(name, value, text, stated) -> None:
    probe = {"year": "1117", "volume": "3847"}[name]
    assert fields._stated(name, value, text, f"x {probe} y") is stated


FIRST = "M. A. Beek, Das Problem des aramäischen Stammvaters, in: Oudtestamentische Studiën 8, 1950"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Beek 1950 (wie Anm. 5)", "short"), (FIRST.replace("in:", "dans"), "full")],
    ids=["author-year-repeat", "full-again"],
)
def test_repeat_dated_only_is_short_unless_as_long(text: str, kind: str) -> None:
    assert kinds.classify(text, FIRST, None, ITEM, True, dated_only=True) == kind
