"""The extraction pipeline: read, split notes, parse, resolve, merge, key."""

from __future__ import annotations

from pathlib import Path

from citekit import bibtex, dedupe, resolve, sources
from citekit.model import Citation, Report
from citekit.notes import split_notes
from citekit.parse import build_context, inherit_authors, inherit_containers, parse_note


def find_notes(path: str | Path) -> Report:
    """The notes of the document at PATH, with note diagnostics; no citations."""
    doc = sources.read(path)
    notes, diagnostics = split_notes(doc)
    return Report(source=str(path), notes=notes, citations=(), works=(), diagnostics=diagnostics)


def extract(path: str | Path) -> Report:
    """Every note of the document at PATH, split into citations linked to works."""
    found = find_notes(path)
    context = build_context(note.text for note in found.notes)
    citations: list[Citation] = []
    for note in found.notes:
        citations.extend(parse_note(note, context))
    citations = list(inherit_containers(inherit_authors(tuple(citations))))
    resolved, resolutions, backref_problems = resolve.resolve(tuple(citations))
    works, linked, merge_problems = dedupe.merge_works(resolved)
    works = bibtex.assign_keys(works)
    diagnostics = found.diagnostics + backref_problems + merge_problems
    return Report(
        source=found.source,
        notes=found.notes,
        citations=linked,
        works=works,
        diagnostics=tuple(sorted(diagnostics, key=_diagnostic_order)),
        resolutions=resolutions,
    )


def _diagnostic_order(d: object) -> tuple[int, str]:
    note = getattr(d, "note", None)
    return (note if note is not None else -1, str(getattr(d, "code", "")))
