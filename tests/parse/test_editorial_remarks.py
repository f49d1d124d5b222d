"""A remark on the quotation after a pinpoint, in brackets, is no part of the citation: the
pinpoint stays its locator (citekit.parse.editorialremark). Our own example notes."""

from __future__ import annotations

import pytest

from citekit.parse.editorialremark import without_remark
from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "text", "locator"),
    [
        ("Quist, *Harbour Lives*, 45 (translation mine).", "Quist, *Harbour Lives*, 45", "45"),
        ("Ibid., 12 (emphasis in original).", "Ibid., 12", "12"),
        ("Quist, *Harbour Lives*, 161, 162 (emphasis added).", None, "161, 162"),
        ("Quist, *Hafenleben*, S. 45 (Hervorhebung im Original).", None, "S. 45"),
        ("Quist, *Vies portuaires*, p. 45 [je souligne ; traduction personnelle].", None, "p. 45"),
    ],
)
def test_the_remark_is_left_out(note: str, text: str | None, locator: str) -> None:
    (cited,) = parse(note)
    assert cited.locator == locator
    if text:
        assert cited.text == text


def test_a_bracket_of_the_work_stays() -> None:
    cited = "Quist, *Harbour Lives* (Vale: Vale Press, 2010)"
    assert without_remark(cited) == cited
    assert without_remark("Quist, *Harbour Lives*, 45 (emphasis on trade)").endswith("trade)")
