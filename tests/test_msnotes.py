"""Manuscript mode with the bibliography printed (benchmarks.biblio.msnotes), on the made-up
manuscript of tests/data/manuscript (our prose, made-up works); needs pandoc."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.biblio import msnotes
from benchmarks.corpus import selfcheck

DATA = Path(__file__).resolve().parent / "data" / "manuscript"
STYLE = "chicago-shortened-notes-bibliography"


def test_the_bibliography_is_asked_for_at_the_end() -> None:
    part = {"meta": {"suppress-bibliography": {"t": "MetaBool", "c": True}}, "blocks": []}
    shown = msnotes.with_bibliography(part)
    assert "suppress-bibliography" not in shown["meta"]
    assert [b["t"] for b in shown["blocks"]] == ["Header", "Div"]
    assert shown["blocks"][-1]["c"][0][0] == "refs"


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
def test_shortened_notes_gold_holds_what_only_the_bibliography_states(tmp_path: Path) -> None:
    argv = [str(DATA / "manifest.json"), "--out", str(tmp_path), "--styles", STYLE,
            "--formats", "md"]  # fmt: skip
    assert msnotes.main(argv) == 0
    gold_path = tmp_path / "gold" / f"{STYLE}-toy1.md.gold.json"
    assert selfcheck.check(gold_path, tmp_path) == []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = (tmp_path / gold["document"]).read_text(encoding="utf-8")
    assert "Fenwick Press" in document.split("Bibliography")[-1]
    notes = " ".join(n["text"] for n in gold["notes"])
    assert "Fenwick Press" not in notes  # shortened notes: the publisher is in the list only
    assert any(w.get("publisher") == "Fenwick Press" for w in gold["works"].values())
