"""Patterns compiled on first use answer as compiled ones, and every one of ours compiles."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import citekit
from citekit.parse import deferred, prefilter, uregex

TEXTS = ["Smith, *War* (London, 2001), 4-5.", "", "Ibid.; see also Радченко, 12.", "a\nb"]
SOURCES = [
    (r"(?P<family>[A-Z]\w+),\s", 0),
    (r"(?P<year>\d{4})\)", 0),
    (r"ibid\.?", re.IGNORECASE),
    (r"^b", re.MULTILINE),
    (r"[;,]\s*", 0),
]


@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_a_deferred_pattern_answers_as_the_compiled_one(source: str, flags: int) -> None:
    lazy, compiled = deferred.compile(source, flags), re.compile(source, flags)
    assert lazy.pattern == compiled.pattern  # read before any use: nothing compiled yet
    for text in TEXTS:
        assert _span(lazy.search(text)) == _span(compiled.search(text))
        assert _span(lazy.match(text)) == _span(compiled.match(text))
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [
            m.span() for m in compiled.finditer(text)
        ]
        assert lazy.sub("|", text) == compiled.sub("|", text)
        assert lazy.split(text) == compiled.split(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )


def test_a_guarded_deferred_pattern_keeps_its_cover_and_answers() -> None:
    """prefilter reads the cover from the source without compiling, as from a compiled one."""
    source = r"\b(?:accessed|retrieved)\s+\d+"
    lazy = deferred.compile(source, re.IGNORECASE)
    assert prefilter.cover(lazy) == prefilter.cover(re.compile(source, re.IGNORECASE))
    guarded = prefilter.guarded(lazy)
    assert _span(guarded.search("Web page, ACCESSED 12 May")) == (10, 21)
    assert guarded.search("Smith, War, 4") is None


def test_every_deferred_pattern_of_ours_compiles() -> None:
    """A mistake in a rarely used pattern would otherwise show only on the first document
    that reaches it: every module's deferred patterns (alone or in tuples) are compiled."""
    found = 0
    for module in pkgutil.walk_packages(citekit.__path__, "citekit."):
        if module.name.endswith("__main__"):
            continue  # runs the command line
        for value in vars(importlib.import_module(module.name)).values():
            for pattern in value if isinstance(value, tuple) else (value,):
                if isinstance(pattern, deferred.Pattern):
                    assert pattern.groups >= 0, pattern.pattern[:80]
                    found += 1
    assert found >= 50  # the widened patterns of the parser, at least
    assert isinstance(uregex.compile(r"[A-Z]\w+"), deferred.Pattern)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None
