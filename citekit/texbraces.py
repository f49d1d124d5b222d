"""Braces in field values: which have no partner (BibTeX would read a group across them)."""

from __future__ import annotations


def stray_braces(value: str) -> set[int]:
    """Positions of the braces that have no partner."""
    opened: list[int] = []
    stray: set[int] = set()
    for i, char in enumerate(value):
        if char == "{":
            opened.append(i)
        elif char == "}":
            if opened:
                opened.pop()
            else:
                stray.add(i)
    return stray | set(opened)


def without_stray_braces(value: str) -> str:
    """VALUE with a space for each brace that has no partner in it (a brace parts no word;
    deleting it would join the words on its two sides)."""
    stray = stray_braces(value)
    return "".join(" " if i in stray else c for i, c in enumerate(value)) if stray else value
