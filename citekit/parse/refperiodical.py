"""A periodical named after an article's title, with no volume or pages after it.

"“Title,” IEEE Transactions on Computers, June, 1979.", "Title. Applied Optics, to appear.",
"Title. The Times. Retrieved from <url>", "Title. SIAM J. Discr. Math., to appear.": what
follows the title is a name and perhaps a date or a status, and the name is a periodical's
by its words (lexicons/periodical_words: "Journal", "Review", "Globe", "Zeitschrift") or by
the "J." of an abbreviated journal's name. refbody reads it as the journal of an article.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, uregex
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.reftail import MONTHS

PERIODICAL_WORDS = lexicons.words("periodical_words")
# what may close the name: a date ("June, 1979", "4 January", "(2012)", "September 1996"), a
# status ("to appear", "in press"), a link's label left when the link was taken out
TAIL_RE = uregex.compile(
    r"(?:[,.]?\s+[Vv]ol\.?\s*(?P<volume>\d+))?"  # "…, Vol. 62, 1994"
    r"(?:[,.]?\s+\(?(?P<date>"
    rf"(?:(?i:{MONTHS})\.?,?\s+)?(?:\d{{1,2}},?\s+)?(?P<year>(?:1[5-9]|20)\d\d)"
    rf"|\d{{1,2}}\s+(?i:{MONTHS})\.?|(?i:{MONTHS})\.?"
    r")\)?|[,.]?\s+(?i:to\s+appear|in\s+press|forthcoming))?"
    # its pages, or a count of them: ". Page 15", ", pp. 3-9", ", 546 pp."
    r"(?:[,.]?\s+(?:(?:[Pp]ages?|pp?\.)\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?)|(?P<count>\d+)\s*pp\.?))?"
    r"(?:[,.]?\s+(?i:retrieved|available)(?:\s+(?:at|from|online))?:?)?[.,]?\s*$"
)
NAME_RE = uregex.compile(r"^[A-Z][^\d:;()\[\]“”\"«»*]{1,120}$")  # capitalised, no numbers
ABBREVIATED_RE = deferred.compile(
    r"(?:^|\s)J\.?\s+[A-Z]"
)  # "SIAM J. Discr. Math.", "J Appl Physiol"
MAX_WORDS = 12
# a status only an article's periodical is named with: "Applied Optics, to appear", "Memory
# Studies, in press" (a book's is named with its publisher, whose words PUBLISHER_WORDS_RE
# finds: "Oxford University Press, forthcoming")
STATUS_RE = deferred.compile(r"\b(?:to\s+appear|in\s+press)\b", re.IGNORECASE)


def unnumbered(rest: str, *, doi: str = "") -> tuple[str, dict[str, str]] | None:
    """(the periodical's name, the year, volume and pages stated after it), or None when
    REST is no such name. DOI: the entry's, when stated (an article's, unless a book's ISBN
    is in it, "10.1017/CBO9780511…", or a year follows the name as a publisher's does)."""
    tail = TAIL_RE.search(rest)
    name = rest[: tail.start()].strip(" .,") if tail else rest.strip(" .,")
    if not NAME_RE.match(name) or len(name.split()) > MAX_WORDS or name.startswith("In "):
        return None
    found = tail.groupdict() if tail else {}
    if found.get("year"):
        doi = ""  # "IREMAM, 2012. doi:10.4000/…": a publisher's name and year, a book's DOI
    if PUBLISHER_WORDS_RE.search(name) or not _periodical(name, rest, doi):
        return None
    stated = {"year": found.get("year"), "volume": found.get("volume")}
    stated["pages"] = found.get("pages") or found.get("count")
    return name, {k: v for k, v in stated.items() if v}


def _periodical(name: str, rest: str, doi: str) -> bool:
    words = (w.strip(".,'’").casefold() for w in name.split())
    if any(w in PERIODICAL_WORDS for w in words) or ABBREVIATED_RE.search(name) is not None:
        return True
    if doi and "978" not in doi:
        return True
    return ("appear" in rest or "press" in rest) and STATUS_RE.search(rest) is not None
