"""`citekit check-links DOC... FOLDER...`: every distinct link of a corpus checked once.

One checker for the whole corpus, so that its per-host queues, pacing and cache hold across
documents; then one LINKS.md report per document (its own targets and notes), as JSON
Lines with `--format json`, else one table per document. A document that cannot be read
is said on stderr, kept as an `error` line, and skipped (exit 1).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from citekit import cli_console
from citekit.errors import CitekitError, ExitCode
from citekit.links.model import LinkResult, LinkStatus, LinkTarget
from citekit.links.render import LinkFormat, to_report, write_table

Check = Callable[[Sequence[LinkTarget]], tuple[LinkResult, ...]]


def run(
    paths: Sequence[Path],
    check: Check,
    *,
    fmt: LinkFormat,
    policy: frozenset[LinkStatus],
    exit_zero: bool,
) -> tuple[ExitCode, tuple[LinkResult, ...]]:
    """Check the links of every document of PATHS with CHECK; write the reports."""
    from citekit.cli_corpus import documents
    from citekit.links import targets

    found: list[tuple[Path, tuple[LinkTarget, ...] | None, str | None]] = []
    for path in documents(paths):
        try:
            found.append((path, targets.from_document(path), None))
        except CitekitError as exc:
            found.append((path, None, str(exc)))
    distinct = {t.key: t for _, cited, _ in found for t in cited or ()}
    results = {r.target.key: r for r in check(tuple(distinct.values()))}
    for path, cited, error in found:
        _write(path, [replace(results[t.key], target=t) for t in cited or ()], error, fmt)
    failed = any(r.status in policy for r in results.values())
    unread = [error for _, _, error in found if error]
    for error in unread:
        sys.stderr.write(f"citekit: error: {error} (skipped)\n")
    if unread and len(unread) == len(found):
        return ExitCode.INPUT, tuple(results.values())
    code = ExitCode.FINDINGS if unread or (failed and not exit_zero) else ExitCode.OK
    return code, tuple(results.values())


def is_corpus(paths: Sequence[Path]) -> bool:
    """Several paths, or a folder: not the single-target run."""
    return len(paths) > 1 or any(p.is_dir() for p in paths)


def _write(path: Path, results: list[LinkResult], error: str | None, fmt: LinkFormat) -> None:
    if fmt is LinkFormat.JSON:
        line = {"source": str(path), "error": error} if error else to_report(str(path), results)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    elif error is None:
        write_table(str(path), results, cli_console.stdout(), bib=False)
