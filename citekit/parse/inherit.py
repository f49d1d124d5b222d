"""What a citation takes from the one before it: "Idem" its author, "in ibid." its book."""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import lexicons
from citekit.model import Citation, Kind
from citekit.parse import titlespans
from citekit.parse.prefilter import guarded

SAME_AUTHOR = lexicons.words("same_author_words")  # "idem", "ders", "tenże"
# "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509": a chapter of the book before
IBID_CONTAINER_RE = re.compile(
    r",\s*(?:in:?\s+|dans\s+|en\s+|w:\s+)?\*?(?:ibid|ibidem|ebd|ebenda|tamże)\.?\*?\s*(?=,|$)",
    re.IGNORECASE,
)
IBID_CONTAINER_RE = guarded(IBID_CONTAINER_RE)  # most notes hold none of its words
IN_PREVIOUS = "_in_previous"  # the field that marks a part of the work cited before
CONTAINER_FIELDS = ("editor", "publisher", "address", "year", "volume", "series", "edition")


def part_of_previous(text: str) -> re.Match[str] | None:
    """The "*ibid.*" that stands for the book of a titled part, if there is one."""
    match = IBID_CONTAINER_RE.search(text)
    return match if match and titlespans.has_title(text[: match.start()]) else None


def inherit_authors(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """ "Idem, *Another Book*": the author of the citation before, in document order."""
    out = []
    last = None
    for citation in citations:
        author = citation.fields.get("author", "")
        if author and author.casefold().strip(" .") in SAME_AUTHOR and last:
            citation = replace(citation, fields={**citation.fields, "author": last})
        elif author and citation.kind is not Kind.PERSONAL:
            last = author
        out.append(citation)
    return tuple(out)


def inherit_containers(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """ "« Chapter », *ibid.*, p. 471-509": the book is the full citation just before."""
    out: list[Citation] = []
    book: Citation | None = None
    for citation in citations:
        if IN_PREVIOUS in citation.fields:
            citation = _into(citation, book)
        elif citation.kind is Kind.FULL:
            book = citation
        out.append(citation)
    return tuple(out)


def _into(part: Citation, book: Citation | None) -> Citation:
    fields = {k: v for k, v in part.fields.items() if k != IN_PREVIOUS}
    if book is not None:
        fields.setdefault("booktitle", book.fields.get("title", ""))
        if "editor" not in book.fields and book.fields.get("author"):
            fields.setdefault("bookauthor", book.fields["author"])
        for name in CONTAINER_FIELDS:
            if book.fields.get(name):
                fields.setdefault(name, book.fields[name])
    return replace(part, fields={k: v for k, v in fields.items() if v})
