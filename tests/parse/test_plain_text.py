"""Notes typed in plain text: no italics, names in capitals where small capitals were meant.

Our own example sentences, one habit a row; each row says what the parser must read.
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, parse_note, second_reading
from citekit.parse.cues import title_only
from citekit.parse.known import learn
from citekit.parse.namecues import leading_name_tokens, name_only
from citekit.parse.names import split_names
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Marta OLIVERA", ["Olivera, Marta"], id="family-in-capitals"),
        pytest.param("Inés PRADO SOLER", ["Prado Soler, Inés"], id="two-word-family-in-capitals"),
        pytest.param(
            "Tomás RUBIO VELA y Clara ESTEBAN",
            ["Rubio Vela, Tomás", "Esteban, Clara"],
            id="co-authors-in-capitals",
        ),
        pytest.param("Ana María Gil", ["Gil, Ana María"], id="no-capitals-unchanged"),
    ],
)
def test_family_set_in_capitals(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param(
            "Marta OLIVERA: «Los puertos del norte», Hispania", 2, id="colon-after-capitals"
        ),
        pytest.param("Inés PRADO SOLER: «Los puertos»", 3, id="compound-capitals-colon"),
        pytest.param("Luis Vera (ed.): Las ferias de Castilla", 3, id="editor-mark-then-colon"),
        pytest.param(
            "Inés PRADO SOLER y Luis VERA (eds.): Las ferias", 7, id="second-editor-closes-at-mark"
        ),
    ],
)
def test_leading_names(text: str, count: int) -> None:
    assert leading_name_tokens(text) == count


def test_author_in_capitals_opens_the_citation() -> None:
    (found,) = parse(
        "Marta OLIVERA: «Los puertos del norte», Hispania Nova, 12 (2015), pp. 3-20, p. 7."
    )
    assert found.text.startswith("Marta OLIVERA")
    assert found.fields["author"] == "Olivera, Marta"
    assert found.fields["journal"] == "Hispania Nova"


def test_plain_book_after_editors_and_colon() -> None:
    (found,) = parse(
        "Marta OLIVERA: «Los puertos», en Luis VERA (ed.): Las ferias de Castilla, "
        "Madrid, Ámbito, 2009, pp. 11-30, p. 14."
    )
    assert found.entry_type == "incollection"
    assert found.fields["editor"] == "Vera, Luis"
    assert found.fields["booktitle"] == "Las ferias de Castilla"
    assert found.fields["publisher"] == "Ámbito"


def test_italian_citata_marks_a_short_form() -> None:
    (found,) = parse("A. RUCCI, Le fiere di Lanciano..., citata.")
    assert found.kind is Kind.SHORT
    assert found.fields["author"] == "Rucci, A."


def test_plain_short_form_after_prose() -> None:
    (found,) = parse("This is discussed in Oduya, Harbour Lights and Quays, 12.")
    assert found.text == "Oduya, Harbour Lights and Quays, 12"
    assert found.fields == {"author": "Oduya", "title": "Harbour Lights and Quays"}
    assert found.locator == "12"


def test_plain_short_form_with_a_year_is_not_taken_from_prose() -> None:
    """ "Papers on Time-Reckoning, ed. …(…, 1886), 12" is a full citation from its start."""
    (found,) = parse("Papers on Time-Reckoning, ed. Sandford Fleming (Toronto: Copp, 1886), 12.")
    assert found.text.startswith("Papers on")


NOTES = [
    "Marta Olivera, Ferries of the Lower Rhine: Crossings and Tolls (Basel: Schwabe, 2004), 12.",
    "For a contrasting reading, see Olivera, Ferries of the Lower Rhine.",
    "Compare ibid., 14 and Olivera, Ferries of the Lower Rhine.",
    "Olivera, Ferries. The argument there is more cautious.",
    "Olivera is right about the tolls.",
]


def read(
    texts: list[str], listed: list[dict[str, str]] | None = None
) -> list[tuple[Citation, ...]]:
    """TEXTS as notes 1, 2, …, read twice; LISTED: the fields of a bibliography's entries."""
    notes = [Note(number=i, text=t, span=Span(0, 0, i)) for i, t in enumerate(texts, start=1)]
    context = build_context(texts)
    return second_reading(notes, [parse_note(n, context) for n in notes], context, listed or [])


def test_short_forms_of_a_work_cited_in_full_are_found_without_italics() -> None:
    found = read(NOTES)
    assert [[c.text for c in cited] for cited in found] == [
        [NOTES[0].removesuffix(".")],
        ["Olivera, Ferries of the Lower Rhine"],
        ["ibid., 14", "Olivera, Ferries of the Lower Rhine"],
        ["Olivera, Ferries"],
        [],
    ]
    assert all(
        c.kind is Kind.SHORT for cited in found[1:] for c in cited if c.kind is not Kind.IBID
    )


def test_without_the_full_citation_the_plain_short_form_is_prose() -> None:
    """The evidence is the earlier full citation: without it nothing is taken."""
    assert [len(cited) for cited in read(NOTES[1:])] == [0, 1, 0, 0]


def test_known_titles_match_by_family_and_title_start() -> None:
    known = learn([{"author": "Olivera, Marta", "title": "Ferries of the Lower Rhine"}])
    assert known.cites("Olivera, Ferries of the Lower Rhine, 14")
    assert known.cites("OLIVERA, Marta. Ferries of the Lower, p. 3")
    assert not known.cites("Olivera, Bridges of the Lower Rhine")
    assert not known.cites("Lund, Ferries of the Lower Rhine")


def test_family_names_of_two_words_and_particles_still_found() -> None:
    """The words of a span are checked for a known family name before its names are read:
    a family of two words, or one a short form gives without its particle, must pass."""
    known = learn(
        [
            {"author": "De Wilde, Anouk", "title": "Polders and Power"},
            {"author": "Lapide, Cornelius à", "title": "Commentaria in Pentateuchum"},
        ]
    )
    assert known.cites("De Wilde, Polders and Power, 9")
    assert known.cites("Lapide, Commentaria, 4")
    assert not known.cites("Wilde, Meadows and Dykes, 9")
    assert known.title_goes_on("De Wilde, Polders", "And Power, 9")
    assert not known.title_goes_on("Lund, Polders", "And Power, 9")


def test_a_short_title_may_leave_out_the_leading_article() -> None:
    """ "Gale, Treatise, 111" abbreviates "A treatise of curious lights", as Chicago shortens."""
    known = learn([{"author": "Gale, Richard", "title": "A treatise of curious lights"}])
    assert known.cites("Gale, Treatise, book 3, 111")
    assert known.cites("Gale, *A treatise*, 12")
    assert not known.cites("Gale, Lights, 12")
    assert not learn([{"author": "Lund, Eva", "title": "A"}]).cites("Lund, Ferries, 2")


def test_short_forms_joined_by_a_bare_comma_are_two() -> None:
    """ "Verdi, *Trattato*, 201, Gale, *Treatise*, book 3, 111": the second drops its "A"."""
    found = read(
        [
            "Giulio Verdi, *Trattato della luce* (Milan: Ponte, 1584), 108, Richard Gale, "
            "*A treatise of curious lights* (Oxford: Barnes, 1598), book 2, 5.",
            "Verdi, *Trattato*, 201, Gale, *Treatise*, book 3, 111.",
        ]
    )
    assert [c.text for c in found[1]] == ["Verdi, *Trattato*, 201", "Gale, *Treatise*, book 3, 111"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ORLOV, P. A. и др", True, id="russian-et-al"),
        pytest.param("LI, Wei, Anna KOVÁŘ и Jan NOVÁK", True, id="families-in-capitals"),
        pytest.param("THE PAPERS OF", False, id="capitals-without-a-given-name"),
        pytest.param("Public Record Office, NATIONAL ARCHIVES", False, id="organisation"),
    ],
)
def test_name_lists_of_iso_notes(text: str, expected: bool) -> None:
    assert name_only(text) is expected


def test_iso_statement_of_editors_stays_with_its_title() -> None:
    """ "Name. Title. Editor, ed. Place: Publisher, Year": four sentences, one citation."""
    (found,) = parse(
        "ORLOV, Pavel. The Harbour Records of Riga. Anna KOVÁŘ, ed. London: Methuen, 1995, p. 29."
    )
    assert found.text.startswith("ORLOV, Pavel. The Harbour Records")
    assert found.fields["author"] == "Orlov, Pavel"


def test_a_quotation_before_an_edited_book_is_no_part_of_it() -> None:
    found = parse(
        "We read: “The draft is ready. Orlov has it.” Anna Kovář, ed., *Harbour Records* "
        "(London: Methuen, 1995), p. 29."
    )
    assert [c.text for c in found] == [
        "Anna Kovář, ed., *Harbour Records* (London: Methuen, 1995), p. 29"
    ]


def test_a_co_author_read_into_a_title_teaches_no_title() -> None:
    known = learn([{"author": "Rios, Ana", "title": "MATTOS, Hebe. Memórias do cativeiro"}])
    assert not known.cites("RIOS, Ana; MATTOS, Hebe")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The standard account is Id. at 39.", ("Id. at 39", Kind.IBID), id="id-after-prose"
        ),
        pytest.param(
            "On this point, see Harbour Board v Lund, 12.",
            ("Harbour Board v Lund, 12", Kind.SHORT),
            id="case-short-form-without-italics",
        ),
        pytest.param(
            "Harbour Board v Lund, at 153.",
            ("Harbour Board v Lund, at 153", Kind.SHORT),
            id="case-at",
        ),
    ],
)
def test_back_references_without_italics(text: str, expected: tuple[str, Kind]) -> None:
    (found,) = parse(text)
    assert (found.text, found.kind) == expected


def test_small_capitals_book_with_editor_and_edition() -> None:
    (found,) = parse("KARIN LUND, HARBOUR LAW AND PRACTICE (Anna Kovář ed., 2 ed. 2008).")
    assert found.kind is Kind.FULL
    assert found.fields == {
        "author": "Lund, Karin",
        "title": "Harbour Law and Practice",
        "year": "2008",
        "edition": "2",
        "editor": "Kovář, Anna",
    }


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        pytest.param("Protocols, 201.", "201", id="one-word-then-page"),
        pytest.param("Lund, Ferries of the Rhine, Basel, 22.", "22", id="title-with-comma"),
        pytest.param("Protocols, 152, 178.", "152, 178", id="page-list"),
    ],
)
def test_the_pinpoint_of_a_plain_short_form(text: str, locator: str) -> None:
    (found,) = parse(text)
    assert found.locator == locator
    assert found.fields.get("title") not in ("152", "201")


def test_a_plain_container_title_with_a_full_stop_stays_whole() -> None:
    """ "…,” Ludica. Annali di storia …, vol. 25 (2019)": the journal's own full stop."""
    (found,) = parse(
        "Karin Lund, “Ferry Tolls,” Ludica. Annali di storia del Reno, vol. 25 (2019): 60."
    )
    assert found.text.endswith("(2019): 60")
    assert found.kind is Kind.FULL


def test_commentary_after_an_unfinished_container_is_not_joined() -> None:
    found = parse("Karin Lund, “Ferry Tolls,” in Harbour Studies. The argument is older than that.")
    assert [c.text for c in found] == ["Karin Lund, “Ferry Tolls,” in Harbour Studies"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("KARIN LUND", ["Lund, Karin"], id="whole-name-in-capitals"),
        pytest.param(
            "JEAN-LUC BAUD, ANNA KOVÁŘ", ["Baud, Jean-Luc", "Kovář, Anna"], id="list-in-capitals"
        ),
        pytest.param("VAL VALDIVIESO, M.I.", ["Val Valdivieso, M. I"], id="iso-family-first-kept"),
    ],
)
def test_names_set_wholly_in_capitals(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


def test_a_short_title_with_a_full_stop_before_cit() -> None:
    (found,) = parse("KARIN LUND, Le traghetto. Storia di un fiume, cit., p. 42.")
    assert found.text == "KARIN LUND, Le traghetto. Storia di un fiume, cit., p. 42"
    assert found.fields["author"] == "Lund, Karin"
    assert found.locator == "p. 42"


def test_a_name_before_cit_is_its_own_citation() -> None:
    found = parse("Lund, Ferries, p. 4. Kovář, cit., p. 5.")
    assert [c.text for c in found] == ["Lund, Ferries, p. 4", "Kovář, cit., p. 5"]


def test_a_v_between_words_with_a_bare_number_is_no_case() -> None:
    """ "Wappen H v Schönegg St. Leonard 14. Jh.": no comma before the figure, no case."""
    found = [c.text for c in parse("Hierzu Wappen H v Schönegg 14. Jh., 2018, S. 3.")]
    assert "Wappen H v Schönegg 14" not in found


@pytest.mark.parametrize(
    ("text", "author", "title", "locator"),
    [
        pytest.param(
            "Hollis/Brandt, Häfen und Märkte am Oberrhein, Kap. 4.",
            "Hollis and Brandt",
            "Häfen und Märkte am Oberrhein",
            "Kap. 4",
            id="slash-joined-authors-and-a-chapter",
        ),
        pytest.param(
            "ОРЛОВА, Н. В. Речные порты Севера, гл. 2.",
            "ОРЛОВА, Н. В",
            "Речные порты Севера",
            "гл. 2",
            id="iso-initials-then-title",
        ),
        pytest.param(
            "MARLOWE, K J. Tidal records of small harbours, сс. 12–19.",
            "MARLOWE, K J",
            "Tidal records of small harbours",
            "сс. 12–19",
            id="iso-initials-in-the-title-part",
        ),
        pytest.param(
            "PEREIRA, O cais e a cidade, p. 41.",
            "PEREIRA",
            "O cais e a cidade",
            "p. 41",
            id="family-in-capitals-title-opening-with-an-article",
        ),
    ],
)
def test_plain_short_forms_of_more_styles(text: str, author: str, title: str, locator: str):
    """Short forms as ISO 690, ABNT and German styles print them once italics are gone."""
    (citation,) = parse(text)
    assert citation.kind is Kind.SHORT
    assert (citation.fields.get("author"), citation.fields.get("title")) == (author, title)
    assert citation.locator == locator


def test_two_slash_joined_short_forms_joined_by_sowie():
    found = parse("Vogt, Brücken am Rhein, S. 12–14 sowie Hollis/Brandt, Häfen am Oberrhein, S. 8.")
    assert [c.fields.get("author") for c in found] == ["Vogt", "Hollis and Brandt"]


def test_sentence_imprint_after_a_plain_title_stays_with_its_citation():
    """ENAH-like notes end every part with a full stop; without italics the name that opens
    the citation tells that "Publisher. Place. Year" is its imprint, not a new source."""
    (ibid, full) = parse(
        "Véase Ibid., p. 4; cfr. Marta Ibáñez Soler. Los muelles de Cádiz, en Puertos del Sur, "
        "Luis Rey et al. (eds.). Editorial Marítima. Cádiz. 2015: 12–30, véase p. 14."
    )
    assert ibid.kind is Kind.IBID
    assert full.text.startswith("Marta Ibáñez Soler. Los muelles de Cádiz")
    assert full.fields["author"] == "Ibáñez Soler, Marta"


def test_a_title_with_a_subtitle_is_no_second_author():
    """ "Name, Words Words: Subtitle, More and More, …": the colon inside the comma group
    shows a title and its subtitle, not a further name of a list closed by "and"."""
    (citation,) = parse(
        "Anne Le Bras, Harbour Lights: Essays, Letters and Sketches (Paris: Seuil, 1990), 3."
    )
    assert citation.fields["author"] == "Le Bras, Anne"
    assert citation.fields["title"] == "Harbour Lights: Essays, Letters and Sketches"


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "W tej sprawie zob. K. L. Marsh, Tide Tables, dz. cyt., s. 11.",
            "Marsh, K. L.",
            "Tide Tables",
            id="initials-name-title-dz-cyt",
        ),
        pytest.param(
            "Per una diversa lettura si veda ORSOLA BINI, Porti e approdi del Tirreno, cit., p. 7.",
            "Bini, Orsola",
            "Porti e approdi del Tirreno",
            id="name-in-capitals-title-cit",
        ),
    ],
)
def test_plain_title_before_cit_after_prose(text: str, author: str, title: str):
    """Prose, then "Name, Title, cit.": the words of the title are no name of their own."""
    (citation,) = parse(text)
    assert (citation.fields.get("author"), citation.fields.get("title")) == (author, title)


@pytest.mark.parametrize(
    ("text", "author", "title", "journal"),
    [
        pytest.param(
            "Per il contesto si veda LUCIA BRENTA, I moli di Ancona nel Settecento, in «Studi "
            "marittimi», 12 (2004), pp. 45–60.",
            "Brenta, Lucia",
            "I moli di Ancona nel Settecento",
            "Studi marittimi",
            id="si-veda-then-name-in-capitals",
        ),
        pytest.param(
            "PIER-LUIGI MARNI, Il porto chiuso, in «La Gazzetta» (3 marzo 2011), p. 9.",
            "Marni, Pier-Luigi",
            "Il porto chiuso",
            "La Gazzetta",
            id="hyphenated-name-in-capitals-dated-paper",
        ),
    ],
)
def test_italian_plain_title_then_quoted_journal(text, author, title, journal):
    """Italian styles quote the journal («…») and italicise the title: in plain text the
    title is the unmarked words between the names and "in"."""
    (citation,) = parse(text)
    fields = citation.fields
    assert (fields.get("author"), fields.get("title"), fields.get("journal")) == (
        author,
        title,
        journal,
    )


def test_a_plain_title_with_full_stops_runs_on_to_its_imprint():
    """ "H. Vogt, Vom Kai zum Hafen. Zur Geschichte der Basler Schifffahrt. Herausgegeben …,
    Basel 1990": without italics the title's own full stops must not cut the citation."""
    (citation,) = parse(
        "H. Vogt, Vom Kai zum Hafen. Zur Geschichte der Basler Schifffahrt. Herausgegeben "
        "zum hundertjährigen Bestehen der Zunft, Basel, Reinhardt, 1990, S. 31."
    )
    assert citation.text.startswith("H. Vogt, Vom Kai zum Hafen")
    assert citation.fields["author"] == "Vogt, H."


def test_initials_and_families_in_capitals_make_one_list():
    """French styles set families in small capitals, which plain text prints as capitals:
    "L. MOREL, P. DUVAL, et A. ROUX, Title" names three authors, none in the title."""
    (citation,) = parse(
        "L. MOREL, P. DUVAL, et A. ROUX, Les quais de Nantes au XIXe siècle, Nantes, Ouest, "
        "2011, p. 12."
    )
    assert citation.fields["author"] == "Morel, L. and Duval, P. and Roux, A."
    assert citation.fields["title"].startswith("Les quais de Nantes")


def test_short_form_of_a_work_without_names_is_found_by_its_known_title():
    """ "A Guide to the Tides of the North Sea, p. 17" after the book was cited in full
    without an author: in plain text only the document's full citation tells it is a title."""
    texts = [
        "A Guide to the Tides of the North Sea (London: Seaway Books, 1999), p. 4.",
        "Compare A Guide to the Tides of the North Sea, p. 17.",
    ]
    notes = [Note(number, text, Span(0, 0, number)) for number, text in enumerate(texts, 1)]
    context = build_context(texts)
    first = [parse_note(note, context) for note in notes]
    (short,) = second_reading(notes, first, context)[1]
    assert short.kind is Kind.SHORT
    assert short.fields["title"] == "A Guide to the Tides of the North Sea"
    assert short.locator == "p. 17"


def test_family_in_capitals_with_initials_and_a_comma_before_the_title():
    """ABNT: "RAMOS, L. F., Title, Place: Publisher, Year" — the initials' comma closes the
    name even when the title opens with a capitalised word."""
    (citation,) = parse("Como mostra RAMOS, L. F., Portos do Sul, Lisboa: Tinta, 1962, p. 37.")
    assert citation.kind is Kind.FULL
    assert citation.fields["title"] == "Portos do Sul"
    assert citation.fields["author"].startswith("Ramos, L. F")


def test_a_treaty_section_is_no_pinpoint_of_a_plain_short_form():
    """ "… Ports and Inland Waterways, vol. 213, § 46": a section mark follows a treaty or
    statute, so the capitalised words before it are no author of a short form."""
    found = parse(
        "See also Smith, Harbours, 12; and more recently Convention for the Protection of "
        "Ports and Inland Waterways, vol. 213, § 46."
    )
    assert not any("Waterways" in c.fields.get("author", "") for c in found)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "A good account is given in Ruth K. Olsen, Salt Roads: Trade and Carriage in the "
            "North (Tromsø: Polar Press, 2004), 18.",
            "Olsen, Ruth K.",
            "Salt Roads: Trade and Carriage in the North",
        ),
        (
            "The figures come from Piet De Wit, Harbour Dues: 1650-1750 (Ghent: Scheldt Press, "
            "1987), 40.",
            "De Wit, Piet",
            "Harbour Dues: 1650-1750",
        ),
    ],
)
def test_a_subtitled_plain_title_after_an_authors_comma_is_no_name_colon(
    text: str, author: str, title: str
) -> None:
    """Without italics "Salt Roads: Trade …" looks like German "Name: Title"; the whole name
    and comma before it say it is the title of the named author's book."""
    (cited,) = parse(text)
    assert cited.fields["author"] == author
    assert cited.fields["title"] == title


def test_german_name_colon_title_still_opens_at_the_name() -> None:
    (cited,) = parse("So zuletzt Jörg Albrecht: Weltliteratur heute, Berlin 2001, S. 5.")
    assert cited.fields["author"] == "Albrecht, Jörg"


@pytest.mark.parametrize("pinpoint", ["3.214", "3..214"])
def test_plain_short_form_with_volume_and_paragraph(pinpoint: str) -> None:
    """Collected papers are cited by volume and paragraph ("3.214"; citeproc prints "3..214")."""
    (cited,) = parse(f"Lund, Collected Letters of Anna Lund, {pinpoint}.")
    assert cited.kind is Kind.SHORT
    assert cited.fields["author"] == "Lund"
    assert cited.fields["title"] == "Collected Letters of Anna Lund"
    assert cited.locator == pinpoint


def test_plain_short_form_without_a_pinpoint_names_a_known_work() -> None:
    """ "Olsen, Salt Roads." has the shape of an inverted name or a note to a person; the
    document's full citation of Olsen's *Salt Roads* says what it is."""
    found = read(
        [
            "Ruth K. Olsen, Salt Roads (Tromsø: Polar Press, 2004), 18.",
            "Olsen, Salt Roads.",
            "Olsen, Cranes.",  # no work of hers by that title: left as read
        ]
    )
    (short,) = found[1]
    assert short.fields == {"author": "Olsen", "title": "Salt Roads"}
    assert all(c.fields.get("title") != "Cranes" or "author" not in c.fields for c in found[2])


def test_a_title_with_and_before_its_imprint_is_no_second_author() -> None:
    (cited,) = parse("R. T. Moss, Tides and Currents (Leeds: Northern Press, 1971), 56.")
    assert cited.fields["author"] == "Moss, R. T."
    assert cited.fields["title"] == "Tides and Currents"


def test_the_particle_a_belongs_to_the_family_name() -> None:
    (cited,) = parse("Jacobus à Horst, Commentaria in Psalmos (Antwerp: Plantin, 1620), 12.")
    assert cited.fields["author"] == "à Horst, Jacobus"


def test_a_comma_list_of_short_forms_of_listed_works_is_cut() -> None:
    """`see @a, @b, and @c for …` in shortened notes: the works are known from the
    bibliography (LISTED), the commas inside the quoted titles cut nothing."""
    text = (
        "See Lund and Berg, “Harbour Dues, Tolls, and Fees”, Olivera, “Ferries and Fords”, and "
        "Kovář, *River Trade* for discussions of this."
    )
    listed = [
        {"author": "Lund, Per and Berg, Ola", "title": "Harbour Dues, Tolls, and Fees"},
        {"author": "Olivera, Marta", "title": "Ferries and Fords"},
        {"author": "Kovář, Anna", "title": "River Trade"},
    ]
    (found,) = read([text], listed)
    assert [c.text for c in found] == [
        "Lund and Berg, “Harbour Dues, Tolls, and Fees”",
        "Olivera, “Ferries and Fords”",
        "Kovář, *River Trade*",  # "for discussions of this": commentary after the title
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“Harbours with Hinterlands: A Study of the Salt Trade.”", True, id="with-of"),
        pytest.param("“Peace Through Trade or Free Trade?”", True, id="or"),
        pytest.param("*Tolls Versus Fees as Means of Policy*", True, id="as"),
        pytest.param("“He went down to the harbour with Mary.”", False, id="sentence"),
        pytest.param("See the harbour records.", False, id="no-title-marks"),
    ],
)
def test_a_bare_title_in_title_case_keeps_its_small_words_low(text: str, expected: bool) -> None:
    assert title_only(text) is expected


def test_a_short_form_may_drop_the_particle_of_a_known_family_name() -> None:
    found = read(
        [
            "Jacobus à Horst, Commentaria in Psalmos (Antwerp: Plantin, 1620), 12.",
            "Compare Horst, Commentaria in Psalmos, 14.",
        ]
    )
    (short,) = found[1]
    assert short.fields.get("title") == "Commentaria in Psalmos"


def test_a_note_that_is_only_a_known_title_is_read_in_plain_text() -> None:
    """Plain text loses the italics of "*Harbour Records of Riga*": the bare title in title
    case is a citation where the document lists that title, prose where it does not."""
    texts = [
        "Marta Olivera, Harbour Records of Riga (Basel: Schwabe, 2004), 12.",
        "Harbour Records of Riga.",
        "Harbour Trade in General.",
        "Olivera, Harbour Records.",
    ]  # the last: a short form that looks like a title
    found = read(texts)
    assert [len(cited) for cited in found] == [1, 1, 0, 1]
    assert found[1][0].fields["title"] == "Harbour Records of Riga"


def test_a_family_name_of_two_words_sends_the_note_to_the_second_reading() -> None:
    texts = ["Jan de Boer, European Harbours: 1500–1800 (Leiden: Brill, 1984), 3.",
             "These figures come from De Boer, European Harbours, appendix 1."]  # fmt: skip
    found = read(texts)
    assert [c.text for c in found[1]] == ["De Boer, European Harbours, appendix 1"]


def test_a_quoted_title_with_its_comma_then_a_periodical_is_an_unsigned_article() -> None:
    (found,) = parse('"Harbour Dues," *Shipping Gazette*, 1290–1291.')
    assert found.text == '"Harbour Dues," *Shipping Gazette*, 1290–1291'
    assert found.fields["title"] == "Harbour Dues"


def test_a_quotation_then_its_source_keeps_the_quotation_out() -> None:
    (found,) = parse("“Nothing is certain in the harbour.” Olivera, *Ferries*, 12.")
    assert found.text == "Olivera, *Ferries*, 12"
