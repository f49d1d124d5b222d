"""A note that opens, after its lead-in, with names, a year in brackets and at once a page
("Sml. Quist og Marr (2003) s. 41–44 og …") cites a work by its short form first: it is no
reference-list entry, whatever follows it (citekit.parse.leadentry). Our own example notes,
invented works."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract
from citekit.parse.leadentry import DATED_PINPOINT_HEAD_RE, lead_entry

NOTES = [
    "Quist, Ada M. og Ivo Marr, «Harbour Lives», i *Coastal Towns*, Vale Press 2003 s. 6.",
    "Sml. Quist og Marr (2003) s. 41–44 og Halden, Bo og Ann Tull, «Salt Roads: a Test for"
    " Ports» *Coastal History* 2012, s. 210–235 s. 221–223.",
    "Halden og Tull (2012) s. 220.",
]


def test_the_short_form_and_the_full_citation_are_two(tmp_path: Path) -> None:
    body = " ".join(f"Tekst.[^{i}]" for i in range(1, len(NOTES) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(NOTES, start=1))
    path = tmp_path / "artikkel.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    report = extract(path)
    cited = [c for c in report.citations if c.note == 2]
    assert [c.text[:20] for c in cited] == ["Quist og Marr (2003)", "Halden, Bo og Ann Tu"]


@pytest.mark.parametrize(
    "note",
    [
        "Sml. Quist og Marr (2003) s. 41 og Halden, Bo, «Salt Roads» *Coastal History* 2012.",
        "Vgl. Quist (2003), S. 41; ferner Halden, Bo: Salzstraßen. Vale 2012, S. 10.",
        "See Quist & Marr (2003) at 41 and Halden, Bo. 2012. *Salt Roads*. Vale: Vale Press.",
        "Harbour Board of Vale (1998) p. 12 and Halden, Bo. 2012. *Salt Roads*. Vale Press.",
    ],
)
def test_a_dated_head_with_a_page_is_no_entry(note: str) -> None:
    assert lead_entry(note, loose=True) is None


@pytest.mark.parametrize(
    "entry",
    [
        "Quist, A. M. (2003). Harbour lives. Vale: Vale Press.",
        "Quist, Ada M. (2003): Hafenleben. Vale: Vale Press, S. 41.",
        "Quist, A. M., & Marr, I. (2003). Pages of the port. *Coastal History*, 4, 10–30.",
    ],
)
def test_an_entry_dated_after_its_names_is_untouched(entry: str) -> None:
    assert DATED_PINPOINT_HEAD_RE.match(entry) is None
