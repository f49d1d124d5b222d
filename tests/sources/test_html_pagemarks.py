"""A printed edition's page numbers kept in an HTML page are margin marks, never notes.

Project Gutenberg pages carry them as ``<span class="pagenum">`` anchors that the contents
list links to by number; a chapter that opens with one must not turn it into a note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import sources

PAGE = """<html><body>
<p>Contents: <a href="#Page_1">1</a>, <a href="#Page_7">7</a></p>
<p><span class="pagenum"><a name="Page_1" id="Page_1">[Pg 1]</a></span></p>
<h2>Chapter one</h2>
<p>The quarrel of the flutes began early.<a name="FNanchor_1_1" id="FNanchor_1_1"></a><a
href="#Footnote_1_1" class="fnanchor">[1]</a> It went on.<span class="pagenum"><a name="Page_7"
id="Page_7">[Pg 7]</a></span> And on.<a href="#Footnote_2_2" class="fnanchor">[2]</a></p>
<div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1"></a><a href="#FNanchor_1_1"><span
class="label">[1]</span></a> See Orla Venn's <i>Reed Quarrels</i>, p. 23.</p></div>
<div class="footnote"><p><a name="Footnote_2_2" id="Footnote_2_2"></a><a href="#FNanchor_2_2"><span
class="label">[2]</span></a> Ibid., p. 24.</p></div>
</body></html>
"""


@pytest.mark.parametrize(
    "mark",
    [
        '<span class="pagenum"><a name="Page_1" id="Page_1">[Pg 1]</a></span>',
        '<span epub:type="pagebreak" id="Page_1" title="1">[Pg 1]</span>',
        '<span role="doc-pagebreak" id="Page_1">[Pg 1]</span>',
    ],
)
def test_a_page_number_the_contents_link_to_is_no_note(tmp_path: Path, mark: str) -> None:
    page = PAGE.replace(
        '<span class="pagenum"><a name="Page_1" id="Page_1">[Pg 1]</a></span>', mark
    )
    path = tmp_path / "book.html"
    path.write_text(page, encoding="utf-8")
    doc = sources.read(path)
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "See Orla Venn's *Reed Quarrels*, p. 23."),
        (2, "Ibid., p. 24."),
    ]
