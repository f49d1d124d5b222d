"""A title, then its editors: "Luther's Works, ed. Jaroslav Pelikan and Helmut T. Lehmann, 55
vols. (…)", "Patrologia Latina, ed. J.-P. Migne, vol. 44 (Paris, 1845)".

In plain text a short title before "ed." reads like a name ("Smith, ed., Title"). Where "ed."
is followed, with no comma, by people's names that a comma closes, the words before it are the
title and the names its editors: names carry an initial ("Helmut T.", "J.-P.") or are two
people joined by "and"; a title after "ed." would run into its imprint instead.
"""

from __future__ import annotations

import re

# ", ed. NAMES, " at the position asked: the names up to the next comma, no brackets
MARK_THEN_NAMES_RE = re.compile(r",?\s*eds?\.\s+(?P<names>[A-Z][^,()\[\]]{1,80}?),\s")
INITIAL_RE = re.compile(r"(?:^|[\s-])[A-Z]\.")  # "T.", "J.-P."
NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*|and|&")
MAX_NAME_WORDS = 8


def editors_follow(work: str, at: int) -> bool:
    """Does "ed." at AT in WORK open people's names that a comma closes?"""
    if "ed" not in work[at : at + 6]:
        return False  # the cheap test first
    match = MARK_THEN_NAMES_RE.match(work, at)
    if match is None:
        return False
    words = match.group("names").split()
    if len(words) > MAX_NAME_WORDS or not all(NAME_WORD_RE.fullmatch(w) for w in words):
        return False
    names = match.group("names")
    return INITIAL_RE.search(names) is not None or " and " in names or " & " in names
