"""A book's translator named between its title and its imprint ("trans. [by]", "translated
by", "traduit par"): issue 10's "no .bib has a translator" (our own example notes)."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "translator"),
    [
        (
            "Marc Hale, *Harbour Society*, trans. L. A. Lowe (London: Routledge, 1961), 45.",
            "Lowe, L. A.",
        ),
        (
            "*His Life and Letters*, trans. by Sara Lind (York: Sessions, 1974), 8.",
            "Lind, Sara",
        ),
        (
            "Jan Ross, *Die Küste*, translated by Ann Grey and Tom Hale (Chicago: University of "
            "Chicago Press, 1998), 12.",
            "Grey, Ann and Hale, Tom",
        ),
        (
            "Jan Ross, *Die Küste*, traduit par Paul Mercier (Paris: Seuil, 1990), 3.",
            "Mercier, Paul",
        ),
    ],
)
def test_a_book_s_translator(text: str, translator: str) -> None:
    (cited,) = parse(text)
    assert cited.fields["translator"] == translator
    assert "editor" not in cited.fields


def test_edited_and_translated_stays_the_editor() -> None:
    (cited,) = parse("*Life and Letters*, ed. and trans. Sara Lind (York: Sessions, 1974), 8.")
    assert cited.fields["editor"] == "Lind, Sara"
    assert "translator" not in cited.fields
