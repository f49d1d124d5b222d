"""Sigla: a standard edition cited by its abbreviation and numbers alone.

Philosophers, musicologists and patristic scholars cite their standard editions so: "KrV A 51/B
75", "GA 3, 28–30", "AA 4:421", "BGA 6, no. 2240", "PL 32, 1025". A siglum counts only where
the document uses it so in two notes, or once and says what it stands for ("cited as KrV",
"(BKh)"): an abbreviation opening one note's prose ("US 12 …") is no citation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.prefilter import GuardedBy

# the abbreviation: two to five letters, capitals first, two capitals at least ("KrV", "BKh")
SIGLUM = r"[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{1,4}"
_NUMBERS = r"\d+(?:\s*[–-]\s*\d+)?"
# what follows it: "A 51/B 75", "3, 28–30", "4:421", "9:110", "6, no. 2240", "2"
LOCATOR = (
    rf"(?:[AB]\s?{_NUMBERS}(?:\s*/\s*[AB]\s?{_NUMBERS})?"
    rf"|(?P<volume>\d+)(?:\s*[:.]\s*{_NUMBERS}|,\s*(?:(?:no|nos|p|pp|col)\.\s*)?{_NUMBERS})?)"
)
SIGLUM_CITATION_RE = re.compile(rf"(?P<siglum>{SIGLUM})\s+(?P<locator>{LOCATOR})\.?")
# a part of a note that is such a citation, after a lead-in ("compare", "see also")
_USE_RE = deferred.compile(
    rf"(?:^|[;:]\s+|\b(?i:see|also|compare|cf\.|and)\s+)(?P<siglum>{SIGLUM})\s+{LOCATOR}\.?"
    r"(?=\s*(?:[;,]|$))"
)
# what every _USE_RE match holds, found by a scan for capitals (_USE_RE's lead-ins are tried at
# every position): a siglum of two to five letters, two of them capitals ("KrV", "GA"), then
# its locator's first character
SIGLUM_SHAPE_RE = re.compile(r"[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,3}\s+[AB\d]")
# "cited as KrV", "other works as AA by volume", "(BGA)": the document names its sigla
DEFINED_RE = re.compile(
    rf"\b(?:cited|quoted|given)\s+as\s+(?P<cited>{SIGLUM})\b|\bas\s+(?P<by>{SIGLUM})\s+by\b"
    rf"|\((?P<bracket>{SIGLUM})\)"
)
# its first two branches are tried at every position; every match holds "as" and a space, or
# a bracket and a capital (the siglum's first letter): where neither is, it is not run
DEFINED_RE = GuardedBy(DEFINED_RE, re.compile(r"as\s|\([A-Z]"))

DIGIT_RE = re.compile(r"\d")


def document_sigla(texts: Iterable[str]) -> list[str]:
    """The sigla the notes cite by: used in two notes, or in one and defined."""
    used: Counter[str] = Counter()
    defined: set[str] = set()
    for text in texts:
        if "as " in text or "(" in text:
            defined.update(_definitions(text))
        # a siglum's locator has a digit (the engine looks, not a loop), and a siglum its shape
        if DIGIT_RE.search(text) and SIGLUM_SHAPE_RE.search(text):
            used.update({m.group("siglum") for m in _USE_RE.finditer(text.strip())})
    return [s for s, count in used.items() if count >= 2 or s in defined]


def _definitions(text: str) -> set[str]:
    return {
        m.group("cited") or m.group("by") or m.group("bracket") for m in DEFINED_RE.finditer(text)
    }


def announce(fields: dict[str, str], prefix: str) -> None:
    """Give a full citation the siglum the commentary before it names ("cited as KrV … in the
    translation of", "other works as AA by volume and page of"): the last such phrase."""
    if "as " not in prefix or fields.get("_hereafter"):
        return
    found = [m.group("cited") or m.group("by") for m in DEFINED_RE.finditer(prefix)]
    siglum = next((s for s in reversed(found) if s), "")
    if siglum:
        fields["_hereafter"] = siglum


def unless_defined(span: str, forms: tuple[str, ...]) -> tuple[str, ...]:
    """FORMS less those SPAN only defines: "Heidegger's works are cited as GA by volume" names
    the siglum without citing anything."""
    if "as " not in span:  # the common case, at once
        return forms
    defined = {m.group("cited") or m.group("by") for m in DEFINED_RE.finditer(span)}
    return tuple(f for f in forms if f not in defined)


# a siglum citation that closes a sentence of prose after its colon: "… in the appendix: GA 3,
# 274–96"
AFTER_COLON_RE = deferred.compile(rf":\s+(?P<siglum>{SIGLUM})\s+{LOCATOR}\.?\s*$")


def after_prose(span: str, start: int, forms: tuple[str, ...]) -> int:
    """Where the citation in SPAN starts: START, or a document siglum's start where prose and a
    colon stand before it ("The transcript is printed as an appendix: GA 3, 274–96")."""
    if not forms or ": " not in span:
        return start
    found = AFTER_COLON_RE.search(span, start)
    if found is None or found.group("siglum") not in forms:
        return start
    return found.start("siglum")


def read_siglum(text: str, sigla: Iterable[str]) -> Parsed | None:
    """A short citation that is a document siglum and its numbers: the siglum as the title,
    the volume after it, the rest as the pinpoint; None for any other text."""
    match = SIGLUM_CITATION_RE.fullmatch(text.strip())
    if match is None or match.group("siglum") not in sigla:
        return None
    fields = {"title": match.group("siglum"), "_siglum": match.group("siglum")}
    if match.group("volume"):
        fields["volume"] = match.group("volume")
    return Parsed("misc", fields, match.group("locator"))
