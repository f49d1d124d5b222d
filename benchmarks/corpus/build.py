"""Render planned documents through their CSL style into five formats, each with its gold file."""

from __future__ import annotations

import copy
import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import ast, compose, fields, gold, library, pandoc, screen
from benchmarks.corpus.compose import Doc
from benchmarks.corpus.config import FORMATS
from benchmarks.corpus.library import Work

_WORKS: dict[str, Work] = {}  # the library, shared with worker processes


@dataclass(frozen=True)
class Job:
    """The documents of one style: their names, lengths and formats, and where they go.

    `prefix` is the documents' directory as the gold's "document" path gives it (relative to
    the root that evaluate.py is run with).
    """

    style: dict
    docs: tuple[tuple[str, int, tuple[str, ...]], ...]  # (name, notes, formats)
    doc_dir: Path
    gold_dir: Path
    prefix: str
    seed: str


def run(jobs: list[Job], works: dict[str, Work], processes: int) -> list[Path]:
    """Render every job, a style per worker process; the gold files written."""
    _WORKS.update(works)
    if processes <= 1:
        return [p for job in jobs for p in _run_style(job)]
    with ProcessPoolExecutor(processes) as pool:  # workers fork with _WORKS filled in
        return [p for paths in pool.map(_run_style, jobs) for p in paths]


def _run_style(job: Job) -> list[Path]:
    pools = style_pools(job.style, _WORKS)
    written = []
    for name, notes, formats in job.docs:
        doc = compose.plan(job.style, name, _WORKS, pools, notes, job.seed)
        written += render(doc, job.doc_dir, job.gold_dir, job.prefix, formats)
    return written


def style_pools(style: dict, works: dict[str, Work]) -> dict[str, list[str]]:
    """The style's pools of works, keeping only those the style can cite."""
    pools = library.pools(works)
    keys = [k for name in style["pools"] for k in pools.get(name, [])]
    citable = screen.citable(style, works, keys)
    return {name: [k for k in pools.get(name, []) if k in citable] for name in style["pools"]}


def rendered_pair(
    source: str, items: list[dict], style: str, style_dir: Path = pandoc.STYLE_DIR
) -> tuple[dict, dict]:
    """SOURCE through citeproc with the real ITEMS and again with sentinel values (the probe),
    each with its note citations unwrapped and its spaces tidied as authors write them."""
    real = pandoc.citeproc(source, items, style, style_dir)
    probe = pandoc.citeproc(source, [fields.probe_item(i) for i in items], style, style_dir)
    for rendered in (real, probe):
        ast.unwrap_note_citations(rendered)
        ast.tidy_spaces(rendered)
    return real, probe


def render(doc: Doc, doc_dir: Path, gold_dir: Path, prefix: str,
           formats: tuple[str, ...] = FORMATS) -> list[Path]:  # fmt: skip
    """Write `doc` in each format under doc_dir and its gold under gold_dir."""
    source = compose.markdown(doc)
    items = [_WORKS[c].item for c in dict.fromkeys(c.key for c in doc.cites())]
    real, probe = rendered_pair(source, items, doc.style["id"])
    answer = gold.build(doc, copy.deepcopy(real), probe, _WORKS)
    ast.flatten(real)
    doc_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        name = f"{doc.name}.{fmt}"
        pandoc.write(real, fmt, doc_dir / name)
        path = gold_dir / f"{name}.gold.json"
        record = {"document": f"{prefix}/{name}", **answer}
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written
