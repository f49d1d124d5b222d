"""Generate the development corpus: real bibliographies through CSL note styles, with gold.

    python -m benchmarks.corpus build [--docs 3] [--breadth 2] [--notes 15-40] [--styles ID,ID]
        [--first N] [--after N]
    python -m benchmarks.corpus sample      # the small sample committed under tests/gen_corpus
    python -m benchmarks.corpus check DIR [--root ROOT]

`build` writes benchmarks/corpus/out/docs/STYLE/STYLE-N.{md,docx,txt,html,tex} and
out/gold/STYLE-N.FMT.gold.json (paths relative to out/: evaluate.py --gold out/gold --root out),
then checks every gold file against its document. Needs pandoc (its citeproc is the reference).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from benchmarks.corpus import build, library, selfcheck
from benchmarks.corpus.config import FORMATS, OUT, ROOT, SAMPLE, load_json

# the committed sample: one format per document, every format and language family present
SAMPLE_DOCS = [
    ("chicago-notes-bibliography-17th-edition", "md"),
    ("oscola", "docx"),
    ("medical-history", "txt"),
    ("geistes-und-kulturwissenschaften-heilmann", "tex"),
    ("ecole-pratique-des-hautes-etudes-sciences-historiques-et-philologiques", "html"),
    ("rassegna-degli-archivi-di-stato", "md"),
    ("ayer", "txt"),
    ("de-buck", "docx"),
    ("uniwersytet-gdanski-kulturoznawstwo-przypis", "tex"),
    ("iso690-full-note-cs", "md"),
    ("universita-di-bologna-lettere", "txt"),  # later styles, citing the later libraries too
    ("technische-universitat-dresden-historische-musikwissenschaft-note", "md"),
]
SAMPLE_NOTES = 12


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check":
        return selfcheck.main([args.dir, "--root", args.root or str(Path(args.dir).parent)])
    works = library.load()
    if args.command == "sample":
        return _sample(works)
    return _build(works, args)


def _build(works: dict, args: argparse.Namespace) -> int:
    wanted = set(args.styles.split(",")) if args.styles else None
    listed = load_json("styles.json")["styles"][args.after : args.first]
    styles = [s for s in listed if not wanted or s["id"] in wanted]
    jobs = []
    for style in styles:
        jobs.append(_job(style, [f"{style['id']}-{i}" for i in range(1, args.docs + 1)], args))
        if args.breadth and style.get("breadth"):  # the same style citing the later libraries
            names = [f"{style['id']}-b{i}" for i in range(1, args.breadth + 1)]
            jobs.append(_job(dict(style, pools=style["breadth"]), names, args))
    jobs = [job for job in jobs if job.docs]
    written = build.run(jobs, works, args.jobs)
    print(f"{sum(len(j.docs) for j in jobs)} documents, {len(written)} gold files in {args.out}",
          file=sys.stderr)  # fmt: skip
    return selfcheck.main([str(args.out / "gold"), "--root", str(args.out)])


def _job(style: dict, names: list[str], args: argparse.Namespace) -> build.Job:
    low, high = (int(n) for n in args.notes.split("-"))
    docs = tuple((n, random.Random(f"{args.seed}:{n}").randint(low, high), FORMATS)
                 for n in names)  # fmt: skip
    out = args.out / "docs" / style["id"]
    return build.Job(style, docs, out, args.out / "gold", f"docs/{style['id']}", args.seed)


def _sample(works: dict) -> int:
    styles = {s["id"]: s for s in load_json("styles.json")["styles"]}
    prefix = SAMPLE.relative_to(ROOT).as_posix()
    jobs = [
        build.Job(
            styles[sid],
            ((f"{sid}-s", SAMPLE_NOTES, (fmt,)),),
            SAMPLE,
            SAMPLE / "gold",
            prefix,
            "sample",
        )  # fmt: skip
        for sid, fmt in SAMPLE_DOCS
    ]
    build.run(jobs, works, 2)
    return selfcheck.main([str(SAMPLE / "gold"), "--root", str(ROOT)])


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="generate the full corpus")
    b.add_argument("--out", type=Path, default=OUT)
    b.add_argument("--docs", type=int, default=3, help="documents per style")
    b.add_argument("--breadth", type=int, default=2,
                   help="documents per style citing its 'breadth' pools (STYLE-bN)")  # fmt: skip
    b.add_argument("--notes", default="15-40", help="notes per document, MIN-MAX")
    b.add_argument("--styles", help="comma-separated style ids (default: all)")
    b.add_argument("--first", type=int, help="only the first N styles of data/styles.json "
                   "(34: the corpus before the styles added on 2026-12-06)")  # fmt: skip
    b.add_argument("--after", type=int, default=0,
                   help="only the styles after the first N (34: the later ones)")  # fmt: skip
    b.add_argument("--jobs", type=int, default=2, help="pandoc processes at once")
    b.add_argument("--seed", default="corpus-1")
    sub.add_parser("sample", help="regenerate the committed sample under tests/gen_corpus")
    c = sub.add_parser("check", help="check gold files against their documents")
    c.add_argument("dir")
    c.add_argument("--root")
    return ap


if __name__ == "__main__":
    sys.exit(main())
