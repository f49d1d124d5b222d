"""A state's report read as a book: "Board of Trade, *An Industrial Survey of the Lancashire
Area* (London: HMSO, 1932)", "*The Independent Review of Administrative Law* (CP 407, 2021)".

The grammar reads an author, a title and an imprint and calls the whole a book. Published by a
government printer and written by a body of the state (a name with no given names) or titled
as a report, it is a report; a command paper's number ("CP 407", "Cm 5860", "Cmd. 1734") in the
place of an imprint makes it one too, and is its number, not its place.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed

GOVERNMENT_PRINTERS = lexicons.words("government_printers")  # "hmso", "government printing office"
# the words a report's title holds: "Report of …", "An Industrial Survey of …", "… Review of …"
REPORT_TITLE_RE = re.compile(r"\b(?:Report|Survey|Inquiry|Enquiry|Commission|Committee|Review)\b")
# a UK command or House paper's number: "CP 407", "Cm 5860", "Cmnd. 6404", "Cmd. 1734", "HC 123"
COMMAND_PAPER_RE = re.compile(r"(?:CP|Cm|Cmnd|Cmd|HC)\.?\s\d{1,5}")
# an agency's report number before the title (Bluebook's institutional reports): "U.S. Gov’t
# Accountability Office, GAO-08–925, Information Technology: …", "OTA-CIT-422": the agency's
# letters, a hyphen, then numbers (a letter group may come between)
NUMBER_BEFORE_TITLE_RE = re.compile(
    r"^(?P<number>[A-Z]{2,}(?:[-–][A-Z]{1,6})*[-–]\d[\d–-]*[A-Z]?),\s+(?P<title>[A-Z].{3,})$"
)
# a series and number closing the imprint of a working paper: "Sloan Sch. of Mgmt., Mass. Inst.
# of Tech., Working Paper No. 3477–92", "… Pub. Law Research Paper No. 08-12"
PAPER_NUMBER_END_RE = re.compile(
    r"(?:^|,\s+)(?:[A-Z][\w.’'-]*\s+){0,4}(?:Working|Discussion|Research|Occasional)\s+Paper"
    r"\s+No\.\s*(?P<number>[\w–./-]*\d[\w–./-]*)$"
)


def official_report(parsed: Parsed) -> Parsed:
    """PARSED as a report when a government printer published it as a body's or report's
    book, or a command paper's number stands in its address."""
    if parsed.entry_type not in ("book", "collection"):
        return parsed
    numbered = _numbered_report(parsed.fields)
    if numbered is not None:
        return Parsed("techreport", numbered, parsed.locator)
    fields = parsed.fields
    address = fields.get("address", "")
    if COMMAND_PAPER_RE.fullmatch(address):
        moved = {k: v for k, v in fields.items() if k != "address"}
        return Parsed("techreport", {**moved, "number": address}, parsed.locator)
    if fields.get("publisher", "").casefold() not in GOVERNMENT_PRINTERS:
        return parsed
    author = fields.get("author", "")
    by_body = bool(author) and "," not in author  # "Board of Trade": no given names
    if by_body or REPORT_TITLE_RE.search(fields.get("title", "")):
        return Parsed("techreport", fields, parsed.locator)
    return parsed


def _numbered_report(fields: dict[str, str]) -> dict[str, str] | None:
    """FIELDS with the report's number taken out of the title it opens or the address it
    closes ("GAO-08–925, Title"; "(Inst., Working Paper No. 3477–92, 1992)"), else None."""
    lead = NUMBER_BEFORE_TITLE_RE.match(fields.get("title", ""))
    if lead is not None:
        return {**fields, "title": lead.group("title"), "number": lead.group("number")}
    for name in ("address", "publisher"):
        paper = PAPER_NUMBER_END_RE.search(fields.get(name, ""))
        if paper is not None:
            rest = fields[name][: paper.start()].strip(" ,")
            moved = {k: v for k, v in fields.items() if k != name}
            institution = {"institution": rest} if rest else {}
            return {**moved, **institution, "number": paper.group("number")}
    return None
