"""Where the corpus generator keeps its data and writes its output."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # the project
DATA = HERE / "data"
BIB_DIR = DATA / "bib"
STYLE_DIR = DATA / "styles"
PROSE_DIR = DATA / "prose"
OUT = HERE / "out"  # the full corpus (git-ignored)
SAMPLE = ROOT / "tests" / "gen_corpus"  # the committed sample
FORMATS = ("md", "docx", "txt", "html", "tex")


def load_json(name: str) -> dict:
    """One of the data files, by its name under data/."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))
