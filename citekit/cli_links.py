"""`citekit check-links`: the command-line face of citekit.links."""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from citekit import cli_console, cli_links_corpus, links
from citekit.errors import CitekitError, ExitCode, UsageError
from citekit.links import endpoints
from citekit.links.model import LinkResult, LinkStatus, LinkTarget
from citekit.links.render import LinkFormat, summary_line, write_json, write_table

if TYPE_CHECKING:  # the HTTP side (requests) loads only when check-links runs
    from citekit.links import fetch
    from citekit.links.http import HttpChecker

DEFAULT_FAIL_ON = "dead,mismatch,unreachable"
HELP_EPILOG = (
    "Statuses: " + ", ".join(s.value for s in LinkStatus) + ". Exit code 1 when a target has a "
    "status in --fail-on; 130 on Ctrl-C, after the links checked so far (JSON: complete "
    "false). Proxies come from HTTPS_PROXY, HTTP_PROXY, NO_PROXY; CA certificates from the "
    "first of REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE, SSL_CERT_FILE, SSL_CERT_DIR that is set "
    "(requests' own order, then OpenSSL's), else certifi's."
)

Opt = typer.Option
TargetArg = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="[target]...",
        show_default=False,
        help="A document (.txt .md .tex .docx .pdf) or a .bib file; or several documents "
        "and folders, each link checked once (JSON Lines with --format json).",
    ),
]
UrlsOpt = Annotated[
    str | None,
    Opt("--urls", metavar="FILE", help="Check a list of URLs/DOIs, one a line ('-': stdin)."),
]
FormatOpt = Annotated[LinkFormat, Opt("--format", "-f", help="Output format.")]
FailOnOpt = Annotated[str, Opt(help="Statuses (comma list) that make the exit code 1, or 'none'.")]
AllowPrivateOpt = Annotated[
    bool,
    Opt(
        "--allow-private",
        help="Follow redirects to private, loopback and link-local addresses too.",
    ),
]
ExitZeroOpt = Annotated[bool, Opt("--exit-zero", help="Exit 0 even if links fail.")]
TimeoutOpt = Annotated[
    float, Opt(min=0.01, help="Seconds one request may take in all (connect, headers, body).")
]
RetriesOpt = Annotated[int, Opt(min=0, help="Retries after a 5xx, 408 or 429.")]
RetryTimeoutsOpt = Annotated[bool, Opt("--retry-timeouts", help="Retry timeouts too.")]
ConcurrencyOpt = Annotated[int, Opt(min=1, help="Requests at once, all hosts together.")]
PerHostOpt = Annotated[int, Opt(min=1, help="Requests at once to one host.")]
IntervalOpt = Annotated[float, Opt(min=0, help="Seconds between two requests to one host.")]
MailtoOpt = Annotated[
    str | None,
    Opt(envvar="CITEKIT_MAILTO", help="Your e-mail, for the User-Agent (APIs' polite pools)."),
]
DoiApiOpt = Annotated[str, Opt(envvar="CITEKIT_DOI_API", help="DOI resolver (handle API).")]
CrossrefApiOpt = Annotated[str, Opt(envvar="CITEKIT_CROSSREF_API", help="Crossref REST API.")]
WaybackApiOpt = Annotated[str, Opt(envvar="CITEKIT_WAYBACK_API", help="Wayback Machine API.")]
NoArchiveOpt = Annotated[bool, Opt("--no-archive", help="Do not look for archived copies.")]
CacheDirOpt = Annotated[
    Path | None,
    Opt(
        envvar="CITEKIT_CACHE_DIR",
        show_default="~/.cache/citekit",
        file_okay=False,
        help="Where results are cached.",
    ),
]
CacheTtlOpt = Annotated[float, Opt(min=0, help="Hours a cached result is trusted.")]
NoCacheOpt = Annotated[bool, Opt("--no-cache", help="Neither read nor write the cache.")]
OfflineOpt = Annotated[bool, Opt("--offline", help="Answer from the cache only.")]
DebugOpt = Annotated[bool, Opt("--debug", help="Show the full error of a failure.")]


def register(app: typer.Typer) -> None:
    """Add the check-links command to APP."""
    app.command("check-links", epilog=HELP_EPILOG)(check_links)


def _say(line: str) -> None:
    """One line for people on stderr (never wrapped: scripts grep it)."""
    sys.stderr.write(line + "\n")


@contextlib.contextmanager
def _errors(*, debug: bool) -> Iterator[None]:
    """Errors as one line on stderr and their exit code (the command's own printer)."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        _say("citekit: interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        cli_console.quiet_stdout()
        raise typer.Exit(ExitCode.PIPE_CLOSED) from None
    except Exception as exc:
        if debug:  # the traceback too, but the same exit code: a failure never reads as 1
            traceback.print_exc()
        known = isinstance(exc, CitekitError)
        text = f"error: {exc}" if known else f"internal error: {exc!r} (please report it)"
        _say(f"citekit: {text}")
        raise typer.Exit(exc.exit_code if known else ExitCode.INTERNAL) from None


def check_links(
    target: TargetArg = None,
    *,
    urls: UrlsOpt = None,
    fmt: FormatOpt = LinkFormat.TABLE,
    fail_on: FailOnOpt = DEFAULT_FAIL_ON,
    exit_zero: ExitZeroOpt = False,
    timeout: TimeoutOpt = 10.0,
    retries: RetriesOpt = 2,
    retry_timeouts: RetryTimeoutsOpt = False,
    max_concurrency: ConcurrencyOpt = 512,
    per_host: PerHostOpt = 10,
    host_interval: IntervalOpt = 0.0,
    mailto: MailtoOpt = None,
    doi_api: DoiApiOpt = endpoints.DOI_API,
    crossref_api: CrossrefApiOpt = endpoints.CROSSREF_API,
    wayback_api: WaybackApiOpt = endpoints.WAYBACK_API,
    no_archive: NoArchiveOpt = False,
    cache_dir: CacheDirOpt = None,
    cache_ttl: CacheTtlOpt = 24.0,
    no_cache: NoCacheOpt = False,
    offline: OfflineOpt = False,
    allow_private: AllowPrivateOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check every URL and DOI that TARGET (or --urls FILE) cites.

    Each distinct link is checked once and listed with the notes (or BibTeX entries)
    citing it; dead, unreachable and timed-out links get their closest archived copy.

    Example: citekit check-links essay.txt --mailto me@example.org --format json
    """
    from citekit.links import cache, fetch
    from citekit.links.schedule import Limits

    with _errors(debug=debug):
        policy = _fail_policy(fail_on)
        settings = fetch.Settings(
            timeout=timeout,
            retries=retries,
            retry_timeouts=retry_timeouts,
            mailto=mailto,
            doi_api=doi_api,
            crossref_api=crossref_api,
            wayback_api=wayback_api,
            archive=not no_archive,
            offline=offline,
            allow_private=allow_private,
            limits=Limits(max_concurrency, per_host, host_interval),
        )
        folder = None if no_cache else cache_dir or cache.default_dir()
        if target and cli_links_corpus.is_corpus(target) and urls is None:
            code, results = cli_links_corpus.run(
                target,
                lambda found: _run(found, settings, folder, ttl=cache_ttl * 3600),
                fmt=fmt,
                policy=policy,
                exit_zero=exit_zero,
            )
            _say(summary_line(results))
            raise typer.Exit(code)
        source, found, bib = _targets(target[0] if target else None, urls)
        try:
            results = _run(found, settings, folder, ttl=cache_ttl * 3600)
        except links.Interrupted as stop:
            _write(source, stop.results, fmt, bib=bib, complete=False)
            _say(f"citekit: interrupted: {len(stop.results)} of {stop.total} links checked")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        _write(source, results, fmt, bib=bib)
    _say(summary_line(results))
    failed = any(r.status in policy for r in results)
    raise typer.Exit(ExitCode.FINDINGS if failed and not exit_zero else ExitCode.OK)


def _fail_policy(text: str) -> frozenset[LinkStatus]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    if not names:
        raise UsageError("--fail-on: no status given (say 'none' to never fail on links)")
    if names == ["none"]:
        return frozenset()
    unknown = [n for n in names if n not in LinkStatus.__members__.values()]
    if unknown:
        known = ", ".join(s.value for s in LinkStatus)
        raise UsageError(f"--fail-on: unknown status '{unknown[0]}' (known: {known}, or none)")
    return frozenset(LinkStatus(n) for n in names)


def _targets(target: Path | None, urls: str | None) -> tuple[str, tuple[LinkTarget, ...], bool]:
    """(source name, targets, is a .bib) from the argument or the --urls list."""
    from citekit.links import targets

    if (target is None) == (urls is None):
        raise UsageError(
            "give one TARGET (a document or a .bib) or --urls FILE, not "
            + ("both" if target else "neither")
        )
    if urls is not None:
        text = sys.stdin.read() if urls == "-" else targets.read_list(_existing(Path(urls)))
        return urls, targets.from_lines(text), False
    path = _existing(target)  # type: ignore[arg-type]
    if path.suffix.lower() == ".bib":
        return str(path), targets.from_bib(path), True
    return str(path), targets.from_document(path), False


def _existing(path: Path) -> Path:
    if not path.exists():
        raise UsageError(f"no such file: '{path}'")
    if path.is_dir():
        raise UsageError(f"'{path}' is a folder, not a file")
    return path


def _run(
    found: Sequence[LinkTarget], settings: fetch.Settings, folder: Path | None, *, ttl: float
) -> tuple[LinkResult, ...]:
    """Check FOUND with the cache in FOLDER (None: no cache)."""
    from citekit.links import cache
    from citekit.links.http import HttpChecker

    _allow_open_files(4 * settings.limits.max_concurrency + 256)
    store = cache.open_cache(folder, ttl=ttl)
    try:
        return _check(found, HttpChecker(settings, store))
    finally:
        store.close()


def _allow_open_files(wanted: int) -> None:
    """Raise the soft limit on open files toward WANTED (a request in flight holds two)."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def _check(found: Sequence[LinkTarget], checker: HttpChecker) -> tuple[LinkResult, ...]:
    """Check FOUND, with a progress bar on stderr when it is a terminal."""
    probe = checker.names_resolve
    if not sys.stderr.isatty() or not found:
        return links.check(found, checker, names_resolve=probe)
    from rich.console import Console  # rich loads only for a terminal (citekit.cli_console)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("checking links"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    stderr = Console(stderr=True, highlight=False, markup=False)
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task("links", total=len(found))
        advance: Callable[[LinkResult], None] = lambda _: bar.advance(task)  # noqa: E731
        return links.check(found, checker, progress=advance, names_resolve=probe)


def _write(
    source: str,
    results: Sequence[LinkResult],
    fmt: LinkFormat,
    *,
    bib: bool,
    complete: bool = True,
) -> None:
    if fmt is LinkFormat.JSON:
        write_json(source, results, sys.stdout, bib=bib, complete=complete)
    else:
        write_table(source, results, cli_console.stdout(), bib=bib, complete=complete)
