"""Notes written as a Markdown document and extracted whole, as the resolver tests need them:
note N is TEXTS[N - 1]."""

from __future__ import annotations

from pathlib import Path

from citekit import extract
from citekit.model import Report


def extract_notes(folder: Path, *texts: str) -> Report:
    """The report of a Markdown essay in FOLDER whose footnotes are TEXTS, in order."""
    body = " ".join(f"Text.[^{n}]" for n in range(1, len(texts) + 1))
    listed = "\n\n".join(f"[^{n}]: {text}" for n, text in enumerate(texts, start=1))
    path = folder / "essay.md"
    path.write_text(f"# Essay\n\n{body}\n\n{listed}\n", encoding="utf-8")
    return extract(path)
