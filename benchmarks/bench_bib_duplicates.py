"""Benchmark `citekit duplicates FILE.bib` on a generated library (benchmarks/make_library.py).

Usage: .venv/bin/python benchmarks/bench_bib_duplicates.py [--entries 100000] [--seed 7]

Writes benchmarks/out/library.bib (gitignored), runs `python -m citekit duplicates` on it once
as a whole process, and prints wall and CPU seconds, peak RSS, the file's size, the memory an
entry costs beyond an interpreter that has only imported the command (and beyond the file as
well, which the command streams rather than holds), planted pairs found/missed and false groups
as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import make_library

OUT = Path(__file__).parent / "out"
VARIANTS = make_library.VARIANTS


def command(path: Path) -> list[str]:
    return [sys.executable, "-m", "citekit", "duplicates", str(path), "--format", "json"]


def evaluate(groups: list[dict], planted: list[tuple]) -> dict[str, int]:
    """Planted pairs found (both keys in one group) and groups that no planted pair explains."""
    group_of = {key: n for n, g in enumerate(groups) for key in g["keys"]}
    found = sum(1 for a, b, _ in planted if a in group_of and group_of.get(a) == group_of.get(b))
    explained = {group_of[a] for a, b, _ in planted if group_of.get(a) == group_of.get(b, -1)}
    false = [g for n, g in enumerate(groups) if n not in explained or len(g["keys"]) > 2]
    together = [(k, a in group_of and group_of[a] == group_of.get(b)) for a, b, k in planted]
    by_kind = {
        kind: f"{sum(ok for k, ok in together if k == kind)}/"
        f"{sum(1 for k, _ in together if k == kind)}"
        for kind in VARIANTS
    }
    return {
        "planted_pairs": len(planted),
        "found": found,
        "missed": len(planted) - found,
        "found_by_kind": by_kind,
        "false_groups": len(false),
    }


def baseline_mb() -> float:
    """Peak RSS of an interpreter that has imported citekit's duplicate finder, no more."""
    code = "import citekit.cli, citekit.cli_bib, citekit.bibmerge"
    process = subprocess.Popen([sys.executable, "-c", code])
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / "library.bib"
    # A separate process writes the library: this one stays small, so the children it forks
    # (whose peak RSS counts the parent's pages until exec) are measured alone.
    generator = [sys.executable, str(Path(make_library.__file__)), str(path)]
    generator += ["--entries", str(args.entries), "--seed", str(args.seed)]
    subprocess.run(generator, check=True, stdout=subprocess.DEVNULL)
    pairs = path.with_name(path.name + ".pairs.json")
    planted = json.loads(pairs.read_text(encoding="utf-8"))
    start = time.perf_counter()
    with (OUT / "report.json").open("wb") as report:
        process = subprocess.Popen(command(path), stdout=report, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"citekit failed ({code})")
    peak_mb, size_mb, base_mb = usage.ru_maxrss / 1024, path.stat().st_size / 2**20, baseline_mb()
    groups = json.loads((OUT / "report.json").read_text(encoding="utf-8"))["groups"]
    result = {
        "entries": args.entries,
        "file_mb": round(size_mb),
        "wall_s": round(wall, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(peak_mb),
        "baseline_rss_mb": round(base_mb),
        "bytes_per_entry": round((peak_mb - base_mb) * 2**20 / args.entries),
        "bytes_per_entry_beyond_file": round((peak_mb - base_mb - size_mb) * 2**20 / args.entries),
        **evaluate(groups, planted),
    }
    (OUT / "result.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
