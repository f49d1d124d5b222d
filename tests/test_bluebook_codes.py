"""US legal sources that name themselves whole, as law reviews, casebooks and court opinions
print them: Restatements ("Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)", Lexis's
"Restat 2d of Contracts, § 347"), code sections ("Cal. Civ. Code § 1714", "17 USC 504(b)"),
and cases linked to a database ("[Pine Corp. v. Oak Lumber Co., 412 F.3d 220 (2d Cir.
2005)](https://…)"), whose link makes no web page of the case."""

from __future__ import annotations

from pathlib import Path

from citekit.model import Kind
from citekit.parse.restatements import parse_restatement
from tests.markdown_notes import extract_notes
from tests.parse.notes import parse

QUOTED_RULE = "“A seller is liable for harm caused by a defective product.”"


def test_a_restatement_after_a_quotation_is_cited_in_full(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path,
        f"{QUOTED_RULE} Restatement (Second) of Torts § 402A (Am. L. Inst. 1965).",
        "*Id.* cmt. c.",
        "Restatement (Second) of Torts § 46 (Am. L. Inst. 1965).",
    )
    first, again, other = report.citations
    assert first.text.startswith("Restatement (Second)")
    assert (first.kind, other.kind) == (Kind.FULL, Kind.FULL)
    assert first.entry_type == "book"
    assert first.fields == {"title": "Restatement (Second) of Torts", "year": "1965"}
    assert (first.locator, other.locator) == ("§ 402A", "§ 46")
    assert again.kind is Kind.IBID
    assert again.work == first.work == other.work
    assert not report.diagnostics


def test_the_lexis_and_small_capitals_forms_of_a_restatement() -> None:
    (lexis,) = parse("Restat 3d of Agency, § 4.02(1) (3rd 2006).")
    assert lexis.kind is Kind.FULL
    assert lexis.fields == {"title": "Restat 3d of Agency", "year": "2006"}
    assert lexis.locator == "§ 4.02(1)"
    caps = parse_restatement("RESTATEMENT (SECOND) OF CONTRACTS § 90 cmt. b (AM. L. INST. 1981)")
    assert caps is not None
    assert caps.fields["title"] == "Restatement (Second) of Contracts"
    assert caps.locator == "§ 90 cmt. b"
    assert parse_restatement("Restatement of the rule follows here") is None


def test_a_code_section_is_a_full_citation_of_its_statute(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path,
        "See Cal. Civ. Code § 1714 (West 2020).",
        "See, e.g., Cal Corp Code § 300(b).",
        "N.Y. Gen. Bus. Law § 349.",
        "17 USC 506(a).",
    )
    assert [c.kind for c in report.citations] == [Kind.FULL] * 4
    assert report.citations[0].fields == {"title": "Cal. Civ. Code § 1714", "year": "2020"}
    assert not report.diagnostics  # no short form wanting its full citation


LINK = "https://cases.example.org/view/412-220"
OPINION = "https://cases.example.org/view/88-opinion"


def test_a_case_linked_to_its_page_is_its_report_not_a_page(tmp_path: Path) -> None:
    report = extract_notes(
        tmp_path,
        f"*[Pine Works, Inc. v. Oak Lumber Co., 412 F.3d 220, 224 (2d Cir. 2005)]({LINK})*.",
        f"*See* [*Pine*, 412 F.3d at 230]({LINK}).",
    )
    case, short = report.citations
    assert case.entry_type == "misc"
    assert case.fields == {
        "title": "Pine Works, Inc. v. Oak Lumber Co.",
        "volume": "412",
        "pages": "220",
        "year": "2005",
        "url": LINK,
    }
    assert case.locator == "224"
    assert (short.kind, short.locator, short.work) == (Kind.SHORT, "230", case.work)
    (work,) = report.works
    assert work.entry_type == "misc"


def test_a_link_several_cases_share_is_none_of_theirs(tmp_path: Path) -> None:
    """An opinion's notes link every case to the opinion's own page in a database."""
    report = extract_notes(
        tmp_path,
        f"[Pine Works, Inc. v. Oak Lumber Co., 412 F.3d 220 (2d Cir. 2005)]({OPINION}).",
        f"[Elm Corp. v. Ash Co., 97 F.4th 15, 19 (1st Cir. 2024)]({OPINION}).",
    )
    assert [w.entry_type for w in report.works] == ["misc", "misc"]
    assert not any("url" in w.fields for w in report.works)


def test_a_short_case_form_needs_no_full_citation_among_the_notes(tmp_path: Path) -> None:
    """A court's notes repeat cases its opinion cites in full above them; the volume and
    reporter find the case."""
    report = extract_notes(
        tmp_path, "*See* *Birch*, 301 F.2d at 88.", f"*[Birch, 301 F.2d at 91]({OPINION})*."
    )
    assert [(c.kind, c.locator) for c in report.citations] == [
        (Kind.SHORT, "88"),
        (Kind.SHORT, "91"),
    ]
    assert not report.diagnostics
