"""A work's status read as its journal: "“Refining …”, Draft Paper, November 1996.",
"“Sovereign …” Working draft prepared for the Hoover Seminar, March 6, 2007.": no periodical
prints these; the work is unpublished (a draft, a preprint, a paper submitted), not an article.
"""

from __future__ import annotations

from citekit.parse.elements import Parsed
from citekit.parse.patterns import UNPUBLISHED_RE

# the journal's first words where a status stands ("Working draft prepared for …")
STATUS_WORDS = 2
# what a periodical's issue has and a status has not ("Manuscript Studies 3 (2): 14-30")
NUMBERS = ("volume", "number", "pages")


def status_journal(parsed: Parsed) -> Parsed:
    """PARSED without a journal that is a status, and unpublished if it was an article."""
    journal = parsed.fields.get("journal")
    if not journal or any(name in parsed.fields for name in NUMBERS):
        return parsed
    opening = " ".join(journal.split()[:STATUS_WORDS])
    if UNPUBLISHED_RE.search(opening) is None:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "journal"}
    entry_type = "unpublished" if parsed.entry_type == "article" else parsed.entry_type
    return Parsed(entry_type, fields, parsed.locator)
