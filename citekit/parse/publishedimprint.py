"""A publisher and year after every archive word: a published book, not archival papers.

"Alain Badiou, L’être et l’événement, Collection L’Ordre philosophique, Paris, Seuil, 1988":
"Collection" names a publisher's series here, not papers kept in an archive. Italics or a
bracketed imprint would have told; plain text with its imprint between commas tells by the
imprint coming after the word ("Memo, …, 3 May 1949, Box 5, Acheson Papers, Truman Library"
dates a document before its archive).
"""

from __future__ import annotations

from citekit.parse import segments


def published_imprint(text: str, last_archive_word_end: int) -> bool:
    """Does TEXT give a publisher and year after LAST_ARCHIVE_WORD_END (an offset in TEXT)?"""
    parts = segments.split_segments(text)
    found = segments.find_imprint(parts)
    if not found or not found[2].get("publisher"):
        return False
    imprint_at = text.find(parts[found[0]]) if found[0] < len(parts) else -1
    return imprint_at >= last_archive_word_end
