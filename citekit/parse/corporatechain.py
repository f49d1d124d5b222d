"""A body named with the bodies above it, comma by comma: "Department of Telecommunications,
Ministry of Communications, Government of India". One author, not three: each unit after the
first is "X of Y" (a ministry of, a government of), the way an administration names itself
from the office up; "World Bank, International Monetary Fund" stays two authors."""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.patterns import ORGANISATION_RE

# "Ministry of Home Affairs", "Government of India", "the Office of …": a unit and what it is of
UNIT_OF_RE = deferred.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+\S")


def corporate_chain(text: str) -> str | None:
    """TEXT as one body's name where its comma parts are such a chain, else None."""
    if text.count(",") < 1 or " of " not in text:
        return None  # the cheap tests first: most names lists are people
    parts = [p.strip() for p in text.split(",")]
    if not all(parts) or not all(ORGANISATION_RE.search(p) for p in parts):
        return None
    if not all(UNIT_OF_RE.match(p) for p in parts[1:]):
        return None
    return ", ".join(parts)


def qualified_body(words: list[str]) -> bool:
    """Do WORDS name a body after one qualifying word ("U.S. Bureau of the Census", "Royal
    Commission on …"): the body's word second, then what it is of?"""
    return (
        len(words) > 3
        and words[2] in ("of", "on", "for")
        and ORGANISATION_RE.fullmatch(words[1]) is not None
    )
