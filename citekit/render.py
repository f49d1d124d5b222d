"""Report -> json | table | bibtex, one function per format, picked by the Format enum."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from citekit import bibtex
from citekit.model import Report
from citekit.report import to_contract


class Format(StrEnum):
    """Output formats of `extract` (and of `duplicates` on a .bib)."""

    TABLE = "table"
    JSON = "json"
    BIBTEX = "bibtex"


class ListFormat(StrEnum):
    """Output formats of the commands that list findings: `notes`, `backrefs`, `duplicates`."""

    TABLE = "table"
    JSON = "json"


def dump_json(data: Any, out: TextIO) -> None:
    """JSON to OUT, never through rich (which would wrap and interpret brackets).

    The outer two levels are indented, each item below on one line: readable, and written by
    the C encoder (indenting every level takes longer than extracting a 5,000-note book).
    """
    out.write(_layered(data, 0))
    out.write("\n")


def _layered(data: Any, depth: int) -> str:
    pad, inner = "  " * depth, "  " * (depth + 1)
    if depth >= 2 or not isinstance(data, dict | list) or not data:
        return json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
    if isinstance(data, list):
        items = (inner + _layered(item, depth + 1) for item in data)
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    items = (
        f"{inner}{json.dumps(key, ensure_ascii=False)}: {_layered(value, depth + 1)}"
        for key, value in data.items()
    )
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def notes_table(report: Report, console: Console) -> None:
    """One row per note: number, line, first words."""
    table = Table(title=f"Notes in {report.source}", show_lines=False)
    table.add_column("note", justify="right")
    table.add_column("line", justify="right")
    table.add_column("text")
    for note in report.notes:
        words = note.text if len(note.text) <= 90 else note.text[:87] + "..."
        table.add_row(str(note.number), str(note.span.line), Text(words))
    console.print(table)
    _diagnostics_table(report, console)


def citations_table(report: Report, console: Console) -> None:
    """One row per citation: note, citation, kind, key, locator."""
    keys = {w.id: w.key for w in report.works}
    table = Table(title=f"Citations in {report.source}")
    for column in ("note", "citation", "kind", "key", "locator"):
        table.add_column(column, justify="right" if column == "note" else "left")
    for c in report.citations:
        key = keys.get(c.work, "") if c.work else ""
        table.add_row(
            str(c.note), Text(c.text), str(c.kind), Text(key or "—"), Text(c.locator or "")
        )
    console.print(table)
    _diagnostics_table(report, console)


def _diagnostics_table(report: Report, console: Console) -> None:
    if not report.diagnostics:
        return
    table = Table(title="Problems")
    table.add_column("note", justify="right")
    table.add_column("code")
    table.add_column("message")
    for d in report.diagnostics:
        table.add_row("" if d.note is None else str(d.note), str(d.code), Text(d.message))
    console.print(table)


def write_report(
    report: Report,
    fmt: Format | ListFormat,
    out: TextIO,
    console: Console,
    *,
    notes_only: bool = False,
) -> None:
    """Write REPORT in FMT: JSON and BibTeX as plain text to OUT, tables through CONSOLE."""
    if fmt == Format.JSON:
        dump_json(to_contract(report), out)
    elif fmt == Format.BIBTEX:
        out.write(bibtex.dumps(report.works))
    elif notes_only:
        notes_table(report, console)
    else:
        citations_table(report, console)


def summary(report: Report) -> str:
    """The one-line summary printed on stderr."""
    problems = len(report.diagnostics)
    return (
        f"{len(report.notes)} notes, {len(report.citations)} citations, "
        f"{len(report.works)} works, {problems} problem{'s' if problems != 1 else ''}"
    )


def backrefs_table(data: dict, console: Console) -> None:
    """One row per back-reference: note, text, rule, key, candidates, problem."""
    table = Table(title=f"Back-references in {data['source']}")
    for column in ("note", "citation", "rule", "key", "candidates", "problem"):
        table.add_column(column, justify="right" if column == "note" else "left")
    for row in data["backrefs"]:
        table.add_row(
            str(row["note"]),
            Text(row["text"]),
            row["rule"],
            Text(row["key"] or "—"),
            Text(", ".join(c or "?" for c in row["candidates"])),
            Text(", ".join(row["diagnostics"])),
        )
    console.print(table)


def duplicates_table(data: dict, console: Console) -> None:
    """One row per work cited in several forms, with the conflicts found."""
    table = Table(title=f"Works cited in several forms in {data['source']}", show_lines=True)
    for column in ("key", "notes", "forms", "conflicts"):
        table.add_column(column)
    for group in data["groups"]:
        notes = ", ".join(str(c["note"]) for c in group["citations"])
        forms = "\n".join(dict.fromkeys(c["text"] for c in group["citations"]))
        table.add_row(Text(group["key"]), notes, Text(forms), Text("\n".join(group["conflicts"])))
    console.print(table)
