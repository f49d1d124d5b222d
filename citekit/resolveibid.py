"""Ibid.: the work cited just before, within the note or in the last note that cites."""

from __future__ import annotations

import re

from citekit.model import Citation, Code, Diagnostic, Kind, Resolution
from citekit.parse import titlespans
from citekit.resolvestate import State, page_fits, unresolved


def _previous(state: State, citation: Citation) -> list[Citation]:
    """The citations an ibid. can point back to: earlier in this note, else the last note."""
    same_note = state.by_note.get(citation.note, [])
    if same_note:
        return same_note[-1:]
    earlier = next((c for c in reversed(state.resolved) if c.note < citation.note), None)
    return state.by_note[earlier.note] if earlier else []


def resolve_ibid(citation: Citation, position: int, state: State) -> str | None:
    before = _previous(state, citation)
    works = list(dict.fromkeys(c.work for c in before))
    if not before:
        return unresolved(
            state,
            citation,
            Code.IBID_UNRESOLVED,
            "ibid",
            "ibid. with no earlier citation to refer to",
        )
    if len(works) > 1:
        works = _sure_works(works, before)
    if len(works) > 1 and _volume_clue(citation, before):
        works = [_volume_clue(citation, before)]  # "Tamtéž, díl 1" after one work in "díl 1"
    if len(works) > 1 and _closes_with_ibid(before):
        works = [before[-1].work]  # "…; U.S. Gov’t …, Title (2008). *Id.* at 8." + "*Id.*"
    if len(works) > 1:
        works = _settle_by_pages(citation, works, before[0].note, state)
    if len(works) > 1 and works[-1] is not None:
        works = _last_cited(citation, works, before, state)
    if len(works) > 1:
        return unresolved(
            state,
            citation,
            Code.IBID_AMBIGUOUS,
            "ibid",
            _several_works(works, before),
            candidates=tuple(w for w in works if w),
        )
    if works[0] is None:
        return unresolved(
            state,
            citation,
            Code.IBID_UNRESOLVED,
            "ibid",
            "ibid. after a citation that could not be resolved",
        )
    state.resolutions.append(Resolution(citation.note, citation.index, "ibid", works[0]))
    return works[0]


def _sure_works(works: list[str | None], before: list[Citation]) -> list[str | None]:
    """WORKS without those a full citation gives by a title alone (no name, imprint or
    container read) that no marks set off: prose the splitter took for a citation ("„Klamra”
    miał na myśli cały okres …" after a quotation), which an ibid. does not repeat; all of
    them where none or all are so. (A report whose number was not read, "*Report of the Panel
    …*, UN Doc.", is a work cited: its title is in italics.)"""
    unsure = {c.work for c in before if c.kind is Kind.FULL and _unmarked_title_alone(c)}
    sure = [w for w in works if w not in unsure]
    return sure if sure else works


def _unmarked_title_alone(citation: Citation) -> bool:
    fields = citation.fields
    if any(value and not key.startswith("_") for key, value in fields.items() if key != "title"):
        return False
    title = fields.get("title", "").casefold()
    return not any(title in span.group().casefold() for span in titlespans.titles(citation.text))


# a volume named in a pinpoint: "díl 1, s. 205", "vol. II, p. 4", "Bd. 3, S. 7"
VOLUME_CLUE_RE = re.compile(
    r"\b(?:vol|vols|sv|díl|t|tome|Bd|Band|Teil|Т|т)\.?\s*(?P<number>[\dIVXLC]+)\b", re.IGNORECASE
)


def _volume_clue(citation: Citation, before: list[Citation]) -> str | None:
    """The one earlier work whose citation names the volume the ibid. names, if just one does."""
    clue = VOLUME_CLUE_RE.search(citation.locator or "")
    if not clue:
        return None
    wanted = " ".join(clue.group().casefold().replace(".", " ").split())
    named = {
        c.work
        for c in before
        for m in VOLUME_CLUE_RE.finditer(c.text)
        if " ".join(m.group().casefold().replace(".", " ").split()) == wanted
    }
    return named.pop() if len(named) == 1 and None not in named else None


def _settle_by_pages(
    citation: Citation, works: list[str | None], note: int, state: State
) -> list[str | None]:
    """ "Ibid., p. 31" after a book and an article in pp. 33-48: the book, probably. A guess
    from page ranges, so the doubt is still reported."""
    fitting = _within_pages(citation, works, state)
    if len(fitting) != 1:
        return works
    message = f"ibid. after note {note}, which cites {len(works)} works; taking the only one"
    message += " whose pages can hold the page cited"
    state.diagnostics.append(
        Diagnostic(
            Code.IBID_AMBIGUOUS, f"note {citation.note}: {message}", citation.note, citation.index
        )
    )
    return fitting


def _within_pages(citation: Citation, works: list[str | None], state: State) -> list[str | None]:
    """Drop the articles and chapters whose page range cannot hold the ibid.'s page; if all
    or none can, the doubt stands."""
    if not citation.locator or any(w is None for w in works):
        return works
    fitting = [w for w in works if page_fits(state.works[w], citation.locator)]
    return fitting if len(fitting) == 1 else works


def _closes_with_ibid(before: list[Citation]) -> bool:
    """Does the last note close with an ibid. of its own that found its work? An ibid. after
    it goes on with that work: the note's other works were left behind in it."""
    last = before[-1]
    return last.kind is Kind.IBID and last.work is not None


def _last_cited(
    citation: Citation, works: list[str | None], before: list[Citation], state: State
) -> list[str | None]:
    """ "Ebd., S. 47" after a note citing two works: by the usual reading, the one cited last
    (ibid. repeats the citation just before it). A guess, so the doubt is still reported."""
    message = f"note {citation.note}: {_several_works(works, before)}; taking the one cited last"
    state.diagnostics.append(
        Diagnostic(Code.IBID_AMBIGUOUS, message, citation.note, citation.index)
    )
    return works[-1:]


def _several_works(works: list[str | None], before: list[Citation]) -> str:
    """What an ibid. after a note of several WORKS has before it (BEFORE, that note's)."""
    listed = "; ".join(c.text[:50] for c in before)
    return f"ibid. after note {before[0].note}, which cites {len(works)} works ({listed})"
