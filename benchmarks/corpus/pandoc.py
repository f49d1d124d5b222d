"""The two pandoc steps: Markdown + CSL -> rendered JSON document, JSON -> each output format."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from benchmarks.corpus.config import STYLE_DIR

# writer and options per output format; notes as footnotes in every one of them
WRITERS = {
    "md": ["-t", "markdown-citations", "-s"],
    "txt": ["-t", "plain", "-s"],
    "html": ["-t", "html5", "-s"],
    "tex": ["-t", "latex", "-s"],
    "docx": ["-t", "docx"],
}
KEPT_META = ("title",)  # the rest (lang, suppress-bibliography) says how it was made
# a fixed date in the .docx properties, so that a rebuilt document is the same file
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}


def citeproc(markdown: str, items: list[dict], style: str, style_dir: Path = STYLE_DIR,
             reader: str = "markdown") -> dict:  # fmt: skip
    """The document after `pandoc --citeproc` with STYLE_DIR/STYLE.csl, as pandoc's JSON model.

    `markdown` is the source in the `reader` format ("json": a pandoc document already)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as refs:
        json.dump(items, refs, ensure_ascii=False)
        refs.flush()
        cmd = ["pandoc", "-f", reader, "-t", "json", "--citeproc",
               "--bibliography", refs.name, "--csl", str(style_dir / f"{style}.csl")]  # fmt: skip
        out = subprocess.run(cmd, input=markdown, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def write(doc: dict, fmt: str, path: Path) -> None:
    """Write the (flattened) document in one output format."""
    doc = dict(doc, meta={k: v for k, v in doc["meta"].items() if k in KEPT_META})
    cmd = ["pandoc", "-f", "json", *WRITERS[fmt], "-o", str(path)]
    subprocess.run(cmd, input=json.dumps(doc), capture_output=True, text=True, check=True, env=ENV)
