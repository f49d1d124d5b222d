"""Rules written after tests/corpus19 was measured, each against a habit many scholars share.

Our own made-up references, never the corpus's text.
"""

from __future__ import annotations

import pytest

from citekit.bodyacronym import abbreviates_body
from citekit.parse.fields import parse_full
from tests.test_resolve import assert_resolution


@pytest.mark.parametrize(
    ("text", "journal", "number"),
    [
        pytest.param(
            'Ana Ruiz, "Ciclos de crédito y deuda pública", Revista de Economía Aplicada,'
            " núm. 3, 1991, pp. 101-140",
            "Revista de Economía Aplicada",
            "3",
            id="spanish-issue-alone",
        ),
        pytest.param(
            'Marta Gil, "La banca y el Estado", Anuario de Historia Económica, nro. 12,'
            " 1987, pp. 45-71",
            "Anuario de Historia Económica",
            "12",
            id="spanish-nro-issue",
        ),
    ],
)
def test_a_plain_journal_may_be_followed_by_its_issue_alone(
    text: str, journal: str, number: str
) -> None:
    """Comma styles (Spanish, French, Italian) give a journal's issue without a volume."""
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == journal
    assert parsed.fields["number"] == number


def test_a_journal_of_papers_on_a_subject_is_no_archive() -> None:
    """ "Papers on …" and "Papers in …" name journals; "Acheson Papers" names a collection."""
    parsed = parse_full(
        'Luis Ortega, "Sovereign Lending Revisited", Oxford Papers on Monetary Policy,'
        " núm. 4, 1995, pp. 12-40"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Oxford Papers on Monetary Policy"
    assert parse_full("Box 5, Acheson Papers, Truman Library").entry_type == "unpublished"


@pytest.mark.parametrize(
    ("short", "body", "expected"),
    [
        ("PSAC", "President's Science Advisory Committee", True),
        ("EPA", "U.S. Environmental Protection Agency", True),
        ("IPCC", "Intergovernmental Panel on Climate Change", True),
        ("EPA", "Environmental Policy Institute of Alberta", False),
        ("JS", "Smith, John", False),
        ("AB", "Anna Berg", False),
    ],
)
def test_a_body_is_cited_by_its_initials(short: str, body: str, expected: bool) -> None:
    assert abbreviates_body(short, body) is expected


def test_a_short_form_under_the_body_s_initials_finds_its_report() -> None:
    assert_resolution(
        (
            "report",
            "Federal Water Quality Board, *Rivers in Decline* (Washington, DC: Government"
            " Printing Office, 1958), 12.",
        ),
        (
            "page",
            'U.S. Forest Research Agency, "Fire Seasons: A Brief History,"'
            " https://example.org/fire (accessed 2 May 2023).",
        ),
        ("report", "FWQB, *Rivers in Decline*, 40."),
        ("page", 'FRA, "Fire Seasons: A Brief History."'),
    )
