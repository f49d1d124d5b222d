"""A real manuscript (pandoc Markdown and its .bib files) as pandoc's AST and CSL items.

Scholars' manuscripts are kept outside the project (their prose is theirs); a manifest names
them. Each is read by pandoc without citeproc, its structure reduced to what the corpus
machinery walks (paragraphs, headings, block quotes, footnotes of paragraphs), its citations
made one Cite each (regroup.py), and cut into parts of a bounded number of notes, as a
chapter excerpt is: citeproc's cost grows with the document, and a part is one document.

Manifest (JSON): `{"manuscripts": [{"id": "lincoln", "source": "lincoln/paper.Rmd",
"bib": ["lincoln/library.bib"], "parts": 2}]}`, paths relative to the manifest.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import ast, regroup
from benchmarks.corpus.library import Work

RMD_CHUNK_RE = re.compile(r"^```\s*\{[^}\n]*\}.*?^```[ \t]*$", re.M | re.S)  # R Markdown code
DROPPED_BLOCKS = frozenset({"CodeBlock", "RawBlock", "Table", "HorizontalRule", "Null"})
DROPPED_INLINES = frozenset({"RawInline", "Image"})
NOTES_PER_PART = 40


@dataclass(frozen=True)
class Manuscript:
    """One manuscript of the manifest: its id (letters and digits), source, .bib files."""

    id: str
    source: Path
    bibs: tuple[Path, ...]
    parts: int  # at most this many parts are rendered


def manifest(path: Path) -> list[Manuscript]:
    """The manuscripts a manifest names, their paths resolved against its folder."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for entry in data["manuscripts"]:
        if not entry["id"].isalnum():
            raise ValueError(f"{path}: manuscript id {entry['id']!r} is not letters and digits")
        bibs = tuple(path.parent / b for b in entry["bib"])
        out.append(Manuscript(entry["id"], path.parent / entry["source"], bibs, entry["parts"]))
    return out


def read(ms: Manuscript, notes_per_part: int = NOTES_PER_PART) -> tuple[list[dict], dict]:
    """The manuscript's parts (pandoc documents, one Cite per citation) and its works."""
    works = _works(ms)
    text = RMD_CHUNK_RE.sub("", ms.source.read_text(encoding="utf-8"))
    cmd = ["pandoc", "-f", "markdown", "-t", "json"]
    doc = json.loads(subprocess.run(cmd, input=text, capture_output=True, text=True,
                                    check=True).stdout)  # fmt: skip
    doc["blocks"] = _flat_blocks(doc["blocks"], in_note=False)
    regroup.regroup(doc, set(works))
    parts = cut(doc, notes_per_part)[: ms.parts]
    return parts, works


def cut(doc: dict, notes_per_part: int) -> list[dict]:
    """Consecutive runs of blocks holding about `notes_per_part` notes each, as documents."""
    title = doc["meta"].get("title")
    meta = {"suppress-bibliography": {"t": "MetaBool", "c": True}}
    if title:
        meta["title"] = title
    parts, run, count = [], [], 0
    for block in doc["blocks"]:
        run.append(block)
        count += _notes_in(block)
        if count >= notes_per_part:
            parts.append(run)
            run, count = [], 0
    if count:
        parts.append(run)
    out = [dict(doc, meta=meta, blocks=blocks) for blocks in parts]
    for part in out:
        number_notes(part)
    return out


def number_notes(doc: dict) -> None:
    """Each citation given the number of the footnote it will be in, counted in this part.

    pandoc numbered the whole manuscript's citations as it read them, and citeproc prints
    those numbers ("op. cit. (note 54)"): a part's own footnotes start again at 1, and a
    citation of the running text makes a footnote of its own.
    """
    number = 0
    for inline in ast.body_inlines(doc["blocks"]):
        if inline["t"] in ("Note", "Cite"):
            number += 1
            for cite in _cites_of(inline):
                for citation in cite["c"][0]:
                    citation["citationNoteNum"] = number


def _cites_of(inline: dict) -> list[dict]:
    if inline["t"] == "Cite":
        return [inline]
    return [i for b in inline["c"] for i in ast.walk(ast.inlines_of(b)) if i["t"] == "Cite"]


def _notes_in(block: dict) -> int:
    """Footnotes, and author-in-text citations of the running text (each will make one)."""
    return sum(1 for i in ast.body_inlines([block]) if i["t"] in ("Note", "Cite"))


def _works(ms: Manuscript) -> dict[str, Work]:
    """The CSL items of the manuscript's .bib files, as pandoc converts them for citeproc."""
    works: dict[str, Work] = {}
    for bib in ms.bibs:
        cmd = ["pandoc", "-f", "biblatex", "-t", "csljson", str(bib)]
        items = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        for item in items:
            works.setdefault(item["id"], Work(item["id"], ms.id, "", item))
    return works


def _flat_blocks(blocks: list[dict], *, in_note: bool) -> list[dict]:
    """Lists, divisions and line blocks made paragraphs; code, raw TeX, tables dropped.

    Block quotes stay in the running text (the corpus walks them) but not in notes, whose
    text is read from their paragraphs only.
    """
    out: list[dict] = []
    for block in blocks:
        kind, c = block["t"], block.get("c")
        if kind in DROPPED_BLOCKS:
            continue
        if kind in ("Para", "Plain"):
            out.append({"t": "Para", "c": _flat_inlines(c, in_note=in_note)})
        elif kind == "Header":
            out.append({"t": "Header", "c": [c[0], c[1], _flat_inlines(c[2], in_note=in_note)]})
        elif kind == "BlockQuote" and not in_note:
            out.append({"t": "BlockQuote", "c": _flat_blocks(c, in_note=False)})
        elif kind in ("BulletList", "OrderedList"):
            items = c if kind == "BulletList" else c[1]
            out += [b for item in items for b in _flat_blocks(item, in_note=in_note)]
        elif kind == "DefinitionList":
            for term, definitions in c:
                out.append({"t": "Para", "c": _flat_inlines(term, in_note=in_note)})
                out += [b for d in definitions for b in _flat_blocks(d, in_note=in_note)]
        elif kind in ("Div", "BlockQuote"):
            out += _flat_blocks(c if kind == "BlockQuote" else c[1], in_note=in_note)
        elif kind == "LineBlock":
            out += [{"t": "Para", "c": _flat_inlines(line, in_note=in_note)} for line in c]
    return [b for b in out if b["t"] != "Para" or b["c"]]


def _flat_inlines(inlines: list[dict], *, in_note: bool) -> list[dict]:
    """Raw TeX and images dropped; a note's blocks flattened; a wrapper holding a note or a
    citation unwrapped, so that every note and citation lies where the corpus walks."""
    out: list[dict] = []
    for inline in inlines:
        kind = inline["t"]
        if kind in DROPPED_INLINES:
            continue
        if kind == "Math":  # its TeX, as every writer gives the same text
            out.append({"t": "Str", "c": inline["c"][1]})
        elif kind == "Note":
            if not in_note:  # pandoc cannot nest notes; a reader would not either
                out.append({"t": "Note", "c": _flat_blocks(inline["c"], in_note=True)})
        elif kind in ast.WRAPPERS and kind != "Cite" and _holds_note_or_cite(inline):
            out += _unwrapped(inline, in_note=in_note)
        else:
            out.append(inline)
    return out


def _holds_note_or_cite(inline: dict) -> bool:
    return any(i["t"] in ("Note", "Cite") for i in ast.walk([inline]) if i is not inline)


def _unwrapped(inline: dict, *, in_note: bool) -> list[dict]:
    kind, c = inline["t"], inline["c"]
    content = c if ast.WRAPPERS[kind] is None else c[ast.WRAPPERS[kind]]
    inner = _flat_inlines(content, in_note=in_note)
    if kind == "Quoted":
        left, right = ast.QUOTES[c[0]["t"]]
        return [{"t": "Str", "c": left}, *inner, {"t": "Str", "c": right}]
    return inner
