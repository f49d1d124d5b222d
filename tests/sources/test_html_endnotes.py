"""An e-book's endnotes file: notes marked as notes, numbered by their ids."""

from __future__ import annotations

from pathlib import Path

from citekit import sources

ENDNOTES = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Endnotes</title></head>
<body epub:type="backmatter"><section id="endnotes" epub:type="endnotes">
<h2 epub:type="title">Endnotes</h2>
<ol>
<li id="note-17" epub:type="endnote"><p>Ann Reed, <i>The Abbey Sales</i> (York: Minster
Press, 1931), 4. <a href="chapter-2.xhtml#noteref-17" epub:type="backlink">↩</a></p></li>
<li id="note-18" epub:type="endnote"><p>Ibid., 9.
<a href="chapter-2.xhtml#noteref-18" epub:type="backlink">↩</a></p></li>
<li id="note-20" epub:type="endnote"><p>Tom Hale, <i>Parish Records</i> (Leeds: Dale,
1950), 12. <a href="chapter-3.xhtml#noteref-20" epub:type="backlink">↩</a></p></li>
</ol></section></body></html>
"""


def _read(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    path = tmp_path / "endnotes.xhtml"
    path.write_text(text, encoding="utf-8")
    return [(f.number, f.text) for f in sources.read(path).footnotes]


def test_endnotes_called_from_other_files_are_numbered_by_their_ids(tmp_path: Path) -> None:
    assert _read(tmp_path, ENDNOTES) == [
        (17, "Ann Reed, *The Abbey Sales* (York: Minster Press, 1931), 4."),
        (18, "Ibid., 9."),
        (20, "Tom Hale, *Parish Records* (Leeds: Dale, 1950), 12."),
    ]


def test_endnotes_without_numbered_ids_count_from_their_lists_start(tmp_path: Path) -> None:
    page = (
        '<html><body><ol start="5"><li role="doc-endnote"><p>Ann Reed, <i>Sales</i>, 4.</p></li>'
        '<li role="doc-endnote"><p>Ibid., 9.</p></li></ol></body></html>'
    )
    assert _read(tmp_path, page) == [(5, "Ann Reed, *Sales*, 4."), (6, "Ibid., 9.")]


def test_the_items_of_a_list_marked_as_the_endnotes_are_the_notes(tmp_path: Path) -> None:
    # a book in progress: the section says "endnotes", its items do not say "endnote"
    page = ENDNOTES.replace(' epub:type="endnote"', "").replace(
        "<p>Ibid., 9.", "<p>Ibid., 9.<ol><li>a list in a note</li></ol>"
    )
    assert [number for number, _ in _read(tmp_path, page)] == [17, 18, 20]
