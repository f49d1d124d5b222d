"""Nothing lost, nothing silent: -o safety, documents without notes, refused options, exit codes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from citekit import pipeline, render
from citekit.cli import app
from citekit.errors import ExitCode

ESSAY = (
    "A first claim.¹ A second claim.²\n\n"
    "¹ Sergey Radchenko, *Unwanted Visionaries* (New York: Oxford University Press, 2014), p. 42.\n"
    "² Odd Arne Westad, *The Global Cold War* (Cambridge: Cambridge University Press, 2005), 12.\n"
)


def _run(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def essay(tmp_path: Path) -> Path:
    path = tmp_path / "essay.txt"
    path.write_text(ESSAY, encoding="utf-8")
    return path


def test_output_through_a_link_updates_the_library(tmp_path: Path, essay: Path) -> None:
    library = tmp_path / "library.bib"
    library.write_text("@book{old, title={Old}}\n", encoding="utf-8")
    library.chmod(0o640)
    link = tmp_path / "link.bib"
    link.symlink_to(library)
    result = _run("extract", essay, "-o", link, "-f", "json")
    assert result.exit_code == ExitCode.OK, result.output
    assert link.is_symlink()
    assert "radchenko2014unwanted" in library.read_text(encoding="utf-8")
    assert stat.S_IMODE(library.stat().st_mode) == 0o640


@pytest.mark.parametrize("command", ["extract", "duplicates"])
def test_output_naming_the_input_is_refused(tmp_path: Path, essay: Path, command: str) -> None:
    source = essay
    if command == "duplicates":
        source = tmp_path / "library.bib"
        source.write_text("@book{a, title={A}, year={2001}}\n", encoding="utf-8")
    before = source.read_bytes()
    extra = ["--merge"] if command == "duplicates" else []
    result = _run(command, source, *extra, "-o", source)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.count("\n") == 1
    assert "it is the input document" in result.stderr
    assert source.read_bytes() == before


def test_output_to_a_folder_is_one_line_and_exit_2(tmp_path: Path, essay: Path) -> None:
    result = _run("extract", essay, "-o", tmp_path)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.strip().splitlines() == [
        f"citekit: error: will not write '{tmp_path}': it is a directory, not a file "
        "(choose another -o/--output)"
    ]


def test_output_to_a_character_device_writes_into_it(essay: Path, char_device: str) -> None:
    result = _run("extract", essay, "-o", char_device, "-f", "json")
    assert result.exit_code == ExitCode.OK, result.output
    assert stat.S_ISCHR(os.stat(char_device).st_mode)


def test_a_document_without_notes_is_a_finding(tmp_path: Path) -> None:
    document = tmp_path / "prose.txt"
    document.write_text("Plain prose, with no notes at all, from 1982 to 1990.\n", "utf-8")
    library = tmp_path / "library.bib"
    library.write_text("@book{kept, title={Kept}}\n", encoding="utf-8")
    result = _run("extract", document, "-f", "json", "-o", library)
    assert result.exit_code == ExitCode.FINDINGS, result.output
    report = json.loads(result.stdout)
    assert report["diagnostics"][0]["code"] == "no-notes"
    assert report["diagnostics"][0]["note"] is None
    assert "no notes found" in result.stderr
    assert f"nothing to write: '{library}' kept as it was" in result.stderr
    assert library.read_text(encoding="utf-8") == "@book{kept, title={Kept}}\n"


@pytest.mark.parametrize("suffix", [".md", ".tex"])
def test_structured_documents_without_notes_say_so(tmp_path: Path, suffix: str) -> None:
    document = tmp_path / f"prose{suffix}"
    document.write_text("Some prose and nothing else.\n", encoding="utf-8")
    result = _run("notes", document, "-f", "json")
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["no-notes"]


@pytest.mark.parametrize(
    "options",
    [["--merge", "-o", "merged.bib"], ["-o", "merged.bib"], ["--merge"], ["-f", "bibtex"]],
    ids=["merge-output", "output", "merge", "bibtex"],
)
def test_duplicates_of_a_document_refuse_library_options(
    tmp_path: Path, essay: Path, options: list[str]
) -> None:
    out = tmp_path / "merged.bib"
    options = [str(out) if o == "merged.bib" else o for o in options]
    result = _run("duplicates", essay, *options)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("citekit: error: ")
    assert not out.exists()


@pytest.mark.parametrize("command", ["notes", "extract", "backrefs", "duplicates", "check-links"])
def test_debug_keeps_the_exit_code_of_an_unreadable_input(tmp_path: Path, command: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    extra = ["--offline"] if command == "check-links" else []
    result = _run(command, empty, "--debug", *extra)
    assert result.exit_code == ExitCode.INPUT, result.output
    assert "Traceback" in result.stderr
    assert "citekit: error: cannot read" in result.stderr


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("empty.txt", "extract"),
        ("empty.md", "extract"),
        ("empty.tex", "extract"),
        ("empty.bib", "duplicates"),
        ("empty.bib", "check-links"),
        ("empty.txt", "check-links"),
    ],
)
def test_empty_inputs_exit_3_in_every_format(tmp_path: Path, name: str, command: str) -> None:
    path = tmp_path / name
    path.write_text(" \n", encoding="utf-8")
    extra = ["--offline"] if command == "check-links" else []
    result = _run(command, path, *extra)
    assert result.exit_code == ExitCode.INPUT, result.output
    assert "the file is empty" in result.stderr


def test_notes_summary_counts_only_notes(essay: Path) -> None:
    result = _run("notes", essay)
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.strip() == "2 notes, 0 problems"


def _table(report_text: str, tmp_path: Path, width: int = 100) -> str:
    document = tmp_path / "doc.txt"
    document.write_text(report_text, encoding="utf-8")
    console = Console(file=(out := __import__("io").StringIO()), width=width, color_system=None)
    render.citations_table(pipeline.extract(document), console)
    return out.getvalue()


def test_keys_are_never_cut_in_a_table(tmp_path: Path) -> None:
    text = (
        "Claim.¹\n\n¹ Anatoly Aleksandrov-Agentov, *Ot Kollontai do Gorbacheva: vospominaniia "
        "diplomata, sovetnika A.A. Gromyko, pomoshchnika L.I. Brezhneva* (Moscow: "
        "Mezhdunarodnye otnosheniia, 1994), pp. 170-172, 175, 180-181, esp. n. 4.\n"
    )
    table = _table(text, tmp_path)
    assert "aleksandrovagentov1994kollontai" in table
    assert "…" not in table


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    text = (
        "Claim.¹\n\n¹ Smith, *Red \x1b[31mAlert\x1b[0m\x1b]0;title\x07* "
        "(London: Verso, 1990), p. 3 \u202eevil.\n"
    )
    table = _table(text, tmp_path)
    assert "\x1b" not in table
    assert "\x07" not in table
    assert "\u202e" not in table
    assert "␛[31mAlert" in table


def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    """`citekit extract … | head`: the closed pipe ends the run quietly with 141 (128 + SIGPIPE),
    never an "internal error" (the report is larger than the pipe's buffer)."""
    notes = "".join(
        f"Claim {n}.[^{n}]\n\n[^{n}]: Author{n}, *Title {n}* (Paris, 19{n % 90 + 10}), {n}.\n\n"
        for n in range(1, 400)
    )
    document = tmp_path / "long.md"
    document.write_text(notes, encoding="utf-8")
    command = [sys.executable, "-m", "citekit", "extract", str(document), "--format", "json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(100)
        process.stdout.close()
        error = process.stderr.read().decode()
        process.wait(timeout=120)
    assert "error" not in error
    assert process.returncode == ExitCode.PIPE_CLOSED
