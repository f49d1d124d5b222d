"""A short form whose name stands in an earlier note's words, though no parsed work has it.

"Pinard, réquisitoire cité, p. 580" repeats « Réquisitoire de M. l'avocat impérial Ernest
Pinard », dans Flaubert, *Madame Bovary*, …: the name is inside the full citation's title, so
the parsed work's author is Flaubert. "GartnerG2, 26-27" repeats a report "prepared by GartnerG2
and the Berkman Center …". The full citation is there, only not parsed under that name; a
`short-without-full` would be false. The name must be a whole word of an earlier note, not the
author of any work cited so far (that author's other work would have matched, so a short form
naming them and no cited title is a work of theirs cited nowhere in full), and the short
form's first title word, where it gives one, must stand near the name there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from citekit.model import Citation, Code, Diagnostic, Kind
from citekit.notetexts import WORD_RE, NoteTexts
from citekit.parse.names import family

NAME_REACH = 80  # characters either side of the name where its title word stands
MIN_NAME_LETTERS = 4  # "Li", "Ma": too common a word to stand for a name in prose


def named_earlier(
    citation: Citation,
    notes: NoteTexts,
    authors: frozenset[str],
    repeats: Mapping[int, list[str]] | None = None,
) -> bool:
    """Does an earlier note's text hold CITATION's family name (and its first title word)?
    AUTHORS: the family names of the full citations' authors and editors (`people`).
    REPEATS: each note's short forms (casefolded); a name inside one of them is a repeat, no
    full citation ("Cfr. F. Guida, *Michelangelo Pinto*, cit., pp. 64 e 73" before the same
    short form at p. 87)."""
    names = citation.fields.get("author") or citation.fields.get("editor") or ""
    name = family(names.split(" and ")[0]) if names else ""
    words = WORD_RE.findall(name.casefold())
    if not words or len(max(words, key=len)) < MIN_NAME_LETTERS:
        return False
    if name in authors:
        return False  # a known author's other work: cited nowhere in full
    title = WORD_RE.findall(citation.fields.get("title", "").casefold())
    name_re = re.compile(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)")
    for note in notes.notes_with_word(max(words, key=len), citation.note):
        folded = notes.folded[note]
        for match in name_re.finditer(folded, 1):  # not opening the note: a repeat there
            if _inside_repeat(folded, match, (repeats or {}).get(note, [])):
                continue
            near = folded[max(0, match.start() - NAME_REACH) : match.end() + NAME_REACH]
            if not title or re.search(rf"(?<!\w){re.escape(title[0])}", near):
                return True
    return False


def _inside_repeat(folded: str, match: re.Match[str], shorts: list[str]) -> bool:
    for short in shorts:
        start = folded.find(short)
        if 0 <= start <= match.start() < start + len(short):
            return True
    return False


def people(works: Iterable[Mapping[str, str]]) -> frozenset[str]:
    """The family names of the authors and editors of WORKS (their fields), asked once."""
    found = set()
    for fields in works:
        both = (fields.get("author") or "") + " and " + (fields.get("editor") or "")
        found.update(family(p) for p in both.split(" and ") if p.strip())
    return frozenset(found)


def without_named(
    problems: Sequence[Diagnostic], citations: Sequence[Citation], notes: Mapping[int, str]
) -> tuple[Diagnostic, ...]:
    """PROBLEMS without the `short-without-full` findings whose names stand in an earlier
    note. Run after citekit.shortstyle, which counts every finding to tell a document's style."""
    found = [p for p in problems if p.code is Code.SHORT_WITHOUT_FULL]
    if not found:
        return tuple(problems)
    texts = NoteTexts(dict(notes))
    authors = people(c.fields for c in citations if c.kind is Kind.FULL)
    # each finding asks of its own short form
    shorts = {(c.note, c.index): c for c in citations if c.kind is Kind.SHORT}
    repeats: dict[int, list[str]] = {}
    for short in shorts.values():
        repeats.setdefault(short.note, []).append(short.text.casefold())
    named = {
        id(p)
        for p in found
        if (short := shorts.get((p.note, p.citation))) is not None
        and named_earlier(short, texts, authors, repeats)
    }
    return tuple(p for p in problems if id(p) not in named)
