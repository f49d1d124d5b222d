"""Links and identifiers at the end of a reference-list entry: URL, DOI, access dates,
"Available at", ISBN and series statements, taken out before the body is read."""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.imprint import iso_date

URL_RE = deferred.compile(r"<?(?P<url>https?://[^\s<>]+[^\s<>.,;)])>?\.?")
DOI_RE = deferred.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)(?P<doi>10\.\d{4,9}/[^\s<>]+[^\s<>.,;])", re.I
)
ACCESSED_RE = deferred.compile(
    r"(?:\b(?:Accessed|Retrieved|Consulté le|Zugriff am|Abgerufen am|cited)\s*(?:on\s*)?)"
    r"(?P<date>[^.;]*?\d{4}|\d{4}[^.;]*?\d{1,2})[\],.;]*(?:\s*,?\s*from\s*)?",
    re.IGNORECASE,
)
# what introduces a link that has been taken out: "Available at: <url>", "Retrieved from"
# ("Available: <url>", "URL: <url>", "Retrieved from EBL: <url>": a database's name too)
AVAILABLE_RE = deferred.compile(
    r"\s*\b(?:Available(?:\s+(?:at|from|online))?|Online|URL|Retrieved\s+from(?:\s+[A-Z][\w-]*)?)"
    r"\s*:?\s*(?=[.,]?\s*$)"
)
# a book's ISBN, no part of its imprint: "ISBN 978-0-521-63338-3", "ISBN: 0486653633"
ISBN_RE = deferred.compile(r",?\s*\bISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,16}[\dXx]\b\.?")
# a series in parentheses after the publisher: "SBL Press (Ancient Near East Monographs, 21)"
SERIES_RE = deferred.compile(r"\s*\([^()]*[^\W\d_][^()]*,\s*\d+\)(?=[.,]?\s*$)")


def read_links(rest: str, fields: dict[str, str]) -> str:
    rest = AVAILABLE_RE.sub(" ", take_links(rest, fields))
    rest = SERIES_RE.sub("", ISBN_RE.sub("", rest).strip(" .,"))
    accessed = ACCESSED_RE.search(rest)
    if accessed:
        date = iso_date(accessed.group("date"))
        if date:
            fields["urldate"] = date
        rest = rest[: accessed.start()] + rest[accessed.end() :]
        rest = re.sub(r"[(\[]\s*[)\]]", "", rest).strip(" .,")  # "(accessed …)" left "()"
        rest = AVAILABLE_RE.sub(" ", rest)  # "Online: <url> (accessed …)"
    return rest.strip(" .,")


def take_links(rest: str, fields: dict[str, str]) -> str:
    """The text without its DOI and URL, which go to `fields` (a linked title keeps its words)."""
    doi = DOI_RE.search(rest)
    if doi:
        fields.setdefault("doi", doi.group("doi"))
        rest = _cut(rest, doi)
    url = URL_RE.search(rest)
    if url:
        fields.setdefault("url", url.group("url"))
        rest = _cut(rest, url)
    return rest.strip()


def _cut(rest: str, match: re.Match[str]) -> str:
    """The text without a link, keeping the period that closed the sentence it ended."""
    before, after = rest[: match.start()].rstrip(), rest[match.end() :].lstrip()
    closed = match.group().endswith(".") and before[-1:] not in ".?!"
    return f"{before}{'.' if closed else ''} {after}"
