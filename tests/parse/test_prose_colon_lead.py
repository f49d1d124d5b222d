"""A bibliography-style note after a sentence of commentary closed by a colon, in a document
whose notes are entries: the sentence is no part of the entry; and a note of two sources, each
named and dated, is no single entry (citekit.parse.leadentry). Our own example notes, invented
works."""

from __future__ import annotations

from pathlib import Path

from citekit import extract

NOTES = [
    "Quist, Ada M. *Harbour Lives*. Vale: Vale Press, 2010.",
    "A few good examples of the form: Halden, Bo R. “Wind and Water in the Old Ports.”"
    " Bo Halden, September 29, 2011. https://example.org/halden/wind-and-water/",
    "Marr, Ann. “Salt Roads.” *Coastal History* 4, no. 2 (2012): 10–30.",
    "Tull, Ivo, and Ann Marr. “The Long Tide.” *Coastal History* 9, no. 1 (2016): 321–44.",
    "Brask, Ivo M. “Words on the Water.” *Journal of Harbour Studies* 2, no. 1 (2012).",
]


def test_the_commentary_before_the_colon_is_left_out(tmp_path: Path) -> None:
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(NOTES) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(NOTES, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    report = extract(path)
    cited = [c for c in report.citations if c.note == 2]
    assert [c.text[:26] for c in cited] == ["Halden, Bo R. “Wind and Wa"]
    assert cited[0].fields["author"] == "Halden, Bo R."


def test_a_colon_after_a_place_is_no_lead_in() -> None:
    from citekit.parse.leadentry import _after_prose_colon

    assert _after_prose_colon("Quist, *Harbour Lives* (New York: Norton, 2010)") is None
    assert _after_prose_colon("Vale: Vale Press, 2010") is None


def test_a_note_of_two_dated_sources_is_no_single_entry() -> None:
    from tests.parse.notes import parse

    cited = parse(
        "Ada Quist (1979), The Harbour Settlement, Vale: Vale Press, pp. 23–45; Bo Halden"
        " (1980), Change in Vale Agrarian Society, Tarn: Manohar, pp. 76–80."
    )
    assert [c.text[:16] for c in cited] == ["Ada Quist (1979)", "Bo Halden (1980)"]
    assert [c.locator for c in cited] == ["pp. 23–45", "pp. 76–80"]


def test_commentary_asking_how_or_why_ends_the_citation() -> None:
    """ "…, p. 145, on how little changed": prose after the pinpoint (citekit.parse.split)."""
    from tests.parse.notes import parse

    cited = parse("Quist (2005), p. 1192; compare Halden (1987), p. 145, on how little changed.")
    assert [(c.text, c.locator) for c in cited] == [
        ("Quist (2005), p. 1192", "p. 1192"),
        ("Halden (1987), p. 145", "p. 145"),
    ]
