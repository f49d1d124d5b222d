"""Numeric dates with stops ("27.05.2016", "1.7.2013") read as the year they name.

German, Dutch, Scandinavian and Central European notes date newspapers, online journals and
web pages day first with stops: "Neue Zürcher Zeitung, 27.05.2016", "in: Digital Humanities
Quarterly 7 (1), 01.07.2013, Abs. 16", "in: Wikipedia, 05.09.2018". The grammars know a year
and the dates of words; the stopped digits they read as a place ("19.02."), or as a volume and
issue ("27", "05"). Day and month are no fields the grammars fill from a note in these styles
(written as words, "19 February 2019", the date is swallowed into the journal's name), so the
date becomes its year before the grammar reads the citation. Access dates ("Stand:
06.08.2020") are taken out before this, as the access date of the link.
"""

from __future__ import annotations

import re

from citekit.parse import deferred

# day and month of one or two digits, a four-digit year of print; not part of a longer number
# or of a section number ("2.1.3"); Czech and Slovak space them ("23. 6. 2020")
DOTTED_DATE_RE = deferred.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.[ \u00a0]?(?:0?[1-9]|1[0-2])\.[ \u00a0]?"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?![\d.]\d)"
)
HAS_DOTTED_RE = re.compile(r"\d\.[ \u00a0]?\d")  # cheap prefilter: most citations hold none


def year_only(text: str) -> str:
    """TEXT with each stopped numeric date replaced by its year: "19.02.2019" -> "2019"."""
    if not HAS_DOTTED_RE.search(text):
        return text
    return DOTTED_DATE_RE.sub(lambda m: m.group("year"), text)


YEAR_ALONE_RE = deferred.compile(r"(?:1[5-9]|20)\d\d")


def without_year_title(fields: dict[str, str]) -> dict[str, str]:
    """FIELDS without a title that is a year alone ("Wikipedia, 27.04.2020": a site and the
    date of the page read as author and title); the year it names stays the year."""
    title = fields.get("title", "")
    if len(title) != 4 or not YEAR_ALONE_RE.fullmatch(title):
        return fields
    return {"year": title, **{k: v for k, v in fields.items() if k != "title"}}
