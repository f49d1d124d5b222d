"""Report -> the JSON shape of CONTRACT.md (the one place that knows its key names)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

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
        notes.append(
            {
                "number": note.number,
                "text": note.text,
                "line": note.span.line,
                "citations": [_citation(c, keys) for c in cited],
            }
        )
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


def to_backrefs(report: Report) -> dict[str, Any]:
    """Every ibid., op. cit. and short form: where it points, by which rule, and any doubt."""
    keys = {w.id: w.key for w in report.works}
    citations = {(c.note, c.index): c for c in report.citations}
    problems: dict[int, list[str]] = {}
    for d in report.diagnostics:
        if d.note is not None:
            problems.setdefault(d.note, []).append(str(d.code))
    rows = []
    for r in report.resolutions:
        citation = citations.get((r.note, r.index))
        rows.append(
            {
                "note": r.note,
                "text": citation.text if citation else "",
                "kind": str(citation.kind) if citation else "",
                "rule": r.rule,
                "key": keys.get(r.work) if r.work else None,
                "candidates": [keys.get(c, c) for c in r.candidates],
                "diagnostics": sorted(set(problems.get(r.note, [])) & _BACKREF_CODES),
            }
        )
    return {"source": report.source, "backrefs": rows}


_BACKREF_CODES = {
    "ibid-ambiguous",
    "ibid-unresolved",
    "opcit-ambiguous",
    "opcit-unresolved",
    "short-without-full",
    "short-before-full",
}


def to_duplicates(report: Report) -> dict[str, Any]:
    """Works cited in more than one form, with the citations that disagree."""
    by_work: dict[str, list[Citation]] = {}
    for c in report.citations:
        if c.work:
            by_work.setdefault(c.work, []).append(c)
    conflicts: dict[int, list[str]] = {}
    for d in report.diagnostics:
        if str(d.code) == "inconsistent-citation" and d.note is not None:
            conflicts.setdefault(d.note, []).append(d.message)
    groups = []
    for work in report.works:
        cited = by_work.get(work.id, [])
        forms = list(dict.fromkeys(" ".join(c.text.split()) for c in cited))
        if len(forms) < 2:
            continue
        groups.append(
            {
                "key": work.key,
                "citations": [{"note": c.note, "kind": str(c.kind), "text": c.text} for c in cited],
                "conflicts": [
                    m
                    for c in cited
                    for m in conflicts.get(c.note, [])
                    if f"note {c.note} disagrees" in m
                ],
            }
        )
    return {"source": report.source, "groups": groups}


class HasWorks(Protocol):
    """A Report, or a citekit.library.Library: anything holding keyed works."""

    @property
    def works(self) -> tuple[Work, ...]: ...


def to_bibtex(source: HasWorks, reports: Sequence[Report | None] = ()) -> str:
    """The works of a report (or a merged library) as .bib text, as `-o FILE.bib` writes it.

    A report also gives each work the langid and short title its notes tell (citekit.bibout);
    a merged library takes them from the REPORTS it was merged from, as `citekit extract DIR
    -o FILE.bib` does (without them it has only the works).
    """
    from citekit import bibout, bibtex  # bibtexparser loads only when a .bib is written

    if isinstance(source, Report):
        return bibout.dumps(source)
    if reports:
        return bibout.dumps_library(source, reports)
    return bibtex.dumps(source.works)
