"""Author-date references inside notes, found by the bibliography: "(Moullier 2004: 67)".

Discursive notes in the social sciences and the digital humanities cite as running text
does: a family name and a year, "(Boudon 2009 : 9)", "Perin et al. (2018)", "Lepetit, 1990".
Such a reference is a citation only when the document's bibliography holds an entry of that
first author and that year; a name and a year in prose are otherwise no citation.

A span the general rules read as one citation yields to the author-date references inside it
when they hold all its numbers ("Frosh (2003) ; Aiello et Woodhouse (2016)", "… le travail
critique mené par Crawford et Paglen (2019)"): it was prose or a list around them. What stood
before them is kept as a citation of its own only when it names a title in italics with a
volume or a quoted title ("*Logos* (XXI) sous le titre « … », a ensuite été incluse dans
Panofsky (1975)"); a quotation before "(Motta e Tiberi 2009)" is what they said, not a work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from citekit.bibkeys import year_of
from citekit.identity import fold
from citekit.parse import deferred
from citekit.parse.reference import Reference

AUTHOR_DATE_RE = deferred.compile(
    r"(?<![\w'’])(?P<family>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}?)"
    r"(?:(?:,\s[^\W\d_][\w'’-]*){0,3}\s(?:and|&|et|und|y|e)\s[^\W\d_][\w'’-]*|\set\.?\sal\.?)?"
    r"(?:,\s*|(?P<open>\s\()|\s)(?P<year>1[5-9]\d\d|20[0-4]\d)(?P<suffix>[a-z])?"
    r"(?:[–-](?:1[5-9]\d\d|20[0-4]\d))?(?!\d)"  # "(2005–2008)": a work of several years
    r"(?:\s?[:,]\s?(?:pp?\.\s?)?(?P<locator>\d+(?:\s?[–-]\s?\d+)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*)"
    r"(?![\d.,]\d))?"
)
DIGIT_RE = re.compile(r"\d")
ITALIC_TITLE_RE = re.compile(r"\*[^*\s][^*]*\*")
# beside the italic title, a quoted one or a volume in brackets: "*Logos* (XXI) sous le titre
# « … »" cites a work; "*Backbone structure* e *Satellite vocabularies*" only names things
MORE_THAN_A_NAME_RE = re.compile(r"[«“„\"]|\((?:[IVXLC]+|\d+)\)")
# prose after the last closing mark of what is kept: ", a ensuite été incluse dans"
TRAILING_PROSE_RE = re.compile(r"(?<=[»”*)\]])[^»”*)\]\d]*$")
# entries of one folded family name: (place in the bibliography, entry, folded title)
Candidates = Sequence[tuple[int, Reference, str]]


def references(
    text: str, by_family: Mapping[str, Candidates]
) -> Iterator[tuple[int, int, Reference, str | None]]:
    """Each author-date reference of TEXT whose name and year are a bibliography entry's:
    (start, end, entry, locator)."""
    for found in AUTHOR_DATE_RE.finditer(text):
        entry, at = _entry(found, by_family)
        if entry is None:
            continue
        end = found.end()
        if found.group("open") and text[end : end + 1] == ")":
            end += 1  # "Perin et al. (2018)": the year's brackets belong to the reference
        yield at, end, entry, found.group("locator")


def _entry(
    found: re.Match[str], by_family: Mapping[str, Candidates]
) -> tuple[Reference | None, int]:
    """The entry of the reference's family name (its last words: "de Louis Pérouas" is found
    as "Pérouas") and year, and where the name starts."""
    words = found.group("family").split()
    for k in range(len(words)):
        family = " ".join(words[k:])
        if not family[0].isupper():
            continue
        dated = [
            e
            for _, e, _ in by_family.get(fold(family), ())
            if year_of(e.fields) == found.group("year")
        ]
        if dated:
            suffix = found.group("suffix")
            place = ord(suffix) - ord("a") if suffix else 0  # "2001b": the second of that year
            entry = dated[place] if place < len(dated) else dated[0]
            return entry, found.start() + found.group("family").index(family)
    return None, found.start()


def displaced(text: str, refs: Sequence[tuple[int, int]]) -> str | None:
    """What is left of TEXT, a span read as one citation, once the author-date references at
    REFS (start, end within TEXT) take its place: None when the span does not yield to them (a
    number stands outside them), "" when nothing of it is kept, else the part before them."""
    if not refs:
        return None
    outside = list(text)
    for start, end in refs:
        outside[start:end] = [" "] * (end - start)
    if DIGIT_RE.search("".join(outside)):
        return None
    before = text[: min(start for start, _ in refs)]
    if not (ITALIC_TITLE_RE.search(before) and MORE_THAN_A_NAME_RE.search(before)):
        return ""
    return TRAILING_PROSE_RE.sub("", before).rstrip(" ,;:")
