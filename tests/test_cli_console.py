"""The plain console a run uses when its stderr is no terminal."""

from __future__ import annotations

import io

import pytest

from citekit import cli_console


def test_plain_lines_show_a_documents_control_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    cli_console.Lines(stderr=True).print("citekit: warning: note 3 \x1b[2J cleared")
    assert stream.getvalue() == "citekit: warning: note 3 ␛[2J cleared\n"


def test_no_terminal_gets_the_plain_console(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in cli_console.TERMINAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert isinstance(cli_console.stderr(), cli_console.Lines)
