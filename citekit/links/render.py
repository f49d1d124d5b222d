"""Link results -> the JSON report of docs/LINKS.md, or a rich table, or a one-line summary."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

from citekit.links.model import LinkResult, LinkStatus
from citekit.printable import printable

if TYPE_CHECKING:  # rich loads only to draw the table (citekit.cli_console)
    from rich.console import Console

# colour reinforces the word, never replaces it
STYLES = {
    LinkStatus.OK: "green",
    LinkStatus.REDIRECTED: "yellow",
    LinkStatus.DEAD: "bold red",
    LinkStatus.MISMATCH: "bold red",
    LinkStatus.BLOCKED: "magenta",
    LinkStatus.ERROR: "red",
    LinkStatus.TIMEOUT: "red",
    LinkStatus.UNREACHABLE: "bold red",
    LinkStatus.OFFLINE: "dim",
    LinkStatus.INVALID: "red",
}


class LinkFormat(StrEnum):
    """Output formats of check-links."""

    TABLE = "table"
    JSON = "json"


def to_report(
    source: str, results: Sequence[LinkResult], *, bib: bool = False, complete: bool = True
) -> dict[str, Any]:
    """The LINKS.md report: source, one object per target, a count per status, and whether
    every target is in it (False: the run was interrupted)."""
    return {
        "source": source,
        "links": [_link(r, bib=bib) for r in results],
        "summary": summary(results),
        "complete": complete,
    }


def _link(result: LinkResult, *, bib: bool) -> dict[str, Any]:
    target = result.target
    archive = result.archive
    cited_by: tuple[Any, ...] = target.entries if bib else target.notes
    return {
        "target": target.target,
        "kind": str(target.kind),
        "status": str(result.status),
        "http_status": result.http_status,
        "final_url": result.final_url,
        "detail": result.detail,
        "entries" if bib else "notes": list(cited_by),
        "archive": {"url": archive.url, "timestamp": archive.timestamp} if archive else None,
    }


def summary(results: Sequence[LinkResult]) -> dict[str, int]:
    """How many targets got each status, in the order of LinkStatus; absent ones left out."""
    counts = Counter(r.status for r in results)
    return {str(status): counts[status] for status in LinkStatus if counts[status]}


def write_json(
    source: str, results: Sequence[LinkResult], out: TextIO, *, bib: bool, complete: bool = True
) -> None:
    """The report as JSON on OUT, never through rich (which would wrap and read brackets)."""
    report = to_report(source, results, bib=bib, complete=complete)
    out.write(json.dumps(report, ensure_ascii=False, indent=2))
    out.write("\n")


def write_table(
    source: str,
    results: Sequence[LinkResult],
    console: Console,
    *,
    bib: bool,
    complete: bool = True,
) -> None:
    """One row per target: status, target, who cites it, what is wrong, what rescues it."""
    from rich.table import Table
    from rich.text import Text

    title = f"Links in {source}" + ("" if complete else " (interrupted: incomplete)")
    table = Table(title=printable(title))
    table.add_column("status")
    table.add_column("target", overflow="fold")
    table.add_column("entries" if bib else "notes")
    table.add_column("detail", overflow="fold")
    for result in results:
        cited = result.target.entries if bib else result.target.notes
        table.add_row(
            Text(str(result.status), style=STYLES[result.status]),
            Text(printable(result.target.target)),  # document text: controls shown, not obeyed
            Text(printable(", ".join(map(str, cited)))),
            Text(printable(_detail(result))),
        )
    console.print(table)


def _detail(result: LinkResult) -> str:
    lines = [result.detail]
    if result.final_url:
        lines.append(f"now: {result.final_url}")
    if result.archive:
        lines.append(f"archived: {result.archive.url}")
    return "\n".join(lines)


def summary_line(results: Sequence[LinkResult]) -> str:
    """For stderr: "12 links: 9 ok, 2 dead, 1 redirected (4 from the cache)"."""
    counts = summary(results)
    if counts.get("offline") == len(results) and results:
        return f"{len(results)} links, offline: none checked (no network, or not in the cache)"
    parts = ", ".join(f"{n} {status}" for status, n in counts.items())
    cached = sum(r.cached for r in results)
    tail = f" ({cached} from the cache)" if cached else ""
    noun = "link" if len(results) == 1 else "links"
    return f"{len(results)} {noun}: {parts or 'none found'}{tail}"
