"""Titles, authors and editors of full citations in national styles: a roman subtitle after an
italic title, a same-author word as a sentence of its own, the ABNT article, editor phrases.

Our own example notes, one habit a row (tests/corpus29 and the ABNT notes of corpus25–28): a
row the parser gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, inherit_authors, parse_note
from tests.parse.notes import parse


def _fields(citation: Citation, *names: str) -> dict[str, str | None]:
    return {name: citation.fields.get(name) for name in names}


SUBTITLE_ROWS = [
    pytest.param(
        "FREYRE, Gilberto. *Casa-grande & senzala*: formação da família brasileira sob o regime "
        "da economia patriarcal. Rio de Janeiro: Maia & Schmidt, 1933. p. 45.",
        "Casa-grande & senzala: formação da família brasileira sob o regime da economia patriarcal",
        id="abnt-subtitle-to-its-full-stop",
    ),
    pytest.param(
        "HOLANDA, Sérgio Buarque de. *Visão do paraíso*: os motivos edênicos no descobrimento e "
        "colonização do Brasil, 1500-1700. 2. ed. São Paulo: Nacional, 1969.",
        "Visão do paraíso: os motivos edênicos no descobrimento e colonização do Brasil, 1500-1700",
        id="abnt-subtitle-holding-commas-and-years",
    ),
    pytest.param(
        "PRADO JÚNIOR, Caio. *Formação do Brasil contemporâneo*: colônia. São Paulo: "
        "Brasiliense, 1942.",
        "Formação do Brasil contemporâneo: colônia",
        id="abnt-one-word-subtitle",
    ),
    pytest.param(
        "Mary Douglas, *Purity and Danger*: An Analysis of Concepts of Pollution and Taboo. "
        "London: Routledge, 1966, 12.",
        "Purity and Danger: An Analysis of Concepts of Pollution and Taboo",
        id="hand-italicised-main-title-only",
    ),
    pytest.param(
        "FAORO, Raymundo. *Os donos do poder*: formação do patronato político brasileiro. "
        "Porto Alegre: Globo, 1958.",
        "Os donos do poder: formação do patronato político brasileiro",
        id="abnt-subtitle-before-a-two-word-place",
    ),
]


@pytest.mark.parametrize(("text", "title"), SUBTITLE_ROWS)
def test_a_roman_subtitle_after_an_italic_title_is_part_of_it(text: str, title: str) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.fields["title"] == title
    assert citation.fields.get("year")


NO_SUBTITLE_ROWS = [
    pytest.param(
        "SILVA, João. *Memórias*: Rio de Janeiro: Garnier, 1901.", "Memórias", id="imprint"
    ),
    pytest.param("*Le Monde*: 12 mars 1990, p. 3.", "Le Monde", id="a-date-after-the-colon"),
]


@pytest.mark.parametrize(("text", "title"), NO_SUBTITLE_ROWS)
def test_what_follows_the_colon_may_be_no_subtitle(text: str, title: str) -> None:
    assert all(c.fields.get("title", title) == title for c in parse(text))


def _document(*texts: str) -> tuple[Citation, ...]:
    context = build_context(texts)
    citations = [
        c
        for number, text in enumerate(texts, start=1)
        for c in parse_note(Note(number, text, Span(0, 0, number)), context)
    ]
    return inherit_authors(tuple(citations))


FIRST = "CUNHA, Euclides da. *Os sertões*: campanha de Canudos. Rio de Janeiro: Laemmert, 1902."


@pytest.mark.parametrize(
    ("repeat", "entry_type", "title"),
    [
        pytest.param(
            "Idem. *Contrastes e confrontos*. Porto: Chardron, 1907. p. 12.",
            "book",
            "Contrastes e confrontos",
            id="idem-then-a-book",
        ),
        pytest.param(
            "Idem. A nossa Vendéia. *O Estado de S. Paulo*, São Paulo, 14 mar. 1897, p. 1.",
            "article",
            "A nossa Vendéia",
            id="idem-then-a-newspaper-article",
        ),
        pytest.param(
            "Id. *Peru versus Bolívia*. Rio de Janeiro: Jornal do Commercio, 1907.",
            "book",
            "Peru versus Bolívia",
            id="id-then-a-book",
        ),
    ],
)
def test_a_same_author_sentence_opens_a_new_full_citation(
    repeat: str, entry_type: str, title: str
) -> None:
    first, again = _document(FIRST, repeat)
    assert (again.kind, again.entry_type) == (Kind.FULL, entry_type)
    assert _fields(again, "author", "title") == {"author": "Cunha, Euclides da", "title": title}


@pytest.mark.parametrize(
    "repeat",
    [
        pytest.param("Idem, p. 45.", id="idem-with-a-page"),
        pytest.param("Idem. P. 45.", id="idem-then-a-page-sentence"),
        pytest.param("Id. The letter arrived in May.", id="id-then-commentary"),
    ],
)
def test_a_same_author_word_without_a_work_stays_an_ibid(repeat: str) -> None:
    first, again, *_ = _document(FIRST, repeat)
    assert again.kind is Kind.IBID


ARTICLE_ROWS = [
    pytest.param(
        "HERMANN, Jacqueline. Canudos destruído em nome da República: uma reflexão sobre as "
        "causas políticas do massacre de 1897. *Tempo*, Niterói, v. 2, n. 3, p. 81-105, jun. "
        "1997.",
        {
            "author": "Hermann, Jacqueline",
            "title": "Canudos destruído em nome da República: uma reflexão sobre as causas "
            "políticas do massacre de 1897",
            "journal": "Tempo",
            "volume": "2",
            "number": "3",
            "year": "1997",
        },
        id="place-volume-issue-pages-month",
    ),
    pytest.param(
        "MATTOS, Hebe. A escravidão moderna nos quadros do Império português. *Revista "
        "Brasileira de História*, São Paulo, v. 21, n. 42, p. 77-99, 2001.",
        {
            "author": "Mattos, Hebe",
            "title": "A escravidão moderna nos quadros do Império português",
            "journal": "Revista Brasileira de História",
            "volume": "21",
            "number": "42",
            "year": "2001",
        },
        id="place-volume-issue-pages-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_ROWS)
def test_an_abnt_article_names_its_journal_after_its_title(
    text: str, expected: dict[str, str]
) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "article"
    assert _fields(citation, *expected) == expected


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        pytest.param(
            "Emanuel Ringelblum, Kronika getta warszawskiego: wrzesień 1939 – styczeń 1943, "
            "oprac. Artur Eisenbach, Warszawa: Czytelnik, 1983, s. 35–60.",
            "Eisenbach, Artur",
            id="polish-oprac",
        ),
        pytest.param(
            "CUNHA, Euclides da. *Diário de uma expedição*. Organização de Walnice Nogueira "
            "Galvão. São Paulo: Companhia das Letras, 2000. p. 43-47.",
            "Galvão, Walnice Nogueira",
            id="abnt-organizacao-de",
        ),
    ],
)
def test_editor_phrases_the_locales_lack(text: str, editor: str) -> None:
    (citation,) = parse(text)
    assert citation.fields.get("editor") == editor


POLISH_ROWS = [
    pytest.param(
        "Por. Samuel D. Kassow, Who Will Write Our History? Emanuel Ringelblum, the Warsaw "
        "Ghetto, and the Oyneg Shabes Archive, Bloomington: Indiana University Press, 2007, "
        "s. 145–172.",
        {
            "author": "Kassow, Samuel D.",
            "title": "Who Will Write Our History? Emanuel Ringelblum, the Warsaw Ghetto, and "
            "the Oyneg Shabes Archive",
            "address": "Bloomington",
        },
        id="question-title-then-a-name-and-small-words",
    ),
    pytest.param(
        "R. Sakowska, Ludzie z dzielnicy zamkniętej. Żydzi w Warszawie w okresie hitlerowskiej "
        "okupacji, październik 1939 – marzec 1943, Warszawa: PWN, 1975, s. 143–150.",
        {"year": "1975", "address": "Warszawa", "publisher": "PWN"},
        id="title-ending-in-a-span-of-months",
    ),
    pytest.param(
        "Barbara Engelking, Jacek Leociak, Getto warszawskie. Przewodnik po nieistniejącym "
        "mieście, Warszawa: Wydawnictwo IFiS PAN, 2001, s. 83–97.",
        {"author": "Engelking, Barbara and Leociak, Jacek", "year": "2001"},
        id="co-authors-joined-by-a-comma",
    ),
    pytest.param(
        "Mario Isnenghi, Giorgio Rochat, La grande guerra 1914-1918, Milano, Sansoni, 2000, p. 45.",
        {"author": "Isnenghi, Mario and Rochat, Giorgio", "title": "La grande guerra 1914-1918"},
        id="italian-co-authors-joined-by-a-comma",
    ),
    pytest.param(
        "Karl Marx, Das Kapital, Hamburg 1867, S. 4.",
        {"author": "Marx, Karl", "title": "Das Kapital"},
        id="a-capitalised-title-is-no-second-author",
    ),
    pytest.param(
        "Martha Mundy/Richard Saumarez Smith, Governing Property, Making the Modern State: Law, "
        "Administration and Production in Ottoman Syria, London 2007, S. 4.",
        {"author": "Mundy, Martha and Saumarez Smith, Richard"},
        id="an-english-title-in-title-case-is-no-third-author",
    ),
    pytest.param(
        "Archiwum Ringelbluma. Konspiracyjne Archiwum Getta Warszawy, t. 1: Listy o Zagładzie, "
        "oprac. Ruta Sakowska, Warszawa: Wydawnictwo Naukowe PWN, 1997, s. VII–XXV.",
        {
            "author": None,
            "editor": "Sakowska, Ruta",
            "title": "Listy o Zagładzie",
            "volume": "1",
            "year": "1997",
        },
        id="a-volume-of-a-source-series",
    ),
    pytest.param(
        "Monumenta Poloniae Historica, t. 3: Kroniki, wyd. August Bielowski, Lwów 1878, s. 5.",
        {"author": None, "title": "Kroniki", "series": "Monumenta Poloniae Historica"},
        id="a-volume-of-a-latin-named-series",
    ),
    pytest.param(
        "Polacy i Żydzi pod okupacją niemiecką 1939–1945. Studia i materiały, red. A. "
        "Żbikowski, Warszawa: Instytut Pamięci Narodowej, 2006.",
        {
            "title": "Polacy i Żydzi pod okupacją niemiecką 1939–1945. Studia i materiały",
            "editor": "Żbikowski, A.",
        },
        id="a-collection-title-in-two-sentences",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLISH_ROWS)
def test_polish_and_italian_comma_styles(text: str, expected: dict[str, str | None]) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert _fields(citation, *expected) == expected


def test_an_abnt_series_after_the_imprint() -> None:
    (citation,) = parse(
        "NOGUEIRA, Ataliba. *Antônio Conselheiro e Canudos*: revisão histórica. São Paulo: "
        "Companhia Editora Nacional, 1974. (Brasiliana, v. 355)."
    )
    assert _fields(citation, "series", "volume") == {"series": "Brasiliana", "volume": "355"}


def test_an_abnt_corporate_web_page_is_one_citation() -> None:
    (citation,) = parse(
        "BIBLIOTECA NACIONAL. *Hemeroteca Digital Brasileira*. Disponível em: "
        "<http://bndigital.bn.gov.br/hemeroteca-digital/>. Acesso em: 10 abr. 2024."
    )
    assert citation.text.startswith("BIBLIOTECA NACIONAL.")
    assert _fields(citation, "title", "urldate") == {
        "title": "Hemeroteca Digital Brasileira",
        "urldate": "2024-04-10",
    }


def test_id_as_the_book_author_is_the_chapter_author() -> None:
    (citation,) = parse(
        "Michele Barbi, «Nuovi problemi della critica dantesca», in Id., *Problemi di critica "
        "dantesca*, Firenze, Sansoni, 1941, pp. 1-40."
    )
    assert citation.fields["bookauthor"] == "Barbi, Michele"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ramer S. C. The Zemstvo and Public Health // The Zemstvo in Russia: An Experiment "
            "in Local Self-Government / ed. by T. Emmons, W. S. Vucinich. Cambridge: Cambridge "
            "University Press, 1982. P. 279–314.",
            {
                "booktitle": "The Zemstvo in Russia: An Experiment in Local Self-Government",
                "editor": "Emmons, T. and Vucinich, W. S.",
                "pages": "279–314",
            },
            id="english-statement-and-pages",
        ),
        pytest.param(
            "Иванов И. И. Статья // Сборник статей / под ред. А. С. Морозова. М.: Наука, 1978. "
            "С. 10–20.",
            {"booktitle": "Сборник статей", "editor": "Морозова, А. С."},
            id="russian-statement",
        ),
    ],
)
def test_gost_book_editors_after_the_slash(text: str, expected: dict[str, str]) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "incollection"
    assert _fields(citation, *expected) == expected
