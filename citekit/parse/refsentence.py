"""Where a plain title after comma-ended names ends at a sentence rather than a comma.

Geology's and astronomy's lists close the names with a comma and print the title plain,
then the container as a sentence of its own, its numbers after a comma:

    Allen, C. C., Gooding, J.L. and Keil, K., Hydrothermally altered impact melt … (abstract).
        Lunar and Planetary Science, XII pp. 16-18. 1981.
    Goudie, M. A., The Elbow area of Saskatchewan. Oil in Canada, Technical Section, p 18 - 22

The title's first comma (reference._comma_cut) then falls inside the container; the
sentence's end before it is the title's, where pages follow that comma.
"""

from __future__ import annotations

import re

from citekit.parse import deferred

# pages after the container's comma: "pp. 16-18", "p 18 - 22", "p.247-252"
PAGES_AFTER_RE = deferred.compile(r"\bpp?\.?\s*[A-Z]?\d+\s*[-–]\s*\d")
MIN_CONTAINER_WORDS = 2  # "Oil in Canada": a container's name, not an abbreviation's tail


def container_sentence(rest: str, end: re.Match[str], cut: re.Match[str]) -> bool:
    """Whether the sentence between END (a title's period) and CUT (the first comma after
    it) is the container's name: pages follow, and it has words of its own."""
    if not PAGES_AFTER_RE.search(rest, cut.end()):
        return False
    sentence = rest[end.end() : cut.start()]
    return len(sentence.split()) >= MIN_CONTAINER_WORDS and not any(c.isdigit() for c in sentence)
