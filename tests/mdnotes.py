"""A Markdown document of example notes, one body reference each, extracted: the fixture of
the tests that ask how a run of notes is read and linked."""

from __future__ import annotations

from pathlib import Path

from citekit import extract
from citekit.model import Report


def extract_notes(tmp_path: Path, notes: list[str]) -> Report:
    """The report on an essay whose notes are NOTES, in order."""
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    return extract(path)
