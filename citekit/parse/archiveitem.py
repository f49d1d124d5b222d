"""An archival item described before its reference and its archive: "Admission and discharge
register, Royal Victoria Hospital, Netley, 1917, MH 106/2101, The National Archives, Kew",
"D. A. Henderson to K. Raška, 12 March 1968, SE 2/418/1, WHO Archives, Geneva". The
description is the work's title; the reference (a call number) is its note."""

from __future__ import annotations

import re

from citekit.parse.patterns import COLLECTION_NAME_RE

# a call number: "MH 106/2101", "HC/EB/5/2", "M74/1/1", "PUP 1/4", "FO 46/152", "Add MS 21254";
# a letter first, a figure in it, at most four words (a date opens with its day or month word)
REFERENCE_RE = re.compile(r"[A-Z][\w.]*(?:[ /][\w.]+){0,3}")
MONTHS_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE
)


def item_and_reference(parts: list[str], names_archive) -> tuple[str, str] | None:
    """(title, reference) where PARTS describe an item, give its call number, then name the
    archive that holds it; None otherwise. NAMES_ARCHIVE(part) tells a repository's name."""
    for index, part in enumerate(parts):
        if _reference(part):
            before, after = parts[:index], parts[index + 1 :]
            if _described(before, names_archive) and any(names_archive(p) for p in after):
                return ", ".join(before), part
            return None
    return None


def _reference(part: str) -> bool:
    if not any(c.isdigit() for c in part) or not REFERENCE_RE.fullmatch(part):
        return False  # (the cheap test first)
    return ("/" in part or re.search(r"[A-Z]\s?\d", part) is not None) and not MONTHS_RE.search(
        part
    )


def _described(before: list[str], names_archive) -> bool:
    """Words that describe an item: the first part a few words from a capital; no archive, no
    collection among them (a collection is the work: "Carl B. Stokes Papers, MS 4370")."""
    if not before or len(before[0].split()) < 2 or not before[0][:1].isupper():
        return False
    return not any(names_archive(p) or COLLECTION_NAME_RE.search(p) for p in before)
