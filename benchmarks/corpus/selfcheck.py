"""Prove each gold file consistent with its document (standard library only, no pandoc).

    python -m benchmarks.corpus check GOLD_DIR [--root ROOT]

For every GOLD_DIR/*.gold.json: the document exists; its text (read from md, txt, html, tex
or docx with the standard library) contains every note's text, in order, once case, accents,
punctuation and markup are folded away; every citation text is a piece of its note's text and
its locator a piece of the citation; kinds are the contract's; every work is cited; every gold
field value is findable in the document (names by family name, pages by their first page,
volumes in Arabic or Roman figures, URLs and DOIs verbatim); diagnostics are null.
Exit status 1 when any file has a problem.
"""

from __future__ import annotations

import html
import html.parser
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

KINDS = {"full", "short", "ibid", "op-cit"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEX_ESCAPE_RE = re.compile(r"\\([&%$#_{}])")  # "\%" is "%"
TEX_SCRIPT_RE = re.compile(r"\\text(?:super|sub)script\{([^{}]*)\}")  # "\textsuperscript{2}2009"
MD_SCRIPT_RE = re.compile(r"(?<!\\)[\^~]((?:\\ |[^\s^~])+)[\^~]")  # "^2^2009", "^2.\ Aufl.^"
TXT_SCRIPT_RE = re.compile(r"[\^_]\(([^()]*)\)")  # plain text's "LXX^(BL)"
TEX_NOTE_RE = re.compile(r"\\footnote\{")  # a note starts: a word boundary
TEX_WRAPPER_RE = re.compile(r"\\[A-Za-z]+\*?(?=\{)")  # "J\emph{uan}" is "Juan"
TEX_COMMAND_RE = re.compile(r"\\[A-Za-z]+\*?|\\.")  # the rest: "\,", "\ldots"
MD_ATTRIBUTES_RE = re.compile(r"\]\{[^}]*\}")  # "[SMITH]{.smallcaps}"
MD_LINK_RE = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^)\s]*\)")  # "[text](target)": the text
TEX_HREF_RE = re.compile(r"\\href\{[^}]*\}")  # "\href{target}{text}": the text
ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


def check(gold_path: Path, root: Path) -> list[str]:
    """The problems of one gold file (an empty list when it is consistent)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = root / gold["document"]
    if not document.is_file():
        return [f"document {gold['document']} not found under {root}"]
    text = document_text(document)
    errors = [] if gold.get("diagnostics", "") is None else ["diagnostics must be null"]
    errors += _check_notes(gold["notes"], fold(text))
    errors += _check_citations(gold)
    errors += _check_works(gold["works"], text)
    return errors


def document_text(path: Path) -> str:
    """The text a reader sees, markup removed as far as a fold needs it."""
    suffix = path.suffix
    if suffix == ".docx":
        return _docx_text(path)
    raw = path.read_text(encoding="utf-8")
    if suffix == ".html":
        return _html_text(raw)
    if suffix == ".tex":
        raw = TEX_SCRIPT_RE.sub(r"\1", TEX_HREF_RE.sub("", raw.replace("--", "–")))
        raw = TEX_WRAPPER_RE.sub("", TEX_NOTE_RE.sub(" {", TEX_ESCAPE_RE.sub(r"\1", raw)))
        raw = TEX_COMMAND_RE.sub(" ", raw)
        return raw.replace("{", "").replace("}", "")
    if suffix == ".md":
        raw = MD_LINK_RE.sub(r"\1", MD_ATTRIBUTES_RE.sub("]", raw))
        return MD_SCRIPT_RE.sub(r"\1", raw).replace("\\", "")
    return TXT_SCRIPT_RE.sub(r"\1", raw)


def fold(text: str) -> str:
    """Casefold, drop accents, asterisks and punctuation, collapse spaces (as score.py does)."""
    text = unicodedata.normalize("NFKD", str(text).replace("*", ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _check_notes(notes: list[dict], folded: str) -> list[str]:
    errors, position = [], 0
    for note in notes:
        needle = fold(note["text"])
        found = folded.find(needle, position)
        if not needle or found < 0:
            errors.append(f"note {note['number']}: text not found in order: {note['text'][:70]!r}")
        else:
            position = found + len(needle)
    return errors


def _check_citations(gold: dict) -> list[str]:
    errors, cited = [], set()
    for note in gold["notes"]:
        for cit in note["citations"]:
            where = f"note {note['number']}"
            if not cit["text"] or cit["text"] not in note["text"]:
                errors.append(f"{where}: citation text not in the note: {cit['text'][:60]!r}")
            if cit["locator"] is not None and cit["locator"] not in cit["text"]:
                errors.append(f"{where}: locator {cit['locator']!r} not in its citation")
            if cit["kind"] not in KINDS or cit["work"] not in gold["works"]:
                errors.append(f"{where}: bad kind or work: {cit['kind']}, {cit['work']}")
            cited.add(cit["work"])
    errors += [f"work {w} is never cited" for w in gold["works"] if w not in cited]
    return errors


def _check_works(works: dict, text: str) -> list[str]:
    folded, errors = f" {fold(text)} ", []
    for key, work in works.items():
        for name, value in work.items():
            if name != "ENTRYTYPE" and not _findable(name, value, text, folded):
                errors.append(f"work {key}: {name} {value!r} is not in the document")
    return errors


def _findable(name: str, value, text: str, folded: str) -> bool:
    if isinstance(value, list):
        families = [v.split(",")[0] for v in value if v != "others"]
        return all(f" {fold(f)} " in folded for f in families)
    if name in ("url", "doi"):
        return value.casefold() in html.unescape(text).casefold().replace("\\", "")
    if name == "pages":
        value = re.split(r"[-–—]", value)[0]
    if name == "urldate":  # written "19 June 2017", "19.06.2017", "2017-06-19"...
        year, _, day = value.split("-")
        return f" {year} " in folded and f" {int(day)} " in f" {folded.replace(' 0', ' ')} "
    targets = [fold(value)]
    if name in ("volume", "number") and value.isdigit():
        targets.append(_roman(int(value)))
    return any(t and f" {t} " in folded for t in targets)


def _roman(number: int) -> str:
    out = ""
    for amount, letters in ROMAN:
        while number >= amount:
            out, number = out + letters, number - amount
    return out


def _docx_text(path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name in z.namelist():
                root = ET.fromstring(z.read(name))
                parts += [
                    "".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")
                ]
    return "\n".join(parts)


class _TextParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(raw: str) -> str:
    parser = _TextParser()
    parser.feed(raw)
    return "".join(parser.parts)


def main(argv: list[str]) -> int:
    """Check every gold file of a folder; print problems; 1 if there are any."""
    gold_dir = Path(argv[0])
    root = Path(argv[argv.index("--root") + 1]) if "--root" in argv else gold_dir.parent
    bad = 0
    for path in sorted(gold_dir.glob("*.gold.json")):
        errors = check(path, root)
        bad += bool(errors)
        for error in errors:
            print(f"{path.name}: {error}")
    print(f"{bad} of {len(list(gold_dir.glob('*.gold.json')))} gold files have problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
