"""The consoles the commands print to. rich, which draws tables and progress bars, takes some
40 ms to load: a run whose stderr is no terminal and that writes JSON or BibTeX never needs it,
and a run of a short document spends a tenth of its time loading it. So rich loads only for a
terminal (or where its environment variables ask for one) and for a table.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from citekit.printable import printable

if TYPE_CHECKING:
    from rich.console import Console

# environment variables by which rich takes a stream for a terminal, or not (rich.console)
TERMINAL_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE")


class Lines:
    """A console on a stream that is no terminal: each print writes its text and a newline,
    as a rich Console(markup=False, highlight=False, soft_wrap=True) writes a plain line there,
    a document's control characters shown, not obeyed, where rich would drop them (the
    stream is looked up when printing: a test's runner may have replaced it)."""

    is_terminal = False

    def __init__(self, *, stderr: bool = False) -> None:
        self._stderr = stderr

    def print(self, text: str) -> None:
        (sys.stderr if self._stderr else sys.stdout).write(f"{printable(text)}\n")


def stderr() -> Console | Lines:
    """The console of the command's messages and progress bar."""
    if not _may_be_terminal(sys.stderr):
        return Lines(stderr=True)
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


def stdout() -> Console:
    """The console of the command's tables."""
    from rich.console import Console

    return Console(highlight=False, markup=False)


def _may_be_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    if any(name in os.environ for name in TERMINAL_VARIABLES):
        return True  # rich decides
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def quiet_stdout() -> None:
    """The reader of our output has gone (`citekit extract … | head`): nothing is wrong and
    nothing is said, as with any Unix filter; stdout points at the null device so that the
    interpreter's last flush on exit finds no closed pipe either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
