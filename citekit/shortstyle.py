"""Short forms without a full citation as a document's way of citing, not its slips.

`short-without-full` is worth reporting where it is the exception: a repeat whose first
citation was dropped. A document that names many works only by author and title ("E. Renan:
*Feuilles détachées*, pp. 394–398", "ZfB 1933, S. 549") never meant to give their imprints;
reporting each would bury the findings that matter, so there none is reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from citekit.model import Citation, Code, Diagnostic, Kind

# the findings a document may have before they are its style: the hand-written and published
# sets' true findings are 1 to 4 a document; 5 and more are style where they also
STYLE_FINDINGS = 5
# outnumber a quarter of its full citations (true findings: at most a twentieth of them
# where there are 4, a third of 7 where there are 2)
STYLE_SHARE = 0.25


def without_style(
    problems: Sequence[Diagnostic], citations: Sequence[Citation]
) -> tuple[Diagnostic, ...]:
    """PROBLEMS without `short-without-full` where the document cites so as its style."""
    found = [p for p in problems if p.code is Code.SHORT_WITHOUT_FULL]
    full = sum(1 for c in citations if c.kind is Kind.FULL)
    if len(found) < STYLE_FINDINGS or len(found) <= STYLE_SHARE * full:
        return tuple(problems)
    return tuple(p for p in problems if p.code is not Code.SHORT_WITHOUT_FULL)
