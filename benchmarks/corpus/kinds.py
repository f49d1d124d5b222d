"""A citation's kind (full, short, ibid, op-cit) from its place in the document and its text.

citeproc decides the form (first, subsequent, ibid); the kind is what the rendered text is.
A citation that opens with an ibid word is ibid; one with an op. cit. word is op-cit, with or
without a short title ("Smith, op. cit., p. 4", "Smith, *Title*, op. cit."), but for the Italian
"cit." after a word of the title ("Rossi, *Storia*, cit." is a short form). Any
other is full when it gives details beyond names and title (a date, a publisher or place, the
journal or book it is in, a URL or DOI: `details`), short when it does not; court cases and
statutes have no such details: their first citation is full, and so is a repeat of a statute
as long as the first that sends the reader to no earlier note ("supra note 3", "(n 3)"). A
repeat whose only detail is its year ("Beek 1950 (wie Anm. 5), 201") is an author-date short
form, unless it is as long as the first citation.
"""

from __future__ import annotations

import functools
import re

from benchmarks.corpus.config import load_json
from benchmarks.corpus.fields import fold

FULL_RATIO = 0.8  # a repeat this long, against the first citation, is a full citation again
LEGAL_TYPES = frozenset({"legal_case", "legislation", "treaty", "bill", "regulation"})
NO_DETAILS = frozenset({"legislation", "treaty", "bill", "regulation"})  # a name and a year at most
# a pointer to an earlier note: "supra note 3", "(n 3)", "(Anm. 3)", "(note 3)", "in n. 3"
# the Italian op. cit. words: after a short title they make a short form, as Italian writes it
CIT_ALONE = frozenset({"cit", "citata"})
NOTE_POINTER_RE = re.compile(r"\bsupra\b|\((?:n|note|nota|anm)\.? ?\d+\)|\bin n\. ?\d", re.I)


def classify(text: str, first: str | None, locator: str | None, item: dict, details: bool,
             dated_only: bool = False) -> str:  # fmt: skip
    """Kind of a citation rendered as `text`; `first`: the work's first one, without locator.

    `dated_only`: the year is the only detail the text gives ("Beek 1950 (wie Anm. 5), 201",
    "Waldron (2006) s. 119"); such a repeat is an author-date short form unless it is as long
    as the first citation (a style whose full form is "Name: Title (Year)")."""
    words = fold(without_locator(text, locator))
    if first is not None and any(words == t or words.startswith(t + " ") for t in _terms("ibid")):
        return "ibid"
    found = [t for t in _terms("op-cit") if f" {t} " in f" {words} "] if first is not None else []
    if found:  # Italian "Rossi, *Storia*, cit." is a short form; "Smith, *Title*, op. cit." not
        italian = all(t in CIT_ALONE for t in found)
        return "short" if italian and _names_title(words, item) else "op-cit"
    if dated_only and first is not None and len(words) < FULL_RATIO * len(fold(first)):
        return "short"
    if details or (first is None and item["type"] in LEGAL_TYPES):
        return "full"
    if item["type"] in NO_DETAILS and not NOTE_POINTER_RE.search(text):
        return "full" if len(words) >= FULL_RATIO * len(fold(first or "")) else "short"
    return "short"


def without_locator(text: str, locator: str | None) -> str:
    """The citation text without its pinpoint, to compare a repeat with the first citation."""
    return text.replace(locator, " ") if locator else text


def _names_title(words: str, item: dict) -> bool:
    """Whether the text gives a word of the title (a short title, not a bare op. cit.)."""
    title = fold(item.get("title-short") or item.get("title", ""))
    significant = [w for w in title.split() if len(w) > 3]
    return any(f" {w} " in f" {words} " for w in significant)


@functools.cache
def _terms(name: str) -> tuple[str, ...]:
    return tuple(sorted({fold(t) for t in load_json("terms.json")[name]}, key=len, reverse=True))
