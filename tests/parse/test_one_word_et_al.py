"""The one abbreviated word that cuts a list of names short in some languages (the CSL
locales' "et-al" term): Turkish "vd.", Swedish and Norwegian "m.fl.", Indonesian "dkk."
(citekit.parse.localeterms.ET_AL_ONE_WORD). Citations written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse import namecues, names
from citekit.parse.fields import parse_full


@pytest.mark.parametrize("mark", ["vd.", "m.fl.", "dkk."])
def test_name_group_ends_at_one_word_et_al(mark: str) -> None:
    assert namecues.leading_name_tokens(f"Ayşe Kaya {mark}, Liman Kayıtları, 12") == 3
    assert names.split_names(f"Ayşe Kaya {mark}") == ["Kaya, Ayşe"]


def test_title_after_one_word_et_al_keeps_no_names() -> None:
    parsed = parse_full("Ayşe Kaya vd., Liman Kayıtları, İstanbul: Ege, 2005, 370")
    assert parsed.fields["author"] == "Kaya, Ayşe"
    assert parsed.fields["title"] == "Liman Kayıtları"
