"""The American Chemical Society's reference style, whose parts semicolons close.

"Title; Publisher: Place, Year." (a book: the title ends at the semicolon before its imprint),
"In Book; Editor, A., Ed.; Series 123; Publisher: Place, Year; Vol. 2, pp 33–56." (a chapter:
the book, its editors and series each closed by a semicolon). The imprint names the
publisher before its place; refimprint reads it.
"""

from __future__ import annotations

from citekit.parse import deferred, refpeople

# what follows a title's or a book's semicolon: "Publisher: Place, Year", maybe after the
# editors ("Smith, D., Ed.;") and a series ("ACS Symposium Series 123;")
IMPRINT_NEXT_RE = deferred.compile(
    r"^(?:[^;:]{2,120};\s+){0,2}[A-Z](?:(?!\.\s[A-Z][a-z]+\s*:)[^;:]){1,80}:\s[^;:]{2,60},\s"
    r"(?:1[5-9]|20)\d\d\b"  # (no sentence before the colon: "Subtitle. Boston: X, 1999")
)
SENTENCE_RE = deferred.compile(r"[^\W\d_]{2}\.\s+[A-Z]|\bed\.\s")  # a sentence or edition inside
IN_MARK_RE = deferred.compile(r"[.?!,]\s+[Ii]n:?\s")  # "Title. In Book"
# the editors between a book's semicolons: "Smith, D., Ed.", "Smith, D.; Jones, C., Eds."
EDITORS_RE = deferred.compile(r"^(?P<names>[^:]{3,200}?),?\s+Eds?\.;\s+")


def book_title(rest: str) -> tuple[str, str] | None:
    """ "The Title Here; Things Press: Boston, 1999." -> (title, imprint), or None."""
    if ";" not in rest:
        return None
    title, _, after = rest.partition(";")
    after = after.strip()
    if not title.strip() or not IMPRINT_NEXT_RE.match(after) or IN_MARK_RE.search(title):
        return None  # "Title. In Book; Editor, Ed.; …": a chapter, its book's semicolon
    if title[-1:].isspace() or SENTENCE_RE.search(title):
        return None  # "Book, 2nd ed. Collected Studies Series ; CS 113.": a catalogue's parts
    return title.strip(" .,"), after


def chapter(inside: str, fields: dict[str, str]) -> str | None:
    """ "Handbook of Things; Smith, D., Ed.; Wiley: New York, 1999; pp 33–56." -> fills the
    booktitle and editors and returns the rest (its imprint and numbers), or None."""
    split = book_title(inside)
    if split is None:
        return None
    book, after = split
    editors = EDITORS_RE.match(after)
    if editors:
        people = refpeople.split_people(editors.group("names"), inverted=True, first=True)
        if people:
            fields["editor"] = " and ".join(people)
            after = after[editors.end() :]
    fields["booktitle"] = book
    return after
