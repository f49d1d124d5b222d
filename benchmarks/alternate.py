"""CPU, wall and peak memory of `citekit extract` from several source trees, taking turns.

    python benchmarks/alternate.py --tree /tmp/snapshot --tree . --rounds 5 DOC [DOC ...]
    python benchmarks/alternate.py --tree /tmp/snapshot --tree . --book synthetic:5000 ...
    python benchmarks/alternate.py ... --one-note     # a document of one note (start-up)

Each run is a fresh `python -m citekit extract DOC --format json` in the tree (`env -C
TREE`, so the tree's own `citekit` package is imported, whatever is installed), with this
interpreter. On a shared machine the load changes from minute to minute: the trees run in
turn within each round (each goes first in turn) and the table gives each one's median.
A tree is a checkout or a `git archive` of a commit; bytecode is written and read as usual
unless PYTHONDONTWRITEBYTECODE is set (the first round then pays the compilation of the
sources, as every run does on a machine that sets it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from bench_stages import book, child_cpu

ONE_NOTE = "Text.\n\n1. Jane Smith, *A Book* (London: Penguin, 2001), 4.\n"


def documents(args: argparse.Namespace) -> list[Path]:
    """The documents asked for: paths, books (KIND:NOTES) and the one-note document."""
    found = [Path(p).resolve() for p in args.docs]
    for spec in args.book:
        kind, _, notes = spec.partition(":")
        found.append(book(kind, int(notes)).resolve())
    if args.one_note:
        path = Path(__file__).parent / "out" / "one_note.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(ONE_NOTE)
        found.append(path.resolve())
    return found


def measure(trees: list[str], path: Path, rounds: int) -> dict[str, list[tuple[float, ...]]]:
    """(CPU s, peak MB, wall s) of each tree's runs on PATH, the trees taking turns."""
    runs: dict[str, list[tuple[float, ...]]] = {tree: [] for tree in trees}
    command = ["-m", "citekit", "extract", str(path), "--format", "json"]
    for turn in range(rounds):
        order = trees[turn % len(trees) :] + trees[: turn % len(trees)]
        for tree in order:
            runs[tree].append(child_cpu(["env", "-C", tree, sys.executable, *command]))
            print(f"  {path.name} {tree}: {runs[tree][-1][0]:.2f} s", file=sys.stderr, flush=True)
    return runs


def main(argv: list[str] | None = None) -> None:
    """Print one line per document and tree: medians, then each round's CPU."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="*")
    parser.add_argument("--tree", action="append", required=True, help="a source tree")
    parser.add_argument("--book", action="append", default=[], metavar="KIND:NOTES")
    parser.add_argument("--one-note", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"{'document':>24} {'tree':>20} {'CPU s':>7} {'wall s':>7} {'peak MB':>8}  rounds")
    for path in documents(args):
        runs = measure(args.tree, path, args.rounds)
        for tree, results in runs.items():
            cpu, mb, wall = (statistics.median(column) for column in zip(*results, strict=True))
            listed = " ".join(f"{r[0]:.2f}" for r in results)
            name, where = path.name[-24:], tree[-20:]
            print(f"{name:>24} {where:>20} {cpu:7.2f} {wall:7.2f} {mb:8.1f}  {listed}")


if __name__ == "__main__":
    main()
