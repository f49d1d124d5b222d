"""Where the grammar's title runs on over the imprint, the labeller says where it ends.

A sign that the grammar is unsure of a full citation even though its reading looks full:
its title holds words the labeller reads as another field the grammar did not find, or
found again there. "Alfred Polgar. Leben in Bildern. Berlin/München: Deutscher Kunstverlag
2012. S.15" (a publisher and place), "Mémoires de Garibaldi …, Michel Lévy Frères" (the
publisher before the place), "How AI Impacts Skill Formation, 2026, [Zugriff 2026-07-26]"
(the year the grammar read too, and an access note), "…: "Search All About It!" Basingstoke:
Palgrave". There the title ends where the labeller's ends, and the fields it read in the cut
tail fill the grammar's empty ones. Only where the labeller's title is the start of the
grammar's and a field it read lies in the rest: where it reads the title otherwise (longer,
or with the author), the grammar's stays.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.labeloverlap import alnum_key

# the fields whose value in the grammar's title shows that the title ran on, from the
# labeller's confidence in them
TAIL_FIELDS = {"publisher": 0.6, "address": 0.6, "year": 0.8, "url": 0.8, "urldate": 0.8}
# a container in the tail ("…?, in: Proceedings of the 2023 ACM SIGSAC Conference …"): the
# labeller's type goes with it
CONTAINER_FIELDS = {"journal": 0.8, "booktitle": 0.8}
# the grammar's titles worth a second look (the labeller's CPU): a four-digit year, a place
# and publisher ("Berlin: Verlag"), an access note, or a comma before a run of capitalised
# words (a publisher's name, "…, Michel Lévy Frères")
SUSPECT_RE = deferred.compile(
    r"\b1[5-9]\d\d\b|\b20\d\d\b|\w:\s+\w|\[|\b(?:in|In):|,\s+(?:[A-Z]\w+\s+){1,3}[A-Z]\w+$"
)
# what is left of the grammar's title after the cut, where it was no title
LEFTOVER_RE = re.compile(r"[\s.,;:–—-]+$")
# a cut at a colon: what follows is a subtitle, whatever container the labeller reads there
SUBTITLE_RE = re.compile(r"\s*:")
# marks that close a title's last word ("It!"", "(SP)")
CLOSERS = frozenset('!?"”’»)]')
WORD_RE = re.compile(r"\w+")


def may_overrun(rules: Parsed) -> bool:
    """Whether the grammar's title of RULES might hold part of its imprint (a cheap check
    before the labeller runs)."""
    return SUSPECT_RE.search(rules.fields.get("title", "")) is not None


def cut_overrun(
    parsed: Parsed, rules: Parsed, text: str, learned: Parsed, sure: dict[str, float]
) -> Parsed:
    """PARSED with the grammar's (RULES') title of TEXT cut where the labeller's (LEARNED,
    its confidence per field SURE) ends, where the rest holds a field the labeller read and
    no quotes or italics close the grammar's title; the fields read in that rest fill
    PARSED's empty ones."""
    title = rules.fields.get("title", "")
    mine = alnum_key(learned.fields.get("title", ""))
    if not mine or parsed.fields.get("title") != title or not alnum_key(title).startswith(mine):
        return parsed
    if _delimited(title, text):
        return parsed
    at = _cut_at(title, len(mine))
    tail = alnum_key(title[at:])
    if not tail:
        return parsed
    found = _tail_fields(tail, rules, learned, sure)
    if SUBTITLE_RE.match(title[at:]):  # "Il campo …: Documenti e immagini …": no container
        found -= CONTAINER_FIELDS.keys()
    if not found:
        return parsed
    fields = dict(parsed.fields)
    fields["title"] = LEFTOVER_RE.sub("", title[:at]).strip()
    for name in TAIL_FIELDS | CONTAINER_FIELDS:  # in this order, not a set's (hash seeds)
        if name in found:
            fields.setdefault(name, learned.fields[name])
    entry_type = parsed.entry_type
    if found & CONTAINER_FIELDS.keys():
        entry_type = learned.entry_type
    return Parsed(entry_type, fields, parsed.locator)


def _tail_fields(tail: str, rules: Parsed, learned: Parsed, sure: dict[str, float]) -> set[str]:
    """The fields of LEARNED read in TAIL (a key) that the grammar (RULES) lacks or read the
    same: a year the grammar has as another one is part of the title ("… Churches, 1885-1950
    (New York: …, 2005)")."""
    found: set[str] = set()
    for name, limit in (TAIL_FIELDS | CONTAINER_FIELDS).items():
        value = learned.fields.get(name, "")
        key = alnum_key(value)
        if not key or key not in tail or sure.get(name, 0.0) < limit:
            continue
        if name in CONTAINER_FIELDS and rules.fields.keys() & CONTAINER_FIELDS.keys() - {name}:
            continue  # the grammar found the container elsewhere ("…, *in*: *Book*")
        theirs = rules.fields.get(name)
        if theirs is None or alnum_key(theirs) == key:
            found.add(name)
    if found <= {"year"} and "year" in rules.fields:
        return set()  # a year only, that the grammar read too: a title may name it
    return found


def _cut_at(title: str, letters: int) -> int:
    """The offset in TITLE after its first LETTERS letters and digits, and the closing
    marks that follow them ("…: "Search All About It!"")."""
    seen = at = 0
    while at < len(title) and seen < letters:
        seen += title[at].isalnum()
        at += 1
    while at < len(title) and title[at] in CLOSERS:
        at += 1
    return at


def _delimited(title: str, text: str) -> bool:
    """Whether TITLE stands in TEXT between quotes or italics, which the grammar read: a
    delimited title ("“… Experiments in *Nature* and *Science* Between 2010 and 2015”") is
    whole, whatever the labeller reads in it."""
    words = WORD_RE.findall(title)
    if not words:
        return False
    body = r"\W+".join(map(re.escape, words))
    return re.search(rf"[“\"«‘*_]\s*{body}\W{{0,2}}[”\"»’*_]", text) is not None
