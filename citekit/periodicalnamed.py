"""A title alone that names a periodical or book cited elsewhere as a container: "the
special issue of *Capital & Class*. See Callinicos, “…”, *Capital & Class* 85 (2005)".

Prose that mentions the journal an article appeared in reads, by its italics, as a short
form of a work titled so; no work is, but an article in the document names it as its
journal. That is no short form without its full citation. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from citekit import identity

CONTAINERS = ("journal", "booktitle")


def names_container(fields: Mapping[str, str], works: Iterable[Mapping[str, str]]) -> bool:
    """Is FIELDS a title alone (no author) that is the journal or book of one of WORKS?"""
    if fields.get("author") or fields.get("editor") or not fields.get("title"):
        return False
    title = identity.title_words(fields["title"])
    return any(title == identity.title_words(w.get(k)) for w in works for k in CONTAINERS)
