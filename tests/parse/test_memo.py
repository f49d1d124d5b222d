"""A remembered list is handed out as a fresh copy: no caller changes another's answer."""

from __future__ import annotations

from citekit.parse import names
from citekit.parse.memo import cached_list


def test_each_call_gets_its_own_list() -> None:
    calls = []

    @cached_list(maxsize=8)
    def words(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    first = words("a b")
    first.append("changed")
    assert words("a b") == ["a", "b"]
    assert calls == ["a b"]  # worked out once


def test_split_names_answers_alike_when_asked_again() -> None:
    text = "James Hershberg, Sergey Radchenko, and David Wolff"
    first = names.split_names(text)
    first.clear()
    assert names.split_names(text) == ["Hershberg, James", "Radchenko, Sergey", "Wolff, David"]
