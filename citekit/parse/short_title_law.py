"""German legal citations, where the author stands alone in italics and the work follows in
its shortest form: "*Huber*, Zeitschrift für Beispiele 1989, 12 (22)" (an article: journal,
year, first page, pinpoint in brackets; with its title before the journal: "*Ohly*, Das neue
Gesetz, GRUR 2019, 441 (443)"), "*Huber*, in: Meier/Roth, Ein Sammelband, S. 43 (45)" (a
chapter: the volume's editors, its title, first page, pinpoint), and the commentary on a
statute, cited at a section and a margin number: "*Leistner*, in: Schricker/Loewenheim, UrhR,
6. Aufl. 2020, § 4 UrhG Rn. 38" (the commentator, the commentary's editors and short title, its
edition and year), or written by its authors alone: "*Kraßer*/*Ann*, Patentrecht, 8. Aufl. 2022,
§ 11 Rn. 2"."""

from __future__ import annotations

import re

from citekit.parse import names, statement, uregex
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.patterns import YEAR
from citekit.parse.places import is_place
from citekit.parse.prefilter import GuardedBy

NAMES = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:/[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)*"  # "Meier/Roth"
# the authors, "u. a." (et al.) after them: "Krüger u. a."
AUTHORS = rf"{NAMES}(?:\s+(?:u\.\s?a\.|et\s+al\.))?"
PIN = r"(?:\d+(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s*ff?\.)?)"
ARTICLE_RE = uregex.compile(
    rf"^(?P<names>{NAMES}),\s+(?P<journal>[A-Z][^,]*?)\s+(?P<year>{YEAR}),\s*(?P<page>\d+)?"
    rf"\s*(?:\((?P<pin>{PIN})\))?$"
)
# the article's title, then the journal's short name (a few words, no comma): "*Ohly*, Das neue
# Geschäftsgeheimnisgesetz im Überblick, GRUR 2019, 441 (443)", "…, Artif Intell Law 2024, 839"
TITLED_ARTICLE_RE = uregex.compile(
    rf"^(?P<names>{AUTHORS}),\s+(?P<title>[^;]+?),\s+"
    rf"(?P<journal>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){{0,4}})\s+(?P<year>{YEAR}),\s*(?P<page>\d+)"
    rf"(?:\s*(?P<pin>\({PIN}\)(?:\s*ff?\.?)?))?(?:\s+[a-zäöü].*)?$"
)
CHAPTER_RE = uregex.compile(
    rf"^(?P<names>{NAMES}),\s+in:\s+(?:(?P<editors>{NAMES}),\s+)?(?P<book>\S.*?),\s+S\.\s?(?P<page>\d+)"
    rf"(?:\s*\((?P<pin>{PIN})\))?$"
)

# the edition and its year: "6. Aufl. 2020", "42. Ed. 2024", "8. Auflage, 2022"
EDITION = rf"(?P<edition>\d{{1,3}})\.\s?(?:Aufl\.|Auflage|Ed\.|Edition)(?:,?\s+(?P<year>{YEAR}))?"
# the statute's section or article, then its margin number: "§ 4 UrhG, Rn. 38", "§ 11 Rn. 2",
# "Art. 3 GG Rn. 4", "§ 2 UrhG"; or the margin number alone: "Rn. 15-17", "Rz. 602 ff."
SECTION = (
    r"(?:§§?|Art\.)\s?\d+[a-z]?(?:\s+(?:Abs\.|S\.|Nr\.|lit\.)\s?\d+[a-z]?)*(?:\s+[A-Z][\w-]*)?"
)
MARGIN = (
    r"(?:Rn\.|Rdn\.|Rdnr\.|Rz\.|Anm\.)\s?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?"
    r"(?:\s*,\s*\d+[a-z]?)*(?:\s*ff?\.)?"
)
PINPOINT = rf"(?:{SECTION}(?:,?\s+{MARGIN})?|{MARGIN})"
TAIL = rf"(?:,?\s+(?P<loc>{PINPOINT}))?(?:\s+[a-zäöü].*)?$"  # "§ 4 UrhG, Rn. 38 mwN": a remark
COMMENTARY_RE = uregex.compile(
    rf"""^(?P<names>{AUTHORS}),\s+in:\s+(?P<container>[^;]+?)  # "in: Editors, Title"
    (?:,\s+{EDITION}                                          # ", 6. Aufl. 2020"
     |\s+(?P<bare_year>{YEAR})(?=,?\s+{PINPOINT}))            # "… Verträge 2024 Rn. 11"
    {TAIL}""",
    re.VERBOSE,
)
TEXTBOOK_RE = uregex.compile(rf"^(?P<names>{AUTHORS}),\s+(?P<title>[^;:]+?),\s+{EDITION}{TAIL}")
# what every match holds, found by the engine far faster than the patterns fail on a note that
# holds none of it (each pattern was tried on every full citation, ~5 µs each): a year and its
# comma (the articles), "in:" (a chapter, a commentary), an edition's mark (a textbook)
YEAR_COMMA = re.compile(rf"\s{YEAR},")
ARTICLE_RE = GuardedBy(ARTICLE_RE, YEAR_COMMA)
TITLED_ARTICLE_RE = GuardedBy(TITLED_ARTICLE_RE, YEAR_COMMA)
CHAPTER_RE = GuardedBy(CHAPTER_RE, re.compile("in:"))
COMMENTARY_RE = GuardedBy(COMMENTARY_RE, re.compile("in:"))
TEXTBOOK_RE = GuardedBy(TEXTBOOK_RE, re.compile(r"\.\s?(?:Aufl|Ed)"))
# editors named before the commentary's title: "Schricker/Loewenheim", "Redeker (Hrsg.)"
EDITORS_RE = uregex.compile(rf"(?P<names>{NAMES})(?:\s+\((?P<role>Hrsg\.|Hg\.|eds?\.)\))?")


def parse_short_title_law(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint of a German legal article or chapter, else None."""
    return _short_form_work(text) or commentary(text) or _titled_article(text)


def _titled_article(text: str) -> Parsed | None:
    """ "*Ohly*, Das neue Gesetz, GRUR 2019, 441 (443)": title, journal, year, first page;
    the pinpoint in brackets (none where the first page stands alone)."""
    article = TITLED_ARTICLE_RE.match(text)
    if article is None or is_place(article.group("journal")):
        return None  # "*Huber*, Ein Buch, Berlin 1990, 12": a book's imprint and page
    fields = {
        "author": _names(article.group("names")),
        "title": clean_title(article.group("title")),
        "journal": article.group("journal"),
        "year": article.group("year"),
        "pages": article.group("page"),
    }
    pin = article.group("pin")
    return Parsed("article", fields, pin.replace("(", "").replace(")", "") if pin else None)


def _short_form_work(text: str) -> Parsed | None:
    """The article or chapter printed without its title (the juristische Zitierweise)."""
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


def commentary(text: str) -> Parsed | None:
    """ "*Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG Rn. 38": the part a
    commentator wrote (incollection), the editors before the short title, the edition and
    year, then the section and margin number as the pinpoint; a commentary written by its
    authors alone ("*Kraßer*/*Ann*, Patentrecht, 8. Aufl. 2022, § 11 Rn. 2") is a book."""
    found = COMMENTARY_RE.match(text) or TEXTBOOK_RE.match(text)
    if found is None:
        return None
    fields = {"author": _names(found.group("names"))}
    fields.update({"edition": found.group("edition")} if found.group("edition") else {})
    year = found.group("year") or found.groupdict().get("bare_year")
    fields.update({"year": year} if year else {})
    locator = found.group("loc")
    if "title" in found.re.groupindex:
        return Parsed("book", {**fields, "title": clean_title(found.group("title"))}, locator)
    return Parsed("incollection", {**fields, **_container(found.group("container"))}, locator)


def is_commentary(text: str) -> bool:
    """Does TEXT cite a commentary at its section and margin number, italics or none?"""
    return commentary(statement.plain_names(text)) is not None


def _container(written: str) -> dict[str, str]:
    """ "Schricker/Loewenheim" -> the editors; "BeckOK UrhR" -> the title; "Dreier/Schulze,
    UrhG", "Redeker (Hrsg.), Handbuch" -> both. A lone name with no title after it and no
    "/" or "(Hrsg.)" is the title ("BeckOK UrhR")."""
    head, _, rest = written.partition(", ")
    named = EDITORS_RE.fullmatch(head)
    if named and (rest or named.group("role") or "/" in head):
        out = {"editor": _names(named.group("names"))}
        return {**out, "booktitle": clean_title(rest)} if rest else out
    return {"booktitle": clean_title(written)}


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
