"""Find the URLs and DOIs a document, a .bib or a list cites, with who cites them and when."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import bibtexparser

from citekit import sources
from citekit.errors import UnreadableFile
from citekit.links import dates, doi
from citekit.links.model import LinkTarget, TargetKind
from citekit.links.urls import url_problem
from citekit.model import Note
from citekit.notes import split_notes

log = logging.getLogger(__name__)

# a web address in running text: http(s)://... or www.... up to a space or a character
# URLs do not contain unescaped ("<>" of <http://...>, "[]" of Markdown links, quotes)
URL_RE = re.compile(r"""(?:\bhttps?://|\bwww\.)[^\s<>"{}|\\^`\[\]]+""", re.IGNORECASE)
# a DOI in running text: 10.1080/14682745.2017.1315923 (after "doi:", "DOI ", or alone)
DOI_RE = re.compile(r"""\b10\.\d{4,9}(?:\.\d+)*/[^\s<>"{}|\\^`\[\]]+""")
# punctuation that ends a sentence or a citation rather than a URL
TRAILING = ".,;:!?'\"*_»”’›"
CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}
# LaTeX escapes in .bib URL fields: \_ \% \& \# \~{} and \url{...}
TEX_ESCAPE_RE = re.compile(r"\\([_%&#$])")
TEX_URL_RE = re.compile(r"\\(?:url|href)\{([^}]*)\}")


@dataclass(frozen=True, slots=True)
class _Cite:
    """One place where a target is cited."""

    target: LinkTarget
    note: int | None = None
    entry: str | None = None


def from_document(path: str | Path) -> tuple[LinkTarget, ...]:
    """Every URL and DOI in the document at PATH: front matter, body and notes.

    Notes are extracted first so that each target lists the notes citing it; a URL
    in a note keeps that note's access date (or a year near it) for archive rescue.
    """
    document = sources.read(path)
    notes, _ = split_notes(document)
    cites = [c for note in notes for c in _note_cites(note)]
    in_notes = {c.target.key for c in cites}
    for line in document.text.splitlines():
        cites += [c for c in _cites_in(line, note=None) if c.target.key not in in_notes]
    return merge(cites)


def from_bib(path: str | Path) -> tuple[LinkTarget, ...]:
    """Every url, doi and \\url{} of the entries in the .bib file at PATH."""
    library = bibtexparser.parse_string(_read_text(Path(path)))
    for block in library.failed_blocks:
        log.warning("%s: a BibTeX block could not be parsed: %s", path, block.error)
    return merge(c for entry in library.entries for c in _entry_cites(entry))


def from_lines(text: str) -> tuple[LinkTarget, ...]:
    """The URLs and DOIs of a list, one a line; blank lines and # comments skipped."""
    lines = (line.strip() for line in text.splitlines())
    return merge(_Cite(classify(line)) for line in lines if line and not line.startswith("#"))


def read_list(path: str | Path) -> str:
    """The text of a URL list file (UTF-8)."""
    return _read_text(Path(path))


def classify(text: str) -> LinkTarget:
    """TEXT as a target: a DOI (bare, doi:, doi.org link), a URL, or an invalid one."""
    text = text.strip()
    bare = doi.from_resolver_url(text) or doi.normalise(text)
    if bare.startswith("10.") or text.lower().startswith("doi"):
        return LinkTarget(bare, TargetKind.DOI, problem=doi.problem(bare))
    if text.lower().startswith("www."):
        text = "http://" + text
    elif "://" not in text:
        return LinkTarget(text, TargetKind.URL, problem="not a URL or DOI")
    return LinkTarget(text, TargetKind.URL, problem=url_problem(text))


def merge(cites: Iterable[_Cite]) -> tuple[LinkTarget, ...]:
    """One target per distinct URL or DOI, in first-cited order, with all who cite it."""
    merged: dict[str, LinkTarget] = {}
    for cite in cites:
        seen = merged.get(cite.target.key)
        merged[cite.target.key] = cite.target if seen is None else _join(seen, cite.target)
        if cite.note is not None or cite.entry is not None:
            merged[cite.target.key] = _add_citer(merged[cite.target.key], cite)
    return tuple(merged.values())


def _join(a: LinkTarget, b: LinkTarget) -> LinkTarget:
    stamps = [s for s in (a.accessed, b.accessed) if s]
    # a full access date beats a year; the earliest is when the page was last seen alive
    accessed = min(stamps, key=lambda s: (len(s) < 8, s)) if stamps else None
    return replace(a, accessed=accessed, title=a.title or b.title)


def _add_citer(target: LinkTarget, cite: _Cite) -> LinkTarget:
    if cite.note is not None and cite.note not in target.notes:
        target = replace(target, notes=(*target.notes, cite.note))
    if cite.entry is not None and cite.entry not in target.entries:
        target = replace(target, entries=(*target.entries, cite.entry))
    return target


def _note_cites(note: Note) -> list[_Cite]:
    cites = _cites_in(note.text, note=note.number)
    titles = _cited_titles(note)
    return [_Cite(replace(c.target, title=titles.get(c.target.key)), note=c.note) for c in cites]


def _cited_titles(note: Note) -> dict[str, str]:
    """DOI key -> the title the parser found beside it (nothing while the parser is young)."""
    from citekit.parse import parse_note  # the parser is optional for link checking

    found = {}
    for citation in parse_note(note):
        fields = citation.fields
        if fields.get("doi") and fields.get("title"):
            found[classify(fields["doi"]).key] = fields["title"]
    return found


def _cites_in(text: str, *, note: int | None) -> list[_Cite]:
    """The targets in one note or line, each with the access date nearest to it."""
    spans = list(_find(text))
    cites = []
    for i, (start, end, target) in enumerate(spans):
        before = spans[i - 1][1] if i else 0
        after = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        stamp = _accessed(text, before, start, end, after)
        cites.append(_Cite(replace(target, accessed=stamp), note=note))
    return cites


def _accessed(text: str, before: int, start: int, end: int, after: int) -> str | None:
    """The access date after the link (or just before it), else the last year before it.

    Only the link's own citation counts: the text between the neighbouring links, cut
    at the semicolons that separate citations in a note.
    """
    segment_start = max(before, text.rfind(";", 0, start) + 1)
    segment_end = min(after, text.find(";", end) % (len(text) + 1))
    following = dates.access_dates(text[end:segment_end])
    if following:
        return following[0][1]
    preceding = dates.access_dates(text[segment_start:start])
    if preceding:
        return preceding[-1][1]
    return dates.last_year(text[segment_start:start]) or dates.last_year(text[end:segment_end])


def _find(text: str) -> Iterator[tuple[int, int, LinkTarget]]:
    """(start, end, target) for each URL, then each DOI outside the URLs, in text order."""
    found = []
    for match in URL_RE.finditer(text):
        url = trim(match.group())
        found.append((match.start(), match.start() + len(url), classify(url)))
    masked = URL_RE.sub(lambda m: " " * len(m.group()), text)
    for match in DOI_RE.finditer(masked):
        found.append((match.start(), match.end(), classify(trim(match.group()))))
    yield from sorted(found, key=lambda item: item[0])


def trim(candidate: str) -> str:
    """CANDIDATE without the punctuation and unbalanced brackets that end a sentence."""
    while candidate:
        last = candidate[-1]
        unbalanced = last in CLOSERS and candidate.count(last) > candidate.count(CLOSERS[last])
        if last not in TRAILING and not unbalanced:
            break
        candidate = candidate[:-1]
    return candidate


def _entry_cites(entry: bibtexparser.model.Entry) -> Iterator[_Cite]:
    fields = {k.lower(): str(f.value) for k, f in entry.fields_dict.items()}
    accessed = dates.parse(fields.get("urldate", "")) or _year(fields)
    title = fields.get("title", "").replace("{", "").replace("}", "") or None
    for name, value in fields.items():
        for text in _entry_links(name, value):
            target = replace(classify(text), accessed=accessed)
            if target.kind is TargetKind.DOI:
                target = replace(target, title=title)
            yield _Cite(target, entry=entry.key)


def _entry_links(name: str, value: str) -> list[str]:
    value = TEX_ESCAPE_RE.sub(r"\1", value).replace("\\~{}", "~").replace("{\\textasciitilde}", "~")
    if name in ("url", "doi"):
        return [value.strip()] if value.strip() else []
    return [u for u in TEX_URL_RE.findall(value) if u.strip()]


def _year(fields: dict[str, str]) -> str | None:
    return dates.last_year(fields.get("date", "") or fields.get("year", ""))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(str(path), exc.strerror or str(exc)) from None
    if b"\x00" in data:
        raise UnreadableFile(str(path), "binary data, not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(str(path), f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():  # as for a document: an empty input is unreadable (exit 3)
        raise UnreadableFile(str(path), "the file is empty")
    return text
