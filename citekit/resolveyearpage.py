"""A page past 999 read as a year: "Cohn, 1521." after Cohn's paper of pages 1511–1523.

An author-date note writes "Cohn, 2016"; a footnote's short form puts a page there, and the
pages of journals, proceedings and law reviews run past 999. The words cannot tell the two
apart; the document's works can: where no work of that family has the year and one's page
range holds the number, the number is a page.
"""

from __future__ import annotations

from dataclasses import replace

from citekit import identity
from citekit.model import Citation
from citekit.resolvestate import State, page_fits


def page_not_year(citation: Citation, state: State) -> Citation:
    """CITATION with its "year" made its locator where the works show it to be a page."""
    year = citation.fields.get("year")
    if not year or not year.isdigit() or citation.locator or citation.fields.get("title"):
        return citation
    names = identity.families(citation.fields)
    works = state.by_author(names[0]) if names else []
    if not works or any(w.fields.get("year", "")[:4] == year for w in works):
        return citation
    if not any(w.pages is not None and page_fits(w, year) for w in works):
        return citation
    fields = {key: value for key, value in citation.fields.items() if key != "year"}
    return replace(citation, fields=fields, locator=year)
