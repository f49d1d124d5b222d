"""A statute as Australian and New Zealand notes write it: its title in italics, its year, then
whose statute it is in brackets ("*Native Title Act 1993* (Cth) s 223"). The shapes of
citekit.parse.shortforms and citekit.parse.statutes read it once the emphasis and the bracket
are gone: "Native Title Act 1993 s 223"."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.prefilter import GuardedBy

JURISDICTIONS = lexicons.alternation(lexicons.words("statute_jurisdictions"))
# " (Cth)", " (NSW)": lexicons/statute_jurisdictions.txt, after the year
JURISDICTION_RE = GuardedBy(
    re.compile(rf"(?<=\d)\*?\s*\((?:{JURISDICTIONS})\)"),
    re.compile(rf"\((?:{JURISDICTIONS})\)"),  # found first: the year's test runs at every position
)


def bare_statute(text: str) -> str:
    """TEXT without a statute's emphasis and its jurisdiction in brackets, where it has one."""
    if ")" not in text or JURISDICTION_RE.search(text) is None:
        return text
    return JURISDICTION_RE.sub("", text).replace("*", "")
