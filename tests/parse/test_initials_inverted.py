"""Inverted names with initials parted by commas alone (Springer, AMS, science house styles).

Our own made-up references."""

from __future__ import annotations

import pytest

from citekit.parse.fields import parse_full
from citekit.parse.initialsinverted import initials_inverted


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Lind, P., Sand, K.: Tidal aspects of harbour walls. Comm. Math. Phys. 164, 17-63"
            " (1994)",
            "Lind, P. and Sand, K",
            "Tidal aspects of harbour walls",
            id="colon-closes-the-list",
        ),
        pytest.param(
            "Ruiz-Gómez, L. & Sand, K. Harbour anomalies. Nucl. Phys. B 212, 19-30 (1983).",
            "Ruiz-Gómez, L. and Sand, K",
            "Harbour anomalies",
            id="ampersand-and-full-stop",
        ),
        pytest.param(
            "Lind, P. A., Sand, K., Marsh, G., Tidal stress in harbour walls, Coastal "
            "Engineering Letters, 38. P. 1309 - 1329. 2006.",
            "Lind, P. A. and Sand, K. and Marsh, G",
            "Tidal stress in harbour walls",
            id="comma-closes-the-list",
        ),
    ],
)
def test_every_name_is_read(text: str, authors: str, title: str) -> None:
    fields = parse_full(text).fields
    assert (fields["author"], fields["title"]) == (authors, title)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lind, P., Tidal Walls, Oxford, 1990", id="one-name-then-a-title"),
        pytest.param("Lind, P., and Karl Sand, Tidal Walls", id="direct-order-after-and"),
        pytest.param("Oxford, Clarendon, 1990", id="no-initials"),
    ],
)
def test_no_list_of_initials(text: str) -> None:
    assert initials_inverted(text.split()) == 0
