"""Repeats whose work the document does hold, though a first reading missed it: a page past
999 read as a year (citekit.resolveyearpage), a title given to the author just cited by "his"
(citekit.parse.pronounauthor), a title-only short form whose full citation sits in an earlier
note's prose (citekit.notetexts). None of them is a `short-without-full`.

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

from pathlib import Path

from citekit import extract
from citekit.model import Code, Kind


def _report(tmp_path: Path, notes: list[str]):
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{listed}\n", encoding="utf-8")
    return extract(path)


def _by_note(report):
    return {(c.note, c.index): c for c in report.citations}


def _unanswered(report) -> list[int]:
    return [d.note for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_a_four_digit_page_inside_the_papers_range_is_a_page(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Ada Quist, “Harbour Lives,” *Vale Law Review* 98 (2016): 1511-1523.",
            "Quist, 1521.",
        ],
    )
    cited = _by_note(report)
    assert cited[(2, 0)].work == cited[(1, 0)].work
    assert cited[(2, 0)].locator == "1521"
    assert _unanswered(report) == []


def test_a_year_outside_every_range_stays_a_year(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Ada Quist, “Harbour Lives,” *Vale Law Review* 98 (2016): 1511-1523.",
            "Quist, 1530.",
        ],
    )
    assert _by_note(report)[(2, 0)].locator is None


def test_his_gives_the_title_to_the_author_just_cited(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Bo Halden, *Free to Sail* (Vale: Vale Press, 1995), 7-8; see also his ‘Wind and"
            " Water in the Old Ports’, in *Coasts Remembered*, ed. by Ann Marr and Ivo Tull"
            " (Vale: Vale Press, 1999), pp. 20–41.",
            "Halden, ‘Wind and Water’, p. 30.",
        ],
    )
    cited = _by_note(report)
    essay = cited[(1, 1)]
    assert essay.text.startswith("‘Wind and Water")
    assert essay.fields["author"] == cited[(1, 0)].fields["author"]
    assert cited[(2, 0)].work == essay.work
    assert _unanswered(report) == []


def test_a_titles_full_citation_in_earlier_prose_is_no_missing_one(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Ada Quist, “Harbour Lives,” *Vale Law Review* 98 (2016): 1511-1523, an argument"
            " later taken up by *The Charter of the Northern Ports: Report of the Harbour"
            " Commission* (Vale: Harbour Office, 2001), para. 2.1.",
            "*Charter of the Northern Ports*, para. 4.19.",
        ],
    )
    assert _by_note(report)[(2, 0)].kind is Kind.SHORT
    assert _unanswered(report) == []


def test_an_archival_item_read_as_a_short_form_is_no_missing_one(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Bo Halden, *Free to Sail* (Vale: Vale Press, 1995), 7-8.",
            "Vale, Harbour Museum, MS gr. 129D (Tarn Psalter), fol. 67r.",
            "Halden to Quist, 3 March 1937, Halden Papers, box 8, folder 12.",
        ],
    )
    assert _unanswered(report) == []


def test_a_short_title_opens_the_later_book_not_the_earlier_article(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Ada Quist, “The Vale Harbour Strike: A Re-examination,” *Coastal History* 70, no. 3"
            " (1965): 691–713; for the fuller story see Quist, *Harbour Strike*, 156–78.",
            "Bo Halden, *Free to Sail* (Vale: Vale Press, 1995), 7-8.",
            "Ada Quist, *Harbour Strike: The Vale Dockers, 1936–1937* (Vale: Vale Press, 1969),"
            " 1–20.",
        ],
    )
    cited = _by_note(report)
    assert cited[(1, 1)].work == cited[(3, 0)].work
    assert [d.code for d in report.diagnostics] == [Code.SHORT_BEFORE_FULL]
