"""Fields of citations as whole families of note styles write them (ABNT and ISO 690 short
forms with family names in capitals, Polish journal articles, ISO 690 articles, Bluebook
editors), one habit a row.

Our own example notes: invented authors, titles, journals and places.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note, second_reading
from tests.parse.notes import parse

CAPITALS_SHORT_ROWS = [
    pytest.param(
        "BRAGA, Between Harbour Towns and Inland Markets, p. 83.",
        {"author": "BRAGA", "title": "Between Harbour Towns and Inland Markets"},
        "p. 83",
        id="family-then-plain-title-with-and",
    ),
    pytest.param(
        "OLMEDO, RUSTE, Harbours and Storms, p. 231.",
        {"author": "OLMEDO and RUSTE", "title": "Harbours and Storms"},
        "p. 231",
        id="two-families-by-comma",
    ),
    pytest.param(
        "LUNDQVIST, Sal, pan y vino, pp. 41-44.",
        {"author": "LUNDQVIST", "title": "Sal, pan y vino"},
        "pp. 41-44",
        id="title-with-commas",
    ),
    pytest.param(
        "BRAGA, Harbour Towns, pp. 346, 352.",
        {"author": "BRAGA", "title": "Harbour Towns"},
        "pp. 346, 352",
        id="page-list-is-one-pinpoint",
    ),
    pytest.param(
        "FERRAZ, **Cartas do sertão**, p. 19.",
        {"author": "FERRAZ", "title": "Cartas do sertão"},
        "p. 19",
        id="family-then-bold-title",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), CAPITALS_SHORT_ROWS)
def test_capitals_short_form_fields(text: str, fields: dict[str, str], locator: str) -> None:
    (citation,) = parse(text)
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


POLISH_ARTICLE_ROWS = [
    pytest.param(
        "A. Wrona, *Spławy zbożowe na Wiśle*, „Rocznik Portowy” 2011, t. 8, nr 2, s. 45.",
        {
            "author": "Wrona, A.",
            "title": "Spławy zbożowe na Wiśle",
            "journal": "Rocznik Portowy",
            "year": "2011",
            "volume": "8",
            "number": "2",
        },
        "s. 45",
        id="italic-title-quoted-journal",
    ),
    pytest.param(
        "K. Lis, *Mosty i brody*, „Przegląd Rzeczny” 03.1998, t. 12.",
        {"title": "Mosty i brody", "journal": "Przegląd Rzeczny", "year": "1998", "volume": "12"},
        None,
        id="month-dot-year-no-page",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), POLISH_ARTICLE_ROWS)
def test_polish_article_in_quoted_journal(
    text: str, fields: dict[str, str], locator: str | None
) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "article"
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


ISO_ARTICLE_ROWS = [
    pytest.param(
        "HALVORSEN, Kari. Salt roads of the north. *Nordic Trade Review*. 1987, vol. 12, "
        "no. 3, p. 35.",
        {
            "author": "Halvorsen, Kari",
            "title": "Salt roads of the north",
            "journal": "Nordic Trade Review",
            "year": "1987",
            "volume": "12",
            "number": "3",
        },
        "p. 35",
        id="english-labels",
    ),
    pytest.param(
        "Srov. DVOŘÁK, J M. Mlýny na horním toku: příspěvek k dějinám. *Vlastivědný sborník*. "
        "2004, roč. 18, č. 2, s. 71.",
        {
            "title": "Mlýny na horním toku: příspěvek k dějinám",
            "journal": "Vlastivědný sborník",
            "volume": "18",
            "number": "2",
        },
        "s. 71",
        id="czech-lead-in-initials-without-dots",
    ),
    pytest.param(
        "ОРЛОВА, Анна и др. Речные пристани Сибири. *Вестник истории*. 2010, т. 7, вып. 4, с. 12.",
        {"author": "Орлова, Анна", "journal": "Вестник истории", "volume": "7", "number": "4"},
        "с. 12",
        id="russian-et-al-and-issue",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), ISO_ARTICLE_ROWS)
def test_iso690_article(text: str, fields: dict[str, str], locator: str) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "article"
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


DOTTED_IMPRINT_ROWS = [
    pytest.param(
        "Marta Quiroga. Los muelles del puerto, en *Historia de los puertos del sur*, "
        "Lucía Berro (ed.). Ediciones del Faro. Valparaíso. 2014: 45–67, véase p. 50.",
        {
            "booktitle": "Historia de los puertos del sur",
            "editor": "Berro, Lucía",
            "publisher": "Ediciones del Faro",
            "address": "Valparaíso",
            "year": "2014",
            "pages": "45–67",
        },
        "p. 50",
        id="chapter-editor-publisher-place-year-pages",
    ),
    pytest.param(
        "Tomás Ibarra. *Sal y pesca en la costa*. Editorial Arenal. Lima. 1999, véase p. 12.",
        {"publisher": "Editorial Arenal", "address": "Lima", "year": "1999"},
        "p. 12",
        id="book-publisher-place-year",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), DOTTED_IMPRINT_ROWS)
def test_imprint_written_as_sentences(text: str, fields: dict[str, str], locator: str) -> None:
    (citation,) = parse(text)
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


def test_no_place_read_from_an_unplaced_imprint() -> None:
    """German "o. O. 1972" (no place): no one-letter place."""
    (citation,) = parse("Rainer Holm: Die Brücken der Stadt, o. O. 1972, S. 12.")
    assert citation.fields.get("address") != "O"


def test_iso690_article_second_author_in_direct_order() -> None:
    (citation,) = parse(
        "HALVORSEN, K и M S BERG. Salt roads of the north. *Nordic Trade Review*. 1987, "
        "т. 12, вып. 3, с. 35."
    )
    assert citation.fields["author"] == "Halvorsen, K and Berg, M S"
    assert citation.fields["number"] == "3"


SENTENCE_SPLIT_ROWS = [
    pytest.param(
        "Marta Quiroga. «Los muelles». Historia de un puerto del sur. *Revista de Historia "
        "Naval*, 44. 2011: 20–25, véase p. 22.",
        1,
        id="quoted-title-subtitle-then-journal",
    ),
    pytest.param(
        "Marta Quiroga. Los muelles, en *Puertos del sur*, Lucía Berro (ed.). Ediciones del "
        "Faro. Lima; Valparaíso. 2014: 45–67, véase p. 50.",
        1,
        id="two-places-joined-by-semicolon",
    ),
    pytest.param(
        "Marta Quiroga. «Los muelles». Historia de un puerto del sur. *Revista de Historia "
        "Naval*, 44. 2011: 20–25; Tomás Ibarra. *Sal y pesca*. Arenal. Lima. 1999.",
        2,
        id="two-citations-stay-two",
    ),
    pytest.param(
        "QUIROGA, M. *Los muelles*. Berlin: Gebr. Mann Verlag, 1941, p. 106.",
        1,
        id="publisher-abbreviation-is-no-sentence-end",
    ),
]


@pytest.mark.parametrize(("text", "count"), SENTENCE_SPLIT_ROWS)
def test_citation_cut_at_full_stops_is_one(text: str, count: int) -> None:
    assert len(parse(text)) == count


PLAIN_TITLE_ARTICLE_ROWS = [
    pytest.param(
        "Marta Quiroga, Les quais du port et la ville basse, *Revue du littoral*, 12 (1998), "
        "p. 33.",
        {"author": "Quiroga, Marta", "title": "Les quais du port et la ville basse"},
        id="given-family-plain-title-volume-year",
    ),
    pytest.param(
        "DE MELO, Ana, O cais e a cidade, **Revista Náutica**, v. 4, p. 12–19, 2003.",
        {"author": "De Melo, Ana", "title": "O cais e a cidade", "journal": "Revista Náutica"},
        id="abnt-inverted-capitals",
    ),
]


@pytest.mark.parametrize(("text", "fields"), PLAIN_TITLE_ARTICLE_ROWS)
def test_article_with_plain_title(text: str, fields: dict[str, str]) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "article"
    assert {k: citation.fields.get(k) for k in fields} == fields


def test_book_after_inverted_name_stays_a_book() -> None:
    (citation,) = parse("Quiroga, Marta, *Les quais du port*, Paris, Seuil, 1998, p. 33.")
    assert citation.entry_type == "book"
    assert citation.fields["title"] == "Les quais du port"


def test_abbreviated_society_is_no_dotted_imprint() -> None:
    """ "Trans. Roy. Soc. Canada, Section II. 1889": abbreviations, no publisher "Soc"."""
    (citation,) = parse("*Games of the Harbour Towns*, Trans. Roy. Soc. Canada, Section II. 1889.")
    assert citation.fields.get("publisher") != "Soc"


def test_label_before_names_is_no_plain_title() -> None:
    """ "Source: Marta Quiroga, *Harbour Towns* (1985)": a book with its year, no article."""
    (citation,) = parse("Источник: Marta Quiroga, *Harbour Towns* (1985), p. 4.")
    assert citation.entry_type != "article"


BLUEBOOK_PLAIN_BOOK_ROWS = [
    pytest.param(
        "3 Marta Quiroga, The Harbour Towns of the South 109 (Lucía Berro ed., 1995).",
        {"author": "Quiroga, Marta", "editor": "Berro, Lucía", "volume": "3", "year": "1995"},
        "109",
        id="volume-author-pinpoint-editor",
    ),
    pytest.param(
        "Tomás Ibarra, Salt and Fishing on the Coast (Ana Ruiz ed., 2 ed. 2008).",
        {"author": "Ibarra, Tomás", "editor": "Ruiz, Ana", "edition": "2", "year": "2008"},
        None,
        id="editor-and-edition",
    ),
    pytest.param(
        "Harbour Law: Second Series 271–283 (Lucía Berro & Ana Ruiz eds., 2000).",
        {"title": "Harbour Law: Second Series", "editor": "Berro, Lucía and Ruiz, Ana"},
        "271–283",
        id="edited-volume-no-author",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), BLUEBOOK_PLAIN_BOOK_ROWS)
def test_bluebook_book_without_small_capitals(
    text: str, fields: dict[str, str], locator: str | None
) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "book"
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


def test_title_and_year_alone_stay_unread_as_bluebook() -> None:
    """ "Name, Title (1998)" is any style's: no Bluebook volume, pinpoint or editors."""
    (citation,) = parse("Marta Quiroga, Les quais du port (1998).")
    assert "volume" not in citation.fields


def test_german_title_with_sentences_stays_one_citation() -> None:
    """ "Family, Given: Title. Subtitle, Place Year": the subtitle's sentence is no new source."""
    found = parse(
        "Grundlegend Holm, Rainer: Die Brücken der Stadt zwischen 1850 und 1900. Ein Beitrag "
        "zur Baugeschichte, Basel 1974, S. 12."
    )
    assert len(found) == 1
    assert found[0].fields.get("year") == "1974"


def test_family_name_alone_in_italics_is_a_short_form() -> None:
    found = parse(
        "Holm, Rainer: Die Brücken der Stadt, Basel 1974, S. 12; "
        "*Holm*/*Lutz*: Die Brücken der Stadt, April 1974, S. 30."
    )
    assert [c.kind for c in found] == [Kind.FULL, Kind.SHORT]


ET_AL_ROWS = [
    pytest.param(
        "Marta Quiroga *et al.* *Los muelles del sur*. Arenal. Lima. 2019, véase p. 84.",
        Kind.FULL,
        {"author": "Quiroga, Marta", "publisher": "Arenal"},
        id="full-names-then-italic-et-al",
    ),
    pytest.param(
        "Véase Marta Quiroga *et al.*, *op. cit.*, p. 84.",
        Kind.OP_CIT,
        {"author": "Quiroga, Marta"},
        id="op-cit-after-italic-et-al",
    ),
    pytest.param(
        "Marta Quiroga *et al.*, art. cit., p. 9.",
        Kind.OP_CIT,
        {"author": "Quiroga, Marta"},
        id="art-cit-keeps-the-names",
    ),
]


@pytest.mark.parametrize(("text", "kind", "fields"), ET_AL_ROWS)
def test_et_al_in_italics(text: str, kind: Kind, fields: dict[str, str]) -> None:
    (citation,) = parse(text)
    assert citation.kind is kind
    assert {k: citation.fields.get(k) for k in fields} == fields


ISO_CHAPTER_ROWS = [
    pytest.param(
        "Véase QUIROGA, M. «Los muelles». Historia de un puerto. En BERRO, L. ed. *Puertos "
        "del sur*. Lima: Arenal; Ediciones del Faro, 2014, p. 50.",
        {"editor": "Berro, L", "booktitle": "Puertos del sur", "year": "2014"},
        id="quoted-title-subtitle-in-editors-book-two-publishers",
    ),
    pytest.param(
        "QUIROGA, M. Los muelles del sur. En BERRO, L. ed. *Puertos del sur*. Lima: [s.n.], "
        "2014, p. 50.",
        {"editor": "Berro, L", "booktitle": "Puertos del sur", "year": "2014"},
        id="no-publisher",
    ),
]


@pytest.mark.parametrize(("text", "fields"), ISO_CHAPTER_ROWS)
def test_iso690_chapter_is_one_citation(text: str, fields: dict[str, str]) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "incollection"
    assert {k: citation.fields.get(k) for k in fields} == fields


BLUEBOOK_PERIODICAL_ROWS = [
    pytest.param(
        "Marta Quiroga, *Harbour Towns*, 13 Coastal History Review 47, 50 (1975).",
        "article",
        {"journal": "Coastal History Review", "volume": "13", "pages": "47", "year": "1975"},
        "50",
        id="journal-named-in-full-after-italic-title",
    ),
    pytest.param(
        "Tomás Ibarra, *The Harbour Strike*, The Daily Courier, Mar. 23, 1910, at 10.",
        "article",
        {"journal": "The Daily Courier", "year": "1910", "pages": "10"},
        None,
        id="newspaper-page",
    ),
    pytest.param(
        "Lucía Berro, *Salt and Silver*, 2 *in* Harbour Law: Second Series 193, 201 "
        "(Ana Ruiz & Tomás Ibarra eds., 2019).",
        "incollection",
        {"booktitle": "Harbour Law: Second Series", "editor": "Ruiz, Ana and Ibarra, Tomás"},
        "201",
        id="chapter-in-edited-book",
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "fields", "locator"), BLUEBOOK_PERIODICAL_ROWS)
def test_bluebook_periodicals_and_chapters(
    text: str, entry_type: str, fields: dict[str, str], locator: str | None
) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == entry_type
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert citation.locator == locator


def test_short_form_with_name_sentence_before_op_cit() -> None:
    """ENAH: "véase Marta Quiroga. Los muelles del sur, *op. cit.*": names, a full stop, a title."""
    (citation,) = parse(
        "Sobre este punto, véase Marta Quiroga. Los muelles del sur, *op. cit.*, p. 8."
    )
    assert citation.text.startswith("Marta Quiroga.")
    assert citation.fields.get("author") == "Quiroga, Marta"
    assert citation.locator == "p. 8"


def test_german_title_of_two_sentences_before_its_imprint() -> None:
    found = parse(
        "Holm, Rainer: Vom Fährmann zum Reeder. Zur Geschichte des Basler Hafen- und "
        "Schiffswesens. Herausgegeben anlässlich des Jubiläums E.E. Zunft zu Schiffleuten, "
        "Basel 1989, S. 31. Dies bleibt grundlegend."
    )
    assert len(found) == 1
    assert found[0].fields.get("year") == "1989"
    assert found[0].locator == "S. 31"


def test_iso690_short_form_keeps_given_name_out_of_the_title() -> None:
    """Plain text: "HALVORSEN, Kari. Salt roads of the north, сс. 25–34" (no italics)."""
    (citation,) = parse("HALVORSEN, Kari. Salt roads of the north, сс. 25–34.")
    assert citation.fields.get("title") != "Kari. Salt roads of the north"
    assert citation.locator == "сс. 25–34"


def test_quoted_journal_is_no_bluebook_book() -> None:
    """Plain text: "N. Wrona, Title, „Rocznik” t. 37 nr 1 (2017)" is an article, not a book."""
    (citation,) = parse("N. Wrona, Spławy zbożowe, „Rocznik Portowy” t. 37 nr 1 (2017).")
    assert citation.entry_type == "article"


ITALIC_PART_ROWS = [
    pytest.param(
        "Anna Lodi, *Il porto e la città*, in *Storia dei porti*, a cura di Marco Serra, "
        "Genova, Ancora, 2011, p. 121.",
        "incollection",
        {"title": "Il porto e la città", "booktitle": "Storia dei porti", "editor": "Serra, Marco"},
        id="italian-chapter-in-an-italic-book",
    ),
    pytest.param(
        "Anna Lodi, *Il porto e la città*, in «Rivista dei porti», 17 (2011), p. 186.",
        "article",
        {"title": "Il porto e la città", "journal": "Rivista dei porti", "volume": "17"},
        id="italian-article-in-a-quoted-journal",
    ),
    pytest.param(
        "Hans Lund, *Die Brücke*, in: *Zeitschrift für Brückenbau* 12 (2003), S. 4.",
        "article",
        {"title": "Die Brücke", "journal": "Zeitschrift für Brückenbau", "volume": "12"},
        id="german-article-volume-then-year",
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "fields"), ITALIC_PART_ROWS)
def test_italic_titled_parts(text: str, entry_type: str, fields: dict[str, str]) -> None:
    """Styles that set a chapter's or article's title in italics, as its book's or journal's:
    the "in" before the container makes it a part, not a book."""
    (citation,) = parse(text)
    assert citation.entry_type == entry_type
    assert {k: citation.fields.get(k) for k in fields} == fields


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ana Ruiz, *Puertos del norte*, Pampelune, Arco, 2017, p. 3.", "Pampelune"),
        ("Ana Ruiz, *Puertos del norte*, Leuven, Peeters, 2017, p. 3.", "Leuven"),
    ],
    ids=["exonym-of-a-city", "small-town-of-a-publisher"],
)
def test_gazetteer_town_before_publisher_and_year(text: str, address: str) -> None:
    """A town the place lexicon lacks, just before a publisher and the year, is the address."""
    (citation,) = parse(text)
    assert citation.fields.get("address") == address


def test_gazetteer_town_elsewhere_is_no_place() -> None:
    """Many towns are surnames too: "Hamilton, 45" is a short form by Hamilton."""
    context_note = "Ana Hamilton, *Puertos del norte* (Madrid: Arco, 2017), 3."
    note = Note(number=2, text="Hamilton, 45.", span=Span(0, 0, 2))
    (citation,) = parse_note(note, build_context([context_note, note.text]))
    assert citation.kind is Kind.SHORT
    assert citation.fields.get("author") == "Hamilton"


def test_capitals_author_after_prose_comma_opens_the_citation() -> None:
    """ISO 690: the italic title after "En" is the journal; the author before it opens it."""
    (citation,) = parse(
        "Para una lectura distinta, QUIROGA, M. Los muelles del sur. En *Revista Naval*. "
        "2011, vol. 4, p. 33."
    )
    assert citation.text.startswith("QUIROGA, M. Los muelles del sur")


def test_known_short_form_keeps_its_family_name_after_prose() -> None:
    """ "…; para una lectura distinta, MUSSET, Between …": the lead-in ends at the comma
    before the family name of a work the document cites in full (second reading)."""
    full = (
        "QUIROGA, M. Between Science Fiction and Social Sciences. En *Revista Naval*. 2011, "
        "vol. 4, p. 33."
    )
    short = (
        "Sigo la datación habitual. Cfr. IBARRA, Sal y pesca, pp. 3-5; para una lectura "
        "distinta, QUIROGA, Between Science Fiction and Social Sciences, pp. 40, 42."
    )
    texts = [full, short]
    notes = [Note(number=n, text=t, span=Span(0, 0, n)) for n, t in enumerate(texts, start=1)]
    context = build_context(texts)
    read = second_reading(notes, [parse_note(n, context) for n in notes], context)
    assert read[1][-1].text == "QUIROGA, Between Science Fiction and Social Sciences, pp. 40, 42"


def test_a_known_title_after_a_lead_in_is_a_short_form() -> None:
    """ "Cf. “Harbour Lights – Women Pilots”.": a page cited by its title alone, after a
    lead-in, is a short form of the page the document cites in full."""
    texts = [
        "“Harbour Lights – Women Pilots,” http://example.org/pilots.",
        "Cf. “Harbour Lights – Women Pilots”.",
        "Compare “Harbour Lights – Women Pilots” and “Other Lights”.",
        "I thank “Unknown Friends of the Port” for this.",
    ]
    notes = [Note(number=n, text=t, span=Span(0, 0, n)) for n, t in enumerate(texts, start=1)]
    context = build_context(texts)
    read = second_reading(notes, [parse_note(n, context) for n in notes], context)
    assert [(c.text, c.kind) for c in read[1]] == [("“Harbour Lights – Women Pilots”", Kind.SHORT)]
    assert read[2] == read[3] == ()


def test_a_bracketed_translation_ends_its_sentence() -> None:
    """ "…, 5 (“He divides his book.”) Maria Lund, …": the full stop inside the quotation in
    brackets ends the citation; the name after the bracket opens the next."""
    texts = [
        "Rufinus: “librum suum.” Ana Weiss, Harbour Towns (Leiden, 1702), 5 (“He divides his "
        "book into three parts.”) Maria Lund, Sea Words (Bergen, 1998), 192–193."
    ]
    citations = parse(texts[0])
    assert [c.locator for c in citations] == ["5", "192–193"]
    assert citations[1].text.startswith("Maria Lund, Sea Words")
