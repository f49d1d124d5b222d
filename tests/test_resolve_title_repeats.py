"""A work named again by its title alone: before its full citation (the short form looks
ahead), or by a title that opens with a name and a comma, which the grammar reads as an
author (citekit.resolvetitleword, citekit.resolvethin)."""

from __future__ import annotations

from citekit.model import Code
from tests.test_resolve import assert_resolution

HALE = "Edith Hale, Recollections of a Country Parish (Boston: Ticknor, 1881), 5."
THOMPSON = "E. P. Thompson, The Making of the English Working Class (London: Gollancz, 1963), 9."


def test_one_title_word_before_the_full_citation() -> None:
    diagnostics = assert_resolution(
        ("a", "Recollections, pp. 14–16."),
        ("b", THOMPSON),
        ("a", HALE),
    )
    assert Code.SHORT_BEFORE_FULL in {d.code for d in diagnostics}


def test_a_title_word_that_opens_no_title_stays_its_own() -> None:
    assert_resolution(
        ("a", "Reminiscences, 12."),
        ("b", HALE),
    )


def test_title_with_a_name_and_a_comma_cited_again_without_its_author() -> None:
    assert_resolution(
        ("a", "J. Mason: *Wordsworth, His Life and Letters*, 1888, p. 180."),
        ("b", THOMPSON),
        ("a", "“A line of verse.” Wordsworth, his Life and Letters, 1888, p. 172."),
    )


def test_a_name_and_title_of_another_year_stay_apart() -> None:
    assert_resolution(
        ("a", "J. Mason: *Wordsworth, His Life and Letters*, 1888, p. 180."),
        ("b", "Wordsworth, his Life and Letters, 1902, p. 172."),
    )
