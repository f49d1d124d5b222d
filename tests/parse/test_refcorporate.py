"""A body that signs a reference-list entry with its acronym (citekit.parse.refcorporate)."""

from __future__ import annotations

import pytest

from citekit.bibsection import looks_like_entry
from citekit.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "author", "year", "title"),
    [
        (
            "Orchard Standards Institution (OSI). 2005–2008. *OS 8723: Pruning Vocabularies*. "
            "London: Orchard Standards Institution.",
            "Orchard Standards Institution",
            "2005–2008",
            "OS 8723: Pruning Vocabularies",
        ),
        (
            "Kent Cider Board – National Orchard Council (KCB/NOC). 2005. *Z39.19-2005: Guidelines "
            "for Presses*. Bethesda: Moor Press.",
            "Kent Cider Board – National Orchard Council",
            "2005",
            "Z39.19-2005: Guidelines for Presses",
        ),
    ],
)
def test_a_body_and_its_acronym_sign_the_entry(text, author, year, title) -> None:
    entry = parse_reference(text)
    assert (entry.fields["author"], entry.fields["year"], entry.fields["title"]) == (
        author,
        year,
        title,
    )
    assert looks_like_entry(text)


def test_a_person_is_read_as_before() -> None:
    entry = parse_reference("Grey, Ada. 2005. *Pruning*. London: Moor Press.")
    assert entry.fields["author"] == "Grey, Ada"
