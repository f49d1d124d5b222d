"""The report is the same whatever Python's hash seed: no field order, entry order or choice
may follow the iteration order of a set of strings, which changes from process to process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DOCUMENT = Path(__file__).parent / "data" / "biblio" / "entry_notes.md"
# seeds under which a set's order differed when the labeller's fields followed it
SEEDS = ("0", "3")


def _report(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "citekit", "extract", str(DOCUMENT), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def test_reports_do_not_depend_on_the_hash_seed() -> None:
    first, second = (_report(seed) for seed in SEEDS)
    assert '"pages"' in first  # the labeller filled the entries' pages
    assert first == second
