"""A short form by the name of a translator or editor of a work that has an author: "Allott,
no. 61" for "*Alcuin of York: His Life and Letters*, trans. Stephen Allott" (citekit.editions).
"""

from __future__ import annotations

from citekit import identity
from citekit.model import Citation
from citekit.resolvestate import State, Work


def by_contributor(citation: Citation, position: int, state: State) -> list[Work]:
    """The earlier fully cited works whose translator or editor the short form names, with
    a title its short title abbreviates (if it gives one)."""
    names = identity.families(citation.fields)
    if not names or not state.by_contributor.get(names[0]):
        return []  # the cheap test first: few names are a translator's or an editor's
    title = citation.fields.get("title")
    works = (state.works[w] for w in state.by_contributor[names[0]])
    return [w for w in works if w.has_full and w.first < position and _fits(title, w)]


def _fits(title: str | None, work: Work) -> bool:
    if not title:
        return True
    target = work.fields.get("title") or work.fields.get("booktitle")
    return identity.titles_match(title, target, partial=True) >= identity.TITLE_SIMILARITY
