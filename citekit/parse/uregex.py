"""re.compile with "A-Z" and "a-z" in character classes widened to every Latin, Greek and
Cyrillic letter, so that "Radchenko" and "Радченко" are both capitalised names."""

from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = [chr(c) for c in (*range(0x41, 0x530), *range(0x1E00, 0x1F00))]
UPPER = "".join(re.escape(c) for c in _LETTERS if c.isupper() and c.isalpha())
LOWER = "".join(re.escape(c) for c in _LETTERS if c.islower() and c.isalpha())


def widen(pattern: str) -> str:
    """The pattern with its ASCII letter ranges made Unicode-wide."""
    return pattern.replace("A-Z", UPPER).replace("a-z", LOWER)


@lru_cache(maxsize=None)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """re.compile(widen(pattern), flags)."""
    return re.compile(widen(pattern), flags)
