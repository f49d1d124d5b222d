"""Duplicate entries in a .bib library, found by streaming it once into comparison keys.

Entries are compared only within blocks (same title opening or ending, same first author and
year, same journal locator, same identifier), so a library is never compared all pairs; each
pair meets citekit.bibmatch once, and connected pairs make a group. What the file holds beyond
entries (a key used twice, a block that cannot be read) is reported with its line.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from zlib import crc32

from citekit import bibids, bibmatch, bibscan, bibsource
from citekit.bibmatch import Record, Verdict

MAX_BLOCK = 200  # larger blocks are compared only with their neighbours in title order
WINDOW = 20
BLOCK_WORDS = 3  # a title's first (and last) three words make a block key
TRUSTED_ISSUES = 0.8  # `number` values shared this rarely are record numbers, not issues
ISSUES_SEEN = 20  # ... judged once this many entries have one


class Code(StrEnum):
    """What is wrong with a part of the file."""

    DUPLICATE_KEY = "duplicate-key"
    UNREADABLE = "unreadable-block"
    DUPLICATE_FIELD = "duplicate-field"


@dataclass(frozen=True, slots=True)
class Problem:
    """Damage in the library, with the line where it starts."""

    code: Code
    line: int
    key: str
    message: str  # for people: what, and what happens to it on --merge


@dataclass(frozen=True, slots=True)
class Link:
    """Two members of a group and why they are one work."""

    first: int  # indexes into Group.keys
    second: int
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class Group:
    """Entries that describe one work, in file order; the first is kept on merge."""

    keys: tuple[str, ...]
    lines: tuple[int, ...]
    entries: tuple[int, ...]  # their places among the library's entries (0 is the first)
    links: tuple[Link, ...]

    @property
    def reason(self) -> str:
        """The strongest link: 'doi', 'pmid', 'isbn' or 'fuzzy'."""
        order = ("doi", "pmid", "isbn", "fuzzy")
        return min((link.verdict.link for link in self.links), key=order.index)

    @property
    def score(self) -> float:
        """The weakest link that holds the group together (0-1)."""
        return min(link.verdict.score for link in self.links)


@dataclass(frozen=True, slots=True)
class Findings:
    """What `citekit duplicates FILE.bib` found."""

    source: bibsource.Source
    strings: Mapping[str, str]  # the library's @string definitions
    entries: int
    groups: tuple[Group, ...]
    problems: tuple[Problem, ...]
    members: Mapping[int, bibscan.Block]  # the groups' entries as written, by place


def find(path: str | Path) -> Findings:
    """Read the .bib file at PATH and group its duplicate entries.

    Raises:
        UnreadableFile: the file cannot be read or is binary.
    """
    return find_in(bibsource.open_file(path))


def find_in_text(text: str, name: str = "<text>") -> Findings:
    """Group the duplicate entries of the .bib TEXT; report its damage."""
    return find_in(bibsource.from_text(text, name))


def find_in(source: bibsource.Source) -> Findings:
    """Group the duplicate entries of SOURCE, read as a stream; report its damage."""
    records: list[Record] = []
    lines = array("L")
    strings: dict[str, str] = {}
    problems = sorted(_read(source, records, lines, strings), key=_line)
    groups = find_groups(records, issues=trust_issues(records))
    found = tuple(
        Group(
            tuple(records[i].key for i in members),
            tuple(lines[i] for i in members),
            tuple(members),
            links,
        )
        for members, links in groups
    )
    wanted = {i for group in found for i in group.entries}
    members = dict(_entries(source, wanted)) if wanted else {}
    return Findings(source, strings, len(records), found, tuple(problems), members)


def _line(problem: Problem) -> int:
    return problem.line


def _entries(source: bibsource.Source, wanted: set[int]) -> Iterator[tuple[int, bibscan.Block]]:
    """The entries at the places WANTED, read again from SOURCE."""
    place = -1
    for block in bibsource.blocks(source):
        if block.kind is bibscan.Kind.ENTRY:
            place += 1
            if place in wanted:
                yield place, block


def _read(
    source: bibsource.Source, records: list[Record], lines: array[int], strings: dict[str, str]
) -> Iterator[Problem]:
    """Append one Record (and its line) per entry of SOURCE, collect its @strings, and yield
    what is damaged."""
    first: dict[str, int] = {}  # key -> its first entry's place
    for block in bibsource.blocks(source):
        if block.kind is bibscan.Kind.FAILED:
            yield Problem(Code.UNREADABLE, block.line, "", f"cannot read this block: {block.error}")
        elif block.kind is bibscan.Kind.STRING:
            strings.update((name, bibscan.expand(raw, strings)) for name, raw in block.fields)
        elif block.kind is bibscan.Kind.ENTRY:
            place = first.setdefault(block.key, len(records))
            yield from _entry_problems(block, lines[place] if place < len(records) else 0)
            fields: dict[str, str] = {}
            for name, raw in block.fields:
                fields.setdefault(name, bibscan.expand(raw, strings))
            records.append(bibmatch.record(block.key, block.entry_type, fields))
            lines.append(block.line)


def _entry_problems(block: bibscan.Block, first_line: int) -> Iterator[Problem]:
    """Fields given twice; a key used before, at FIRST_LINE (0 when it was not)."""
    names = [name for name, _ in block.fields]
    for name in sorted({n for n in names if names.count(n) > 1}):
        yield Problem(Code.DUPLICATE_FIELD, block.line, block.key, f"field '{name}' twice")
    if first_line:
        yield Problem(Code.DUPLICATE_KEY, block.line, block.key, f"key used at line {first_line}")


def trust_issues(records: Sequence[Record]) -> bool:
    """False when the `number` field holds record numbers (nearly every value unique)."""
    issues = [r.issue for r in records if r.issue]
    if len(issues) < ISSUES_SEEN:
        return True
    return len(set(issues)) / len(issues) < TRUSTED_ISSUES


# --- blocking --------------------------------------------------------------------------------

Links = list[Link]


def _title_keys(rec: Record) -> Iterator[str]:
    for title in (rec.title, rec.alt):
        words = title.split()
        if words:
            yield "<" + " ".join(words[:BLOCK_WORDS])
            if len(words) > BLOCK_WORDS:
                yield ">" + " ".join(words[-BLOCK_WORDS:])


def _author_keys(rec: Record) -> Iterator[str]:
    if rec.authors and rec.authors != bibmatch.GROUP:
        yield f"{rec.authors.split(' ', 1)[0].split('|', 1)[0]} {rec.year}"


def _locator_keys(rec: Record) -> Iterator[str]:
    if rec.first and (rec.volume or rec.year):
        yield f"{rec.year} {rec.volume} {rec.first}"


def _identifier_keys(rec: Record) -> Iterator[str]:
    for name, value in (("doi", rec.doi), ("pmid", rec.pmid), ("isbn", rec.isbn)):
        if value:
            yield f"{name} {value}"


SCHEMES: tuple[Callable[[Record], Iterator[str]], ...] = (
    _identifier_keys,
    _title_keys,
    _author_keys,
    _locator_keys,
)


def candidate_pairs(records: Sequence[Record]) -> Iterator[tuple[int, int]]:
    """Index pairs that share a block key, each once (lower index first).

    One scheme at a time, its keys are hashed and packed with the record index into one int,
    sorted, and read as runs: a few dozen bytes an entry, where dicts of lists would take
    hundreds. A pair is compared in the first block it shares, so no set of pairs is kept."""
    shift = max(20, len(records).bit_length())
    for number, scheme in enumerate(SCHEMES):
        packed = sorted(
            code << shift | i for i, rec in enumerate(records) for code in _codes(scheme, rec)
        )
        for code, members in _runs(packed, shift):
            for a, b in _pairs_in(members, records):
                if _first_shared(records[a], records[b], number) == code:
                    yield a, b


def _codes(scheme: Callable[[Record], Iterator[str]], rec: Record) -> set[int]:
    return {crc32(key.encode()) for key in scheme(rec)}


def _runs(packed: list[int], shift: int) -> Iterator[tuple[int, list[int]]]:
    """(code, record indexes) for each code that two or more records share."""
    mask = (1 << shift) - 1
    run: list[int] = []
    current = -1
    for value in packed:
        code = value >> shift
        if code != current:
            if len(run) > 1:
                yield current, run
            run, current = [], code
        run.append(value & mask)
    if len(run) > 1:
        yield current, run


def _first_shared(a: Record, b: Record, number: int) -> int:
    """The smallest code that A and B share in scheme NUMBER; -1 when an earlier scheme
    already brought them together."""
    for scheme in SCHEMES[:number]:
        if not _codes(scheme, a).isdisjoint(_codes(scheme, b)):
            return -1
    return min(_codes(SCHEMES[number], a) & _codes(SCHEMES[number], b), default=-1)


def _pairs_in(members: list[int], records: Sequence[Record]) -> Iterator[tuple[int, int]]:
    if len(members) <= MAX_BLOCK:
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                yield a, b
        return
    # A huge block (a prolific author, a common opening): sorted neighbourhood by title.
    ordered = sorted(members, key=lambda i: records[i].title)
    for n, a in enumerate(ordered):
        for b in ordered[n + 1 : n + 1 + WINDOW]:
            yield min(a, b), max(a, b)


# --- groups ----------------------------------------------------------------------------------


def find_groups(
    records: Sequence[Record], *, issues: bool = True
) -> list[tuple[list[int], tuple[Link, ...]]]:
    """Groups of record indexes that describe one work, with the links that join them."""
    edges = []
    for a, b in candidate_pairs(records):
        verdict = bibmatch.compare(records[a], records[b], issues=issues)
        if verdict is not None:
            edges.append((a, b, verdict))
    # Strongest links first, so that a group's identifiers are settled before fuzzy links.
    edges.sort(key=lambda edge: (edge[2].link == "fuzzy", -edge[2].score, edge[0], edge[1]))
    return _components(records, edges)


def _components(
    records: Sequence[Record], edges: Sequence[tuple[int, int, Verdict]]
) -> list[tuple[list[int], tuple[Link, ...]]]:
    """Connected records, members in file order, groups in the order of their first member."""
    union = _Union(records)
    kept = [(a, b, verdict) for a, b, verdict in edges if union.join(a, b)]
    members = union.groups()
    links: dict[int, Links] = defaultdict(list)
    for a, b, verdict in sorted(kept):
        group = members[union.root(a)]
        links[union.root(a)].append(Link(group.index(a), group.index(b), verdict))
    return [(members[r], tuple(links[r])) for r in sorted(members) if len(members[r]) > 1]


class _Union:
    """Union-find over record indexes that never joins two groups holding different DOIs or
    PMIDs: A ~ C ~ B, where C has no DOI and A and B have different ones, is two works and a
    copy of one of them."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records
        self.parent: dict[int, int] = {}
        self.ids: dict[int, tuple[str, str]] = {}  # a group's DOI and PMID, at its root

    def root(self, i: int) -> int:
        """The group of record I, named by its lowest index."""
        parent = self.parent
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]  # path halving keeps the trees flat
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> bool:
        """Put A and B in one group; False when their groups' identifiers conflict."""
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return True
        mine = self.ids.get(ra) or (self.records[a].doi, self.records[a].pmid)
        theirs = self.ids.get(rb) or (self.records[b].doi, self.records[b].pmid)
        joined = _joined_ids(mine, theirs)
        if joined is None:
            return False
        self.parent[max(ra, rb)] = low = min(ra, rb)
        self.ids[low] = joined
        return True

    def groups(self) -> dict[int, list[int]]:
        """Root -> members in file order, for every record ever joined."""
        members: dict[int, list[int]] = defaultdict(list)
        for i in sorted(self.parent):
            members[self.root(i)].append(i)
        return members


def _joined_ids(x: tuple[str, str], y: tuple[str, str]) -> tuple[str, str] | None:
    """The DOI and PMID of two groups together; None when they conflict."""
    joined = []
    for mine, theirs in zip(x, y, strict=True):
        if mine and theirs and mine != theirs:
            return None
        joined.append(mine or theirs)
    return joined[0], joined[1]


# --- explaining ------------------------------------------------------------------------------


def conflicts(findings: Findings, group: Group) -> dict[str, dict[str, str]]:
    """Fields whose values differ between the members of GROUP: field -> key -> value."""
    values: dict[str, dict[str, str]] = defaultdict(dict)
    repeated = len(set(group.keys)) < len(group.keys)
    for place, line in zip(group.entries, group.lines, strict=True):
        block = findings.members[place]
        label = f"{block.key}@{line}" if repeated else block.key
        values["ENTRYTYPE"][label] = block.entry_type
        for name, raw in block.fields:
            values[name].setdefault(label, bibscan.expand(raw, findings.strings))
    return {
        name: by_key
        for name, by_key in values.items()
        if len({_comparable(name, v) for v in by_key.values()}) > 1
    }


def _comparable(name: str, value: str) -> str:
    if name in ("doi", "url") and bibids.normal_doi(value):
        return bibids.normal_doi(value)
    value = " ".join(value.split())
    return value.lower() if name == "ENTRYTYPE" else value
