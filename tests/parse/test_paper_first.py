"""Newspaper pieces led by their paper, and periodical volumes cited whole (real20: the Black
press essays of a library's site, a library history's notes; real19's "Chicago Tribune, “…,”").

Our own example notes: invented papers, headlines and people.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind, Note, Span
from citekit.parse import parse_note
from citekit.parse.classify import classify
from citekit.parse.context import Context
from citekit.parse.issuealone import issue_alone
from citekit.parse.paperfirst import paper_first
from citekit.parse.reference import parse_reference


def cite(text: str):
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    return citation


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        ("*Halden Daily Courier*, “Harbour Strike Ends.”",
         {"journal": "Halden Daily Courier", "title": "Harbour Strike Ends"}, None),
        ("*Halden Courier*, “Harbour Strike Ends,” March 3, 1921, 4.",
         {"journal": "Halden Courier", "title": "Harbour Strike Ends", "year": "1921"}, "4"),
        ("*Halden Courier*. “Harbour Strike Ends.” March 3, 1921.",
         {"journal": "Halden Courier", "title": "Harbour Strike Ends", "year": "1921"}, None),
        ("*Vale College Student Newspaper* (Vale, NC)*,* \"Take the Flag Down.\"",
         {"journal": "Vale College Student Newspaper", "title": "Take the Flag Down"}, None),
        ("Halden Tribune, “Architect Dies at Home,” December 2nd, 1970.",
         {"journal": "Halden Tribune", "title": "Architect Dies at Home", "year": "1970"}, None),
    ],
    ids=["italic-paper", "dated-with-page", "full-stops", "student-paper-with-town", "plain-dated"],
)  # fmt: skip
def test_a_piece_led_by_its_paper(text: str, fields: dict[str, str], locator: str | None) -> None:
    citation = cite(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == "article"
    assert dict(citation.fields) == fields
    assert citation.locator == locator


@pytest.mark.parametrize(
    "text",
    [
        "Emily Post, “Table Manners,” 1922.",  # a person, not a paper: plain text needs a day
        "*Harbour Lights*, “The Ferryman,” 12.",  # no paper's word, no day: a book and a part
        "*Halden Courier*, “Harbour Strike Ends,” and other stories of the port.",
    ],
)
def test_not_a_paper_first(text: str) -> None:
    assert paper_first(text) is None


def test_a_linked_piece_named_in_plain_text_is_a_web_page() -> None:
    text = "Vale News, “Talks Resume,” 28 March 2018"
    assert paper_first(text) is not None
    assert paper_first(text, linked=True) is None


def test_a_reference_entry_led_by_its_paper() -> None:
    entry = parse_reference("*Halden Courier*. “Harbour Strike Ends.” March 3, 1921.")
    assert entry.entry_type == "article"
    assert entry.fields["journal"] == "Halden Courier"
    assert entry.fields["title"] == "Harbour Strike Ends"
    assert entry.fields["year"] == "1921"


@pytest.mark.parametrize(
    ("text", "fields", "locator"),
    [
        ("*Harbour Bulletin* 3 (1901), 41",
         {"journal": "Harbour Bulletin", "volume": "3", "year": "1901"}, "41"),
        ("*The Vale Churchman* 81 (1904), ed. Ada B. Quist, 38",
         {"journal": "The Vale Churchman", "volume": "81", "year": "1904",
          "editor": "Quist, Ada B."}, "38"),
        ("*Halden Musical Gazette* 6 (1829): 65–67, 73–75",
         {"journal": "Halden Musical Gazette", "volume": "6", "year": "1829"}, "65–67, 73–75"),
    ],
    ids=["comma-page", "editor", "two-ranges"],
)  # fmt: skip
def test_a_periodical_volume_cited_whole(text: str, fields: dict[str, str], locator: str) -> None:
    parsed = issue_alone(text)
    assert parsed is not None
    assert parsed.entry_type == "article"
    assert parsed.fields == fields
    assert parsed.locator == locator


def test_a_book_volume_is_no_periodical() -> None:
    assert issue_alone("*Harbour Tales*, vol. 3 (London: Vale Press, 1901), 41") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Quist, Ada. “Harbour Strike Ends.” *Halden Courier*.", Kind.FULL),
        ("Quist, “Harbour Strike Ends,” *Halden Courier*.", Kind.FULL),
        ("Quist, “Harbour Strike Ends,” 4.", Kind.SHORT),
        ("Quist, *Harbour Tales*, “The Ferry.”", Kind.SHORT),
    ],
)
def test_a_title_before_its_container_is_a_first_citation(text: str, kind: Kind) -> None:
    assert classify(text, Context()) is kind


def test_a_chapter_whose_edited_book_lost_its_italics() -> None:
    citation = cite(
        "Ada Quist, “The Harbour as Archive,” Ports of Memory, eds. Bo Lind and Cy Dale "
        "(Vale: Vale Press, 1994)."
    )
    assert citation.entry_type == "incollection"
    assert citation.fields["booktitle"] == "Ports of Memory"
    assert citation.fields["editor"] == "Lind, Bo and Dale, Cy"
    assert citation.fields["title"] == "The Harbour as Archive"
