"""Pages that carry a letter ("L618–L624", "S08003", "e1003235"), seen in physiology, physics,
optics and online journals of both reference proxies (core.xml, GROBID's references): the
range keeps its letters. Our own example references."""

from __future__ import annotations

import pytest

from citekit.model import Note
from citekit.parse import build_context, parse_note
from citekit.parse.letteredpages import with_letters


@pytest.mark.parametrize(
    ("pages", "text", "read"),
    [
        ("618–624", "Am J Harbours 1994; 267:L618-L624.", "L618–L624"),
        ("12–19", "J Tide Med 2001; 12:S12-19.", "S12–S19"),
        ("08003", "Coast Instr. 3 (2008) S08003.", "S08003"),
        ("1003235", "Sea Biol 9:e1003235.", "e1003235"),
        ("51–56", "Ann Tides 2014;25 Suppl 3:iii51–iii56.", "iii51–iii56"),
        ("12–19", "Harbour Notes, pp. 12-19.", "12–19"),
        ("5", "Harbour Notes, Table S5, p. 5.", "5"),
        ("12", "Harbour Notes, p12.", "12"),
    ],
    ids=["section", "short-end", "article-id", "e-number", "roman", "bare", "bare-too", "p-mark"],
)
def test_pages_keep_their_letters(pages: str, text: str, read: str) -> None:
    assert with_letters(pages, text) == read


def test_a_parsed_reference_keeps_the_letters() -> None:
    text = "Lund K, Berg O. Silt in estuaries. Am J Harbours 1994; 267:L618-L624."
    (cite,) = parse_note(Note(number=1, text=text, span=(0, len(text))), build_context([text]))
    assert cite.fields["pages"] == "L618–L624"
