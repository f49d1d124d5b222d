"""Last readings of a full citation's fields, whichever reader (the grammar or the labeller)
gave them: what the whole text shows that a reader, reading part by part, may miss.

- a newspaper's issue cited by its day (newspapers.newspaper_issue);
- a German periodical's "10. Jg. (2004), Heft 4, S. 192-195" (issuemarks.issue_marks);
- a status read as a publisher: "Preprint", "arXiv preprint arXiv:1504.07295", "USA Patent
  № 5351122", "Working paper": no work is published by these, and a work they describe is
  unpublished (a preprint, a patent, a draft), not a book.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.parse.elements import Parsed
from citekit.parse.issuemarks import issue_marks
from citekit.parse.newspapers import newspaper_issue
from citekit.parse.patterns import UNPUBLISHED_RE
from citekit.parse.reference import Reference

# a status at the publisher's start ("Preprint", "Working paper prepared for …"), an arXiv
# identifier, a patent
STATUS_PUBLISHER_RE = re.compile(rf"^(?:{UNPUBLISHED_RE.pattern})|\barxiv\b|\bpatent\b", re.I)


def checked(parsed: Parsed, text: str) -> Parsed:
    """PARSED (a note's full citation of TEXT) after the last readings."""
    return status_publisher(issue_marks(newspaper_issue(parsed, text), text))


def checked_entry(entry: Reference) -> Reference:
    """ENTRY (a reference-list entry, or a note written as one) after the last readings."""
    parsed = status_publisher(issue_marks(Parsed(entry.entry_type, entry.fields), entry.text))
    if parsed.entry_type == entry.entry_type and parsed.fields is entry.fields:
        return entry
    return replace(entry, entry_type=parsed.entry_type, fields=parsed.fields)


def status_publisher(parsed: Parsed) -> Parsed:
    """PARSED without a publisher that is a status ("Preprint"), and unpublished if it was
    read as a book for it."""
    publisher = parsed.fields.get("publisher")
    if not publisher or not STATUS_PUBLISHER_RE.search(publisher):
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "publisher"}
    entry_type = "unpublished" if parsed.entry_type == "book" else parsed.entry_type
    return Parsed(entry_type, fields, parsed.locator)
