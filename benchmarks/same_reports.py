"""Are the JSON reports of `citekit extract` byte for byte those of an earlier version?

    python benchmarks/same_reports.py --write DIR     # save this version's reports in DIR
    python benchmarks/same_reports.py --compare DIR   # exit 1 and list the documents that differ
    python benchmarks/same_reports.py --dev --write DIR   # also the development documents

The documents: the seeds, tests/corpus*, tests/gen_corpus, tests/data/notes, tests/pdf and the
two 5,000-note books of bench_stages.py (written under benchmarks/out/ when missing); with
--dev also the documents under /work/devdata that are present (the real dev sets, every style's
first two generated documents in all five formats, the notes+bibliography and core.xml
footnote documents). Run --write on the old version, change the code, run --compare: a
speed-up must not change a byte. The code run is that of the tree this script lives in
(PYTHONPATH), so a copy of an older commit's tree writes that commit's reports.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    *sorted(f"tests/{p.name}" for p in ROOT.glob("tests/corpus*") if p.name[6:].isdigit()),
    "tests/corpus",
    "tests/gen_corpus",
)
MORE = ("tests/data/notes", "tests/pdf")
SUFFIXES = {".txt", ".md", ".tex", ".docx", ".html", ".pdf"}
SEEDS = Path("/work/shared/seeds")  # outside the repository; skipped when absent
DEVDATA = Path("/work/devdata")  # outside the repository, on the development machine only
# the published sets named one by one: a "real*" glob would run the set held out
PUBLISHED = ("real34", "real35", "real36", "real37", "real38", "real39", "mddev37")
DEV_GLOBS = (
    *(f"{name}/*.*" for name in PUBLISHED),  # their documents, beside SOURCES.md
    "manuscripts/out/docs/*/*-*1.*",
    "msnotes/docs/*/*-*1.*",
    "biblio/footnotes/dev/*.*",
    "gen/docs/*/*-[13].md",  # a sample of the generated corpus: two documents a style
    "gen/docs/*/*-[13].txt",
)


def documents() -> list[Path]:
    """Every document to compare, in a stable order."""
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    for folder in (*FOLDERS, *MORE):
        found += sorted(p for p in (ROOT / folder).iterdir() if _is_document(p))
    return found + _books()


def _is_document(path: Path) -> bool:
    return path.suffix in SUFFIXES and not path.name.startswith("README")  # a corpus's notes


def dev_documents() -> list[Path]:
    """The development documents under DEVDATA that are present, in a stable order."""
    found = []
    for pattern in DEV_GLOBS:
        found += sorted(p for p in DEVDATA.glob(pattern) if _is_document(p) and p.stem != "SOURCES")
    return found


def _books() -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_stages

    return [bench_stages.book(kind, 5000) for kind in ("repeat", "synthetic")]


def report(path: Path) -> bytes:
    """The JSON report (stdout) with the exit code, so a changed code counts as a change."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "citekit", "extract", str(path), "--format", "json"]
    done = subprocess.run(command, capture_output=True, env=env)
    out = done.stdout.replace(str(ROOT).encode(), b"<ROOT>")  # the same in another worktree
    return out + f"\nexit {done.returncode}\n".encode()


def _name(path: Path) -> str:
    for base in (ROOT, DEVDATA):
        if path.is_relative_to(base):
            return str(path.relative_to(base)).replace("/", "__")
    return path.name


def main(argv: list[str] | None = None) -> int:
    """Write or compare the reports; the number of differing documents decides the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR")
    mode.add_argument("--compare", type=Path, metavar="DIR")
    parser.add_argument("--dev", action="store_true", help="also the documents under DEVDATA")
    args = parser.parse_args(argv)
    differ = []
    paths = documents() + (dev_documents() if args.dev else [])
    if args.compare:  # a dev set added after --write has nothing to compare with
        paths = [path for path in paths if (args.compare / _name(path)).is_file()]
    for path in paths:
        text = report(path)
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / _name(path)).write_bytes(text)
        elif (args.compare / _name(path)).read_bytes() != text:
            differ.append(path)
            print(f"differs: {path}")
    if args.compare:
        print(f"{len(paths) - len(differ)} of {len(paths)} reports byte for byte the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
