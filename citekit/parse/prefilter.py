"""A pattern behind a cheap test: the words that every match of it contains.

Many of our patterns open with optional brackets and spaces before a list of words
("[(\\[]?\\s*(?:last\\s+)?(?:accessed|retrieved|…)"): the regex engine then tries the whole
list at every position of every note, 20-30 µs a note, although most notes hold none of the
words. `guarded(pattern)` reads from the pattern itself which literals every match must
contain and answers "no match" at once where the text holds none of them; where it holds
one, the pattern runs as before. Answers are the same as the pattern's, to the byte.

Case-insensitive literals are looked for in the text folded as the regex engine folds it
(the simple lower case of each character, "ſ" as "s", "ς" as "σ" …: the engine's own table
of extra cases), so that "ACCESSED", "Accessed" and "acceſſed" all count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _compiler, _constants, _parser  # the engine's own parser and case table

from citekit import patterncache
from citekit.parse import deferred
from citekit.parse.wordtrie import any_word_re

Cover = frozenset[tuple[str, bool]]  # (literal, case-insensitive): one of them is in a match
MIN_LITERAL = 3  # shorter words ("(", "in") are in most notes: no use as a test

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
# every character of a case class of the engine ({"s", "ſ"}, {"σ", "ς"} …) -> one of them
# (empty where a later Python renames the table: then no pattern is guarded, see `cover`)
_EXTRA_CASES = getattr(_compiler, "_EXTRA_CASES", None)
_CLASS_OF = {
    chr(code): chr(min(low, *others))
    for low, others in (_EXTRA_CASES or {}).items()
    for code in (low, *others)
}
_FOLDED = {k: v for k, v in _CLASS_OF.items() if k != v}  # {"ſ": "s", "ς": "σ", …}
_FOLD = str.maketrans(_FOLDED)
_NEEDS_FOLD_RE = re.compile("[" + "".join(map(re.escape, _FOLDED)) + "]")
DOTTED_I = "\u0130"  # "İ": lower() makes it two characters, the engine "i"


# no ASCII character is folded into another (each class's first character is the ASCII one):
# an ASCII text is folded by lower() alone
_ASCII_LOWER = not any(k.isascii() for k in _FOLDED)


@lru_cache(maxsize=64)  # one note's text meets several guarded patterns in a row
def folded(text: str) -> str:
    """TEXT with each character as the engine compares it case-insensitively."""
    if _ASCII_LOWER and text.isascii():
        return text.lower()
    low = text.replace(DOTTED_I, "i").lower()
    return low.translate(_FOLD) if _NEEDS_FOLD_RE.search(low) else low


def cover(pattern: re.Pattern[str] | deferred.Pattern) -> Cover | None:
    """Literals one of which every match of PATTERN contains, or None if none is known."""
    if _EXTRA_CASES is None:  # the engine's case table is unknown: folds could not agree
        return None
    # a deferred pattern's flags as declared (the parser adds the inline ones): asking for the
    # compiled flags would compile it at import
    flags = pattern.declared_flags if isinstance(pattern, deferred.Pattern) else pattern.flags
    # read once and kept with the patterns' programs: the engine's parser is slow Python
    return patterncache.derived(
        "cover", pattern.pattern, flags, lambda: _read(pattern.pattern, flags)
    )


def _read(source: str, flags: int) -> Cover | None:
    try:
        parsed = _parser.parse(source, flags)
        return _cover(parsed, bool(parsed.state.flags & re.IGNORECASE))
    # a bytes pattern, or the engine's private parser reading otherwise in a later Python:
    # the pattern then runs unguarded, as it did before this module
    except (re.error, TypeError, ValueError, AttributeError):
        return None


def _cover(items: _parser.SubPattern | list, ci: bool) -> Cover | None:
    """The best cover of any one item of the sequence ITEMS (all of which every match holds)."""
    best: Cover | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL:
            run.append(chr(av))
            continue
        if run:  # consecutive literal characters: one word every match holds as written
            best = _better(best, frozenset({(_literal("".join(run), ci), ci)}))
            run = []
        best = _better(best, _item_cover(op, av, ci))
    return best


def _item_cover(op: object, av: object, ci: bool) -> Cover | None:
    if op is _constants.SUBPATTERN:
        _, add, remove, sub = av
        return _cover(sub, bool((ci or add & re.IGNORECASE) and not remove & re.IGNORECASE))
    if op is _constants.ATOMIC_GROUP:
        return _cover(av, ci)
    if op in _REPEATS:
        low, _, sub = av
        return _cover(sub, ci) if low >= 1 else None
    if op is _constants.BRANCH:
        covers = [_cover(alternative, ci) for alternative in av[1]]
        return None if any(c is None for c in covers) else frozenset().union(*covers)
    return None  # anchors, classes, look-arounds, back-references: no literal known


def _literal(text: str, ci: bool) -> str:
    return folded(text) if ci else text


def _better(one: Cover | None, other: Cover | None) -> Cover | None:
    """The cover whose shortest literal is longest (fewer literals on a tie)."""
    if one is None or other is None:
        return one or other
    rank = [(min(len(w) for w, _ in c), -len(c)) for c in (one, other)]
    return one if rank[0] >= rank[1] else other


class Guarded:
    """PATTERN, answering "no match" without running it where none of COVER is in the text.

    The methods the code calls are the pattern's own (same arguments, same answers); any
    other attribute (`pattern`, `groupindex` …) is the pattern's.
    """

    __slots__ = ("compiled", "_exact", "_ci")

    def __init__(self, compiled: re.Pattern[str], literals: Cover) -> None:
        self.compiled = compiled
        self._exact = any_word_re(w for w, ci in literals if not ci)
        self._ci = any_word_re(w for w, ci in literals if ci)

    def possible(self, text: str) -> bool:
        """Can the pattern match anywhere in TEXT? False only when it cannot."""
        if self._exact is not None and self._exact.search(text):
            return True
        return self._ci is not None and self._ci.search(folded(text)) is not None

    # search, match and finditer (most of the calls) ask the cover themselves, as possible
    # does: one call fewer each time (a guard is asked some 150,000 times in a 5,000-note book)
    def search(self, string: str, *args: int, **kwargs: int) -> re.Match[str] | None:
        exact, ci = self._exact, self._ci
        if (exact is not None and exact.search(string)) or (ci and ci.search(folded(string))):
            return self.compiled.search(string, *args, **kwargs)
        return None

    def match(self, string: str, *args: int, **kwargs: int) -> re.Match[str] | None:
        exact, ci = self._exact, self._ci
        if (exact is not None and exact.search(string)) or (ci and ci.search(folded(string))):
            return self.compiled.match(string, *args, **kwargs)
        return None

    def fullmatch(self, string: str, *args: int, **kwargs: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args, **kwargs) if self.possible(string) else None

    def finditer(self, string: str, *args: int, **kwargs: int) -> Iterator[re.Match[str]]:
        exact, ci = self._exact, self._ci
        if (exact is not None and exact.search(string)) or (ci and ci.search(folded(string))):
            return self.compiled.finditer(string, *args, **kwargs)
        return iter(())

    def findall(self, string: str, *args: int, **kwargs: int) -> list:
        return self.compiled.findall(string, *args, **kwargs) if self.possible(string) else []

    def sub(self, repl, string: str, count: int = 0) -> str:  # noqa: ANN001 - str or function
        return self.compiled.sub(repl, string, count) if self.possible(string) else string

    def subn(self, repl, string: str, count: int = 0) -> tuple[str, int]:  # noqa: ANN001
        return self.compiled.subn(repl, string, count) if self.possible(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit) if self.possible(string) else [string]

    def __getattr__(self, name: str) -> object:
        if name == "compiled":  # not yet set (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self.compiled, name)


class GuardedFromWords(Guarded):
    """A guarded PATTERN whose matches hold nothing but letters, spaces and brackets before
    the first of their words ("(last accessed 3 May"): a search starts at the first word of
    the cover in the text, less the run of such characters before it. Every match opens at or
    after that point, so the answer is the pattern's own; the engine no longer tries the
    pattern's list of words at every position before it (100 µs on a note with a URL)."""

    __slots__ = ()

    def search(self, string: str, *args: int, **kwargs: int) -> re.Match[str] | None:
        if args or kwargs:
            return super().search(string, *args, **kwargs)
        start = self._first_start(string)
        return None if start < 0 else self.compiled.search(string, start)

    def finditer(self, string: str, *args: int, **kwargs: int) -> Iterator[re.Match[str]]:
        """The matches from the first possible start on: no match opens before it, so the
        first one found is the pattern's own first, and each after it follows from that."""
        if args or kwargs:
            return super().finditer(string, *args, **kwargs)
        start = self._first_start(string)
        return iter(()) if start < 0 else self.compiled.finditer(string, start)

    def _first_start(self, text: str) -> int:
        """The first word of the cover in TEXT less the letters, spaces and brackets before
        it: where the first match may open (-1: no match can)."""
        start = self._first_word(text)
        while start > 0 and (text[start - 1].isalpha() or text[start - 1].isspace()
                             or text[start - 1] in "(["):  # fmt: skip
            start -= 1
        return start

    def _first_word(self, text: str) -> int:
        """Where the first word of the cover stands in TEXT (-1: none does). The folded text
        is as long as TEXT (folded() keeps the length), so its positions are TEXT's."""
        found = [
            hit.start()
            for hit in (
                self._exact.search(text) if self._exact is not None else None,
                self._ci.search(folded(text)) if self._ci is not None else None,
            )
            if hit is not None
        ]
        return min(found, default=-1)


class GuardedBy(Guarded):
    """PATTERN, answering "no match" without running it where TEST finds nothing: TEST is a
    pattern that every match of PATTERN holds a match of (its mark and what must follow it:
    ",\\s*[*“]" in "Karp, *Title*") and that opens with a literal, which the engine skips to."""

    __slots__ = ()

    def __init__(self, compiled: re.Pattern[str], test: re.Pattern[str]) -> None:
        super().__init__(compiled, frozenset())
        self._exact = test  # asked as the cover's words are: a match of it, or none


def guarded(
    pattern: re.Pattern[str] | deferred.Pattern,
    *,
    shortest: int = MIN_LITERAL,
    kind: type[Guarded] = Guarded,
) -> re.Pattern[str] | deferred.Pattern | Guarded:
    """PATTERN behind the test of its cover, or PATTERN itself when no cover of words of
    SHORTEST characters or more is known (shorter ones, "c.", suit a pattern that is slow at
    every position and whose words most texts still lack); KIND: GuardedFromWords for a
    pattern whose matches open with letters, spaces and brackets alone before its words."""
    literals = cover(pattern)
    if not literals or min(len(w) for w, _ in literals) < shortest:
        return pattern
    return kind(pattern, literals)
