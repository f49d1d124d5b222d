"""Exit codes and the errors that stop a command (problems in a document are Diagnostics)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a citekit process tells its caller; documented in README.md."""

    OK = 0  # ran; nothing to report
    FINDINGS = 1  # ran; diagnostics, dead links or duplicates found; stdout is complete
    USAGE = 2  # bad arguments, or a path that does not exist
    INPUT = 3  # cannot read the document: unreadable, empty, binary, unsupported
    INTERNAL = 4  # a bug: please report
    INTERRUPTED = 130  # Ctrl-C
    PIPE_CLOSED = 141  # the reader of stdout went away (`| head`): 128 + SIGPIPE, as a shell's


class CitekitError(Exception):
    """Base of every error that stops a command; carries its exit code."""

    exit_code: ExitCode = ExitCode.INTERNAL


class SourceError(CitekitError):
    """The input cannot be used."""

    exit_code = ExitCode.INPUT

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot read '{path}': {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(SourceError):
    """No reader knows this file's suffix."""


class UnreadableFile(SourceError):
    """The file exists but its bytes are not a document citekit can read."""


class OutputError(CitekitError):
    """An output file could not be written; what was there before is untouched."""

    exit_code = ExitCode.INPUT

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"cannot write '{path}': {reason}")


class UsageError(CitekitError):
    """Options that do not fit together, or a path that does not exist."""

    exit_code = ExitCode.USAGE


class OutputRefused(UsageError):
    """The output path names something citekit must not replace."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"will not write '{path}': {reason} (choose another -o/--output)")
