"""Citations whose titles hold full stops, reviews, "et al." of other languages, small
capitals, cut where they should not be: the predicates the splitter asks.

Our own example notes: invented authors, titles, places and periodicals.
"""

from __future__ import annotations

import pytest

from citekit.parse import cues, insentences, namecues, reviews
from citekit.parse.known import learn
from citekit.parse.shortforms import is_bare_citation

REVIEW = "Ana Ruiz. Compte rendu. Luis Mora, *La sal del norte*, Bilbao, Arco, 2019"


@pytest.mark.parametrize(
    ("prev", "cur", "rest", "runs_on"),
    [
        pytest.param(
            "Ana Ruiz. Compte rendu",
            "Luis Mora, *La sal*, Bilbao, Arco, 2019",
            "Luis Mora, *La sal*, Bilbao, Arco, 2019. *El Faro*, 3 de mayo. 2020: 6",
            True,
            id="the-reviewed-work-follows-the-review-word",
        ),
        pytest.param(
            REVIEW,
            "*El Faro*, 3 de mayo",
            "*El Faro*, 3 de mayo. 2020: 6, p. 4",
            True,
            id="then-the-periodical",
        ),
        pytest.param(
            f"{REVIEW}. *El Faro*, 3 de mayo",
            "2020: 6, p. 4",
            "2020: 6, p. 4",
            True,
            id="then-the-periodical's-year",
        ),
        pytest.param(
            f"{REVIEW}. *El Faro*, 3 de mayo. 2020: 6, p. 4",
            "Luis Mora (ed.)",
            "Luis Mora (ed.). *Costas*. Arco. 2017",
            False,
            id="closed-by-its-pinpoint",
        ),
        pytest.param(
            REVIEW,
            "Otra cosa",
            "Otra cosa. Luis Mora, *Costas*. Arco. 2017",
            False,
            id="no-periodical-ahead",
        ),
        pytest.param(
            f"{REVIEW}, art. cit., p. 20",
            "Otra",
            "Otra. *El Faro*, 12. 2019",
            False,
            id="a-short-form-ends-it",
        ),
        pytest.param(
            REVIEW.replace("*", ""),
            "El Faro, 3 de mayo",
            "El Faro, 3 de mayo. 2020: 6",
            True,
            id="a-plain-periodical-in-plain-text",
        ),
        pytest.param(
            "Ana Ruiz. Review of Economic Letters",
            "Otra",
            "Otra. *El Faro*, 1. 2001",
            False,
            id="a-journal-named-review-is-no-review-word",
        ),
    ],
)
def test_review_runs_on(prev, cur, rest, runs_on) -> None:
    assert reviews.runs_on(prev, cur, rest) is runs_on


def test_a_review_of_several_books_is_one_citation() -> None:
    text = (
        "Ana Ruiz. Comptes rendus. Luis Mora, *La sal*, Bilbao, Arco, 2019 ; Eva Gil, *Redes*, "
        "Vigo, Mar, 2018, et Juan Paz, *Faros*, Cádiz, Sur, 2017. *El Faro*, 8 de julio. 2020: 5"
    )
    assert reviews.review_word_at(text) == text.index("Comptes")
    assert reviews.review_word_at("Luis Mora, *La sal*, Bilbao, Arco, 2019 et Eva Gil") is None
    assert reviews.review_word_at(f"{REVIEW}, art. cit., p. 20") == REVIEW.index("Compte")


def test_a_known_title_goes_on_after_its_full_stop() -> None:
    known = learn([{"author": "Roca, Marta", "title": "Puertos del sur. Una historia"}])
    assert known.title_goes_on("ROCA, Puertos del sur", "Una historia, p. 4")
    assert known.title_goes_on("*Roca*: Puertos del sur", "Una historia, S. 4")
    assert not known.title_goes_on("ROCA, Puertos del sur", "Otra historia, p. 4")
    assert not known.title_goes_on("ROCA, Puertos del sur, p. 3", "una historia")


@pytest.mark.parametrize(
    ("cur", "rest", "expected"),
    [
        (
            "Zweiter Satz des Titels, in: *Lenz, Eva* (Hgg.): Häfen",
            "Zweiter Satz des Titels, in: *Lenz, Eva* (Hgg.): Häfen. Band I, Kiel 2019, S. 3",
            True,
        ),
        (
            "Lenz, Eva: Häfen, in: *Kai, Udo* (Hgg.): Meer",
            "Lenz, Eva: Häfen, in: *Kai, Udo* (Hgg.): Meer, Kiel 2019",
            False,
        ),
        (
            "Zweiter Satz, in: *Lenz, Eva* (Hgg.): Häfen",
            "Zweiter Satz, in: … Häfen; Kiel 2019",
            False,
        ),
    ],
    ids=["subtitle-then-in", "an-author-opens-a-new-source", "no-date-before-the-semicolon"],
)
def test_subtitle_before_in(cur, rest, expected) -> None:
    assert insentences.subtitle_before_in(cur, rest) is expected


def test_the_container_title_goes_on_to_its_date() -> None:
    prev = "Lenz, Eva: Häfen. Zweiter Satz, in: *Kai, Udo* (Hgg.): Meer"
    assert insentences.container_goes_on(prev, "Küsten im Norden", "Küsten im Norden. Kiel 2019")
    assert not insentences.container_goes_on(f"{prev}, Kiel 2019", "Weiter", "Weiter. Kiel 2020")
    assert not insentences.container_goes_on(prev, "Vgl. dazu", "Vgl. dazu Kiel 2019")


def test_the_container_title_goes_on_to_a_closing_page() -> None:
    """German law notes cite a part in its book with no date; the page closes it."""
    prev = "Maier, in: Kunz/Lang, Brücken und Fähren im Mittelalter"
    rest = "Ein Überblick, S. 41 (47)"
    assert insentences.container_goes_on(prev, rest, rest)
    assert insentences.container_goes_on(prev, "Ein Überblick, S. 41", "Ein Überblick, S. 41.")
    assert not insentences.container_goes_on(prev, "Ein Überblick", "Ein Überblick; Roth, S. 4")
    assert not insentences.container_goes_on(prev, "Vgl. Roth, S. 4", "Vgl. Roth, S. 4")


def test_a_plain_book_title_goes_on_to_its_imprint() -> None:
    """Plain text: the book's further sentences read as prose, then its imprint."""
    prev = "Ana Ruiz, “Los puertos”, en Mares y costas. Actas"
    cur = "Una mirada sobre los puertos del norte"
    rest = f"{cur}. Homenaje a J. L. Gil. Ediciones del Faro, Madrid, 2019, p. 12."
    assert insentences.container_goes_on(prev, cur, rest)
    assert not insentences.container_goes_on(prev, cur, f"{cur}. Ruiz, Las costas, 2019.")
    assert not insentences.container_goes_on(prev, "Véase Ruiz", "Véase Ruiz. Faro, Madrid, 2019")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("R. W. Lenz i in., Porty północy, Gdańsk 2001", 5),
        ("E. Kai u. a., Häfen im Norden", 4),
        ("Kai u. a. (hg. von): Häfen im Norden", 5),
        ("E. Kai et al., Harbours", 4),
        ("EVA LENZ & UDO KAI, HARBOURS OF THE NORTH 3 (2001)", 5),
    ],
)
def test_name_groups_closed_by_et_al_or_joined_by_ampersand(text, count) -> None:
    assert namecues.leading_name_tokens(text) == count


def test_an_editor_mark_after_a_title_is_no_prose() -> None:
    assert not cues.is_commentary("The Atlas of Harbours, red. E. Kai, U. Lenz, t. 2, Gdańsk 1987")


@pytest.mark.parametrize(
    "text",
    ["*Convention on Harbours and Lighthouses*, 213 221 58", "*Lenz v Harbour Board*"],
)
def test_titles_with_a_law_reviews_numbers_or_case_parties_alone(text) -> None:
    assert is_bare_citation(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("RUIZ, Compte rendu. Luis Mora, *La sal*, Bilbao, Arco, 2019, p. 3", True),
        ("RUIZ, A. Compte rendu. L. Mora, *La sal*, Bilbao, 2019. En *El Faro*. 2020, p. 3", False),
        ("A. Ruiz, Compte rendu. L. Mora, La sal, Bilbao 2019, „El Faro” t. 7 (2020), s. 3", False),
    ],
    ids=["the-reviewed-books-imprint-only", "its-periodical-in-italics", "its-periodical-quoted"],
)
def test_a_review_without_its_periodical_is_a_short_form(text, short) -> None:
    assert reviews.short_review(text) is short


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("University of Harbour Studies Press, The Harbour Manual, 12", 5),
        ("Faculty of Law, University of Kiel, HARBOURS: A Guide 5 (2010)", 3),
        ("Lighthouse Team, Lamps: A Survey, 2020", 2),
        ("General Records of the Department of Harbours, National Archives", 0),
    ],
    ids=["university-press", "faculty", "team", "an-archival-files-name-is-no-body"],
)
def test_a_body_opens_a_citation_as_its_author(text, count) -> None:
    assert namecues.leading_name_tokens(text) == count


def test_a_title_cut_short_by_an_ellipsis_is_a_short_form() -> None:
    from citekit.model import Kind
    from citekit.parse.classify import classify
    from citekit.parse.context import Context

    assert classify("J. Lenz, Porty i latarnie (Gdańsk, 1593)..., s. 149", Context()) is Kind.SHORT
    assert classify("J. Lenz, Porty i latarnie, Gdańsk 1993, s. 149", Context()) is Kind.FULL


def test_por_takze_is_one_lead_in() -> None:
    from citekit.parse.patterns import LEAD_IN_RE

    assert LEAD_IN_RE.match("Por. także J. Lenz, Porty..., s. 4").group().strip() == "Por. także"


def test_a_reviews_short_form_names_the_reviewer_and_the_review() -> None:
    text = "Ana Ruiz. Compte rendu. Luis Mora, *La sal*, 2019, art. cit., p. 4"
    fields = reviews.short_fields(text)
    assert fields == {"author": "Ana Ruiz", "title": "Compte rendu. Luis Mora, *La sal*"}
