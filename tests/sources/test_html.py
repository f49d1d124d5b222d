"""HTML pages: notes from their structure in the shapes of the tools that publish them."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import sources
from citekit.errors import UnreadableFile
from citekit.model import Document

HTML = Path(__file__).resolve().parent.parent / "data" / "html"
SMITH = "Smith, *The Book* (London: Penguin, 2001)"


def _notes(doc: Document) -> list[tuple[int, str]]:
    return [(f.number, f.text) for f in doc.footnotes]


@pytest.mark.parametrize(
    ("name", "notes"),
    [
        ("pandoc.html", [
            (1, "Thomas Riccioli, « Le titre », dans *Actes du colloque*, Paris, 2001, p. 151–78, "
                "https://doi.org/10.1000/abcd."),
            (2, "Ibid., p. 4; Smith, *Book*, doi:10.1234/xyz1."),
            (3, "Inline *note* with a link."),
        ]),
        ("kramdown.html", [
            (1, f"{SMITH}, 151–78."),
            (2, "Ibid., 4; Jones, “Article,” *Journal* 3 (1999): 1–9, https://doi.org/10.1234/abcd."),
        ]),
        ("wordpress.html", [
            (1, f"{SMITH}, p. 3."), (2, "Ibid., p. 4."),
            (3, "Jones, *Other Book* (Paris, 1999), 12."),
        ]),
        ("mediawiki.html", [
            (1, "Smith, John (2001). *The Book*. London: Penguin. p. 3."),
            (2, 'Jones, Mary (1999). "Article". *Journal*. 3: 1–9. doi:10.1234/abcd.'),
        ]),
        ("galley.html", [
            (1, "Poincaré, *La Science* (Paris, 1902), 4."), (2, "Gödel, *Grundzüge*, 12."),
        ]),
        ("word.html", [(1, "Smith, *The Book* (London, 2001), p. 3.")]),
        ("gutenberg.html", [
            (1, 'Told to me in another version:— "Once there was a beaver." Compare Rand, '
                "*Legends of the Micmacs*, p. 12."),
            (2, "Ibid., p. 14."),
        ]),
        ("navigation.html", [(1, "Smith, Book, p. 3.")]),
        ("malformed.html", [
            (1, "Smith, *The Book* (London, 2001), p. 3."), (2, "Ibid., p. 4 no closing tags"),
        ]),
        ("listed.html", [
            (1, "Smith, *The Book* (London: Penguin, 2001), p. 3."),
            (2, "Ibid., p. 4; see Jones 1999, 12."), (3, "Brown 1998, 45-47."),
        ]),
    ],
    ids=["pandoc", "kramdown", "wordpress", "mediawiki", "journal-galley", "word-web-page",
         "gutenberg-paragraphs", "navigation-is-no-reference", "malformed",
         "bracketed-markers-without-links"],
)  # fmt: skip
def test_notes_from_structure(name: str, notes: list[tuple[int, str]]) -> None:
    doc = sources.read(HTML / name)
    assert _notes(doc) == notes
    assert doc.format == "html"


def test_references_repeat_a_named_note() -> None:
    assert sources.read(HTML / "mediawiki.html").references == (1, 2, 2)


def test_link_targets_are_kept() -> None:
    note = sources.read(HTML / "mediawiki.html").footnotes[1]
    shown = [(note.text[k.start : k.end], k.target) for k in note.links]
    assert shown == [
        ('"Article"', "https://example.org/article"),
        ("10.1234/abcd", "https://doi.org/10.1234%2Fabcd"),
    ]


def test_no_note_links_falls_back_to_the_visible_text() -> None:
    doc = sources.read(HTML / "no_note_links.html")
    assert doc.footnotes == ()
    assert doc.text.split("\n\n") == [
        "Body text with a marker.¹ More text here.²", "Notes",
        f"¹ {SMITH}, p. 3.", "² Ibid., p. 4.\n",
    ]  # fmt: skip


def test_bracketed_markers_are_referenced_in_order() -> None:
    doc = sources.read(HTML / "listed.html")
    note = doc.footnotes[1]
    assert doc.references == (1, 2, 3)
    assert [(note.text[k.start : k.end], k.target) for k in note.links] == [
        ("Jones 1999", "https://example.org/jones")
    ]


def test_bracketed_points_the_text_never_shows_are_no_notes() -> None:
    doc = sources.read(HTML / "listed_points.html")
    assert doc.footnotes == ()
    assert "(1) The archive opens on Mondays." in doc.text


def test_no_notes_at_all() -> None:
    doc = sources.read(HTML / "no_notes.html")
    assert (doc.footnotes, doc.text) == ((), "About us\n\nWe write software.\n")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"", "empty"),
        (b"just words, no markup at all", "not an HTML page"),
    ],
    ids=["binary", "empty", "no-markup"],
)
def test_bad_html(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile, match=reason):
        sources.read(path)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ('<meta charset="windows-1252"><p>Caf\xe9</p>'.encode("cp1252"), "Café"),
        ("<p>Caf\xe9</p>".encode("cp1252"), "Café"),
        ("<p>Café</p>".encode(), "Café"),
        ("\ufeff<p>Café</p>".encode("utf-16-le"), "Café"),
    ],
    ids=["declared", "undeclared-not-utf8", "utf8", "utf16-bom"],
)
def test_encodings(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(data)
    assert sources.read(path).text.strip() == text


def test_ordered_list_items_show_their_numbers() -> None:
    doc = sources.read(HTML / "numbered_list.html")
    assert doc.text.split("\n\n")[2:] == [
        f"1. {SMITH}, p. 3.", "2. Ibid., p. 4.", "(7) Already numbered.\n",
    ]  # fmt: skip


def test_notes_of_a_title_and_byline_in_the_articles_header(tmp_path: Path) -> None:
    # the article's <header> holds its title and authors, each with a note; its nav does not
    page = (
        '<html><body><header><nav><a href="#n3">3</a></nav>'
        '<h1>Orlam Tables<sup><a href="#n1">1</a></sup></h1>'
        '<h2>Tam Quell<a class="endnotereference" href="#n2"><sup>2</sup></a></h2></header>'
        '<p>Text.<a href="#n3"><sup>3</sup></a></p>'
        '<p id="n1">Thanks to the Sky Society.</p><p id="n2">Orlam Institute.</p>'
        '<p id="n3">Brask, <i>Tables</i>, 12.</p></body></html>'
    )
    path = tmp_path / "header.html"
    path.write_text(page, encoding="utf-8")
    doc = sources.read(path)
    assert _notes(doc) == [
        (1, "Thanks to the Sky Society."),
        (2, "Orlam Institute."),
        (3, "Brask, *Tables*, 12."),
    ]
    assert doc.references == (1, 2, 3)


def test_pandoc_link_citations_keep_their_years_and_make_no_notes(tmp_path: Path) -> None:
    # pandoc's link-citations link each year (and its letter, "1958" "b") to the bibliography:
    # neither a back-link to drop nor a note reference to its entry
    page = (
        '<html><body><p>Text <a href="#ref-brask1958">1958</a><a href="#ref-brask1958">b</a>.'
        '<a href="#fn1" class="footnoteRef" id="fnref1"><sup>1</sup></a></p>'
        '<div id="refs"><div id="ref-brask1958"><p>Brask, Tam. 1958b. <em>Tables</em>.</p>'
        "</div></div>"
        '<div class="footnotes"><ol><li id="fn1"><p>Quell (<a href="#ref-brask1958">1958</a>, 12)'
        ' ; Brask <a href="#ref-brask1958">1958</a><a href="#ref-brask1958">b</a>.'
        '<a href="#fnref1">↩</a></p></li></ol></div></body></html>'
    )
    path = tmp_path / "citeproc.html"
    path.write_text(page, encoding="utf-8")
    assert _notes(sources.read(path)) == [(1, "Quell (1958, 12) ; Brask 1958b.")]


def test_a_listed_note_whose_marker_the_text_lacks_is_kept(tmp_path: Path) -> None:
    # the list's last item has no marker in the text: an orphan note, not dropped; its
    # back-link arrow (leading nowhere) is no part of it
    page = (
        '<html><body><p>One.<sup id="back1"><a href="#note1">1</a></sup> '
        'Two.<sup id="back2"><a href="#note2">2</a></sup></p><ol>'
        '<li id="note1"><a href="#back1">↑</a> Brask, <i>Tables</i>, 12.</li>'
        '<li id="note2"><a href="#back2">↑</a> Ibid., 14.</li>'
        '<li id="note3"><a href="#back3">↑</a> Orm, <i>Tides</i>, 3.</li></ol></body></html>'
    )
    path = tmp_path / "orphan.html"
    path.write_text(page, encoding="utf-8")
    doc = sources.read(path)
    assert _notes(doc) == [(1, "Brask, *Tables*, 12."), (2, "Ibid., 14."), (3, "Orm, *Tides*, 3.")]
    assert doc.references == (1, 2)


def test_an_unmarked_item_of_another_list_is_no_note(tmp_path: Path) -> None:
    page = (
        '<html><body><p>One.<sup><a href="#note1">1</a></sup></p>'
        '<ol><li id="note1">Brask, <i>Tables</i>, 12.</li></ol>'
        '<ul><li id="note7">A menu item.</li></ul><ol><li id="step2">Not a note.</li></ol>'
        "</body></html>"
    )
    path = tmp_path / "lists.html"
    path.write_text(page, encoding="utf-8")
    assert _notes(sources.read(path)) == [(1, "Brask, *Tables*, 12.")]
