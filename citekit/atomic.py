"""Output files written atomically: a failed run never leaves a half-written or clobbered file.

The path given is followed through symbolic links to the file it names, and that file is
replaced by a temporary file written beside it (same permissions), renamed over it. A stream
(a character device such as /dev/null or a terminal, or a pipe such as /dev/stdout in a
pipeline) is written into, never replaced. Anything else that is not a regular file, and
the input document itself, is refused.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from citekit.errors import OutputError, OutputRefused

# what a path that is neither a regular file nor a stream is, for the refusal message
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True, slots=True)
class Target:
    """Where an output goes: the real file behind the path given, and what it is now."""

    path: Path  # the path given (reported in messages)
    real: Path  # symbolic links followed
    stream: bool  # a character device or a pipe: written into, not replaced
    existing: os.stat_result | None  # the regular file there now, if any


def target(path: str | Path, *, protect: Iterable[str | Path] = ()) -> Target:
    """Check that PATH may be written and find the file behind it.

    Args:
        path: the output path, as given.
        protect: files that must never be overwritten (the input document).

    Raises:
        OutputRefused: PATH is (a link to) a protected file, or neither a regular file
            nor a stream.
    """
    path = Path(path)
    real = Path(os.path.realpath(path))
    try:
        info = os.stat(path)  # through the links; /dev/stdout may name a pipe
    except FileNotFoundError:
        return Target(path, real, stream=False, existing=None)
    except OSError as exc:
        raise OutputError(str(path), exc.strerror or str(exc)) from None
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return Target(path, real, stream=True, existing=None)
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise OutputRefused(str(path), f"it is {kind}, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefused(str(path), "it is not a regular file")
    for protected in protect:
        if _same_file(info, protected):
            raise OutputRefused(str(path), f"it is the input document '{protected}'")
    return Target(path, real, stream=False, existing=info)


def _same_file(info: os.stat_result, other: str | Path) -> bool:
    try:
        theirs = os.stat(other)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) == (theirs.st_dev, theirs.st_ino)


def write_text(path: str | Path, text: str, *, protect: Iterable[str | Path] = ()) -> bool:
    """Write TEXT (UTF-8) to PATH: atomically to a file, straight into a stream.

    An empty TEXT never replaces a file that has content: the run found nothing, and what
    the file held is kept.

    Args:
        path: the output path; symbolic links are followed to the file they name.
        text: what to write.
        protect: files that must never be overwritten (the input document).

    Returns:
        True when written; False when a non-empty file was kept because TEXT is empty.

    Raises:
        OutputRefused: see target().
        OutputError: the file could not be written (what was there is untouched).
    """
    where = target(path, protect=protect)
    if where.stream:
        _write_stream(where, text)
        return True
    if not text.strip() and where.existing is not None and where.existing.st_size > 0:
        return False
    _replace(where, text)
    return True


def _write_stream(where: Target, text: str) -> None:
    try:
        with open(where.path, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except OSError as exc:
        raise OutputError(str(where.path), exc.strerror or str(exc)) from None


def _replace(where: Target, text: str) -> None:
    """A temporary file beside the real target, with its permissions, renamed over it."""
    real = where.real
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise OutputError(str(where.path), exc.strerror or str(exc)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        _copy_permissions(temp, where.existing)
        os.replace(temp, real)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(str(where.path), exc.strerror or str(exc)) from None


def _copy_permissions(temp: str, existing: os.stat_result | None) -> None:
    """The mode of the file replaced (owner too, where allowed), else the umask's default."""
    if existing is None:
        os.chmod(temp, 0o666 & ~_umask())
        return
    os.chmod(temp, stat.S_IMODE(existing.st_mode))
    if hasattr(os, "chown") and os.stat(temp).st_uid != existing.st_uid:
        # another user's file we may write but not give away: it becomes ours, as in an editor
        with contextlib.suppress(PermissionError):
            os.chown(temp, existing.st_uid, existing.st_gid)


def _umask() -> int:
    """The process umask (read by setting it, then putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
