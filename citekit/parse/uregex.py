"""re.compile with "A-Z" and "a-z" in character classes widened to every Latin, Greek and
Cyrillic letter, so that "Radchenko" and "Радченко" are both capitalised names. A widened
class is long to compile: the pattern is compiled on its first use (`deferred`)."""

from __future__ import annotations

import re
from functools import cache

from citekit.parse import deferred, shadow

_CODES = [*range(0x41, 0x530), *range(0x1E00, 0x1F00)]


def _ranges(codes: list[int]) -> str:
    """Code points as a character-class body of ranges: [65, 66, 67, 97] -> "A-Ca"."""
    out, start, prev = [], None, None
    for code in [*codes, -2]:
        if start is not None and code != prev + 1:
            out.append(re.escape(chr(start)) + (f"-{re.escape(chr(prev))}" if prev > start else ""))
            start = None
        if start is None:
            start = code
        prev = code
    return "".join(out)


UPPER = _ranges([c for c in _CODES if chr(c).isupper() and chr(c).isalpha()])
LOWER = _ranges([c for c in _CODES if chr(c).islower() and chr(c).isalpha()])


def widen(pattern: str) -> str:
    """The pattern with its ASCII letter ranges made Unicode-wide."""
    return pattern.replace("A-Z", UPPER).replace("a-z", LOWER)


# a class holding every letter of UPPER and LOWER, compiled in no time (shadow.py): the word
# characters ("A-Z" in "[A-Z'’-]" is "\\w" in its shadow, "[\\w'’-]")
HELD = r"\w"
# a shadow is compiled too where the text may match: worth it only where the widened classes
# are most of the pattern's cost (one widened class costs about what the rest of it does)
SHADOWED_FROM = 2


@cache
def compile(pattern: str, flags: int = 0) -> deferred.Pattern:  # noqa: A001 - mirrors re.compile
    """re.compile(widen(pattern), flags), done when the pattern is first used, or (where a
    shadow stands for it: shadow_for) when its shadow first finds a match."""
    return shadow.Shadowed(widen(pattern), flags, pattern, shadow_for)


def shadow_for(pattern: str, flags: int) -> str | None:
    """The shadow of PATTERN (shadow.shadow_of), or None where it saves too little."""
    held = shadow.shadow_of(pattern, flags, HELD, widen)
    if held is None or _widened(pattern) - _widened(held) < SHADOWED_FROM:
        return None
    return held


def _widened(source: str) -> int:
    """How many ranges of SOURCE are (or will be) widened."""
    return sum(source.count(r) for r in ("A-Z", "a-z", UPPER, LOWER))
