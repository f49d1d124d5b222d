"""Author-date short forms with family names in capitals ("MARTINHO, 2011, p. 14"), as
Brazilian (ABNT) notes write them, and the year such a form gives a work cited only so."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.dedupe import merge_works
from citekit.model import Citation, Code, Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.capitalsdate import capitals_author_date
from citekit.pipeline import extract
from citekit.resolve import resolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MARTINHO, 2011, p. 14", ("MARTINHO", "2011", "p. 14")),
        ("SALGADO; DUARTE, 1997, p. 120-122.", ("SALGADO and DUARTE", "1997", "p. 120-122")),
        ("DE LUCA, 1984, p. 9", ("DE LUCA", "1984", "p. 9")),
        ("ENAP, 1999, p. 40", ("ENAP", "1999", "p. 40")),
    ],
)
def test_capital_names_a_year_and_a_page(text: str, expected: tuple[str, str, str]) -> None:
    assert capitals_author_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SNTC, 1968, p. 212",  # a publisher's siglum at an imprint's end: no vowel
        "XLVII, 1978, p. 31",  # a volume in roman numerals
        "MARTINHO, 2011",  # no page: the end of an imprint may be so too
        "MARTINHO, *Vozes do sertão*, p. 14",  # a title: citekit.parse.shortforms reads it
        "Martinho, 2011, p. 14",  # not in capitals: citekit.parse.shortforms reads it
    ],
)
def test_what_is_not_read_here(text: str) -> None:
    assert capitals_author_date(text) is None


def _cited(*texts: str) -> list[Citation]:
    context = build_context(texts)
    found: list[Citation] = []
    for number, text in enumerate(texts, start=1):
        found.extend(parse_note(Note(number, text, Span(0, 0, number)), context))
    return found


def test_read_as_a_short_form_with_its_names_year_and_page() -> None:
    (citation,) = _cited("MARTINHO, 2011, p. 14.")
    assert citation.kind is Kind.SHORT
    assert citation.fields == {"author": "MARTINHO", "year": "2011"}
    assert citation.locator == "p. 14"


@pytest.mark.parametrize(
    ("short", "author"),
    [("BRENNAND, 1999, p. 5.", "BRENNAND"), ("Brennand (1999), S. 5.", "Brennand")],
)
def test_a_work_cited_only_so_keeps_the_year(short: str, author: str) -> None:
    resolved, _, _ = resolve(tuple(_cited(short, "Ibid., p. 8.")))
    works, _, _ = merge_works(resolved)
    assert [(w.entry_type, w.fields) for w in works] == [
        ("book", {"author": author, "year": "1999"})
    ]


def test_a_full_citation_s_year_rules() -> None:
    resolved, _, _ = resolve(
        tuple(
            _cited(
                "TAVARES, Ruy. *Os engenhos do Recife*. Recife: Massangana, 1988, p. 3.",
                "TAVARES, 1988, p. 40.",
            )
        )
    )
    works, _, _ = merge_works(resolved)
    assert len(works) == 1
    assert works[0].fields["year"] == "1988"


def test_each_such_form_without_a_reference_list_is_a_finding(tmp_path: Path) -> None:
    doc = tmp_path / "relatorio.md"
    doc.write_text(
        "Texto.[^1] Mais.[^2] Fim.[^3] Outro.[^4] Ainda.[^5] E.[^6]\n\n"
        "[^1]: MARTINHO, 2011, p. 14\n"
        "[^2]: Ibid., p. 20\n"
        "[^3]: SALGADO, 1997, p. 120\n"
        "[^4]: MARTINHO, 2011, p. 31\n"
        "[^5]: COUTINHO, 2005, p. 8\n"
        "[^6]: SALGADO, 1997, p. 121\n",
        encoding="utf-8",
    )
    report = extract(doc)
    assert {c.note for c in report.citations if c.kind is Kind.SHORT} == {1, 3, 4, 5, 6}
    found = {d.note for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL}
    assert found == {1, 3, 4, 5, 6}
