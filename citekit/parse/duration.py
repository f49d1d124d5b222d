"""A recording's running time after its medium: Chicago cites a video so, '"Title," YouTube
video, 12:34, posted March 5, 2019, https://…'. The "12:34" is how long the video runs, not a
volume and page: read as one, it would keep the post an article of a periodical.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.elements import Parsed

# the medium's word, then the running time: "YouTube video, 14:38", "podcast audio, 1:02:15"
DURATION_RE = deferred.compile(
    r"\b(?:video|audio|podcast|recording|film)\*?,\s+(?P<time>(?:\d{1,2}:)?\d{1,3}:\d\d)\b",
    re.IGNORECASE,
)


def without_duration(parsed: Parsed, text: str) -> Parsed:
    """PARSED without the numbers it took from a running time in TEXT; the time joins the
    medium in `journal` ("YouTube video, 12:34"), which then reads as the post's venue."""
    found = DURATION_RE.search(text) if ":" in text else None
    if found is None:
        return parsed
    parts = found.group("time").split(":")
    fields = {k: v for k, v in parsed.fields.items() if not (k in NUMBERED and v.strip() in parts)}
    if "journal" in fields and found.group("time") not in fields["journal"]:
        fields["journal"] = f"{fields['journal']}, {found.group('time')}"
    return Parsed(parsed.entry_type, fields, parsed.locator)


NUMBERED = ("volume", "number", "pages")
