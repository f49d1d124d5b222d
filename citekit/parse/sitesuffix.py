"""A web page's title as a reference manager captures it, the site's name after a bar or a dash
("“The Doors: The 20 Best Songs | Louder.” *Louder Sound*", "“Peace Frog by the Doors -
Songfacts.” Songfacts."): the name is the site's, which the entry names again after the title,
not the title's."""

from __future__ import annotations

import re

# the title, a spaced bar or dash, then a short name; the name holds no bar or dash itself
SUFFIX_RE = re.compile(r"(?P<title>.*\S)\s+[|\-–—]\s+(?P<site>[^|\-–—]{2,60}?)[.\s]*$")
SEPARATORS = (" | ", " - ", " – ", " — ")
REACH = 160  # characters of the entry after the title in which the site is named again
NON_WORD_RE = re.compile(r"[\W_]+")


def without_site(title: str, rest: str) -> str:
    """TITLE without a trailing "| Site" or "- Site" that REST (what follows the title in the
    entry) names again; TITLE as it is otherwise ("Dancefloor as Protest - Celebrating the
    Spirit of Disco": a subtitle the rest does not repeat)."""
    if not any(separator in title for separator in SEPARATORS):
        return title  # the cheap test first: most titles have no spaced bar or dash
    found = SUFFIX_RE.fullmatch(title)
    if found is None:
        return title
    site = _words(found.group("site"))
    return found.group("title") if site and f" {site} " in f" {_words(rest[:REACH])} " else title


def _words(text: str) -> str:
    """TEXT folded to its lower-case words, single-spaced."""
    return " ".join(NON_WORD_RE.sub(" ", text.casefold()).split())
