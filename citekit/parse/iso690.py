"""ISO 690 journal articles (and the GOST, Czech and ABNT styles that follow it): "FAMILY,
Given. Title of the article. *Journal*. Year, vol. 17, no. 1, pp. 33–43"; ABNT (NBR 6023)
puts the place and the numbers after a comma: "HERMANN, Jacqueline. Title: subtitle. *Tempo*,
Niterói, v. 2, n. 3, p. 81-105, jun. 1997", a newspaper its day: "*O Estado de S. Paulo*, São
Paulo, 14 mar. 1897, p. 1".

The article's title is plain and the journal is in italics, so the general grammar would read
the journal as a book and the title as more names; the shape says which is which: names with
the family in capitals (or a same-author word, "Idem."), a sentence, the journal, and at once
the year, or (ABNT) the place and the volume, issue or day.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.containers import parse_article
from citekit.parse.elements import Parsed, clean_title, match_title
from citekit.parse.isoshape import CONTAINER, YEAR_AFTER_RE, authors, head_match

# ABNT after the journal: its place (no digit), then a volume, an issue or a day and month
# and year: ", Niterói, v. 2, n. 3", ", São Paulo, 14 mar. 1897"
ABNT_AFTER_RE = re.compile(
    r"^,\s*(?:[^\W\d_][^,\d]*,\s*)?"
    r"(?:v\.\s*[\dIVXLC]+\s*,|n\.\s*\d+\s*,|\d{1,2}\s+[^\W\d_]{3,4}\.?\s+(?:1[5-9]|20)\d\d\b)"
)
# the container word that ends the head before the journal: "Title. In: *Journal*", "Title.
# V *Časopis*" (Czech and Slovak styles print it before journals too)
HEAD_CONTAINER_RE = uregex.compile(rf"(?<=[.?!”»\"])\s+{CONTAINER}\s*:?$")
SAME_AUTHOR = lexicons.words("same_author_words")  # "idem", "id", "ders"
# a same-author word as the head's names, then the title: "Idem. A nossa Vendéia"
SAME_AUTHOR_HEAD_RE = re.compile(r"^(?P<names>[^\W\d_]{2,8})\.\s+(?P<title>[^*]*\S)\s*$")


def iso_article(work: str, journal: re.Match[str]) -> Parsed | None:
    """The article of WORK whose JOURNAL (in italics) follows its plain title; None when WORK
    does not have that shape."""
    after = work[journal.end() :]
    if not journal.group().startswith("*"):
        return None
    if not (YEAR_AFTER_RE.match(after) or ABNT_AFTER_RE.match(after)):
        return None
    before = HEAD_CONTAINER_RE.sub("", work[: journal.start()].strip())
    head = head_match(before) or _same_author_head(before)
    if head is None:
        return None
    found = authors(head.group("names")) or _same_author(head.group("names"))
    people = {"author": " and ".join(found)} if found else {}
    title = clean_title(head.group("title").rstrip(" ."))
    return parse_article(title, people, match_title(journal), after.lstrip(" ."))


def _same_author_head(before: str) -> re.Match[str] | None:
    head = SAME_AUTHOR_HEAD_RE.match(before)
    return head if head and head.group("names").casefold() in SAME_AUTHOR else None


def _same_author(names: str) -> list[str]:
    """ "Idem": the word itself, which the author of the citation before replaces."""
    return [names] if names.casefold() in SAME_AUTHOR else []
