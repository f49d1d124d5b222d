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
        # after a comma, no brackets: a nineteenth-century habit ("…, abridged") and a modern one
        ("Quist, *Harbour Lives*, London, 1890, pp. 45–47, abridged.", None, "pp. 45–47"),
        ("Quist, *Harbour Lives*, p. 231, emphasis added.", None, "p. 231"),
        ("Quist, *Harbour Lives*, 12, 14, slightly abridged.", None, "12, 14"),
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


def test_a_title_ending_in_a_remark_word_stays() -> None:
    # no pinpoint before the comma: "Condensed" is the title's own word
    cited = "Quist, *Harbour Lives*, Condensed"
    assert without_remark(cited) == cited
