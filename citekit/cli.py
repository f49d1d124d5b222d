"""The typer app: parse options, call the pipeline, render, choose the exit code."""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any

import typer

from citekit import __version__, atomic, bibout, cli_console, cli_links, patterncache, render
from citekit.bibflavour import Flavour
from citekit.cli_console import stderr as _stderr
from citekit.cli_console import stdout as _stdout
from citekit.cli_progress import progress_bar
from citekit.errors import CitekitError, ExitCode, UsageError
from citekit.model import Code, Report
from citekit.render import Format, ListFormat
from citekit.report import to_backrefs, to_duplicates

if TYPE_CHECKING:  # rich loads only for a terminal or a table (citekit.cli_console)
    from rich.console import Console

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,  # plain usage errors: "Error: ..." on one line, no boxes
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Citations, BibTeX entries and back-reference reports from the footnotes of an article.",
)


WEB_ADDRESS_RE = re.compile(r"(?:https?|ftp)://|www\.", re.IGNORECASE)


def _document_path(value: str) -> Path:
    """An existing file; a web address is refused with a hint (citekit reads no pages itself)."""
    path = _corpus_path(value)
    if path.is_dir():
        raise typer.BadParameter(f"file {value!r} is a directory.")
    return path


def _corpus_path(value: str) -> Path:
    """An existing file or folder; a web address is refused with a hint."""
    if WEB_ADDRESS_RE.match(value):
        raise typer.BadParameter(
            f"{value!r} is a web address: citekit reads files, not the network "
            "(save the page as .html and pass the file)"
        )
    path = Path(value)
    if not path.exists():
        raise typer.BadParameter(f"file {value!r} does not exist.")
    return path


DocArg = Annotated[
    Path,
    typer.Argument(
        parser=_document_path,
        help="Document to read (.txt, .md, .tex, .docx, .html, .pdf).",
    ),
]
DocsArg = Annotated[
    list[Path],
    typer.Argument(
        parser=_corpus_path,
        metavar="path",
        show_default=False,
        help="Documents (.txt, .md, .tex, .docx, .html, .pdf) or folders of them; several "
        "make one corpus.",
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        show_default=False,
        help="Worker processes for a corpus (default: the CPUs).",
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
ExitZeroOpt = Annotated[
    bool, typer.Option("--exit-zero", help="Exit 0 even if problems are found.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the full error of a failure.")]


def _pipeline() -> ModuleType:
    """The library API (citekit.extract, citekit.find_notes): the command line is one of its
    callers. The parser loads on first use: `duplicates FILE.bib` never needs it. What the
    imports made (modules, compiled patterns, lexicons) lives to the end: frozen, the collector
    no longer walks it on each of its passes over the document's objects."""
    import citekit

    patterncache.install()  # the patterns' compiled programs, kept from the runs before
    with patterncache.declaring():
        import citekit.pipeline  # noqa: F401  (the parser's modules, loaded before the freeze)

    gc.freeze()
    return citekit


@contextlib.contextmanager
def cli_errors(*, debug: bool = False) -> Iterator[None]:
    """Turn errors into one line on stderr and their exit code; --debug adds the traceback
    (the exit code stays the error's own: scripts must not see 1, "findings", for a failure)."""
    try:
        yield
    except CitekitError as exc:
        if debug:
            traceback.print_exc()
        _stderr().print(f"citekit: error: {exc}")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _stderr().print("citekit: interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        cli_console.quiet_stdout()
        raise typer.Exit(ExitCode.PIPE_CLOSED) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if debug:
            traceback.print_exc()
        _stderr().print(f"citekit: internal error: {exc!r} (please report it; --debug shows more)")
        raise typer.Exit(ExitCode.INTERNAL) from None


def _finish(report: Report, *, exit_zero: bool, notes_only: bool = False) -> None:
    stderr = _stderr()
    for diagnostic in report.diagnostics:
        if diagnostic.code is Code.NO_NOTES:  # the whole result is empty: say why, not only "0"
            stderr.print(f"citekit: warning: {report.source}: {diagnostic.message}")
    stderr.print(render.summary(report, notes_only=notes_only))
    has_findings = bool(report.diagnostics)
    raise typer.Exit(ExitCode.OK if exit_zero or not has_findings else ExitCode.FINDINGS)


def _extract(path: Path, *, notes_only: bool = False, references: bool = False) -> Report:
    """Run the pipeline on PATH, with a progress bar on stderr when it takes a while."""
    with progress_bar(_stderr()) as progress:
        if notes_only:
            return _pipeline().find_notes(path, progress=progress)
        return _pipeline().extract(path, progress=progress, references=references)


def _write_bib(output: Path, text: str, *, document: Path) -> None:
    """The .bib TEXT to OUTPUT; an existing .bib is kept when there is nothing to write."""
    if not atomic.write_text(output, text, protect=(document,)):
        _stderr().print(f"citekit: nothing to write: '{output}' kept as it was")


@app.command()
def notes(
    paths: DocsArg,
    *,
    fmt: ListFormatOpt = ListFormat.TABLE,
    jobs: JobsOpt = None,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List the notes of each document (number, line, first words) and their problems.

    Several documents or a folder: one JSON line per document with --format json.

    Example: citekit notes essay.txt --format json
    """
    if not _one_document(paths):
        _corpus(paths, fmt=fmt, jobs=jobs, exit_zero=exit_zero, debug=debug, notes_only=True)
    path = paths[0]
    with cli_errors(debug=debug):
        report = _extract(path, notes_only=True)
        render.write_report(report, fmt, sys.stdout, _stdout, notes_only=True)
    _finish(report, exit_zero=exit_zero, notes_only=True)


@app.command()
def extract(
    paths: DocsArg,
    *,
    fmt: FormatOpt = Format.TABLE,
    output: Annotated[
        Path | None,
        # no dir_okay=False: atomic.target refuses a folder in one line, as any other non-file
        typer.Option("--output", "-o", help="Also write the entries to this .bib file."),
    ] = None,
    references: Annotated[
        bool,
        typer.Option(
            "--references",
            help="The document is a reference list: each paragraph or numbered line an entry.",
        ),
    ] = False,
    classic: Annotated[
        bool,
        typer.Option(
            "--bibtex",
            help="Write classic BibTeX (book, misc, journal, address, month = feb, "
            "LaTeX accents) instead of biblatex.",
        ),
    ] = False,
    langid: Annotated[
        str | None,
        typer.Option(
            "--langid",
            help="The langid (babel name, e.g. english) of works whose title and note "
            "do not tell their language.",
        ),
    ] = None,
    keys_from: Annotated[
        Path | None,
        typer.Option(
            "--keys-from",
            exists=True,
            dir_okay=False,
            help="Keep the keys this .bib already gives the same works.",
        ),
    ] = None,
    jobs: JobsOpt = None,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Extract the notes of each document as citations and BibTeX entries.

    Several documents or a folder make one library, each work once (-o, -f bibtex);
    --format json gives one report per document a line (JSON Lines). A document's
    bibliography (under a heading such as "Bibliography" or "Works Cited") is read too; a
    document that is only a reference list becomes a .bib.

    Example: citekit extract essay.txt -o essay.bib; citekit extract thesis/ -o library.bib
    """
    how = {"flavour": Flavour.BIBTEX if classic else Flavour.BIBLATEX, "langid": langid}
    if not _one_document(paths):
        if references:  # refused, never ignored
            _usage_error(debug, "--references reads one reference list, not a corpus")
        library_how = {**how, "keys_from": keys_from}
        _corpus(
            paths,
            fmt=fmt,
            output=output,
            jobs=jobs,
            exit_zero=exit_zero,
            debug=debug,
            **library_how,
        )
    path = paths[0]
    with cli_errors(debug=debug):
        if output is not None:
            atomic.target(output, protect=(path,))  # refused before the run, not after it
        report = _extract(path, references=references)
        if keys_from is not None:
            report = bibout.rekey(report, keys_from)
        # the .bib is written once, for -o and for --format bibtex alike
        bib = bibout.dumps(report, **how) if output is not None or fmt == Format.BIBTEX else ""
        if output is not None:
            _write_bib(output, bib, document=path)
        render.tell_unprintable(_stderr(), bib, output.name if output else "the .bib")
        if fmt == Format.BIBTEX:
            sys.stdout.write(bib)
        else:
            render.write_report(report, fmt, sys.stdout, _stdout)
    _finish(report, exit_zero=exit_zero)


def _usage_error(debug: bool, message: str) -> None:
    """Stop with MESSAGE on one line and exit 2."""
    with cli_errors(debug=debug):
        raise UsageError(message)


def _one_document(paths: list[Path]) -> bool:
    """One file: the single-document run, whose output stays as it always was."""
    return len(paths) == 1 and not paths[0].is_dir()


def _corpus(
    paths: list[Path],
    *,
    fmt: Format | ListFormat,
    jobs: int | None,
    exit_zero: bool,
    debug: bool,
    output: Path | None = None,
    notes_only: bool = False,
    **library_how: Any,
) -> None:
    """Run a corpus command and exit with its code (LIBRARY_HOW: keys_from, flavour, langid,
    as `cli_corpus.run` takes them)."""
    from citekit import cli_corpus, corpus

    stderr = _stderr()
    with cli_errors(debug=debug):
        outcomes, library = cli_corpus.run(
            paths,
            fmt=fmt,
            jobs=jobs or corpus.default_jobs(),
            output=output,
            notes_only=notes_only,
            stderr=stderr,
            **library_how,
        )
    stderr.print(cli_corpus.summary(outcomes, library))
    raise typer.Exit(cli_corpus.exit_code(outcomes, exit_zero=exit_zero))


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
        Path, typer.Argument(parser=_document_path, help="A document, or a .bib library.")
    ],
    *,
    fmt: FormatOpt = Format.TABLE,
    merge: Annotated[
        bool,
        typer.Option("--merge", help="(.bib) Merge each group into its first entry; needs -o."),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="(.bib) Where to write the merged library."),
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
    with cli_errors(debug=debug):
        _document_duplicates_options(fmt, merge=merge, output=output)
    data = _listing(
        path, to_duplicates, render.duplicates_table, json=fmt is Format.JSON, debug=debug
    )
    conflicting = sum(1 for g in data["groups"] if g["conflicts"])
    _stderr().print(
        f"{len(data['groups'])} works cited in several forms, {conflicting} with "
        "conflicting details"
    )
    raise typer.Exit(ExitCode.FINDINGS if conflicting and not exit_zero else ExitCode.OK)


def _document_duplicates_options(fmt: Format, *, merge: bool, output: Path | None) -> None:
    """A document's duplicate groups are a table or JSON; merging and -o are for a .bib."""
    if merge or output is not None:
        raise UsageError(
            "--merge and -o/--output apply to a .bib library; for a document's entries, "
            "use: citekit extract DOC -o FILE.bib"
        )
    if fmt is Format.BIBTEX:
        raise UsageError(
            "--format bibtex applies to a .bib library with --merge; for a document, "
            "use: citekit extract DOC -f bibtex"
        )


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
        data = build(_extract(path))
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


# A run keeps nearly all it makes (notes, citations, the parser's caches of a document) to its
# end and makes little cyclic garbage: at the default thresholds (700, 10, 10) the collector
# walks the growing heap some 400 times on a 5,000-note book (0.2 s of CPU); at (20,000, 50, 50)
# it took 0.04 s there and 0.7 s of a 50,000-note book, at these 0.004 s and 0.3 s, for the
# same peak memory. At exit the heap is frozen too: the interpreter's last collections would
# walk it all again (some 0.06 s of a 5,000-note book) to free what the process gives back whole
GC_THRESHOLDS = (1_000_000, 1000, 1000)


def main() -> None:
    """Console-script entry point."""
    gc.set_threshold(*GC_THRESHOLDS)
    atexit.register(gc.freeze)  # runs before the interpreter's own collections at exit
    app()
