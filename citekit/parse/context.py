"""What the whole document teaches the note parser: abbreviations and "hereafter" forms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from citekit.parse import uregex
from citekit.parse.hereaftersentence import announced_forms
from citekit.parse.patterns import REPOSITORY_RE
from citekit.parse.prefilter import guarded

# "Hoover Institution Archive (HIA)": capitalised words, then their initials in brackets
DEFINITION_RE = uregex.compile(
    r"(?P<long>(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|the|für|de|des|du)\s+)?){1,7})"
    r"\((?P<abbr>[A-Z][A-Za-z]{1,6})\)"
)
# the "(ABBR)" that closes every match of DEFINITION_RE, looked for first: DEFINITION_RE opens
# with capitalised words, tried at every position of every note; this opens with its bracket
DEFINED_ABBR_RE = uregex.compile(r"\([A-Z][A-Za-z]{1,6}\)")
# "(hereafter Chernyaev Papers, St Antony)", "[im Folgenden: BArch]"
HEREAFTER_ANYWHERE_RE = uregex.compile(
    r"[(\[]\s*(?:hereafter(?:\s+cited\s+as)?|henceforth|cited\s+hereafter\s+as|im\s+Folgenden(?:\s+zit(?:iert|\.)\s+als)?"
    r"|künftig|fortan|ci-après|dorénavant|dalej|далее|dále\s+jen|dále|hierna|en\s+adelante|d['’]ora\s+in\s+poi|doravante)"
    r"[:,]?\s*[—–-]?\s*(?P<abbr>[^)\]]+?)\s*[)\]]",
    re.IGNORECASE,
)
HEREAFTER_ANYWHERE_RE = guarded(HEREAFTER_ANYWHERE_RE)  # most notes hold none of its words
# "Abbreviazioni: ACS = Archivio centrale dello Stato, Roma; MI = Ministero dell'Interno."
EQUALS_DEFINITION_RE = uregex.compile(
    r"(?:^|(?<=[\s:;(]))(?P<abbr>[A-Z][A-Za-z]{1,6})\s*=\s*(?P<long>[A-Z][^;=]*?)"
    r"(?=\s*;|\.\s|\.?\s*$|\s+[A-Z][A-Za-z]{1,6}\s*=)"
)
FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "für", "de", "des", "du"})


@dataclass(frozen=True, slots=True)
class Context:
    """Document-wide knowledge: ABBR -> long form; the "hereafter" forms, as written."""

    abbreviations: dict[str, str] = field(default_factory=dict)
    hereafter: tuple[str, ...] = ()
    entries: bool = False  # most notes are reference-list entries (parse/refnote.py)

    @property
    def archive_sigla(self) -> tuple[str, ...]:
        """The abbreviations that stand for an archive: "AN" after "Arquivo Nacional (AN)"."""
        return tuple(a for a, long in self.abbreviations.items() if REPOSITORY_RE.search(long))


def build_context(texts: Iterable[str]) -> Context:
    """Collect the abbreviations the notes define (the first definition wins)."""
    abbreviations: dict[str, str] = {}
    hereafter: list[str] = []
    for text in texts:
        defines = DEFINED_ABBR_RE.search(text) is not None
        for match in DEFINITION_RE.finditer(text) if defines else ():
            abbr = match.group("abbr")
            words = [w for w in match.group("long").split() if w.casefold() not in FUNCTION_WORDS]
            span = _spelled_by(abbr, words)
            if span and abbr not in abbreviations:
                abbreviations[abbr] = " ".join(
                    match.group("long").split()[-_with_glue(span, match.group("long")) :]
                )
        for match in EQUALS_DEFINITION_RE.finditer(text) if "=" in text else ():
            abbreviations.setdefault(match.group("abbr"), match.group("long").strip(" ,"))
        hereafter.extend(m.group("abbr").strip(" .*") for m in HEREAFTER_ANYWHERE_RE.finditer(text))
        hereafter.extend(announced_forms(text))  # "…, 2010). Hereafter: Römer II."
    return Context(abbreviations, tuple(dict.fromkeys(hereafter)))


def _spelled_by(abbr: str, words: list[str]) -> int:
    """How many final WORDS the capitals of ABBR abbreviate (0: they do not)."""
    letters = [c for c in abbr if c.isupper()]
    for count in range(len(letters), len(words) + 1):
        initials = [w[0] for w in words[-count:]]
        if initials[0] == letters[0] and _subsequence(letters, initials):
            return count
    return _spelled_inside(letters, words)


def _spelled_inside(letters: list[str], words: list[str]) -> int:
    """German compounds: "Generallandesarchiv Karlsruhe (GLA)" spells G-L-A inside one word."""
    wanted = [c.casefold() for c in letters]
    for count in range(1, min(len(words), 3) + 1):
        tail = words[-count:]
        if tail[0][0] == letters[0] and _subsequence(wanted, list("".join(tail).casefold())):
            return count
    return 0


def _subsequence(needle: list[str], haystack: list[str]) -> bool:
    rest = iter(haystack)
    return all(any(c == h for h in rest) for c in needle)


def _with_glue(count: int, long: str) -> int:
    """COUNT capitalised words back, plus the function words between them."""
    words = long.split()
    taken = seen = 0
    for word in reversed(words):
        taken += 1
        if word.casefold() not in FUNCTION_WORDS:
            seen += 1
        if seen == count:
            break
    return taken
