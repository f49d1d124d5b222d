"""Score an extractor on the generated corpus: a style x format table and the misses behind it.

    python -m benchmarks.corpus.score_corpus [--out benchmarks/corpus/out]
        [--cmd '.venv/bin/citekit extract {doc} --format json'] [--eval /work/shared/eval]
        [--styles ID,ID] [--formats md,txt] [--jobs 2] [--misses] [--json FILE]

Runs the command on every document that out/gold/*.gold.json names and scores its report with
the shared scorer's `score` function (loaded from --eval; the test suite never needs it).
Prints the mean headline per style and format, the component figures per format, and with
--misses the most frequent failure patterns (counts over all documents).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from benchmarks.corpus.config import FORMATS, OUT

COMPONENTS = [("notes", "f1"), ("citations", "f1"), ("citations", "kind_accuracy"),
              ("citations", "locator_accuracy"), ("linking", "f1"), ("backrefs", "accuracy"),
              ("entries", "f1"), ("fields", "f1")]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    scorer = _load_scorer(args.eval)
    golds = [g for g in sorted((args.out / "gold").glob("*.gold.json")) if _wanted(g, args)]
    if not golds:
        print(f"no gold files under {args.out / 'gold'}: run `python -m benchmarks.corpus build`",
              file=sys.stderr)  # fmt: skip
        return 2
    with ThreadPoolExecutor(args.jobs) as pool:
        runs = list(pool.map(lambda g: _run(g, args.out, args.cmd, scorer), golds))
    print(_table(runs))
    print(_components(runs))
    if args.misses:
        from benchmarks.corpus import misses

        print(misses.report(runs, scorer))
    if args.json:
        rows = [{k: r[k] for k in ("style", "format", "document", "result", "error")} for r in runs]
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _wanted(gold_path: Path, args: argparse.Namespace) -> bool:
    stem, fmt = gold_path.name.removesuffix(".gold.json").rsplit(".", 1)
    style = stem.rsplit("-", 1)[0]
    return (not args.formats or fmt in args.formats.split(",")) and (
        not args.styles or style in args.styles.split(",")
    )


def _run(gold_path: Path, out: Path, cmd: str, scorer) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = gold_path.name.removesuffix(".gold.json")
    stem, fmt = name.rsplit(".", 1)
    run = {"style": stem.rsplit("-", 1)[0], "format": fmt, "document": gold["document"],
           "gold": gold, "report": None, "result": None, "error": None}  # fmt: skip
    argv = [a.replace("{doc}", str(out / gold["document"])) for a in shlex.split(cmd)]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)
    try:
        if proc.returncode not in (0, 1):
            raise ValueError(f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}")
        run["report"] = json.loads(proc.stdout)
        run["result"] = scorer.score(run["report"], gold)
    except ValueError as exc:  # json.JSONDecodeError is a ValueError too
        run["error"] = str(exc)
    return run


def _headline(run: dict) -> float:
    return run["result"]["headline"] if run["result"] else 0.0


def _table(runs: list[dict]) -> str:
    cells: dict[tuple[str, str], list[float]] = defaultdict(list)
    for run in runs:
        cells[(run["style"], run["format"])].append(_headline(run))
        cells[(run["style"], "all")].append(_headline(run))
        cells[("all styles", run["format"])].append(_headline(run))
        cells[("all styles", "all")].append(_headline(run))
    columns = [*FORMATS, "all"]
    styles = sorted({r["style"] for r in runs}) + ["all styles"]
    width = max(len(s) for s in styles)
    lines = [f"{'mean headline':{width}} " + " ".join(f"{c:>6}" for c in columns)]
    for style in styles:
        row = [_mean(cells.get((style, c))) for c in columns]
        lines.append(f"{style:{width}} " + " ".join(f"{v:6.3f}" if v is not None else f"{'-':>6}"
                                                     for v in row))  # fmt: skip
    return "\n".join(lines)


def _components(runs: list[dict]) -> str:
    head = "format " + " ".join(f"{s[:5]}.{k[:4]:4}" for s, k in COMPONENTS) + "  errors"
    lines = ["", head]
    for fmt in [*FORMATS, "all"]:
        chosen = [r for r in runs if fmt in ("all", r["format"])]
        values = [_mean([r["result"][s][k] for r in chosen if r["result"]]) for s, k in COMPONENTS]
        errors = Counter(bool(r["error"]) for r in chosen)[True]
        lines.append(f"{fmt:6} " + " ".join(f"{v:10.3f}" if v is not None else f"{'-':>10}"
                                              for v in values) + f"  {errors:6d}")  # fmt: skip
    return "\n".join(lines)


def _mean(values: list[float] | None) -> float | None:
    return sum(values) / len(values) if values else None


def _load_scorer(folder: Path):
    spec = importlib.util.spec_from_file_location("shared_score", folder / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"score_corpus: no score.py in {folder} (pass --eval DIR)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cmd", default=".venv/bin/citekit extract {doc} --format json")
    ap.add_argument("--eval", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--styles", help="comma-separated style ids (default: all)")
    ap.add_argument("--formats", help="comma-separated formats (default: all)")
    ap.add_argument("--misses", action="store_true", help="count the failure patterns")
    ap.add_argument("--json", type=Path, help="write every document's figures here")
    return ap


if __name__ == "__main__":
    sys.exit(main())
