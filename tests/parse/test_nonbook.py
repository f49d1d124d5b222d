"""Full citations of sources that are no books (parse/nonbook.py): a site's page, a broadcast,
a parliament's debates, a command paper; and the articles that must stay articles."""

from __future__ import annotations

import pytest

from citekit.parse.elements import Parsed
from citekit.parse.nonbook import nonbook

SITE_PAGE = (
    "“Mill Girls,” *Weaving Sheds of Ribblesdale*, https://example.org/mills "
    "(accessed 3 March 2021)"
)
SITE_FIELDS = {
    "title": "Mill Girls",
    "journal": "Weaving Sheds of Ribblesdale",
    "url": "https://example.org/mills",
    "urldate": "2021-03-03",
    "year": "2021",
}


def test_a_page_on_a_site_is_online() -> None:
    out = nonbook(Parsed("article", dict(SITE_FIELDS)), SITE_PAGE)
    assert out.entry_type == "online"
    assert out.fields["howpublished"] == "Weaving Sheds of Ribblesdale"
    assert "journal" not in out.fields


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        pytest.param(  # ahead of its issue, with a DOI
            "Hale, Ann. “Ward Rounds.” Clinical Memory, 2022. https://doi.org/10.1000/cm.77. "
            "Accessed July 11, 2022.",
            {"doi": "10.1000/cm.77", "url": "https://doi.org/10.1000/cm.77"},
            id="doi",
        ),
        pytest.param(  # its own year, written apart from the access date
            "Hale, Ann. “Ward Rounds.” Clinical Memory, 2022. https://example.org/cm/77. "
            "Accessed July 11, 2022.",
            {"url": "https://example.org/cm/77"},
            id="dated",
        ),
    ],
)
def test_an_article_ahead_of_its_issue_stays_an_article(text: str, extra: dict) -> None:
    fields = {
        "title": "Ward Rounds",
        "journal": "Clinical Memory",
        "year": "2022",
        "urldate": "2022-07-11",
        **extra,
    }
    out = nonbook(Parsed("article", fields), text)
    assert (out.entry_type, out.fields.get("journal")) == ("article", "Clinical Memory")


def test_a_broadcast_dated_to_the_day_is_misc() -> None:
    text = "*Evening on the Moors*, BBC Home Service, 12 March 1951"
    fields = {"title": "Evening on the Moors", "publisher": "BBC Home Service", "year": "1951"}
    out = nonbook(Parsed("book", fields), text)
    assert (out.entry_type, out.fields.get("howpublished")) == ("misc", "BBC Home Service")


def test_a_book_from_a_broadcasters_press_stays_a_book() -> None:
    text = "*Gardens of the Air* (London: BBC Books, 1973)"
    fields = {"title": "Gardens of the Air", "publisher": "BBC Books", "address": "London"}
    assert nonbook(Parsed("book", fields), text).entry_type == "book"


def test_debates_are_misc() -> None:
    text = "*Hansard's Parliamentary Debates*, 3rd ser., vol. 170 (1863), cols. 101–4"
    fields = {"title": "Hansard's Parliamentary Debates", "volume": "170", "year": "1863"}
    assert nonbook(Parsed("book", fields), text).entry_type == "misc"


def test_a_command_paper_is_a_report_with_its_number() -> None:
    text = "*Report of the Commissioners on Fisheries*, C. 1450 (London, 1876), 12"
    fields = {"title": "Report of the Commissioners on Fisheries", "year": "1876"}
    out = nonbook(Parsed("book", fields), text)
    assert (out.entry_type, out.fields.get("number")) == ("techreport", "C. 1450")
