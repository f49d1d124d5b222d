"""Duplicate entries in an existing .bib library: same DOI or ISBN, or fuzzily the same
family names + title + year; found with blocking, so entries are never compared all pairs.

Matching keys are folded (LaTeX accents, anyascii, case, punctuation, stopwords such as
"The") and pass a transliteration skeleton ("Tchaikovsky" ~ "Chaikovskii" ~ "Čajkovskij").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from urllib.parse import unquote

from anyascii import anyascii
from bibtexparser.library import Library
from bibtexparser.model import DuplicateBlockKeyBlock, Entry, Field, ParsingFailedBlock
from rapidfuzz.fuzz import ratio

from citekit import bibtex

TITLE_MIN = 90.0  # title similarity (0-100) for a fuzzy duplicate
TITLE_MIN_NO_YEAR = 95.0  # ... when one of the two entries has no year
NAME_MIN = 85.0  # first-author family similarity
GENERIC_WORDS = 3  # titles this short must also agree on their journal or book
MAX_BLOCK = 300  # larger blocks are compared only with their 20 neighbours in title order
WINDOW = 20
PART_TYPES = frozenset({"incollection", "inbook", "inproceedings", "inreference"})

LATEX_ACCENT_RE = re.compile(r"\\[`'^\"~=.uvHcdbkrt]\s*\{?\s*([A-Za-z])\s*\}?")
# \ss \o \ae \oe \aa \l \i \j: the command name is already the ASCII spelling ("gro\ss e").
LATEX_SYMBOL_RE = re.compile(r"\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)(?![A-Za-z])\s*(?:\{\})?")
LATEX_CMD_RE = re.compile(r"\\[A-Za-z]+\*?")  # \emph, \textit: their argument stays
LATEX_ESCAPE_RE = re.compile(r"\\(.)")  # \& -> &
NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
SUBTITLE_RE = re.compile(r"\s*(?::|\.\s|\?\s|!\s|\s[-–—]+\s)")  # "Title: Subtitle"
DIGITS_RE = re.compile(r"\d+")
DOI_RE = re.compile(r"10\.\d{4,9}/\S+")
DOI_PREFIX_RE = re.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/|^doi:\s*", re.I)
ISBN_RE = re.compile(r"(?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx]")
REPEAT_RE = re.compile(r"(.)\1+")
# Transliteration drift, applied in order: Tschaikowski/Tchaikovsky/Chaikovskii -> caikovski.
SKELETON = (
    ("tsch", "c"),
    ("tch", "c"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
    ("x", "ks"),
)


class Reason(StrEnum):
    """Why entries were grouped, strongest first."""

    DOI = "doi"
    ISBN = "isbn"
    FUZZY = "fuzzy"


@dataclass(frozen=True, slots=True)
class Record:
    """The folded view of one entry that matching works on."""

    index: int
    family: str  # skeleton of the first author's (else editor's) family name
    title: str  # folded title words, stopwords dropped
    main: str  # ... of the title before its subtitle, or "" when it has none
    year: str
    numbers: frozenset[str]  # numbers in the title: "Volume 1" is not "Volume 2"
    volume: str
    edition: str
    first_page: str
    container: str  # folded journal or booktitle
    dois: frozenset[str]
    isbns: frozenset[str]


@dataclass(frozen=True, slots=True)
class Group:
    """Entries that describe one work; keys in file order, the first is kept on merge."""

    keys: tuple[str, ...]
    reason: Reason
    score: float  # 0-1: the weakest link that holds the group together
    conflicts: Mapping[str, Mapping[str, str]]  # field -> key -> value, where values differ


@dataclass(frozen=True, slots=True)
class Findings:
    """What `citekit duplicates FILE.bib` found."""

    source: str
    library: Library
    groups: tuple[Group, ...]
    warnings: tuple[str, ...]


def find(path: str | Path) -> Findings:
    """Read the .bib file at PATH and group its duplicate entries.

    Raises:
        UnreadableFile: the file cannot be read or is binary.
    """
    library = bibtex.load(path, keep_strings=True)
    groups = find_duplicates(library.entries)
    return Findings(str(path), library, groups, tuple(failed_warnings(library.failed_blocks)))


def failed_warnings(blocks: Iterable[ParsingFailedBlock]) -> Iterator[str]:
    """One line per block bibtexparser could not read."""
    for block in blocks:
        line = "?" if block.start_line is None else str(block.start_line + 1)
        if isinstance(block, DuplicateBlockKeyBlock):
            yield f"line {line}: duplicate key '{block.key}': entry skipped"
        else:
            reason = getattr(block.error, "abort_reason", "") or str(block.error) or "unreadable"
            yield f"line {line}: block skipped ({reason.splitlines()[0]})"


def find_duplicates(entries: Sequence[Entry]) -> tuple[Group, ...]:
    """Groups of entries that describe the same work, in file order."""
    records = [record(i, e) for i, e in enumerate(entries)]
    edges = dict(identifier_edges(records))
    for pair, found in fuzzy_edges(records):
        edges.setdefault(pair, found)
    return tuple(_group(entries, members, links) for members, links in _components(edges))


# --- folding ---------------------------------------------------------------------------------


def fold(text: str) -> str:
    """LaTeX-free, ASCII, lower case, punctuation -> spaces: 'L{\\"u}thi' -> 'luthi'."""
    if "\\" in text:
        text = LATEX_ACCENT_RE.sub(_first_char, text)
        text = LATEX_SYMBOL_RE.sub(_first_char, text)
        text = LATEX_ESCAPE_RE.sub(_first_char, LATEX_CMD_RE.sub("", text))
    # Braces only group ("{S}ino-{S}oviet"): drop them, never split a word there.
    text = text.replace("{", "").replace("}", "")
    if not text.isascii():
        text = anyascii(text)
    return NON_ALNUM_RE.sub(" ", text.lower()).strip()


def _first_char(match: re.Match[str]) -> str:
    # A function, not the template r"\1": templates are re-expanded per match (slow).
    return match.group(1)


def skeleton(word: str) -> str:
    """WORD with transliteration drift evened out: 'shostakovich' -> 'sostakovic'."""
    for old, new in SKELETON:
        word = word.replace(old, new)
    return REPEAT_RE.sub(_first_char, word)


def fold_title(title: str) -> str:
    """The title as matching sees it: folded, skeletons, no stopwords ('The', 'der', ...)."""
    # One skeleton pass over the joined words: its rules never cross a space.
    return skeleton(" ".join(w for w in fold(title).split() if w not in bibtex.STOPWORDS))


def match_family(name: str) -> str:
    """Skeleton of the last word of the family name, so particles never matter."""
    name = name.strip()
    if name.startswith("{") and name.endswith("}") and "," not in name:
        return skeleton(fold(name).replace(" ", ""))  # {World Bank}: a corporate name
    family = name.split(",", 1)[0] if "," in name else name
    words = fold(family).split()
    return skeleton(words[-1]) if words else ""


def normal_doi(value: str) -> str:
    """'https://doi.org/10.1000/ABC' -> '10.1000/abc'; '' when VALUE holds no DOI."""
    match = DOI_RE.search(DOI_PREFIX_RE.sub("", unquote(value.strip())))
    return match.group().rstrip(".,;").lower() if match else ""


def normal_isbns(value: str) -> frozenset[str]:
    """Every valid ISBN in VALUE as ISBN-13: '0-19-852663-6' -> '9780198526636'."""
    found = set()
    for match in ISBN_RE.finditer(value):
        digits = re.sub(r"[^\dX]", "", match.group().upper())
        if len(digits) == 10 and _isbn10_ok(digits):
            digits = "978" + digits[:9] + _isbn13_check("978" + digits[:9])
        if len(digits) == 13 and _isbn13_check(digits[:12]) == digits[12]:
            found.add(digits)
    return frozenset(found)


def _isbn10_ok(digits: str) -> bool:
    values = [10 if c == "X" else int(c) for c in digits]
    return "X" not in digits[:9] and sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0


def _isbn13_check(first12: str) -> str:
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def record(index: int, entry: Entry) -> Record:
    """The folded view of ENTRY (the INDEXth of its library)."""
    fields = {f.key.lower(): str(f.value) for f in entry.fields}
    title = fields.get("title", "")
    main = SUBTITLE_RE.split(title, maxsplit=1)
    names = bibtex.split_names(fields.get("author", "") or fields.get("editor", ""))
    dois = {normal_doi(fields.get(k, "")) for k in ("doi", "url")}
    isbns = frozenset() if _is_part(entry, fields) else normal_isbns(fields.get("isbn", ""))
    return Record(
        index=index,
        family=match_family(names[0]) if names else "",
        title=fold_title(title),
        main=fold_title(main[0]) if len(main) > 1 else "",
        year=bibtex.year_of(fields),
        numbers=frozenset(DIGITS_RE.findall(fold(title))),
        volume="".join(DIGITS_RE.findall(fields.get("volume", ""))),
        edition="".join(DIGITS_RE.findall(fields.get("edition", ""))),
        first_page=next(iter(DIGITS_RE.findall(fields.get("pages", ""))), ""),
        container=fold(fields.get("journal", "") or fields.get("booktitle", "")),
        dois=frozenset(dois - {""}),
        isbns=isbns,
    )


def _is_part(entry: Entry, fields: Mapping[str, str]) -> bool:
    """Chapters and papers carry the ISBN of their book, so it does not identify them."""
    return entry.entry_type.lower() in PART_TYPES or "booktitle" in fields


# --- matching --------------------------------------------------------------------------------

Edge = tuple[Reason, float]


def identifier_edges(records: Sequence[Record]) -> Iterator[tuple[tuple[int, int], Edge]]:
    """Pairs that share a DOI, then pairs that share an ISBN (each to its first holder)."""
    for reason, ids_of in ((Reason.DOI, attrgetter("dois")), (Reason.ISBN, attrgetter("isbns"))):
        first: dict[str, int] = {}
        for rec in records:
            for ident in sorted(ids_of(rec)):
                holder = first.setdefault(ident, rec.index)
                if holder != rec.index:
                    yield (holder, rec.index), (reason, 1.0)


def fuzzy_edges(records: Sequence[Record]) -> Iterator[tuple[tuple[int, int], Edge]]:
    """Pairs whose family, title and year agree, compared only within blocks."""
    seen: set[tuple[int, int]] = set()
    for block in _blocks(records):
        for a, b in _candidate_pairs(block):
            pair = (a.index, b.index) if a.index < b.index else (b.index, a.index)
            if pair in seen:
                continue
            seen.add(pair)
            score = similarity(a, b)
            if score is not None:
                yield pair, (Reason.FUZZY, score)


def _blocks(records: Sequence[Record]) -> Iterator[list[Record]]:
    """Same year + family; same year + first two title words; same family + first word."""
    blocks: dict[tuple[str, ...], list[Record]] = defaultdict(list)
    for rec in records:
        words = rec.title.split()
        if not words:
            continue
        if rec.family:
            blocks["yf", rec.year, rec.family].append(rec)
            blocks["fw", rec.family, words[0]].append(rec)
        blocks["yw", rec.year, *words[:2]].append(rec)
    return (block for block in blocks.values() if len(block) > 1)


def _candidate_pairs(block: list[Record]) -> Iterator[tuple[Record, Record]]:
    if len(block) <= MAX_BLOCK:
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                yield a, b
        return
    # A huge block (a prolific author, a common first word): sorted neighbourhood.
    ordered = sorted(block, key=lambda r: r.title)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + WINDOW]:
            yield a, b


def similarity(a: Record, b: Record) -> float | None:
    """0-1 when A and B look like one work, None when they must stay apart."""
    if any(
        _differ(x, y)
        for x, y in (
            (a.year, b.year),
            (a.volume, b.volume),
            (a.edition, b.edition),
            (a.first_page, b.first_page),
        )
    ):
        return None
    if _generic(a, b) and a.container and b.container and ratio(a.container, b.container) < 80:
        return None  # two "Introduction"s by one editor in one year, in different books
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return None
    names = ratio(a.family, b.family) if a.family and b.family else 100.0
    if names < NAME_MIN:
        return None
    title = _title_score(a, b)
    if title < (TITLE_MIN if a.year and b.year else TITLE_MIN_NO_YEAR):
        return None
    return round((0.7 * title + 0.3 * names) / 100, 3)


def _generic(a: Record, b: Record) -> bool:
    """A title too short to identify a work on its own: 'Introduction', 'Book reviews'."""
    return min(len(a.title.split()), len(b.title.split())) <= GENERIC_WORDS


def _differ(x: str, y: str) -> bool:
    return bool(x and y and x != y)


def _title_score(a: Record, b: Record) -> float:
    """Full titles, or the main title when only one of the two has a subtitle."""
    score = ratio(a.title, b.title)
    if bool(a.main) != bool(b.main):
        score = max(score, ratio(a.main or a.title, b.main or b.title))
    return score


# --- groups ----------------------------------------------------------------------------------


def _components(edges: Mapping[tuple[int, int], Edge]) -> list[tuple[list[int], list[Edge]]]:
    """Connected entries (union-find) with the edges inside them, in file order."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]  # path halving keeps the trees flat
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted(parent):
        members[root(i)].append(i)
    links: dict[int, list[Edge]] = defaultdict(list)
    for (a, _), edge in edges.items():
        links[root(a)].append(edge)
    return [(members[r], links[r]) for r in sorted(members)]


def _group(entries: Sequence[Entry], members: list[int], links: list[Edge]) -> Group:
    reason = min((r for r, _ in links), key=list(Reason).index)
    chosen = [entries[i] for i in members]
    score = min(s for _, s in links)
    return Group(tuple(e.key for e in chosen), reason, score, conflicts(chosen))


def conflicts(members: Sequence[Entry]) -> dict[str, dict[str, str]]:
    """Fields whose values differ between MEMBERS: field -> key -> value."""
    values: dict[str, dict[str, str]] = defaultdict(dict)
    for entry in members:
        values["ENTRYTYPE"][entry.key] = entry.entry_type
        for field in entry.fields:
            values[field.key.lower()][entry.key] = str(field.value)
    return {
        name: by_key
        for name, by_key in values.items()
        if len({_comparable(name, v) for v in by_key.values()}) > 1
    }


def _comparable(name: str, value: str) -> str:
    if name in ("doi", "url") and normal_doi(value):
        return normal_doi(value)
    if name == "isbn" and normal_isbns(value):
        return " ".join(sorted(normal_isbns(value)))
    return " ".join(value.split()).lower() if name == "ENTRYTYPE" else " ".join(value.split())


# --- merging ---------------------------------------------------------------------------------


def merge(library: Library, groups: Iterable[Group]) -> Library:
    """A new library where each group is one entry: the first key, the richest value per
    field, and the other keys in biblatex `ids`. Everything else stays in file order."""
    by_key = library.entries_dict
    merged: dict[str, Entry] = {}
    dropped: set[str] = set()
    for group in groups:
        merged[group.keys[0]] = merge_entries([by_key[k] for k in group.keys])
        dropped.update(group.keys[1:])
    blocks = []
    for block in library.blocks:
        key = getattr(block, "key", None) if isinstance(block, Entry) else None
        if key not in dropped:
            blocks.append(merged.get(key, block) if key else block)
    return Library(blocks)


def merge_entries(members: Sequence[Entry]) -> Entry:
    """MEMBERS as one entry: the first one's key and field order, the richest values."""
    first = members[0]
    names: list[str] = []
    for entry in members:
        names.extend(f.key.lower() for f in entry.fields if f.key.lower() not in names)
    fields = [_richest(name, members) for name in names if name != "ids"]
    ids = _ids(members)
    if ids:
        fields.append(Field("ids", ", ".join(ids)))
    types = [e.entry_type for e in members if e.entry_type.lower() != "misc"]
    return Entry(types[0] if types else first.entry_type, first.key, fields)


def _richest(name: str, members: Sequence[Entry]) -> Field:
    """The value with most to say: most names for people, bare DOI, else the longest."""
    candidates = [f for e in members for f in e.fields if f.key.lower() == name]
    if name == "doi":
        bare = next((normal_doi(str(f.value)) for f in candidates if normal_doi(str(f.value))), "")
        if bare:
            return Field(candidates[0].key, bare)
    if name in ("author", "editor", "translator"):
        return max(
            candidates,
            key=lambda f: (len(bibtex.split_names(str(f.value))), len(str(f.value).strip())),
        )
    return max(candidates, key=lambda f: len(str(f.value).strip()))


def _ids(members: Sequence[Entry]) -> list[str]:
    """The other keys, and any `ids` the members already had, without repeats."""
    kept = members[0].key
    found: list[str] = []
    for entry in members:
        old = entry.fields_dict.get("ids")
        for key in [entry.key, *(str(old.value).split(",") if old else [])]:
            key = key.strip()
            if key and key != kept and key not in found:
                found.append(key)
    return found
