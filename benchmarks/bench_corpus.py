"""A corpus in one command against one process per document, in the same run.

    python benchmarks/bench_corpus.py [--documents 200] [--jobs 2]

The corpus is DOCUMENTS copies of the first seven documents of tests/corpus (round robin,
under benchmarks/out/corpus_N/). Timed, wall clock: `citekit extract DIR -o library.bib
--jobs J`, then `citekit extract DOC -o DOC.bib` once per document, one process at a time and
J at a time. Checked: the one-command library is byte for byte the library of the seven
documents alone (`citekit extract SEVEN... -o`), so copies add no entry.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).parent / "out"
CITEKIT = str(Path(sys.executable).with_name("citekit"))
SEVEN = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.is_file())[:7]


def make_corpus(documents: int) -> Path:
    """DOCUMENTS copies of the seven, as folder/NNN_name."""
    folder = OUT / f"corpus_{documents}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for n in range(documents):
        source = SEVEN[n % len(SEVEN)]
        shutil.copy(source, folder / f"{n:03}_{source.name}")
    return folder


def run(*args: str) -> None:
    done = subprocess.run([CITEKIT, *args], capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"citekit {' '.join(args)} failed: {done.stderr.decode()}")


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def separate_runs(folder: Path, jobs: int) -> None:
    docs = sorted(p for p in folder.iterdir() if p.suffix != ".bib")
    with ThreadPoolExecutor(jobs) as pool:  # threads that each wait for a process
        list(pool.map(lambda d: run("extract", str(d), "-o", f"{d}.bib", "-f", "json"), docs))


def main(argv: list[str] | None = None) -> None:
    """Build the corpus, time both ways, check the library, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    folder = make_corpus(args.documents)
    library, seven = OUT / "corpus_library.bib", OUT / "seven_library.bib"
    one = timed(lambda: run("extract", str(folder), "-o", str(library), "-f", "json",
                            "--jobs", str(args.jobs)))  # fmt: skip
    apart_1 = timed(lambda: separate_runs(folder, 1))
    apart_j = timed(lambda: separate_runs(folder, args.jobs))
    run("extract", *map(str, SEVEN), "-o", str(seven), "--jobs", "1")
    same = library.read_text() == seven.read_text()
    entries = library.read_text().count("\n@") + 1
    print(f"\n{args.documents} documents (copies of 7), wall seconds, {args.jobs} jobs")
    n = args.documents
    print(f"  one command, --jobs {args.jobs}:  {one:8.2f}")
    print(f"  {n} runs, one at a time:  {apart_1:8.2f}  ({apart_1 / one:.1f}x)")
    print(f"  {n} runs, {args.jobs} at a time:  {apart_j:8.2f}  ({apart_j / one:.1f}x)")
    print(f"  library: {entries} entries; same as the 7 documents' library: {same}")


if __name__ == "__main__":
    main()
