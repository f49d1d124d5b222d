"""The extraction pipeline: read, split notes, parse, resolve, merge, key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from citekit import bibtex, dedupe, resolve, sources
from citekit.model import Citation, Report
from citekit.notes import split_notes
from citekit.parse import build_context, inherit_authors, inherit_containers, parse_note

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
    notes, diagnostics = split_notes(doc)
    return Report(source=str(path), notes=notes, citations=(), works=(), diagnostics=diagnostics)


def extract(path: str | Path, *, progress: ProgressFn | None = None) -> Report:
    """Every note of the document at PATH, split into citations linked to works.

    Args:
        path: the document.
        progress: called as the run goes on (stage, done, total), for a progress bar.
    """
    progress = progress or _silent
    found = find_notes(path, progress=progress)
    context = build_context(note.text for note in found.notes)
    citations: list[Citation] = []
    total = len(found.notes)
    for done, note in enumerate(found.notes, start=1):
        citations.extend(parse_note(note, context))
        if done % PROGRESS_EVERY == 0 or done == total:
            progress("parsing notes", done, total)
    progress("linking works", total, None)
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


PROGRESS_EVERY = 50  # notes between two progress reports


def _diagnostic_order(d: object) -> tuple[int, str]:
    note = getattr(d, "note", None)
    return (note if note is not None else -1, str(getattr(d, "code", "")))
