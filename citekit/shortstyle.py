"""Short forms without a full citation as a document's way of citing, not its slips.

`short-without-full` is worth reporting where it is the exception: a repeat whose first
citation was dropped. A document that names many works only by author and title ("E. Renan:
*Feuilles détachées*, pp. 394–398", "ZfB 1933, S. 549") never meant to give their imprints;
reporting each would bury the findings that matter, so there none is reported.

An author-date short form ("Scheffel (1855), S. 680", "Grenoble and Whaley 2006, 13") is no
such style: its year points to a list of references, and where the document holds none each
is a finding however many there are (a list cut off, or never written). Those findings are
neither counted towards the style nor dropped with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citekit.model import Citation, Code, Diagnostic, Kind
from citekit.parse.capitalsdate import capitals_author_date
from citekit.parse.shortforms import is_author_date

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
    dated = _author_date_findings(problems, citations)
    found = [p for p in problems if p.code is Code.SHORT_WITHOUT_FULL and id(p) not in dated]
    full = sum(1 for c in citations if c.kind is Kind.FULL)
    if len(found) < STYLE_FINDINGS or len(found) <= STYLE_SHARE * full:
        return tuple(problems)
    style = {id(p) for p in found}
    return tuple(p for p in problems if id(p) not in style)


def _author_date_findings(
    problems: Sequence[Diagnostic], citations: Sequence[Citation]
) -> set[int]:
    """The ids of the `short-without-full` findings whose short form is author-date."""
    dated = {(c.note, c.index) for c in citations if c.kind is Kind.SHORT and _author_date(c.text)}
    return {
        id(p)
        for p in problems
        if p.code is Code.SHORT_WITHOUT_FULL and (p.note, p.citation) in dated
    }


def _author_date(text: str) -> bool:
    """ "Scheffel (1855), S. 680", "ORLANDI, 2015, p. 26": names, a year, a pinpoint."""
    return is_author_date(text.strip().rstrip(".")) or capitals_author_date(text) is not None
