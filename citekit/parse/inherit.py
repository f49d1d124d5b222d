"""What a citation takes from the one before it: "Idem" its author, "in ibid." its book."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from citekit import lexicons
from citekit.model import Citation, Kind
from citekit.parse import memo, titlespans
from citekit.parse.prefilter import guarded

SAME_AUTHOR = lexicons.words("same_author_words")  # "idem", "ders", "tenże"
# "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509": a chapter of the book before;
# Italian "ivi" ("L. Spezzaferro, *La cultura …*, ivi, pp. 57–92")
IBID_CONTAINER_RE = re.compile(
    r",\s*(?:in:?\s+|dans\s+|en\s+|w:\s+)?\*?"
    rf"{lexicons.alternation(lexicons.entries('ibid_container_words'))}\.?\*?\s*(?=,|$)",
    re.IGNORECASE,
)
IBID_CONTAINER_RE = guarded(IBID_CONTAINER_RE)  # most notes hold none of its words
IN_PREVIOUS = "_in_previous"  # the field that marks a part of the work cited before
BOOK_NOTE = "_book_note"  # the note that cited a part's book in full: "(wie Anm. 13)" -> "13"
CONTAINER_FIELDS = ("editor", "publisher", "address", "year", "volume", "series", "edition")
SAME_JOURNAL_FIELDS = ("journal", "volume", "number", "year")  # of a part beside an article
SAME_BOOK_FIELDS = ("booktitle", "bookauthor", *CONTAINER_FIELDS)  # beside a chapter


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the classifier and the parser ask
def part_of_previous(text: str) -> re.Match[str] | None:
    """The "*ibid.*" that stands for the book of a titled part, if there is one."""
    match = IBID_CONTAINER_RE.search(text)
    return match if match and titlespans.has_title(text[: match.start()]) else None


def opens_with_same_author(text: str) -> bool:
    """ "ead., *Pilgrimage in Medieval England* …", "idem, …": the author of the one before."""
    word = text[:12].split(maxsplit=1)[0].strip(".,*") if text[:1].isalpha() else ""
    return word.casefold() in SAME_AUTHOR


def inherit_authors(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """ "Idem, *Another Book*": the author of the citation before, in document order."""
    out = []
    last = None
    for citation in citations:
        author = citation.fields.get("author", "")
        first, joined, others = author.partition(" and ")
        if author and first.casefold().strip(" .") in SAME_AUTHOR and last:
            # "——, and C. J. Wild, 1996:": the names before, then the co-authors the entry adds
            names = f"{last}{joined}{others}"
            citation = replace(citation, fields={**citation.fields, "author": names})
        elif author and citation.kind is not Kind.PERSONAL:
            last = author
        out.append(citation)
    return tuple(out)


def inherit_containers(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """ "« Chapter », *ibid.*, p. 471-509": the book is the full citation just before;
    "„Chapter“, in: Cahan (Hg.): Helmholtz (wie Anm. 13)": the book is cited in note 13."""
    out: list[Citation] = []
    book: Citation | None = None
    fulls: dict[int, list[Citation]] = {}  # note -> its full citations so far
    for citation in citations:
        if BOOK_NOTE in citation.fields:
            citation = _into_pointed(citation, fulls)
        if IN_PREVIOUS in citation.fields:
            citation = _into(citation, book)
        elif citation.kind is Kind.FULL:
            book = citation
            fulls.setdefault(citation.note, []).append(citation)
        out.append(citation)
    return tuple(out)


def _into_pointed(part: Citation, fulls: dict[int, list[Citation]]) -> Citation:
    """The part's book by the note that its pointer names: its whole title and editors
    in place of the short title and family names that the part gives."""
    fields = {k: v for k, v in part.fields.items() if k != BOOK_NOTE}
    short = fields.get("booktitle", "").split(",")[0].strip()
    book = _pointed_book(short, fulls.get(int(part.fields[BOOK_NOTE]), []))
    if book is not None:
        fields["booktitle"] = book.fields["title"]
        if book.fields.get("editor"):
            fields["editor"] = book.fields["editor"]
    return replace(part, fields=fields)


def _pointed_book(short: str, cited: list[Citation]) -> Citation | None:
    """Of the full citations of a note, the book whose title holds SHORT's first word
    ("Helmholtz" of "Hermann von Helmholtz and the Foundations …"), or the only one."""
    titled = [c for c in cited if c.fields.get("title")]
    word = short.split()[0].casefold() if short.split() else ""
    named = [c for c in titled if word and word in c.fields["title"].casefold()]
    if len(named) == 1:
        return named[0]
    return titled[0] if len(titled) == 1 and not named else None


def _into(part: Citation, book: Citation | None) -> Citation:
    fields = {k: v for k, v in part.fields.items() if k != IN_PREVIOUS}
    if book is not None and (book.fields.get("journal") or book.fields.get("booktitle")):
        return _beside(part, fields, book)
    if book is not None:
        fields.setdefault("booktitle", book.fields.get("title", ""))
        if "editor" not in book.fields and book.fields.get("author"):
            fields.setdefault("bookauthor", book.fields["author"])
        for name in CONTAINER_FIELDS:
            if book.fields.get(name):
                fields.setdefault(name, book.fields[name])
    return replace(part, fields={k: v for k, v in fields.items() if v})


def _beside(part: Citation, fields: dict[str, str], other: Citation) -> Citation:
    """A part "ibid."/"ivi" after another part: it is in the same journal or book ("L.
    Spezzaferro, *La cultura …*, ivi, pp. 57–92" after an article in «Storia dell'arte»)."""
    names = SAME_JOURNAL_FIELDS if other.fields.get("journal") else SAME_BOOK_FIELDS
    for name in names:
        if other.fields.get(name):
            fields.setdefault(name, other.fields[name])
    return replace(part, fields={k: v for k, v in fields.items() if v}, entry_type=other.entry_type)
