"""A phrase for the author of the citation before: "del mismo autor", "du même auteur",
"dello stesso autore" (Spanish, French and Italian notes; corpus26's Potosí history), as the
single words "Idem" and "Ders." say it.

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import extract


@pytest.mark.parametrize("phrase", ["del mismo autor", "du même auteur", "dello stesso autore"])
def test_a_same_author_phrase_takes_the_author_before(tmp_path: Path, phrase: str) -> None:
    notes = [
        "Ada Quintana, *Puertos del sur* (Valencia: Editorial Vale, 1992), 4; "
        f"{phrase}, *Barcos y mareas*, Valencia, Vale, 1980, pp. 15-60.",
        "Quintana, *Barcos y mareas*, p. 22.",
    ]
    path = tmp_path / "nota.md"
    path.write_text(
        "Texto.[^1] Más.[^2]\n\n" + "\n".join(f"[^{i}]: {t}" for i, t in enumerate(notes, 1)),
        encoding="utf-8",
    )
    report = extract(path)
    second = report.citations[1]
    works = {work.id: work for work in report.works}
    assert works[second.work].fields["author"] == "Quintana, Ada"
    assert report.citations[2].work == second.work
    assert not report.diagnostics
