"""A web page cited in a note under its site's name ("Songfacts, “Peace Frog by the Doors.”")
and listed in the bibliography without an author, the site named after the title ("“Peace
Frog by the Doors - Songfacts.” Songfacts. Accessed …"): the site stands in the author's place."""

from __future__ import annotations

from citekit.identity import fold


def site_is_author(people: list[str], entry_people: list[str], entry_text: str) -> bool:
    """Is the note's one (folded) name PEOPLE a site that ENTRY_TEXT, an entry without
    names, gives?"""
    if entry_people or len(people) != 1:
        return False
    name = fold(people[0])  # fold is cached: an entry's text is asked once per work
    return bool(name) and f" {name} " in f" {fold(entry_text)} "
