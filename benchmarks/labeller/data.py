"""Training sequences for the field labeller: (tokens, labels) from labelled references.

Two kinds of source:
- gold files (GOLD.md) beside their documents: every full citation, read from the document
  by citekit's own readers (so italics and links are what the labeller will see at run
  time) and labelled by align.py;
- AnyStyle's core.xml (BSD-2-Clause, github.com/inukshuk/anystyle, res/parser/core.xml):
  references whose every word is tagged; its tags are mapped to our labels;
- generated reference lists (benchmarks/biblio/lists.py: the corpus's public records through
  APA, MLA, Chicago author-date and notes-bibliography, Harvard and Vancouver): each entry's
  text and the fields it states, labelled by align.py, as a reference-list entry is written.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

from align import align

from benchmarks.biblio.footnotes import _reference, parts
from citekit.label.tokens import Token, tokenize
from citekit.pipeline import find_notes

ANYSTYLE_LABELS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container",
    "journal": "container",
    "volume": "volume",
    "pages": "pages",
    "date": "date",
    "publisher": "publisher",
    "location": "address",
    "edition": "edition",
    "collection-title": "series",
    "url": "url",
    "doi": "doi",
    "genre": "genre",
    "note": "note",
    "source": "note",
    "medium": "note",
    "isbn": "note",
    "director": "author",
    "producer": "author",
    "citation-number": "other",
}

Sequence = tuple[list[Token], list[str]]


def anystyle(path: Path, part: str | None = None) -> list[Sequence]:
    """The <sequence>s of an AnyStyle dataset as tokens and labels: all of them, or only
    PART ("dev" or "test") of core.xml as benchmarks/biblio/footnotes.py parts it."""
    if part is None:
        sequences = list(ElementTree.parse(path).getroot().iter("sequence"))
    else:
        sequences = parts(path)[part]
    return [s for s in map(labelled_sequence, sequences) if s is not None]


def labelled_sequence(sequence: ElementTree.Element) -> Sequence | None:
    """One AnyStyle <sequence> as tokens and our labels; None where the words do not line up."""
    reference = _reference(sequence)
    # a container as the proxy's gold has it: a journal's or a book's title
    container = "journal" if reference and "journal" in reference[1] else "booktitle"
    pieces = [
        (" ".join((el.text or "").split()), ANYSTYLE_LABELS.get(el.tag, "other")) for el in sequence
    ]
    pieces = [(text, container if label == "container" else label) for text, label in pieces]
    text = " ".join(p for p, _ in pieces if p)
    labels = [label for piece, label in pieces for _ in piece.split()]
    tokens = tokenize(text)
    return (tokens, labels) if len(tokens) == len(labels) else None


def gold_corpora(specs: list[str]) -> list[Sequence]:
    """The full citations of every DIR:ROOT in SPECS (gold files and their documents' root)."""
    out = []
    for spec in specs:
        folder, _, root = spec.partition(":")
        out += gold(Path(folder), Path(root or "."))
    return out


def reference_lists(specs: list[str]) -> list[Sequence]:
    """The entries of every generated reference list in the gold folders SPECS (lists.py's
    `*.md.gold.json`: one record per entry, its text as the Markdown list prints it)."""
    out = []
    for folder in specs:
        for gold_path in sorted(Path(folder).glob("*.md.gold.json")):
            for entry in json.loads(gold_path.read_text(encoding="utf-8"))["entries"]:
                tokens = tokenize(entry["text"])
                labels = align(tokens, entry["fields"], None)
                if labels is not None:
                    out.append((tokens, labels))
    return out


def dev_folds(core: Path, folds: int = 2) -> list[list[ElementTree.Element]]:
    """core.xml's dev half parted again into FOLDS (every FOLDS-th reference): each is read
    by a model trained on the others, never on itself."""
    dev = parts(core)["dev"]
    return [dev[i::folds] for i in range(folds)]


def gold(gold_dir: Path, root: Path) -> list[Sequence]:
    """The full citations of every gold file in GOLD_DIR, labelled by align.py."""
    out = []
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            notes = {n.number: n.text for n in find_notes(root / data["document"]).notes}
        except Exception as exc:  # an unreadable document is skipped, and said
            print(f"skip {gold_path.name}: {exc}", file=sys.stderr)
            continue
        out.extend(_gold_sequences(data, notes))
    return out


def _gold_sequences(data: dict, notes: dict[int, str]) -> list[Sequence]:
    out = []
    works = data.get("works", {})
    for note in data.get("notes", []):
        inline = notes.get(note["number"])
        for citation in note.get("citations", []):
            work = works.get(citation.get("work") or "")
            if citation.get("kind") != "full" or not work or inline is None:
                continue
            text = find_in_note(inline, citation["text"])
            if text is None:
                continue
            tokens = tokenize(text)
            labels = align(tokens, work, citation.get("locator"))
            if labels is not None:
                out.append((tokens, labels))
    return out


def find_in_note(inline: str, plain: str) -> str | None:
    """PLAIN (asterisks dropped) found in the inline note text, marks and all."""
    bare = plain.replace("*", "").strip()
    if not bare:
        return None
    pattern = r"\*?".join(re.escape(c) for c in bare)
    match = re.search(pattern, inline)
    if match is None:
        return None
    end = match.end()
    if inline[match.start() : end].count("*") % 2 and inline[end : end + 1] == "*":
        end += 1  # the closing mark of an italic title at the citation's end
    return inline[match.start() : end]
