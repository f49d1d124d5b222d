"""The year of a work known only from a short form's words: "Heidegger 1959, 108-9" is no
work of 2010, though its fields (from an author-date reference) hold no year.

A short form with a year may match only works of that year; a work without a year field
was matched by any. Where the span that first cited it names years, they are its own.
"""

from __future__ import annotations

import re

from citekit.resolvestate import State, Work

YEAR_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def year_fits(year: str, work: Work, state: State) -> bool:
    """Can WORK, which has no year field, be the work of YEAR a short form gives?"""
    if work.fields.get("year") or not 0 <= work.first < len(state.resolved):
        return True  # the cheap test first: a stated year is compared by the caller
    years = YEAR_RE.findall(state.resolved[work.first].text)
    return not years or year[:4] in years
