"""A short form by the opening words of a subtitle: "*Final Report*, 3" for "The Global
Eradication of Smallpox: Final Report of the Global Commission …" (World Health Organization).

A report's title often leads with its subject and names the document after the colon; it is
cited again by what it is. Asked only of a short form that names no author and matched no
title by its first words; the works are indexed by their subtitle's first word as they come
(citekit.resolvestate), so the lookup costs no more than the few works so indexed.
"""

from __future__ import annotations

from citekit import identity
from citekit.model import Citation
from citekit.resolvestate import State, Work


def subtitle_words(title: str | None) -> list[str]:
    """The folded words of TITLE after its first colon ([] without a subtitle)."""
    if not title or ":" not in title:
        return []
    return identity.title_words(title.partition(":")[2]).split()


def titled_by_subtitle(citation: Citation, position: int, state: State) -> list[Work]:
    """Earlier fully cited works whose subtitle opens with the short form's title."""
    if identity.families(citation.fields):
        return []
    words = identity.title_words(citation.fields.get("title")).split()
    if len(words) < 2:
        return []  # one word is too little to tell a subtitle by
    ids = state.by_subtitle.get(words[0], ())
    works = (state.works[i] for i in ids)
    return [
        w
        for w in works
        if w.has_full
        and w.first < position
        and subtitle_words(w.fields.get("title"))[: len(words)] == words
    ]
