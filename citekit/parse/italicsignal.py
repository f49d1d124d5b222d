"""A Bluebook signal set in the same italics as the case name after it: "*see Gundy*, 139 S. Ct.
at 2123–24", "*see also Loving*, 517 U.S. at 758".

Law reviews italicise both the signal and the case name; where they meet, a word processor or
an HTML page prints one italic run, and the reader hands "*see Gundy*" to the parser, which
takes "see Gundy" for the case's title and the signal for no lead-in. The opening mark is moved
past the signal ("see *Gundy*"); the text keeps its length, so every offset into it holds.
"""

from __future__ import annotations

import re

# "*see ", "*see also ", "*but see ", "*cf. ", "*compare ": a signal opening an italic run
# that goes on with a capitalised name and closes within the run
SIGNAL_IN_ITALICS_RE = re.compile(
    r"(?<![\w*])\*(?P<signal>(?:[Ss]ee(?:\s+also|\s+generally)?|[Bb]ut\s+(?:see|cf\.)|[Cc]f\."
    r"|[Cc]ompare|[Aa]ccord|[Cc]ontra)\s+)(?=[A-Z][^*\n]{0,120}\*)"
)


def signal_outside(text: str) -> str:
    """TEXT with each signal that opens an italic run set before the run's opening mark."""
    if "*" not in text:
        return text  # the cheap test first
    return SIGNAL_IN_ITALICS_RE.sub(lambda m: f"{m.group('signal')}*", text)
