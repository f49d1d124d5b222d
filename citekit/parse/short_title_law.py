"""German legal citations, where the author stands alone in italics and the work follows in
its shortest form: "*Huber*, Zeitschrift für Beispiele 1989, 12 (22)" (an article: journal,
year, first page, pinpoint in brackets) and "*Huber*, in: Meier/Roth, Ein Sammelband,
S. 43 (45)" (a chapter: the volume's editors, its title, first page, pinpoint)."""

from __future__ import annotations

from citekit.parse import names, uregex
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.patterns import YEAR
from citekit.parse.places import is_place

NAMES = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:/[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)*"  # "Meier/Roth"
PIN = r"(?:\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*ff?\.)?)"
ARTICLE_RE = uregex.compile(
    rf"^(?P<names>{NAMES}),\s+(?P<journal>[A-Z][^,]*?)\s+(?P<year>{YEAR}),\s*(?P<page>\d+)?"
    rf"\s*(?:\((?P<pin>{PIN})\))?$"
)
CHAPTER_RE = uregex.compile(
    rf"^(?P<names>{NAMES}),\s+in:\s+(?:(?P<editors>{NAMES}),\s+)?(?P<book>\S.*?),\s+S\.\s?(?P<page>\d+)"
    rf"(?:\s*\((?P<pin>{PIN})\))?$"
)


def parse_short_title_law(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint of a German legal article or chapter, else None."""
    article = ARTICLE_RE.match(text)
    if article:
        fields = {
            "author": _names(article.group("names")),
            "journal": clean_title(article.group("journal")),
            "year": article.group("year"),
        }
        return Parsed("article", fields, article.group("pin") or article.group("page"))
    chapter = CHAPTER_RE.match(text)
    if chapter:
        fields = {"author": _names(chapter.group("names"))}
        if chapter.group("editors"):
            fields["editor"] = _names(chapter.group("editors"))
        fields["booktitle"] = clean_title(chapter.group("book"))
        return Parsed("incollection", fields, chapter.group("pin") or f"S. {chapter.group('page')}")
    return None


def plain_short_title_law(text: str) -> Parsed | None:
    """The same citations typed without italics (plain text): "Huber, Zeitschrift für
    Beispiele 1989, 12 (22)", "Huber, in: Meier/Roth, Ein Sammelband, S. 43 (45)". Without the
    italic name the article's shape must carry a first page and a journal that is no place
    ("Huber, Berlin 1990, 12" is a book's imprint)."""
    if "*" in text:
        return None
    article = ARTICLE_RE.match(text)
    if article and (not article.group("page") or is_place(article.group("journal"))):
        return None
    return parse_short_title_law(text)


def _names(text: str) -> str:
    return " and ".join(names.split_names(text))
