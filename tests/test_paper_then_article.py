"""A working paper and the article it became, cited together, are two works (a habit of
economics and policy notes: tests/corpus16's Dee and Jacob)."""

from __future__ import annotations

from citekit.identity import same_full_work

PAPER = {
    "author": "Dee, Thomas S. and Jacob, Brian",
    "title": "The Impact of No Child Left Behind on Student Achievement",
    "institution": "National Bureau of Economic Research",
    "number": "15531",
    "year": "2009",
}
ARTICLE = {
    "author": "Dee, Thomas S. and Jacob, Brian",
    "title": "The Impact of No Child Left Behind on Student Achievement",
    "journal": "Journal of Policy Analysis and Management",
    "volume": "30",
    "year": "2011",
}


def test_a_working_paper_and_its_later_article_are_two_works() -> None:
    assert not same_full_work(PAPER, ARTICLE, "techreport", "article")


def test_an_article_cited_with_two_years_is_still_one_work() -> None:
    assert same_full_work(ARTICLE, {**ARTICLE, "year": "2012"}, "article", "article")
