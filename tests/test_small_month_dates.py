"""A periodical's date written with a month in small letters ("janvier 1954", "enero de
1954") is part of the citation, not commentary after it (citekit.parse.split)."""

from pathlib import Path

import pytest

from tests.mdnotes import extract_notes


@pytest.mark.parametrize(
    "date", ["janvier 1954", "enero de 1954", "gennaio 1954", "januari 1954", "stycznia 1954"]
)
def test_a_small_month_after_the_issue_keeps_the_citation_whole(tmp_path: Path, date: str) -> None:
    text = f"Ada Quill, « Le port », *Revue du Nord*, n° 31, {date}, p. 15-29"
    report = extract_notes(tmp_path, [f"{text}."])
    (citation,) = report.citations
    assert citation.text == text
    assert citation.kind.value == "full"
