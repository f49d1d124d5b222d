"""Two surnames kept together in a work's names (citekit.doublesurnames): in a Spanish work,
by a given name before a word that is none.

Our own example citations (issue 10, tests/corpus14): a row the rule gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.doublesurnames import widened
from citekit.model import Citation, Kind


def cited(*spans: tuple[Kind, str]) -> list[Citation]:
    return [Citation(note=1, index=i, text=t, kind=k) for i, (k, t) in enumerate(spans)]


FULL = (Kind.FULL, "Marta Ruiz Ortega, *Puertos del Caribe*, Caracas, 2001, p. 4")
ROWS = [
    pytest.param(
        {"author": "Ortega, Marta Ruiz", "title": "Puertos del Caribe y la ciudad"},
        [FULL],
        "Ruiz Ortega, Marta",
        id="spanish-work-given-name-then-a-surname",
    ),
    pytest.param(
        {"author": "Blanco, José Luis", "title": "La ciudad y el río"},
        [(Kind.FULL, "José Luis Blanco, La ciudad y el río, Madrid, 1990")],
        "Blanco, José Luis",
        id="two-given-names-stay-given",
    ),
    pytest.param(
        {"author": "Howe, Daniel Walker", "title": "What Hath God Wrought"},
        [(Kind.FULL, "Daniel Walker Howe, *What Hath God Wrought* (Oxford, 2007)")],
        "Howe, Daniel Walker",
        id="english-work-middle-name-stays-given",
    ),
    pytest.param(
        {"author": "Costa, Emília Viotti da", "title": "Da senzala à colônia"},
        [(Kind.FULL, "COSTA, Emília Viotti da. Da senzala à colônia. São Paulo, 1966")],
        "Costa, Emília Viotti da",
        id="particle-is-no-surname",
    ),
]


@pytest.mark.parametrize(("fields", "spans", "author"), ROWS)
def test_double_surname_kept_together(fields, spans, author):
    assert widened(fields, cited(*spans))["author"] == author
