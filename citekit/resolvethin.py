"""A "full" citation that is only names, a short title and a year: the short form of a work
cited in full before ("Allen, "Engels' Pause" (2009), 420", "Clark, *Farewell to Alms*, 2007,
55", "Wrigley, Energy (2010), 9").

Hand-typed notes often repeat a work by its author's name, a short title and the year. The
note grammar reads the year as a date and calls the span a full citation; as a full citation
it matches an earlier one only with the whole title, so each repeat became a work of its own.
A span with nothing but those three fields describes no work on its own: it names one the
document has cited, when exactly one earlier work has that author, that year and a title the
short title abbreviates (the rules of a short form, citekit.resolveshort).

A work whose title opens with a name and a comma ("Ramakrishna, His Life and Sayings") is cited
again by its title and year alone: the grammar reads the name for the author and the rest for
the title. Where those words, joined again, are the whole title of exactly one work cited in
full before, in the same year (or with no year), the span names that work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import identity
from citekit.model import Citation
from citekit.resolveshort import short_matches
from citekit.resolvestate import State, Work

TITLE_WORDS_AT_LEAST = 3  # "Ramakrishna life sayings": fewer words may be a name and a word
THIN_FIELDS = frozenset({"author", "title", "year"})  # all such a span states
TRAILING_YEAR_RE = re.compile(r"\s+(?:1[5-9]|20)\d\d[a-z]?$")  # "Warum Michelangelo? 2015"


def thin_full_match(citation: Citation, state: State) -> Work | None:
    """The one earlier work a full citation of names, short title and year abbreviates."""
    fields = citation.fields
    if set(fields) != THIN_FIELDS:
        return None  # the cheap test first: most full citations state more
    titled = _title_read_as_names(fields, state)
    if titled is not None:
        return titled
    title = TRAILING_YEAR_RE.sub("", fields["title"])
    short = replace(citation, fields={**fields, "title": title})
    matches = [w for w in short_matches(short, state) if w.has_full]
    return matches[0] if len(matches) == 1 else None


def _title_read_as_names(fields: dict[str, str], state: State) -> Work | None:
    """The one earlier work whose whole title is FIELDS' author and title joined by a comma,
    in FIELDS' year: "Ramakrishna, his Life and Sayings, 1899" again, its author left out."""
    if "," in fields["author"] or " and " in fields["author"]:
        return None  # "Vasari, Giorgio": a person's name, not a title's first words
    joined = identity.title_words(f"{fields['author']}, {fields['title']}")
    if len(joined.split()) < TITLE_WORDS_AT_LEAST:
        return None
    block = state.blocks.get(f"title:{joined.split()[0][:4]}", ())
    found = [
        state.works[i]
        for i in dict.fromkeys(block)
        if state.works[i].has_full
        and identity.title_words(state.works[i].fields.get("title")) == joined
        and state.works[i].fields.get("year", fields["year"]) == fields["year"]
    ]
    return found[0] if len(found) == 1 else None
