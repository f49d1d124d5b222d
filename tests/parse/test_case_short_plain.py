"""A case's short form in plain text, its italics lost: the parties, then a labelled
pinpoint, perhaps after the year (citekit.parse.prosestart.reported_case). Notes written
for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.prosestart import reported_case
from citekit.parse.split import split_note


@pytest.mark.parametrize(
    "span",
    ["Harbour Board v Lamb, s. 41", "Quay v HM Advocate. 2007, s. 12", "Lamb v Norway, par. 33"],
)
def test_case_name_and_pinpoint_cites(span: str) -> None:
    assert reported_case(span)
    assert [p.text(span + ".") for p, _ in split_note(span + ".")] == [span]


@pytest.mark.parametrize(
    "span", ["Lamb v the tides of the bay, p. 4", "The court in Lamb v Norway, par. 33"]
)
def test_prose_around_a_case_is_no_short_form(span: str) -> None:
    assert not reported_case(span)
