"""`citekit duplicates` and bib-dedupe side by side on bib-dedupe's labelled benchmark.

    .venv/bin/python benchmarks/bench_bibdedupe.py DATA [--datasets NAME ...]
        [--bib-dedupe PYTHON] [--json OUT.json]

DATA is the `data/` folder of https://github.com/CoLRev-Environment/bib-dedupe as it was
before commit e3f876d ("extract evaluation and datasets", October 2025), which moved it out:
`git clone https://github.com/CoLRev-Environment/bib-dedupe && cd bib-dedupe &&
git archive e3f876d^ data | tar -x -C /somewhere`. Each dataset folder holds
`records_pre_merged.csv` (search exports, one record a row) and `merged_record_ids.csv`
(the labelled duplicate groups). Nothing of it is kept in this repository.

Each dataset is written as a .bib (one entry a row, the ID as key), then
`python -m citekit duplicates FILE.bib -f json` runs on it as a fresh process. With
--bib-dedupe (the python of a venv where `pip install "bib-dedupe==0.11.*"` ran), bib-dedupe's
prep/block/match/cluster runs on the same CSV in the same way. Figures are pairwise: every
pair of records inside a reported group is a predicted pair, every pair inside a labelled group
a true one; CPU is user + system seconds of the process and its children (os.wait4).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

DEV = ("cytology_screening", "respiratory", "stroke", "special_cases")
FIELD_CHARS_RE = re.compile(r"[^\w\-:.+/]")
SKIPPED_COLUMNS = frozenset({"ID", "ENTRYTYPE", "colrev_status", "file_name", "cited_by"})
BIB_DEDUPE_RUN = """
import json, sys
import pandas as pd
from bib_dedupe.bib_dedupe import block, cluster, match, prep
frames = [pd.read_csv(path) for path in sys.argv[1:]]
records = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
matched = match(block(prep(records, verbosity_level=0), verbosity_level=0), verbosity_level=0)
json.dump([sorted(group) for group in cluster(matched, verbosity_level=0)], sys.stdout)
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One tool on one dataset: the groups it reported and what it cost."""

    groups: list[list[str]]
    cpu: float
    peak_mb: float


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def record_files(folder: Path) -> list[Path]:
    """records_pre_merged.csv, or its _part1/_part2 halves."""
    whole = folder / "records_pre_merged.csv"
    return [whole] if whole.exists() else sorted(folder.glob("records_pre_merged_part*.csv"))


def read_records(folder: Path) -> Iterator[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    for path in record_files(folder):
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)


def read_gold(folder: Path) -> list[list[str]]:
    with (folder / "merged_record_ids.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        return [row[0].split(";") for row in rows if row]


def to_bib(records: Iterable[dict[str, str]]) -> str:
    """One @type{ID, ...} per record; braces kept balanced so every entry parses."""
    out = []
    for row in records:
        fields = [
            f"  {_field_name(name)} = {{{_balanced(value)}}}"
            for name, value in row.items()
            if name not in SKIPPED_COLUMNS and value and value.strip() and value != "nan"
        ]
        out.append(f"@{row.get('ENTRYTYPE') or 'misc'}{{{row['ID']},\n" + ",\n".join(fields))
        out.append("}\n")
    return "\n".join(out)


def _field_name(column: str) -> str:
    """A column name as a BibTeX field name: 'colrev.origin' stays, 'cited by' -> 'cited_by'."""
    name = FIELD_CHARS_RE.sub("_", column.strip()) or "field"
    return name if name[0].isalpha() else "f_" + name


def _balanced(value: str) -> str:
    depth, kept = 0, []
    for char in " ".join(value.split()):
        if char == "}" and depth == 0:
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        kept.append(char)
    return "".join(kept) + "}" * depth


def run(command: list[str]) -> tuple[str, float, float]:
    """stdout, CPU seconds (process and children) and peak RSS (MB) of COMMAND."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(command[:4])} ... failed with exit {code}")
        out.seek(0)
        text = out.read().decode("utf-8")
    return text, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_citekit(bib: Path, records: int) -> Run:
    command = [sys.executable, "-m", "citekit", "duplicates", str(bib), "--format", "json"]
    text, cpu, peak = run(command)
    report = json.loads(text)
    if report["summary"]["entries"] != records or report["problems"]:
        print(
            f"warning: {bib}: {records} records, {report['summary']['entries']} entries read, "
            f"problems: {report['problems'][:3]}",
            file=sys.stderr,
        )
    return Run([g["keys"] for g in report["groups"]], cpu, peak)


def run_bib_dedupe(python: str, folder: Path) -> Run:
    paths = [str(p) for p in record_files(folder)]
    text, cpu, peak = run([python, "-c", BIB_DEDUPE_RUN, *paths])
    return Run(json.loads(text), cpu, peak)


def pairs(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}  # type: ignore[misc]


def score(predicted: list[list[str]], gold: list[list[str]]) -> Score:
    found, true = pairs(predicted), pairs(gold)
    return Score(len(found & true), len(found - true), len(true - found))


def row(name: str, tool: str, s: Score, cpu: float, peak: float | None) -> str:
    memory = f"{peak:.0f}" if peak is not None else ""
    return (
        f"| {name} | {tool} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.4f} "
        f"| {s.recall:.4f} | {s.f1:.4f} | {cpu:.2f} | {memory} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="bib-dedupe's data/ folder")
    parser.add_argument("--datasets", nargs="+", default=list(DEV))
    parser.add_argument("--bib-dedupe", help="python of a venv with bib-dedupe installed")
    parser.add_argument("--json", type=Path, help="also write every group and figure here")
    parser.add_argument("--work", type=Path, help="where the .bib files go (default: a temp dir)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="citekit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print("| dataset | tool | true pairs | TP | FP | FN | precision | recall | F1 | CPU s | MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    totals: dict[str, tuple[Score, float]] = {}
    dump = {}
    for name in args.datasets:
        folder = args.data / name
        gold = read_gold(folder)
        bib = work / f"{name}.bib"
        records = list(read_records(folder))
        bib.write_text(to_bib(records), encoding="utf-8")
        runs = {"citekit": run_citekit(bib, len(records))}
        if args.bib_dedupe:
            runs["bib-dedupe"] = run_bib_dedupe(args.bib_dedupe, folder)
        for tool, result in runs.items():
            s = score(result.groups, gold)
            print(row(name, tool, s, result.cpu, result.peak_mb), flush=True)
            before = totals.get(tool, (Score(0, 0, 0), 0.0))
            totals[tool] = (before[0] + s, before[1] + result.cpu)
            dump[f"{name}/{tool}"] = {"groups": result.groups, "cpu": result.cpu, "tp": s.tp}
    for tool, (s, cpu) in totals.items():
        print(row("**pooled**", tool, s, cpu, None))
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
