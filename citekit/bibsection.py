"""A document's bibliography section: found by its heading or by its shape, split into entries.

Headings come from lexicons/bibliography_headings.txt ("Bibliography", "Works Cited",
"Literaturverzeichnis", "Список литературы"...); shapes are pandoc's `::: {#refs}` (Markdown)
and `<div id="refs">` (HTML), LaTeX's `thebibliography` and pandoc's `CSLReferences`, and, in a
document without a heading, a run of alphabetised references at the end. Entries are returned
in the inline model (italics as *...*) with their 1-based lines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from citekit import bibarchive, lexicons
from citekit.bibblocks import Block, blocks_of
from citekit.bibheading import is_heading
from citekit.model import Document
from citekit.parse.patterns import UNPUBLISHED_RE
from citekit.parse.refcorporate import signing_body

# an entry opens with a number, a same-author dash, "Family, " or "Family INITIALS", or a body
# and its acronym ("British Standards Institution (BSI). ", citekit.parse.refcorporate), or
# capitalised names and a quoted title ("Katrina Navickas and Adam Crymble “From …")
ENTRY_START_RE = re.compile(
    r"^(?:\[?\d{1,4}[\].)]?\s+)?(?:[—–―_-]{2,}|[*“\"]|[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,3},\s"
    r"|[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|and|&)){1,6}\s[“\"]"
    r"|[^\W\d_][\w'’-]+\s[A-Z]{1,3}[,.]\s|[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’-]*){0,4}\.\s"
    r"|[^\W\d_][\w'’-]*(?:\s(?:[^\W\d_][\w'’-]*|[–-])){0,11}\s\([A-Z][A-Z/&-]{1,14}\)\.\s)"
)
# a year may carry the letter that parts one author's works of a year ("Rochberg, F. 1988a.")
YEAR_OR_LINK_RE = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|https?://|n\.\s?d\.")
MARKER_RE = re.compile(r"^\[?\d{1,4}[\].)]?\s")
# a note's mark against the word or stop it follows, as pandoc's plain text prints it:
# "pointed out[7]", "real solution.[5]" (a numbered reference is cited "as in [7]"); no mark
# opens with a zero, as a music set class does ("4-22[0247]")
NOTE_MARK_RE = re.compile(r"(?<=[^\s\[])\[([1-9]\d{0,3})\]")
OPENING = 32  # letters and digits that identify an entry
# "———." for the author of the entry above; one em dash and a full stop, as a word processor
# makes of MLA's "---."
SAME_AUTHOR_RE = re.compile(r"^(?:[—–―_-]{2,}|—(?=\.\s))")
SAME_AUTHOR_WORDS = lexicons.words("same_author_words")  # "Ders.:", "Idem,", "Id., " likewise
SAME_AUTHOR_WORD_RE = re.compile(r"^(?P<word>[^\W\d_]+)\.?\s?[:,.]\s")
ENTRY_MOST = 600  # characters of the longest reference taken by its place in the list alone
# a reference taken by its place: capitalised words, a full stop, more, a final full stop
ORDERED_ENTRY_RE = re.compile(r"^[A-Z][^.]{2,200}\.\s.*[.)]$")
SHAPE_MIN = 3  # entries that make an alphabetised list a bibliography without a heading


@dataclass(frozen=True, slots=True)
class Entry:
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Section:
    """The bibliography: its entries, and the lines it spans in Document.text."""

    entries: tuple[Entry, ...]
    first_line: int
    last_line: int


def find(doc: Document) -> Section | None:
    """The document's bibliography, or None."""
    blocks = blocks_of(doc)
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        # Markdown reaches us rendered, its "## References" a paragraph of the heading's words
        if block.kind == "refs" or (block.kind in ("h", "p") and is_heading(block.text)):
            section = _section(blocks, index + 1)
            if section is not None and not _endnotes(blocks[:index], section):
                return _with_earlier(blocks, index, section)
        if block.kind == "h" and not is_heading(block.text) and index < len(blocks) - 1:
            continue
    return _by_shape(blocks)


def _with_earlier(blocks: list[Block], index: int, section: Section) -> Section:
    """SECTION (under the heading at INDEX) with the sections just before it under headings
    of their own: "Primary Sources" and "Secondary Sources" are one bibliography."""
    start = index
    while start > 0:
        before = start - 1
        while before >= 0 and blocks[before].kind in ("p", "item"):
            before -= 1
        heading = blocks[before] if before >= 0 else None
        if heading is None or heading.kind != "h" or not is_heading(heading.text):
            break
        earlier = _section(blocks, before + 1) if before + 1 < start else None
        if earlier is None and before + 1 < start:
            break  # prose under that heading: no part of the bibliography
        if earlier is not None:
            section = Section(earlier.entries + section.entries, earlier.first_line,
                              section.last_line)  # fmt: skip
        start = before
    return section


def whole(doc: Document) -> Section | None:
    """Every paragraph of a document that is a reference list as a whole (`--references`)."""
    taken = [b for b in blocks_of(doc) if b.kind in ("p", "item")]
    if not taken:
        return None
    return Section(tuple(Entry(b.text, b.line) for b in taken), taken[0].line, taken[-1].end_line)


def _section(blocks: list[Block], start: int) -> Section | None:
    taken: list[Block] = []
    numbered = start < len(blocks) and bool(MARKER_RE.match(blocks[start].text))
    for block in blocks[start:]:
        if block.kind == "h" or (block.kind == "p" and _ends_section(block, numbered)):
            break
        if block.kind in ("p", "item"):
            taken.append(block)
    sure = [looks_like_entry(b.text) or _undated_entry(b.text) or _archival(b.text) for b in taken]
    if not any(sure) or sum(sure) * 2 < len(taken):
        return None
    entries = [b for b, yes in zip(taken, _placed(taken, sure), strict=True) if yes]
    return Section(tuple(Entry(b.text, b.line) for b in entries), taken[0].line, taken[-1].end_line)


def _placed(taken: list[Block], sure: list[bool]) -> list[bool]:
    """Which blocks are references: those that look like one, and those without a year or a
    name the entry pattern knows that stand in their place in an alphabetised list ("Archives
    de l’Académie des sciences, Paris. Dossier Méchain." and "Bureau international des poids
    et mesures. *The International System …*" between Alder and Delambre)."""
    keys = [_sort_key(b.text) if yes else "" for b, yes in zip(taken, sure, strict=True)]
    before = list(itertools.accumulate(keys, lambda last, key: key or last))
    after = list(itertools.accumulate(reversed(keys), lambda last, key: key or last))[::-1]
    out = []
    for at, (block, yes) in enumerate(zip(taken, sure, strict=True)):
        low = before[at - 1] if at else ""
        high = after[at + 1] if at + 1 < len(taken) else ""
        out.append(
            yes
            or (
                _orderly(block.text) and bool(low and high) and low <= _sort_key(block.text) <= high
            )
        )
    return out


def _orderly(text: str) -> bool:
    return len(text) <= ENTRY_MOST and bool(ORDERED_ENTRY_RE.match(text))


def _sort_key(text: str) -> str:
    """The letters an alphabetised list sorts an entry by; none for a same-author dash."""
    if _same_author(text):
        return ""
    return "".join(c for c in text[:OPENING] if c.isalpha() or c == " ").casefold().strip()


def _endnotes(before: list[Block], section: Section) -> bool:
    """Numbered paragraphs that are the notes whose marks the text above carries, each mark
    once, in order, against its word: a plain-text document's endnotes printed after a
    "References" heading left empty, not a numbered bibliography."""
    numbers = {n for n, _ in numbered(section)}
    if len(numbers) != len(section.entries):
        return False
    # a bracketed number past the last entry's is no mark of its ("first printed [1887]")
    last = max(numbers)
    marks = [int(n) for b in before for n in NOTE_MARK_RE.findall(b.text) if int(n) <= last]
    if len(marks) < 2 or marks != list(range(1, len(marks) + 1)):
        return False
    return numbers <= set(marks)


def _ends_section(block: Block, numbered: bool) -> bool:
    """A note after the bibliography ("[3] Ibid., 12."), where entries carry no numbers."""
    return not numbered and bool(MARKER_RE.match(block.text))


def _archival(text: str) -> bool:
    """A collection and its repository ("Bridgewater Estates Papers. Salford City Archives,
    Salford."): an entry with no year, alone under "Archival Sources" as often as not."""
    return bibarchive.archival_entry(text) is not None


def _undated_entry(text: str) -> bool:
    """Under a bibliography's heading, an entry that has no year yet: "Hessbrüggen-Walter,
    Stefan. “…” (under review for …)", "…, forthcoming"."""
    return bool(ENTRY_START_RE.match(text)) and bool(UNPUBLISHED_RE.search(text))


def looks_like_entry(text: str) -> bool:
    """A reference: opens with names (or a number, a dash, a same-author word, a title) and
    gives a year or a link."""
    opens = bool(ENTRY_START_RE.match(text)) or _same_author(text) or _body_signs(text)
    return opens and bool(YEAR_OR_LINK_RE.search(text))


def _body_signs(text: str) -> bool:
    """A body of several words signs the entry before its italic title ("Bureau international
    des poids et mesures. *The International System …*")."""
    return signing_body(text) is not None


def _same_author(text: str) -> bool:
    """An entry that opens by naming the author of the one above: "———.", "Ders.: *Title*"."""
    if SAME_AUTHOR_RE.match(text):
        return True
    word = SAME_AUTHOR_WORD_RE.match(text)
    return bool(word) and word.group("word").casefold() in SAME_AUTHOR_WORDS


def numbered(section: Section) -> set[tuple[int, str]]:
    """Each numbered entry's number and first letters, to know it again when read as a note."""
    out: set[tuple[int, str]] = set()
    for entry in section.entries:
        marker = MARKER_RE.match(entry.text)
        if marker:
            out.add((int(re.sub(r"\D", "", marker.group())), opening(entry.text)))
    return out


def opening(text: str) -> str:
    """An entry's first letters and digits, without its number."""
    return re.sub(r"\W+", "", MARKER_RE.sub("", text, count=1)).casefold()[:OPENING]


def _by_shape(blocks: list[Block]) -> Section | None:
    """A trailing run of alphabetised references, in a document that names no bibliography."""
    run: list[Block] = []
    for block in reversed(blocks):
        if block.kind == "h" or not looks_like_entry(block.text) or MARKER_RE.match(block.text):
            if run:
                break
            continue
        run.insert(0, block)
    firsts = [b.text.lstrip('*“"').casefold()[:6] for b in run]
    if len(run) < SHAPE_MIN or firsts != sorted(firsts):
        return None
    return Section(tuple(Entry(b.text, b.line) for b in run), run[0].line, run[-1].end_line)
