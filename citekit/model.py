"""Frozen values passed between the pipeline stages; imports nothing from citekit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink in a note: where its visible text stands in the note's text, and its target."""

    start: int
    end: int
    target: str  # a URL as written; a DOI link's target is its https://doi.org/ URL


@dataclass(frozen=True, slots=True)
class Footnote:
    """A note a reader found in the document's structure, in the inline model (inline.py)."""

    number: int
    text: str
    line: int  # 1-based line of the document where the note is defined or referenced
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader returns: the text of one file."""

    path: str
    text: str
    format: str  # "txt" | "md" | "tex" | "docx" | "html" | "pdf"
    # Notes a reader found structurally (Markdown, TeX, Word, HTML footnotes; PDF note zones).
    # Empty for plain text, where notes.py has to find them in the layout.
    footnotes: tuple[Footnote, ...] = ()
    # Numbers of the note references seen in the body of a structured document.
    references: tuple[int, ...] = ()
    # Problems the reader met in the markup (an unclosed \footnote{), kept as findings.
    diagnostics: tuple[Diagnostic, ...] = ()
    # The reader paired each note with the marker that calls it (plain text's "[1]" notes,
    # numbered anew in each chapter): its diagnostics say which are missing or orphaned.
    paired: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """A position in Document.text, carried to the report."""

    start: int
    end: int
    line: int  # 1-based


@dataclass(frozen=True, slots=True)
class Note:
    """One footnote or endnote: marker removed, page breaks joined."""

    number: int
    text: str  # in the inline model (inline.py): plain text, italics *marked*
    span: Span
    links: tuple[Link, ...] = ()  # offsets in text


class Kind(StrEnum):
    """What sort of reference a citation is (CONTRACT.md)."""

    FULL = "full"
    SHORT = "short"
    IBID = "ibid"
    OP_CIT = "op-cit"
    PERSONAL = "personal"


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited source inside a note."""

    note: int
    index: int
    text: str
    kind: Kind
    locator: str | None = None  # "p. 42, 49": belongs to the citation, never to the work
    fields: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    entry_type: str = "misc"
    work: str | None = None  # Work.id, set by resolve
    truncated: bool = False  # the span breaks off mid-citation


@dataclass(frozen=True, slots=True)
class Work:
    """One distinct cited work: the fields of all its citations merged."""

    id: str
    key: str
    entry_type: str
    fields: Mapping[str, str] = field(hash=False, compare=False)


class Code(StrEnum):
    """Diagnostic codes: exactly those of CONTRACT.md."""

    MISSING_NOTE = "missing-note"
    ORPHAN_NOTE = "orphan-note"
    DUPLICATE_NOTE_NUMBER = "duplicate-note-number"
    TRUNCATED_NOTE = "truncated-note"
    IBID_AMBIGUOUS = "ibid-ambiguous"
    IBID_UNRESOLVED = "ibid-unresolved"
    OPCIT_AMBIGUOUS = "opcit-ambiguous"
    OPCIT_UNRESOLVED = "opcit-unresolved"
    SHORT_WITHOUT_FULL = "short-without-full"
    SHORT_BEFORE_FULL = "short-before-full"
    INCONSISTENT_CITATION = "inconsistent-citation"
    UNCLOSED_NOTE = "unclosed-note"
    NO_NOTES = "no-notes"
    UNCITED_ENTRY = "uncited-entry"
    NOT_IN_BIBLIOGRAPHY = "not-in-bibliography"
    UNRENDERED_MARKUP = "unrendered-markup"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem in the document, for people: what, where, why."""

    code: Code
    message: str
    note: int | None = None
    citation: int | None = None  # the index in its note of the citation it is about


@dataclass(frozen=True, slots=True)
class Resolution:
    """How one back-reference was resolved: the rule and the candidates weighed."""

    note: int
    index: int
    rule: str  # "ibid" | "op-cit" | "short" | "hereafter" | "idem"
    work: str | None
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Everything `citekit extract` found in one document."""

    source: str
    notes: tuple[Note, ...]
    citations: tuple[Citation, ...]
    works: tuple[Work, ...]
    diagnostics: tuple[Diagnostic, ...]
    resolutions: tuple[Resolution, ...] = ()
