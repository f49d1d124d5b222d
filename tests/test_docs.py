"""The README stays true: its commands exist, CI runs its test command, every command has help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from citekit.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.+?)\n```", README)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = next(b for b in blocks if "pytest" in b)
    assert tests in ci


def test_the_app_has_its_commands() -> None:
    assert COMMANDS == ["backrefs", "check-links", "duplicates", "extract", "notes"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command: str) -> None:
    assert f"`citekit {command} " in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
