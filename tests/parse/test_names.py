"""Author strings -> "Family, Given": one row per naming quirk, and idempotence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import lexicons
from citekit.parse.names import split_names, to_family_given

NAME_ROWS = [
    ("Sergey Radchenko", ["Radchenko, Sergey"]),
    ("Westad, Odd Arne", ["Westad, Odd Arne"]),
    ("A.M.Aleksandrov-Agentov", ["Aleksandrov-Agentov, A. M."]),
    ("G.V. Kireev", ["Kireev, G. V."]),
    ("Ludwig von Mises", ["von Mises, Ludwig"]),
    (
        "James Hershberg, Sergey Radchenko, Peter Vamos, and David Wolff",
        ["Hershberg, James", "Radchenko, Sergey", "Vamos, Peter", "Wolff, David"],
    ),
    ("Melvyn P. Leffler/Odd Arne Westad", ["Leffler, Melvyn P.", "Westad, Odd Arne"]),
    ("Hershberg, i.a.", ["Hershberg"]),
    ("Smith et al.", ["Smith"]),
    ("Zhihua Shen and Danhui Li, with forward of Chen Jian", ["Shen, Zhihua", "Li, Danhui"]),
    ("Niu Jun", ["Niu, Jun"]),
    ("Hans Müller und Peter Schmidt", ["Müller, Hans", "Schmidt, Peter"]),
    ("Bessen (James) et Meurer (Michael J.)", ["Bessen, James", "Meurer, Michael J."]),
    ("PASSA (Jérôme)", ["Passa, Jérôme"]),
    ("L. BIANCHI - P. VERDI - A. NERI", ["Bianchi, L.", "Verdi, P.", "Neri, A."]),
    ("M. Lodi - L. Serra-Neri", ["Lodi, M.", "Serra-Neri, L."]),
]
NAME_IDS = [
    "direct-order",
    "inverted",
    "glued-initials",
    "initials-then-family",
    "particle-von",
    "serial-comma-list",
    "slash-joined",
    "i.a.-dropped",
    "et-al-dropped",
    "foreword-dropped",
    "chinese-family-first",
    "german-und",
    "french-given-in-brackets",
    "capitals-given-in-brackets",
    "italian-spaced-dashes-in-capitals",
    "spaced-dash-joins-hyphen-does-not",
]


@pytest.mark.parametrize(("text", "expected"), NAME_ROWS, ids=NAME_IDS)
def test_split_names(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


FAMILY_GIVEN_ROWS = [
    ("Sergey Radchenko", "Radchenko, Sergey"),
    ("Westad, Odd Arne", "Westad, Odd Arne"),
    ("Ludwig von Mises", "von Mises, Ludwig"),
    ("Niu Jun", "Niu, Jun"),
    ("Kim Il-sung", "Kim, Il-sung"),
    ("Kim Christen", "Christen, Kim"),
    ("Smith", "Smith"),
    ("E. S. de Beer", "de Beer, E. S."),
    ("Manuel Tuñón de Lara", "Tuñón de Lara, Manuel"),
    ("Francisco Sánchez Marín", "Sánchez Marín, Francisco"),
    ("John Smith Jones", "Jones, John Smith"),
    ("Sánchez Marín", "Sánchez Marín"),
    ("International Monetary Fund", "International Monetary Fund"),
    ("Robert Service", "Service, Robert"),
    ("Vidal (Jean-Louis)", "Vidal, Jean-Louis"),
    ("Le Goff (Jacques)", "Le Goff, Jacques"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    FAMILY_GIVEN_ROWS,
    ids=[
        "direct",
        "inverted-kept",
        "particle",
        "chinese",
        "korean-hyphenated-given",
        "western-given-that-is-an-east-asian-family",
        "family-only",
        "particle-after-initials",
        "romance-compound",
        "patronymic-and-second-surname",
        "middle-name-is-no-surname",
        "two-surnames-alone",
        "organisation",
        "surname-that-is-also-a-word",
        "french-given-in-brackets",
        "french-two-word-family-given-in-brackets",
    ],
)
def test_to_family_given(name: str, expected: str) -> None:
    assert to_family_given(name) == expected


# Words that cannot stand for a name here: joiners, roles, and name particles (in "Del Aaa"
# the particle may be a given name or the start of the family name: ambiguous by nature, so
# left out of a property about unambiguous names).
_NAME_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: (
        w.casefold() not in lexicons.words("name_particles")
        and w.casefold()
        not in {
            "and",
            "und",
            "with",
            "mit",
            "avec",
            "con",
            "et",
            "eds",
            "ed",
            "editor",
            "editors",
            "others",
            "hg",
            "hrsg",
            "dir",
        }
    )
)


@given(st.lists(st.tuples(_NAME_WORD, _NAME_WORD), min_size=1, max_size=4))
def test_split_names_is_idempotent(people: list[tuple[str, str]]) -> None:
    once = split_names(" and ".join(f"{given_name} {family}" for given_name, family in people))
    assert split_names(" and ".join(once)) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Office for Roads and Bridges", ["Office for Roads and Bridges"]),
        ("Commission on Rivers and the Coast", ["Commission on Rivers and the Coast"]),
        ("Ministry of Fisheries & Forest Lands", ["Ministry of Fisheries & Forest Lands"]),
        ("Office of Trade and Harbour Commission", ["Office of Trade", "Harbour Commission"]),
        ("Tide Bank and Harbour Fund", ["Tide Bank", "Harbour Fund"]),
    ],
    ids=["and", "and-the", "ampersand", "two-bodies", "no-preposition"],
)  # fmt: skip
def test_a_bodys_name_keeps_its_and(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


def test_an_editor_who_also_translated_is_the_editor():
    """ "ed. and trans." before or after the names (tests/corpus6; corpus5's Dyson)."""
    from tests.parse.notes import parse

    for text, editor in (
        (
            "Peter Godman, ed. and trans., *Poetry of the Carolingian Renaissance* (London: "
            "Duckworth, 1985).",
            "Godman, Peter",
        ),
        (
            "*Charlemagne’s Courtier*, ed. and trans. by Paul Edward Dutton (Peterborough, Ont.: "
            "Broadview Press, 1998).",
            "Dutton, Paul Edward",
        ),
        (
            "Immanuel Kant, *Critique of Pure Reason*, ed. and trans. Paul Guyer and Allen W. Wood "
            "(Cambridge: Cambridge University Press, 1998).",
            "Guyer, Paul and Wood, Allen W.",
        ),
        (
            "Plato, *Republic*, edited and translated by Chris Emlyn-Jones (Cambridge, MA: Harvard "
            "University Press, 2013).",
            "Emlyn-Jones, Chris",
        ),
    ):
        (cited,) = parse(text)
        assert cited.fields["editor"] == editor
