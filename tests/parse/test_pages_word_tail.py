"""A reference list's "pages 83-93" closing a note is the work's pages, not prose to drop."""

from __future__ import annotations

from tests.parse.notes import parse


def test_the_word_pages_after_a_year_keeps_its_range_in_the_citation():
    (cited,) = parse(
        "Orlam, A. Tin ports and their tides. Journal of the Harbour Society, volume 12, "
        "No 3, May, 1971, pages 210-236."
    )
    assert cited.text.endswith("pages 210-236")
    assert cited.fields["pages"] == "210–236"
    assert cited.fields["journal"] == "Journal of the Harbour Society"


def test_the_word_pages_after_a_proceedings_imprint_is_the_papers_pages():
    (cited,) = parse(
        "Vesk, K. Ports of call. In Proceedings of the 4th Harbour Symposium (Tinmouth, "
        "May 2-4). Quill Press, Tinmouth, 1988, pages 83-93."
    )
    assert cited.fields["pages"] == "83–93"
