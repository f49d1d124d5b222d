"""An op. cit. after a first author and "et al." in some language: the names end there."""

from __future__ import annotations

import pytest

from citekit.parse.backrefs import read_opcit


@pytest.mark.parametrize(
    ("text", "author", "locator"),
    [
        ("Кузнецов П. Н. и др. Указ. соч. С. 12", "Кузнецов, П. Н", "С. 12"),
        ("Zieliński i in., dz. cyt., s. 40", "Zieliński", "s. 40"),
        ("Hartmann u. a., a.a.O., S. 7", "Hartmann", "S. 7"),
        ("Ferraro e altri, op. cit., p. 3", "Ferraro", "p. 3"),
        ("Quiroga y otros, ob. cit., p. 88", "Quiroga", "p. 88"),
    ],
)
def test_et_al_is_no_title(text: str, author: str, locator: str) -> None:
    parsed = read_opcit(text)
    assert parsed.fields == {"author": author}
    assert parsed.locator == locator
