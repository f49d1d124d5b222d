"""Time `citekit notes` and `citekit extract` as whole processes on books of growing size.

    python benchmarks/bench_cli.py [--sizes 500 1000 2000 5000]

Each run is a fresh process (`--format json`, output discarded); wall seconds and that
process's peak resident memory (os.wait4's ru_maxrss) are printed as a table, with the
001 seed as a real-world reference, and the cost per note so that linear growth shows.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import make_book

ROOT = Path(__file__).resolve().parent.parent
CITEKIT = Path(sys.executable).with_name("citekit")
SEED = ROOT / "seeds" / "001_29edbb49328f77f8.txt"
COMMANDS = ("notes", "extract")


def run(command: str, path: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one `citekit COMMAND PATH --format json`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(CITEKIT), command, str(path), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"citekit {command} {path} failed with exit {process.returncode}")
    return wall, usage.ru_maxrss / 1024  # Linux reports kilobytes


def main(argv: list[str] | None = None) -> None:
    """Build the books, run both commands on each, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 5000])
    args = parser.parse_args(argv)
    docs = [("seed 001 (73)", 73, SEED)]
    docs += [(f"book {n}", n, make_book.main(["--notes", str(n)])) for n in args.sizes]
    print(
        f"\n{'document':16}{'notes':>7}"
        + "".join(f"{c + ' s':>12}{c + ' MB':>12}{c + ' ms/note':>16}" for c in COMMANDS)
    )
    for label, notes, path in docs:
        cells = []
        for command in COMMANDS:
            wall, peak = run(command, path)
            cells.append(f"{wall:12.2f}{peak:12.1f}{1000 * wall / notes:16.2f}")
        print(f"{label:16}{notes:7}" + "".join(cells))


if __name__ == "__main__":
    main()
