"""A web page cited in a note under its site's name ("Songfacts, “Peace Frog by the Doors.”")
and listed in the bibliography without an author, the site named after the title ("“Peace
Frog by the Doors - Songfacts.” Songfacts. Accessed …"): the site stands in the author's place."""

from __future__ import annotations

import re

NON_WORD_RE = re.compile(r"[\W_]+")


def site_is_author(people: list[str], entry_people: list[str], entry_text: str) -> bool:
    """Is the note's one (folded) name PEOPLE a site that ENTRY_TEXT, an entry without
    names, gives?"""
    if entry_people or len(people) != 1:
        return False
    name = _words(people[0])
    return bool(name) and f" {name} " in f" {_words(entry_text)} "


def _words(text: str) -> str:
    return " ".join(NON_WORD_RE.sub(" ", text.casefold()).split())
