"""Names written family first ("Király István", "Harada Katsumasa"), told by the document's
own short forms.

Hungarian, Japanese and some Chinese notes write a name family first with no comma; the
parser reads "Király István" as given name and family, as in English. The document itself
says otherwise when its short forms and op. cits name the person by the first word
("Király: i. m. 250", "Harada, 90"): that word is the family, and the full citation's name
is turned round before any work is opened, so the work is named rightly and its later
citations find it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from citekit import identity
from citekit.model import Citation, Kind

BACK_REFERENCES = (Kind.SHORT, Kind.OP_CIT)


def turned(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """CITATIONS with full citations' two-word names turned where the short forms use the
    first word of the name as its family."""
    used = {
        names[0]
        for c in citations
        if c.kind in BACK_REFERENCES
        for names in (identity.families(c.fields),)
        if names
    }
    # a family some full citation names already explains the short forms that use it
    used -= {f for c in citations if c.kind is Kind.FULL for f in identity.families(c.fields)}
    if not used:
        return citations
    return tuple(_turn_names(c, used) if c.kind is Kind.FULL else c for c in citations)


def _turn_names(citation: Citation, used: set[str]) -> Citation:
    return renamed(citation, lambda name: _family_first(name, citation.text, used))


def renamed(citation: Citation, fix: Callable[[str], str]) -> Citation:
    """CITATION with each of its authors' names as FIX(name) gives it (the same citation
    where nothing changes)."""
    author = citation.fields.get("author")
    if not author:
        return citation
    names = author.split(" and ")
    fixed = [fix(name) for name in names]
    if fixed == names:
        return citation
    return replace(citation, fields={**citation.fields, "author": " and ".join(fixed)})


def _family_first(name: str, text: str, used: set[str]) -> str:
    """ "István, Király" -> "Király, István" where the text wrote "Király István" and short
    forms name "Király" (which no full citation names as a family) but never "István"; one
    word each side only."""
    family, _, given = name.partition(", ")
    if not given or " " in given or " " in family or "." in given:
        return name
    if identity.fold(given) not in used or identity.fold(family) in used:
        return name
    return f"{given}, {family}" if f"{given} {family}" in text else name
