"""Notes in notes and notes that are a link, numbered as pandoc numbers them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from citekit import sources

# a note nested in an inline note takes no number of its own; its text stays in its note
NESTED_INLINE = (
    "Mills were sold.^[Ledgers such as the Harlow daybook^[County Record Office, MS 14.]"
    " survive.] Wages fell.^[Ada Crane, *Looms* (Leeds, 1931), 12.]\n"
)
# the same nested in a labelled definition, and a [^label] typed in another note's text,
# which pandoc leaves as typed: the later body reference gives that note its number
NESTED_IN_DEFINITION = (
    "Mills were sold.[^a] Wages fell.[^b] Prices rose.[^c]\n\n"
    "[^a]: See the daybook^[County Record Office, MS 14.] and Crane.[^c]\n"
    "[^b]: Ada Crane, *Looms* (Leeds, 1931), 12.\n"
    "[^c]: Crane, *Looms*, 40.\n"
)
# a label cited only from another note's text is no reference: it comes after the others
CITED_ONLY_IN_A_NOTE = (
    "Mills were sold.^[Daybook, f. 3.[^z]] Wages fell.[^b]\n\n"
    "[^b]: Ada Crane, *Looms* (Leeds, 1931), 12.\n"
    "[^z]: Ledger B, f. 9.\n"
)
# an inline note whose whole text is a link: "^[address](address)" is a note (its text the
# address) followed by "(address)", as pandoc reads it; no closing caret, no superscript
LINK_AS_NOTE = (
    "Built on Catmandu^[https://catmandu.example.org/](https://catmandu.example.org/)."
    " Also Fix.^[Ada Crane, *Fixes* (Leeds, 2013).]\n"
)


def _md(tmp_path: Path, text: str) -> dict[int, str]:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    doc = sources.read(path)
    assert set(doc.references) <= {f.number for f in doc.footnotes}
    return {f.number: f.text for f in doc.footnotes}


def test_note_nested_in_inline_note_takes_no_number(tmp_path: Path) -> None:
    assert _md(tmp_path, NESTED_INLINE) == {
        1: "Ledgers such as the Harlow daybook (County Record Office, MS 14.) survive.",
        2: "Ada Crane, *Looms* (Leeds, 1931), 12.",
    }


def test_nested_note_and_reference_in_a_definition(tmp_path: Path) -> None:
    assert _md(tmp_path, NESTED_IN_DEFINITION) == {
        1: "See the daybook (County Record Office, MS 14.) and Crane.",
        2: "Ada Crane, *Looms* (Leeds, 1931), 12.",
        3: "Crane, *Looms*, 40.",
    }


def test_label_referred_to_only_in_a_note_comes_last(tmp_path: Path) -> None:
    assert _md(tmp_path, CITED_ONLY_IN_A_NOTE) == {
        1: "Daybook, f. 3.",
        2: "Ada Crane, *Looms* (Leeds, 1931), 12.",
        3: "Ledger B, f. 9.",
    }


def test_inline_note_that_is_a_link(tmp_path: Path) -> None:
    assert _md(tmp_path, LINK_AS_NOTE) == {
        1: "https://catmandu.example.org/",
        2: "Ada Crane, *Fixes* (Leeds, 2013).",
    }


def _pandoc_notes(path: Path) -> list[str]:
    """The first word of each note pandoc renders (notes nested in notes are no notes)."""
    out = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "json", str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    firsts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Note":
                firsts.append(node["c"][0]["c"][0]["c"])  # Para -> first Str
                return  # a note in this note is not numbered
            walk(node.get("c"))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(out)["blocks"])
    return firsts


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")
@pytest.mark.parametrize(
    "text", [NESTED_INLINE, NESTED_IN_DEFINITION, CITED_ONLY_IN_A_NOTE, LINK_AS_NOTE]
)
def test_referenced_notes_are_numbered_as_pandoc_numbers_them(tmp_path: Path, text: str) -> None:
    notes = _md(tmp_path, text)
    pandoc = _pandoc_notes(tmp_path / "doc.md")
    assert [notes[n + 1].split()[0] for n in range(len(pandoc))] == pandoc
