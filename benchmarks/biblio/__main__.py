"""Generate documents with a bibliography section, and plain reference lists, with exact gold.

    python -m benchmarks.biblio build [--docs 2] [--notes 15-30] [--out DIR] [--sections]
                                      [--notes-only]
    python -m benchmarks.biblio score [--out DIR] [--cmd CMD]

Notes documents: the corpus generator's plan (benchmarks/corpus/compose.py) rendered through
Chicago's notes-bibliography styles with the bibliography printed at the end (a heading and
pandoc's `::: {#refs}`); gold in the shared GOLD.md format, each work's fields the union of
what its notes and its bibliography entry state. Reference lists: works rendered as a list
only (nocite), one document per style; gold is one record per entry (lists.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks.biblio import lists, notes
from benchmarks.corpus import library

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"  # git-ignored


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "score":
        return lists.score_all(args.out, args.cmd)
    works = library.load()
    low, high = (int(n) for n in args.notes.split("-"))
    notes.build_all(works, args.out, args.docs, (low, high), args.seed, args.sections)
    if not args.notes_only:
        lists.build_all(works, args.out, args.docs, args.seed)
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.biblio", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="generate the documents and their gold")
    b.add_argument("--out", type=Path, default=OUT)
    b.add_argument("--docs", type=int, default=2, help="documents per style")
    b.add_argument("--notes", default="15-30", help="notes per document, MIN-MAX")
    b.add_argument("--seed", default="biblio-1")
    b.add_argument(
        "--sections",
        action="store_true",
        help="split each bibliography under Primary / Secondary Sources headings",
    )
    b.add_argument("--notes-only", action="store_true", help="no reference lists")
    s = sub.add_parser("score", help="score citekit on the reference lists")
    s.add_argument("--out", type=Path, default=OUT)
    s.add_argument("--cmd", default=".venv/bin/citekit extract {doc} --format json")
    return ap


if __name__ == "__main__":
    sys.exit(main())
