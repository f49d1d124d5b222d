"""Patterns compiled the first time they are used, not when their module is imported.

The parser holds some 500 patterns; compiling them all took about half a second of every
run's start-up (a character class widened to every Latin, Greek and Cyrillic letter costs
1-3 ms, and the widest name patterns hold a dozen), while a short document reaches only a
part of them. A `Pattern` here answers as the compiled pattern does, with the same methods
and answers; `pattern` (the source) is there without compiling, so that other patterns can
be written from it at import.
"""

from __future__ import annotations

from typing import Any

from citekit import patterncache

# what the code asks of a pattern; after the first use these are the compiled pattern's own
# bound methods in the instance's dictionary, so a call costs what it did before
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class Pattern:
    """SOURCE compiled with FLAGS on the first access to anything but `pattern`."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.declared_flags = flags  # as given: the parser adds the inline ones when it reads

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever re.Pattern answers
        if name.startswith("__"):  # copy/pickle probing before __init__ ran: no pattern yet
            raise AttributeError(name)
        compiled = patterncache.compile(self.pattern, self.declared_flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred.Pattern({self.pattern!r}, {self.declared_flags})"


def compile(source: str, flags: int = 0) -> Pattern:  # noqa: A001 - mirrors re.compile
    """re.compile(SOURCE, FLAGS), done when the pattern is first used."""
    return Pattern(source, flags)
