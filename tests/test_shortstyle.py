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
