"""Golden reports: each development document's extraction report, as reviewed JSON.

A change in what the parser finds shows up here as a readable diff; after reviewing it,
`pytest --update-golden` writes the new reports.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from citekit import pipeline
from citekit.report import to_contract

ROOT = Path(__file__).resolve().parent
DOCUMENTS = sorted(
    p
    for folder in ("corpus", "corpus2", "corpus3", "corpus4", "corpus5")
    for p in (ROOT / folder).iterdir()
    if p.suffix in {".txt", ".md", ".tex", ".docx", ".html"} and not p.name.startswith("README")
)


def _report(path: Path) -> dict:
    data = to_contract(pipeline.extract(path))
    data["source"] = path.relative_to(ROOT).as_posix()
    return data


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.name for d in DOCUMENTS])
def test_report_matches_golden(document: Path, update_golden: bool) -> None:
    golden = ROOT / "golden" / f"{document.name}.report.json"
    fresh = json.dumps(_report(document), ensure_ascii=False, indent=1)
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(fresh + "\n", encoding="utf-8")
    assert golden.exists(), f"no {golden.name}: review the report, then pytest --update-golden"
    stored = golden.read_text(encoding="utf-8").rstrip("\n")
    diff = "\n".join(
        difflib.unified_diff(
            stored.splitlines(), fresh.splitlines(), "golden", "now", lineterm="", n=2
        )
    )
    assert stored == fresh, f"{golden.name} changed (pytest --update-golden after review):\n{diff}"
