"""A progress bar on stderr for long runs: shown after a second, and only on a terminal."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the pipeline (the whole parser) loads only for a command that parses
    from rich.console import Console  # and rich only for a terminal (citekit.cli_console)

    from citekit.cli_console import Lines
    from citekit.pipeline import ProgressFn

DELAY = 1.0  # seconds: a run that ends sooner never shows a bar


class _DelayedBar:
    """A rich Progress that starts DELAY seconds after it is made, unless stopped first."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),  # blank until a count is known
        )
        self._bar = Progress(*columns, console=console, transient=True)
        self._task = self._bar.add_task("reading", total=None)
        self._lock = threading.Lock()
        self._stopped = False
        self._timer = threading.Timer(DELAY, self._start)
        self._timer.daemon = True
        self._timer.start()

    def _start(self) -> None:
        with self._lock:
            if not self._stopped:
                self._bar.start()

    def update(self, stage: str, done: int, total: int | None) -> None:
        self._bar.update(self._task, description=stage, completed=done, total=total)

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._timer.cancel()
            self._bar.stop()


@contextlib.contextmanager
def progress_bar(console: Console | Lines) -> Iterator[ProgressFn | None]:
    """A progress callback for the pipeline, or None when CONSOLE is not a terminal."""
    if not console.is_terminal:
        yield None
        return
    bar = _DelayedBar(console)
    try:
        yield bar.update
    finally:
        bar.stop()
