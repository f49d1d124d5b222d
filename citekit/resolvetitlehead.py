"""A short form by the first words of a title, read as names: "Selected Letters, 40" for
"Selected Letters of Virginia Woolf", ed. Joanne Trautmann Banks; "Collected Papers, 2:17".

Editions of letters and papers are cited again by their title alone. Without italics the note
grammar takes the capitalised words before the pinpoint for a person ("Letters, Selected").
Where no work of the document has an author of that name, but a work cited in full earlier
has a title opening with those words, the short form names that work (one word:
citekit.resolvetitleword).
"""

from __future__ import annotations

import re

from citekit import identity
from citekit.model import Citation
from citekit.resolvestate import State, Work

HEAD_WORDS = 5  # "Papers of Thomas Jefferson": a short title; more words are prose
WORD_RE = re.compile(r"\w+")


def titled_by_head(citation: Citation, position: int, state: State) -> list[Work]:
    """The earlier fully cited works whose title opens with the words CITATION gives, before
    its first comma, as its author's name; [] where a work has an author of that name."""
    name = citation.fields.get("author", "")
    if " " not in name.strip() or {"title", "year"} & set(citation.fields):
        return []  # the cheap test first: one word is citekit.resolvetitleword's
    head = citation.text.partition(",")[0]
    if len(head.split()) > HEAD_WORDS or _words(name) != _words(head):
        return []  # the names are not those words ("Jarausch and Hardy, 122" may be)
    if any(state.has_works_by(family) for family in identity.families(citation.fields)):
        return []
    opening = identity.title_words(head).split()
    if not opening:
        return []
    block = state.blocks.get(f"title:{opening[0][:4]}", ())
    works = (state.works[i] for i in block)
    return [w for w in works if w.has_full and w.first < position and _opens(w, opening)]


def _words(text: str) -> set[str]:
    return set(WORD_RE.findall(identity.fold(text)))


def _opens(work: Work, opening: list[str]) -> bool:
    return identity.title_words(work.fields.get("title")).split()[: len(opening)] == opening
