"""An EU institution's document cited by its number: "Commission, ‘Free Movement …’
(Communication) COM (2013) 837 final, 4", "SWD(2016) 50 final", "SEC (2011) 1234". The
series, the year in brackets and the number name the document, a report of its institution;
the figures in them are no volume, and only what follows them is the pinpoint.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.endanchored import EndAnchored
from citekit.parse.patterns import YEAR

# "COM (2013) 837 final", "COM(2020) 10", "SWD(2016) 50 final", "JOIN(2016) 30"
EU_DOCUMENT_RE = EndAnchored(  # searched from the last character no match holds
    uregex.compile(
        rf"\b(?P<number>(?:COM|SEC|SWD|JOIN)\s?\((?P<year>{YEAR})\)\s?\d{{1,5}}(?:\s+final)?)"
        r"(?:,\s*(?P<pin>(?:pp?\.\s*|paras?\s+)?\d+(?:\s*[-–]\s*\d+)?))?\.?\s*$"
    )
)


def as_eu_document(
    work: str, fields: dict[str, str], locator: str | None
) -> tuple[dict[str, str], str | None] | None:
    """(fields, pinpoint) of WORK when it ends with an EU document's number, else None."""
    found = EU_DOCUMENT_RE.search(work) if "(" in work else None
    if found is None:
        return None
    number = re.sub(r"\s+", " ", found.group("number"))
    kept = {k: v for k, v in fields.items() if k not in ("journal", "volume", "pages", "number")}
    kept.setdefault("year", found.group("year"))
    return {**kept, "number": number}, found.group("pin") or None


def numbered_document(fields: dict[str, str]) -> bool:
    """Do FIELDS give an EU document's number ("COM (2013) 837 final")?"""
    return bool(EU_DOCUMENT_RE.fullmatch(fields.get("number", "")))
