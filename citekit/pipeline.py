"""The extraction pipeline: read, split notes, parse, resolve, merge, key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from citekit import (
    bibarchive,
    bibcite,
    bibhereafter,
    biblink,
    bibsection,
    bibtex,
    caselinks,
    dedupe,
    resolve,
    shortnamed,
    shortstyle,
    sources,
)
from citekit.model import Citation, Code, Document, Report
from citekit.notes import split_notes
from citekit.parse import (
    build_context,
    inherit_authors,
    inherit_containers,
    parse_note,
    second_reading,
)
from citekit.parse.entrychecks import checked_entry
from citekit.parse.labelled import combine_entry
from citekit.parse.mixedquotes import as_written, mended_notes
from citekit.parse.readingcopy import reading_notes
from citekit.parse.reference import Reference, parse_reference

# told where a long run stands: (stage, done, total or None when unknown)
ProgressFn = Callable[[str, int, int | None], None]


def _silent(stage: str, done: int, total: int | None) -> None:
    return None


def find_notes(path: str | Path, *, progress: ProgressFn | None = None) -> Report:
    """The notes of the document at PATH, with note diagnostics; no citations."""
    progress = progress or _silent
    progress("reading", 0, None)
    doc = sources.read(path)
    progress("finding notes", 0, None)
    return _notes_beside(path, doc, bibsection.find(doc))


def _notes_beside(path: str | Path, doc: Document, section: bibsection.Section | None) -> Report:
    """The notes of DOC apart from its bibliography SECTION: `notes` and `extract` alike."""
    return _outside(_notes_of(path, _without_section(doc, section)), section)


def _notes_of(path: str | Path, doc: Document) -> Report:
    notes, diagnostics = split_notes(doc)
    return Report(source=str(path), notes=notes, citations=(), works=(), diagnostics=diagnostics)


# formats whose notes are found in the layout of the text: a bibliography there is no note
LAYOUT_FORMATS = frozenset({"txt", "docx", "pdf"})


def _without_section(doc: Document, section: bibsection.Section | None) -> Document:
    """The document with its bibliography's lines blanked, so that no note runs into it."""
    if section is None or doc.format not in LAYOUT_FORMATS:
        return doc
    lines = doc.text.split("\n")
    for index in range(section.first_line - 1, min(section.last_line, len(lines))):
        lines[index] = ""
    return replace(doc, text="\n".join(lines))


def _outside(found: Report, section: bibsection.Section | None) -> Report:
    """Without the "notes" that are the section's own numbered entries ("[3] Duncan M, …")."""
    if section is None:
        return found
    entries = bibsection.numbered(section)
    kept = tuple(n for n in found.notes if (n.number, bibsection.opening(n.text)) not in entries)
    return found if len(kept) == len(found.notes) else replace(found, notes=kept)


def _references(section: bibsection.Section | None) -> tuple[Reference, ...]:
    out: list[Reference] = []
    for entry in section.entries if section else ():
        archival = bibarchive.archival_entry(entry.text)
        if archival is not None:  # "Archives …, Paris. Dossier Méchain.": a collection
            out.append(archival)
            continue
        # "(hereafter *Letters*)" names the work's short form, no field of it
        text = bibhereafter.without_forms(entry.text)
        reference = parse_reference(text, out[-1].head if out else None)
        reference = checked_entry(combine_entry(reference, loose=False))
        out.append(replace(reference, text=entry.text) if text != entry.text else reference)
    return tuple(out)


def extract(
    path: str | Path, *, progress: ProgressFn | None = None, references: bool = False
) -> Report:
    """Every note of the document at PATH, split into citations linked to works.

    Args:
        path: the document.
        progress: called as the run goes on (stage, done, total), for a progress bar.
        references: the document is a reference list: every paragraph is an entry.
    """
    progress = progress or _silent
    progress("reading", 0, None)
    doc = sources.read(path)
    section = bibsection.whole(doc) if references else bibsection.find(doc)
    progress("finding notes", 0, None)
    if references:
        found = Report(source=str(path), notes=(), citations=(), works=(), diagnostics=())
    else:
        found = _notes_beside(path, doc, section)
    entries = _references(section)
    by_family = bibcite.index(entries)
    notes = reading_notes(mended_notes(found.notes))  # “Title," read as “Title,”
    context = bibhereafter.with_listed_forms(build_context(n.text for n in notes), entries)
    first: list[tuple[Citation, ...]] = []
    total = len(notes)
    for done, note in enumerate(notes, start=1):
        first.append(parse_note(note, context))
        if done % PROGRESS_EVERY == 0 or done == total:
            progress("parsing notes", done, total)
    citations: list[Citation] = []
    again = second_reading(notes, first, context, [e.fields for e in entries])
    for written, note, cited in zip(found.notes, notes, again, strict=True):
        citations.extend(as_written(bibcite.cited(note, cited, by_family), note.text, written.text))
    progress("linking works", total, None)
    citations = list(inherit_containers(inherit_authors(tuple(citations))))
    texts = {n.number: n.text for n in reversed(found.notes)}  # the first note of a number
    resolved, resolutions, backref_problems = resolve.resolve(
        tuple(citations), texts, listed=bool(entries)
    )
    works, linked, merge_problems = dedupe.merge_works(resolved)
    works = caselinks.without_shared_links(works)
    diagnostics = found.diagnostics + backref_problems + merge_problems
    if entries:
        works, linked, findings, in_bib = biblink.link(works, linked, entries)
        diagnostics = _with_bibliography(diagnostics, linked, findings, in_bib)
    diagnostics = shortstyle.without_style(diagnostics, linked)  # once the bibliography answered
    diagnostics = shortnamed.without_named(diagnostics, linked, texts)
    works = bibtex.assign_keys(works)
    return Report(
        source=found.source,
        notes=found.notes,
        citations=linked,
        works=works,
        diagnostics=tuple(sorted(diagnostics, key=_diagnostic_order)),
        resolutions=resolutions,
    )


def _with_bibliography(diagnostics: tuple, linked: tuple[Citation, ...], findings: tuple,
                       in_bib: frozenset[str]) -> tuple:  # fmt: skip
    """Findings once the bibliography is known: a short form it answers (its work is one of
    IN_BIB) is no longer alone, whatever else its note cites that the bibliography lacks."""
    kept = biblink.drop_answered(diagnostics, linked, in_bib)
    if not linked:
        findings = ()  # a reference list alone: no entry is expected to be cited
    return tuple(d for d in kept if d.code is not Code.NO_NOTES) + findings


PROGRESS_EVERY = 50  # notes between two progress reports


def _diagnostic_order(d: object) -> tuple[int, str]:
    note = getattr(d, "note", None)
    return (note if note is not None else -1, str(getattr(d, "code", "")))
