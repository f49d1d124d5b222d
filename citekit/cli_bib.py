"""`citekit duplicates FILE.bib`: the command-line face of citekit.bibdupes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from citekit import atomic, bibdupes, bibmerge
from citekit.bibdupes import Findings, Group
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
        0 nothing found, 1 duplicates or damage found, 2 usage error, 3 unreadable input
        or output.
    """
    usage = _usage_problem(path, fmt, merge=merge, output=output)
    if usage:
        return _fail(usage, ExitCode.USAGE)
    try:
        findings = bibdupes.find(path)
        merged = bibmerge.merge(findings) if merge else None
        if merged is not None and output is not None:
            atomic.write_text(output, merged.text, protect=(path,))
    except CitekitError as exc:
        return _fail(str(exc), exc.exit_code)
    for problem in findings.problems:
        _say(f"citekit: warning: {path}:{problem.line}: {problem_line(problem)}")
    for note in merged.notes if merged else ():
        _say(f"citekit: merged: {note}")
    _write(findings, Format(fmt), merged)
    _say(summary(findings, output if merge else None))
    found = findings.groups or findings.problems
    return int(ExitCode.FINDINGS if found else ExitCode.OK)


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


def problem_line(problem: bibdupes.Problem) -> str:
    """'duplicate-key: 'smith2001' (key used at line 3)'."""
    key = f" '{problem.key}'" if problem.key else ""
    return f"{problem.code}{key}: {problem.message}"


def _write(findings: Findings, fmt: Format, merged: bibmerge.Merged | None) -> None:
    if fmt is Format.JSON:
        dump_json(to_json(findings), sys.stdout)
    elif fmt is Format.BIBTEX:
        sys.stdout.write(merged.text if merged else "")
    else:
        groups_table(findings, Console(highlight=False, markup=False))


# --- JSON ------------------------------------------------------------------------------------


def to_json(findings: Findings) -> dict[str, Any]:
    """The JSON report: source, groups (keys, lines, reason, score, why, conflicts),
    problems (code, line, key, message), summary."""
    return {
        "source": findings.source.name,
        "groups": [_group_json(findings, g) for g in findings.groups],
        "problems": [
            {"code": str(p.code), "line": p.line, "key": p.key, "message": p.message}
            for p in findings.problems
        ],
        "summary": _counts(findings),
    }


def _group_json(findings: Findings, group: Group) -> dict[str, Any]:
    return {
        "keys": list(group.keys),
        "lines": list(group.lines),
        "reason": group.reason,
        "score": group.score,
        "why": [
            {
                "keys": [group.keys[link.first], group.keys[link.second]],
                "link": link.verdict.link,
                "score": link.verdict.score,
                "agreed": list(link.verdict.agreed),
                "overruled": list(link.verdict.overruled),
            }
            for link in group.links
        ],
        "conflicts": bibdupes.conflicts(findings, group),
    }


def _counts(findings: Findings) -> dict[str, int]:
    return {
        "entries": findings.entries,
        "groups": len(findings.groups),
        "duplicates": sum(len(g.keys) - 1 for g in findings.groups),
        "problems": len(findings.problems),
    }


# --- table -----------------------------------------------------------------------------------


def groups_table(findings: Findings, console: Console) -> None:
    """One row per group: keys with lines, why they are one work, conflicting fields; then
    one row per problem in the file."""
    table = Table(title=printable(f"Duplicates in {findings.source.name}"), show_lines=True)
    table.add_column("#", justify="right")
    keyed = (
        f"{key} ({line})"
        for group in findings.groups
        for key, line in zip(group.keys, group.lines, strict=True)
    )
    add_key_column(table, keyed, "keys (line)")
    table.add_column("why")
    table.add_column("conflicts", overflow="fold")
    for number, group in enumerate(findings.groups, start=1):
        keys = "\n".join(f"{k} ({line})" for k, line in zip(group.keys, group.lines, strict=True))
        table.add_row(
            str(number), cell(keys), cell(why_text(group)), _conflict_text(findings, group)
        )
    console.print(table)
    if findings.problems:
        damage = Table(title="Problems in the file", show_lines=False)
        for column in ("line", "problem"):
            damage.add_column(column, justify="right" if column == "line" else "left")
        for problem in findings.problems:
            damage.add_row(str(problem.line), cell(problem_line(problem)))
        console.print(damage)


def why_text(group: Group) -> str:
    """One line per link: 'a = b: same DOI' or 'a = b: title 0.97, authors, year; overruled:
    first pages 12 and 13'."""
    lines = []
    for link in group.links:
        verdict = link.verdict
        line = f"{group.keys[link.first]} = {group.keys[link.second]}: {', '.join(verdict.agreed)}"
        if verdict.overruled:
            line += f"; overruled: {', '.join(verdict.overruled)}"
        lines.append(line)
    return "\n".join(lines)


def _conflict_text(findings: Findings, group: Group) -> Text:
    lines = []
    for name, by_key in bibdupes.conflicts(findings, group).items():
        lines.append(f"{name}:")
        lines.extend(f"  {key}: {_short(value)}" for key, value in by_key.items())
    return cell("\n".join(lines) or "—")


def _short(value: str, limit: int = 70) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 3] + "..."


def summary(findings: Findings, output: Path | None) -> str:
    """The one-line summary for stderr."""
    counts = _counts(findings)
    line = (
        f"{counts['entries']} entries, {counts['groups']} duplicate groups, "
        f"{counts['duplicates']} duplicates"
    )
    if counts["problems"]:
        line += f", {counts['problems']} problems in the file"
    if output is not None:
        line += f"; merged library written to {output}"
    return line


def _fail(message: str, code: ExitCode) -> int:
    _say(f"citekit: error: {message}")
    return int(code)


def _say(line: str) -> None:
    """One line on stderr, never wrapped (scripts grep these)."""
    Console(stderr=True, highlight=False, markup=False).print(line, soft_wrap=True)
