"""A pattern anchored at the text's end, searched for from where a match can start at the earliest.

"(?:^|(?<=[\\s,;:(]))(?P<loc>p\\.\\s?\\d+)\\s*\\.?$" finds the pinpoint a citation ends with, yet
the engine tries it at every position of the text, and most positions fail only near the end.
Every character a match holds is one the pattern names (its literals, classes, "\\d", "\\s", "\\w"),
so no match starts before the last character outside them ("…, Basel 1968, S. 182." has
"B" as its last): the search starts after that character and finds the same match, to the
byte. Look-behinds and "\\b" still see the characters before it, as they do in a search from
the text's start, and "^" matches only there in either.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # the engine's own parser, as prefilter reads it

from citekit.parse import deferred

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
# the characters of a match that a look-around or an anchor looks at are not the match's own
_HOLDS_NONE = (_constants.ASSERT, _constants.ASSERT_NOT, _constants.AT)
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_WORD: r"\w",
}
_MOST_MEMBERS = 10_000  # a class wider than this (a negated one, ".") says nothing useful
# flags under which a match need not run to the text's end ("$" before any newline) or its
# characters are not those written (case-folded, "\d" of ASCII)
_UNSUPPORTED = re.IGNORECASE | re.MULTILINE | re.ASCII | re.LOCALE


class EndAnchored:
    """PATTERN (anchored at the end) whose `search` starts after the last character that no
    match of it holds; every other attribute is the pattern's own."""

    __slots__ = ("compiled", "_outside", "_widest")

    def __init__(self, compiled: re.Pattern[str] | deferred.Pattern) -> None:
        self.compiled = compiled
        self._outside: re.Pattern[str] | None | bool = False  # read at the first search
        self._widest: int | None = None

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._outside is False:
            self._outside, self._widest = outside_class(self.compiled), widest(self.compiled)
        end = len(string) if endpos is None else max(0, min(endpos, len(string)))
        start = max(0, pos)
        if self._widest is not None:  # "$" may stand before a final newline: one more
            start = max(start, end - self._widest - 1)
        if self._outside is not None and start < end:
            # the last such character before END, read from the end
            last = self._outside.search(string[end - 1 : start - 1 if start else None : -1])
            start = end - last.start() if last else start
        return self.compiled.search(string, start, end)

    def __getattr__(self, name: str) -> object:
        if name == "compiled":  # not yet set (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self.compiled, name)


def outside_class(pattern: re.Pattern[str] | deferred.Pattern) -> re.Pattern[str] | None:
    """A class of the characters that no match of PATTERN holds, or None where PATTERN is not
    anchored at the end or its characters are not all known."""
    flags = pattern.declared_flags if isinstance(pattern, deferred.Pattern) else pattern.flags
    try:
        parsed = _parser.parse(pattern.pattern, flags)
    # a bytes pattern, or the engine's private parser reading otherwise in a later Python
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    items = list(parsed)
    anchored = items and items[-1] == (_constants.AT, _constants.AT_END)
    if not anchored or parsed.state.flags & _UNSUPPORTED:
        return None
    members: set[str] = {"\n"}  # "$" matches before a final newline too: the newline may follow
    categories: set[str] = set()
    if not _collect(items, members, categories):
        return None
    listed = "".join(re.escape(c) for c in sorted(members))
    return re.compile(f"[^{listed}{''.join(sorted(categories))}]")


def widest(pattern: re.Pattern[str] | deferred.Pattern) -> int | None:
    """The most characters a match of PATTERN (anchored at the end) holds, None where that is
    not bounded or PATTERN is not anchored at the end. Under IGNORECASE too: the engine folds
    one character to one character, so a match is as long as what it matched."""
    flags = pattern.declared_flags if isinstance(pattern, deferred.Pattern) else pattern.flags
    try:
        parsed = _parser.parse(pattern.pattern, flags)
        items = list(parsed)
        most = parsed.getwidth()[1]
    except (re.error, TypeError, ValueError, AttributeError, OverflowError):
        return None
    anchored = items and items[-1] == (_constants.AT, _constants.AT_END)
    if not anchored or parsed.state.flags & re.MULTILINE or most >= _constants.MAXREPEAT:
        return None
    return most


def _collect(items: _parser.SubPattern | list, members: set[str], categories: set[str]) -> bool:
    """Add the characters ITEMS can match to MEMBERS and CATEGORIES; False where unknown."""
    for op, av in items:
        if op is _constants.LITERAL:
            members.add(chr(av))
        elif op is _constants.IN:
            if not _collect_class(av, members, categories):
                return False
        elif op is _constants.SUBPATTERN:
            _, add, _, sub = av
            if add & _UNSUPPORTED or not _collect(sub, members, categories):
                return False
        elif op in _REPEATS:
            if not _collect(av[2], members, categories):
                return False
        elif op is _constants.BRANCH:
            if not all(_collect(branch, members, categories) for branch in av[1]):
                return False
        elif op is _constants.ATOMIC_GROUP:
            if not _collect(av, members, categories):
                return False
        elif op not in _HOLDS_NONE:
            return False  # ".", a negated literal, a back-reference, a conditional
    return True


def _collect_class(av: list, members: set[str], categories: set[str]) -> bool:
    for op, value in av:
        if op is _constants.LITERAL:
            members.add(chr(value))
        elif op is _constants.RANGE and value[1] - value[0] < _MOST_MEMBERS:
            members.update(map(chr, range(value[0], value[1] + 1)))
        elif op is _constants.CATEGORY and value in _CATEGORIES:
            categories.add(_CATEGORIES[value])
        else:
            return False  # a negated class, a negated category
    return True
