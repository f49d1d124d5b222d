"""A marked title and a pinpoint, nothing else: "*Lake Erie Report*, 2", "*Final Report*, 3".
A report or a thesis cited so is cited again: its first citation gave the body that wrote
it, the date and the imprint; the word "Report" in its title does not make it whole."""

from __future__ import annotations

import re

# the title in italics or quotes, then a page, a range or a list of them
TITLE_AND_PAGES_RE = re.compile(
    r"^(?:\*[^*]+\*|“[^”]+”|\"[^\"]+\")[,.]?\s+(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?"
    r"(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*\.?$"
)
YEAR_IN_PAGES_RE = re.compile(r"[\s,](?:1[5-9]|20)\d\d\.?$")  # "*Title*, 1998": a date


def title_and_pages(text: str) -> bool:
    """Is TEXT a marked title and its pinpoint alone (no year after the title)?"""
    stripped = text.strip()
    if stripped[:1] not in '*“"':
        return False  # (the cheap test first)
    return bool(TITLE_AND_PAGES_RE.match(stripped)) and not YEAR_IN_PAGES_RE.search(stripped)
