"""A web page's access date or address after its date: "…, 2012, accessed April 4, 2014,
http://…" (Chicago's web pages), "…, July 2011, available at http://…". A small word after
a number and a comma usually opens commentary ("…, 145, on how little changed"); an access
word or a link's label goes on with the citation.

Our own example notes: invented authors, pages and sites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.mdnotes import extract_notes


@pytest.mark.parametrize(
    ("trailer", "urldate"),
    [
        ("accessed April 4, 2014, http://example.org/tides", "2014-04-04"),
        ("last accessed 4 April 2014, http://example.org/tides", "2014-04-04"),
        ("available at http://example.org/tides (accessed 4 April 2014)", "2014-04-04"),
        ("retrieved from http://example.org/tides", None),
    ],
)
def test_an_access_date_or_address_after_the_date_stays_in_the_citation(
    tmp_path: Path, trailer: str, urldate: str | None
) -> None:
    note = f"Ada Quist, “Tides of the Harbour,” Port Survey Office, July 2012, {trailer}."
    (cited,) = extract_notes(tmp_path, [note]).citations
    assert cited.text.endswith(trailer.rstrip("."))
    assert cited.fields.get("url") == "http://example.org/tides"
    assert cited.fields.get("urldate") == urldate


def test_commentary_after_a_pinpoint_still_ends_the_citation(tmp_path: Path) -> None:
    note = "Ada Quist, *Tides of the Harbour* (Leith: Port Press, 2012), 145, on how it changed."
    (cited,) = extract_notes(tmp_path, [note]).citations
    assert cited.text.endswith("145")
