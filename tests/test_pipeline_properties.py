"""Any text gives a report: the parser, resolver and merger never raise on odd notes."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit import bibtex, dedupe, resolve
from citekit.model import Note, Report, Span
from citekit.parse import build_context, inherit_authors, parse_note
from citekit.report import to_contract

PIECES = [
    "Ibid.",
    "ibid., p. 4",
    "Op. cit.",
    "Smith, op. cit., p. 3",
    "*Title*",
    "“Title,”",
    "(London: X, 2001)",
    "p. 12",
    "pp. 3–5",
    "S. 224 f.",
    "vol. 2",
    "in",
    "in:",
    "eds.",
    "(Hg.)",
    ";",
    ".",
    ",",
    ":",
    " ",
    "Sergey Radchenko",
    "A. M. Smith",
    "Ильина Т. В.",
    "Там же. С. 5",
    "Box 5, Folder 6",
    "HIA",
    "(hereafter X)",
    "supra note 2",
    "Id. at 4",
    "https://example.org/a",
    "doi:10.1000/xyz",
    "(accessed May 3, 2019)",
    "1989",
    "—",
    "«Titre»",
    "„Titel“",
    "*",
    "(",
    ")",
    "[",
    "]",
    "//",
    "Papers",
    "cited in",
    "See also",
    "Vgl.",
    "dz. cyt.",
    "a.a.O.",
    "v.",
    "& ",
    "y",
    "i",
]
note_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=25).map(
    lambda parts: " ".join(parts)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(note_text, min_size=1, max_size=6))
def test_any_notes_give_a_valid_report(texts: list[str]) -> None:
    notes = tuple(Note(n, t, Span(0, 0, 1)) for n, t in enumerate(texts, start=1))
    context = build_context(texts)
    citations = inherit_authors(tuple(c for n in notes for c in parse_note(n, context)))
    resolved, resolutions, problems = resolve.resolve(citations)
    works, linked, more = dedupe.merge_works(resolved)
    works = bibtex.assign_keys(works)
    report = Report("x", notes, linked, works, problems + more, resolutions)
    json.dumps(to_contract(report))
    assert {c.work for c in linked if c.work} <= {w.id for w in works}
    assert len({w.key for w in works}) == len(works)
