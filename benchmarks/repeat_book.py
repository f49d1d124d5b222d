"""Build an N-note book by repeating the notes of our seed and development documents.

    python benchmarks/repeat_book.py [--notes 5000] [--out benchmarks/out/repeat_5000.txt]

The notes are the real ones of seeds/*.txt and tests/corpus*/*.txt (as `citekit notes` finds
them), taken in their documents' order again and again, so each document's back-references
follow their full citations as they did. Laid out as endnotes: body paragraphs with markers
glued to their sentences, then "Notes" and one numbered note a paragraph.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).parent / "out"
SOURCES = ("seeds", "tests/corpus", "tests/corpus2", "tests/corpus3")
SENTENCE = "The argument of chapter {n} rests on sources read again for this book"
PER_PARAGRAPH = 8  # markers in one body paragraph


def source_notes() -> list[str]:
    """The note texts of the development documents, in document order (one line each)."""
    from citekit import pipeline

    paths = sorted(p for folder in SOURCES for p in (ROOT / folder).glob("*.txt"))
    return [" ".join(n.text.split()) for p in paths for n in pipeline.find_notes(p).notes]


def build(count: int, notes: list[str]) -> str:
    """The text of a book whose COUNT endnotes repeat NOTES in order."""
    body = []
    for first in range(1, count + 1, PER_PARAGRAPH):
        last = min(first + PER_PARAGRAPH, count + 1)
        body.append(" ".join(f"{SENTENCE.format(n=n)}.{n}" for n in range(first, last)))
    endnotes = [f"{n} {notes[(n - 1) % len(notes)]}" for n in range(1, count + 1)]
    return "\n\n".join(["A Book of Repeated Notes", *body, "Notes", *endnotes]) + "\n"


def main(argv: list[str] | None = None) -> Path:
    """Write the book and return its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    out = args.out or OUT / f"repeat_{args.notes}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build(args.notes, source_notes()), encoding="utf-8")
    print(out)
    return out


if __name__ == "__main__":
    main()
