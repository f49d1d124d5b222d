"""A short form of three names and a page in plain text ("Ruiz, Gil y Vidal, Las salinas, 12")
is read as an author and a title made of the other names ("Gil y Vidal"); where an earlier
full citation's authors are exactly those names, the short form cites that work, whatever
the language's word that closes the list (citekit.resolvenamelist). Notes written for these
tests."""

from __future__ import annotations

import pytest

from citekit import extract
from citekit.model import Kind


@pytest.mark.parametrize("closer", ["and", "y", "und", "en", "och"])
def test_a_listed_short_form_cites_the_work_of_those_authors(tmp_path, closer) -> None:
    path = tmp_path / "essay.txt"
    path.write_text(
        "Essay\n\nText.[1] More.[2]\n\n"
        f"[1] Ana Ruiz, Eva Gil {closer} Pau Vidal, Las salinas del sur (Cádiz: Mar, 2004), 3.\n\n"
        f"[2] Ruiz, Gil {closer} Vidal, Las salinas del sur, 12.\n",
        encoding="utf-8",
    )
    full, short = extract(path).citations
    assert (full.kind, short.kind, short.work) == (Kind.FULL, Kind.SHORT, full.work)


def test_other_authors_listed_are_another_work(tmp_path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text(
        "Essay\n\nText.[1] More.[2]\n\n"
        "[1] Ana Ruiz, Eva Gil y Pau Vidal, Las salinas del sur (Cádiz: Mar, 2004), 3.\n\n"
        "[2] Ruiz, Gil y Mora, Las salinas del sur, 12.\n",
        encoding="utf-8",
    )
    full, short = extract(path).citations
    assert short.work != full.work
