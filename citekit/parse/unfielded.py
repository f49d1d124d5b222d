"""Words between a title and its container that name no BibTeX field, taken out before the
grammars read a citation or a reference-list entry.

- A publication status after a journal's name: "*Cortex*, ahead of print, December 22,
  2021", "Journal, Epub ahead of print, 2020", "Journal. Advance online publication." (the
  article is out online before its issue). Left in place it reads as part of the journal's
  name or as a book's publisher; without it the journal and date read as any article's do.
- A chapter's number before "in" and its book: "“Giant Planets,” 17 in *Exoplanets*, ed. …"
  (left in place, "17 in Exoplanets" reads as the book's title, or the "in" is not seen).
- A bracket after the imprint's year that notes another printing: "Paris, José Corti, 1966
  (rééd. Genève, Slatkine Reprints, 1980)" (its place and year would read as the imprint's).
- Citing Medicine's medium designator: "Title [Internet]. London: …; 2016 [cited …]", "Am J
  Nurs [Internet]. 2002 Jun …" (left in place, it ends the title or the journal's name).
- An issue's day and month printed in figures before its year: "Lien social, 25/04/2013, n°1103"
  (the grammars read dates in words; "25/04/" would read as a publisher's or a place's). The
  year stays; "Heft 3/2010" (an issue's number and year) is no date and stays whole.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.reprints import without_other_printing

STATUS_RE = deferred.compile(
    r"[,.]?\s+(?:(?:online|epub)\s+)?ahead\s?of\s?print\b\.?"
    r"|[,.]?\s+advance\s+online\s+publication\b\.?",
    re.IGNORECASE,
)
# after a quoted title's closing mark (and its comma or stop): "…,” 10.16 in Treatise"
# "25/04/2013", "25.04.2013": a day (1-31), a month (1-12), a year
# between commas, as an issue's date is printed ("Stand: 06.07.2020" is an access date)
NUMERIC_DATE_RE = re.compile(
    r"(?<=,\s)(?:0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?:0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<year>(?:1[5-9]|20)\d\d)(?=,)"
)
# Citing Medicine's medium after a title or a journal's name: "Title [Internet].", "Am J Nurs
# [Internet]. 2002 Jun …", "[monograph on the Internet]", "[CD-ROM]"
MEDIUM_RE = re.compile(r"\s*\[(?:Internet|[a-z]+(?:\s[a-z]+)?\son\sthe\sInternet|CD-ROM|DVD)\]")
CHAPTER_IN_RE = re.compile(r"(?<=[”\"’])(?P<stop>[,.]?)\s+\d{1,3}(?:\.\d{1,3})?\s+(?=in\s)")


def without_unfielded(text: str) -> str:
    """TEXT without a publication status, a chapter's number before "in", a note on another
    printing, or an issue's day and month in figures."""
    if "/" in text or ".1" in text or ".2" in text:  # cheap prefilter: "25/04/", ".2013"
        text = NUMERIC_DATE_RE.sub(r"\g<year>", text)
    if "head" in text or "dvance" in text:  # cheap prefilter: most notes hold neither
        text = STATUS_RE.sub("", text)
    if " in " in text:
        text = CHAPTER_IN_RE.sub(r"\g<stop> ", text, count=1)
    if "Internet]" in text or "-ROM]" in text or "DVD]" in text:
        text = MEDIUM_RE.sub("", text)
    return without_other_printing(text)
