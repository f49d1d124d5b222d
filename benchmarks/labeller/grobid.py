"""GROBID's labelled references (TEI <bibl>) as training sequences for the field labeller.

GROBID (github.com/kermitt2/grobid; code Apache-2.0, annotated data CC-BY 4.0) keeps its
citation model's training data in grobid-trainer/resources/dataset/citation/corpus/*.xml:
reference strings whose fields are TEI elements (<author>, <title level="a|m|j|s">,
<biblScope unit="volume|issue|page">, <date>, <publisher>, <pubPlace>, <editor>...) and
whose punctuation between fields is untagged. The data stay outside the repository; this
reads a folder of them. Each character takes its element's label; a word takes the label
of most of its letters and digits (GROBID leaves "(" and ")." of "(1974)." untagged,
AnyStyle and our gold put them with the year).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

from align import _mark_roles, fold

from citekit.label.tokens import tokenize

TEI = "{http://www.tei-c.org/ns/1.0}"
# element (and its type attribute) -> our label; None: look at the attribute
LABELS = {
    "author": "author",
    "editor": "editor",
    "date": "date",
    "publisher": "publisher",
    "pubPlace": "address",
    "pubplace": "address",
    "ptr": "url",
    "orgName": "publisher",  # an institution; "collaboration" below
}
SCOPES = {"volume": "volume", "vol": "volume", "issue": "number", "page": "pages", "pp": "pages"}
Sequence = tuple[list, list[str]]


def sequences(folder: Path, limit: int | None = None, seed: int = 7) -> list[Sequence]:
    """The references of every TEI file in FOLDER as (tokens, labels); LIMIT of them, drawn
    at random (GROBID's are mostly physics and chemistry: a few keep the mix of core.xml)."""
    out = []
    for path in sorted(folder.glob("*.xml")):
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as exc:  # a malformed file is skipped, and said
            print(f"skip {path.name}: {exc}", file=sys.stderr)
            continue
        for bibl in root.iter():
            if _tag(bibl) == "bibl":
                sequence = labelled_bibl(bibl)
                if sequence is not None:
                    out.append(sequence)
    if limit is not None and limit < len(out):
        out = random.Random(seed).sample(out, limit)
    return out


def extra_sequences(specs: list[str]) -> list[Sequence]:
    """The references of every DIR[:N] in SPECS (N: how many, drawn at random)."""
    out = []
    for spec in specs:
        folder, _, limit = spec.partition(":")
        out += sequences(Path(folder), int(limit) if limit else None)
    return out


def labelled_bibl(bibl: ElementTree.Element) -> Sequence | None:
    """One <bibl> as tokens and labels; None where it holds no title."""
    chars: list[tuple[str, str]] = []
    analytic = any(_tag(e) == "title" and e.get("level") == "a" for e in bibl.iter())
    _walk(bibl, "other", analytic, chars)
    text = "".join(c for c, _ in chars)
    if not any(label == "title" for _, label in chars) or not text.strip():
        return None
    tokens = tokenize(text)
    labels = [_word_label(chars[t.start : t.end]) for t in tokens]
    _mark_roles([fold(t.text) for t in tokens], labels, "editor")  # "(eds.)" as align marks it
    return tokens, labels


def _walk(element: ElementTree.Element, label: str, analytic: bool, out: list) -> None:
    own = _label(element, analytic) or label
    out.extend((c, own) for c in _spaced(element.text))
    for child in element:
        _walk(child, own, analytic, out)
        out.extend((c, own) for c in _spaced(child.tail))


def _label(element: ElementTree.Element, analytic: bool) -> str | None:
    tag = _tag(element)
    if tag == "title":
        level = element.get("level")
        if level == "m":
            return "booktitle" if analytic else "title"
        return {"a": "title", "j": "journal", "s": "series"}.get(level or "", "title")
    if tag == "biblScope":
        return SCOPES.get(element.get("unit") or element.get("type") or "", "other")
    if tag == "idno":
        return "doi" if (element.get("type") or "").lower() == "doi" else "note"
    if tag == "note":
        return "genre" if element.get("type") == "report" else "note"
    if tag == "orgName" and element.get("type") == "collaboration":
        return "author"
    return LABELS.get(tag)


def _word_label(chars: list[tuple[str, str]]) -> str:
    """The label of most of a word's letters and digits (of its marks if it has none)."""
    counts = Counter(label for c, label in chars if c.isalnum())
    counts = counts or Counter(label for _, label in chars)
    return counts.most_common(1)[0][0]


def _spaced(text: str | None) -> str:
    """TEXT's words single-spaced, a space kept where it had one at either end."""
    if not text:
        return ""
    inner = " ".join(text.split())
    return (
        (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() and inner else "")
    )


def _tag(element: ElementTree.Element) -> str:
    return element.tag.removeprefix(TEI) if isinstance(element.tag, str) else ""
