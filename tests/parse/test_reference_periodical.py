"""Articles whose periodical is named without volume or pages (citekit.parse.refperiodical).
Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (
        'P. Lunde, "Caching Sparse Tables," IEEE Transactions on Storage, March, 1984.',
        {"journal": "IEEE Transactions on Storage", "year": "1984"},
    ),
    (
        "Okonkwo, A. (2011). A quiet harbour reopens. Harbour Town Gazette. Retrieved from "
        "http://example.org/gazette/2011/harbour",
        {"journal": "Harbour Town Gazette", "year": "2011"},
    ),
    (
        "R. Mertens. Bounds for layered codes. SIAM J. Coding Theory, to appear.",
        {"journal": "SIAM J. Coding Theory"},
    ),
    (
        "Ferro, Lucia. (2015). Ferries run late again. Northern Daily Post 3 March.",
        {"journal": "Northern Daily Post", "year": "2015"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unnumbered_periodical(text: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == "article"
    assert {k: found.fields.get(k) for k in expected} == expected
    assert "publisher" not in found.fields


@pytest.mark.parametrize(
    "text",
    [
        "Imre, K. Harbour Ledgers. Oxford University Press, 1998.",  # a publisher
        "Tamm, J. Ledger Studies. Proceedings of the Harbour Symposium, 2001.",  # a meeting
        "Vidal, O. Grain and Salt. Marseille, 1921.",  # a place
    ],
)
def test_other_names_after_a_title_are_no_periodical(text: str) -> None:
    assert "journal" not in parse_reference(text).fields


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "K. Moss. Sparse sorting in small memories. ACM Trans. Storage Syst., 4(2), "
            "127-136, June 1988.",
            "ACM Trans. Storage Syst.",
        ),
        (
            "Lund, Eva. 2011. “Ferry fares and tides.” Federal Reserve Bank of St. Louis "
            "Review 93(4): 12-30.",
            "Federal Reserve Bank of St. Louis Review",
        ),
        (  # a comma-ended title, then an abbreviated journal: no sentence ends at "Clim."
            "Moss, O., and Lund, A.: Gulls of the northern shore, Clim. Dynam., 22, 597-603, 2004.",
            "Clim. Dynam.",
        ),
        (  # abbreviations in a journal's name with a dash
            "E. Vance, “Tides in the lens,” Am. J. Physiol. - Regul. Integr. Comp. Physiol., "
            "vol. 302, no. 11, pp. 1250–1259, Jun. 2012.",
            "Am. J. Physiol. - Regul. Integr. Comp. Physiol.",
        ),
        (  # no title: the journal after "et al." and a page range that reads like two years
            "Lund G. et al., J. Appl. Cryst. 2014, 47, 1797-1803.",
            "J. Appl. Cryst.",
        ),
        (  # a society's name inside a journal's; pages with a letter before them
            "R. Lund and A. Moss, “Tides in glass,” Journal of the Harbour Society of Leeds B "
            "28, A67–A82 (2011).",
            "Journal of the Harbour Society of Leeds B",
        ),
        (  # an acronym joined by "&"
            "Moss W., Lund M., 2004, A&A, 416, 839",
            "A&A",
        ),
    ],
)
def test_an_abbreviation_ends_no_sentence_of_a_journal_name(text: str, journal: str) -> None:
    found = parse_reference(text)
    assert found.fields["journal"].rstrip(".") == journal.rstrip(".")
    assert "et al" not in found.fields.get("title", "")


@pytest.mark.parametrize(
    ("text", "entry_type", "container"),
    [
        (
            'H. Lund and C. Moss, "Salt Damage in Quay Walls," Proc. IEEE/HARB, pp. 37-41, 1992.',
            "inproceedings",
            ("booktitle", "Proc. IEEE/HARB"),
        ),
        (
            "Okafor, K. D. (1989). Tides in small basins. Proceedings of TIDES-89, 1273-1278.",
            "inproceedings",
            ("booktitle", "Proceedings of TIDES-89"),
        ),
        (  # a learned society's proceedings is its journal
            'Vance, R. "Gull counts." Proc. Natl. Acad. Sci. USA 2011, 108, 16159–16163.',
            "article",
            ("journal", "Proc. Natl. Acad. Sci. USA"),
        ),
    ],
)
def test_proceedings_named_with_numbers(text: str, entry_type: str, container: tuple) -> None:
    found = parse_reference(text)
    assert found.entry_type == entry_type
    assert found.fields.get(container[0]) == container[1]


def test_a_season_in_brackets_after_the_journal_is_no_part_of_its_name() -> None:
    text = "Holt, Ann. 'Tides and Data'. *Harbour & Society,* (April-June 2014): 1-12."
    fields = parse_reference(text).fields
    assert (fields["journal"], fields["year"]) == ("Harbour & Society", "2014")


def test_a_societys_proceedings_cut_at_its_last_stop_stay_a_journal() -> None:
    ref = parse_reference(
        "Lee, Ann. “Dust at Work.” Proc. Am. Harbour Soc. 3, no. 4 (2006): 293–298."
    )
    assert ref.entry_type == "article"
    assert ref.fields["journal"].startswith("Proc. Am. Harbour Soc")
