"""The progress bar: on a terminal only, and only once a run has lasted its delay."""

from __future__ import annotations

import io
import time

import pytest
from rich.console import Console

from citekit import cli_progress


def _console(*, terminal: bool) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=terminal, width=80, color_system=None), out


def test_no_bar_when_stderr_is_no_terminal() -> None:
    console, out = _console(terminal=False)
    with cli_progress.progress_bar(console) as progress:
        assert progress is None
    assert out.getvalue() == ""


def test_a_short_run_shows_no_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_progress, "DELAY", 5.0)
    console, out = _console(terminal=True)
    with cli_progress.progress_bar(console) as progress:
        assert progress is not None
        progress("parsing notes", 1, 2)
    assert "parsing notes" not in out.getvalue()


def test_a_long_run_shows_its_stage_and_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_progress, "DELAY", 0.05)
    console, out = _console(terminal=True)
    with cli_progress.progress_bar(console) as progress:
        assert progress is not None
        progress("parsing notes", 40, 120)
        time.sleep(0.4)
    assert "parsing notes" in out.getvalue()
    assert "40/120" in out.getvalue()
