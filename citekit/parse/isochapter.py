"""ISO 690 parts of a book: "FAMILY, Given. Chapter. In: EDITOR, Given (ed.). *Book*. Place:
Publisher, Year, pp. 73–90" (Czech "In:", Slovak "V", Romanian "În:", Spanish "En", Russian
"В:"), the names before the chapter's title ending with a full stop or, in Slovak and Czech
legal writing, a colon ("BERLIOZ, J.: Chapter. V FERLAMPIN-ACHER, C. (ed.) *Book*").

The general grammar reads every word before the book's italics as names; the shape says which
is which: the head's names in capitals, its title, the container word after a full stop, the
editors, the book.
"""

from __future__ import annotations

import re

from citekit.parse import titlespans, uregex
from citekit.parse.containers import CONTAINER_WORDS, parse_chapter
from citekit.parse.elements import Parsed, clean_title, pages_or_locator
from citekit.parse.iso690 import iso_article
from citekit.parse.isoshape import authors, head_match
from citekit.parse.localeterms import EDITOR_MARK_WORDS
from citekit.parse.patterns import VOLUME_WORDS

# the container word after the chapter's full stop (or question mark, closing quote):
# ". In: ", ". V ", "? V ", ". În: ", ". В: " (lexicons/container_words.txt)
CONTAINER_MARK_RE = uregex.compile(rf"(?<=[.?!”»\"])\s+{CONTAINER_WORDS}\s*:?\s+(?=\S)")
# an editor's role mark after the names: "(ed.)", "(eds)", ", eds.", "ред.", "(Hg.)", "(coord.)"
# (lexicons/editor_marks.txt and the locales' terms)
ROLE_RE = re.compile(
    r"[,.]?\s*\(?(?<!\w)" + EDITOR_MARK_WORDS + r"\.?\)?[.,]?\s*$",
    re.IGNORECASE,
)


def iso_chapter(work: str, book: re.Match[str]) -> Parsed | None:
    """The chapter of WORK whose BOOK (in italics) follows "In: Editors (ed.)"; None when WORK
    has not that shape."""
    if not book.group().startswith("*"):
        return None
    before = work[: book.start()]
    # up to the book's first mark: in "In: *Book*" the container word touches the book
    marks = list(CONTAINER_MARK_RE.finditer(work[: book.start() + 1]))
    if not marks:
        return None
    mark = marks[-1]
    head = head_match(before[: mark.start()].strip())
    if head is None:
        return None
    editors = before[mark.end() :].strip(" .,")
    people = {"author": " and ".join(authors(head.group("names")))}
    title = clean_title(head.group("title"))
    if editors and ROLE_RE.search(editors) is None:
        return None  # "In: FAMILY, Given. *Book*": the book's own author, read elsewhere
    parsed = parse_chapter(title, people, f"{editors} {work[book.start() :]}".strip())
    if parsed.entry_type != "incollection" or not (editors or "publisher" in parsed.fields):
        return None  # no editors named: only an imprint tells a book from "En *Revista*. 2018"
    fields = dict(parsed.fields)
    found = authors(ROLE_RE.sub("", editors)) if editors else []
    if found and len(found) != len(fields.get("editor", "").split(" and ")):
        fields["editor"] = " and ".join(found)  # the general reader took a given name for one
    locator = parsed.locator or _volume_pinpoint(work)
    if "pages" not in fields:
        locator = pages_or_locator(locator, fields)  # a lone range: the chapter's pages
    return Parsed(parsed.entry_type, fields, locator)


# a volume and pages after the imprint's year: "2009, v. 3, p. 15-44" (ABNT, ISO 690)
VOLUME_PINPOINT_RE = re.compile(rf",\s*(?P<loc>(?:v\.|{VOLUME_WORDS})\s*\d+,\s*\S.*?)\.?$")


def _volume_pinpoint(work: str) -> str | None:
    """The volume and pages that close WORK, which the chapter reader leaves out."""
    found = VOLUME_PINPOINT_RE.search(work)
    return found.group("loc") if found else None


def italic_iso(work: str) -> Parsed | None:
    """WORK read as an ISO 690 chapter or article whose book or journal is in italics, before
    the statements rewrite its "FAMILY, G.: Title" head; None when it has neither shape."""
    if "*" not in work or not work[:1].isupper():
        return None
    found = titlespans.titles(work)
    italic = next((m for m in found if m.group().startswith("*") and m.start()), None)
    if italic is None:
        return None
    return iso_chapter(work, italic) or (iso_article(work, italic) if _colon_head(work) else None)


def _colon_head(work: str) -> bool:
    """Do WORK's names end with a colon ("KNAPP, V.: Title"), which the statements would read
    as a sentence of names? A full stop after them is read later, after the statements."""
    head = head_match(work[: work.find("*")].strip())
    return head is not None and work[head.end("names") :].lstrip().startswith(":")
