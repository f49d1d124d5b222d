"""An archival item cited again by its call number: "Add MS 21254, fol. 41" after "Minutes of
the Committee …, British Library, London, Add MS 21254, fols 18–19"; "Hogarth Press records,
MS 2750" after "Records of the Hogarth Press, MS 2750, Special Collections, University of
Reading"; "Preston Board of Guardians, minute book, PUP 1/4" after its full citation.

The call number is what a reader matches, whatever words the note puts before it. Two
letters in one volume share its number ("Parkes to Granville, 14 January 1870, FO 46/152",
"…, 2 March 1870, FO 46/152"): words before the number that carry a figure the work's title
lacks (another date) name another item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.model import Citation
from citekit.parse.archiveitem import is_reference
from citekit.resolvestate import State, Work, press_mark, reference_key

FIGURE_RE = re.compile(r"\d+")


def by_reference(citation: Citation, position: int, state: State) -> list[Work]:
    """The earlier work whose call number the citation gives, where the words before the
    number name no other item."""
    if not state.by_reference or not any(c.isdigit() for c in citation.text):
        return []  # (the cheap tests first)
    parts = [p.strip(" .;*") for p in citation.text.split(",")]
    for index, part in enumerate(parts):
        number = press_mark(part) or (part if is_reference(part) else None)  # "Nero D. iv"
        work_id = state.by_reference.get(reference_key(number)) if number else None
        if work_id is None:
            continue
        work = state.works[work_id]
        if work.first < position and _same_item(", ".join(parts[:index]), work):
            return [work]
    return _by_units(parts, position, state)


def _by_units(parts: list[str], position: int, state: State) -> list[Work]:
    """The earlier item whose fonds and units the citation gives again, in the same archive:
    "RGASPI, f. 17, op. 3, d. 826, l. 9" after "Decree …, RGASPI, f. 17, op. 3, d. 826, l. 5"
    (units are many parts, where a call number is one)."""
    for start in range(len(parts)):
        for end in range(len(parts), start + 1, -1):
            work_id = state.by_reference.get(reference_key(", ".join(parts[start:end])))
            work = state.works[work_id] if work_id else None
            if work and work.first < position and _same_archive(parts[:start], work):
                return [work]
    return []


def _same_archive(before: list[str], work: Work) -> bool:
    """Do the words before the units name the work's archive (or none)? "GARF, f. 17, …" is
    another archive's fond 17."""
    held = reference_key(work.fields.get("howpublished", ""))
    return all(reference_key(part) in held for part in before)


def _same_item(words: str, work: Work) -> bool:
    """Do the words before the call number carry no figure the work's title lacks?"""
    figures = FIGURE_RE.findall(words)
    return not figures or set(figures) <= set(FIGURE_RE.findall(work.fields.get("title", "")))


def units_named(citation: Citation, work: Work) -> Citation:
    """CITATION with the units that find WORK's item taken off its locator: "RGASPI, f. 17,
    op. 3, d. 826, l. 9" cites leaf "l. 9" of the item "f. 17, op. 3, d. 826" names."""
    units, locator = work.fields.get("note"), citation.locator
    if work.entry_type != "unpublished" or not units or not locator:
        return citation
    if not reference_key(locator).startswith(reference_key(units) + ","):
        return citation
    rest = locator[len(units) :].lstrip(" ,") if locator.startswith(units) else None
    return replace(citation, locator=rest) if rest else citation
