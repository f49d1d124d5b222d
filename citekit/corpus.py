"""Many documents in one run: the paths of a corpus, read by a pool of worker processes.

Workers are forked from a server process that has imported the pipeline once, so a
document costs its parsing only, not another interpreter start-up. Results come back in
input order whatever the number of workers: the merged library is the same for --jobs 1
and --jobs 8.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from citekit.errors import CitekitError, ExitCode
from citekit.model import Report
from citekit.sources import READERS

# told after each document: (documents done, documents in all)
DoneFn = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One document of a corpus: its report, or why it could not be read."""

    path: str
    report: Report | None
    error: str | None = None  # "cannot read 'a.pdf': encrypted" ...
    exit_code: ExitCode = ExitCode.OK  # the code a run on this document alone would fail with


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """The documents named by PATHS: files as given, folders walked for known suffixes.

    A folder's documents come in sorted path order, so the same folder gives the same
    corpus (and the same keys) on every machine; a document named twice is read once.
    """
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if path.is_dir():
            found.update(dict.fromkeys(_documents_under(path)))
        else:
            found[path] = None
    return list(found)


def _documents_under(folder: Path) -> list[Path]:
    walked = (
        Path(root) / name
        for root, dirs, names in os.walk(folder)
        if not _hidden(Path(root).relative_to(folder))
        for name in names
    )
    return sorted(p for p in walked if p.suffix.lower() in READERS and not p.name.startswith("."))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def default_jobs() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    paths: Sequence[Path],
    *,
    jobs: int,
    notes_only: bool = False,
    done: DoneFn | None = None,
) -> list[Outcome]:
    """Extract (or only find the notes of) every document; one Outcome each, in input order.

    Args:
        paths: the documents.
        jobs: worker processes; 1 runs in this process.
        notes_only: find the notes, parse no citations (`citekit notes`).
        done: called after each document with (done, total), for a progress bar.
    """
    tell = done or (lambda _done, _total: None)
    if jobs <= 1 or len(paths) <= 1:
        outcomes = []
        for count, path in enumerate(paths, start=1):
            outcomes.append(read_one(path, notes_only=notes_only))
            tell(count, len(paths))
        return outcomes
    return list(_in_pool(paths, jobs=min(jobs, len(paths)), notes_only=notes_only, tell=tell))


def _in_pool(
    paths: Sequence[Path], *, jobs: int, notes_only: bool, tell: DoneFn
) -> Iterator[Outcome]:
    results: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(paths)) as pool:
        futures = {
            pool.submit(read_one, path, notes_only=notes_only): i for i, path in enumerate(paths)
        }
        for count, future in enumerate(as_completed(futures), start=1):
            results[futures[future]] = future.result()
            tell(count, len(paths))
    return (results[i] for i in range(len(paths)))


def _context(paths: Sequence[Path]) -> multiprocessing.context.BaseContext:
    """Workers forked from a server that imported the pipeline and the readers PATHS need
    once (POSIX); spawned elsewhere.

    Not a plain fork of this process: the progress bar's thread may hold a lock at that moment.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        readers = {READERS[p.suffix.lower()] for p in paths if p.suffix.lower() in READERS}
        context = multiprocessing.get_context("forkserver")
        preload = ["citekit.pipeline", *(f"citekit.sources.{name}" for name in sorted(readers))]
        context.set_forkserver_preload(preload)
        return context
    return multiprocessing.get_context("spawn")


def read_one(path: Path, *, notes_only: bool = False) -> Outcome:
    """The Outcome of one document; a failure is kept as its message, never raised."""
    from citekit import pipeline  # what citekit.extract is; loaded by the worker's server

    try:
        report = pipeline.find_notes(path) if notes_only else pipeline.extract(path)
    except CitekitError as exc:
        return Outcome(str(path), None, str(exc), exc.exit_code)
    except Exception as exc:  # a bug on one document must not lose the rest of the corpus
        message = f"internal error on '{path}': {exc!r} (please report it)"
        return Outcome(str(path), None, message, ExitCode.INTERNAL)
    return Outcome(str(path), report)
