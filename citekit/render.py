"""Report -> json | table | bibtex, one function per format, picked by the Format enum."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from citekit import latexchars
from citekit.model import Report
from citekit.printable import printable
from citekit.report import to_contract

if TYPE_CHECKING:  # rich loads only to draw a table: a JSON or BibTeX run never needs it
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text


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
    Written item by item: the report of a large document is never held twice as one string.
    """
    _write_layered(data, 0, out)
    out.write("\n")


# what json.dumps(…, ensure_ascii=False[, separators=…]) builds on each call, built once: a
# report writes some 30,000 values and keys
_VALUE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_KEY = json.JSONEncoder(ensure_ascii=False)


def _write_layered(data: Any, depth: int, out: TextIO) -> None:
    if depth >= 2 or not isinstance(data, dict | list) or not data:
        out.write(_VALUE.encode(data))
        return
    pad, inner = "  " * depth, "  " * (depth + 1)
    is_dict = isinstance(data, dict)
    out.write("{\n" if is_dict else "[\n")
    for position, item in enumerate(data.items() if is_dict else data):
        out.write(",\n" + inner if position else inner)
        if is_dict:
            out.write(_KEY.encode(item[0]) + ": ")
        _write_layered(item[1] if is_dict else item, depth + 1, out)
    out.write("\n" + pad + ("}" if is_dict else "]"))


def cell(text: str) -> Text:
    """Document text for a table cell: never markup, never a terminal control sequence."""
    from rich.text import Text

    return Text(printable(text))


def _table(title: str, **options: Any) -> Table:
    from rich.table import Table

    return Table(title=title, **options)


def add_key_column(table: Table, keys: Iterable[str | None], header: str = "key") -> None:
    """A column of citation keys as wide as the longest: a key is copied whole, never cut."""
    width = max((len(k) for k in keys if k), default=len(header))
    table.add_column(header, no_wrap=True, min_width=min(width, KEY_WIDTH_MAX))


KEY_WIDTH_MAX = 60  # wider keys fold (they are not Better BibTeX keys: a .bib's own)


def notes_table(report: Report, console: Console) -> None:
    """One row per note: number, line, first words."""
    table = _table(printable(f"Notes in {report.source}"), show_lines=False)
    table.add_column("note", justify="right")
    table.add_column("line", justify="right")
    table.add_column("text", overflow="fold")
    for note in report.notes:
        words = note.text if len(note.text) <= 90 else note.text[:87] + "..."
        table.add_row(str(note.number), str(note.span.line), cell(words))
    console.print(table)
    _diagnostics_table(report, console)


def citations_table(report: Report, console: Console) -> None:
    """One row per citation: note, citation, kind, key, locator."""
    keys = {w.id: w.key for w in report.works}
    table = _table(printable(f"Citations in {report.source}"))
    table.add_column("note", justify="right")
    table.add_column("citation", overflow="fold")  # a long URL wraps, it is not cut
    table.add_column("kind")
    add_key_column(table, keys.values())
    table.add_column("locator", overflow="fold")
    for c in report.citations:
        key = keys.get(c.work, "") if c.work else ""
        table.add_row(
            str(c.note), cell(c.text), str(c.kind), cell(key or "—"), cell(c.locator or "")
        )
    console.print(table)
    _diagnostics_table(report, console)


def _diagnostics_table(report: Report, console: Console) -> None:
    if not report.diagnostics:
        return
    table = _table("Problems")
    table.add_column("note", justify="right")
    table.add_column("code")
    table.add_column("message", overflow="fold")
    for d in report.diagnostics:
        table.add_row("" if d.note is None else str(d.note), str(d.code), cell(d.message))
    console.print(table)


def write_report(
    report: Report,
    fmt: Format | ListFormat,
    out: TextIO,
    console: Callable[[], Console],
    *,
    notes_only: bool = False,
) -> None:
    """Write REPORT in FMT: JSON as plain text to OUT, tables through the console that
    CONSOLE makes (the BibTeX format is the .bib text itself, which the command line writes)."""
    if fmt == Format.JSON:
        dump_json(to_contract(report), out)
    elif notes_only:
        notes_table(report, console())
    else:
        citations_table(report, console())


class Printer(Protocol):
    """Where a command prints its lines: a rich Console, or citekit.cli_console.Lines."""

    def print(self, text: str) -> None: ...


def tell_unprintable(stderr: Printer, bib: str, where: str) -> None:
    """Warn, one line a character, of what in the .bib WHERE would stop pdflatex."""
    for line in latexchars.unprintable_warnings(bib):
        stderr.print(printable(f"citekit: warning: {where}: {line}"))


def summary(report: Report, *, notes_only: bool = False) -> str:
    """The one-line summary printed on stderr (`notes` finds no citations: it does not say 0)."""
    problems = len(report.diagnostics)
    counts = [f"{len(report.notes)} notes"]
    if not notes_only:
        counts += [f"{len(report.citations)} citations", f"{len(report.works)} works"]
    counts.append(f"{problems} problem{'s' if problems != 1 else ''}")
    return ", ".join(counts)


def backrefs_table(data: dict, console: Console) -> None:
    """One row per back-reference: note, text, rule, key, candidates, problem."""
    table = _table(printable(f"Back-references in {data['source']}"))
    table.add_column("note", justify="right")
    table.add_column("citation", overflow="fold")
    table.add_column("rule")
    add_key_column(table, (row["key"] for row in data["backrefs"]))
    table.add_column("candidates", overflow="fold")
    table.add_column("problem", overflow="fold")
    for row in data["backrefs"]:
        table.add_row(
            str(row["note"]),
            cell(row["text"]),
            row["rule"],
            cell(row["key"] or "—"),
            cell(", ".join(c or "?" for c in row["candidates"])),
            cell(", ".join(row["diagnostics"])),
        )
    console.print(table)


def duplicates_table(data: dict, console: Console) -> None:
    """One row per work cited in several forms, with the conflicts found."""
    title = printable(f"Works cited in several forms in {data['source']}")
    table = _table(title, show_lines=True)
    add_key_column(table, (group["key"] for group in data["groups"]))
    table.add_column("notes")
    table.add_column("forms", overflow="fold")
    table.add_column("conflicts", overflow="fold")
    for group in data["groups"]:
        notes = ", ".join(str(c["note"]) for c in group["citations"])
        forms = "\n".join(dict.fromkeys(c["text"] for c in group["citations"]))
        table.add_row(cell(group["key"]), notes, cell(forms), cell("\n".join(group["conflicts"])))
    console.print(table)
