"""A pattern whose search of a whole text is remembered for the last texts asked.

The splitter, the classifier and the parser each ask some patterns of the same span (on the
5,000-note book, 17,600 searches with IMPRINT_PAREN_RE over 13,000 texts). A match object is
read, never changed, so the one found first is handed to every caller that asks again.
"""

from __future__ import annotations

import re
from typing import Any

from citekit.parse import deferred

_UNSEEN = object()


class Remembered:
    """PATTERN whose `search(text)` answers from the last SIZE texts it was asked of; a search
    with a start or an end, and every other attribute, is the pattern's own."""

    __slots__ = ("compiled", "_found", "_size")

    def __init__(self, compiled: re.Pattern[str] | deferred.Pattern, size: int = 512) -> None:
        self.compiled = compiled
        self._found: dict[str, re.Match[str] | None] = {}
        self._size = size

    def search(self, string: str, *bounds: int) -> re.Match[str] | None:
        if bounds:
            return self.compiled.search(string, *bounds)
        found = self._found.get(string, _UNSEEN)
        if found is _UNSEEN:
            if len(self._found) >= self._size:
                del self._found[next(iter(self._found))]  # the oldest text asked
            found = self._found[string] = self.compiled.search(string)
        return found  # type: ignore[return-value]

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the pattern has
        if name == "compiled":  # not yet set (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self.compiled, name)
