"""Two-word family names told by the document's own short forms (citekit.compoundfamily).

Our own example citations (issue 10, tests/corpus13, tests/corpus14): a row the rule gets
wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.compoundfamily import joined
from citekit.model import Citation, Kind

FULL_TEXT = "Marta Ruiz Ortega, *Puertos del Caribe*, Caracas, 2001, p. 4"


def authors(short_text: str, kind: Kind = Kind.OP_CIT) -> str:
    full = Citation(1, 0, FULL_TEXT, Kind.FULL, fields={"author": "Ortega, Marta Ruiz"})
    short = Citation(2, 0, short_text, kind)
    return joined((full, short))[0].fields["author"]


@pytest.mark.parametrize(
    ("short_text", "kind", "author"),
    [
        ("Ruiz Ortega, op. cit., p. 9", Kind.OP_CIT, "Ruiz Ortega, Marta"),
        ("Ruiz Ortega, *Puertos*, 12", Kind.SHORT, "Ruiz Ortega, Marta"),
        ("Ortega, op. cit., p. 9", Kind.OP_CIT, "Ortega, Marta Ruiz"),
        ("Lima Ortega, op. cit., p. 9", Kind.OP_CIT, "Ortega, Marta Ruiz"),
    ],
    ids=["op-cit-names-both", "short-form-names-both", "one-word-family", "other-person"],
)
def test_a_family_of_two_words_where_the_short_forms_write_it(short_text, kind, author):
    assert authors(short_text, kind) == author
