"""CPU of `citekit extract` on a book, by stage, and its growth from 500 to 50,000 notes.

    python benchmarks/bench_stages.py [--notes 5000] [--book repeat|synthetic] [--profile 25]
    python benchmarks/bench_stages.py --linear 500 5000 50000 [--rounds 5] [--against CITEKIT]

Stages are timed in this process through the pipeline's progress calls (reading, finding
notes, parsing notes, linking works = resolving, merging, keys) plus writing the JSON report;
start-up is a fresh `import citekit.cli, citekit.pipeline` process. --profile N prints the N
functions with most time of their own (cProfile). --linear runs one fresh process per size
and prints CPU seconds (user + system), CPU per note and peak memory, the median of --rounds
runs; --against CITEKIT (another version's command, e.g. /work/main/.venv/bin/citekit) runs
that version too, the two alternating in each round, so that both meet the same load. When
an `anystyle` command is installed, the same notes (one a line) are parsed by it in the same
run.
The books: `repeat` (benchmarks/repeat_book.py, our real notes repeated) or `synthetic`
(benchmarks/make_book.py, the book of issue 15's figures).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import make_book
import repeat_book

OUT = Path(__file__).parent / "out"
CITEKIT = Path(sys.executable).with_name("citekit")


def book(kind: str, notes: int) -> Path:
    """The book of NOTES notes of KIND, written under benchmarks/out/."""
    out = OUT / f"{kind}_{notes}.txt"
    if not out.exists():
        maker = repeat_book if kind == "repeat" else make_book
        maker.main(["--notes", str(notes), "--out", str(out)])
    return out


def child_cpu(command: list[str]) -> tuple[float, float, float]:
    """(CPU seconds, peak MB, wall seconds) of one process running COMMAND."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{command[0]} failed: {command}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall


def stages(path: Path) -> list[tuple[str, float]]:
    """CPU seconds of each stage of one extraction of PATH, in this process."""
    from citekit import pipeline, render
    from citekit.report import to_contract

    marks: list[tuple[str, float]] = [("start", time.process_time())]

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage != marks[-1][0]:
            marks.append((stage, time.process_time()))

    report = pipeline.extract(path, progress=progress)
    marks.append(("writing JSON", time.process_time()))
    render.dump_json(to_contract(report), io.StringIO())
    marks.append(("end", time.process_time()))
    return [(name, marks[i + 1][1] - at) for i, (name, at) in enumerate(marks[1:-1], start=1)]


def print_stages(path: Path, notes: int) -> None:
    startup, _, _ = child_cpu([sys.executable, "-c", "import citekit.cli, citekit.pipeline"])
    rows = [("start-up (imports)", startup), *stages(path)]
    total = sum(seconds for _, seconds in rows)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{path.name}: {notes} notes, CPU by stage (peak {peak:.0f} MB in this process)")
    for name, seconds in rows:
        print(f"  {name:20}{seconds:8.2f} s{100 * seconds / total:6.0f} %")
    print(f"  {'total':20}{total:8.2f} s")
    whole, mb, _ = child_cpu([str(CITEKIT), "extract", str(path), "--format", "json"])
    print(f"  one `citekit extract -f json` process: {whole:.2f} s CPU, {mb:.0f} MB peak")


def print_profile(path: Path, count: int) -> None:
    from citekit import pipeline

    profile = cProfile.Profile()
    profile.runcall(pipeline.extract, path)
    pstats.Stats(profile).sort_stats("tottime").print_stats(count)


def print_anystyle(path: Path) -> None:
    """AnyStyle on the same notes, one a line, when its command is installed."""
    from citekit import pipeline

    if not shutil.which("anystyle"):
        print("\nanystyle: not installed here (gem install anystyle-cli); no side-by-side run")
        return
    lines = OUT / f"{path.stem}.notes.txt"
    lines.write_text("\n".join(n.text for n in pipeline.find_notes(path).notes) + "\n")
    seconds, mb, _ = child_cpu(["anystyle", "-f", "json", "parse", str(lines)])
    print(f"\nanystyle parse (same notes, one a line): {seconds:.2f} s CPU, {mb:.0f} MB peak")


def print_linear(kind: str, sizes: list[int], rounds: int, against: str | None) -> None:
    versions = [str(CITEKIT), *([against] if against else [])]
    print(f"\n({kind} book, median of {rounds} rounds; CPU s = user + system)")
    print(f"{'version':>8}{'notes':>8}{'CPU s':>9}{'µs/note':>10}{'peak MB':>9}   rounds (CPU s)")
    for size in sizes:
        path = book(kind, size)
        runs: dict[str, list[tuple[float, float]]] = {v: [] for v in versions}
        for turn in range(rounds):
            for version in versions[turn % 2 :] + versions[: turn % 2]:  # each goes first in turn
                seconds, mb, _ = child_cpu([version, "extract", str(path), "--format", "json"])
                runs[version].append((seconds, mb))
        for index, version in enumerate(versions):
            cpu, mb = (statistics.median(x) for x in zip(*runs[version], strict=True))
            name = "this" if index == 0 else "against"
            listed = " ".join(f"{s:.2f}" for s, _ in runs[version])
            print(f"{name:>8}{size:8}{cpu:9.2f}{1e6 * cpu / size:10.0f}{mb:9.0f}   {listed}")


def main(argv: list[str] | None = None) -> None:
    """Print the table(s) asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--book", choices=("repeat", "synthetic"), default="repeat")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--linear", type=int, nargs="+", metavar="SIZE")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each size (--linear)")
    parser.add_argument("--against", metavar="CITEKIT", help="another version to alternate with")
    args = parser.parse_args(argv)
    if args.linear:
        print_linear(args.book, args.linear, args.rounds, args.against)
        return
    path = book(args.book, args.notes)
    print_stages(path, args.notes)
    print_anystyle(path)
    if args.profile:
        print_profile(path, args.profile)


if __name__ == "__main__":
    main()
