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


def cited(
    note: Note, found: tuple[Citation, ...], entries: tuple[Reference, ...]
) -> tuple[Citation, ...]:
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


def _entry(match: re.Match[str], entries: tuple[Reference, ...]) -> tuple[Reference, int] | None:
    """The entry the short form names, and where its family name starts ("in Zindel, …")."""
    words, title = match.group("family").split(), fold(match.group("title"))
    for entry in entries:
        people = families(entry.fields)
        full = fold(entry.fields.get("title"))
        if not people or not title or not full.startswith(title) or len(title) < min(len(full), 4):
            continue
        for k in range(len(words)):
            if fold(" ".join(words[k:])) == people[0]:
                return entry, match.start() + match.group("family").index(" ".join(words[k:]))
    return None


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
