"""A title that names its own authors again: an ISO 690 head in capitals, then a title whose
sentences open with those authors as GOST prints them ("ВЕЗЕН, Франсуа – ФЕДЬЕ, Франсуа.
Везен Ф. Философия французская … Федье Ф. Воображаемое. Власть"), a book of two essays
whose record's title lists them. The sentence "Федье Ф. …" is no new source: its family
is one the citation's head named, and the head's work has not yet reached its year."""

from __future__ import annotations

import re

from citekit.parse import isoshape, uregex
from citekit.parse.citestart import citation_start

HEAD_NAMES_RE = uregex.compile(rf"^{isoshape.NAMES_PATTERN}(?<!\.)\.\s", re.VERBOSE)
FAMILY_RE = uregex.compile(isoshape.FAMILY)
# GOST's "Family I." or "Family I. I." opening a sentence: "Федье Ф. Воображаемое"
GOST_OPENING_RE = uregex.compile(r"^(?P<family>[A-Z][a-z][\w'’-]+)\s+[A-Z]\.(?:\s?[A-Z]\.)?\s")
YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def head_author_again(prev: str, cur: str) -> bool:
    """Does CUR open with an author that PREV's ISO 690 head in capitals named, inside the
    title PREV began (no year read yet)?"""
    opening = GOST_OPENING_RE.match(cur)
    if opening is None:
        return False
    citation = prev[citation_start(prev) :]
    head = HEAD_NAMES_RE.match(citation)
    if head is None or YEAR_RE.search(citation):
        return False
    families = {f.casefold() for f in FAMILY_RE.findall(head.group("names"))}
    return opening.group("family").casefold() in families
