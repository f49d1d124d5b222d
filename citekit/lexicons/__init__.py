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


@cache
def locale_terms(*kinds: str) -> tuple[str, ...]:
    """The CSL locales' terms of KINDS (locale_terms.txt: "editor/verb", "month-03", ...), each
    once, in file order: ("a cura di", "edited by", "herausgegeben von", ...)."""
    by_kind = _locale_terms_by_kind()
    return tuple(dict.fromkeys(term for kind in kinds for term in by_kind.get(kind, ())))


@cache
def _locale_terms_by_kind() -> Mapping[str, tuple[str, ...]]:
    by_kind: dict[str, list[str]] = {}
    for line in entries("locale_terms"):
        kind, _, term = line.partition(" = ")
        by_kind.setdefault(kind, []).append(term)
    return MappingProxyType({kind: tuple(terms) for kind, terms in by_kind.items()})


# a month's name of fewer letters is a word of prose too, or a name: "gen.", "out.", "pros.",
# Welsh "Medi", Turkish "Mart"
MONTH_LETTERS = 5


@cache
def month_rows() -> tuple[tuple[str, ...], ...]:
    """months.txt's twelve rows, each joined by the CSL locales' names of that month:
    (("January", "Jan", …, "siječanj", "tammikuu"), …). A name two locales give to two months
    is left out (Croatian "listopad" is October, Czech and Polish November), and so is one
    of fewer than MONTH_LETTERS letters or a word of a place's name ("Rio de Janeiro")."""
    hand = rows("months")
    taken = {name.lower() for row in hand for name in row} | _place_words()
    found = [_locale_month_names(number) for number in range(1, 13)]
    months_of: dict[str, int] = {}
    for names in found:
        for name in names:
            months_of[name] = months_of.get(name, 0) + 1
    return tuple(
        row + tuple(sorted(n for n in names if months_of[n] == 1 and n not in taken))
        for row, names in zip(hand, found, strict=True)
    )


def _place_words() -> set[str]:
    """The words of the places of several words ("rio de janeiro") and of the places named."""
    phrases = (*entries("place_phrases"), *entries("place_words"))
    return {word for place in phrases for word in place.split()}


def _locale_month_names(number: int) -> frozenset[str]:
    kinds = (f"month-{number:02}", f"month-{number:02}/short")
    names = (term.rstrip(".").lower() for term in locale_terms(*kinds))
    return frozenset(n for n in names if len(n) >= MONTH_LETTERS and n.isalpha())
