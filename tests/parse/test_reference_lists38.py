"""Reference-list shapes read since refs38: where a meeting met, closing its proceedings'
title after a quoted paper (no "In"), a town of two words, the days after the town; Vancouver
names with a body after a semicolon, a family joined by U+2010, "et al." with no comma."""

from __future__ import annotations

import pytest

from citekit.parse.elements import Parsed
from citekit.parse.labelvote import reread_as_part
from citekit.parse.proceedings import trailing_place
from citekit.parse.reference import parse_reference
from citekit.parse.refvancouver import names_match

CASES = [
    (  # IEEE: a quoted paper, then its proceedings with no "In", the town and country after
        'A. Berg, "Sparse codes for harbour sonar," Proc. Int. Conf. Underwater Acoustics, '
        "Speech, and Signal Processing, Munich, Germany, pp. 112-118, April 1997.",
        "inproceedings",
        {
            "booktitle": "Proc. Int. Conf. Underwater Acoustics, Speech, and Signal Processing",
            "address": "Munich, Germany",
            "pages": "112–118",
        },
    ),
    (  # a town of two words before its country: one place, not "…, Mexico City" kept
        'L. Ferro. "Scheduling ferries with tides," Proceedings of the Ninth Symposium on '
        "Transport Networks, Mexico City, Mexico, October 1984, pages 24-29.",
        "inproceedings",
        {
            "booktitle": "Proceedings of the Ninth Symposium on Transport Networks",
            "address": "Mexico City, Mexico",
        },
    ),
    (  # a small town before its country, the month and year after a colon
        'Orsini, Paola. "Neume shapes in a Beneventan gradual." Poster presented at the '
        "Conference on Medieval Chant, Certaldo, Italy: July 2014.",
        "inproceedings",
        {
            "booktitle": "Poster presented at the Conference on Medieval Chant",
            "address": "Certaldo, Italy",
            "year": "2014",
        },
    ),
    (  # editors inverted, given names spelt out, the last after "and"
        "Ruiz, Ana (1999). Tone in Bantu verbs. In Moreau, Claire, Lind, Peter M., and Okoye, "
        "Grace W., editors, Papers from the Ninth Meeting on African Linguistics, pages 31-42.",
        "incollection",
        {
            "editor": "Moreau, Claire and Lind, Peter M. and Okoye, Grace W",
            "booktitle": "Papers from the Ninth Meeting on African Linguistics",
        },
    ),
    (  # inverted names with initials, a suffix after the first one's initials
        "Holt, D. T. Jr., Ames, T.L., Price, L.W., Evidence of a buried crater near Selma. "
        "Geology 27, 1999, 11-15.",
        "article",
        {"author": "Holt, Jr., D. T. and Ames, T.L. and Price, L.W.", "journal": "Geology"},
    ),
    (  # the suffix before the comma: "Last, Jr, First" all the same
        "Baes Jr., C. F., Mesmer, R. E. The Chemistry of Lake Brines, 1976, New York: Wiley.",
        "book",
        {"author": "Baes, Jr., C. F. and Mesmer, R. E.", "title": "The Chemistry of Lake Brines"},
    ),
    (  # BibTeX's plain style: the book's volume in its series after the title
        "P. Lund. Harmonic Analysis on Lattices, volume 12 of Graduate Texts in Applied "
        "Mathematics. Springer, New York, 1994.",
        "book",
        {
            "title": "Harmonic Analysis on Lattices",
            "volume": "12",
            "series": "Graduate Texts in Applied Mathematics",
            "publisher": "Springer",
        },
    ),
    (  # and its number in a series
        "K. Berg. Proof Nets for Beginners, number 31 in Lecture Notes on Logic. Kluwer, 1998.",
        "book",
        {"title": "Proof Nets for Beginners", "number": "31", "series": "Lecture Notes on Logic"},
    ),
    (  # Vancouver: a study group after the names, a semicolon before it
        "Rossi L, Bianchi A, Conti DM; the Northern Study on Lagoon Fisheries (NSLF) Group. "
        "Eel catches in the northern lagoons. Fish Res. 2012; 40(2): 97-100.",
        "article",
        {
            "author": "Rossi, L. and Bianchi, A. and Conti, D. M. and the Northern Study on "
            "Lagoon Fisheries (NSLF) Group",
            "title": "Eel catches in the northern lagoons",
            "journal": "Fish Res",
        },
    ),
    (  # Vancouver: a family joined by U+2010, "et al." with no comma before it
        "Okafor RC, Lindqvist TJ, Moldenhauer‐Klesges LM, Holzer B et al. Sleep and weight in "
        "toddlers. J Appl Nutr 1991; 16(4): 371-378.",
        "article",
        {
            "author": "Okafor, R. C. and Lindqvist, T. J. and Moldenhauer‐Klesges, L. M. and "
            "Holzer, B. and others",
            "title": "Sleep and weight in toddlers",
            "journal": "J Appl Nutr",
        },
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "expected"), CASES)
def test_reference_list_shapes(text: str, entry_type: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == entry_type
    assert {key: found.fields.get(key) for key in expected} == expected


def test_a_publishers_town_leaves_the_meetings_town_in_its_title() -> None:
    fields = {"booktitle": "Proceedings of the Conference on Ferries, Bergen", "address": "Oslo"}
    trailing_place(fields)
    assert fields == {
        "booktitle": "Proceedings of the Conference on Ferries, Bergen",
        "address": "Oslo",
    }


def test_a_semicolon_before_a_person_opens_no_vancouver_body() -> None:
    assert names_match("Rossi L, Bianchi A; Conti DM. Eel catches. Fish Res. 2012;40.") is None
    body = names_match("Rossi L, Bianchi A; Lagoon Study Group. Eel catches. Fish Res. 2012;40.")
    assert body is not None
    assert body.group("body") == "Lagoon Study Group"


def test_a_books_series_is_no_container_for_the_labeller() -> None:
    rules = Parsed(
        "book",
        {
            "title": "Harmonic Analysis on Lattices",
            "volume": "12",
            "series": "Graduate Texts in Applied Mathematics",
        },
        None,
    )
    learned = Parsed("incollection", {"booktitle": "Applied Mathematics"}, None)
    assert reread_as_part(rules, learned, {"booktitle": 0.95}) is None
