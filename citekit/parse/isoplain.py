"""ISO 690 journal articles in plain text, where no italics mark the journal: "GARDINER, J M.
Contingency relations. Journal of Experimental Psychology. 1991, т. 17, с. 335", "CANAL, J.
La memoria transnacional. En Historia Crítica. 2020, vol. 75, p. 12".

iso690.py reads the same shape with the journal in italics. Without them the journal is found
by its place: the sentence that ends just before the year (". 1991, т. 17"), or everything after
the container word ("En", "In:", "V") up to it. A book's imprint never puts its year straight
after a full stop ("Paris: Seuil, 1990"), and a chapter's container has its place and publisher
before the year, so neither has this shape.
"""

from __future__ import annotations

import re

from citekit.parse import deferred, uregex
from citekit.parse.containers import CONTAINER_WORDS, parse_article
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.isoshape import LABELLED_NUMBERS, authors, head_match

# the year straight after the journal's full stop, then its numbers: ". 1991, т. 17",
# ". 2020, vol. 75", ". 2017, p. 339" (and ENAH's volume first: ", 20. 2018: 26–35", the
# Slovak and Czech styles' labelled numbers first: ". roč. 19, č. 4, 2019, s. 316")
YEAR_AFTER_STOP_RE = re.compile(
    rf"(?:,\s*[\w/]+(?:\s*\([\w/]+\))?)?\.\s*{LABELLED_NUMBERS}"
    r"(?:1[5-9]|20)\d\d[a-z]?\s*[,:]\s*\S"
)
# where a sentence ends inside the text before the year: after a word of four letters or more,
# a question or a closing quote ("happen. ", "Beluga? ", "inmortal». "), not an initial or an
# abbreviation ("J M. ", "Exp. ")
SENTENCE_END_RE = deferred.compile(r"(?:(?<=[^\W\d_]{4}\.)|(?<=[?!])|(?<=[)»”\"’][.?!]))\s+(?=\S)")
# the container word that opens the journal: ". En Historia Crítica", ". In: Zeitschrift",
# "in 1919? V Journal"
CONTAINER_RE = uregex.compile(rf"[.?!]\s+{CONTAINER_WORDS}\s*:?\s+(?=[A-Z])")
MEDIUM_RE = deferred.compile(r"\s*\[[^\]]{2,20}\]\s*$")  # "[en línea]", "[online]", "[v síti]"
# a chapter's editors after the container word: "En GIMENO, H. ed.", "In: SMITH, J. (ed.)"
EDITORS_RE = uregex.compile(r"^[A-Z][A-Z'’-]+,\s+(?:[A-Z]\.?\s*)+.*?\b(?:eds?|dir|coord|Hrsg|ed)\b")


def plain_iso_article(work: str) -> Parsed | None:
    """The ISO 690 article WORK (no italics in it), or None when it lacks that shape."""
    if "*" in work:
        return None
    year = YEAR_AFTER_STOP_RE.search(work)
    if year is None:
        return None
    before = work[: year.start()]
    split = _journal_start(before)
    if split is None:
        return None
    head_end, journal_start = split
    journal = MEDIUM_RE.sub("", before[journal_start:]).strip(" .")
    head = head_match(before[:head_end].strip())
    if head is None or not journal or EDITORS_RE.match(journal):
        return None
    found = authors(head.group("names"))
    people = {"author": " and ".join(found)} if found else {}
    title = clean_title(head.group("title").rstrip(" ."))
    return parse_article(title, people, clean_title(journal), work[year.start() :].lstrip(" ."))


def _journal_start(before: str) -> tuple[int, int] | None:
    """Where the head ends and the journal starts in BEFORE (the text before the year): after
    the last container word, else after the last sentence's end."""
    containers = list(CONTAINER_RE.finditer(before))
    if containers:
        return containers[-1].start() + 1, containers[-1].end()
    ends = list(SENTENCE_END_RE.finditer(before))
    if not ends:
        return None
    return ends[-1].start(), ends[-1].end()
