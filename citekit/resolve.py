"""Every citation -> the work it cites: full citations clustered, back-references resolved. Pure.

One ordered pass, as a reader reads: a full citation opens (or joins) a work; an ibid. takes
the work cited just before; an op. cit. the latest earlier work by its author; a short form
the earlier (or, failing that, later) work whose names and title it abbreviates. Doubt is
reported, never guessed: the citation keeps `work=None` and a diagnostic says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from citekit import compoundfamily, familyfirst, identity, namedfirst
from citekit.model import Citation, Diagnostic, Kind, Resolution
from citekit.notetexts import NoteTexts
from citekit.resolvepointer import resolve_named_ibid, resolve_opcit, resolve_short_form
from citekit.resolvereference import by_reference, units_named
from citekit.resolveshort import as_book
from citekit.resolvestate import REACH, State, Strategy, Work, settle
from citekit.resolvethin import thin_full_match
from citekit.resolveyearpage import page_not_year

__all__ = ["REACH", "resolve"]


def resolve(
    citations: tuple[Citation, ...],
    notes: Mapping[int, str] | None = None,
    *,
    listed: bool = False,
) -> tuple[tuple[Citation, ...], tuple[Resolution, ...], tuple[Diagnostic, ...]]:
    """Give every citation its work id (or None, with a diagnostic), in document order.
    NOTES: each note's text by its number, where a short form's full citation may be read
    from the words when no parsed citation holds it (citekit.notetexts). LISTED: the document
    has a bibliography, which may answer a short form that the notes do not."""
    state = State(note_texts=NoteTexts(dict(notes or {})))
    citations = familyfirst.turned(citations)  # "Király István" when notes say "Király: i. m."
    citations = compoundfamily.joined(citations)  # "Henk Schulte Nordholt": "Schulte Nordholt, 5"
    _open_works(citations, state)
    strategies: dict[Kind, Strategy] = {
        Kind.FULL: _resolve_full,
        Kind.SHORT: resolve_short_form,
        Kind.IBID: resolve_named_ibid,
        Kind.OP_CIT: resolve_opcit,
        Kind.PERSONAL: _resolve_personal,
    }
    for position, citation in enumerate(citations):
        if citation.kind is Kind.SHORT and "year" in citation.fields:
            citation = page_not_year(citation, state)  # "Cohn, 1521": a page, no year
        work = strategies[citation.kind](citation, position, state)
        # "Alice Thornton, *Book 1*, 68", which no full citation answers: the first, not a short
        if not listed and namedfirst.first_in_full(citation, work, state):
            citation, work = namedfirst.as_full(citation, work, position, state)
        if work is not None:
            state.cite(work, position)
        if position in state.cited_again:
            citation = replace(citation, kind=Kind.SHORT)
        if citation.kind is Kind.SHORT and work is not None:
            citation = units_named(citation, state.works[work])  # "…, d. 826, l. 9": "l. 9"
        resolved = linked(citation, work)
        if work in state.book_works:  # the book is stated in its chapter's citation
            resolved = as_book(resolved, state.works[work])
        state.resolved.append(resolved)
        state.by_note.setdefault(citation.note, []).append(resolved)
    return tuple(state.resolved), tuple(state.resolutions), tuple(state.diagnostics)


def linked(citation: Citation, work: str | None) -> Citation:
    """CITATION of WORK: dataclasses.replace(citation, work=work) at half its cost, asked of
    every citation (tests/test_speed_exact.py keeps the fields listed here complete)."""
    return Citation(
        citation.note,
        citation.index,
        citation.text,
        citation.kind,
        citation.locator,
        citation.fields,
        citation.entry_type,
        work,
        citation.truncated,
    )


def _open_works(citations: tuple[Citation, ...], state: State) -> None:
    """First sweep: cluster the full citations into works (so short forms can look ahead)."""
    for position, citation in enumerate(citations):
        if citation.kind is not Kind.FULL:
            continue
        match = _matching_full(citation, position, state)
        if match is None:
            match = Work(
                f"w{len(state.works) + 1}",
                dict(citation.fields),
                citation.entry_type,
                True,
                position,
                hereafter=citation.fields.get("_hereafter", ""),
                first_note=citation.note,
            )
            state.add(match)
        elif by_reference(citation, position, state):  # the item again by its call number:
            state.cited_again.add(position)  # a short form, whose few words are no fields
        else:
            pages = citation.fields.get("pages")
            match.ranges_differ |= bool(pages) and match.fields.get("pages", pages) != pages
            for key, value in citation.fields.items():
                match.fields.setdefault(key, value)
            match.hereafter = match.hereafter or citation.fields.get("_hereafter", "")
        state.full_work[position] = match.id
        state.full_texts.add(match.id, citation.text)
    state.announced = [w for w in state.works.values() if w.hereafter]
    for work in state.works.values():
        settle(work)


def _matching_full(citation: Citation, position: int, state: State) -> Work | None:
    for work in state.candidates(dict(citation.fields)):
        if identity.same_full_work(
            work.fields, citation.fields, work.entry_type, citation.entry_type
        ):
            return work
    referenced = by_reference(citation, position, state)  # "…, PUP 1/4": the item again
    return next(iter(referenced), None) or thin_full_match(citation, state)


def _resolve_full(citation: Citation, position: int, state: State) -> str | None:
    return state.full_work[position]


def _resolve_personal(citation: Citation, position: int, state: State) -> str | None:
    work = Work(f"p{len(state.works) + 1}", dict(citation.fields), "misc", True, position)
    settle(work)
    state.works[work.id] = work
    return work.id
