"""Short forms in a note found by the bibliography: "This is discussed in Zindel, FC Basel, 356."

In plain text a shortened note's title carries no italics, and a short form inside prose is
not read as a citation. When the document has a bibliography, "Family, Title words, 356"
whose family is an entry's first author and whose words open that entry's title is a short
citation of it, wherever it stands in a note. Only text no citation covers yet is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.identity import families, fold
from citekit.model import Citation, Kind, Note
from citekit.parse.reference import Reference

# "Zindel, FC Basel, 356" / "Pelikan, The Things…, 246–254": names, comma, words, locator
SHORT_RE = re.compile(
    r"(?P<family>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}),\s+"
    r"(?P<title>[^,;.“”\"]{2,120}?)(?:,\s*(?P<locator>\d[\d–-]*(?:,\s*\d[\d–-]*)*)"
    r"(?=\s*(?:[.;]|and\s|$))|(?=\s*(?:[.;]|$)))"
)


# first author's folded family name -> (place in the bibliography, entry, folded title)
EntryIndex = dict[str, list[tuple[int, Reference, str]]]


def index(entries: tuple[Reference, ...]) -> EntryIndex:
    """The entries by their first author's family name, titles folded: built once a document,
    so that a short form is looked up, not compared with every entry."""
    out: EntryIndex = {}
    for place, entry in enumerate(entries):
        people = families(entry.fields)
        if people:
            out.setdefault(people[0], []).append((place, entry, fold(entry.fields.get("title"))))
    return out


def cited(note: Note, found: tuple[Citation, ...], entries: EntryIndex) -> tuple[Citation, ...]:
    """`found` with the bibliography's short forms the note also makes, in the note's order."""
    if not entries:
        return found
    covered = [_span(note.text, c.text) for c in found]
    extra: list[tuple[int, Citation]] = []
    for match in SHORT_RE.finditer(note.text):
        found_entry = _entry(match, entries)
        if found_entry is None:
            continue
        entry, at = found_entry
        if not any(start <= at < end for start, end in covered if start >= 0):
            extra.append((at, _citation(note, match, entry, at)))
    if not extra:
        return found
    ordered = sorted([(_span(note.text, c.text)[0], c) for c in found] + extra, key=_at)
    return tuple(_reindexed(c, i) for i, (_, c) in enumerate(ordered))


def _at(item: tuple[int, Citation]) -> int:
    return item[0]


def _reindexed(citation: Citation, index: int) -> Citation:
    return citation if citation.index == index else replace(citation, index=index)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    return start, start + len(part)


def _entry(match: re.Match[str], entries: EntryIndex) -> tuple[Reference, int] | None:
    """The entry the short form names, and where its family name starts ("in Zindel, …");
    of several, the first in the bibliography."""
    words, title = match.group("family").split(), fold(match.group("title"))
    if not title:
        return None
    named = []
    for k in range(len(words)):
        family = " ".join(words[k:])
        for place, entry, full in entries.get(fold(family), ()):
            if full.startswith(title) and len(title) >= min(len(full), 4):
                named.append((place, entry, match.start() + match.group("family").index(family)))
    if not named:
        return None
    _, entry, at = min(named, key=lambda found: found[0])
    return entry, at


def _citation(note: Note, match: re.Match[str], entry: Reference, start: int) -> Citation:
    fields = {"title": match.group("title").strip()}
    for role in ("author", "editor"):
        if entry.fields.get(role):
            fields[role] = entry.fields[role].split(" and ")[0]
            break
    return Citation(
        note=note.number,
        index=0,
        text=note.text[start : match.end()].strip(),
        kind=Kind.SHORT,
        locator=match.group("locator"),
        fields=fields,
        entry_type=entry.entry_type,
    )
