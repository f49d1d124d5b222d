"""How far the labeller is trusted, field by field (citekit/label/trust.txt)."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

# another trust file, for benchmarks that judge thresholds derived for another model (the
# model named by CITEKIT_LABEL_MODEL, citekit/label/crf.py); unset, the package's own
TRUST_SETTING = "CITEKIT_LABEL_TRUST"


class Trust(NamedTuple):
    """The confidence from which the labeller fills an empty field, replaces a full one,
    replaces one in a note written as a reference-list entry, and replaces one where the
    grammar left many words unassigned (None: never)."""

    fill: float | None
    replace: float | None
    entry: float | None = None
    vote: float | None = None


@cache
def trust() -> dict[str, Trust]:
    """Field -> Trust, for the fields the labeller may give (the others stay the grammar's)."""
    if os.environ.get(TRUST_SETTING):
        text = Path(os.environ[TRUST_SETTING]).read_text(encoding="utf-8")
    else:
        text = resources.files("citekit.label").joinpath("trust.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 5:
            out[words[0]] = Trust(*map(_limit, words[1:]))
    return out


def _limit(word: str) -> float | None:
    return None if word == "-" else float(word)


@cache
def entry_trusted() -> frozenset[str]:
    """The fields the labeller may replace in a note written as a reference-list entry."""
    return frozenset(name for name, limit in trust().items() if limit.entry is not None)


@cache
def voted() -> dict[str, float]:
    """Field -> the confidence from which the labeller's value replaces the grammar's where
    the grammar's reading leaves many of the citation's words unassigned."""
    return {name: limit.vote for name, limit in trust().items() if limit.vote is not None}
