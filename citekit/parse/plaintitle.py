"""A quotation inside a title nothing marks: "Des « Annales » à la …", not a quoted title.

A quoted span followed by a lower-case word runs on into an unmarked title; the words that
open a container ("in", "dans", "hg") or a page ("p. 30") do not continue a title, nor do
pages in roman numerals ("Gutjahr, “Introduction,” xx–xxi": the introduction's pages).
"""

from __future__ import annotations

import re

from citekit.parse import deferred

# a lower-case word after the quotation: not "p. 30", nor roman pages ("xx–xxi", "xv,", "xv")
WORD_AFTER_RE = deferred.compile(r"\s+(?P<word>(?![ivxlc]+(?:[–-]|,|$))[a-zà-ÿ][\w'’]+)(?![.\w])")
# (a status before the container's word: "…,” forthcoming in *Book*", "…,” to appear in")
CONTAINER_OPENERS = frozenset(
    {"in", "dans", "en", "ed", "eds", "trans", "hg", "hrsg", "nel", "nella", "forthcoming", "to"}
)


def inside_plain_title(work: str, match: re.Match[str]) -> bool:
    """Does the quotation MATCH in WORK run on into an unmarked title? Not where a comma
    closes it inside its marks, as a title's own ('“A Group Is Its Own Worst Enemy,”
    published first in …')."""
    if match.group().endswith((",”", ',"', ",’")):
        return False
    after = WORD_AFTER_RE.match(work, match.end())
    return bool(after) and after.group("word") not in CONTAINER_OPENERS
