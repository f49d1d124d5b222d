"""How far the labeller is trusted, field by field (citekit/label/trust.txt)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


class Trust(NamedTuple):
    """The confidence from which the labeller fills an empty field, and replaces a full one."""

    fill: float
    replace: float | None


@cache
def trust() -> dict[str, Trust]:
    """Field -> Trust, for the fields the labeller may give (the others stay the grammar's)."""
    text = resources.files("citekit.label").joinpath("trust.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 3:
            name, fill, replace = words
            out[name] = Trust(float(fill), None if replace == "-" else float(replace))
    return out
