"""Whole documents shaped as real16's (invented words): a citeproc short note by a
translator's name, and an address a link's text wraps."""

from __future__ import annotations

from pathlib import Path

from citekit import extract, sources
from citekit.model import Code

SHORT_BY_TRANSLATOR = """Text.[^1] More.[^2]

References
==========

*Tin Roads: A Treatise*. Translated by Ann Pell. Lugo: Orlam Press, 1967.

Quint, Ada. *Harbour Ledgers*. Lugo: Orlam Press, 1990.

[^1]: Pell, *Tin Roads*, 17; Quint, *Harbour Ledgers*, 4.

[^2]: Quint, *Harbour Ledgers*, 9.
"""


def test_a_short_form_by_its_translator_s_name_is_the_entry_he_translated(
    tmp_path: Path,
) -> None:
    path = tmp_path / "essay.md"
    path.write_text(SHORT_BY_TRANSLATOR, encoding="utf-8")
    report = extract(path)
    pell = next(c for c in report.citations if c.text.startswith("Pell"))
    work = next(w for w in report.works if w.id == pell.work)
    assert work.fields["publisher"] == "Orlam Press"
    assert Code.SHORT_WITHOUT_FULL not in {d.code for d in report.diagnostics}


WRAPPED_LINK = """Text.[^1]

[^1]: Ada Quint, ‘Tin’, *The Ledger*, 3 May 2011,
    [http://ledger.example/annual-reports-show-tin-
    prices-remain-high](http://ledger.example/annual-reports-show-tin-%09prices). And [a
    link](http://x.example) here.
"""


def test_an_address_a_link_s_text_wraps_is_one_address(tmp_path: Path) -> None:
    path = tmp_path / "doc.md"
    path.write_text(WRAPPED_LINK, encoding="utf-8")
    (note,) = sources.read(path).footnotes
    assert "http://ledger.example/annual-reports-show-tin-prices-remain-high." in note.text
    assert note.text.endswith("And a link here.")


UNSIGNED_WORD = """Text.[^1] More.[^2]

References
==========

Krefe, Gil. *Coins and Tin: The Myths and the Reality*. Lugo: Orlam Press, 1982.

[^1]: Gil Krefe, *Coins and Tin: The Myths and the Reality*, Lugo: Orlam Press, 1982.

[^2]: See Tin wiki, ‘Myths’, https://tin.example/wiki/Myths.
"""


def test_an_unsigned_one_word_title_is_no_entry_that_holds_the_word(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(UNSIGNED_WORD, encoding="utf-8")
    report = extract(path)
    (myths,) = (c for c in report.citations if c.note == 2)
    work = next(w for w in report.works if w.id == myths.work)
    assert work.fields["title"] == "Myths"
    assert work.fields["url"] == "https://tin.example/wiki/Myths"
