"""A report's works as the .bib a LaTeX user cites from: flavour, langid, short titles, keys.

What one work's fields cannot tell and the document can: the short form the notes used
(`shorttitle`), the language of the note that cites the work (`langid` when the title says
nothing), and the keys an older library already gave these works (`--keys-from`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from citekit import biblang, bibtex, bibtitle
from citekit.bibflavour import Flavour
from citekit.bibkeys import assign_keys, identity, title_words
from citekit.model import Kind, Report, Work

if TYPE_CHECKING:
    from citekit.library import Library

__all__ = ["Flavour", "dumps", "dumps_library", "rekey", "rekey_library"]


def dumps(report: Report, *, flavour: Flavour = Flavour.BIBLATEX, langid: str | None = None) -> str:
    """REPORT's works as .bib text, each with its langid and short title where known.

    Args:
        report: what `extract` found.
        flavour: biblatex (default) or classic BibTeX.
        langid: the language of works whose title and note do not tell one (before the
            language of the document's notes as a whole).
    """
    return bibtex.dumps(report.works, flavour=flavour, extras=extra_fields(report, langid))


def dumps_library(
    library: Library,
    reports: Sequence[Report | None],
    *,
    flavour: Flavour = Flavour.BIBLATEX,
    langid: str | None = None,
) -> str:
    """A corpus's merged LIBRARY as .bib text; each work takes the langid and short title
    the first of REPORTS (in corpus order, None: a document that failed) that cites it tells.
    """
    by_key = {work.key: work.id for work in library.works}
    extras: dict[str, dict[str, str]] = {}
    for place, report in enumerate(reports):
        for work_id, fields in extra_fields(report, langid).items() if report else ():
            merged = by_key.get(library.keys.get((place, work_id), ""))
            target = extras.setdefault(merged, {}) if merged else {}
            for name, value in fields.items():
                if value and not target.get(name):
                    target[name] = value
    return bibtex.dumps(library.works, flavour=flavour, extras=extras)


def extra_fields(report: Report, langid: str | None = None) -> dict[str, dict[str, str]]:
    """work id -> {"langid": ..., "shorttitle": ...} read from the document."""
    notes = {note.number: note.text for note in report.notes}
    out: dict[str, dict[str, str]] = {}
    for citation in report.citations:
        if citation.work is None:
            continue
        fields = out.setdefault(citation.work, {})
        if not fields.get("langid"):  # the first note that tells a language
            fields["langid"] = biblang.detect(notes.get(citation.note, "")) or ""
        short = citation.fields.get("title", "")
        if citation.kind is Kind.SHORT and short and "shorttitle" not in fields:
            fields["shorttitle"] = short
    document = biblang.detect(" ".join(notes.values()))  # the last resort
    for work in report.works:
        fields = out.setdefault(work.id, {})
        title = work.fields.get("title", "")
        found = biblang.detect(title) or fields.get("langid") or langid or document
        fields["langid"] = found or ""
        main, subtitle = bibtitle.split_subtitle(title)
        if not _is_short_form(fields.get("shorttitle", ""), title):
            fields["shorttitle"] = main if subtitle else ""  # Better BibTeX's short title
        if biblang.NON_LATIN_RE.search(fields["shorttitle"]):
            # biblatex-chicago writes short titles to the .aux, where pdflatex reads them
            # back outside the entry's language: Cyrillic there stops it (no T2A active)
            fields["shorttitle"] = ""
    return out


def _is_short_form(short: str, title: str) -> bool:
    """SHORT is a short title of TITLE: fewer words, all of them TITLE's (no locator)."""
    words, full = title_words(short), title_words(title)
    return bool(words) and len(words) < len(full) and set(words) <= set(full)


def rekey(report: Report, old_bib: str | Path) -> Report:
    """REPORT with the keys OLD_BIB already gives its works; other works keep clear of them.

    Raises:
        UnreadableFile: OLD_BIB cannot be read.
    """
    return dataclasses.replace(report, works=_kept_keys(report.works, old_bib))


def rekey_library(library: Library, old_bib: str | Path) -> Library:
    """A corpus's LIBRARY with the keys OLD_BIB already gives its works, every document's
    works following their work to its new key.

    Raises:
        UnreadableFile: OLD_BIB cannot be read.
    """
    works = _kept_keys(library.works, old_bib)
    renamed = {old.key: new.key for old, new in zip(library.works, works, strict=True)}
    keys = {ref: renamed.get(key, key) for ref, key in library.keys.items()}
    return dataclasses.replace(library, works=works, keys=keys)


def _kept_keys(works: Iterable[Work], old_bib: str | Path) -> tuple[Work, ...]:
    """WORKS keyed as OLD_BIB keys the same works (by identity); the rest clear of its keys."""
    library = bibtex.load(old_bib)
    old = {entry.key: _plain_fields(entry.fields_dict) for entry in library.entries}
    by_identity: dict[tuple[str, str, str], str] = {}
    for key, fields in old.items():
        by_identity.setdefault(identity(fields), key)
    works = tuple(works)
    keep: dict[str, str] = {}
    for work in works:
        key = by_identity.get(identity(work.fields))
        if key and key not in keep.values():
            keep[work.id] = key
    return assign_keys(works, keep=keep, taken=old)


def _plain_fields(fields: Mapping[str, object]) -> dict[str, str]:
    """A .bib entry's values as plain text: braces, escapes and accents undone."""
    from pylatexenc.latex2text import LatexNodes2Text

    decode = LatexNodes2Text().latex_to_text
    return {name.lower(): decode(str(f.value)) for name, f in fields.items()}
