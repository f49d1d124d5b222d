"""Bibliographies met in real10, in invented words: an HTML page without <meta charset> whose
entries carry hidden link widgets, and years with a letter ("1988a")."""

from __future__ import annotations

from citekit.bibblocks import blocks_of
from citekit.bibsection import looks_like_entry
from citekit.model import Document

PAGE = """<html><body>
<h2>Works Cited</h2>
<p>Quellmann, T. 1902. <i>Über die Sternwarten von Orlam</i>. Kranz.<a class="id_link"
 href="#w1" style="color:#aaa;display:none">⬈</a><span class="id_label"
 style="display:none">#work_cited1</span></p>
</body></html>"""


def _entry() -> str:
    doc = Document(path="page.html", format="html", text=PAGE)
    return next(b.text for b in blocks_of(doc) if b.kind == "p")


def test_the_entry_keeps_its_letters() -> None:
    assert "Über die Sternwarten" in _entry()


def test_hidden_widgets_are_no_part_of_the_entry() -> None:
    entry = _entry()
    assert "⬈" not in entry
    assert "#work_cited1" not in entry
    assert entry.endswith("Kranz.")


def test_an_entry_whose_year_carries_a_letter_is_an_entry() -> None:
    assert looks_like_entry("Quellmann, T. 1902a. Sternwarten. Journal of Orlam 12, 1-9.")
    assert not looks_like_entry("Quellmann, T. in 1902ab rooms. Journal of Orlam 12, 1-9.")


def test_names_then_a_quoted_title_open_an_entry() -> None:
    assert looks_like_entry(
        "Anna Berg and Ola Lind “Harbour Dues in the Baltic,” *Maritime Review* 3 (2017): 2-9."
    )
    assert not looks_like_entry("The report said “no harbour dues” in 2017.")
