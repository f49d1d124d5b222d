"""GROBID's labelled references read as AnyStyle's labels, for benchmarks.biblio.footnotes.

GROBID (github.com/kermitt2/grobid; annotated data CC-BY 4.0) keeps its citation model's
training data in grobid-trainer/resources/dataset/citation/corpus/*.xml: one TEI <bibl> per
reference, its fields as elements (<author>, <title level="a|m|j|s">, <biblScope
unit="volume|issue|page">, <date>, <publisher>, <pubPlace>, <editor>, <idno type="DOI">) and
the punctuation between them untagged. The folder stays outside the repository (under
/work/devdata). Each <bibl> becomes the spans footnotes.py reads from core.xml ("title",
"container-title", "journal", "volume", "pages", ...) and its whole text; the issue, which
AnyStyle keeps inside its volume label, comes as "issue".

Kept: references with a title of their own (an article's or a book's: GROBID's physics
references are often "Phys. Rev. C 87 (2013) 044603" alone), written in Latin script (its
KISTI part is Korean and Chinese) and free of a PDF's line debris ("Phys .Rev .Lett"), each
text once. LIMIT of them are drawn at random (a fixed seed), then parted by position as
core.xml is: even ones dev, odd ones test.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

TEI = "{http://www.tei-c.org/ns/1.0}"
# element -> AnyStyle's label (titles and scopes by their attributes, below)
TAGS = {
    "author": "author",
    "editor": "editor",
    "date": "date",
    "publisher": "publisher",
    "pubPlace": "location",
    "pubplace": "location",
    "ptr": "url",
    "orgName": "publisher",
}
SCOPES = {"volume": "volume", "vol": "volume", "issue": "issue", "page": "pages", "pp": "pages"}
# "[12]", "12.", "[ 3 ]": a list's number before the reference
NUMBER_RE = re.compile(r"^\s*(?:\[\s*\d+\s*\]|\d+\.?)\s*")
SEED = 7
IN_RE = re.compile(r"\bin:?\s*$", re.I)
# text pulled from a PDF's lines: "Phys .Rev .Lett", "Milano ,Italy", "andLHAGLUE",
# "perspec-tivesin" (a footnote typed by its author holds none of these)
PDF_DEBRIS_RE = re.compile(
    r"\w\s+[,;:]|\w\s\.\w|[a-z]{3}[A-Z][a-z]{2}|\w-[a-z]+(?:in|of|and|the)\b"
)


def parts(folder: Path, limit: int) -> dict[str, list]:
    refs = _references(folder)
    if limit < len(refs):
        drawn = set(random.Random(SEED).sample(range(len(refs)), limit))
        refs = [r for i, r in enumerate(refs) if i in drawn]
    return {"dev": refs[0::2], "test": refs[1::2]}


def _references(folder: Path) -> list[tuple[list[tuple[str, str]], str]]:
    out, seen = [], set()
    for path in sorted(folder.glob("*.xml")):
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as exc:  # a malformed file is skipped, and said
            print(f"skip {path.name}: {exc}", file=sys.stderr)
            continue
        for bibl in (e for e in root.iter() if _tag(e) == "bibl"):
            spans, text = _spans(bibl), NUMBER_RE.sub("", _text(bibl))
            titled = any(tag in ("title", "container-title") for tag, _ in spans)
            clean = _latin(text) and not PDF_DEBRIS_RE.search(text)
            if titled and clean and text not in seen:
                seen.add(text)
                out.append((spans, text))
    return out


def _spans(bibl: ElementTree.Element) -> list[tuple[str, str]]:
    """The labelled children of BIBL. A book's title is a container after an article's
    title, after its editors, or after "In"/"in:" ("A. Yoshida, et al., in: A.M. Stefanini
    (Eds.), Heavy Ion Fusion, …": a chapter whose own title is not given)."""
    analytic = any(_tag(e) in ("editor", "title") and e.get("level") in (None, "a") for e in bibl)
    spans, before = [], bibl.text or ""
    for element in bibl:
        label = _label(element, analytic or IN_RE.search(before) is not None)
        if label:
            spans.append((label, _text(element)))
        before = element.tail or ""
    return spans


def _label(element: ElementTree.Element, analytic: bool) -> str | None:
    tag = _tag(element)
    if tag == "title":
        level = element.get("level")
        if level == "m":
            return "container-title" if analytic else "title"
        return {"a": "title", "j": "journal", "s": "collection"}.get(level or "", "title")
    if tag == "biblScope":
        return SCOPES.get(element.get("unit") or element.get("type") or "")
    if tag == "idno":
        return "doi" if (element.get("type") or "").lower() == "doi" else None
    if tag == "note":
        return "genre" if element.get("type") == "report" else "note"
    if tag == "orgName" and element.get("type") == "collaboration":
        return "author"
    return TAGS.get(tag)


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c < "\u0250" for c in letters) >= 0.9 * len(letters)


def _text(element: ElementTree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _tag(element: ElementTree.Element) -> str:
    return element.tag.removeprefix(TEI) if isinstance(element.tag, str) else ""
