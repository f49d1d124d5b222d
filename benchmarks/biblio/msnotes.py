"""Real manuscripts with their bibliography printed at the end, through Chicago's notes styles.

    python -m benchmarks.biblio.msnotes MANIFEST --out DIR [--styles ID,ID]
        [--formats md,docx,txt] [--notes 40] [--cache DIR]

The manuscript mode of the corpus generator (benchmarks/corpus/manuscripts.py: a manifest of
real pandoc manuscripts kept outside the project, cut into parts), with the bibliography kept:
each part ends with a "Bibliography" heading and pandoc's `::: {#refs}` div, and is rendered
through Chicago 18's shortened notes (every note short, the full data only in the
bibliography) or the full-first-note style. Each work's gold fields are what its notes and its
bibliography entry state together, as in notes.py. Layout as `score_corpus --out DIR` reads it.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from benchmarks.biblio import notes, render
from benchmarks.corpus import ast, fields, gold, manuscript, manuscripts, pandoc, regroup, selfcheck

STYLES = ("chicago-shortened-notes-bibliography", "chicago-notes-bibliography")
HEADING = "Bibliography"


def main(argv: list[str] | None = None) -> int:
    args = manuscripts.parser(
        "python -m benchmarks.biblio.msnotes", __doc__.splitlines()[0], STYLES
    ).parse_args(argv)
    styles = args.styles.split(",") if args.styles else STYLES
    formats = tuple(args.formats.split(","))
    cache = args.cache or args.out / "cache"
    written = 0
    for ms in manuscript.manifest(args.manifest):
        parts, works = manuscript.read(ms, args.notes)
        for n, part in enumerate(parts, start=1):
            for style in styles:
                name = f"{style}-{ms.id}{n}"
                written += _render(part, name, style, works, args.out, formats, cache)
    print(f"{written} gold files in {args.out}", file=sys.stderr)
    return selfcheck.main([str(args.out / "gold"), "--root", str(args.out)])


def with_bibliography(part: dict) -> dict:
    """PART printing its bibliography at the end, under a heading."""
    meta = {k: v for k, v in part["meta"].items() if k != "suppress-bibliography"}
    refs = {"t": "Div", "c": [["refs", [], []], []]}
    return dict(part, meta=meta, blocks=[*part["blocks"], notes.heading(HEADING, level=2), refs])


def _render(part: dict, name: str, style: str, works: dict, out: Path,
            formats: tuple[str, ...], cache: Path) -> int:  # fmt: skip
    planned = regroup.cites(part)
    items = [works[k].item for k in dict.fromkeys(c.key for c in planned)]
    source = with_bibliography(part)
    real = manuscripts.rendered(source, items, style, cache, render.STYLE_DIR)
    probe_items = [fields.probe_item(i) for i in items]
    probe = manuscripts.rendered(source, probe_items, style, cache, render.STYLE_DIR)
    doc = manuscripts.Part(name, tuple(planned))
    answer = manuscripts.as_printed(gold.build(doc, copy.deepcopy(real), probe, works))
    answer["works"] = notes.with_entries(answer, real, probe, works)
    ast.flatten(real)
    doc_dir, gold_dir = out / "docs" / style, out / "gold"
    doc_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    for fmt in formats:
        pandoc.write(real, fmt, doc_dir / f"{name}.{fmt}")
        record = {"document": f"docs/{style}/{name}.{fmt}", **answer}
        text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        (gold_dir / f"{name}.{fmt}.gold.json").write_text(text, encoding="utf-8")
    return len(formats)


if __name__ == "__main__":
    sys.exit(main())
