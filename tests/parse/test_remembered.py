"""A pattern remembered per text answers as the pattern does, and each text is searched once."""

from __future__ import annotations

import re

from citekit.parse.patterns import IMPRINT_PAREN_RE
from citekit.parse.remembered import Remembered


class _Counting:
    def __init__(self, source: str) -> None:
        self.compiled, self.calls = re.compile(source), 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.compiled.search(*args)  # type: ignore[arg-type]


def test_a_text_asked_again_is_answered_from_memory() -> None:
    counting = _Counting(r"\(\d{4}\)")
    remembered = Remembered(counting, size=2)  # type: ignore[arg-type]
    first = remembered.search("Smith (1990), 4")
    assert remembered.search("Smith (1990), 4") is first
    assert counting.calls == 1
    assert remembered.search("Jones") is None
    assert remembered.search("Lowe (2001)").group() == "(2001)"  # the oldest text let go
    remembered.search("Smith (1990), 4")
    assert counting.calls == 4


def test_bounds_and_other_methods_are_the_patterns_own() -> None:
    remembered = Remembered(re.compile(r"\d+"))
    assert remembered.search("ab 12 34", 5).group() == "34"
    assert remembered.findall("1 2") == ["1", "2"]
    assert remembered.pattern == r"\d+"


def test_imprint_paren_is_remembered_and_answers_as_before() -> None:
    text = "Jane Smith, *A Book* (London: Penguin, 2001), 4."
    assert isinstance(IMPRINT_PAREN_RE, Remembered)
    assert IMPRINT_PAREN_RE.search(text).span() == IMPRINT_PAREN_RE.compiled.search(text).span()
