"""Project Gutenberg's plain-text notes: blocks, labelled paragraphs, restarts, pairing."""

from __future__ import annotations

from pathlib import Path

from citekit import sources
from citekit.notes import split_notes
from citekit.sources import gutenberg


def _notes(tmp_path: Path, text: str) -> tuple[list[tuple[int, str]], list[tuple[int | None, str]]]:
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    notes, diagnostics = split_notes(sources.read(path))
    return [(n.number, n.text) for n in notes], [(d.note, d.code.value) for d in diagnostics]


BLOCKS = """\
CHAPTER I.

The mill stood on the left bank,[1] where the ford was shallow in
summer and the carters could cross with a full load.[2]

[Footnote 1: Jonas Pell, _Mills of the Upper Vale_ (Norwich,
1874), p. 31. The date [1712] is his.]

[Footnote 2: Pell, _Mills_, p. 40.]

Nothing else of the building survives.[3]

    [Footnote 3: See the survey of 1901, sheet 4.]

CHAPTER II.

The second mill was built of brick.[1]

[Footnote 1: _Ibid._, p. 52.]
"""


def test_footnote_blocks_after_the_paragraph(tmp_path: Path) -> None:
    notes, diagnostics = _notes(tmp_path, BLOCKS)
    assert notes == [
        (
            1,
            "Jonas Pell, *Mills of the Upper Vale* (Norwich, 1874), p. 31. The date [1712] is his.",
        ),
        (2, "Pell, *Mills*, p. 40."),
        (3, "See the survey of 1901, sheet 4."),
        (1, "*Ibid.*, p. 52."),
    ]
    assert diagnostics == []  # the numbers restart in chapter II: no note is doubled


END_LIST = """\
CHAPTER I.

The guild kept its own scales,[1] and fined any member who used
another's.[2]

CHAPTER II.

Its records end in the plague year.[1] A later hand adds a list of
the wardens.[2]

FOOTNOTES:

[1] Ruth Amos, _The Weighers' Guild_ (York, 1903), p. 8.

[2] Amos, _Guild_, p. 19. She quotes the ordinance:

    "No man shall weigh with a strange beam."

[1] Amos, _Guild_, p. 61.

[2] _Ibid._, p. 64.
"""


def test_footnotes_section_restarting_per_chapter(tmp_path: Path) -> None:
    notes, diagnostics = _notes(tmp_path, END_LIST)
    assert [number for number, _ in notes] == [1, 2, 1, 2]
    assert notes[1][1] == (
        'Amos, *Guild*, p. 19. She quotes the ordinance: "No man shall weigh with a strange beam."'
    )
    assert notes[3][1] == "*Ibid.*, p. 64."
    assert diagnostics == []


LETTERS = """\
The choir sang from the west gallery,[A] as the vestry had ordered
in the year before.[B]

[A] Minutes of the Vestry, 4 May 1790.

[B] _Ibid._, 12 June 1789.

On the next page the numbering starts again.[A]

[A] Parish Accounts, vol. ii. p. 17.
"""


def test_lettered_notes_restarting_per_page(tmp_path: Path) -> None:
    notes, diagnostics = _notes(tmp_path, LETTERS)
    assert notes == [
        (1, "Minutes of the Vestry, 4 May 1790."),
        (2, "*Ibid.*, 12 June 1789."),
        (1, "Parish Accounts, vol. ii. p. 17."),
    ]
    assert diagnostics == []


def test_braced_markers(tmp_path: Path) -> None:
    text = "The bell was recast twice.{1}\n\n{1} Vestry Book, 1702, fol. 9.\n"
    notes, _ = _notes(tmp_path, text)
    assert notes == [(1, "Vestry Book, 1702, fol. 9.")]


def test_pairing_says_which_marker_has_no_note(tmp_path: Path) -> None:
    """Chapter II's marker 2 has no note, though chapter I has a note 2; a block no marker
    calls is an orphan."""
    text = (
        "One.[1] Two.[2]\n\n[Footnote 1: A. Bell, _Towers_, p. 1.]\n\n"
        "[Footnote 2: Bell, p. 2.]\n\nCHAPTER II.\n\nThree.[1] Four.[2]\n\n"
        "[Footnote 1: Bell, p. 3.]\n\n[Footnote 3: Bell, p. 4.]\n"
    )
    notes, diagnostics = _notes(tmp_path, text)
    assert [number for number, _ in notes] == [1, 2, 1, 3]
    assert sorted(diagnostics, key=str) == [(2, "missing-note"), (3, "orphan-note")]


def test_a_label_no_marker_calls_is_text(tmp_path: Path) -> None:
    """A table of signs opens lines with "[C]"; only labels a marker calls are notes, and a
    label after a space may be a cross-reference ("see [12]"), never reported missing."""
    text = (
        "[C] = common time\n\n[O] = triple time\n\nThe sign came late,[A] as in [O] above;"
        " see letter [12].\n\n[A] Hawkins, _History_, ii. 41.\n"
    )
    notes, diagnostics = _notes(tmp_path, text)
    assert notes == [(1, "Hawkins, *History*, ii. 41.")]
    assert diagnostics == []


def test_a_notes_section_with_no_heading_is_left_to_the_layout() -> None:
    """pandoc's plain writer puts every note after the last marker, with no heading: the
    layout of plain text reads that (and joins a note's further paragraphs)."""
    text = "Body.[1] More.[2]\n\n[1] A. Bell, Towers (1901).\n\n[2] Bell, p. 2.\n"
    assert gutenberg.read_notes(text) is None
    assert gutenberg.read_notes("FOOTNOTES:\n\n" + text.split("\n\n", 1)[1]) is None
    headed = text.replace("\n\n[1]", "\n\nFOOTNOTES:\n\n[1]")
    found = gutenberg.read_notes(headed)
    assert found is not None
    assert [f.number for f in found.footnotes] == [1, 2]


def test_a_note_ending_in_a_colon_takes_the_passage_it_quotes(tmp_path: Path) -> None:
    text = (
        "The organ was sold.[A]\n\n[A] The churchwarden wrote:\n\n"
        '    "Sold for ten pounds to Mr. Hale."\n\nThe body of the book goes on here.\n'
    )
    notes, _ = _notes(tmp_path, text)
    assert notes == [(1, 'The churchwarden wrote: "Sold for ten pounds to Mr. Hale."')]


def test_a_block_repeating_the_number_before_it_is_a_duplicate(tmp_path: Path) -> None:
    text = "The nave.[1]\n\n[Footnote 1: Bell, _Towers_, p. 7.]\n\n[Footnote 1: Bell, p. 8.]\n"
    notes, diagnostics = _notes(tmp_path, text)
    assert [number for number, _ in notes] == [1, 1]
    assert diagnostics == [(1, "duplicate-note-number")]


def test_blocks_whose_markers_are_not_read_are_not_orphans(tmp_path: Path) -> None:
    """Markers typed as a bare "*" are not read: their blocks are notes all the same, and
    none is reported as having no marker."""
    text = "The nave.*\n\n[Footnote *: Bell, _Towers_, p. 7.]\n\nThe choir.*\n\n" + (
        "[Footnote *: Bell, p. 9.]\n"
    )
    notes, diagnostics = _notes(tmp_path, text)
    assert notes == [(1, "Bell, *Towers*, p. 7."), (1, "Bell, p. 9.")]
    assert diagnostics == []
