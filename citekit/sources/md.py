"""Markdown with pandoc/CommonMark footnotes: `[^id]` references, `[^id]: text` definitions."""

from __future__ import annotations

import re
from pathlib import Path

from citekit.model import Document
from citekit.sources.raw import read_text

# "[^12]: text" at the start of a line (up to three spaces of indent, as CommonMark allows)
DEFINITION_RE = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
# "[^12]" anywhere else: a reference
REFERENCE_RE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
# "^[an inline note]" (pandoc); nested brackets one level deep
INLINE_NOTE_RE = re.compile(r"\^\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]")
# a continuation line of a definition: indented by a tab or four spaces
INDENTED_RE = re.compile(r"^(?:\t| {4})")


def read(path: Path) -> Document:
    """Read a Markdown file; its footnotes become Document.footnotes."""
    text = read_text(path)
    definitions, body_lines = _definitions(text)
    references = [(m.start(), m.group("label")) for m in REFERENCE_RE.finditer(body_lines)]
    inline = [(m.start(), m.group("text")) for m in INLINE_NOTE_RE.finditer(body_lines)]
    if not definitions and not inline:
        return Document(path=str(path), text=text, format="md")
    numbers = _numbering([label for _, label in references], [label for label, *_ in definitions])
    footnotes = [(numbers[label], note, line) for label, note, line in definitions]
    refs = [(pos, numbers[label]) for pos, label in references if label in numbers]
    next_number = max(numbers.values(), default=0) + 1
    for offset, (pos, note) in enumerate(inline):
        refs.append((pos, next_number + offset))
        footnotes.append((next_number + offset, note.strip(), text.count("\n", 0, pos) + 1))
    return Document(
        path=str(path),
        text=text,
        format="md",
        footnotes=tuple(footnotes),
        references=tuple(number for _, number in sorted(refs)),
    )


def _numbering(references: list[str], defined: list[str]) -> dict[str, int]:
    """Label -> note number: numeric labels keep their number, others their order."""
    labels = list(dict.fromkeys(references + defined))
    if all(label.isdigit() for label in labels):
        return {label: int(label) for label in labels}
    return {label: position for position, label in enumerate(labels, start=1)}


def _definitions(text: str) -> tuple[list[tuple[str, str, int]], str]:
    """Pull the footnote definitions out: ([(label, text, line)], body with them blanked)."""
    lines = text.split("\n")
    definitions: list[tuple[str, list[str], int]] = []
    body: list[str] = []
    current: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        match = DEFINITION_RE.match(line)
        if match:
            current = [match.group("text")]
            definitions.append((match.group("label"), current, number))
            body.append("")
        elif current is not None and (INDENTED_RE.match(line) or _lazy(line, current)):
            current.append(line.strip())
            body.append("")
        else:
            current = None if line.strip() else current
            body.append(line)
    notes = [(label, _join(parts), line) for label, parts, line in definitions]
    return notes, "\n".join(body)


def _lazy(line: str, current: list[str]) -> bool:
    """A non-blank line right after definition text continues it (a lazy continuation)."""
    return bool(line.strip()) and bool(current[-1].strip())


def _join(parts: list[str]) -> str:
    """Paragraphs of one note, joined into one line of text."""
    return " ".join(part for part in (p.strip() for p in parts) if part)
