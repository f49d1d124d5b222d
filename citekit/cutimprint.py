"""A note that ends on a comma right after its imprint: "(London: Athlone Press, 1988),".

A note may end with a comma when it lists sources (notes.truncation lets it), but a comma
after the closing bracket of "(Place: Publisher, Year)" is where the page number goes: the
note broke off before it. A bracket without a place and publisher ("(accessed on March
14, 2017),") says nothing of the kind.
"""

from __future__ import annotations

import re

# "(London: Athlone Press, 1988)," at the end: a place, a colon, a publisher, a year
IMPRINT_COMMA_END_RE = re.compile(r"\([^():]{2,60}:[^():]{2,80},\s*(?:1[5-9]|20)\d\d[a-z]?\),$")
TAIL = 160  # characters of the note's end: an imprint is shorter


def breaks_off_after_imprint(stripped: str) -> bool:
    """Does STRIPPED (a note, spaces trimmed) end with an imprint and a comma?"""
    return stripped.endswith("),") and bool(IMPRINT_COMMA_END_RE.search(stripped[-TAIL:]))
