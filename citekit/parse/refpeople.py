"""The people of an entry's opening names block: "Craik, F. I. M., and J. C. Rabinowitz" as
"Family, Given" strings, their role (author or editor), and the Head that carries them with
the year and the rest of the entry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.parse import deferred, names, uregex
from citekit.parse.refvancouver import (
    ET_AL_RE,
    VANCOUVER_BLOCK_RE,
)
from citekit.parse.refvancouver import people as _vancouver_people

# a name in direct order: an initial before the family name, "David R. Cheriton", "K. H. Wolf"
DIRECT_NAME_RE = uregex.compile(r"(?:^|\s)[A-Z]\.\s*[A-Z][\w'’-]*[a-z][\w'’-]*$")
EDITOR_MARK_RE = re.compile(
    r"[,\s]*(?:\((?:eds?|Hrsg|Hg|dir|coord)\.?\)|\b(?:eds?|editors?|Hrsg|dir|comp|comps)\.?)\s*$",
    re.IGNORECASE,
)
INITIALS_RE = uregex.compile(r"^(?:[A-Z]\.?[\s-]?){1,4}$")  # "J. W.", "JM", "F.", "J.-P."
SUFFIX_RE = deferred.compile(r"(?:Jr|Sr|III|II|IV)\.?")  # a name's suffix, a comma part of its own
# "and", "&", ";" and other languages' "und", "et" (never "et al.") between names; "e", "y"
# only before a whole name ("Feiner e Magnus Löhrer"): "Ortega y Gasset" is one family name
JOIN_RE = re.compile(
    r"\s*(?:,\s*)?(?:\b(?:and|und|et(?!\s+al\b))\b|\b[ey](?=\s+[A-Z][\w'’.-]*\s+(?:[a-z]+\s+)?[A-Z])"
    r"|&|;)\s*"
)
# a slash before an inverted name ("Wallis, Kenneth C./Poulton, James L.", German and ISAW
# reference lists): it parts two people as ";" does
SLASH_BEFORE_INVERTED_RE = uregex.compile(r"\s?/\s?(?=[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?,\s)")


@dataclass(frozen=True, slots=True)
class Head:
    """The names at the start of an entry, their role, the year if it follows them, the rest."""

    people: tuple[str, ...]
    role: str  # "author" | "editor"
    year: str | None
    rest: str
    comma: bool = False  # the names end at a comma, as a title does after them (no period)


SPLIT_INITIAL_END_RE = re.compile(r"\s[A-Z]\.\s[A-Z]$")  # "Weiler, H. A": its last period taken
INITIAL_END_RE = re.compile(r"\b[A-Z]\.$")


def people_head(block: str, year: str | None, rest: str, *, inverted: bool) -> Head:
    block = block.strip(" ,")
    if SPLIT_INITIAL_END_RE.search(block):
        block += "."  # "Weiler, H. A. 2012.": the year's match took the initial's period
    if not INITIAL_END_RE.search(block):
        block = block.rstrip(".")
    role = "editor" if EDITOR_MARK_RE.search(block) else "author"
    block = EDITOR_MARK_RE.sub("", block)
    others = bool(ET_AL_RE.search(block))
    if VANCOUVER_BLOCK_RE.fullmatch(block.strip(" .,")):  # "Sampson P, Hughes AM (2015)"
        return Head(
            _vancouver_people(block),
            role,
            year[:4] if year and year[:1].isdigit() else None,
            rest.strip(),
        )
    people = split_people(ET_AL_RE.sub("", block), inverted=inverted)
    if others:
        people.append("others")
    year = None if year and not year[:1].isdigit() else year
    return Head(tuple(people), role, year[:4] if year else None, rest.strip())


# a given name alone or with its initials, or initials: "Jerome", "Dan I.", "J. R."
GIVEN_INITIALS_RE = re.compile(r"[^\W\d_][\w'’.-]*(?:\s[A-Z]\.?)*")


def split_people(block: str, *, inverted: bool, first: bool = True) -> list[str]:
    """ "Craik, F. I. M., and J. C. Rabinowitz" -> ["Craik, F. I. M.", "Rabinowitz, J. C."]."""
    if "/" in block:
        block = SLASH_BEFORE_INVERTED_RE.sub("; ", block)
    if ";" in block:  # "Harley, J. B.; Woodward, David": every name inverted, one per part
        chunks = [c.strip(" ,") for c in JOIN_RE.split(block) if c.strip(" ,")]
        return [p for c in chunks for p in _inverted_chunk(c)]
    parts, after_join = _parts(block)
    if _all_direct(parts) or _all_family_initials(parts):
        return [names.to_family_given(p) for p in parts]  # "John Lafferty, Andrew McCallum, …"
    every = inverted or (len(parts) > 2 and _is_initials(parts[1]) and _is_initials(parts[3:4]))
    out: list[str] = []
    i = 0
    while i < len(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        paired = nxt is not None and i + 1 not in after_join  # "Harry Heffes and David L."
        inverted_last = bool(out) and "," in out[0] and _inverted_last(parts, i, after_join)
        if (
            paired
            and ((i == 0 and first) or every or inverted_last)
            and _given_after(parts[i], nxt)
        ):
            out.append(f"{parts[i]}, {nxt}")
            i += 2
            continue
        out.append(names.to_family_given(parts[i]))
        i += 1
    return out


def _inverted_last(parts: list[str], i: int, after_join: set[int]) -> bool:
    """Is part I, after the "and", the last name written inverted as the first was ("Samuels,
    Lisa and McGann, Jerome", "…, & Slobin, Dan I."): one family word, then one given word
    (and its initials) or initials, nothing after?"""
    return (
        i in after_join
        and i + 2 == len(parts)
        and " " not in parts[i]
        and GIVEN_INITIALS_RE.fullmatch(parts[i + 1]) is not None
    )


def _inverted_chunk(chunk: str) -> list[str]:
    """A part of a names block parted by semicolons: one inverted name ("Harley, J. B."), or
    Vancouver's names before a group's ("Fattorini L, Piccaro G; the SMIRA Group")."""
    if "," not in chunk:
        return [names.to_family_given(chunk)]
    if VANCOUVER_BLOCK_RE.fullmatch(chunk):
        return list(_vancouver_people(chunk))
    return [chunk]


def _all_direct(parts: list[str]) -> bool:
    """Three or more names, each of two or more words and no initials alone: written in
    direct order, whatever the style inverts ("John Lafferty, Andrew McCallum, and Fernando
    Pereira. 2001."); two parts may be one inverted name ("García Márquez, Gabriel José")."""
    return len(parts) >= 3 and all(
        len(p.split()) >= 2 and not _is_initials(p) and p[:1].isupper() for p in parts
    )


# one whole name, the family and then its initials: "Lund T.", "Sand K.-H.", "Orlam TA"
FAMILY_INITIALS_RE = deferred.compile(r"[A-Z][\w'’-]+\s(?:[A-Z]\.?-?\s?){1,3}")


def _all_family_initials(parts: list[str]) -> bool:
    """Two or more parts, each a family and its initials ("Lund T., Sand K. (2004)"): each
    part is a name of its own, none the given name of the one before."""
    return len(parts) >= 2 and all(FAMILY_INITIALS_RE.fullmatch(p) for p in parts)


def _parts(block: str) -> tuple[list[str], set[int]]:
    """The comma-separated parts of a names block, and which of them follow an "and"."""
    parts: list[str] = []
    after_join: set[int] = set()
    for index, chunk in enumerate(JOIN_RE.split(block)):
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        if index and pieces:
            after_join.add(len(parts))
        for piece in pieces:
            if parts and SUFFIX_RE.fullmatch(piece):
                parts[-1] = f"{parts[-1]} {piece}"  # "Pettingill, O. S., Jr.": the name's suffix
            else:
                parts.append(piece)
    return parts, after_join


def _given_after(family: str, given: str) -> bool:
    if DIRECT_NAME_RE.search(family):
        return False  # "David R. Cheriton, Hendrik A. Goosen": a whole name, no family alone
    if _is_initials(given) or given.lower().rstrip(".") in {"jr", "sr"}:
        return True
    return len(given.split()) <= 3 and len(family.split()) <= 3


def _is_initials(part: str | list[str]) -> bool:
    if isinstance(part, list):
        return not part or _is_initials(part[0])
    return bool(INITIALS_RE.match(part.strip()))
