"""pandoc steps for the bibliography documents, and the rendered entries of `::: {#refs}`."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import ast, pandoc

STYLE_DIR = Path(__file__).resolve().parent / "data" / "styles"


def citeproc(markdown: str, items: list[dict], style: str) -> dict:
    """The document after `pandoc --citeproc` with one of this generator's styles."""
    return pandoc.citeproc(markdown, items, style, style_dir=STYLE_DIR)


def entries(doc: dict) -> dict[str, str]:
    """Each bibliography entry's text (emphasis as *...*) by its work's key, in list order."""
    out: dict[str, str] = {}
    for block in divs(doc["blocks"]):
        ident = block["c"][0][0]
        if ident.startswith("ref-"):
            text, _ = ast.note_text(block["c"][1])
            out[ident[4:]] = " ".join(text.split())
    return out


def divs(blocks: list[dict]):
    """Every Div of BLOCKS, nested ones too."""
    for block in blocks:
        if block["t"] == "Div":
            yield block
            yield from divs(block["c"][1])
