"""Which italic or quoted spans of a note can be titles."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo
from citekit.parse.innerquote import inside_title
from citekit.parse.patterns import (
    IBID_RE,
    NAME_ARTICLE_RE,
    OPCIT_RE,
    italic_spans,
    quoted_spans,
)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def titles(text: str) -> tuple[re.Match[str], ...]:
    """Italic or quoted spans that can be titles (they begin with a capital or a digit)."""
    found = list(italic_spans(text)) + list(quoted_spans(text))
    out = []
    for match in sorted(found, key=lambda m: m.start()):
        body = span_body(match)
        if is_marker(body):
            continue
        if _series_before(text, match.start()):
            continue  # « L'Évolution de l'humanité » after "coll." names a series
        if match.group(0)[:1] != "*" and inside_title(text, match):
            continue  # The Text of "King Lear" (…): the quote is part of the title
        # a title may open with a quoted name: "*“Madame Bovary” on Trial*", "*„Tygodnik” …*"
        if body and (body[0].isupper() or body[0].isdigit() or body[0] in "'‘\"“«¿¡„‚"):
            out.append(match)
        elif NAME_ARTICLE_RE.match(body) and body[body.index("-") + 1].isupper():
            out.append(match)  # "“al-Ghazālī,” in *Encyclopaedia of Islam*": a name opens it
    return tuple(out)


# "coll." and the like just before a title: it names a series; searched in a window of the
# longest word, so that a note with many titles is not rescanned from its start for each
SERIES_BEFORE_RE = re.compile(r"(?:coll\.|collection|série|Reihe|collana|series)$", re.IGNORECASE)
SERIES_WORD_MAX = len("collection")


def _series_before(text: str, position: int) -> bool:
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return bool(SERIES_BEFORE_RE.search(text, max(0, end - SERIES_WORD_MAX), end))


def span_body(match: re.Match[str]) -> str:
    """The words of an italic or quoted span, without its marks."""
    return next(g for g in match.groups() if g is not None).strip(" *")


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_marker(body: str) -> bool:
    """Is BODY, set in italics or quotes, a back-reference word ("*ibid.*", "*op. cit. in*")
    rather than a title?"""
    if IBID_RE.match(body):
        return True
    marker = OPCIT_RE.match(body)
    if marker is None:
        return False
    rest = body[marker.end() :].strip(" .,").split()  # at most a short word: "op. cit. in"
    return not rest or len(rest) == 1 and rest[0].islower() and len(rest[0]) <= 2


def has_title(text: str) -> bool:
    return bool(titles(text))
