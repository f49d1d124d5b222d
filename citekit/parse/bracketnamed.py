"""A first citation in brackets inside the note's prose, its authors just after the opening
bracket: "… common to all traders (N. Limao and Anthony J. Venables, “Infrastructure …,” *The
World Bank Economic Review* 15, no. 3 (2001): 451–479)." The splitter cuts the prose before the
title, and the names with it; the citation opens at the names and ends at its bracket's close.
"""

from __future__ import annotations

import re

from citekit.parse.cutpoints import Piece, trim
from citekit.parse.patterns import PERSON_NAME

_NAME = PERSON_NAME
# the bracket before a citation: a pointer word or none, then what the splitter left out of it
BRACKET_BEFORE_RE = re.compile(
    r"\((?P<lead>(?i:see(?:\s+also)?|cf\.|compare)\s+)?(?P<rest>[^()]{0,120})$"
)
# names opening a citation, a title straight after them
NAMES_THEN_TITLE_RE = re.compile(
    rf"{_NAME}(?:(?:,\s+{_NAME})*,?\s+(?:and|&)\s+{_NAME})?,\s*[“\"‘*]"
)
REACH = 200  # characters before a citation where its bracket may open


def with_bracketed_names(text: str, out: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """OUT (pieces of the note TEXT, each with its commentary), each piece that opens inside a
    bracket, at or after its authors' names, widened to take them and cut at the bracket's
    close."""
    if "(" not in text:
        return out
    return [_widened(text, piece, prefix) for piece, prefix in out]


def _widened(text: str, piece: Piece, prefix: str) -> tuple[Piece, str]:
    before = text[max(0, piece.start - REACH) : piece.start]
    found = BRACKET_BEFORE_RE.search(before) if "(" in before else None
    if found is None:
        return piece, prefix
    rest = found.group("rest")
    if rest.strip() and not NAMES_THEN_TITLE_RE.match(rest + piece.text(text)):
        return piece, prefix  # prose inside the bracket: "(as Quist argues, …)"
    offset = piece.start - len(before)
    close = _closing(text, offset + found.start())
    end = piece.end if close < 0 else min(piece.end, close)
    return trim(text, offset + found.start("rest"), end), text[: offset + found.start()]


def _closing(text: str, opened: int) -> int:
    """Where the bracket opened at OPENED closes (-1: never)."""
    depth = 0
    for index in range(opened, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1
