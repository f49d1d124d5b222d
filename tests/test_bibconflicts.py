"""Notes that disagree with the bibliography entry they cite: a co-author's name a letter
away, another date of publication (`inconsistent-citation`); another person, an access date,
or the first author alone named are no slips."""

from __future__ import annotations

from pathlib import Path

from citekit import extract
from citekit.model import Code

ESSAY = """# Harbours

Text.[^1] More.[^2] Again.[^3] And.[^4] Last.[^5]

## Bibliography

Okafor, Ruth, and Lena Marsh. *Tides of Trade*. Leeds: Quayside Press, 2011.

Pell, Amos, Dora Quint, and Ivo Rask. "Salt Ledgers." *Coastal History* 14 (2016): 33–58.

Varga, Nina, and Tomas Weil. *Lighthouse Keepers' Logs*. Online guide, March 4, 2019.

Holm, Eric, and Sara Lind. *Nets and Knots*. Bergen: Fjord Books, 2005.

[^1]: Okafor and Marshe, *Tides of Trade*, 12.
[^2]: Pell, Quint, and Rusk, "Salt Ledgers."
[^3]: Nina Varga and Tomas Weil, *Lighthouse Keepers' Logs*, March 14, 2019, 7.
[^4]: Holm and Berg, *Nets and Knots*, 40.
[^5]: Okafor, *Tides of Trade*, 15.
"""


def test_a_name_or_a_date_the_bibliography_gives_otherwise(tmp_path: Path) -> None:
    path = tmp_path / "harbours.md"
    path.write_text(ESSAY, encoding="utf-8")
    report = extract(path)
    found = sorted(d.note for d in report.diagnostics if d.code is Code.INCONSISTENT_CITATION)
    # "Marshe" for "Marsh", "Rusk" for "Rask", the 14th for the 4th; not "Berg" for "Lind"
    # (another person), nor note 5, which names the first author alone
    assert found == [1, 2, 3]


def test_an_access_date_is_no_date_of_the_work(tmp_path: Path) -> None:
    text = ESSAY.replace("March 14, 2019, 7", "7, accessed March 14, 2019")
    path = tmp_path / "harbours.md"
    path.write_text(text, encoding="utf-8")
    report = extract(path)
    assert 3 not in {d.note for d in report.diagnostics if d.code is Code.INCONSISTENT_CITATION}
