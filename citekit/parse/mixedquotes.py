"""A title opened with a curly quote and closed with a straight one: “Supply of Corn," (a
word processor's smart quotes, then a quote typed where they were off). The title's marks
do not pair, so no title is found and the note is cut or read without it. The straight quote
that ends such a title (a comma, a stop, a space or the note's end after it, no curly close
before it) is read as the closing quote it stands for; the text keeps its length, so every
offset into it holds.

A title in straight single quotes, 'Title,' (typed where smart quotes were off, or plain text
from a PDF), is read as the ‘Title,’ it stands for, as pandoc's and markdown-it's smart quotes
read it in Markdown: a mark that opens a word after a space or bracket, paired with one that
closes a word before a space, a mark or the end; an apostrophe between letters inside
("student's") stays one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.model import Citation, Note
from citekit.parse.italicsignal import signal_outside

# “, then no quote of either kind, then the straight quote, then what may follow a title
MIXED_CLOSE_RE = re.compile(r"“[^“”\"\n]{2,300}(\")(?=[\s,.;:*)\]]|$)")
# 'Title,' : an opening mark at a word's start, then marks only between letters, then a
# closing mark after a non-space and before no letter (the pair's inside kept as it is)
SINGLE_PAIR_RE = re.compile(
    r"(?<![\w'‘’])'(?=[^\s'])(?P<inside>(?:[^'\n]|(?<=\w)'(?=\w)){1,300}?)(?<=[^\s'])'(?![\w'])"
)


def mended(text: str) -> str:
    """TEXT with each straight quote that closes a curly-opened title made curly, and each
    pair of straight single quotes made a curly pair."""
    if "“" in text and '"' in text:  # the cheap test first
        text = MIXED_CLOSE_RE.sub(lambda m: m.group()[:-1] + "”", text)
    if text.count("'") >= 2:
        text = SINGLE_PAIR_RE.sub(lambda m: f"‘{m['inside']}’", text)
    return text


def mended_notes(notes: tuple[Note, ...]) -> tuple[Note, ...]:
    """NOTES as the parser reads them: mixed title quotes mended, a signal set apart from the
    italics of the case it introduces (italicsignal; the report keeps the text)."""
    return tuple(
        n if (t := signal_outside(mended(n.text))) == n.text else replace(n, text=t) for n in notes
    )


def as_written(citations: tuple[Citation, ...], read: str, written: str) -> tuple[Citation, ...]:
    """CITATIONS of a note read as READ (its mended text) with their text as WRITTEN: the
    mending keeps every offset, so each citation's span is the written one's."""
    if read == written:
        return citations
    out = []
    for citation in citations:
        at = read.find(citation.text)
        if at >= 0:
            citation = replace(citation, text=written[at : at + len(citation.text)])
        out.append(citation)
    return tuple(out)
