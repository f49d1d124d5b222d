"""Vancouver's entries typed into a note beside commentary or other citations: "Scull A.
Museums of madness. London: Allen Lane; 1979. For a more sympathetic account see Shorter E. A
history of psychiatry. New York: Wiley; 1997. p. 33-68.", "Conolly J. The treatment of the
insane. London: Smith, Elder & Co.; 1856; Tomes N. The great restraint controversy. In: …",
"Wright D. Getting out of the asylum. Soc Hist Med. 1997;10(1):137-55. Most patients …".

History of medicine and the health sciences cite in notes as Citing Medicine (NLM, Vancouver)
prints a reference list. An entry has no year after its names for entryruns to find its head
by, and its imprint holds a semicolon ("Allen Lane; 1979") where an author-date entry would
end; but its date closes it surely: "Publisher; Year", "Journal. Year;Volume(Issue):Pages",
then perhaps the part's pages, a DOI or a link. Each entry is cut from its names to the last
such close before the next entry's names, and read by the entry reader; what stands between
(commentary, short forms "Risse and Warner (ref. 1), p. 190") is left to the note grammar.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo
from citekit.parse.entryruns import Stretch, commentary
from citekit.parse.patterns import YEAR
from citekit.parse.reference import parse_reference
from citekit.parse.refvancouver import vancouver_head

# where an entry's names may open: the note's start, after a sentence or a semicolon, or
# after a lead-in word ("see Shorter E.", "cf. Porter R.")
HEAD_START_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\bsee\s)|(?<=\bcf\.\s)|(?<=\balso\s))(?=[A-Z])")
# a corporate author opening the note: capitalised words closed by a full stop ("Commissioners
# in Lunacy.", "Wellcome Library.", "World Health Organization."); taken only before a close
CORPORATE_RE = re.compile(r"^[A-Z][\w'’-]+(?:\s(?:[a-z]{1,3}|[A-Z][\w'’-]+)){1,5}\.\s(?=[A-Z])")
# the close of an entry: a book's "Place: Publisher; Year [cited …]" (or "Publisher; Year"
# with no place, the years of a work in volumes: "1951–1963"), an article's "Year
# Mon;Volume(Issue):Pages"; then the part's pages, a series in brackets, a DOI, a link
CLOSE_RE = re.compile(
    rf"(?::\s[^:;]+|\.\s[^.:;]+);\s*{YEAR}(?:[–-]{YEAR})?(?:\s\[[^\]]*\])?"
    rf"|\b{YEAR}(?:\s[A-Z][a-z]{{2}}(?:\s\d{{1,2}})?)?;\s*(?:\(\w+\)|\d\w*)(?:\(\w+\))?"
    r"(?:\s?:\s*[\w–-]+)?"
)
AFTER_CLOSE_RE = re.compile(
    r"(?:\.\s+p\.\s*\d[\d–-]*"
    r"|\.\s+\([^()]+\)"
    r"|\.\s+doi:\s*\S+?(?=\.?\s|\.?$)"
    r"|[.;]\s+Available\s+from:\s+\S+?(?=\.?\s|\.?$))*"
)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the notes it rereads
def vancouver_run(text: str) -> tuple[Stretch, ...] | None:
    """The stretches of TEXT when it holds a Vancouver entry beside commentary or other
    citations, or several entries; None when it holds none, or one entry and nothing else."""
    if ";" not in text:
        return None  # the cheap test first: every close holds a semicolon ("Allen Lane; 1979")
    heads = _heads(text)
    if not heads:
        return None
    out = [Stretch(0, heads[0])] if text[: heads[0]].strip() else []
    ends = heads[1:] + [len(text)]
    for head, end in zip(heads, ends, strict=True):
        closes = _closes(text, head, end)
        if closes is None:
            return None  # names with no Vancouver date after them: no entry of this form
        first, last, close = closes
        close, after = _entry_end(text, close, end)
        entry = parse_reference(text[head:first] + text[last:close])
        if not entry.fields.get("title"):
            return None
        out.append(Stretch(head, close, entry))
        if text[after:end].strip():
            out.append(Stretch(after, end))
    if len(out) == 1:
        return None  # one entry, the whole note: leadentry reads it
    return tuple(out)


def _entry_end(text: str, close: int, end: int) -> tuple[int, int]:
    """Where the entry closed at CLOSE ends, and where what follows it (to END) begins. After
    the note's last entry, what is neither another citation after a semicolon ("; Risse and
    Warner (ref. 1), p. 190") nor a sentence of commentary ("Most patients …") is more of the
    entry ("[PMCID: PMC3709653].", "12 de abril de 2016. https://…")."""
    after = close + len(text[close:end]) - len(text[close:end].lstrip(" .;,"))
    rest = text[after:end]
    if end < len(text) or not rest.strip() or (";" in text[close:after] and rest[:1].isalpha()):
        return close, after  # (not "; 1:619-635", the volume and pages of a multi-volume book)
    if rest[:1].isupper() and commentary(rest):
        return close, after
    return len(text.rstrip()), len(text)


def _heads(text: str) -> list[int]:
    """Where Vancouver's names (or, at the note's start, a corporate author) open an entry."""
    heads = [
        found.start()
        for found in HEAD_START_RE.finditer(text)
        if vancouver_head(text[found.start() :])
    ]
    if heads and heads[0] == 0:
        return heads
    if heads and text[: heads[0]].rstrip().endswith("."):
        return []  # "Symposium on tissue imaging. Charkoftaki G, …": PubMed's title first
    if CORPORATE_RE.match(text) and CLOSE_RE.search(text, 0, heads[0] if heads else len(text)):
        return [0, *heads]
    return heads


def _closes(text: str, head: int, end: int) -> tuple[int, int, int] | None:
    """Where the first and the last close of the entry opening at HEAD end, and where the
    entry ends: after the last close before END, its pages, DOI and link. A reprint's imprint
    goes on ("York: W. Alexander; 1813. Reprinted London: Dawsons; 1964. p. 133-52."); the
    first imprint is the work's."""
    closes = list(CLOSE_RE.finditer(text, head, end))
    if not closes:
        return None
    last = closes[-1].end()
    return closes[0].end(), last, AFTER_CLOSE_RE.match(text, last, end).end()
