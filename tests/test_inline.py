"""The inline model: runs of formatted text -> note text with *italics* and link offsets."""

from __future__ import annotations

import pytest

from citekit.inline import InlineBuilder, clean_characters, plain, spaced
from citekit.model import Link, Note, Span
from citekit.parse import parse_note


def _build(*runs, tex_dashes: bool = False):
    builder = InlineBuilder(tex_dashes=tex_dashes)
    for run in runs:
        text, *rest = run if isinstance(run, tuple) else (run,)
        italic = "i" in rest
        link = next((r for r in rest if r.startswith("http")), None)
        builder.add(text, italic=italic, link=link)
    return builder.build()


@pytest.mark.parametrize(
    ("runs", "text"),
    [
        (
            (("The", "i"), (" ", "i"), ("Production", "i"), (" of Space", "i")),
            "*The Production of Space*",
        ),
        ((("The", "i"), " ", ("Book", "i"), ", 12."), "*The Book*, 12."),
        (("Smith, ", ("Title ", "i"), "(1999)"), "Smith, *Title* (1999)"),
        (
            ("Smith, ", ("Orchards of Kent,", "i"), " 14 J. Hort. 1"),
            "Smith, *Orchards of Kent*, 14 J. Hort. 1",
        ),
        (("Smith, ", ("Orchards;", "i"), " Jones"), "Smith, *Orchards*; Jones"),
        ((("Ibid.", "i"),), "*Ibid.*"),
        (("A\u00a0«\u00a0Titre\u00a0»",), "A « Titre »"),
        (("a  b\n\tc",), "a b c"),
        (("pp. 151--78",), "pp. 151\u201378"),
        (("soft\u00adhyphen",), "softhyphen"),
        (("5 * 3",), "5 \u2217 3"),
        ((("", "i"), "x"), "x"),
        (((", ", "i"), "x"), ", x"),
        (
            (("United States", "i"), " v. ", ("Lopez", "i"), ", 514 U.S. 549"),
            "*United States v. Lopez*, 514 U.S. 549",
        ),
        ((("Smith", "i"), " and ", ("Jones", "i")), "*Smith* and *Jones*"),
        (
            ("Simona Cerutti ", ("et\u00a0al.", "i"), " ", ("Appartenance", "i"), ". PUF"),
            "Simona Cerutti *et al.* *Appartenance*. PUF",
        ),
        (
            ("Ana Mora ", ("et", "i"), ("\u00a0", "i"), ("al.", "i"), " ", ("Redes", "i")),
            "Ana Mora *et al.* *Redes*",
        ),
    ],
    ids=[
        "split-runs",
        "gap-between-italics",
        "space-outside-marks",
        "comma-after-a-title-outside-its-marks",
        "semicolon-after-a-title-outside-its-marks",
        "an-abbreviations-dot-stays-inside",
        "no-break-spaces",
        "white-space",
        "figure-dash",
        "soft-hyphen",
        "literal-asterisk",
        "empty-run",
        "italic-punctuation-unmarked",
        "case-name-parties",
        "two-titles-stay-two",
        "et-al-apart-from-the-title-after-it",
        "et-al-in-several-runs-apart-too",
    ],
)
def test_builder_text(runs, text) -> None:
    assert _build(*runs)[0] == text


def test_tex_dashes_only_where_asked() -> None:
    assert _build("a -- b --- c", tex_dashes=True)[0] == "a \u2013 b \u2014 c"
    assert _build("a -- b")[0] == "a -- b"


@pytest.mark.parametrize("tex_dashes", [True, False])
def test_no_dash_is_read_inside_a_web_address(tex_dashes: bool) -> None:
    typed = "Report, 2012, pp. 3--4, http://example.org/files/7--12--12report.pdf"
    text = _build(typed, tex_dashes=tex_dashes)[0]
    assert text == "Report, 2012, pp. 3\u20134, http://example.org/files/7--12--12report.pdf"


def test_links_point_at_their_visible_text() -> None:
    text, links = _build("See ", ("the article", "https://doi.org/10.1/x"), ", 3.")
    assert text == "See the article, 3."
    assert [(text[link.start : link.end], link.target) for link in links] == [
        ("the article", "https://doi.org/10.1/x")
    ]


def test_italic_link_offsets_cover_the_marks() -> None:
    text, (link,) = _build(("Title", "i", "https://example.org"), " here")
    assert text[link.start : link.end] == "*Title*"


def test_clean_characters_keeps_spaces() -> None:
    assert clean_characters("a\u200b b") == "a b"


def test_plain() -> None:
    assert plain("  one\n two ") == "one two"


@pytest.mark.parametrize(
    ("target", "field", "value"),
    [
        ("https://doi.org/10.22148/16.005", "doi", "10.22148/16.005"),
        ("https://example.org/page", "url", "https://example.org/page"),
    ],
)
def test_link_targets_become_fields(target, field, value) -> None:
    text = "Jane Smith, “A Study,” *Journal of Things* 3 (2010): 1–20, online."
    start = text.index("online")
    note = Note(1, text, Span(0, 0, 1), (Link(start, start + 6, target),))
    (citation,) = parse_note(note)
    assert citation.fields[field] == value


def test_a_doi_in_the_text_wins_over_a_link() -> None:
    text = "Jane Smith, “A Study,” *Journal of Things* 3 (2010): 1–20, doi:10.1234/abc."
    note = Note(1, text, Span(0, 0, 1), (Link(0, 10, "https://doi.org/10.9999/other"),))
    (citation,) = parse_note(note)
    assert citation.fields["doi"] == "10.1234/abc"


def test_spaced_text_has_the_inline_models_spaces() -> None:
    """A .txt note: no-break and thin spaces plain, soft hyphens gone, asterisks kept."""
    assert (
        spaced("p.\u00a045,\u202fn.\u20093 in\u00adcludes *Title*  ")
        == "p. 45, n. 3 includes *Title*"
    )


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            'Meyer, Werner: „Basel kauft die Stadt", Stadtbuch (1992)',
            "Meyer, Werner: „Basel kauft die Stadt“, Stadtbuch (1992)",
        ),
        ('„Rocznik" 2005 and "Other"', '„Rocznik“ 2005 and "Other"'),
        ("„Titel“ stays", "„Titel“ stays"),
        ('He said "yes"', 'He said "yes"'),
    ],
)
def test_straight_quote_closing_a_low_one_is_curly(typed, read) -> None:
    assert plain(typed) == read


def test_low_quote_closing_keeps_link_offsets() -> None:
    text, links = _build('„Titel" ', ("online", "https://example.org/t"))
    assert text[links[0].start : links[0].end] == "online"


def test_bold_words_are_marked_as_italics_are() -> None:
    builder = InlineBuilder()
    builder.add("SOUZA, Ana, ")
    builder.add("Cidades do Atlântico", bold=True)
    builder.add(", v. ")
    builder.add("3", bold=True)
    assert builder.build()[0] == "SOUZA, Ana, *Cidades do Atlântico*, v. 3"


def test_a_no_break_hyphen_is_read_as_a_hyphen() -> None:
    # pandoc's French pages keep "80‑81" together with U+2011; ranges are read with "-"
    assert clean_characters("p. 80\u201181") == "p. 80-81"


def test_a_paragraph_ended_unstopped_before_a_sentence_gets_its_stop() -> None:
    builder = InlineBuilder()
    builder.add("Muster, ")
    builder.add("A Book", italic=True)
    builder.add(", London, 1889, p. 69")
    builder.add("\n\t")  # the markup's spaces before the next paragraph
    builder.paragraph_break()
    builder.add("On the day after, the air resounds.")
    text, _ = builder.build()
    assert text == "Muster, *A Book*, London, 1889, p. 69. On the day after, the air resounds."


@pytest.mark.parametrize(
    ("before", "after"), [("ends here.", "Next one."), ("ends", "and goes on")]
)
def test_a_paragraph_break_adds_no_stop_where_none_is_missing(before: str, after: str) -> None:
    builder = InlineBuilder()
    builder.add(before)
    builder.paragraph_break()
    builder.add(after)
    assert builder.build()[0] == f"{before} {after}"
