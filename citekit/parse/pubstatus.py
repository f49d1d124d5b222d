"""A publication status between a journal's name and its date: "*Cortex*, ahead of print,
December 22, 2021", "Journal, Epub ahead of print, 2020", "Journal. Advance online
publication." It names no field (the article is out online before its issue), and left in
place it reads as part of the journal's name or as a book's publisher; without it the
journal and date read as any article's do.
"""

from __future__ import annotations

import re

STATUS_RE = re.compile(
    r"[,.]?\s+(?:(?:online|epub)\s+)?ahead\s?of\s?print\b\.?"
    r"|[,.]?\s+advance\s+online\s+publication\b\.?",
    re.IGNORECASE,
)


def without_status(text: str) -> str:
    """TEXT without a publication status ("ahead of print") after a journal's name."""
    if "head" not in text and "dvance" not in text:  # cheap prefilter: most notes hold neither
        return text
    return STATUS_RE.sub("", text)
