"""Page layout of PDFs: lines, raised markers, footnote zones, furniture (synthetic glyphs)."""

from __future__ import annotations

import pytest

from citekit import pagelines, pagenotes, pagezones
from citekit.pagemodel import Glyph, Page, Rect

MEASURE = pagezones.Measure(body=10.0, width=150.0)


def _word(text: str, x: float, base: float, size: float = 10.0, **style: object) -> list[Glyph]:
    """Glyphs of TEXT set from X on BASE, half an em wide each."""
    out = []
    for char in text:
        width = size / 2
        out.append(
            Glyph(char, x, x + width, base, base + 0.7 * size, base, size, False, False, None)
            if char != " "
            else Glyph(" ", x, x, base, base, base, size, False, False, None, generated=True)
        )
        x += width
    return out


def _page(*glyph_lists: list[Glyph], rules: tuple[Rect, ...] = ()) -> Page:
    return Page(1, 400, 600, tuple(g for glyphs in glyph_lists for g in glyphs), rules)


def test_a_small_raised_number_is_a_marker() -> None:
    words = _word("in China.", 50, 500), _word("12", 95, 504, size=7), _word(" Then", 102, 500)
    page = _page(*words)
    (line,) = pagelines.lines(page)
    assert line.text == "in China.12 Then"
    marks = [g.char for g, raised in zip(line.glyphs, line.raised, strict=True) if raised]
    assert marks == ["1", "2"]


def test_a_number_on_the_baseline_is_no_marker() -> None:
    (line,) = pagelines.lines(_page(_word("in 1848 the", 50, 500)))
    assert not any(line.raised)


def test_nested_quotation_marks_close_up() -> None:
    """TeX's thin space between “ and ‘ is no word space; a real space between words stays."""
    page = _page(_word("said “ ", 50, 500), _word("‘In a word’”", 82, 500))
    (line,) = pagelines.lines(page)
    assert line.text == "said “‘In a word’”"


def test_an_accent_set_over_its_letter_joins_it() -> None:
    """TeX builds "ā" from a macron and an "a" when the font has no "ā"."""
    macron = Glyph("¯", 81, 84, 506, 507, 500, 10.0, False, False, None)
    page = _page(_word("al-Mur", 50, 500), [macron], _word("abit", 80, 500))
    (line,) = pagelines.lines(page)
    assert line.text == "al-Murābit"


def test_glue_inside_a_linked_url_is_no_space() -> None:
    """The url package lets a URL break after "-" by glue that reads as a space."""
    target = "https://example.org/les-historiens-face"
    words = [_word("les- ", 50, 500), _word("historiens- ", 77, 500), _word("face", 135, 500)]
    glyphs = [g._replace(link=target) for word in words for g in word]
    (line,) = pagelines.lines(_page(_word("See ", 20, 500), glyphs))
    assert line.text == "See les-historiens-face"


def test_lines_break_where_the_baseline_drops() -> None:
    page = _page(_word("first line", 50, 500), _word("second line", 50, 488))
    assert [line.text for line in pagelines.lines(page)] == ["first line", "second line"]


def test_footnote_zone_starts_below_the_rule() -> None:
    body = [_word(f"body text line number {n} goes on", 50, 500 - 12 * n) for n in range(12)]
    notes = [_word("1", 50, 120, size=6) + _word(" Ibid., 4.", 54, 117, size=8)]
    page = _page(*body, *notes, rules=(Rect(50, 130, 130, 130.4),))
    (column,) = pagezones.columns(page, pagelines.lines(page), MEASURE)
    assert [line.text for line in column.notes] == ["1 Ibid., 4."]
    assert len(column.body) == 12


def test_a_head_in_two_pieces_is_furniture() -> None:
    pages = []
    for number in (1, 2):
        head = _word("Journal of Tests", 50, 560) + _word(f"Vol. 12 ({number})", 300, 560)
        body = [_word(f"page {number} line {n} goes on and on", 50, 500 - 12 * n) for n in range(8)]
        pages.append(pagelines.lines(_page(head, *body)))
    kept = pagezones.drop_furniture(pages, MEASURE)
    assert [len(lines) for lines in kept] == [8, 8]


def test_the_body_is_the_larger_of_two_common_sizes() -> None:
    """In a heavily annotated document the notes outweigh the body, but are set smaller."""
    body = [_word("a line of the body of the text, as set", 50, 500 - 12 * n) for n in range(6)]
    notes = [_word("a long line of notes " * 4, 50, 300 - 10 * n, size=8) for n in range(6)]
    measured = pagezones.measure([pagelines.lines(_page(*body, *notes))])
    assert measured.body == 10.0


def test_a_line_set_well_below_the_notes_is_no_note() -> None:
    body = [_word(f"body text line number {n} goes on", 50, 500 - 12 * n) for n in range(12)]
    notes = [_word("1", 50, 120, size=6) + _word(" Ibid., 4.", 54, 117, size=8)]
    notice = _word("(c) 2020 The Author. Published by the Press.", 50, 70, size=8)
    page = _page(*body, *notes, notice, rules=(Rect(50, 130, 130, 130.4),))
    (column,) = pagezones.columns(page, pagelines.lines(page), MEASURE)
    assert [line.text for line in column.notes] == ["1 Ibid., 4."]
    assert column.body[-1].text.startswith("(c) 2020")


def test_page_numbers_and_running_heads_are_furniture() -> None:
    pages = []
    for number in (1, 2, 3):
        head = _word(f"Railway Time {number}", 50, 560)
        body = [_word(f"page {number} line {n} goes on and on", 50, 500 - 12 * n) for n in range(8)]
        foot = _word(str(number), 200, 40)
        pages.append(pagelines.lines(_page(head, *body, foot)))
    kept = pagezones.drop_furniture(pages, MEASURE)
    texts = [line.text for lines in kept for line in lines]
    assert not [t for t in texts if t.startswith("Railway Time") or t.strip().isdigit()]
    assert len(texts) == 24


def _note_lines(*texts: str) -> list:
    """Lines of a footnote zone: the first opens with a raised 1, each 10 points below."""
    glyphs = [_word("1", 50, 104, size=6)]
    for n, text in enumerate(texts):
        glyphs.append(_word(text, 54, 100 - 10 * n, size=8))
    return pagelines.lines(_page(*glyphs))


@pytest.mark.parametrize(
    ("texts", "note"),
    [
        (["A study of recog-", "nised facts."], "A study of recognised facts."),
        (
            ["The nineteenth-", "century railway; the nineteenth-century."],
            "The nineteenth-century railway; the nineteenth-century.",
        ),
        (["Pages 1914-", "18 and 98–", "99."], "Pages 1914-18 and 98–99."),
        (["Rathaus – Zunfthaus –", "Kaufhaus."], "Rathaus – Zunfthaus – Kaufhaus."),
        (
            ["See https://example.org/", "page.html for more."],
            "See https://example.org/page.html for more.",
        ),
        (["Ends here.", "Next line."], "Ends here. Next line."),
        (
            ["At https://example.org/cross-", "border/ now."],
            "At https://example.org/cross-border/ now.",
        ),
    ],
    ids=["hyphenated", "compound", "ranges", "spaced-dash", "url", "plain", "url-hyphen"],
)
def test_note_lines_are_joined_as_printed(texts: list[str], note: str) -> None:
    lines = _note_lines(*texts)
    column = pagezones.Column(tuple(lines), 0, len(lines))
    found = pagenotes.find_notes([[column]], 10.0)
    assert [(f.number, f.text) for f in found.footnotes] == [(1, note)]


def test_endnotes_under_their_heading() -> None:
    """A "Notes" heading, notes numbered on the baseline, up to the next heading."""
    glyphs = [
        _word("Wilson took office in 1964.", 50, 500),
        _word("1", 186, 504, size=7),
        _word("Notes", 50, 470, size=14),
        _word("1. Harold Wilson, The Labour Government (London, 1971), 6.", 50, 450),
        _word("2. Ibid., 9.", 50, 438),
        _word("Bibliography", 50, 410, size=14),
        _word("3. Not a note.", 50, 390),
    ]
    page = _page(*glyphs)
    columns = pagezones.columns(page, pagelines.lines(page), MEASURE)
    found = pagenotes.find_notes([columns], 10.0)
    assert [(f.number, f.text) for f in found.footnotes] == [
        (1, "Harold Wilson, The Labour Government (London, 1971), 6."),
        (2, "Ibid., 9."),
    ]
    assert found.references == (1,)


def test_a_note_number_alone_on_its_line_opens_the_note() -> None:
    """LaTeX sets the marker on a line of its own when the note opens with a long word."""
    glyphs = [
        _word("1", 50, 120, size=6),
        _word(" Ibid., 4.", 54, 117, size=8),
        _word("2", 50, 108, size=6),
        _word("Supercalifragilistic, 12.", 50, 98, size=8),
    ]
    lines = pagelines.lines(_page(*glyphs))
    column = pagezones.Column(tuple(lines), 0, len(lines))
    found = pagenotes.find_notes([[column]], 10.0)
    assert [(f.number, f.text) for f in found.footnotes] == [
        (1, "Ibid., 4."),
        (2, "Supercalifragilistic, 12."),
    ]
