"""French usage: the family name first, in capitals, then the given name ("BLOCH Marc")."""

from __future__ import annotations

import pytest

from citekit.parse.names import to_family_given


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("BLOCH Marc", "Bloch, Marc"),
        ("LE GOFF Jacques", "Le Goff, Jacques"),
        ("BURGUIÈRE André", "Burguière, André"),
        ("DUBY Jean-Pierre", "Duby, Jean-Pierre"),
        ("Marc BLOCH", "Bloch, Marc"),  # given name first: the family is still the capitals
        ("ROGER CHARTIER", "Chartier, Roger"),  # all in capitals: direct order
    ],
)
def test_family_in_capitals_before_the_given_name(name: str, expected: str) -> None:
    assert to_family_given(name) == expected
