"""Short forms in a note found by the bibliography: "This is discussed in Zindel, FC Basel, 356."

In plain text a shortened note's title carries no italics, and a short form inside prose is
not read as a citation. When the document has a bibliography, "Family, Title words, 356"
whose family is an entry's first author and whose words open that entry's title is a short
citation of it, wherever it stands in a note. Forms read: a plain or quoted title
("Wilson, “In the Chamber,” 23"), two authors or "et al." ("O’Keefe and Nadel, The
Hippocampus…"), a volume before the page ("6:415–420"), and, where the bibliography holds one
work of that author, no title at all ("Pelikan, 220–223", MLA's "Hughes and Lund 1–4" without
the comma) or another title (a translation).
Only text no citation covers yet is read, except a short form that a citation ran into after
"and" ("…, 6178 and Felici, A World in Motion"): that citation is cut before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import authordate
from citekit.identity import STOPWORDS, families, fold
from citekit.model import Citation, Kind, Note
from citekit.parse.reference import Reference

# where a short form may open: "Zindel, " / "O’Keefe and Nadel, " / "Reynolds et al., "
NAMES_RE = re.compile(
    r"(?<![\w'’])(?P<family>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}?)"
    r"(?:\s(?:and|&)\s[^\W\d_][\w'’-]*|\set\sal\.)?(?:,\s+|(?P<bare>\s+(?=\d)))"
)
# a quoted short title at the start of what follows the names: “Title,” / “Title.”
QUOTED_RE = re.compile(r"[“\"](?P<title>[^“”\"]{2,200}?)[,.]?[”\"][,.]?")
# "6:415–420", "45–47, 50": the locator after the title, before the end of the short form
LOCATOR = r"(?P<locator>(?:§+\s?)?(?:\d+:)?\d[\d–-]*(?:,\s*\d[\d–-]*)*)"
LOCATOR_RE = re.compile(r",?\s*" + LOCATOR + r"(?=\s*(?:[.;)]|and\s|$))")
END_RE = re.compile(r"\s*(?:[.;)?!]|and\s|$)")
OTHER_TITLE_RE = re.compile(r"[A-Z][^,;.:()“”\"\d]*[^,;.:()“”\"\d\s]")  # to the first mark
CUT_RE = re.compile(
    r"[,;.:?!]|(?=\s\d)|$"
)  # where a plain short title may end (MLA: before its page)
RAN_INTO_RE = re.compile(r"(?:\d|[”\"])\s+(?:and|&)\s+$")  # "…, 6178 and " before a short form
TRAILING_LOCATOR_RE = re.compile(r",?\s*" + LOCATOR + r"\s*$")
TITLE_SPAN = 200  # characters a plain short title is looked for in

# first author's folded family name -> (place in the bibliography, entry, folded title);
# entries without names under "", found by their title's first word
EntryIndex = dict[str, list[tuple[int, Reference, str]]]


def index(entries: tuple[Reference, ...]) -> EntryIndex:
    """The entries by their first author's family name, titles folded: built once a document,
    so that a short form is looked up, not compared with every entry."""
    out: EntryIndex = {}
    for place, entry in enumerate(entries):
        people = families(entry.fields)
        title = _bare(fold(entry.fields.get("title")))
        if people or title:
            out.setdefault(people[0] if people else "", []).append((place, entry, title))
    return out


def _bare(title: str) -> str:
    """A folded title without its opening article ("a tentative sequence" -> "tentative …"):
    short titles often drop it."""
    head, _, tail = title.partition(" ")
    return tail if tail and head in STOPWORDS else title


def cited(note: Note, found: tuple[Citation, ...], entries: EntryIndex) -> tuple[Citation, ...]:
    """`found` with the bibliography's short forms the note also makes, in the note's order."""
    if not entries:
        return found
    kept = list(found)
    extra: list[tuple[int, Citation]] = []
    for names in NAMES_RE.finditer(note.text):
        hit = _short_form(note.text, names, entries)
        if hit is None:
            continue
        at, end, entry, title, locator = hit
        covering = _covering(note.text, kept, at)
        if covering is not None:
            cut = _cut(note.text, kept[covering], at)
            if cut is None:
                continue
            kept[covering] = cut
        extra.append((at, _citation(note, note.text[at:end], entry, title, locator)))
    for at, hit in _titles_alone(note.text, entries.get("", ())):
        if _covering(note.text, kept, at) is None and not _covering(note.text, _of(extra), at):
            end, entry, title, locator = hit
            extra.append((at, _citation(note, note.text[at:end], entry, title, locator)))
    dated = list(authordate.references(note.text, entries))
    kept = _displaced(note.text, kept, [(at, end) for at, end, _, _ in dated])
    for at, end, entry, locator in dated:
        if _covering(note.text, kept, at) is None and not _covering(note.text, _of(extra), at):
            title = entry.fields.get("title", "")
            extra.append((at, _citation(note, note.text[at:end], entry, title, locator)))
    if not extra:
        return found
    ordered = sorted([(_span(note.text, c.text)[0], c) for c in kept] + extra, key=_at)
    return tuple(_reindexed(c, i) for i, (_, c) in enumerate(ordered))


def _short_form(
    text: str, names: re.Match[str], entries: EntryIndex
) -> tuple[int, int, Reference, str, str | None] | None:
    """Where the short form starts and ends, its entry, title and locator; of several
    entries, the first in the bibliography."""
    words = names.group("family").split()
    for k in range(len(words)):
        family = " ".join(words[k:])
        candidates = entries.get(fold(family), ())
        if names.group("bare") and (len(candidates) != 1 or not family[:1].isupper()):
            continue  # MLA's "Patten 45–51" names the author's one work by the page alone
        for _, entry, full in candidates:
            read = _read(text, names.end(), full, alone=len(candidates) == 1)
            if read is not None:
                at = names.start() + names.group("family").index(family)
                end, title, locator = read
                return at, end, entry, title or entry.fields.get("title", ""), locator
    return None


def _titles_alone(text: str, entries: list[tuple[int, Reference, str]]):
    """Short forms of entries without names: the title's opening words, then a locator
    ("Encyclopaedia Britannica, 31", "“1322 Jüd. Metzger in Strassburg,” 4")."""
    for _, entry, full in entries:
        first = full.split(" ")[0] if full else ""
        if len(first) < 3:
            continue
        for word in re.finditer(r"(?<![\w'’])[“\"]?" + re.escape(first), text, re.I):
            read = _read(text, word.start(), full, alone=False)
            if read is not None and len(fold(read[1]).split()) >= min(len(full.split()), 2):
                end, title, locator = read
                yield word.start(), (end, entry, title, locator)


def _read(text: str, start: int, full: str, *, alone: bool) -> tuple[int, str, str | None] | None:
    """After the names: the end of the short form, its title and its locator, if what follows
    opens FULL (a folded title) or, when ALONE (one work of that author), is a bare locator."""
    rest = text[start : start + TITLE_SPAN]
    quoted = QUOTED_RE.match(rest)
    if quoted:
        title, after = quoted.group("title"), quoted.end()
        if not _opens(fold(title), full):
            return None
    else:
        title = _plain_title(rest, full) or (_other_title(rest) if alone else "")
        if not title and not alone:
            return None
        after = len(title)
    tail = rest[after:]
    located = LOCATOR_RE.match(tail)
    if located:
        return start + after + located.end(), title.strip(), located.group("locator")
    if title and END_RE.match(tail):
        return start + after, title.strip(), None
    return None


def _other_title(rest: str) -> str:
    """Capitalised words that do not open the author's one entry ("Wereszycki, The End of the
    Three Emperors’ League" for "Koniec sojuszu…"): a title of their own, which biblink pairs
    with that entry only if nothing else cites it."""
    match = OTHER_TITLE_RE.match(rest)
    return match.group() if match and 2 <= len(match.group().split()) <= 12 else ""


def _plain_title(rest: str, full: str) -> str:
    """The longest opening of REST, cut at a punctuation mark, whose words open FULL."""
    best, best_words = "", ""
    for cut in CUT_RE.finditer(rest):
        words = _bare(fold(rest[: cut.start()]))
        if not _opens(words, full):
            if words:
                break
            continue
        if len(words) > len(best_words):  # not past a closing mark that adds no word
            best, best_words = rest[: cut.start()], words
    return best if len(best_words) >= min(len(full), 4) else ""


def _opens(short: str, full: str) -> bool:
    short = _bare(short)
    return bool(short) and (full == short or full.startswith(short + " "))


def _covering(text: str, citations: list[Citation], at: int) -> int | None:
    for place, citation in enumerate(citations):
        start, end = _span(text, citation.text)
        if start >= 0 and start <= at < end:
            return place
    return None


def _cut(text: str, citation: Citation, at: int) -> Citation | None:
    """CITATION cut before a short form it ran into after "and" (at AT), or None."""
    start, _ = _span(text, citation.text)
    before = text[start:at]
    joint = RAN_INTO_RE.search(before)
    if start == at or joint is None:
        return None
    kept = before[: joint.start() + 1].rstrip(" ,")
    locator = citation.locator
    if locator is None or locator not in kept:
        trailing = TRAILING_LOCATOR_RE.search(kept)
        locator = trailing.group("locator") if trailing else None
    # a field read from the part cut off ("3 and Lund and Berg, River…") is no longer stated
    fields = {k: v for k, v in citation.fields.items() if fold(v) in fold(kept)}
    return replace(citation, text=kept, locator=locator, fields=fields)


def _displaced(text: str, kept: list[Citation], dated: list[tuple[int, int]]) -> list[Citation]:
    """KEPT without the spans that yield to the author-date references inside them
    (citekit.authordate.displaced); a part before them that names a title stays."""
    out = []
    for citation in kept:
        start, end = _span(text, citation.text)
        inside = [(a - start, b - start) for a, b in dated if start >= 0 and start <= a < end]
        left = authordate.displaced(citation.text, inside)
        if left is None:
            out.append(citation)
        elif left:
            fields = {k: v for k, v in citation.fields.items() if fold(v) in fold(left)}
            out.append(replace(citation, text=left, locator=None, fields=fields))
    return out


def _of(placed: list[tuple[int, Citation]]) -> list[Citation]:
    return [citation for _, citation in placed]


def _at(item: tuple[int, Citation]) -> int:
    return item[0]


def _reindexed(citation: Citation, index: int) -> Citation:
    return citation if citation.index == index else replace(citation, index=index)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    return start, start + len(part)


def _citation(note: Note, text: str, entry: Reference, title: str, locator: str | None) -> Citation:
    fields = {"title": title}
    for role in ("author", "editor"):
        if entry.fields.get(role):
            fields[role] = entry.fields[role].split(" and ")[0]
            break
    return Citation(
        note=note.number,
        index=0,
        text=text.strip(),
        kind=Kind.SHORT,
        locator=locator,
        fields=fields,
        entry_type=entry.entry_type,
    )
