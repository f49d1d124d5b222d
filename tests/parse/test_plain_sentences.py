"""Plain text, where no italics mark a title: the sentences of one citation kept together and
its parts found by their punctuation and order (titles with full stops of their own, the book
a part is in, Polish "[w:]", editors listed with dashes).

Our own example notes: invented authors, titles, places and publishers.
"""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param(
            "M. ROSSI, Porti del sud. Una storia dei fari, in Mari e coste. Studi di storia "
            "navale, a cura di L. BIANCHI - P. VERDI, Genova, Marea, 2018, p. 12.",
            [
                "M. ROSSI, Porti del sud. Una storia dei fari, in Mari e coste. Studi di storia "
                "navale, a cura di L. BIANCHI - P. VERDI, Genova, Marea, 2018, p. 12"
            ],
            id="a-plain-title-and-book-of-two-sentences",
        ),
        pytest.param(
            "Sul tema G. NERI, Le rotte, in «Rivista navale», XL (2019), p. 3 e M. ROSSI, "
            "Porti del sud, in Mari e coste. Studi di storia navale, a cura di P. VERDI, "
            "Genova, Marea, 2018, p. 12.",
            [
                "G. NERI, Le rotte, in «Rivista navale», XL (2019), p. 3",
                "M. ROSSI, Porti del sud, in Mari e coste. Studi di storia navale, a cura di "
                "P. VERDI, Genova, Marea, 2018, p. 12",
            ],
            id="the-books-sentence-after-a-joined-citation",
        ),
        pytest.param(
            "Tamże oraz P. Nowak, Latarnie, [w:] Morze i brzeg. Nowe studia, red. J. Lis, "
            "Droz, 2017 oraz S. Roca, Faros, „Mar” 2019, t. 19, s. 34.",
            [
                "Tamże",
                "P. Nowak, Latarnie, [w:] Morze i brzeg. Nowe studia, red. J. Lis, Droz, 2017",
                "S. Roca, Faros, „Mar” 2019, t. 19, s. 34",
            ],
            id="polish-bracketed-in-before-the-books-sentence",
        ),
        pytest.param(
            "Como muestra Ibid., p. 3; Ana Ruiz. Costas del sur. Pedro Gil y los faros del "
            "norte. Ediciones del Mar. Vigo. 2017, véase p. 15.",
            [
                "Ibid., p. 3",
                "Ana Ruiz. Costas del sur. Pedro Gil y los faros del norte. Ediciones del Mar. "
                "Vigo. 2017, véase p. 15",
            ],
            id="enah-a-title-sentence-opening-with-a-name",
        ),
        pytest.param(
            "Ana Ruiz. Faros y puertos, en Mares. Una historia del norte, Eva Gil et al. "
            "(eds.). Ayuntamiento de Vigo. Vigo. 2019: 17–32, véase p. 21.",
            [
                "Ana Ruiz. Faros y puertos, en Mares. Una historia del norte, Eva Gil et al. "
                "(eds.). Ayuntamiento de Vigo. Vigo. 2019: 17–32, véase p. 21"
            ],
            id="enah-the-books-sentences-before-the-imprint",
        ),
    ],
)
def test_sentences_of_one_plain_citation(note: str, texts: list[str]) -> None:
    assert [c.text for c in parse(note)] == texts


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "A. Nowak, Porty północy [w:] K. Lis (red.), Historia latarni, Gdańsk 2019, s. 12.",
            {"title": "Porty północy", "booktitle": "Historia latarni", "editor": "Lis, K."},
            id="polish-bracketed-in",
        ),
        pytest.param(
            "S. Lis, Latarnie, [w:] Mers et côtes : le savoir des marins, red. F. Roux, "
            "Paris 2019, s. 4.",
            {"title": "Latarnie", "booktitle": "Mers et côtes : le savoir des marins"},
            id="a-spaced-colon-is-a-subtitle-not-names",
        ),
        pytest.param(
            "M. ROSSI, Porti del sud. Una storia dei fari, in Mari e coste. Studi di storia "
            "navale, a cura di L. BIANCHI - P. VERDI, Genova, Marea, 2018, p. 12.",
            {
                "title": "Porti del sud: Una storia dei fari",
                "booktitle": "Mari e coste: Studi di storia navale",
                "editor": "Bianchi, L. and Verdi, P.",
            },
            id="italian-part-in-a-book",
        ),
    ],
)
def test_fields_of_plain_parts(note: str, expected: dict[str, str]) -> None:
    (citation,) = parse(note)
    assert citation.entry_type == "incollection"
    assert {k: citation.fields.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("note", "entry_type", "expected"),
    [
        pytest.param(
            "Ana Ruiz. Costas del sur. Una historia. Ediciones Marinas. Vigo. 2017, véase p. 15.",
            "book",
            {"title": "Costas del sur: Una historia", "publisher": "Ediciones Marinas"},
            id="enah-book",
        ),
        pytest.param(
            "Ana Ruiz. Faros y puertos, en Mares del norte, tomo II, Eva Gil (ed.). Ediciones "
            "del Mar. Vigo. 2019: 17–32, véase p. 21.",
            "incollection",
            {"title": "Faros y puertos", "booktitle": "Mares del norte, tomo II"},
            id="enah-part-in-a-book",
        ),
        pytest.param(
            "Ana Ruiz. Faros y puertos. Revista Náutica, 12. 2018: 26–35, véase p. 27.",
            "article",
            {"title": "Faros y puertos", "journal": "Revista Náutica"},
            id="enah-article",
        ),
        pytest.param(
            "RUIZ, A. Faros. En GIL, E., ROCA, M. eds. Mares del sur: una historia [en línea]. "
            "Vigo: Ediciones Marinas, 2017, p. 12.",
            "incollection",
            {
                "booktitle": "Mares del sur: una historia",
                "editor": "Gil, E. and Roca, M",
                "publisher": "Ediciones Marinas",
            },
            id="iso-690-editors-then-the-book",
        ),
    ],
)
def test_plain_sentence_styles(note: str, entry_type: str, expected: dict[str, str]) -> None:
    (citation,) = parse(note)
    assert citation.entry_type == entry_type
    assert {k: citation.fields.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param(
            "For the wider context, see Treaty on the Protection of Coastal Lights, 120 33 7.",
            ["Treaty on the Protection of Coastal Lights, 120 33 7"],
            id="a-plain-treaty-title-and-its-numbers",
        ),
        pytest.param(
            "As argued in Id.; see also Case of the Lighthouse at North Point, at 34.",
            ["Id.", "Case of the Lighthouse at North Point, at 34"],
            id="a-plain-title-and-at-pinpoint",
        ),
        pytest.param(
            "Compare Harbour Board v Keel [2004] 88 120, 121.",
            ["Harbour Board v Keel [2004] 88 120, 121"],
            id="a-plain-case-in-square-brackets",
        ),
        pytest.param(
            "Keel v Ferry (n 2) and Pilot v Mast (n 5) 226.",
            ["Keel v Ferry (n 2)", "Pilot v Mast (n 5) 226"],
            id="a-plain-case-opens-a-joined-note",
        ),
        pytest.param(
            "This is discussed in Council of Harbour Masters v UK, 10 269, 42 (1987).",
            ["Council of Harbour Masters v UK, 10 269, 42 (1987)"],
            id="prose-before-a-case-is-no-part-of-it",
        ),
    ],
)
def test_legal_sources_in_plain_text(note: str, texts: list[str]) -> None:
    assert [c.text for c in parse(note)] == texts


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param(
            "ROCA, Marta. Faros; иначе: GIL, E. Puertos. Revista Náutica. 2009, с. 294.",
            ["ROCA, Marta. Faros", "GIL, E. Puertos. Revista Náutica. 2009, с. 294"],
            id="iso-short-form-of-one-word",
        ),
        pytest.param(
            "ROCA, Marta и Eva GIL. Faros. Тот же материал используется в другом месте.",
            ["ROCA, Marta и Eva GIL. Faros"],
            id="iso-short-form-then-prose",
        ),
    ],
)
def test_iso_short_forms_in_plain_text(note: str, texts: list[str]) -> None:
    assert [c.text for c in parse(note)] == texts


def test_iso_book_title_before_its_place() -> None:
    (citation,) = parse("ROCA, M. y E. GIL. Faros del norte. Vigo: Ediciones Marinas, 2009, p. 3.")
    assert citation.fields.get("title") == "Faros del norte"
    assert citation.fields.get("address") == "Vigo"


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param("Roca ed., Faros del sur, 248.", ["Roca ed., Faros del sur, 248"], id="alone"),
        pytest.param(
            "Zoals betoogd in Roca ed., Faros del sur, 9.",
            ["Roca ed., Faros del sur, 9"],
            id="after-prose",
        ),
    ],
)
def test_an_editors_short_form(note: str, texts: list[str]) -> None:
    assert [c.text for c in parse(note)] == texts


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param(
            "Véase también ROCA, J. Luz y sombra. Pedro Gil y los espacios de la costa en "
            "México. Saragosse: Prensas de la Universidad de Vigo, 2020, p. 5.",
            [
                "ROCA, J. Luz y sombra. Pedro Gil y los espacios de la costa en México. "
                "Saragosse: Prensas de la Universidad de Vigo, 2020, p. 5"
            ],
            id="iso-title-sentences-before-place-and-publisher",
        ),
        pytest.param(
            "GIL, Faros, p. 324 y ROCA, J.-P. Puertos del norte. Vigo: Ediciones Marinas, 2020.",
            ["GIL, Faros, p. 324", "ROCA, J.-P. Puertos del norte. Vigo: Ediciones Marinas, 2020"],
            id="hyphenated-initials-end-no-sentence",
        ),
    ],
)
def test_iso_books_in_plain_text(note: str, texts: list[str]) -> None:
    assert [c.text for c in parse(note)] == texts


@pytest.mark.parametrize(
    ("note", "entry_type", "expected"),
    [
        pytest.param(
            "A Keel, Lights Out at the Pier, THE HARBOUR TIMES, Jan. 28, 1911, at 12.",
            "article",
            {"title": "Lights Out at the Pier", "journal": "The Harbour Times", "pages": "12"},
            id="bluebook-newspaper-in-small-capitals",
        ),
        pytest.param(
            "Ana Roca, Faros del Norte, 17 in SEAS AND COASTS: NEW STUDIES 193, 203–210 "
            "(Eva Gil & Pedro Mar eds., 2019).",
            "incollection",
            {"title": "Faros del Norte", "booktitle": "Seas and Coasts: New Studies"},
            id="bluebook-chapter-in-small-capitals",
        ),
    ],
)
def test_bluebook_containers_in_small_capitals(
    note: str, entry_type: str, expected: dict[str, str]
) -> None:
    (citation,) = parse(note)
    assert citation.entry_type == entry_type
    assert {k: citation.fields.get(k) for k in expected} == expected
