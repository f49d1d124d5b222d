"""`citekit extract|notes DOC... FOLDER...`: a corpus in one command, one merged library.

stdout: with `--format json` one report per document a line (JSON Lines), its entries under
their keys in the merged library; `bibtex` the merged library; a table of the documents
otherwise. A document that cannot be read is said on stderr, kept as an `error` line in
JSON Lines, and skipped; the run goes on and exits 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from citekit import atomic, bibout, corpus
from citekit.bibflavour import Flavour
from citekit.cli_progress import progress_bar
from citekit.errors import ExitCode, UsageError
from citekit.library import Library, merge_reports
from citekit.model import Code
from citekit.render import Format, ListFormat, cell, tell_unprintable
from citekit.report import to_contract


def documents(paths: Sequence[Path]) -> list[Path]:
    """The corpus named by PATHS (folders walked); a usage error when it holds no document."""
    found = corpus.expand(paths)
    if not found:
        names = ", ".join(f"'{p}'" for p in paths)
        raise UsageError(
            f"no documents in {names} (known suffixes: .txt .md .tex .docx .html .pdf)"
        )
    return found


def run(
    paths: Sequence[Path],
    *,
    fmt: Format | ListFormat,
    jobs: int,
    output: Path | None = None,
    notes_only: bool = False,
    stderr: Console,
    keys_from: Path | None = None,
    flavour: Flavour = Flavour.BIBLATEX,
    langid: str | None = None,
) -> tuple[list[corpus.Outcome], Library | None]:
    """Read the corpus, write what FMT asks on stdout (and the library to OUTPUT).

    KEYS_FROM, FLAVOUR and LANGID shape the merged library as they shape one document's
    .bib: keys an older library gives the same works, biblatex or classic BibTeX, the
    langid of works that tell none.
    """
    found = documents(paths)
    if output is not None:
        atomic.target(output, protect=found)  # refused before the run, not after it
    with progress_bar(stderr) as progress:
        tell = (lambda done, total: progress("documents", done, total)) if progress else None
        outcomes = corpus.run(found, jobs=jobs, notes_only=notes_only, done=tell)
    reports = [o.report for o in outcomes]
    library = None if notes_only else merge_reports(reports)
    if library is not None and keys_from is not None:
        library = bibout.rekey_library(library, keys_from)
    bib = bibout.dumps_library(library, reports, flavour=flavour, langid=langid) if library else ""
    if output is not None and library is not None:
        _write_library(output, bib, stderr)
    if output is not None or fmt == Format.BIBTEX:
        tell_unprintable(stderr, bib, output.name if output else "the .bib")
    _write(outcomes, library, fmt, sys.stdout, bib)
    _tell_problems(outcomes, stderr)
    return outcomes, library


def _write_library(output: Path, bib: str, stderr: Console) -> None:
    if not atomic.write_text(output, bib):
        stderr.print(f"citekit: nothing to write: '{output}' kept as it was")


def _write(
    outcomes: list[corpus.Outcome],
    library: Library | None,
    fmt: Format | ListFormat,
    out: TextIO,
    bib: str,
) -> None:
    if fmt == Format.JSON:
        for place, outcome in enumerate(outcomes):
            out.write(json.dumps(_json_line(place, outcome, library), ensure_ascii=False) + "\n")
    elif fmt == Format.BIBTEX and library is not None:
        out.write(bib)
    else:
        _documents_table(outcomes, Console(highlight=False, markup=False), notes_only=not library)


def _json_line(place: int, outcome: corpus.Outcome, library: Library | None) -> dict[str, Any]:
    if outcome.report is None:
        return {"source": outcome.path, "error": outcome.error}
    report = library.rekeyed(place, outcome.report) if library else outcome.report
    return to_contract(report)


def _documents_table(outcomes: list[corpus.Outcome], console: Console, *, notes_only: bool) -> None:
    table = Table(title=f"{len(outcomes)} documents")
    table.add_column("document", overflow="fold")
    counted = ("notes",) if notes_only else ("notes", "citations", "works")
    for name in (*counted, "problems"):
        table.add_column(name, justify="right")
    for outcome in outcomes:
        report = outcome.report
        if report is None:
            table.add_row(cell(outcome.path), *[""] * len(counted), cell(outcome.error or ""))
            continue
        sizes = [len(getattr(report, name)) for name in counted]
        table.add_row(cell(outcome.path), *map(str, sizes), str(len(report.diagnostics)))
    console.print(table)


def _tell_problems(outcomes: list[corpus.Outcome], stderr: Console) -> None:
    for outcome in outcomes:
        if outcome.report is None:
            stderr.print(f"citekit: error: {outcome.error} (skipped)")
            continue
        for d in outcome.report.diagnostics:
            if d.code is Code.NO_NOTES:
                stderr.print(f"citekit: warning: {outcome.path}: {d.message}")


def summary(outcomes: list[corpus.Outcome], library: Library | None) -> str:
    """'7 documents, 210 notes, 388 citations, 96 works in the library, 4 problems'."""
    reports = [o.report for o in outcomes if o.report is not None]
    failed = len(outcomes) - len(reports)
    problems = sum(len(r.diagnostics) for r in reports)
    parts = [f"{len(outcomes)} documents" + (f" ({failed} failed)" if failed else "")]
    parts.append(f"{sum(len(r.notes) for r in reports)} notes")
    if library is not None:
        parts.append(f"{sum(len(r.citations) for r in reports)} citations")
        parts.append(f"{len(library.works)} works in the library")
    parts.append(f"{problems} problem{'s' if problems != 1 else ''}")
    return ", ".join(parts)


def exit_code(outcomes: list[corpus.Outcome], *, exit_zero: bool) -> ExitCode:
    """1 when a document failed (whatever --exit-zero says) or, without it, has problems;
    a corpus of which no document could be read fails as its first document did."""
    failures = [o for o in outcomes if o.report is None]
    if failures and len(failures) == len(outcomes):
        return failures[0].exit_code
    if failures:
        return ExitCode.FINDINGS
    has_findings = any(o.report.diagnostics for o in outcomes if o.report)
    return ExitCode.FINDINGS if has_findings and not exit_zero else ExitCode.OK
