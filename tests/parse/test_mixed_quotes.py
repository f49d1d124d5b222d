"""A title opened with a curly quote and closed with a straight one (real10 ruderman,
real19 pta_mixtape): read as the closed title it is; a title in straight single quotes
(GROBID's references, tests/corpus en_mhra): read as the curly pair. Our own example titles."""

from __future__ import annotations

import pytest

from citekit.parse.mixedquotes import mended


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            'Vale Band, “Harbour Song Lyrics," *Song Site.*',
            "Vale Band, “Harbour Song Lyrics,” *Song Site.*",
        ),
        ('Quist, “Supply of Corn," 12.', "Quist, “Supply of Corn,” 12."),
        ('He wrote “a "b" c” here.', 'He wrote “a "b" c” here.'),
        ('“Title,” "Other," 3.', '“Title,” "Other," 3.'),
    ],
    ids=["band-page", "short-form", "inner-straight-quotes", "both-closed"],
)
def test_mixed_quotes_are_mended(text: str, read: str) -> None:
    assert mended(text) == read
    assert len(mended(text)) == len(text)  # every offset into the note holds


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "R. Vale, 'Harbour loads of coastal ships,' Sea Review, vol. 4, 1990.",
            "R. Vale, ‘Harbour loads of coastal ships,’ Sea Review, vol. 4, 1990.",
        ),
        ("Quist, 'A pilot's view of tides,' 12.", "Quist, ‘A pilot's view of tides,’ 12."),
        ("L'Atelier du port, 1920's ledgers, rock 'n roll.", None),
        ("the sailors' guild and the 'Dock' book", "the sailors' guild and the ‘Dock’ book"),
    ],
    ids=["title-in-singles", "apostrophe-inside", "apostrophes-only", "possessive-then-pair"],
)
def test_straight_single_quotes_pair_as_curly(text: str, read: str | None) -> None:
    assert mended(text) == (read or text)
    assert len(mended(text)) == len(text)


def test_entry_with_title_in_straight_single_quotes(tmp_path) -> None:
    """Notes written as reference-list entries (GROBID's references as notes): the entry
    reader finds the title in the curly pair the straight one stands for."""
    from citekit.pipeline import extract

    notes = [
        "Marsh, T. Tidal records of small harbours. In Coast Papers, 2011.",
        "Lund, K. L., and Berg, O. Silt in estuaries. Sea Letters, 2014.",
        "Hale, E. M., and Dorn, S. On the pilots of river mouths. Port Studies, 2016.",
        "J. Rowe, 'Harbour loads of coastal ships: the effects of tides,' Sea Review, "
        "No.54(April), pp.69-82, 1990.",
    ]
    text = "T\n\n" + " ".join(f"A line.[{i}]" for i in range(1, 5)) + "\n\nNotes\n\n"
    text += "\n\n".join(f"[{i}] {note}" for i, note in enumerate(notes, 1)) + "\n"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    report = extract(tmp_path / "doc.txt")
    titles = {w.fields.get("title") for w in report.works}
    assert "Harbour loads of coastal ships: the effects of tides" in titles
