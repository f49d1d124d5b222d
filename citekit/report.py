"""Report -> the JSON shape of CONTRACT.md (the one place that knows its key names)."""

from __future__ import annotations

from typing import Any

from citekit.model import Citation, Report, Work


def to_contract(report: Report) -> dict[str, Any]:
    """The extraction report as CONTRACT.md names its keys."""
    keys = {w.id: w.key for w in report.works}
    by_note: dict[int, list[Citation]] = {}
    for citation in report.citations:
        by_note.setdefault(citation.note, []).append(citation)
    seen: set[int] = set()
    notes = []
    for note in report.notes:
        cited = by_note.get(note.number, []) if note.number not in seen else []
        seen.add(note.number)
        notes.append({
            "number": note.number,
            "text": note.text,
            "line": note.span.line,
            "citations": [_citation(c, keys) for c in cited],
        })
    return {
        "source": report.source,
        "notes": notes,
        "entries": [entry(w) for w in report.works],
        "diagnostics": [
            {"note": d.note, "code": str(d.code), "message": d.message} for d in report.diagnostics
        ],
    }


def _citation(citation: Citation, keys: dict[str, str]) -> dict[str, Any]:
    return {
        "text": citation.text,
        "kind": str(citation.kind),
        "key": keys.get(citation.work) if citation.work else None,
        "locator": citation.locator,
    }


def entry(work: Work) -> dict[str, str]:
    """A work as bibtexparser holds an entry: ID, ENTRYTYPE, then the fields."""
    return {"ID": work.key, "ENTRYTYPE": work.entry_type, **dict(work.fields)}
