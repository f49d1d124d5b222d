"""Access dates and link labels in the languages of the CSL locales: "[cit. 2023-03-14].
Dostupné z: https://…" (ISO 690 as Czech and Slovak notes print it), "Hämtad 2020-05-03",
"pobrano 12.05.2020"; "op. cit. 2005" is no access date.

Our own example notes: invented authors, titles and addresses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract
from citekit.parse.patterns import ACCESSED_RE


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Vale, 2019. [cit. 2023-03-14]. Dostupné z: https://vale.example.cz", "2023-03-14"),
        ("Hämtad 2020-05-03 från https://vale.example.se", "2020-05-03"),
        ("pobrano 12.05.2020", "12.05.2020"),
        ("zugegriffen am 3. Mai 2021", "3. Mai 2021"),
        ("https://vale.example.org/index (last visited Mar. 1, 2024)", "Mar. 1, 2024"),  # Bluebook
    ],
)
def test_an_access_word_of_a_csl_locale_opens_an_access_date(text: str, date: str) -> None:
    found = ACCESSED_RE.search(text)
    assert found is not None
    assert found.group("date") == date


def test_an_op_cit_before_a_year_is_no_access_date() -> None:
    assert ACCESSED_RE.search("Quist, op. cit. 2005, p. 3") is None


def test_an_iso_690_web_page_keeps_its_access_date_and_address(tmp_path: Path) -> None:
    path = tmp_path / "poznamky.md"
    path.write_text(
        "Text.[^1]\n\n[^1]: QUIST, Ada. *Přístavy a lodě* [online]. Vale: Vale, 2019 "
        "[cit. 2023-03-14]. Dostupné z: https://vale.example.cz/pristavy\n",
        encoding="utf-8",
    )
    report = extract(path)
    (work,) = report.works
    assert work.fields.get("urldate") == "2023-03-14"
    assert work.fields.get("url") == "https://vale.example.cz/pristavy"
