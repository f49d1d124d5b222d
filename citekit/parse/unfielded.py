"""Words between a title and its container that name no BibTeX field, taken out before the
grammars read a citation or a reference-list entry.

- A publication status after a journal's name: "*Cortex*, ahead of print, December 22,
  2021", "Journal, Epub ahead of print, 2020", "Journal. Advance online publication." (the
  article is out online before its issue). Left in place it reads as part of the journal's
  name or as a book's publisher; without it the journal and date read as any article's do.
- A chapter's number before "in" and its book: "“Giant Planets,” 17 in *Exoplanets*, ed. …"
  (left in place, "17 in Exoplanets" reads as the book's title, or the "in" is not seen).
- A bracket after the imprint's year that notes another printing: "Paris, José Corti, 1966
  (rééd. Genève, Slatkine Reprints, 1980)" (its place and year would read as the imprint's).
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.reprints import without_other_printing

STATUS_RE = deferred.compile(
    r"[,.]?\s+(?:(?:online|epub)\s+)?ahead\s?of\s?print\b\.?"
    r"|[,.]?\s+advance\s+online\s+publication\b\.?",
    re.IGNORECASE,
)
# after a quoted title's closing mark (and its comma or stop): "…,” 10.16 in Treatise"
CHAPTER_IN_RE = re.compile(r"(?<=[”\"’])(?P<stop>[,.]?)\s+\d{1,3}(?:\.\d{1,3})?\s+(?=in\s)")


def without_unfielded(text: str) -> str:
    """TEXT without a publication status, a chapter's number before "in", or a note on another
    printing."""
    if "head" in text or "dvance" in text:  # cheap prefilter: most notes hold neither
        text = STATUS_RE.sub("", text)
    if " in " in text:
        text = CHAPTER_IN_RE.sub(r"\g<stop> ", text, count=1)
    return without_other_printing(text)
