"""A court's decision read as a book: "*Romila Thapar v Union of India*, Writ Petition
(Criminal) No. 268 of 2018, 28 September, 2018, URL" has a docket that looks like an imprint
("No. 268 of" taken for a place). A title that names two parties and nothing else, with no
publisher, is a case: BibTeX's misc, without the docket as its place."""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.cases import CASE_TITLE_RE
from citekit.parse.elements import Parsed

DOCKET_RE = deferred.compile(r"\d|\bNo\.|\bPetition\b|\bAppeal\b")  # what no place name holds


def as_case(parsed: Parsed) -> Parsed:
    """PARSED as a case where it is a book whose title is a case's name alone."""
    fields = parsed.fields
    if parsed.entry_type != "book" or "publisher" in fields or " v" not in fields.get("title", ""):
        return parsed  # the cheap tests first: a book, no publisher, a "v" in its title
    if not CASE_TITLE_RE.fullmatch(fields["title"]):
        return parsed
    kept = {k: v for k, v in fields.items() if k != "address" or not DOCKET_RE.search(v)}
    return Parsed("misc", kept, parsed.locator)
