"""`citekit duplicates FILE.bib`: the command-line face of citekit.bibdupes."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bibtexparser
from bibtexparser.middlewares import AddEnclosingMiddleware
from rich.console import Console
from rich.table import Table
from rich.text import Text

from citekit import atomic, bibdupes, bibtex
from citekit.errors import CitekitError, ExitCode
from citekit.printable import printable
from citekit.render import Format, add_key_column, cell, dump_json


def run_duplicates_bib(path: Path, *, fmt: str, merge: bool, output: Path | None) -> int:
    """Report the duplicate entries of the .bib file at PATH; with MERGE, write OUTPUT.

    Args:
        path: the library to read.
        fmt: "table" (rich, default), "json" or "bibtex" (the merged library on stdout).
        merge: merge each group into its first entry (needs OUTPUT, or fmt "bibtex").
        output: where the merged library goes, written atomically after a successful run.

    Returns:
        0 no duplicates, 1 duplicates found, 2 usage error, 3 unreadable input or output.
    """
    problem = _usage_problem(path, fmt, merge=merge, output=output)
    if problem:
        return _fail(problem, ExitCode.USAGE)
    try:
        with _paused_gc():
            findings = bibdupes.find(path)
        for warning in findings.warnings:
            _say(f"citekit: warning: {path}: {warning}")
        merged = _merged_text(findings) if merge else None
        if merged is not None and output is not None:
            atomic.write_text(output, merged, protect=(path,))
    except CitekitError as exc:
        return _fail(str(exc), exc.exit_code)
    _write(findings, Format(fmt), merged)
    _say(summary(findings, output if merge else None))
    return int(ExitCode.FINDINGS if findings.groups else ExitCode.OK)


@contextlib.contextmanager
def _paused_gc() -> Iterator[None]:
    """Reading a library makes millions of objects and no cycles: the cyclic collector
    would rescan them again and again for nothing (a third of the run at 100,000 entries)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _usage_problem(path: Path, fmt: str, *, merge: bool, output: Path | None) -> str:
    if fmt not in set(Format):
        return f"unknown format '{fmt}' (choose table, json or bibtex)"
    if merge and output is None and fmt != Format.BIBTEX:
        return "--merge needs -o/--output OUT.bib (or --format bibtex)"
    if output is not None and not merge:
        return "-o/--output is only for --merge"
    if fmt == Format.BIBTEX and not merge:
        return "--format bibtex prints the merged library: add --merge"
    if not path.exists():
        return f"no such file: '{path}'"
    return ""


def _merged_text(findings: bibdupes.Findings) -> str:
    library = bibdupes.merge(findings.library, findings.groups)
    # Keep each value's own delimiters ("..." or {...}, bare numbers and @string names).
    stack = [
        AddEnclosingMiddleware(
            reuse_previous_enclosing=True,
            enclose_integers=False,
            default_enclosing="{",
            allow_inplace_modification=True,
        )
    ]
    return bibtexparser.write_string(
        library, unparse_stack=stack, bibtex_format=bibtex.bib_format()
    )


def _write(findings: bibdupes.Findings, fmt: Format, merged: str | None) -> None:
    if fmt is Format.JSON:
        dump_json(to_json(findings), sys.stdout)
    elif fmt is Format.BIBTEX:
        sys.stdout.write(merged or "")
    else:
        groups_table(findings, Console(highlight=False, markup=False))


def to_json(findings: bibdupes.Findings) -> dict[str, Any]:
    """The JSON report: source, groups (keys, reason, score, conflicts), summary, warnings."""
    groups = [
        {
            "keys": list(g.keys),
            "reason": str(g.reason),
            "score": g.score,
            "conflicts": {name: dict(values) for name, values in g.conflicts.items()},
        }
        for g in findings.groups
    ]
    return {
        "source": findings.source,
        "groups": groups,
        "summary": _counts(findings),
        "warnings": list(findings.warnings),
    }


def _counts(findings: bibdupes.Findings) -> dict[str, int]:
    return {
        "entries": len(findings.library.entries),
        "groups": len(findings.groups),
        "duplicates": sum(len(g.keys) - 1 for g in findings.groups),
    }


def groups_table(findings: bibdupes.Findings, console: Console) -> None:
    """One row per group: keys, reason, score, and the conflicting fields side by side."""
    table = Table(title=printable(f"Duplicates in {findings.source}"), show_lines=True)
    table.add_column("#", justify="right")
    add_key_column(table, (key for group in findings.groups for key in group.keys), "keys")
    table.add_column("reason")
    table.add_column("score", justify="right")
    table.add_column("conflicts", overflow="fold")
    for number, group in enumerate(findings.groups, start=1):
        table.add_row(
            str(number),
            cell("\n".join(group.keys)),
            str(group.reason),
            f"{group.score:.2f}",
            _conflict_text(group),
        )
    console.print(table)


def _conflict_text(group: bibdupes.Group) -> Text:
    lines = []
    for name, by_key in group.conflicts.items():
        lines.append(f"{name}:")
        lines.extend(f"  {key}: {_short(value)}" for key, value in by_key.items())
    return cell("\n".join(lines) or "—")


def _short(value: str, limit: int = 70) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 3] + "..."


def summary(findings: bibdupes.Findings, output: Path | None) -> str:
    """The one-line summary for stderr."""
    counts = _counts(findings)
    line = (
        f"{counts['entries']} entries, {counts['groups']} duplicate groups, "
        f"{counts['duplicates']} duplicates"
    )
    if output is not None:
        line += f"; merged library written to {output}"
    return line


def _fail(message: str, code: ExitCode) -> int:
    _say(f"citekit: error: {message}")
    return int(code)


def _say(line: str) -> None:
    """One line on stderr, never wrapped (scripts grep these)."""
    Console(stderr=True, highlight=False, markup=False).print(line, soft_wrap=True)
