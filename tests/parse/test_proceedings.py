"""Conference papers in notes: proceedings as a part's book, or as a periodical-looking
container that names a meeting; a society's "Proceedings" stays a journal.

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

import pytest

from citekit.model import Note, Span
from citekit.parse import parse_note


@pytest.mark.parametrize(
    ("text", "entry_type", "container"),
    [
        ("Ann Dale and Bo Lind, “Reading Ledgers at Scale,” in *Proceedings of the Workshop "
         "on Archival Text* (Lyon: ACL, 2014), 63–70.",
         "inproceedings", ("booktitle", "Proceedings of the Workshop on Archival Text")),
        ("Ann Dale, “Tracing Ports,” *Proceedings of the International Conference on "
         "Maritime Records*, ACM, (2012).",
         "inproceedings", ("booktitle",
                           "Proceedings of the International Conference on Maritime Records")),
        ("Ann Dale, “Salt and Tide,” *Proceedings of the Royal Society of Tidings* 115, "
         "no. 18 (2018): 4607–12.",
         "article", ("journal", "Proceedings of the Royal Society of Tidings")),
        ("Ann Dale, “Salt and Tide,” in *Harbours: Papers Read at the Joint Tidal Conference*, "
         "ed. Bo Lind (Leiden: Brill, 1977), 12–19.",
         "incollection", ("booktitle", "Harbours: Papers Read at the Joint Tidal Conference")),
    ],
    ids=["proceedings-as-book", "meeting-as-periodical", "a-societys-proceedings",
         "a-book-of-papers-read-at-a-conference"],
)  # fmt: skip
def test_a_meetings_proceedings_make_a_conference_paper(
    text: str, entry_type: str, container: tuple[str, str]
) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.entry_type == entry_type
    assert citation.fields[container[0]] == container[1]


@pytest.mark.parametrize(
    ("text", "booktitle"),
    [
        ("Ann Dale, “Ledgers at Sea,” in *2012 International Symposium on Harbour Records*, "
         "vol. 2, 2012, 311-19.", "2012 International Symposium on Harbour Records"),
        ("Ann Dale, “Ledgers at Sea,” in *PORT ’14 Proceedings of the 3rd Conference on Tidal "
         "Archives*, ed. Bo Lind (Lyon: Tidal Press, 2014), 40-48.",
         "PORT ’14 Proceedings of the 3rd Conference on Tidal Archives"),
        ("Ann Dale, “Ledgers at Sea,” in Maritime Vision – HARB 2018 Workshops, ed. Bo Lind "
         "(Lyon: Tidal Press, 2019), 75–82.", "Maritime Vision – HARB 2018 Workshops"),
    ],
    ids=["meeting-year-first", "proceedings-after-acronym", "acronym-year-workshops"],
)  # fmt: skip
def test_a_meeting_named_by_its_edition_makes_a_conference_paper(text: str, booktitle: str) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert (citation.entry_type, citation.fields["booktitle"]) == ("inproceedings", booktitle)


@pytest.mark.parametrize(
    ("text", "title", "booktitle"),
    [
        ("Dale, A., and Bo Lind (1987). Counting sails in harbour ledgers: A first study. "
         "Proceedings of the Second International Workshop on Port Records. Lyon: Tidal Press, "
         "pp. 24-30.",
         "Counting sails in harbour ledgers: A first study",
         "Proceedings of the Second International Workshop on Port Records"),
        ("A. Dale and B. Lind, Counting sailing ships in harbour ledgers. Proceedings of the "
         "Third Annual Symposium on Harbour Archives, 125-134, 1985.",
         "Counting sailing ships in harbour ledgers",
         "Proceedings of the Third Annual Symposium on Harbour Archives"),
    ],
    ids=["after-a-period-and-year-first", "pages-after-the-proceedings"],
)  # fmt: skip
def test_proceedings_run_on_after_a_title_make_a_conference_paper(
    text: str, title: str, booktitle: str
) -> None:
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.entry_type == "inproceedings"
    assert (citation.fields["title"], citation.fields["booktitle"]) == (title, booktitle)


def test_proceedings_as_a_books_subtitle_stay_a_book() -> None:
    text = (
        "Dale, A., & Lind, B. (Eds.). (1990). Reading harbours: Proceedings of the National "
        "Conference on Port Records. Lyon: Tidal Press."
    )
    (citation,) = parse_note(Note(1, text, Span(0, 0, 1)))
    assert citation.entry_type == "book"
