"""Markdown notes through markdown-it: every link form, emphasis, entities, templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import sources
from citekit.model import Document
from citekit.notes import split_notes

LINK_FORMS = """\
---
title: "Every link form"
tags: [a, b]
---
{% include header.html %}
Inline.[^inline] Reference.[^reference] Collapsed.[^collapsed] Auto.[^auto] Tag.[^tag]
Angle.[^angle] Titled.[^titled] {{ page.title }} Entity.[^entity]

[^inline]: Smith, *Book*, [doi:10.1000/abc123](https://doi.org/10.1000/abc123).
[^reference]: Jones, _Other_, [the archive][arch].
[^collapsed]: Brown, __Strong__ and _Weak_, [Archive][].
[^auto]: Green, "Page," <https://example.org/auto>.
[^tag]: Grey, <i>Title</i> and <em>Other</em>, <a href="https://example.org/?a=1&amp;b=2">here</a>.
[^angle]: Black, [online](<https://example.org/with space>).
[^titled]: White, [site](https://example.org/t "A title").
[^entity]: Riccioli, «&nbsp;Le titre&nbsp;», p.&#160;3, 151--78, A&amp;B --- C.

[arch]: https://example.org/archive
[archive]: https://example.org/collapsed
"""

EXPECTED = {
    1: ("Smith, *Book*, doi:10.1000/abc123.", [("doi:10.1000/abc123", "https://doi.org/10.1000/abc123")]),
    2: ("Jones, *Other*, the archive.", [("the archive", "https://example.org/archive")]),
    3: ("Brown, *Strong* and *Weak*, Archive.", [("Archive", "https://example.org/collapsed")]),
    4: ('Green, “Page,” https://example.org/auto.', [("https://example.org/auto", "https://example.org/auto")]),
    5: ("Grey, *Title* and *Other*, here.", [("here", "https://example.org/?a=1&b=2")]),
    6: ("Black, online.", [("online", "https://example.org/with%20space")]),
    7: ("White, site.", [("site", "https://example.org/t")]),
    8: ("Riccioli, « Le titre », p. 3, 151–78, A&B — C.", []),
}  # fmt: skip


def _md(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return sources.read(path)


def test_every_link_form(tmp_path: Path) -> None:
    doc = _md(tmp_path, LINK_FORMS)
    found = {
        f.number: (f.text, [(f.text[k.start : k.end], k.target) for k in f.links])
        for f in doc.footnotes
    }
    assert found == EXPECTED
    assert doc.references == tuple(range(1, 9))


def test_note_lines_are_their_definitions(tmp_path: Path) -> None:
    doc = _md(tmp_path, LINK_FORMS)
    assert [f.line for f in doc.footnotes] == list(range(9, 17))


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("A[^1].\n\n[^1]: *A* or _b_ or ***c***.\n", [(1, "*A* or *b* or *c*.")]),
        ("A[^1].\n\n[^1]: 5 * 3 and a*b.\n", [(1, "5 ∗ 3 and a∗b.")]),
        ("A[^1].\n\n[^1]: 12--15 and x -- y --- z.\n", [(1, "12–15 and x – y — z.")]),
        ("A[^1].\n\n[^1]: One,\n    indented.\n\n    > Quoted.\n", [(1, "One, indented. Quoted.")]),
        ("A^[Outer [link](http://a.org/b)] b.\n", [(1, "Outer link")]),
        ("A[^n] b[^n].\n\n[^n]: Twice.\n", [(1, "Twice.")]),
        ("A[^x].\n\n[^x]: Used.\n[^y]: Unused.\n", [(1, "Used."), (2, "Unused.")]),
        ("A[^7] b[^9].\n\n[^7]: Seven.\n[^9]: Nine.\n[^12]: Twelve.\n",
         [(7, "Seven."), (9, "Nine."), (12, "Twelve.")]),
        ("A[^4] b^[Inline.]\n\n[^4]: Four.\n", [(1, "Four."), (2, "Inline.")]),
        ("A[^2] b[^n].\n\n[^2]: Two.\n[^n]: Named.\n", [(1, "Two."), (2, "Named.")]),
        ("A[^2] b[^1].\n\n[^1]: One.\n[^2]: Two.\n", [(2, "Two."), (1, "One.")]),
        ("A[^0] b[^1].\n\n[^0]: Zero.\n[^1]: One.\n", [(0, "Zero."), (1, "One.")]),
        ("A[^1] b[^2].\n\n[^1]: One.\n[^2]: Two.\n\nC[^1].\n\n[^1]: Again.\n",
         [(1, "One."), (2, "Two."), (1, "Again.")]),
        ("A[^1] b[^01].\n\n[^1]: One.\n[^01]: Also one.\n", [(1, "One."), (2, "Also one.")]),
    ],
    ids=["emphasis-kinds", "literal-asterisks", "dashes", "blocks-in-a-note", "inline-note-link",
         "referenced-twice", "unreferenced-last", "typed-numbers-kept", "inline-note-keeps-places",
         "a-named-label-keeps-places", "labels-out-of-order-kept", "labels-from-zero",
         "a-label-defined-twice", "two-labels-one-number-as-rendered"],
)  # fmt: skip
def test_markdown_notes(tmp_path: Path, text: str, notes: list[tuple[int, str]]) -> None:
    assert [(f.number, f.text) for f in _md(tmp_path, text).footnotes] == notes


def test_undefined_reference_counts(tmp_path: Path) -> None:
    doc = _md(tmp_path, "A[^a] b[^gone].\n\n[^a]: Here.\n")
    assert ([f.number for f in doc.footnotes], doc.references) == ([1], (1, 2))


def test_a_note_marked_in_a_figure_caption_is_referred_to(tmp_path: Path) -> None:
    doc = _md(
        tmp_path, "Text.[^a]\n\n![A map of the parish.[^b]](map.png)\n\n[^a]: One.\n[^b]: Two.\n"
    )
    assert doc.references == (1, 2)


def test_without_footnotes_the_visible_text_goes_to_layout(tmp_path: Path) -> None:
    doc = _md(
        tmp_path,
        "# Title\n\nBody.<sup>1</sup> With [a link](http://x.org).\n\n"
        "## Notes\n\n1. Smith, _Book_ (2001), 1--9.\n2. Ibid.\n",
    )
    assert doc.footnotes == ()
    assert doc.text.split("\n") == [
        "Title", "", "Body.¹ With a link http://x.org.", "", "Notes", "",
        "1. Smith, *Book* (2001), 1–9.", "2. Ibid.", "",
    ]  # fmt: skip


def test_notes_written_as_html_inside_markdown(tmp_path: Path) -> None:
    doc = _md(
        tmp_path,
        'Body.<sup><a href="#fn1">1</a></sup> More.<sup><a href="#fn2">2</a></sup>\n\n'
        '<ol class="footnotes">\n<li id="fn1">Smith, <em>Book</em>, p. 3.</li>\n'
        '<li id="fn2">Ibid., p. 4.</li>\n</ol>\n',
    )
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Smith, *Book*, p. 3."), (2, "Ibid., p. 4."),
    ]  # fmt: skip
    assert doc.references == (1, 2)


def test_straight_quotes_are_read_as_pandoc_types_them(tmp_path: Path) -> None:
    """pandoc writes ‘Title’ as 'Title': the quotes come back curly, the apostrophe stays."""
    doc = _md(tmp_path, "A[^1].\n\n[^1]: Lund, 'Ports of the Baltic', *L'Atelier*, 12.\n")
    assert doc.footnotes[0].text == "Lund, ‘Ports of the Baltic’, *L’Atelier*, 12."


def test_a_template_tag_that_shows_its_text_keeps_it(tmp_path: Path) -> None:
    """Quire's {% abbr 'AN' %} prints "AN"; other tags print nothing."""
    doc = _md(
        tmp_path,
        "A.[^1]\n\n[^1]: Will, {% abbr 'AN' %}, {% abbr \"MC\" %}/ET/XCVII/422{% x %}.\n",
    )
    assert [f.text for f in doc.footnotes] == ["Will, AN, MC/ET/XCVII/422."]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (  # ^.^ is a pandoc superscript; the caret closing it must not open an inline note ^[
            "Spaces ^.^[^a] In the 19^th^ century.[^b] Inline.^[Jones, *Other*.]\n\n"
            "[^a]: Ibid, p.673\n[^b]: Smith, *Book*, ^2^2009.\n",
            {1: "Ibid, p.673", 2: "Smith, *Book*, ^2^2009.", 3: "Jones, *Other*."},
        ),
        (  # a web page's note links copied as ^[1](#fn "text")^ are superscript links
            'Praised.^[1](#footnote_0 "Thanks.")[2](#footnote_1 "Wheatcroft."){#id_0\n'
            ".footnote-link}^ Esteem.[^a] Also.^[Jones, *Other*.]\n\n[^a]: Collini, *Lives*.\n",
            {1: "Collini, *Lives*.", 2: "Jones, *Other*."},
        ),
    ],
    ids=["superscript-before-marker", "superscript-link"],
)
def test_pandoc_superscript_is_not_an_inline_note(
    tmp_path: Path, text: str, notes: dict[int, str]
) -> None:
    doc = _md(tmp_path, text)
    assert {f.number: f.text for f in doc.footnotes} == notes
    assert doc.references == tuple(notes)


def test_asterisks_commonmark_leaves_are_italics_when_they_pair(tmp_path: Path) -> None:
    # pandoc writes Word's italics as "*Title,*trans." and "*Review (*April": CommonMark
    # closes neither; an italic lone comma or semicolon is no mark at all
    doc = _md(
        tmp_path,
        "A.[^a] B.[^b] C.[^c]\n\n"
        "[^a]: Ann Holt, *Paper Ships, 1548-1929,*trans. Ed Low, MIT Press, 2011.\n"
        "[^b]: Ann Holt et al*,* ‘Tides’, *Harbour Review* 12 (2001)*;* Piet Sand, *Docks*.\n"
        "[^c]: Ann Holt, 5 \\* 3 and a star\\*.\n",
    )
    found = {f.number: f.text for f in doc.footnotes}
    assert found == {
        1: "Ann Holt, *Paper Ships, 1548-1929,*trans. Ed Low, MIT Press, 2011.",
        2: "Ann Holt et al, ‘Tides’, *Harbour Review* 12 (2001); Piet Sand, *Docks*.",
        3: "Ann Holt, 5 ∗ 3 and a star∗.",
    }


def test_a_space_closing_an_italic_run_goes_after_its_asterisk(tmp_path: Path) -> None:
    # Word's italic run may take in the space after a title: pandoc writes "*Harbour
    # Review *12", which CommonMark leaves as text; the space belongs after the italics
    doc = _md(
        tmp_path,
        "A.[^a]\n\n[^a]: Ann Holt, “Tides,” *Harbour Review *12, no. 3 (2001): 4-9; "
        "Piet Sand, *Docks and Quays *(Leiden: Brill, 1999).\n",
    )
    assert doc.footnotes[0].text == (
        "Ann Holt, “Tides,” *Harbour Review* 12, no. 3 (2001): 4-9; "
        "Piet Sand, *Docks and Quays* (Leiden: Brill, 1999)."
    )


def test_an_underlined_link_is_a_link_with_its_text(tmp_path: Path) -> None:
    """pandoc's "[[url]{.underline}](url)" (a link Word underlined): the text and the link,
    no brackets or braces left in the note."""
    doc = _md(
        tmp_path,
        "A[^1].\n\n[^1]: Ruiz, “Tides,” *Harbour News*, 2020,\n"
        "    [[https://harbour.example.org/tides/]{.underline}](https://harbour.example.org/tides/),\n"
        "    and [[*Ferries*]{.underline}](https://ferries.example.org/).\n",
    )
    note = doc.footnotes[0]
    assert note.text == (
        "Ruiz, “Tides,” *Harbour News*, 2020, https://harbour.example.org/tides/, and *Ferries*."
    )
    assert [link.target for link in note.links] == [
        "https://harbour.example.org/tides/",
        "https://ferries.example.org/",
    ]
    assert [note.text[link.start : link.end] for link in note.links] == [
        "https://harbour.example.org/tides/",
        "*Ferries*",
    ]


def test_an_html_block_inside_a_note_is_part_of_its_text(tmp_path: Path) -> None:
    text = (
        "A[^1].\n\n[^1]: Lerner, *Scripts*, 65. The colophon reads:\n\n"
        '    <p lang="ar" dir="rtl">"فرغ من تذهیبه"<!-- hidden --></p>\n\n'
        "[^2]: Next.\n"
    )
    notes = _md(tmp_path, text).footnotes
    assert notes[0].text == 'Lerner, *Scripts*, 65. The colophon reads: "فرغ من تذهیبه"'


def test_a_definition_whose_text_starts_on_the_next_line(tmp_path: Path) -> None:
    # pandoc reads the unindented line after a bare "[^b]:" as the note's text (real14)
    text = (
        "A.[^a] B.[^b] C.[^c]\n\n[^a]: One.\n\n"
        "[^b]:\n<https://example.org/x.pdf>,\n(seen 2007).\n\n[^c]: Three.\n"
    )
    notes = [(f.number, f.text) for f in _md(tmp_path, text).footnotes]
    assert notes == [(1, "One."), (2, "https://example.org/x.pdf, (seen 2007)."), (3, "Three.")]


def test_a_definition_whose_next_line_is_indented_by_two_spaces(tmp_path: Path) -> None:
    # pandoc and goldmark read "[^1]:" alone, then text indented by two spaces, as the note's
    text = "A.[^1] B.[^2]\n\n[^1]: \n  Voir Dupont, *Le livre*,\n  p. 3.\n\n[^2]:\n   Deux.\n"
    notes = [(f.number, f.text) for f in _md(tmp_path, text).footnotes]
    assert notes == [(1, "Voir Dupont, *Le livre*, p. 3."), (2, "Deux.")]


def test_an_ordered_list_is_no_notes_without_a_sign_of_them(tmp_path: Path) -> None:
    """Steps or reasons in a page with no note markers keep no numbers for the layout reader;
    under a "Notes" heading (or "**Notes**") the list is the notes."""
    steps = "# Set-up\n\nDo this:\n\n1. Install it.\n2. Run it.\n"
    assert _md(tmp_path, steps).text.split("\n")[4:6] == ["Install it.", "Run it."]
    notes = "Body text.\n\n**Notes**\n\n1. Smith, *Book*, 3.\n2. Ibid., 4.\n"
    assert _md(tmp_path, notes).text.split("\n")[4:6] == ["1. Smith, *Book*, 3.", "2. Ibid., 4."]


def test_notes_linked_within_the_page_show_no_anchor(tmp_path: Path) -> None:
    """Word's or LibreOffice's notes turned into Markdown: "[1](#_ftnref1)" before a note is
    its number; the anchor is no text of the note."""
    doc = _md(
        tmp_path,
        "Body.[1](#_ftn1)\n\n---\n\n[1](#_ftnref1)Smith, *Book* ([link](https://x.org)).\n",
    )
    assert doc.text.split("\n")[0] == "Body.1"
    assert doc.text.split("\n")[4] == "1 Smith, *Book* (link https://x.org)."


BOOK_NOTES = """# CHAPTER I

The abbey was sold,[1] and the *library* went with it.[2]

[1] Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), ii. 4.

[2] Ibid., ii. 9.

# CHAPTER II

The chapter numbers its notes anew.\\[1\\]

\\[1\\] Tom Hale, _Parish Records_ (Leeds: Dale, 1950), 12.
"""


def test_a_converted_books_bracketed_notes_are_read_as_plain_texts_are(tmp_path: Path) -> None:
    doc = _md(tmp_path, BOOK_NOTES)
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), ii. 4."),
        (2, "Ibid., ii. 9."),
        (1, "Tom Hale, *Parish Records* (Leeds: Dale, 1950), 12."),
    ]
    assert doc.paired
    assert doc.diagnostics == ()


def test_caret_markers_are_raised_note_markers(tmp_path: Path) -> None:
    text = (
        "# One\n\nThe abbey was sold.^1 The library went with it.^2\n\n"
        "^1 Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), 4.\n\n^2 Ibid., 9.\n"
    )
    notes, _ = split_notes(_md(tmp_path, text))
    assert [(n.number, n.text) for n in notes] == [
        (1, "Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), 4."),
        (2, "Ibid., 9."),
    ]


def test_an_indented_quotation_keeps_its_note_marker(tmp_path: Path) -> None:
    # CommonMark reads a block indented four spaces as code; in a book kept as Markdown it
    # is a quotation as the plain text set it, and its marker calls a note
    text = (
        "# One\n\nThe abbey was sold.[1] The chronicler wrote:\n\n"
        "    And the bells were taken down\n    and sold at Hull.[2]\n\n## Notes\n\n"
        "[1] Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), 4.\n\n"
        "[2] Tom Hale, *Parish Records* (Leeds: Dale, 1950), 12.\n"
    )
    assert [f.number for f in _md(tmp_path, text).footnotes] == [1, 2]


def test_pandoc_superscript_and_subscript_are_the_words_letters(tmp_path: Path) -> None:
    """ "the 19^th^ century", "*E*~1~": pandoc raises or lowers the letters, the word is
    "19th", "E1"; a tilde in an address stays, and so does an edition's raised number after
    a year or a space ("2017^3^", "^2^1999")."""
    path = tmp_path / "raised.md"
    path.write_text(
        "A.[^1]\n\n[^1]: Holt, “Trade in the 18^th^ Century,” on *t*~0~, "
        "http://example.org/~holt/a.html, 4; Rohr, *Stil*, Bonn 2017^3^, ^2^1999.\n",
        encoding="utf-8",
    )
    (note,) = sources.read(path).footnotes
    assert note.text == (
        "Holt, “Trade in the 18th Century,” on *t*0, http://example.org/~holt/a.html, 4; "
        "Rohr, *Stil*, Bonn 2017^3^, ^2^1999."
    )


def test_a_label_alone_then_a_link_on_the_next_line_is_the_notes(tmp_path: Path) -> None:
    """pandoc reads "[^2]:" then "  [http://…](http://…) …" as note 2's text."""
    path = tmp_path / "alone.md"
    path.write_text(
        "A.[^1] B.[^2]\n\n[^1]:\n  Voir Lenoir, *Titre*, p. 3.\n\n"
        "[^2]:\n  [http://example.org/p](http://example.org/p) [consulté le 2 mai 2019].\n",
        encoding="utf-8",
    )
    notes = sources.read(path).footnotes
    assert [n.text for n in notes] == [
        "Voir Lenoir, *Titre*, p. 3.",
        "http://example.org/p [consulté le 2 mai 2019].",
    ]
