"""An issue's date after its number, its month in small letters as French, Spanish and Italian
write it: "…, vol. 43, nº 9, septembre 2000", "…, núm. 9, septiembre de 2000". A small word
after a number and a comma usually opens commentary ("…, 145, on how little changed"); a
month and a year do not.

Our own example notes: invented authors, articles and journals.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Kind
from tests.mdnotes import extract_notes


@pytest.mark.parametrize(
    ("issue", "date"),
    [
        ("vol. 43, nº 9", "septembre 2000"),
        ("vol. 43, núm. 9", "septiembre de 2000"),
        ("vol. 43, n. 9", "settembre 2000"),
        ("jg. 43, nr. 9", "januari 2000"),  # Dutch
        ("t. 43, nr 9", "stycznia 2000"),  # Polish, the genitive
    ],
)
def test_a_small_month_after_the_issue_is_its_date(tmp_path: Path, issue: str, date: str) -> None:
    note = f"Ada Quist et Bo Lind, « Les marées », *Revue du port*, {issue}, {date}."
    (cited,) = extract_notes(tmp_path, [note]).citations
    assert cited.kind is Kind.FULL
    assert cited.text.endswith(date)
    assert cited.fields.get("year") == "2000"
