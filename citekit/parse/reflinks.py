"""Links and identifiers at the end of a reference-list entry: URL, DOI, access dates,
"Available at", ISBN and series statements, taken out before the body is read."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.imprint import iso_date
from citekit.parse.recordids import take_record_ids

# a link, with its scheme or a "www." host ("URL: www.cs.example.edu/~a/mono.ps")
URL_RE = deferred.compile(r"<?(?P<url>(?:https?://|(?<![\w.@/])www\.)[^\s<>]+[^\s<>.,;)])>?\.?")
DOI_RE = deferred.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)(?P<doi>10\.\d{4,9}/[^\s<>]+[^\s<>.,;])", re.I
)
# (Vancouver's "[cited 2023 Mar 14]": the year first)
ACCESSED_RE = deferred.compile(
    r"(?:\b(?:Accessed|Retrieved|Consulté le|Zugriff am|Abgerufen am|cited|geraadpleegd(?: op)?"
    r"|consultado(?: el| em)?|consultato il|acesso em|acedido em|(?:fecha de )?consulta:"
    r"|ultimo accesso|último acceso)\s*(?:on\s*)?)"
    r"(?P<date>(?:1[5-9]|20)\d\d\s[A-Z][a-z]{2,8}\.?(?:\s\d{1,2})?"
    r"|[^.;]*?\d{4}|\d{4}[^.;]*?\d{1,2})[\],.;]*(?:\s*,?\s*from\s*)?",
    re.IGNORECASE,
)
# what introduces a link that has been taken out: "Available at: <url>", "Retrieved from"
# ("Available: <url>", "URL: <url>", "Retrieved from EBL: <url>": a database's name too)
# (or a label of lexicons/link_labels: "Disponible sur:", "Volltext:")
AVAILABLE_RE = deferred.compile(
    r"\s*\b(?:Available(?:\s+(?:at|from|online))?|Online|URL|Retrieved\s+from(?:\s+[A-Z][\w-]*)?"
    rf"|(?i:{lexicons.alternation(lexicons.words('link_labels'))}))"
    r"\s*:?\s*(?=[.,]?\s*$)"
)
LINK_LABEL_RE = deferred.compile(r"^(?:URL|Available(?:\s+(?:at|from))?|Online)\s*:\s*", re.I)
# a book's ISBN, no part of its imprint: "ISBN 978-0-521-63338-3", "ISBN: 0486653633"
ISBN_RE = deferred.compile(r",?\s*\bISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,16}[\dXx]\b\.?")
# a series in parentheses after the publisher: "SBL Press (Ancient Near East Monographs, 21)"
SERIES_RE = deferred.compile(r"\s*\([^()]*[^\W\d_][^()]*,\s*\d+\)(?=[.,]?\s*$)")


def read_links(rest: str, fields: dict[str, str]) -> str:
    rest = AVAILABLE_RE.sub(" ", take_links(rest, fields))
    rest = ISBN_RE.sub("", rest).strip(" .,")
    rest = _read_accessed(rest, fields)
    # after the access date, which SERIES_RE would take: "(accessed June 7, 2015)"
    return SERIES_RE.sub("", rest).strip(" .,")


def _read_accessed(rest: str, fields: dict[str, str]) -> str:
    """REST without its access date, which goes to `fields` as the urldate."""
    accessed = ACCESSED_RE.search(rest)
    if accessed:
        date = iso_date(accessed.group("date"))
        if date:
            fields["urldate"] = date
        before = rest[: accessed.start()].rstrip()
        if before.endswith("[") and "]" in accessed.group():  # Vancouver's "[cited …]"
            before = before[:-1]
        joint = ";" if "];" in accessed.group() else " "  # "2002 Jun [cited …];102(6):…"
        rest = before + joint + rest[accessed.end() :]
        rest = re.sub(r"[(\[]\s*[)\]]", "", rest).strip(" .,")  # "(accessed …)" left "()"
        rest = AVAILABLE_RE.sub(" ", rest)  # "Online: <url> (accessed …)"
    return rest.strip(" .,")


def take_links(rest: str, fields: dict[str, str]) -> str:
    """The text without its DOI and URL, which go to `fields` (a linked title keeps its words),
    and without the record numbers printed after it ("PMID: 30460196", recordids)."""
    rest = take_record_ids(rest, fields)
    doi = DOI_RE.search(rest)
    if doi:
        fields.setdefault("doi", bare_link(doi.group("doi")))
        rest = _cut(rest, doi)
    url = URL_RE.search(rest)
    if url:
        fields.setdefault("url", url.group("url"))
        rest = _cut(rest, url)
    return rest.strip()


def bare_link(link: str) -> str:
    """LINK without its label ("URL: www.…") and the brackets around it that are none of its
    own: "(http://…/x)" printed in parentheses, "10.1364/JOSAA.27.000268)"
    ("10.1130/2010.2465(22)" keeps its pair)."""
    link = LINK_LABEL_RE.sub("", link)
    if link.startswith("(") and ")" not in link:
        link = link[1:]
    while link.endswith(")") and link.count("(") < link.count(")"):
        link = link[:-1]
    if link.startswith("(") and link.endswith(")"):
        link = link[1:-1]
    return link


def _cut(rest: str, match: re.Match[str]) -> str:
    """The text without a link, keeping the period that closed the sentence it ended."""
    before, after = rest[: match.start()].rstrip(), rest[match.end() :].lstrip()
    closed = match.group().endswith(".") and before[-1:] not in ".?!"
    return f"{before}{'.' if closed else ''} {after}"
