"""Whether a heading names a bibliography ("Works Cited", "## 7. Sources:", "Bibliographie").

Kept apart from citekit.bibsection so that citekit.bibblocks can ask it too (a LaTeX document's
bibliography typed as paragraphs is read only under such a heading) without an import cycle.
"""

from __future__ import annotations

import re

from citekit import lexicons

HEADINGS = lexicons.words("bibliography_headings")
HEADING_NOISE_RE = re.compile(r"^[#\s\d.IVXivx]*(?=\w)|[\s:.]+$")  # "## 7. Sources:" -> "Sources"
# the most HEADING_NOISE_RE can take off a text: its longest runs of noise at either end
LEADING_NOISE_RE = re.compile(r"[#\s\d.IVXivx]*")
TRAILING_NOISE_RE = re.compile(r"[\s:.]*")  # matched on the text reversed
LONGEST_HEADING = max(map(len, HEADINGS))


def is_heading(text: str) -> bool:
    """Whether a heading line names a bibliography ("Works Cited", "Bibliographie:")."""
    bare = text.replace("*", "")
    if _fewest_left(bare) > LONGEST_HEADING:
        return False  # a paragraph (every block is asked): longer than any heading, noise off
    return HEADING_NOISE_RE.sub("", bare).casefold() in HEADINGS


def _fewest_left(text: str) -> int:
    """The fewest characters HEADING_NOISE_RE leaves of TEXT (casefold never shortens them)."""
    trailing = TRAILING_NOISE_RE.match(text[::-1]).end()  # type: ignore[union-attr]
    return len(text) - LEADING_NOISE_RE.match(text).end() - trailing  # type: ignore[union-attr]
