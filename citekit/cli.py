"""The typer app: parse options, call the pipeline, render, choose the exit code."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from citekit import __version__, atomic, bibtex, cli_links, pipeline, render
from citekit.errors import CitekitError, ExitCode
from citekit.model import Report
from citekit.render import Format, ListFormat
from citekit.report import to_backrefs, to_duplicates

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain usage errors: "Error: ..." on one line, no boxes
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Citations, BibTeX entries and back-reference reports from the footnotes of an article.",
)

DocArg = Annotated[
    Path,
    typer.Argument(
        exists=True, dir_okay=False, help="Document to read (.txt, .md, .tex, .docx, .pdf)."
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
ExitZeroOpt = Annotated[
    bool, typer.Option("--exit-zero", help="Exit 0 even if problems are found.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full error of a failure.")]


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


def _stdout() -> Console:
    return Console(highlight=False, markup=False)


@contextlib.contextmanager
def cli_errors(*, debug: bool = False) -> Iterator[None]:
    """Turn errors into one line on stderr and their exit code; --debug re-raises."""
    try:
        yield
    except CitekitError as exc:
        if debug:
            raise
        _stderr().print(f"citekit: error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _stderr().print("citekit: interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if debug:
            raise
        _stderr().print(f"citekit: internal error: {exc!r} (please report it; --debug shows more)")
        raise typer.Exit(ExitCode.INTERNAL) from None


def _finish(report: Report, *, exit_zero: bool) -> None:
    _stderr().print(render.summary(report))
    has_findings = bool(report.diagnostics)
    raise typer.Exit(ExitCode.OK if exit_zero or not has_findings else ExitCode.FINDINGS)


@app.command()
def notes(
    path: DocArg,
    *,
    fmt: ListFormatOpt = ListFormat.TABLE,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List the notes of PATH (number, line, first words) and their problems.

    Example: citekit notes essay.txt --format json
    """
    with cli_errors(debug=debug):
        report = pipeline.find_notes(path)
        render.write_report(report, fmt, sys.stdout, _stdout(), notes_only=True)
    _finish(report, exit_zero=exit_zero)


@app.command()
def extract(
    path: DocArg,
    *,
    fmt: FormatOpt = Format.TABLE,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", dir_okay=False, help="Also write the entries to this .bib file."
        ),
    ] = None,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Extract the notes of PATH as citations and BibTeX entries.

    Example: citekit extract essay.txt -o essay.bib
    """
    with cli_errors(debug=debug):
        report = pipeline.extract(path)
        if output is not None:
            atomic.write_text(output, bibtex.dumps(report.works))
        render.write_report(report, fmt, sys.stdout, _stdout())
    _finish(report, exit_zero=exit_zero)


@app.command()
def backrefs(
    path: DocArg,
    *,
    fmt: ListFormatOpt = ListFormat.TABLE,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show the work each back-reference in PATH points to (ibid, op cit, short forms).

    Every doubt is listed too: ambiguous or unresolved back-references, short forms
    with no full citation or one that comes only later.

    Example: citekit backrefs essay.txt --format json
    """
    data = _listing(
        path, to_backrefs, render.backrefs_table, json=fmt is ListFormat.JSON, debug=debug
    )
    doubtful = any(row["diagnostics"] or row["key"] is None for row in data["backrefs"])
    _stderr().print(
        f"{len(data['backrefs'])} back-references, "
        f"{sum(1 for r in data['backrefs'] if r['key'] is None)} unresolved"
    )
    raise typer.Exit(ExitCode.FINDINGS if doubtful and not exit_zero else ExitCode.OK)


@app.command()
def duplicates(
    path: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A document, or a .bib library.")
    ],
    *,
    fmt: FormatOpt = Format.TABLE,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="(.bib) Merge each group into its first entry; needs -o."),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", dir_okay=False, help="(.bib) Where to write the merged library."
        ),
    ] = None,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Find the same work cited several ways (a document) or entered twice (a .bib).

    Example: citekit duplicates library.bib --merge -o merged.bib
    """
    if path.suffix.lower() == ".bib":
        from citekit import cli_bib  # bibtexparser loads only for a .bib

        with cli_errors(debug=debug):
            code = cli_bib.run_duplicates_bib(path, fmt=str(fmt), merge=merge, output=output)
        raise typer.Exit(ExitCode.OK if exit_zero and code == ExitCode.FINDINGS else code)
    # a document's groups come as a table or JSON (BibTeX output is for merging a .bib)
    data = _listing(
        path, to_duplicates, render.duplicates_table, json=fmt is not Format.TABLE, debug=debug
    )
    conflicting = sum(1 for g in data["groups"] if g["conflicts"])
    _stderr().print(
        f"{len(data['groups'])} works cited in several forms, {conflicting} with "
        "conflicting details"
    )
    raise typer.Exit(ExitCode.FINDINGS if conflicting and not exit_zero else ExitCode.OK)


def _listing(
    path: Path,
    build: Callable[[Report], dict[str, Any]],
    table: Callable[[dict[str, Any], Console], None],
    *,
    json: bool,
    debug: bool,
) -> dict[str, Any]:
    """Extract PATH, build a listing from the report, print it as JSON or a table."""
    with cli_errors(debug=debug):
        data = build(pipeline.extract(path))
        if json:
            render.dump_json(data, sys.stdout)
        else:
            table(data, _stdout())
    return data


def version_callback(value: bool) -> None:
    if value:
        print(f"citekit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    logging.basicConfig(level=logging.WARNING, format="citekit: %(message)s")


cli_links.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
