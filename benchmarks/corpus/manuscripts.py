"""Manuscript mode: real scholarly manuscripts through CSL note styles, with exact gold.

    python -m benchmarks.corpus.manuscripts MANIFEST --out DIR [--styles ID,ID]
        [--formats md,docx,txt] [--notes 40] [--cache DIR]

Each part of each manuscript of the manifest (manuscript.py) is rendered by citeproc through
each style, twice (the real works, and with sentinel numbers: the probe), its author-in-text
notes given their Cite (regroup.py), and written in each format; the gold is read from the
rendering exactly as the generator's is (gold.py). Layout as `build`'s: DIR/docs/STYLE/NAME.FMT
and DIR/gold/NAME.FMT.gold.json with NAME = STYLE-IDn, so score_corpus reads it
(`--out DIR`). Renders are cached by their input (citeproc takes seconds a call).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import ast, fields, gold, manuscript, pandoc, regroup, selfcheck
from benchmarks.corpus.compose import Cite
from benchmarks.corpus.library import Work

STYLES = (
    "chicago-notes-bibliography-17th-edition",
    "chicago-notes-bibliography-subsequent-ibid",
    "mhra-notes",
    "medical-history",
)  # the held-out set's four
FORMATS = ("md", "docx", "txt")


@dataclass(frozen=True)
class Part:
    """A part of a manuscript as gold.build reads a planned document: its name and citations."""

    name: str
    planned: tuple[Cite, ...]

    def cites(self) -> list[Cite]:
        return list(self.planned)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    styles = args.styles.split(",") if args.styles else STYLES
    formats = tuple(args.formats.split(","))
    cache = args.cache or args.out / "cache"
    written = []
    for ms in manuscript.manifest(args.manifest):
        parts, works = manuscript.read(ms, args.notes)
        for n, part in enumerate(parts, start=1):
            for style in styles:
                written += render(part, f"{style}-{ms.id}{n}", style, works, args.out,
                                  formats, cache)  # fmt: skip
    print(f"{len(written)} gold files in {args.out}", file=sys.stderr)
    return selfcheck.main([str(args.out / "gold"), "--root", str(args.out)])


def render(part: dict, name: str, style: str, works: dict[str, Work], out: Path,
           formats: tuple[str, ...], cache: Path) -> list[Path]:  # fmt: skip
    """Write one part through one style in each format, with its gold file."""
    planned = regroup.cites(part)
    items = [works[k].item for k in dict.fromkeys(c.key for c in planned)]
    real = rendered(part, items, style, cache)
    probe = rendered(part, [fields.probe_item(i) for i in items], style, cache)
    answer = as_printed(gold.build(Part(name, tuple(planned)), copy.deepcopy(real), probe, works))
    ast.flatten(real)
    doc_dir, gold_dir = out / "docs" / style, out / "gold"
    doc_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in formats:
        pandoc.write(real, fmt, doc_dir / f"{name}.{fmt}")
        record = {"document": f"docs/{style}/{name}.{fmt}", **answer}
        path = gold_dir / f"{name}.{fmt}.gold.json"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def as_printed(answer: dict) -> dict:
    """Numbers as the citations print them: a .bib's issue "03" that a style prints as "3"."""
    texts: dict[str, str] = {}
    for note in answer["notes"]:
        for cit in note["citations"]:
            texts[cit["work"]] = texts.get(cit["work"], "") + " " + cit["text"]
    for key, work in answer["works"].items():
        for name in ("volume", "number"):
            value = work.get(name, "")
            printed = value.lstrip("0")
            if value.isdigit() and printed and printed != value and not _shows(value, texts[key]):
                work[name] = printed
    return answer


def _shows(number: str, text: str) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", text) is not None


def rendered(part: dict, items: list[dict], style: str, cache: Path,
             style_dir: Path = pandoc.STYLE_DIR) -> dict:  # fmt: skip
    """citeproc's rendering, its in-text notes given a Cite and its note citations unwrapped."""
    source = json.dumps(part, ensure_ascii=False, sort_keys=True)
    key = hashlib.sha1(
        json.dumps([source, items, style], ensure_ascii=False, sort_keys=True).encode()
    ).hexdigest()
    path = cache / f"{key}.json"
    if path.exists():
        doc = json.loads(path.read_text(encoding="utf-8"))
    else:
        doc = pandoc.citeproc(source, items, style, style_dir, reader="json")
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    regroup.hoist_author_notes(doc)
    ast.unwrap_note_citations(doc)
    ast.tidy_spaces(doc)
    return doc


def parser(prog: str = "python -m benchmarks.corpus.manuscripts",
           description: str = __doc__.splitlines()[0],
           styles: tuple[str, ...] = STYLES) -> argparse.ArgumentParser:  # fmt: skip
    """The command line of a manuscript mode (this one, or biblio.msnotes's)."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--styles", help=f"comma-separated style ids (default: {','.join(styles)})")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--notes", type=int, default=manuscript.NOTES_PER_PART,
                    help="notes per part")  # fmt: skip
    ap.add_argument("--cache", type=Path, help="citeproc renderings (default: OUT/cache)")
    return ap


if __name__ == "__main__":
    sys.exit(main())
