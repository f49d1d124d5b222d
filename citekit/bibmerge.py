"""A merged copy of a .bib library: each duplicate group becomes its first entry, with the
richest value of every field and the other keys in biblatex `ids`.

Everything else is copied as written (values keep their braces, quotes and @string names),
except damage: an unreadable block is left out, an entry whose key was already used gets a
new key, and an entry with a field given twice keeps the first. Each such change is a note.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from citekit import bibids, bibnorm, bibscan, bibsource
from citekit.bibdupes import Code, Findings
from citekit.bibscan import Block, Kind
from citekit.bibtex import split_names

NAME_FIELDS = frozenset({"author", "editor", "translator"})


@dataclass(frozen=True, slots=True)
class Merged:
    """The merged library and what was changed beyond merging."""

    text: str
    notes: tuple[str, ...]  # "line 12: ...": damage left out or rewritten


def merge(findings: Findings) -> Merged:
    """The library of FINDINGS with each group merged into its first entry, read again as a
    stream (the merged text itself is held in memory, to be written at once)."""
    writer = _Writer(findings)
    out: list[str] = []
    for segment in bibsource.segments(findings.source):
        pos = 0
        for block in segment.blocks():
            out.append(segment.text[pos : block.start])
            written = writer.block(segment.text, block)
            out.append(written)
            pos = block.end if written else _after_space(segment.text, block.end)
        out.append(segment.text[pos:])
    return Merged("".join(out), tuple(writer.notes))


class _Writer:
    """What each block of the library becomes in the merged copy, in file order."""

    def __init__(self, findings: Findings) -> None:
        self.members = findings.members
        self.first = {g.entries[0]: g for g in findings.groups}
        self.dropped = {place for g in findings.groups for place in g.entries[1:]}
        self.taken = _taken(findings, self.dropped)
        self.watched = {p.key for p in findings.problems if p.code is Code.DUPLICATE_KEY}
        self.strings: dict[str, str] = {}
        self.seen: set[str] = set()
        self.notes: list[str] = []
        self.place = -1  # among the entries

    def block(self, text: str, block: Block) -> str:
        """The text that stands for BLOCK (of TEXT): as written, merged, renamed, or ''."""
        if block.kind is Kind.FAILED:
            self.notes.append(f"line {block.line}: unreadable block left out of the merged file")
            return ""
        if block.kind is Kind.STRING:
            self.strings.update((n, bibscan.expand(raw, self.strings)) for n, raw in block.fields)
        if block.kind is not Kind.ENTRY:
            return text[block.start : block.end]
        self.place += 1
        if self.place in self.first:
            group = self.first[self.place]
            self.seen.update(group.keys)
            members = [self.members[p] for p in group.entries]
            return write_entry(merge_entries(members, self.strings, self.taken))
        if self.place in self.dropped:
            return ""
        kept = _kept(text, block, self.seen, self.taken, self.notes)
        if block.key in self.watched:
            self.seen.add(block.key)
        return kept


def _after_space(text: str, pos: int) -> int:
    """Past the blank lines after a block that was left out, so none pile up."""
    return len(text) - len(text[pos:].lstrip())


def _taken(findings: Findings, dropped: set[int]) -> set[str]:
    """Keys of entries that stay and that a merge might reuse: the merged entries' other keys
    (never also an alias in `ids`) and '<key>-N' (never a new name for a repeated key)."""
    aliases = {b.key for b in findings.members.values()}
    repeated = tuple(p.key + "-" for p in findings.problems if p.code is Code.DUPLICATE_KEY)
    taken: set[str] = set()
    place = -1
    for block in bibsource.blocks(findings.source):
        if block.kind is Kind.ENTRY:
            place += 1
            if place not in dropped and (block.key in aliases or block.key.startswith(repeated)):
                taken.add(block.key)
    return taken


def _kept(text: str, block: Block, seen: set[str], used: set[str], notes: list[str]) -> str:
    """An entry that is no duplicate: as written, unless its key was SEEN (then it gets an
    unused one) or a field repeats."""
    names = [name for name, _ in block.fields]
    key = block.key
    if key in seen:
        key = _new_key(key, used)
        used.add(key)
        notes.append(f"line {block.line}: key '{block.key}' used before: written as '{key}'")
    if len(set(names)) < len(names):
        notes.append(f"line {block.line}: '{key}' has a field twice: the first is kept")
    elif key == block.key:
        return text[block.start : block.end]
    return write_entry(Entry(block.entry_type, key, _first_of_each(block.fields)))


def _new_key(key: str, used: set[str]) -> str:
    n = 2
    while f"{key}-{n}" in used:
        n += 1
    return f"{key}-{n}"


def _first_of_each(fields: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    kept: dict[str, str] = {}
    for name, raw in fields:
        kept.setdefault(name, raw)
    return tuple(kept.items())


# --- merging entries -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """An entry to write: its type, key, and raw values as they were written."""

    entry_type: str
    key: str
    fields: tuple[tuple[str, str], ...]


def merge_entries(
    members: Sequence[Block],
    strings: dict[str, str],
    taken: set[str] | frozenset[str] = frozenset(),
) -> Entry:
    """MEMBERS as one entry: the first one's key and field order, the richest values; the
    other keys become `ids`, unless another entry is TAKEN under that key."""
    names: list[str] = []
    for block in members:
        names.extend(n for n, _ in block.fields if n not in names and n != "ids")
    fields = [(name, _richest(name, members, strings)) for name in names]
    ids = [key for key in _ids(members, strings) if key not in taken]
    if ids:
        fields.append(("ids", "{" + ", ".join(ids) + "}"))
    types = [b.entry_type for b in members if b.entry_type.lower() != "misc"]
    return Entry(types[0] if types else members[0].entry_type, members[0].key, tuple(fields))


def _richest(name: str, members: Sequence[Block], strings: dict[str, str]) -> str:
    """The raw value with most to say: most names for people, a bare DOI, the title with most
    words of its own, else the longest."""
    raws = [raw for block in members for n, raw in block.fields if n == name]
    values = [bibscan.expand(raw, strings) for raw in raws]
    if name == "doi":
        bare = next((bibids.normal_doi(v) for v in values if bibids.normal_doi(v)), "")
        if bare:
            return "{" + bare + "}"
    if name in NAME_FIELDS:
        best = max(range(len(raws)), key=lambda i: (len(split_names(values[i])), len(values[i])))
    elif name == "title":  # the most words, but no database notes ("[Review] [24 refs]")
        best = max(range(len(raws)), key=lambda i: (_title_words(values[i]), -len(values[i])))
    else:
        best = max(range(len(raws)), key=lambda i: len(values[i].strip()))
    return raws[best]


def _title_words(title: str) -> int:
    return len(bibnorm.normal_title(title).words.split())


def _ids(members: Sequence[Block], strings: dict[str, str]) -> list[str]:
    """The other keys, and any `ids` the members already had, without repeats."""
    kept = members[0].key
    found: list[str] = []
    for block in members:
        old = [bibscan.expand(raw, strings) for n, raw in block.fields if n == "ids"]
        for key in [block.key, *(k for value in old for k in value.split(","))]:
            key = key.strip()
            if key and key != kept and key not in found:
                found.append(key)
    return found


def write_entry(entry: Entry) -> str:
    """ENTRY as .bib text: two-space indents, one field a line, values as written."""
    body = "".join(_field_lines(entry.fields))
    return f"@{entry.entry_type}{{{entry.key},\n{body}}}"


def _field_lines(fields: Sequence[tuple[str, str]]) -> Iterator[str]:
    for n, (name, raw) in enumerate(fields):
        yield f"  {name} = {raw}" + (",\n" if n < len(fields) - 1 else "\n")
