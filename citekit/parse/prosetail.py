"""Where a citation begins in a span that ends in prose.

"I have profited from Hamm, *Early Luther*, 90, more than these notes can show": read whole,
the span's closing clause hides where the source begins, and the prose before it stays in the
citation. Where the whole span shows no start, the span without its closing clause is asked.
"""

from __future__ import annotations

import re

from citekit.parse.citestart import citation_start
from citekit.parse.dateprose import closes_with_short_form
from citekit.parse.known import KnownTitles
from citekit.parse.knownstart import known_start
from citekit.parse.sigla import after_prose

# the page a short form closes with: "…, 90", "…, pp. 12–15"
PAGE_END_RE = re.compile(r",\s(?:pp?\.\s?)?\d+(?:\s?[-–]\s?\d+)?$")


def source_start(span: str, cut: str, known: KnownTitles, hereafter: tuple[str, ...]) -> int:
    """Where the source in SPAN begins; CUT is SPAN less the prose that closes it, asked only
    where it closes with a page or a short form's names and year, as a short form does (not
    "… at Speyer in 1783")."""
    start = after_prose(span, known_start(span, citation_start(span), known), hereafter)
    if start or cut == span or not (PAGE_END_RE.search(cut) or closes_with_short_form(cut)):
        return start
    return after_prose(cut, known_start(cut, citation_start(cut), known), hereafter)
