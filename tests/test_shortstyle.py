"""Many short forms without a full citation are a document's style, a few are its slips."""

from citekit.model import Citation, Code, Diagnostic, Kind
from citekit.shortstyle import without_style


def _document(findings: int, full: int) -> tuple[list[Diagnostic], list[Citation]]:
    problems = [
        Diagnostic(Code.SHORT_WITHOUT_FULL, "short form without full", n) for n in range(findings)
    ]
    problems.append(Diagnostic(Code.IBID_AMBIGUOUS, "ibid. after two works", 99))
    citations = [Citation(n, 0, "Smith, *War*, 3", Kind.FULL) for n in range(full)]
    return problems, citations


def test_a_few_findings_are_reported() -> None:
    problems, citations = _document(4, 10)
    assert len(without_style(problems, citations)) == 5


def test_many_findings_among_few_full_citations_are_the_style() -> None:
    problems, citations = _document(6, 16)
    assert [p.code for p in without_style(problems, citations)] == [Code.IBID_AMBIGUOUS]


def test_many_findings_among_many_full_citations_are_reported() -> None:
    problems, citations = _document(6, 80)
    assert len(without_style(problems, citations)) == 7


def _dated_document() -> tuple[list[Diagnostic], list[Citation]]:
    """Six author-date short forms, no reference list, two full citations."""
    forms = ["Aldous (1931), S. 12", "Brenner 1977, 40", "Corvin (2003), p. 8"]
    forms += ["Dahl and Ewing 1990, 3", "Fenwick (1962)", "Gorse (1888), S. 11"]
    citations = [Citation(n, 0, form, Kind.SHORT) for n, form in enumerate(forms)]
    citations += [Citation(9, 0, "Hale, *Roads* (London, 1901), 4", Kind.FULL)] * 2
    problems = [
        Diagnostic(Code.SHORT_WITHOUT_FULL, f"note {n}: short form {form!r} has none", n, 0)
        for n, form in enumerate(forms)
    ]
    return problems, citations


def test_author_date_findings_are_no_style() -> None:
    problems, citations = _dated_document()
    assert len(without_style(problems, citations)) == 6


def test_author_date_findings_do_not_count_towards_the_style() -> None:
    problems, citations = _dated_document()
    titled, _ = _document(4, 0)
    assert len(without_style(problems + titled, citations)) == 11
