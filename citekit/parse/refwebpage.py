"""A reference-list entry for a web page published by a body, not a book:

    Shostak, Frank. ‘The Bitcoin Money Myth’, Ludwig von Mises Institute, 17 April 2013,
    <https://mises.org/daily/6411/>.

A title in quotation marks names a part or a page, not a book; with an address and no
container after it, the name before the date is the body that put the page up, and the day
and month before the year are the page's date, no part of that name.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.patterns import MONTHS

# ", 17 April", ", April 17" or " (September" at the end of a publisher whose year was taken
DAY_MONTH_END_RE = deferred.compile(
    rf",?\s+\(?(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\.?(?:\s+\d{{1,2}})?)\.?\s*$", re.IGNORECASE
)


def dated_page(entry_type: str, fields: dict[str, str], *, quoted: bool) -> str:
    """ENTRY_TYPE, or "online" for a quoted title read as a book that has an address;
    the page's day and month taken off its publisher's name."""
    if not quoted or entry_type != "book" or "url" not in fields:
        return entry_type
    publisher = fields.get("publisher")
    if publisher:
        fields["publisher"] = DAY_MONTH_END_RE.sub("", publisher)
    return "online"
