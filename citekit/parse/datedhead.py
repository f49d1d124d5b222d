"""A note that opens with an author-date short form joined to the next by a word, not a
semicolon: "Browning 1996, s. 85 och Kim Luu 1999, s. 68", "Black 2001, 12 and Kim 1999, 68".

Read whole, such a span looks like prose whose source comes after the join word (a name, a
year and a page are no commentary's opening only once the join word parts them), and the first
short form is lost to the lead-in. The head before the first join word, a short form by itself,
says the span opens with a source.
"""

from __future__ import annotations

from citekit.parse.cutpoints import protected
from citekit.parse.joins import join_points
from citekit.parse.shortforms import is_author_date


def opens_with_author_date(text: str) -> bool:
    """Is the part of TEXT before its first join word an author-date short form ("Bauer 1989,
    kap. 9" before " och …")? False where no join word parts it."""
    if not text[:1].isupper():
        return False  # (the cheap test first: a short form opens with its family name)
    found = join_points(text, protected(text))
    return bool(found) and is_author_date(text[: found[0].start()].strip())
