"""The parser's compiled patterns, kept from one run to the next as its bytecode is.

Compiling a pattern is Python code (the engine's parser and compiler, re._parser and
re._compiler); what it makes is a program, a list of numbers, that the engine's C half
(_sre.compile) turns into the pattern object in microseconds. The parser's 600-odd patterns
(many widened to every Latin, Greek and Cyrillic letter: uregex) took some 0.17 s of each
run to compile, 6 % of a 5,000-note book; their programs, kept in __pycache__ beside this
module's bytecode, load in a few milliseconds. A program is the same numbers in every run,
so the pattern made from it is the one re.compile makes, and every answer with it.

`install()` (the command line's runs) puts the cache in front of the engine's compiler. The
patterns kept are those compiled while the parser's modules are imported (`declaring`) and
those its own helpers compile on first use (`compile`, for deferred patterns); a pattern
made from a note's words ("(?<!\\w)Karp(?!\\w)") is compiled as before and never kept. The
file is named by the interpreter's cache tag and holds the engine's MAGIC and the
interpreter's version: another Python (a patch release may compile otherwise) finds none to
read. It is written at exit when a run compiled a kept pattern the file lacked, and never
where bytecode is not written (PYTHONDONTWRITEBYTECODE). Where the engine's private API is
not what is expected, or the file cannot be read, patterns compile as before. Values read
from a pattern's source alone (the words prefilter guards it by: `derived`) are kept too.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

try:  # the engine's private halves: a later Python may rename them (then nothing is cached)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython has them
    _sre = _compiler = _parser = None

T = TypeVar("T")
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # code as packed words
MAX_KEPT = 5000  # programs in the file: beyond, only those of the last run are kept

# the engine's code words (unsigned, CODESIZE bytes each), packed: a program in memory is
# its bytes, not a list of number objects
_WORD = next((t for t in "IL" if _sre and array(t).itemsize == _sre.CODESIZE), "")
# (source, flags) -> program, loaded from the file and not yet used (a used one is let go:
# the pattern holds its code)
_programs: dict[tuple[str, int], Program] = {}
# (what, source, flags) -> a value computed from a pattern's source (prefilter's cover)
_derived: dict[tuple[str, str, int], Any] = {}
_made: dict[tuple[str, int], Program] = {}  # programs this run made to keep (the file lacks them)
_used: set[tuple[str, int]] = set()  # programs taken from the file in this run
_asked: set[tuple[str, int]] = set()  # patterns the parser's helpers compile: kept
_state: dict[str, Any] = {"declaring": False, "original": None, "changed": False}


def program(source: str, flags: int = 0) -> Program:
    """The arguments after SOURCE of the _sre.compile call that re.compile(SOURCE, FLAGS)
    makes (as re._compiler.compile makes them), in plain numbers and strings."""
    parsed = _parser.parse(source, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groups = parsed.state.groups - 1
    return int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """re.compile(SOURCE, FLAGS), its program kept for the next runs (a declared pattern)."""
    _asked.add((source, int(flags)))
    return re.compile(source, flags)


def derived(what: str, source: str, flags: int, make: Callable[[], T]) -> T:
    """MAKE(), a value WHAT computed from the pattern SOURCE and FLAGS alone (numbers,
    strings, tuples and sets of them), kept with the programs while the parser is imported."""
    key = (what, source, int(flags))
    if key in _derived:
        return _derived[key]
    value = make()
    if _state["declaring"]:
        _derived[key] = value
        _state["changed"] = True
    return value


def kept(source: str, flags: int = 0) -> bool:
    """Is the program of SOURCE with FLAGS at hand, so that compiling it costs next to nothing?"""
    return (source, int(flags)) in _programs


def _cached_compile(source: Any, flags: int = 0) -> Any:  # noqa: ANN401 - as _compiler.compile
    """The engine's compile, its program taken from the cache where it is there."""
    if not isinstance(source, str) or flags & re.DEBUG:
        return _state["original"](source, flags)
    key = (source, int(flags))
    made = _programs.pop(key, None) or _made.get(key)
    if made is not None:
        _used.add(key)
    else:
        if key in _used or not (_state["declaring"] or key in _asked):
            # made again (the file has it: once in a run is enough to hold), or made from a
            # note's words (never kept)
            return _state["original"](source, flags)
        made = _made[key] = program(source, flags)
        _state["changed"] = True
    flags, code, groups, groupindex, indexgroup = made
    return _sre.compile(source, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


@contextlib.contextmanager
def declaring() -> Iterator[None]:
    """While the parser's modules are imported: the patterns compiled are kept."""
    _state["declaring"] = True
    try:
        yield
    finally:
        _state["declaring"] = False


def install(path: Path | None = None) -> None:
    """Compile every pattern through the cache at PATH (beside this module's bytecode) from
    now on, and write the programs made at exit."""
    if not _WORD or _state["original"] is not None or not hasattr(_compiler, "_code"):
        return
    path = path or _default_path()
    programs, derived = load(path)
    _programs.update(programs)
    _derived.update(derived)
    _state["original"] = _compiler.compile
    _compiler.compile = _cached_compile
    if not sys.dont_write_bytecode:
        atexit.register(lambda: _state["changed"] and save(path))


def uninstall() -> None:
    """The engine's own compile again, the cache emptied (tests)."""
    if _state["original"] is not None:
        _compiler.compile = _state["original"]
    _state["original"] = None
    _programs.clear()
    _derived.clear()
    _made.clear()
    _used.clear()
    _state["changed"] = False


def load(path: Path) -> tuple[dict[tuple[str, int], Program], dict[tuple[str, str, int], Any]]:
    """The programs and derived values the file at PATH holds for this engine, or none."""
    try:
        magic, version, programs, derived = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if (magic, version) != (_sre.MAGIC, sys.version) or not isinstance(programs, dict):
        return {}, {}
    if not isinstance(derived, dict):
        return {}, {}
    return programs, derived


def save(path: Path) -> None:
    """The programs of the file at PATH (as it is now: another run may have added some) and
    those this run made, written to PATH (at most MAX_KEPT: else this run's alone), replacing
    the file in one step; a directory that cannot be written is left as is."""
    kept, values = load(path)
    kept.update(_made)
    values.update(_derived)
    kept = kept if len(kept) <= MAX_KEPT else dict(_made)
    values = values if len(values) <= MAX_KEPT else dict(_derived)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((_sre.MAGIC, sys.version, kept, values)))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _default_path() -> Path:
    """__pycache__/patterncache.<cache tag>.marshal beside this module (or under the prefix
    PYTHONPYCACHEPREFIX names)."""
    return Path(importlib.util.cache_from_source(__file__)).with_suffix(".marshal")
