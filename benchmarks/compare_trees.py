"""Are two source trees' JSON reports byte for byte the same on a set of documents?

    python benchmarks/compare_trees.py --old /tmp/snapshot --new . --sets seeds,corpora
    python benchmarks/compare_trees.py --old A --new B --sets gen --formats md,txt --jobs 2
    python benchmarks/compare_trees.py ... --cache DIR   # keep OLD's reports in DIR for reruns
    python benchmarks/compare_trees.py ... --cache DIR --old-only   # only write OLD's reports
    python benchmarks/compare_trees.py ... --every 2   # every second document of each set

A speed-up must not change a byte of any report. Each document is extracted by a fresh
`python -m citekit extract DOC --format json` in each tree (`env -C TREE`, so the tree's
own package is imported, as in alternate.py), with this interpreter; the report (stdout,
each tree's path written <TREE>) and the exit code are compared. Prints the documents that
differ and a count per set; exit 1 when any differs.

The sets are named one by one (a glob over /work/devdata would also run the sets held out):
`seeds` (the shared seeds), `corpora` (the tests/corpus* gold sets that check.sh runs, less
the held-out corpus22), `gen`, `gen36`, `gen39` (the generated corpus, in --formats),
`real34` ... `real39`, `mddev37`, `manuscripts` (every document of a set's gold), and
`path:FILE` for one document.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

DEVDATA = Path("/work/devdata")
SEED_GOLD = Path("/work/shared/eval/gold")
HELD_OUT = "corpus22"  # never run, read or scored
GOLD_SETS = ("real34", "real35", "real36", "real37", "real38", "real39", "mddev37")
GENERATED = ("gen", "gen36", "gen39", "manuscripts")


def _gold_documents(gold: Path, root: Path, formats: set[str] | None) -> list[Path]:
    """The documents that the gold files in GOLD name, found under ROOT (or beside GOLD)."""
    found = []
    for path in sorted(gold.glob("*.gold.json")):
        named = json.loads(path.read_text()).get("document", "")
        if formats is not None and Path(named).suffix.lstrip(".") not in formats:
            continue
        for base in (root, gold.parent):
            if (base / named).is_file():
                found.append((base / named).resolve())
                break
    return found


def documents(name: str, tree: Path, formats: set[str]) -> list[Path]:
    """The documents of the set NAME (see the module's docstring)."""
    if name.startswith("path:"):
        return [Path(name[5:]).resolve()]
    if name == "seeds":
        return _gold_documents(SEED_GOLD, tree, None)
    if name == "corpora":
        folders = sorted(tree.glob("tests/corpus*"), key=lambda p: (len(p.name), p.name))
        return [
            doc
            for folder in folders
            if folder.name != HELD_OUT and (folder / "gold").is_dir()
            for doc in _gold_documents(folder / "gold", tree, None)
        ]
    if name in GOLD_SETS:
        return _gold_documents(DEVDATA / name / "gold", DEVDATA / name, None)
    if name in GENERATED:
        root = DEVDATA / (name if name != "manuscripts" else "manuscripts/out")
        return _gold_documents(root / "gold", root, formats)
    raise SystemExit(f"unknown set {name!r}")


def report(tree: Path, doc: Path, trees: tuple[Path, ...]) -> bytes:
    """TREE's JSON report of DOC with its exit code; the path of each of TREES (a document
    of the seeds or the corpora lies in one) written <TREE>."""
    command = ["env", "-C", str(tree), sys.executable, "-m", "citekit", "extract", str(doc)]
    done = subprocess.run([*command, "--format", "json"], capture_output=True)
    out = done.stdout
    for each in trees:
        out = out.replace(str(each).encode(), b"<TREE>")
    return out + f"\nexit {done.returncode}\n".encode()


def old_report(tree: Path, doc: Path, trees: tuple[Path, ...], cache: Path | None) -> bytes:
    """report(TREE, DOC, TREES), read from CACHE when an earlier run kept it there."""
    if cache is None:
        return report(tree, doc, trees)
    kept = cache / hashlib.sha1(f"{tree}\n{doc}".encode()).hexdigest()
    if not kept.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(report(tree, doc, trees))
    return kept.read_bytes()


def main(argv: list[str] | None = None) -> int:
    """Compare every document of the sets; the exit code says whether any report differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, required=True)
    parser.add_argument("--sets", required=True, help="comma-separated set names")
    parser.add_argument("--formats", default="md,txt", help="of the generated sets")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--every", type=int, default=1, help="every Nth document of a set")
    parser.add_argument("--cache", type=Path, help="a folder keeping OLD's reports")
    parser.add_argument("--old-only", action="store_true", help="fill the cache, compare none")
    args = parser.parse_args(argv)
    old, new, formats = args.old.resolve(), args.new.resolve(), set(args.formats.split(","))
    differ, trees = 0, (old, new)

    def same(doc: Path) -> bool:
        if args.old_only:
            return bool(old_report(old, doc, trees, args.cache))
        return old_report(old, doc, trees, args.cache) == report(new, doc, trees)

    with ThreadPoolExecutor(args.jobs) as pool:
        for name in args.sets.split(","):
            docs = documents(name, new, formats)[:: args.every]
            results = list(pool.map(same, docs))
            for doc, ok in zip(docs, results, strict=True):
                if not ok:
                    print(f"differs: {doc}", flush=True)
            differ += results.count(False)
            print(f"{name}: {results.count(True)} of {len(docs)} reports the same", flush=True)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
