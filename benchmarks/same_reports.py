"""Are the JSON reports of `citekit extract` byte for byte those of an earlier version?

    python benchmarks/same_reports.py --write DIR     # save this version's reports in DIR
    python benchmarks/same_reports.py --compare DIR   # exit 1 and list the documents that differ

The documents: the seeds, tests/corpus*, tests/gen_corpus, tests/data/notes, tests/pdf and the
two 5,000-note books of bench_stages.py (written under benchmarks/out/ when missing). Run
--write on the old version, change the code, run --compare: a speed-up must not change a byte.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITEKIT = Path(sys.executable).with_name("citekit")
FOLDERS = ("tests/corpus", "tests/corpus2", "tests/corpus3", "tests/gen_corpus")
MORE = ("tests/data/notes", "tests/pdf")
SUFFIXES = {".txt", ".md", ".tex", ".docx", ".html", ".pdf"}
SEEDS = Path("/work/shared/seeds")  # outside the repository; skipped when absent


def documents() -> list[Path]:
    """Every document to compare, in a stable order."""
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    for folder in (*FOLDERS, *MORE):
        found += sorted(p for p in (ROOT / folder).iterdir() if p.suffix in SUFFIXES)
    return found + _books()


def _books() -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_stages

    return [bench_stages.book(kind, 5000) for kind in ("repeat", "synthetic")]


def report(path: Path) -> bytes:
    """The JSON report (stdout) with the exit code, so a changed code counts as a change."""
    done = subprocess.run(
        [str(CITEKIT), "extract", str(path), "--format", "json"], capture_output=True
    )
    return done.stdout + f"\nexit {done.returncode}\n".encode()


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).replace(
        "/", "__"
    )


def main(argv: list[str] | None = None) -> int:
    """Write or compare the reports; the number of differing documents decides the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR")
    mode.add_argument("--compare", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    differ = []
    paths = documents()
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
