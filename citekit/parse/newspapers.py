"""Newspapers: an issue cited by its title, its day and its page, with no article named;
the section an article ran in.

    *Omaha Daily Bee*, December 15, 1889, 1.
    *Evening Star* (Washington DC), 17 December 1889, 4.
    *Novoe Vremia*, November 18 (30), 1889, 3.
    *Journal des débats*, 1er décembre 1866, URL: https://gallica.bnf.fr/ark:/12148/bpt6k456344g

No book is cited by the day it came out: an italic title dated to the day is a periodical's
issue (an article whose journal is that title), whatever the general rules made of it.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import MONTHS, YEAR

ISSUE = "_issue"  # the issue's date: two issues of one paper are two works
# "18 (30)": an Old Style date and its New Style day; "1er", "1.": an ordinal first day
DAY = r"\d{1,2}(?:er|re|\.)?(?:\s*\(\d{1,2}\))?"
# where the issue is read online: ", URL: https://…", ", lien URL:https://…", ", <https://…>"
ONLINE = r"(?:,?\s+(?:[^\W\d_]+\s+)?(?:URL\s*:\s*)?<?https?://\S+?>?)"
ISSUE_RE = uregex.compile(
    rf"""^\*(?P<paper>[^*]+)\*(?:\s+\([^()]{{1,40}}\))?,?\s+    # the title, its town
    (?P<day>(?:{MONTHS})\.?\s+{DAY},?|{DAY}\s+(?:{MONTHS})\.?)\s+  # "December 15,", "15 December"
    (?P<year>{YEAR})(?:,\s+(?:pp?\.\s*)?[A-Z]?\d+(?:[-–]\d+)?)?  # the year, the page
    (?:\s+\([^()]{{1,40}}\))?{ONLINE}?\.?$  # a remark on the issue: "(Zoeker)"; its address """,
    re.VERBOSE | re.IGNORECASE,
)


def newspaper_issue(parsed: Parsed, text: str) -> Parsed:
    """PARSED as an issue of a newspaper when TEXT is one's title, day and page; else as is."""
    plain = _plain_paper(parsed, text.strip())  # the paper was read as the author
    named = "author" in parsed.fields and plain == text.strip()
    if not plain.startswith("*") or named or "editor" in parsed.fields:
        return parsed
    match = ISSUE_RE.match(plain)
    if match is None:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k not in ("title", "address", "author")}
    fields.update(journal=match.group("paper").strip(), year=match.group("year"))
    fields[ISSUE] = f"{match.group('day').strip(' ,')} {match.group('year')}"
    return Parsed("article", fields, parsed.locator)


def _plain_paper(parsed: Parsed, text: str) -> str:
    """TEXT with the paper's name put in italics where plain text lost them and the reader
    took the name for an author with no given names ("Economist, 12 April 1930, 812")."""
    author = parsed.fields.get("author", "")
    if text.startswith("*") or not author or "," in author or not text.startswith(author + ","):
        return text
    return f"*{author}*{text[len(author) :]}"


# the section of a paper an article ran in, and the edition before it (Chicago, as Zotero
# prints them): "*The Sunday Telegraph*, October 17, 2004, sec. Review", "9 April 2015,
# Online edition, sec. The Long Read, https://…"; a number after "sec." is a statute's
SECTION_RE = uregex.compile(
    r"(?:,\s+[A-Z][a-z]+\s+edition)?,\s+sec\.\s+[A-Z][^,;()]{0,40}?(?=,\s|\.?\s*$)"
)


def without_section(text: str) -> str:
    """TEXT without the newspaper section it names, which is no field of the work."""
    return SECTION_RE.sub("", text) if "sec. " in text else text
