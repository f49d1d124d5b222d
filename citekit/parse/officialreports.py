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


def official_report(parsed: Parsed) -> Parsed:
    """PARSED as a report when a government printer published it as a body's or report's
    book, or a command paper's number stands in its address."""
    if parsed.entry_type not in ("book", "collection"):
        return parsed
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
