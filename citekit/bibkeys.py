"""Citation keys that depend on the work alone, never on its place in the document.

A key is family name + year + first significant title word (radchenko2014unwanted), after
Better BibTeX's cleaning rules: family name as stored (particles kept, so "von Neumann, John"
-> "vonneumann"), folded to ASCII by anyascii, lower case, [a-z0-9] only. Works that share a
key all take their next title words (smith2001historytrade, smith2001historyempire), as
Better BibTeX's `shorttitle` does; only works whose titles give out are told apart by letters,
in an order read from their fields. Keys kept from an older library (`--keys-from`) win.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from anyascii import anyascii

from citekit import lexicons
from citekit.model import Work

STOPWORDS = lexicons.words("key_stopwords")  # title words a key skips: "the", "della", "o"
UNTITLED = "untitled"  # key stem of a work with no author, editor, title or container
# where a work with no name and no title finds words for its key: "journal2001review"
FALLBACK_FIELDS = ("journaltitle", "journal", "booktitle", "howpublished", "publisher", "url")
CJK_WORD_CHARS = 4  # a CJK run has no spaces: keep its first 4 characters as the "word"

ELISION_RE = re.compile(r"\b(?:l|d|dell|all|dall|nell|sull|qu|j|c|n|s|m|t)['’](?=\w)", re.I)
APOSTROPHE_RE = re.compile(r"['’]")  # "Hitler's" -> "Hitlers", as BBT's nopunct does
JOINER_RE = re.compile(r"(?<=\w)[-‐‑–.](?=\w)")  # "Cold-War" -> "ColdWar", "R.U.R." -> "RUR"
JOINERS = "-‐‑–."  # what JOINER_RE takes out
WORD_RE = re.compile(r"\w+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
NOT_KEY_RE = re.compile(r"[^a-z0-9]+")
YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")


# --- citation keys -------------------------------------------------------------------------


def assign_keys(
    works: Iterable[Work], *, keep: Mapping[str, str] | None = None, taken: Iterable[str] = ()
) -> tuple[Work, ...]:
    """Give every work a unique citation key that its own fields decide.

    Args:
        works: the works; their order changes nothing but the order returned.
        keep: work id -> a key to keep as it is (read from an older library).
        taken: keys no other work may take (every key of that older library).

    Returns:
        The same works, in the same order, with `key` set.
    """
    works = tuple(works)
    keep = keep or {}
    keys = dict(keep)
    used = set(taken) | set(keep.values())
    groups: dict[str, list[Work]] = defaultdict(list)
    stems = {w.id: key_stems(w.fields) for w in works if w.id not in keep}  # worked out once
    for work in works:
        if work.id not in keep:
            groups[stems[work.id][0]].append(work)
    bases = frozenset(groups)
    for base in sorted(groups):
        keys |= _group_keys(groups[base], stems, used, bases)
    return tuple(_keyed(work, keys[work.id]) for work in works)


def _keyed(work: Work, key: str) -> Work:
    """dataclasses.replace(work, key=key), at half its cost (tests/test_speed_exact.py)."""
    return Work(work.id, key, work.entry_type, work.fields)


def key_stems(fields: Mapping[str, str]) -> list[str]:
    """The keys a work may take, shortest first: smith2001history, smith2001historytrade ..."""
    words = title_words(fields.get("title", ""))
    name = _first_family(fields.get("author", "")) or _first_family(fields.get("editor", ""))
    if not name:
        words = words or _fallback_words(fields)
        name, words = (words[0], words[1:]) if words else (UNTITLED, [])
    stem = name + year_of(fields)
    stems = [stem + (words[0] if words else "")]
    for word in words[1:]:
        stems.append(stems[-1] + word)
    return stems


def base_key(fields: Mapping[str, str]) -> str:
    """Family name + year + first significant title word, before disambiguation."""
    return key_stems(fields)[0]


def _group_keys(
    group: list[Work], stems: Mapping[str, list[str]], used: set[str], bases: frozenset[str]
) -> dict[str, str]:
    """Keys for works sharing a base key: each takes more of its title until it stands alone.

    STEMS: work id -> its key_stems. A key that is another group's base key (BASES) is left to
    that group.
    """
    keys: dict[str, str] = {}
    left = sorted(group, key=_content_order) if len(group) > 1 else group  # alone: no order
    depth = 0 if len(group) == 1 else 1
    deepest = max(len(stems[work.id]) for work in group)
    while left and depth <= deepest:
        tried = {w.id: stems[w.id][min(depth, len(stems[w.id]) - 1)] for w in left}
        counts = Counter(tried.values())
        for work in left:
            key = tried[work.id]
            if (
                counts[key] == 1
                and key not in used
                and (key == stems[work.id][0] or key not in bases)
            ):
                keys[work.id] = key
                used.add(key)
        left = [w for w in left if w.id not in keys]
        depth += 1
    for work in left:  # titles gave out: letters, in an order read from the fields
        keys[work.id] = _unique(stems[work.id][-1], used | bases - {stems[work.id][0]})
        used.add(keys[work.id])
    return keys


_CONTENT = json.JSONEncoder(ensure_ascii=False)  # json.dumps's, built once, not per work


def _content_order(work: Work) -> str:
    return _CONTENT.encode(sorted(work.fields.items()))


def _fallback_words(fields: Mapping[str, str]) -> list[str]:
    for name in FALLBACK_FIELDS:
        words = title_words(re.sub(r"^\w+://(www\.)?", "", fields.get(name, "")))
        if words:
            return words
    return []


def title_words(title: str) -> list[str]:
    """The significant words of TITLE as key material: ASCII, lower case, no stopwords."""
    text = title
    if "'" in text or "’" in text:  # the cheap test first: most titles have no apostrophe
        text = APOSTROPHE_RE.sub("", ELISION_RE.sub(" ", text))
    if any(mark in text for mark in JOINERS):
        text = JOINER_RE.sub("", text)
    words = []
    for word in WORD_RE.findall(text):
        if word.lower() in STOPWORDS:
            continue
        cjk = not word.isascii() and CJK_RE.match(word)
        clean = to_key_text(word[:CJK_WORD_CHARS] if cjk else word)
        if clean and clean not in STOPWORDS and (len(clean) > 1 or clean.isdigit()):
            words.append(clean)
    return words


@lru_cache(maxsize=65536)  # the words of a book's titles come again and again
def to_key_text(text: str) -> str:
    """TEXT folded to what a key may hold: 'Lüthi' -> 'luthi', 'Радченко' -> 'radchenko'."""
    return NOT_KEY_RE.sub("", anyascii(text).lower())


def year_of(fields: Mapping[str, str]) -> str:
    """The four-digit year of the `year` field, else of `date`, else ''."""
    for name in ("year", "date"):
        match = YEAR_RE.search(fields.get(name, ""))
        if match:
            return match.group(1)
    return ""


NAME_JOIN_RE = re.compile(r"[{}]|\s+and\s+", re.I)  # a brace, or the "and" between two names


def split_names(names: str) -> list[str]:
    """'Family, Given and Family, Given' -> one string per name (never splits inside braces)."""
    parts, depth, start = [], 0, 0
    for match in NAME_JOIN_RE.finditer(names):
        token = match.group()
        depth += 1 if token == "{" else -1 if token == "}" else 0
        if depth == 0 and token not in "{}":
            parts.append(names[start : match.start()])
            start = match.end()
    parts.append(names[start:])
    return [p.strip() for p in parts if p.strip()]


def family_name(name: str) -> str:
    """The family part of 'Family, Given' as stored; a name without a comma is taken whole."""
    return name.split(",", 1)[0].replace("{", "").replace("}", "").strip()


def _first_family(names: str) -> str:
    for name in split_names(names):
        if name.lower() != "others":
            return to_key_text(family_name(name))
    return ""


def _unique(key: str, used: set[str]) -> str:
    if key not in used:
        return key
    n = 1
    while key + _letters(n) in used:
        n += 1
    return key + _letters(n)


def _letters(n: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa': Better BibTeX's postfix sequence."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def identity(fields: Mapping[str, str]) -> tuple[str, str, str]:
    """What makes two records one work for `--keys-from`: first family name, year, title."""
    name = _first_family(fields.get("author", "")) or _first_family(fields.get("editor", ""))
    title = fields.get("title", "")
    if fields.get("subtitle"):
        title = f"{title}: {fields['subtitle']}"
    return name, year_of(fields), " ".join(title_words(title))
