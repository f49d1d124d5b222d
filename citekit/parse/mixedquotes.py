"""A title opened with a curly quote and closed with a straight one: “Supply of Corn," (a
word processor's smart quotes, then a quote typed where they were off). The title's marks
do not pair, so no title is found and the note is cut or read without it. The straight quote
that ends such a title (a comma, a stop, a space or the note's end after it, no curly close
before it) is read as the closing quote it stands for; the text keeps its length, so every
offset into it holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.model import Note
from citekit.parse.italicsignal import signal_outside

# “, then no quote of either kind, then the straight quote, then what may follow a title
MIXED_CLOSE_RE = re.compile(r"“[^“”\"\n]{2,300}(\")(?=[\s,.;:*)\]]|$)")


def mended(text: str) -> str:
    """TEXT with each straight quote that closes a curly-opened title made curly."""
    if "“" not in text or '"' not in text:
        return text  # the cheap test first
    return MIXED_CLOSE_RE.sub(lambda m: m.group()[:-1] + "”", text)


def mended_notes(notes: tuple[Note, ...]) -> tuple[Note, ...]:
    """NOTES as the parser reads them: mixed title quotes mended, a signal set apart from the
    italics of the case it introduces (italicsignal; the report keeps the text)."""
    return tuple(
        n if (t := signal_outside(mended(n.text))) == n.text else replace(n, text=t) for n in notes
    )
