"""Works that are no books though their notes print them as one: films, music videos,
photographs, plays, software, broadcasts. Zotero's Chicago notes name the medium right after
the italic title ("*Sugar Water*, Music video (Warner Music, 1996)"); such a work is `misc`.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed
from citekit.parse.patterns import CREDIT_RE, MEDIUM_AFTER_TITLE_RE, YEAR

# a recording's carrier closing its citation: "…, 1992, compact disc", "…, 2 LPs"
CARRIER_AT_END = (
    rf"(?i:,\s+(?:\d+\s+)?(?:{lexicons.alternation(lexicons.words('recording_carriers'))})\.?$)"
)
CARRIER_AT_END_RE = re.compile(CARRIER_AT_END)


# a recording's label, catalogue number, year and carrier closing its citation (Chicago
# 14.263): "…, Sony Classical S2K 48047, 1992, compact disc", "…, EMI CHS 7 61027 2, 1988, 2 CDs"
LABEL_ISSUE_RE = re.compile(
    rf",\s+(?P<label>[A-Z][^,\d]*?)\s+(?P<number>(?:[A-Z]*\d|[A-Z]{{2,}}\s+\d)[\w-]*"
    rf"(?:\s+[\w-]*\d[\w-]*)*),\s+{YEAR}{CARRIER_AT_END}"
)


def names_medium(text: str) -> bool:
    """Does TEXT name a medium right after an italic title ("*The Stairs*, Photograph"), the
    work's maker, as a film or a recording does ("…, directed by", "…, cond."), or end with a
    recording's carrier ("…, compact disc")?"""
    if CREDIT_RE.search(text):
        return True
    if CARRIER_AT_END_RE.search(text.rstrip()):
        return True
    return "*" in text and MEDIUM_AFTER_TITLE_RE.search(text) is not None


def as_medium(parsed: Parsed, text: str) -> Parsed:
    """PARSED as `misc` where TEXT names a medium right after the work's italic title; a
    recording's label and catalogue number become its publisher and number."""
    if parsed.entry_type not in ("book", "online", "misc") or not names_medium(text):
        return parsed
    return Parsed("misc", _label_and_number(dict(parsed.fields), text), parsed.locator)


def _label_and_number(fields: dict[str, str], text: str) -> dict[str, str]:
    """FIELDS with the label and catalogue number TEXT ends with ("Columbia ML 5060, 1956,
    LP"), where no other reading gave the work a publisher; a label named like a town
    ("Columbia") is no place."""
    issue = LABEL_ISSUE_RE.search(text.rstrip())
    if issue is None or "publisher" in fields:
        return fields
    label = issue.group("label")
    if fields.get("address") == label:
        del fields["address"]
    return {**fields, "publisher": label, "number": issue.group("number")}
