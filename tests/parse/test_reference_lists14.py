"""Reference-list shapes read since fields14: ASA's "Pp. 3–9 in", APA's "(X, Trans.)", a
meeting's place and date, ACM's "26, 11 (1983)", MLA's series after the imprint."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference
from citekit.parse.refnote import reference_note

CASES = [
    (  # ASA / Chicago author-date chapter: the pages before "in"
        "Becker, Howard S. 1982. “Culture: A Sociological View.” Pp. 11-24 in Doing Things "
        "Together, edited by H. Becker. Evanston, IL: Northwestern University Press.",
        "incollection",
        {
            "pages": "11–24",
            "booktitle": "Doing Things Together",
            "editor": "Becker, H.",
            "address": "Evanston, IL",
        },
    ),
    (  # APA: the translator in parentheses after the title
        "Freud, S. (1961). Civilization and its discontents (J. Strachey, Trans.). New York: "
        "Norton. (Original work published 1930)",
        "book",
        {
            "translator": "Strachey, J.",
            "address": "New York",
            "publisher": "Norton",
            "year": "1961",
        },
    ),
    (  # where the meeting was held, three parts, after the pages
        "K. Li and P. Hudak. Memory coherence in shared virtual memory systems. In Proceedings "
        "of the 5th Annual ACM Symposium on Principles of Distributed Computing, pages 229-239, "
        "Calgary, Alberta, Canada, August 1986.",
        "inproceedings",
        {"address": "Calgary, Alberta, Canada", "year": "1986", "pages": "229–239"},
    ),
    (  # a country is no month
        "B. Lee. Planning graphs. In Proc. of the Int. Joint Conf. on Artificial Intelligence, "
        "pp. 100-110, Montreal, Canada, 1995.",
        "inproceedings",
        {"address": "Montreal, Canada", "year": "1995"},
    ),
    (  # the meeting's place and year in brackets after its proceedings
        "Tate, A. Generating project networks. In Proceedings of IJCAI-77 (Cambridge, MA, "
        "1977), pp. 888-893.",
        "inproceedings",
        {
            "booktitle": "Proceedings of IJCAI-77",
            "address": "Cambridge, MA",
            "year": "1977",
            "pages": "888–893",
        },
    ),
    (  # a society's initials publish
        "Doe, J. (2001). Fast sorting. In Proceedings of the IEEE Conference on Computer "
        "Vision (pp. 12-19). IEEE.",
        "inproceedings",
        {"publisher": "IEEE", "pages": "12–19"},
    ),
    (  # a title with a colon after "Family, I."
        "Gray, J. Transaction Processing: Concepts and Techniques. Morgan Kaufmann, 1993.",
        "book",
        {"author": "Gray, J.", "title": "Transaction Processing: Concepts and Techniques"},
    ),
    (  # the article "A" after an initial
        "Minsky, M. A framework for representing knowledge. In P. Winston (Ed.), The "
        "Psychology of Computer Vision. McGraw-Hill, New York, 1975.",
        "incollection",
        {
            "author": "Minsky, M.",
            "title": "A framework for representing knowledge",
            "editor": "Winston, P.",
        },
    ),
    (  # ACM: volume, issue, (year), pages
        "Allen, J. F. Maintaining knowledge about temporal intervals. Communications of the "
        "ACM 26, 11 (1983), 832-843.",
        "article",
        {
            "journal": "Communications of the ACM",
            "volume": "26",
            "number": "11",
            "pages": "832–843",
            "year": "1983",
        },
    ),
    (  # "in" before a journal and its bare volume
        "Smith, J. 1999. The crosses. In Aevum 73: 93-105.",
        "article",
        {"journal": "Aevum", "volume": "73", "pages": "93–105"},
    ),
    (  # the meeting's place and date in brackets, after a quoted title and "in"
        "Card, S. K. “The Design Space of Input Devices,” in Proceedings of CHI 90 (Seattle, "
        "Washington, April 1-5, 1990). ACM, New York, 1990, pp. 117-124.",
        "inproceedings",
        {
            "booktitle": "Proceedings of CHI 90",
            "address": "Seattle, Washington",
            "year": "1990",
            "pages": "117–124",
        },
    ),
    (  # the town closing a proceedings' title; "pp." after its period
        "Webber, Bonnie Lynn and Mays, Eric (1983). Varieties of user misconceptions. In "
        "Proceedings of the Eighth International Joint Conference on Artificial Intelligence, "
        "Karlsruhe. pp. 650-652.",
        "inproceedings",
        {
            "booktitle": "Proceedings of the Eighth International Joint Conference on Artificial "
            "Intelligence",
            "address": "Karlsruhe",
            "pages": "650–652",
        },
    ),
    (  # MLA: "Ed." after the title names the editor, not the author's role
        "Nash, J. Plain Songs. Ed. Alan Brown and Tom Jones. New York: Wiley, 2004.",
        "book",
        {
            "author": "Nash, J.",
            "title": "Plain Songs",
            "editor": "Brown, Alan and Jones, Tom",
            "publisher": "Wiley",
        },
    ),
    (  # "in" after a comma, editors marked in brackets after it (Italian, APA-like)
        "Esposito, M. (2005), La città, in A. Rossi (a cura di), Storia urbana, Milano, "
        "Franco Angeli, pp. 33-56.",
        "incollection",
        {
            "title": "La città",
            "editor": "Rossi, A.",
            "booktitle": "Storia urbana",
            "pages": "33–56",
        },
    ),
    (  # author-date: a series between the title and the imprint; a first edition's year
        "Collins, Randall. [1994] 2004. Interaction Ritual Chains. Princeton Studies in "
        "Cultural Sociology. Princeton, NJ: Princeton University Press.",
        "book",
        {"year": "2004", "title": "Interaction Ritual Chains", "address": "Princeton, NJ"},
    ),
    (  # MLA: the series after the imprint
        "Morrison, Toni. Beloved. New York: Knopf, 1987. Vintage International.",
        "book",
        {"publisher": "Knopf", "address": "New York"},
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "expected"), CASES)
def test_reference_list_shapes(text: str, entry_type: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == entry_type
    assert {key: found.fields.get(key) for key in expected} == expected


def test_a_book_volume_after_a_comma_stays_a_book() -> None:
    found = parse_reference("Machado, J. M. Dom Casmurro. In Obra Completa, 1: 807–944.")
    assert "journal" not in found.fields


def test_a_one_word_title_after_a_year_is_an_entry_in_a_note() -> None:
    entry = reference_note("Ibsen, T. (2008). Fjorder. Oslo: Universitetsforlaget.", loose=True)
    assert entry is not None
    assert entry.fields["title"] == "Fjorder"
    assert entry.fields["publisher"] == "Universitetsforlaget"
