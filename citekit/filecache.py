"""A value built from data files, kept from one run to the next as bytecode is.

The labeller's word index (citekit.label.lexicon) folds some 60,000 lexicon entries (the
gazetteer's towns) at its first use: 40-50 ms, an eighth of a run on a 20-note article. Kept
in __pycache__ beside the module that builds it, it loads in a few milliseconds. A kept
value stands for the files it was built from as they were: each file's size and time of
last change (as a .pyc stands for its source) are stored with it, the builder's own source
among them, so that an edited lexicon or builder makes the value again. Nothing is written
where bytecode is not (PYTHONDONTWRITEBYTECODE), and a file that cannot be read or written
only means the value is built as before.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def kept(builder: str, name: str, sources: Sequence[Path], make: Callable[[], T]) -> T:
    """MAKE() (a value of dicts, tuples, strings and numbers), or the one kept from an earlier
    run where SOURCES (data files) and BUILDER (the file of the module calling MAKE) are as
    they were then. NAME tells the module's kept values apart."""
    stamp = _stamp([Path(builder), *sources])
    if stamp is None:  # a source is not a plain file (a zipped package): no file to key by
        return make()
    path = Path(importlib.util.cache_from_source(builder)).with_suffix(f".{name}.marshal")
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        version, kept_stamp, value = marshal.loads(path.read_bytes())
        if (version, kept_stamp) == (sys.version, stamp):
            return value
    value = make()
    if not sys.dont_write_bytecode:
        _write(path, (sys.version, stamp, value))
    return value


def _stamp(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...] | None:
    """(path, size, time of last change in ns) of each of PATHS; None if one cannot be read."""
    try:
        stats = [(str(p), p.stat()) for p in paths]
    except OSError:
        return None
    return tuple((name, st.st_size, st.st_mtime_ns) for name, st in stats)


def _write(path: Path, value: object) -> None:
    """VALUE marshalled to PATH in one step; a folder that cannot be written is left as is."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(value))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink()
