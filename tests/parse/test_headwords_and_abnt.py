"""Reference works under a headword, ABNT notes, and commentary between join word and source.

Our own example notes, one habit a row (issue 10, tests/corpus14 and the real sets' "s.v."
citations): a row the parser gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse

FULL, SHORT, OP_CIT = Kind.FULL, Kind.SHORT, Kind.OP_CIT


HEADWORD_ROWS = [
    pytest.param(
        "Grimm, *Deutsches Wörterbuch*, s.v. “Heimat”.",
        "Grimm, *Deutsches Wörterbuch*, s.v. “Heimat”",
        {"title": "Deutsches Wörterbuch"},
        "s.v. “Heimat”",
        id="italic-work-then-quoted-headword",
    ),
    pytest.param(
        'Encyclopaedia Britannica Online, s.v. "Tea," accessed May 3, 2020, '
        "https://www.britannica.com/topic/tea.",
        'Encyclopaedia Britannica Online, s.v. "Tea," accessed May 3, 2020, '
        "https://www.britannica.com/topic/tea",
        {"title": "Encyclopaedia Britannica Online", "url": "https://www.britannica.com/topic/tea"},
        's.v. "Tea,"',
        id="plain-work-is-a-title-not-names",
    ),
    pytest.param(
        "Oxford English Dictionary, s.v. “tariff, n.”",
        "Oxford English Dictionary, s.v. “tariff, n.”",
        {"title": "Oxford English Dictionary"},
        "s.v. “tariff, n.”",
        id="no-imprint-still-a-full-citation",
    ),
    pytest.param(
        "Diccionario de historia de Venezuela, 2.ª ed., Caracas, Fundación Polar, 1997, "
        's.v. "Guzmán Blanco".',
        "Diccionario de historia de Venezuela, 2.ª ed., Caracas, Fundación Polar, 1997, "
        's.v. "Guzmán Blanco"',
        {"title": "Diccionario de historia de Venezuela", "edition": "2", "year": "1997"},
        's.v. "Guzmán Blanco"',
        id="plain-title-first-with-ordinal-edition",
    ),
]


@pytest.mark.parametrize(("note", "span", "fields", "locator"), HEADWORD_ROWS)
def test_headword_is_the_locator_of_a_full_citation(note, span, fields, locator):
    (citation,) = parse(note)
    assert (citation.text, citation.kind, citation.locator) == (span, FULL, locator)
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert "author" not in citation.fields or "Grimm" in citation.fields["author"]


ABNT_ROWS = [
    pytest.param(
        "FREITAS, Maria Clara de. Cartas da fronteira: o sertão em 1870. Recife: Massangana, "
        "2004. p. 12.",
        {"author": "Freitas, Maria Clara de", "title": "Cartas da fronteira: o sertão em 1870"},
        id="particle-after-four-given-words",
    ),
    pytest.param(
        "LIMA, Ana Paula R. S. A cidade e o porto: Santos, 1870-1930. Santos: Leopoldianum, "
        "1999. p. 8.",
        {"author": "Lima, Ana Paula R. S", "title": "A cidade e o porto: Santos, 1870-1930"},
        id="initials-then-a-one-letter-article",
    ),
    pytest.param(
        "NUNES, Rui. Os trapiches do Recife. Revista de História, São Paulo, n. 7, p. 41-60, 1988.",
        {"journal": "Revista de História", "number": "7", "pages": "41–60"},
        id="article-with-an-issue-and-no-volume",
    ),
    pytest.param(
        "PONTES, Lúcia. Portos do Império. Rio de Janeiro: Editora FGV; Recife: Massangana, "
        "2011. p. 30.",
        {"publisher": "Editora FGV", "year": "2011"},
        id="two-imprints-joined-by-a-semicolon",
    ),
]


@pytest.mark.parametrize(("note", "fields"), ABNT_ROWS)
def test_abnt_note_is_one_full_citation(note, fields):
    (citation,) = parse(note)
    assert citation.kind is FULL
    assert {k: citation.fields.get(k) for k in fields} == fields


SPLIT_ROWS = [
    pytest.param(
        "DIAS, Ana. Notas de viagem. Lisboa: Cotovia, 1990. p. 5 apud SOUSA, Rui. O mar e a "
        "terra. Porto: Afrontamento, 2001. p. 77.",
        [
            "DIAS, Ana. Notas de viagem. Lisboa: Cotovia, 1990. p. 5",
            "SOUSA, Rui. O mar e a terra. Porto: Afrontamento, 2001. p. 77",
        ],
        id="source-after-apud-opens-with-names-then-title",
    ),
    pytest.param(
        "Arquivo Público, Junta do Comércio, maço 12. Cf. PONTES, op. cit., p. 40.",
        ["Arquivo Público, Junta do Comércio, maço 12", "PONTES, op. cit., p. 40"],
        id="cf-after-a-number-opens-a-sentence",
    ),
    pytest.param(
        "Marta Ruiz, *Puertos*, 12; see also ibid., 30, and, for a later view, Peter Lund, "
        "*Harbour Towns* (London: Verso, 1981), 44.",
        [
            "Marta Ruiz, *Puertos*, 12",
            "ibid., 30",
            "Peter Lund, *Harbour Towns* (London: Verso, 1981), 44",
        ],
        id="join-word-comma-and-a-few-words-of-comment",
    ),
    pytest.param(
        "See, with some reserve, Lund, *Harbour Towns*, 50.",
        ["Lund, *Harbour Towns*, 50"],
        id="with-opens-prose-not-a-name",
    ),
    pytest.param(
        "Ana Ruiz, La ciudad y el río en Colombia. Honda, Mompox y Barranquilla, Bogotá, "
        "Planeta, 2001, p. 4.",
        [
            "Ana Ruiz, La ciudad y el río en Colombia. Honda, Mompox y Barranquilla, Bogotá, "
            "Planeta, 2001, p. 4"
        ],
        id="subtitle-opening-with-one-word-and-a-comma",
    ),
    pytest.param(
        "Ibid.; Ada Orlam, *Harbour Towns of the North* (Lund: Ora Press, 2001), 12.",
        ["Ibid.", "Ada Orlam, *Harbour Towns of the North* (Lund: Ora Press, 2001), 12"],
        id="ibid-then-a-full-citation-is-no-reference-entry",
    ),
]


@pytest.mark.parametrize(("note", "expected"), SPLIT_ROWS)
def test_note_is_cut_where_sources_part(note, expected):
    assert [c.text for c in parse(note)] == expected


def test_ibid_before_a_headword_is_the_work_cited_before():
    first, second = parse(
        '*Lexicon of Harbours*, 2nd ed. (Lund: Ora Press, 1989), s.v. "quay"; see also ibid., '
        's.v. "mole".'
    )
    assert first.kind is Kind.FULL
    assert (second.text, second.kind) == ('ibid., s.v. "mole"', Kind.IBID)


def test_italic_title_before_op_cit_is_a_title():
    (citation,) = parse("*Cartas da fronteira*, *op. cit.*, p. 9.")
    assert citation.fields.get("title") == "Cartas da fronteira"
    assert "author" not in citation.fields


def test_labelled_link_after_a_semicolon_stays_with_its_citation():
    (citation,) = parse(
        "Diário de Pernambuco, Recife, 3 jan. 1880, p. 2; Disponível em: http://memoria.bn.br/. "
        "Acesso em: 4 mar. 2022."
    )
    assert citation.fields.get("url") == "http://memoria.bn.br/"
    assert citation.fields.get("urldate") == "2022-03-04"


def test_ders_after_in_is_the_container_of_the_citation_before():
    (citation,) = parse(
        "Dazu Karl Roth, Die Zölle am Rhein, in: Ders., *Handel und Wandel. Aufsätze*, "
        "Köln: Böhlau 1990, S. 10–30."
    )
    assert citation.entry_type == "incollection"
    assert citation.fields.get("booktitle") == "Handel und Wandel: Aufsätze"
