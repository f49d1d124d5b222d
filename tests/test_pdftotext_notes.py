"""Notes at page feet as pdftotext prints them: a blank line under a note's first line
(-layout), several paragraphs in one note, and a raised number glued to the note's text."""

from __future__ import annotations

from citekit.model import Document
from citekit.notes import split_notes


def _notes(text: str) -> list[tuple[int, str]]:
    notes, _ = split_notes(Document(path="doc.txt", text=text, format="txt"))
    return [(n.number, n.text) for n in notes]


# pdftotext -layout: the first line of a note is taller (its number is raised), and a blank
# line follows it; the page's body goes on after the form feed and the page number
LAYOUT_PAGE = """The abbey was sold in 1536.1 Its library went to the crown.2 The
monks were pensioned off, and the buildings
    1 Ann Reed, The Abbey Sales and the Crown’s Purchases in the North of England, the

second volume (York: Minster Press, 1931), 4.
    2 Tom Hale, Parish Records of the West Riding, 1530–1560 (Leeds: Dale, 1950),

12–14.


                                   1
\fwere left to decay.3
    3 Ibid., 19.
"""


def test_a_notes_first_line_and_its_rest_one_blank_line_below() -> None:
    assert _notes(LAYOUT_PAGE) == [
        (1, "Ann Reed, The Abbey Sales and the Crown’s Purchases in the North of England, "
            "the second volume (York: Minster Press, 1931), 4."),
        (2, "Tom Hale, Parish Records of the West Riding, 1530–1560 (Leeds: Dale, 1950), 12–14."),
        (3, "Ibid., 19."),
    ]  # fmt: skip


# a paragraph between note 1, unfinished, and note 2 that calls no note can only be more of
# note 1, however far below it stands
PARAGRAPHS = """\fThe abbey was sold in 1536.1 Its library went to the crown.2

1 Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4, where the


same figures are given, with a different total, as in the Leeds copy.

2 Tom Hale, Parish Records (Leeds: Dale, 1950), 12.
"""


def test_a_paragraph_between_two_notes_goes_on_the_first() -> None:
    assert _notes(PARAGRAPHS) == [
        (1, "Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4, where the same figures "
            "are given, with a different total, as in the Leeds copy."),
        (2, "Tom Hale, Parish Records (Leeds: Dale, 1950), 12."),
    ]  # fmt: skip


def test_a_body_paragraph_between_two_notes_stays_body_text() -> None:
    text = PARAGRAPHS.replace("Leeds copy.", "Leeds copy.3") + "3 Ibid., 13.\n"
    assert [number for number, _ in _notes(text)] == [1, 2, 3]
    assert (
        _notes(text)[0][1] == "Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4, where the"
    )


def test_paragraphs_on_one_line_each_are_not_pdftotexts_pieces() -> None:
    # text copied out of a PDF paragraph by paragraph: body and notes of pages interleave
    body = "The abbey was sold in 1536, as the accounts of the receivers show." * 3
    text = (
        f"\f{body}1 Its library went to the crown.2\n\n"
        "1 Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4, and Tom Hale, Parish "
        "Records of the West Riding, 1530 to 1560, with a list of the leases (Leeds: Dale,\n\n"
        f"the monks were pensioned off and the buildings were left to decay. {body}\n\n"
        "2 Ibid., 19.\n"
    )
    assert _notes(text)[0][1].endswith("(Leeds: Dale,")


GLUED = """\fThe abbey was sold in 1536.1 Its library went to the crown.2 The rest
was left to decay.3
1 Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4.
2Tom Hale, Parish Records (Leeds: Dale, 1950), 12.
3 Ibid., 19.
"""


def test_a_raised_number_glued_to_the_notes_first_word() -> None:
    assert _notes(GLUED) == [
        (1, "Ann Reed, The Abbey Sales (York: Minster Press, 1931), 4."),
        (2, "Tom Hale, Parish Records (Leeds: Dale, 1950), 12."),
        (3, "Ibid., 19."),
    ]


def test_a_raised_number_glued_to_an_opening_quote() -> None:
    text = GLUED.replace("2Tom Hale, Parish Records", "2“Parish Records,” Tom Hale")
    assert _notes(text)[1] == (2, "“Parish Records,” Tom Hale (Leeds: Dale, 1950), 12.")
