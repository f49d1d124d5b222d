"""How far the labeller is trusted, field by field (citekit/label/trust.txt)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


class Trust(NamedTuple):
    """The confidence from which the labeller fills an empty field, replaces a full one, and
    replaces one in a note written as a reference-list entry (None: never)."""

    fill: float
    replace: float | None
    entry: float | None = None


@cache
def trust() -> dict[str, Trust]:
    """Field -> Trust, for the fields the labeller may give (the others stay the grammar's)."""
    text = resources.files("citekit.label").joinpath("trust.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 4:
            name, fill, replace, entry = words
            out[name] = Trust(float(fill), _limit(replace), _limit(entry))
    return out


def _limit(word: str) -> float | None:
    return None if word == "-" else float(word)


@cache
def entry_trusted() -> frozenset[str]:
    """The fields the labeller may replace in a note written as a reference-list entry."""
    return frozenset(name for name, limit in trust().items() if limit.entry is not None)
