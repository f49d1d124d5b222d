"""Lead-ins are no part of the source they lead to: "Viz též", "Pozri tiež" (Czech, Slovak
"see also") open a citation after them (lexicons/lead_ins.txt)."""

from pathlib import Path

import pytest

from tests.mdnotes import extract_notes

FULL = "Jan Marek, *Dějiny města*, Praha: Academia, 1990, s. 4."
SOURCE = "David R. HOLETON, The Communion of Infants, Communio viatorum 27, 1984, s. 207–225"


@pytest.mark.parametrize("lead", ["Viz též", "Viz také", "Srov. též", "Pozri tiež", "Porov."])
def test_a_see_also_after_an_ibid_opens_the_next_citation(tmp_path: Path, lead: str) -> None:
    report = extract_notes(tmp_path, [FULL, f"Tamtéž, s. 40–52. {lead} {SOURCE}."])
    second = [c for c in report.citations if c.note == 2]
    assert [c.text for c in second] == ["Tamtéž, s. 40–52", SOURCE]
    assert second[1].kind.value == "full"
