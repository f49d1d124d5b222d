"""Catalogue and database numbers printed after a reference: PubMed's "PMID: 22933805" and
"PMCID: PMC2671603" (with "PubMed"/"PubMed Central" before them, as exports from PubMed
print them), a journal's "ISSN: 0044-3093" (biblatex's "issn:1548-7105"), MathSciNet's
"MR2217606" closing an entry in the styles of statistics and mathematics, and PubMed's
"Epub 2012/08/31", the day the article went online.

They name a record of the work, not its imprint, so a reader that meets them takes them for a
publisher or a place ("PubMed PMID:19412540" as the publisher, "ISSN" as the address). They
are taken out before the body is read: the ISSN as the entry's `issn`, the others kept, as
written, in its `note`.
"""

from __future__ import annotations

import re

# "PubMed PMID:19412540", "PMID: 30460196", "PubMedCentral PMCID:PMC2671603",
# "issn:1476- 4687", "ISSN 1540-8140", "MR2217606" (no space: "Orlam MR 1990" is a name),
# "Epub 2012/08/31", "Epub 2015 Aug 31", "Epub ahead of print"
RECORD_ID_RE = re.compile(
    r"(?P<id>\b(?:PubMed\s*)?PMID:?\s*\d{5,9}"
    r"|\b(?:PubMed\s*Central\s*)?PMCID:?\s*PMC\d{4,9}"
    r"|\b(?i:ISSN):?\s*(?P<issn>\d{4}\s?-\s?\d{3}[\dXx])\b"
    r"|\bMR\d{6,8}\b"
    r"|\bEpub(?:\s+ahead\s+of\s+print|\s+(?:1[89]|20)\d\d(?:[/ ](?:\d{1,2}|[A-Z][a-z]{2})){0,2})\b)"
)


def take_record_ids(text: str, fields: dict[str, str]) -> str:
    """TEXT without its record numbers; the ISSN goes to FIELDS as `issn`, the others to
    its `note` (after what is there)."""
    if "PM" not in text and "MR" not in text and "ssn" not in text.lower() and "Epub" not in text:
        return text  # the cheap test first: most references print none
    kept: list[str] = []
    for found in reversed(list(RECORD_ID_RE.finditer(text))):
        if found.group("issn"):
            fields.setdefault("issn", re.sub(r"\s", "", found.group("issn")))
        else:
            kept.insert(0, " ".join(found.group("id").split()))
        text = _joined(text[: found.start()], text[found.end() :])
    if kept:
        note = "; ".join(kept)
        fields["note"] = f"{fields['note']}; {note}" if fields.get("note") else note
    return text


def _joined(before: str, after: str) -> str:
    """The text around a removed number, without the separators it leaves ("…e5411. PMID:1;
    PMCID:2." -> "…e5411."), a comma kept between parts that both go on."""
    before, after = before.rstrip(" ;,"), after.lstrip(" ;,")
    if after.startswith("."):
        after = after[1:].lstrip()
    joint = " " if not after or before.endswith((".", ",", ":")) else ", "
    return f"{before}{joint}{after}".strip()
