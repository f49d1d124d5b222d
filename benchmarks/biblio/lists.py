"""Reference lists: works rendered as a bibliography only, one document per style, and scoring.

Each document is a heading and pandoc's refs div with every chosen work (`nocite`); the gold
(`out/lists/gold/NAME.FMT.gold.json`) is a list of records {key, text, fields}, fields being
what the rendered entry states (corpus fields.stated_fields). `score` runs citekit on each
document and matches its entries to the gold records by title, then counts fields as the
shared scorer does (its field_match, loaded from /work/shared/eval).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shlex
import subprocess
import sys
from pathlib import Path

from benchmarks.biblio import render
from benchmarks.corpus import ast, fields, pandoc
from benchmarks.corpus.library import Work, pools

STYLES = (
    "apa",
    "modern-language-association",
    "chicago-author-date",
    "harvard-cite-them-right",
    "elsevier-vancouver",
    "chicago-shortened-notes-bibliography",
)
HEADINGS = {"apa": "References", "modern-language-association": "Works Cited",
            "elsevier-vancouver": "References"}  # fmt: skip
SOURCES = ("chicago", "crh:en", "sbl:en", "basel:en", "cdl")
FORMATS = ("txt", "md", "docx")
ENTRIES = 25
EVAL = Path("/work/shared/eval")


def build_all(works: dict[str, Work], out: Path, per_style: int, seed: str) -> None:
    """Write every reference-list document and its gold under out/lists."""
    by_source = pools(works)
    keys = sorted({k for s in SOURCES for k in by_source.get(s, [])})
    for style in STYLES:
        for i in range(1, per_style + 1):
            name = f"{style}-{i}"
            chosen = random.Random(f"{seed}:{name}").sample(keys, ENTRIES)
            _render(name, style, [works[k] for k in chosen], out / "lists")


def _render(name: str, style: str, chosen: list[Work], out: Path) -> None:
    nocite = ", ".join(f"@{{{w.key}}}" for w in chosen)
    heading = HEADINGS.get(style, "Bibliography")
    source = f"---\nlang: en-US\nnocite: '{nocite}'\n---\n\n## {heading}\n\n::: {{#refs}}\n:::\n"
    items = [w.item for w in chosen]
    real = render.citeproc(source, items, style)
    probe = render.citeproc(source, [fields.probe_item(i) for i in items], style)
    texts, probes = render.entries(real), render.entries(probe)
    by_key = {w.key: w for w in chosen}
    answer = [
        {"key": k, "text": t, "fields": fields.stated_fields(by_key[k].item, [t], [probes[k]])}
        for k, t in texts.items()
    ]
    ast.flatten(real)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        pandoc.write(real, fmt, out / "docs" / f"{name}.{fmt}")
        record = {"document": f"docs/{name}.{fmt}", "entries": answer}
        text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        (out / "gold" / f"{name}.{fmt}.gold.json").write_text(text, encoding="utf-8")


def score_all(out: Path, cmd: str) -> int:
    """Print fields P/R/F1 and entries found per style and format, and the total."""
    scorer = _scorer()
    totals: dict[str, list[int]] = {}
    for path in sorted((out / "lists" / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        run = _run(cmd, out / "lists" / gold["document"])
        counts = _count(scorer, gold["entries"], run.get("entries", []))
        style, fmt = re.sub(r"-\d+$", "", path.name.split(".")[0]), path.name.split(".")[1]
        for group in (f"{style} {fmt}", f"all {fmt}", "all"):
            totals[group] = [
                a + b for a, b in zip(totals.get(group, [0, 0, 0]), counts, strict=True)
            ]
    for group, counts in sorted(totals.items()):
        print(f"{group:50} {_figures(counts)}")
    return 0


def _run(cmd: str, doc: Path) -> dict:
    argv = [a.replace("{doc}", str(doc)) for a in shlex.split(cmd)]
    proc = subprocess.run(argv, capture_output=True, text=True)
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        print(f"{doc}: {proc.stderr.strip()[:200]}", file=sys.stderr)
        return {}


def _count(scorer, gold: list[dict], entries: list[dict]) -> list[int]:
    tp = fp = fn = 0
    left = list(entries)
    for record in gold:
        want = record["fields"]
        best = max(left, key=lambda e: scorer.similar(want.get("title"), e.get("title")),
                   default=None)  # fmt: skip
        if best is not None and scorer.similar(want.get("title"), best.get("title")) >= 0.6:
            left.remove(best)
        else:
            best = {}
        for name in scorer.FIELDS:
            g, p = want.get(name), best.get(name)
            if g in (None, "", []) and p in (None, "", []):
                continue
            if (
                g not in (None, "", [])
                and p not in (None, "", [])
                and scorer.field_match(name, g, p)
            ):
                tp += 1
                continue
            fp += p not in (None, "", [])
            fn += g not in (None, "", [])
    return [tp, fp, fn]


def _figures(counts: list[int]) -> str:
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
