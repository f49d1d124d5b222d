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
from functools import lru_cache

from citekit import lexicons
from citekit.parse import memo, places, uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import MONTHS, YEAR

ISSUE = "_issue"  # the issue's date: two issues of one paper are two works
# "18 (30)": an Old Style date and its New Style day; "1er", "1.": an ordinal first day
DAY = r"\d{1,2}(?:er|re|\.)?(?:\s*\(\d{1,2}\))?"
# where the issue is read online: ", URL: https://…", ", lien URL:https://…", ", <https://…>"
ONLINE = r"(?:,?\s+(?:[^\W\d_]+\s+)?(?:URL\s*:\s*)?<?https?://\S+?>?)"
# the issue's number before its day: "Nr. 151 vom 31.3.1930", "n° 1234, 3 mars 1898"
NUMBER = r"(?:(?:Nr|No|n°|nº|núm|n)\.?\s*\d+(?:\s+(?:vom|du|del|de)|,)?\s+)?"
# the day: "December 15,", "15 December", "23 de diciembre de", "6 d'abril de", "31.3."
DAY_MONTH = rf"""{NUMBER}(?P<day>(?:{MONTHS})\.?\s+{DAY},?
    |{DAY}\s+(?:de\s+|d[’'])?(?:{MONTHS})\.?(?:\s+de)?|\d{{1,2}}\.\s?\d{{1,2}}\.)"""
# the year, the page; a remark on the issue ("(Zoeker)"); where it is read online
ISSUE_END = rf"""\s*(?P<year>{YEAR})(?:,\s+(?:(?:pp?|S|s|pág)\.\s*)?[A-Z]?\d+(?:[-–]\d+)?)?
    (?:\s+\([^()]{{1,40}}\))?{ONLINE}?\.?$"""
ISSUE_RE = uregex.compile(
    rf"^\*(?P<paper>[^*]+)\*(?:\s+\([^()]{{1,40}}\))?,?\s+{DAY_MONTH}{ISSUE_END}",  # its town
    re.VERBOSE | re.IGNORECASE,
)
# plain text: the paper's name in capitalised words, no italics ("Philadelphia Inquirer",
# "Knoxville News-Sentinel", "La Veu de Catalunya", "Gazeta da Tarde"), then the day and year
# as above
PLAIN_PAPER = r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|d[aeiou]|d[ao]s|del|of)){0,5}"
PLAIN_ISSUE_RE = uregex.compile(
    rf"^(?-i:(?P<paper>{PLAIN_PAPER})),\s+{DAY_MONTH}{ISSUE_END}", re.VERBOSE | re.IGNORECASE
)
NEWSPAPER_WORDS = lexicons.words("newspaper_words")  # "inquirer", "times", "sentinel"


def newspaper_issue(parsed: Parsed, text: str) -> Parsed:
    """PARSED as an issue of a newspaper when TEXT is one's title, day and page; else as is."""
    if "editor" in parsed.fields:
        return parsed
    text = _without_town(text)
    if text.startswith("*"):
        # an italic name is an author's in German law notes, unless a paper's ("*Le Figaro*")
        author = parsed.fields.get("author")
        match = None if author and not names_paper(author) else ISSUE_RE.match(text.strip())
    else:
        match = _plain_issue(text) or _paper_read_as_author(parsed, text.strip())
    if match is None:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k not in ("title", "address", "author")}
    fields.update(journal=match.group("paper").strip(), year=match.group("year"))
    fields[ISSUE] = f"{match.group('day').strip(' ,')} {match.group('year')}"
    return Parsed("article", fields, parsed.locator)


def _without_town(text: str) -> str:
    """TEXT without the town its paper appears in, named after the paper ("Gazeta da Tarde,
    Rio de Janeiro, 14 maio 1888, p. 1"): a town and a day may follow any name, so the town
    is dropped only where the patterns then read a paper's issue."""
    name, comma, rest = text.partition(", ")
    town, comma2, after = rest.partition(", ")
    if not comma2 or len(town) > 30 or not places.is_whole_place(town):
        return text
    return f"{name}, {after}"


def _plain_issue(text: str) -> re.Match[str] | None:
    """ "Philadelphia Inquirer, October 4, 1918, 1": a name that holds a newspaper's word
    (lexicons/newspaper_words), then a day, in plain text; "John Smith, October 4, 1918" is
    a letter or a diary's day, no paper."""
    if not text[:1].isupper() or "*" in text:
        return None
    if not names_paper(text[:60].split(",", 1)[0]):
        return None  # the cheap test first: the name before the first comma names no paper
    return PLAIN_ISSUE_RE.match(text.strip())


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of each quoted title's lead (paperfirst): names recur
def names_paper(name: str) -> bool:
    """Does NAME hold a newspaper's word ("Knoxville News-Sentinel", "Daily Guide")?"""
    words = name.casefold().replace("-", " ").split()
    return any(w.strip(".’'") in NEWSPAPER_WORDS for w in words)


def _paper_read_as_author(parsed: Parsed, text: str) -> re.Match[str] | None:
    """The issue where plain text lost the paper's italics and the reader took its name for
    an author with no given names ("Economist, 12 April 1930, 812")."""
    author = parsed.fields.get("author", "")
    if not author or "," in author or not text.startswith(author + ","):
        return None
    return ISSUE_RE.match(f"*{author}*{text[len(author) :]}")


# the section of a paper an article ran in, and the edition before it (Chicago, as Zotero
# prints them): "*The Sunday Telegraph*, October 17, 2004, sec. Review", "9 April 2015,
# Online edition, sec. The Long Read, https://…"; a number after "sec." is a statute's
SECTION_RE = uregex.compile(
    r"(?:,\s+[A-Z][a-z]+\s+edition)?,\s+sec\.\s+[A-Z][^,;()]{0,40}?(?=,\s|\.?\s*$)"
)


def without_section(text: str) -> str:
    """TEXT without the newspaper section it names, which is no field of the work."""
    return SECTION_RE.sub("", text) if "sec. " in text else text
