"""Words the grammar placed in no field: where the labeller reads them as a field, it fills it.

A sign that the grammar is unsure of a full citation even though its reading looks full: a
stretch of capitalised words it left out of every field and its pinpoint ("*Biografia di
Giuseppe Garibaldi*, Fory e Dalmazzo, Torino 1850": the publisher before the place, a habit
of Italian and French notes). The labeller's value of a field the grammar left empty fills
it where every word of the value is one the grammar left out: it then changes nothing the
grammar read, and no words are lost.
"""

from __future__ import annotations

import re
from functools import cache

from citekit import lexicons
from citekit.label.lexicon import fold, word_class
from citekit.parse.elements import Parsed

# the fields an unplaced stretch may fill, from the labeller's confidence
DROPPED_FIELDS = {"publisher": 0.8, "address": 0.9, "volume": 0.9, "number": 0.9, "editor": 0.85}
# names the labeller writes family name first ("C. Chrisment, ed." -> "Chrisment, C."): their
# words, not their order, are the text's
NAME_FIELDS = frozenset({"editor"})
# an editor's marks that name no other role: not "dir." (a film's director, "*Sunset
# Boulevard*, dir. Billy Wilder"), which the labeller reads as French's "sous la dir. de"
EDITOR_MARK_RE = re.compile(
    r"\b(?:eds?\b|edited\s+by|editors?\b|hrsg\b|hgg?\b|éds?\b|a\s+cura\s+di\b|herausgegeben)",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"\w+")
# a capitalised word of three letters or more that may name a publisher or a place
NAME_RE = re.compile(r"\b[^\W\d_][^\W_]{2,}")
# the labeller's word classes (label/words.txt) of words that name no publisher or place
# but label or date one ("Vol.", "No.", "accessed on March 3"): left out by the grammar as
# marks, they do not wake the labeller
MARK_CLASSES = (
    "accessed",
    "month",
    "volumemark",
    "pagemark",
    "editor",
    "edition",
    "locator",
    "translator",
    "and",
    "backref",
)


def unplaced(rules: Parsed, text: str) -> set[str]:
    """The words of TEXT (casefolded) in none of RULES' fields and not in its pinpoint."""
    values = [v for k, v in rules.fields.items() if not k.startswith("_") and isinstance(v, str)]
    placed = set(WORD_RE.findall(" ".join([*values, rules.locator or ""]).casefold()))
    return {word for word in WORD_RE.findall(text.casefold()) if word not in placed}


def may_fill(rules: Parsed, text: str) -> bool:
    """Whether the grammar left out a capitalised word of TEXT that is no mark (a cheap
    check before the labeller runs): a name it may have dropped."""
    left = unplaced(rules, text)
    if not left:
        return False
    marks = _marks()
    for match in NAME_RE.finditer(text):
        word = match.group()
        if word[0].isupper() and word.casefold() in left and fold(word) not in marks:
            return True
    return False


def _names(value: str, text: str) -> bool:
    """Whether VALUE, the labeller's editors in TEXT, are names beside an editor's own mark:
    no lower-case word but a particle and "and" ("Mitchell, by S." of "ed. by S. Mitchell"
    is no name)."""
    if EDITOR_MARK_RE.search(text) is None:
        return False
    words = WORD_RE.findall(value)
    return all(w[0].isupper() or w in _particles() for w in words if not w.isdigit())


@cache
def _particles() -> frozenset[str]:
    return frozenset({"and", *lexicons.words("name_particles")})


@cache
def _marks() -> frozenset[str]:
    return frozenset().union(*(word_class(name) for name in MARK_CLASSES))


def fill_dropped(parsed: Parsed, rules: Parsed, text: str, learned: Parsed, sure: dict) -> Parsed:
    """PARSED with the labeller's (LEARNED's, its confidence per field SURE) fields that
    PARSED lacks and whose words the grammar (RULES) left out of TEXT altogether."""
    left = unplaced(rules, text)
    fields = dict(parsed.fields)
    for name, limit in DROPPED_FIELDS.items():
        value = learned.fields.get(name, "")
        words = WORD_RE.findall(value.casefold())
        if name in fields or not words or sure.get(name, 0.0) < limit:
            continue
        if not all(word in left for word in words):
            continue
        if name in NAME_FIELDS and not _names(value, text):
            continue
        if name in NAME_FIELDS or _stretch(value, text, rules.fields.get("address", "")):
            fields[name] = value
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _stretch(value: str, text: str, place: str = "") -> bool:
    """Whether VALUE stands in TEXT as a stretch of its own, between marks ("…, Fory e
    Dalmazzo, Torino 1850"), not as part of one ("(Winter 1999)", "Paris III, 2012"), nor
    after a colon or a full stop ("Bd. 1: Kanunlar, İstanbul 1943": a volume's title), nor
    after an editor's mark ("in Œuvres, ed. Oncken, 1888": a name); after the grammar's
    PLACE (or, without one, a word) and its colon it is ("Freiburg: Haufe-Lexware")."""
    words = WORD_RE.findall(value)
    body = r"\W+".join(map(re.escape, words))
    pattern = rf"(?:^|[,;(\[])[\s*\"“«]*{body}[\s*\"”»]*(?:[,;:.)\]]|$)"
    before = re.escape(place) if place else r"[^\W\d_]{2,}"
    after_place = re.search(rf"{before}\s*:\s*{body}\b", text)
    if re.search(pattern, text) is None and not after_place:
        return False
    return re.search(rf"(?:{EDITOR_MARK_RE.pattern})\.?\s*{body}", text, re.IGNORECASE) is None
