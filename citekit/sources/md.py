"""Markdown with pandoc/CommonMark footnotes: `[^id]` references, `[^id]: text` definitions."""

from __future__ import annotations

import re
from pathlib import Path

from citekit.model import Document, Footnote
from citekit.sources.raw import line_at, line_starts, read_text

# "[^12]: text" at the start of a line (up to three spaces of indent, as CommonMark allows)
DEFINITION_RE = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
# "[^12]" anywhere else: a reference
REFERENCE_RE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
# "^[an inline note]" (pandoc); nested brackets one level deep
INLINE_NOTE_RE = re.compile(r"\^\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]")
# a continuation line of a definition: indented by a tab or four spaces
INDENTED_RE = re.compile(r"^(?:\t| {4})")
# a reference or an inline note, in one pass so that both keep their order in the body
NOTE_REF_RE = re.compile(f"{REFERENCE_RE.pattern}|{INLINE_NOTE_RE.pattern}")


def read(path: Path) -> Document:
    """Read a Markdown file; its footnotes become Document.footnotes, ordered by number."""
    text = read_text(path)
    definitions, body = _definitions(text)
    refs = list(NOTE_REF_RE.finditer(body))
    if not definitions and not any(m.group("text") is not None for m in refs):
        return Document(path=str(path), text=text, format="md")
    labels = [m.group("label") for m in refs]  # None for an inline note
    numbers = _numbering(labels, [label for label, *_ in definitions])
    starts = line_starts(text)
    footnotes = [Footnote(numbers[label], note, line) for label, note, line in definitions]
    references = []
    for position, match in enumerate(refs):
        if match.group("label") is None:
            footnotes.append(
                Footnote(
                    numbers[position],
                    " ".join(match.group("text").split()),
                    line_at(starts, match.start()),
                )
            )
            references.append(numbers[position])
        elif match.group("label") in numbers:
            references.append(numbers[match.group("label")])
    return Document(
        path=str(path),
        text=text,
        format="md",
        footnotes=tuple(sorted(footnotes, key=lambda f: f.number)),
        references=tuple(references),
    )


def _numbering(references: list[str | None], defined: list[str]) -> dict[str | int, int]:
    """Label (or position of an inline note) -> note number.

    Numeric labels keep their number when every note has one; otherwise every note is
    numbered by the order of its first reference, as pandoc does, and notes that are
    defined but never referenced come last.
    """
    labels = [label for label in references if label is not None]
    if len(labels) == len(references) and all(label.isdigit() for label in labels + defined):
        return {label: int(label) for label in dict.fromkeys(labels + defined)}
    numbers: dict[str | int, int] = {}
    keys = [position if label is None else label for position, label in enumerate(references)]
    for key in [*keys, *defined]:
        if key not in numbers:
            numbers[key] = len(numbers) + 1
    return numbers


def _definitions(text: str) -> tuple[list[tuple[str, str, int]], str]:
    """Pull the footnote definitions out: ([(label, text, line)], body with them blanked).

    A definition goes on over lines that are indented, and over unindented lines that
    follow its text directly (CommonMark's lazy continuation); after a blank line only
    indented lines belong to it.
    """
    definitions: list[tuple[str, list[str], int]] = []
    body: list[str] = []
    current: list[str] | None = None
    after_blank = False
    for number, line in enumerate(text.split("\n"), start=1):
        match = DEFINITION_RE.match(line)
        blank = not line.strip()
        if match:
            current = [match.group("text")]
            definitions.append((match.group("label"), current, number))
        elif current is not None and not blank and (INDENTED_RE.match(line) or not after_blank):
            current.append(line.strip())
        elif not blank:
            current = None
        body.append("" if current is not None else line)
        after_blank = blank
    notes = [(label, " ".join(" ".join(parts).split()), line) for label, parts, line in definitions]
    return notes, "\n".join(body)
