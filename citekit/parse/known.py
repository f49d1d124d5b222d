"""The works a document cites in full, to recognise their short forms where nothing marks them.

A plain-text note has no italics: "Young, Ways of Reading Scripture" or "CONLEY, Alice.
Fifth-Grade Boys' Decisions, 138" looks like prose. That a family name of an earlier full
citation comes first and the words after it begin that citation's title is the evidence the
italics would have given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from citekit.parse import cues, names

WORD_RE = re.compile(r"\w+")
# where a short title ends: its pinpoint or the mark that stands for the rest ("…", "cit.")
TITLE_END_RE = re.compile(r",|\.\.\.|…|\s\(|$")
NAME_WORDS = 6  # words read for the comma that closes the names ("Harley and Woodward,")


@dataclass(frozen=True, slots=True)
class KnownTitles:
    """Folded family name -> the folded words of the titles of works they wrote or edited."""

    by_family: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def cites(self, span: str) -> bool:
        """Does SPAN open with a known author and the beginning of one of their titles?"""
        if not self.by_family:
            return False
        words = span.split()
        count = cues.leading_name_tokens(span)
        comma = next((i + 1 for i, w in enumerate(words[:NAME_WORDS]) if w.endswith(",")), 0)
        return any(self._names_title(words, at) for at in {count, comma} if 0 < at < len(words))

    def _names_title(self, words: list[str], count: int) -> bool:
        """Are WORDS[:COUNT] known names and the words after them the start of their title?"""
        rest = " ".join(words[count:]).lstrip(" ,.:")
        short = _words(rest[: TITLE_END_RE.search(rest).start()])
        if not short:
            return False
        families = {_fold(names.family(n)) for n in names.split_names(" ".join(words[:count]))}
        return any(
            title[: len(short)] == short
            for family in families
            for title in self.by_family.get(family, ())
        )


NO_TITLES = KnownTitles()
FAMILY_WORD_RE = re.compile(r"(?<!\w)[^\W\d_][\w'’-]+")  # a word that may be a family name


def names_known_author(text: str, known: KnownTitles, starts: Iterable[int]) -> bool:
    """Does TEXT name a known author anywhere but at the STARTS of the citations found in it?

    Only such a note can hold a short form that the first reading missed.
    """
    if not known.by_family:
        return False
    taken = set(starts)
    return any(
        match.start() not in taken and _fold(match.group()) in known.by_family
        for match in FAMILY_WORD_RE.finditer(text)
    )


def learn(works: Iterable[Mapping[str, str]]) -> KnownTitles:
    """The titles of WORKS (full citations' fields) by the family names of their people."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for fields in works:
        if _opens_with_names(fields.get("title", "")):
            continue  # "MATTOS, Hebe. Memórias …": a co-author the parse took into the title
        title = _words(fields.get("title", ""))
        people = " and ".join(fields.get(k, "") for k in ("author", "editor") if fields.get(k))
        if not title or not people:
            continue
        for name in people.split(" and "):
            found.setdefault(_fold(names.family(name)), []).append(title)
    return KnownTitles({family: tuple(titles) for family, titles in found.items() if family})


def _opens_with_names(title: str) -> bool:
    head, stop, _ = title.partition(". ")
    return bool(stop) and cues.name_only(head)


def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text.replace("*", "").casefold()))


def _fold(name: str) -> str:
    return " ".join(_words(name))
