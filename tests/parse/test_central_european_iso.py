"""ISO 690 and legal citation in Czech, Slovak and Romanian: how two citations are joined in
one note, and the divisions a law or a judgment is cited by.

Our own example notes (bibliographic facts only; issue 10, the generated CSL styles pravnik,
pravny-obzor, iso690-full-note-with-ibid-ro): a row the parser gets wrong fails.
"""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


def spans(text: str) -> list[str]:
    return [c.text for c in parse(text)]


JOIN_ROWS = [
    pytest.param(
        "NOVÁK, Jan. *Mlýny na Vltavě*, s. 40 a HORÁK, Petr. *Brody a přívozy*, s. 12.",
        ["NOVÁK, Jan. *Mlýny na Vltavě*, s. 40", "HORÁK, Petr. *Brody a přívozy*, s. 12"],
        id="czech-a-between-short-forms",
    ),
    pytest.param(
        "Pozri KOVÁČ, P.: *Mosty cez Dunaj*, s. 7 a *Kúria v Pešti*, par. 18.",
        ["KOVÁČ, P.: *Mosty cez Dunaj*, s. 7", "*Kúria v Pešti*, par. 18"],
        id="slovak-a-before-a-case",
    ),
    pytest.param(
        "POPESCU, Ion, *Op. cit.*, p. 9 și IONESCU, Maria, *Op. cit.*, cap. 2.",
        ["POPESCU, Ion, *Op. cit.*, p. 9", "IONESCU, Maria, *Op. cit.*, cap. 2"],
        id="romanian-si-between-op-cits",
    ),
    pytest.param(
        "SMITH, John. *Mills*, p. 12 and JONES, Anne. *Fords*, p. 40.",
        ["SMITH, John. *Mills*, p. 12", "JONES, Anne. *Fords*, p. 40"],
        id="names-after-the-join-then-the-title-sentence",
    ),
    pytest.param(
        "HORÁK, Petr. ‚Crossing' a River in Bohemia. *Vltava*. 2001, roč. 3, s. 5.",
        ["HORÁK, Petr. ‚Crossing' a River in Bohemia. *Vltava*. 2001, roč. 3, s. 5"],
        id="a-after-a-closing-quote-is-the-titles-article",
    ),
]


@pytest.mark.parametrize(("note", "expected"), JOIN_ROWS)
def test_join_words_of_czech_slovak_and_romanian(note: str, expected: list[str]) -> None:
    assert spans(note) == expected


DIVISION_ROWS = [
    pytest.param(
        "K tomu *Convention on the Danube*, sek. 12.",
        "*Convention on the Danube*, sek. 12",
        "sek. 12",
        id="slovak-section",
    ),
    pytest.param(
        "Viz též *Novák v Horák*, odst. 31.", "*Novák v Horák*, odst. 31", "odst. 31", id="czech"
    ),
    pytest.param("*Kúria v Pešti*, par. 18.", "*Kúria v Pešti*, par. 18", "par. 18", id="slovak"),
    pytest.param(
        "Srov. *Mlýny na Vltavě*, kap. 4.", "*Mlýny na Vltavě*, kap. 4", "kap. 4", id="chapter"
    ),
]


@pytest.mark.parametrize(("note", "span", "locator"), DIVISION_ROWS)
def test_a_title_alone_with_a_division_is_cited(note: str, span: str, locator: str) -> None:
    (citation,) = parse(note)
    assert (citation.text, citation.locator) == (span, locator)


LOCATOR_ROWS = [
    pytest.param(
        "POPESCU, Ion. *Morile de pe Olt* [on-line]. București : Editura Academiei, 2017, p. 29. "
        "Disponibil la: https://example.org/mori.",
        "p. 29",
        id="romanian-link-label-after-the-pinpoint",
    ),
    pytest.param(
        "POPESCU, Ion. *Morile de pe Olt*. București : Editura Academiei, 2017, p. 204. "
        "(Studii de istorie, 5).",
        "p. 204",
        id="iso-series-in-brackets-after-the-pinpoint",
    ),
    pytest.param(
        "POPESCU, Ion. *Morile de pe Olt*. București : Editura Academiei, 2017, p. 91. (SIO).",
        "p. 91",
        id="iso-series-an-acronym",
    ),
]


@pytest.mark.parametrize(("note", "locator"), LOCATOR_ROWS)
def test_what_follows_an_iso_pinpoint_is_no_part_of_it(note: str, locator: str) -> None:
    (citation,) = parse(note)
    assert citation.locator == locator


START_ROWS = [
    pytest.param(
        "Pentru o altă lectură, vezi POPESCU, Ion, *Op. cit.*, p. 34.",
        "POPESCU, Ion, *Op. cit.*, p. 34",
        id="romanian-names-before-op-cit-after-prose",
    ),
    pytest.param(
        "Pentru context, vezi POPESCU, Ion și IONESCU, Maria, *Op. cit.*.",
        "POPESCU, Ion și IONESCU, Maria, *Op. cit.*",
        id="two-names-joined-by-si-before-op-cit",
    ),
    pytest.param(
        "K súvislostiam pozri KOVÁČ, P.: *Mosty cez Dunaj*, s. 73.",
        "KOVÁČ, P.: *Mosty cez Dunaj*, s. 73",
        id="slovak-pozri-inside-commentary",
    ),
]


@pytest.mark.parametrize(("note", "span"), START_ROWS)
def test_iso_names_after_commentary_open_the_citation(note: str, span: str) -> None:
    (citation,) = parse(note)
    assert citation.text == span


def test_romanian_si_joins_a_list_of_authors() -> None:
    (citation,) = parse(
        "POPESCU, Ion și IONESCU, Maria. *Morile de pe Olt*. București : Editura Academiei, "
        "2017, p. 5."
    )
    assert citation.fields["author"] == "Popescu, Ion and Ionescu, Maria"


def test_slovak_names_closed_by_a_colon_after_initials() -> None:
    (citation,) = parse(
        "KOVÁČ, P. J., HORVÁTH, M.: Mosty cez Dunaj. V *Historický časopis*. roč. 12, č. 3, "
        "2005, s. 57–60, s. 58."
    )
    assert citation.fields["author"] == "Kováč, P. J and Horváth, M"
    assert citation.fields["title"] == "Mosty cez Dunaj"


TITLE_RUN_ROWS = [
    pytest.param(
        "HORÁK, Petr. Mills of the Vltava. Fords and Ferries in Bohemia, s. 90.",
        ["HORÁK, Petr. Mills of the Vltava. Fords and Ferries in Bohemia, s. 90"],
        id="short-form-title-of-two-sentences",
    ),
    pytest.param(
        "POPESCU, Ion. Morile de pe Olt. Un studiu de caz. În: IONESCU, Maria (ed.), "
        "*Râuri*. București : Editura Academiei, 2017, p. 39.",
        [
            "POPESCU, Ion. Morile de pe Olt. Un studiu de caz. În: IONESCU, Maria (ed.), "
            "*Râuri*. București : Editura Academiei, 2017, p. 39"
        ],
        id="chapter-title-of-two-sentences-before-the-container-word",
    ),
    pytest.param(
        "DVOŘÁK, Jan. Mlýny na Vltavě. HORÁK, Petr. Brody, s. 4.",
        ["DVOŘÁK, Jan. Mlýny na Vltavě", "HORÁK, Petr. Brody, s. 4"],
        id="new-names-in-capitals-open-a-new-citation",
    ),
]


@pytest.mark.parametrize(("note", "expected"), TITLE_RUN_ROWS)
def test_an_iso_plain_title_runs_on_to_its_container_or_pinpoint(
    note: str, expected: list[str]
) -> None:
    assert spans(note) == expected
