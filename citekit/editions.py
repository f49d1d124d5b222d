"""Editions cited by a name their fields do not lead with: the subject named in the title
("Keats, *Poems*, 101" for "The Poems of John Keats", ed. Miriam Allott), or the translator
or editor of a work that has an author ("Allott, no. 61" for "*Alcuin of York: His Life and
Letters*, trans. Stephen Allott").

Hand-typed notes cite editions of letters and papers so. The work's entry keeps its own
names; the short form only has to find it.
"""

from __future__ import annotations

from collections.abc import Mapping

from citekit import identity
from citekit.parse import HEREAFTER_SEPARATOR

ROLES = ("translator", "editor")  # the names a short form may give besides the author's


def named_in_title(name: str, fields: Mapping[str, str]) -> bool:
    """Is the folded family NAME a word of the title of the edition of FIELDS?"""
    if not name or not any(fields.get(r) for r in ROLES):
        return False  # the cheap test first: only an edition is named after its subject
    return name in identity.title_words(fields.get("title")).split()


def contributors(fields: Mapping[str, str]) -> list[str]:
    """The folded family names of the translators and editors of a work with an author (an
    edited work without one is already known by its editors: identity.families)."""
    if not fields.get("author"):
        return [] if fields.get("editor") else identity.families(fields, "translator")
    return [f for role in ROLES for f in identity.families(fields, role)]


def not_an_author(value: str | None, fields: Mapping[str, str], text: str) -> bool:
    """Is VALUE, what a short form TEXT gives as its author, no author of the work of FIELDS
    (which names none)? It is the title's word ("Correspondence, 5: 521", "Keats, *Poems*"
    for "The Poems of John Keats") or the work's announced form ("FRUS 1949, 4:140" after
    "(hereafter FRUS 1949, 4)")."""
    if not value or "author" in fields:
        return False
    forms = fields.get("_hereafter", "").split(HEREAFTER_SEPARATOR)
    if any(form and form in text for form in forms):
        return True
    names = identity.families({"author": value})
    title = identity.title_words(fields.get("title")).split()
    return bool(names) and all(n in title for n in names)
