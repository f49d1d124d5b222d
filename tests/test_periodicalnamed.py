"""A journal named in prose is no short form without its full citation (real14 introduccion,
after the question mark in "“Sympathy for the Devil? …”" stopped cutting the title)."""

from __future__ import annotations

from tests.test_resolve import resolve_notes


def codes(*notes: str) -> list[str]:
    return [d.code for d in resolve_notes(*notes)[1]]


def test_the_journal_of_an_article_cited_in_the_same_note():
    note = (
        "The debate is covered in the special issue of *Halden Review*. See Ada Quist, “Who "
        "Owns the Coast? A Reply,” *Halden Review* 85 (2005)."
    )
    assert "short-without-full" not in codes(note)


def test_a_title_alone_that_no_article_names_is_still_reported():
    assert codes("See *Harbour Letters*, 45.") == ["short-without-full"]
