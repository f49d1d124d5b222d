"""Citation text (inline model) -> tokens with what the eye sees around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.inline import ITALIC_MARK

# a run of non-space characters; the italic mark is read, then dropped from the token
_WORD_RE = re.compile(r"\S+")
_OPENING_QUOTES = "“\"‘'«„‚‹"
_CLOSING_QUOTES = "”\"’'»“‘›"
_OPEN_BRACKETS = "(["
_CLOSE_BRACKETS = ")]"


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a citation, its place in the text and the marks around it."""

    text: str  # without italic marks
    start: int
    end: int
    italic: bool
    quoted: bool  # inside a quotation ("Title," or «Titre»)
    bracketed: bool  # inside ( ) or [ ]


def tokenize(text: str) -> list[Token]:
    """TEXT split at white space, each word with its italics, quotation and bracket state."""
    tokens = []
    italic = quoted = False
    depth = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        opens_italic = word.lstrip(_OPENING_QUOTES + _OPEN_BRACKETS).startswith(ITALIC_MARK)
        in_italic = italic or opens_italic
        opens_quote = word[:1] in _OPENING_QUOTES
        in_quote = quoted or opens_quote
        opens_bracket = word[:1] in _OPEN_BRACKETS
        clean = word.replace(ITALIC_MARK, "")
        if clean:
            tokens.append(
                Token(
                    clean,
                    match.start(),
                    match.end(),
                    in_italic,
                    in_quote,
                    depth > 0 or opens_bracket,
                )
            )
        italic = _toggles(word, italic)
        quoted = _quote_state(word, in_quote)
        depth = max(
            0,
            depth
            + sum(word.count(c) for c in _OPEN_BRACKETS)
            - sum(word.count(c) for c in _CLOSE_BRACKETS),
        )
    return tokens


def _toggles(word: str, italic: bool) -> bool:
    """The italic state after WORD: each mark switches it."""
    return italic if word.count(ITALIC_MARK) % 2 == 0 else not italic


def _quote_state(word: str, inside: bool) -> bool:
    """Still inside a quotation after WORD?"""
    stripped = word.rstrip(".,;:)]*")
    if (
        inside
        and stripped[-1:] in _CLOSING_QUOTES
        and (len(stripped) > 1 or word[:1] not in _OPENING_QUOTES)
    ):
        return False
    return inside
