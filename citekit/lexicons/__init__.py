"""The word lists the parser consults, read once from the text files beside this module.

Each lexicon is NAME.txt: "#" lines say what it is, how it is used and how to extend it;
every other non-blank line is one entry. README.md in this folder lists them all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of lexicon NAME in file order: ("paris", "new", ...)."""
    text = resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    # one pass, a list before the tuple: the gazetteer's 61,000 lines are read in a run's time
    lines = text.splitlines()
    return tuple([entry for line in lines if (entry := line.strip()) and entry[0] != "#"])


@cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicon NAME as a set, for membership tests."""
    return frozenset(entries(name))


@cache
def table(name: str) -> Mapping[str, str]:
    """A lexicon of "KEY = value" lines, read-only: {"TNA": "The National Archives", ...}."""
    pairs = (line.partition(" = ") for line in entries(name))
    return MappingProxyType({key.strip(): value.strip() for key, _, value in pairs})


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """A lexicon of space-separated lines: (("January", "Jan", ...), ...)."""
    return tuple(tuple(line.split()) for line in entries(name))


def alternation(items: Iterable[str]) -> str:
    """A regex group matching any of ITEMS, longest first: words of a phrase any spaces apart,
    a final "*" any word characters ("Verlag*" -> "Verlag\\w*")."""
    parts = []
    for item in sorted(items, key=lambda s: (-len(s), s)):
        stem, star = (item[:-1], r"\w*") if item.endswith("*") else (item, "")
        parts.append(r"\s+".join(re.escape(word) for word in stem.split()) + star)
    return "(?:" + "|".join(parts) + ")"


def sort_key(entry: str) -> tuple[str, str]:
    """The order lexicon files keep: ignoring case and accents ("Éditions" by "Editions")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", entry) if not unicodedata.combining(c))
    return bare.casefold(), entry
