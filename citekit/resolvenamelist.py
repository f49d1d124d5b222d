"""A short form of three or more names and a page, "Bordwell, Staiger and Thompson, p. 163",
reads as an author and a title ("Staiger and Thompson"): the words cannot tell names from a
plain title such as "Barbarism and Religion". The document can: where an earlier full
citation's authors are exactly those names, in that order, the short form cites that work.
"""

from __future__ import annotations

import re

from citekit import identity, lexicons
from citekit.model import Citation
from citekit.parse import namecues
from citekit.resolvestate import State, Work

# the word that closes a list of names in the languages of notes: "and", "&", "und", "y", "en"
CLOSER = lexicons.alternation(namecues.LIST_CLOSERS)
# the names a title would hold if it were the rest of a list of names: "Staiger and Thompson",
# "Coates and Rankov", "Lind, Marsh and Reyes", "Bernsdorff en Schwarz"
NAMES_AS_TITLE_RE = re.compile(rf"[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+{CLOSER}\s+[A-Z][\w'’-]+")
CLOSER_RE = re.compile(rf",?\s+{CLOSER}\s+|,\s+")


def named_by_list(citation: Citation, position: int, state: State) -> list[Work]:
    """The earlier fully cited work whose authors are the short form's author and the names
    its title holds."""
    author, title = citation.fields.get("author"), citation.fields.get("title")
    if not author or not title or not NAMES_AS_TITLE_RE.fullmatch(title.strip()):
        return []
    listed = identity.families({"author": author}) + identity.families(
        {"author": CLOSER_RE.sub(" and ", title)}
    )
    return [
        work
        for work in state.candidates({"author": author})
        if work.has_full and work.first < position and _same_names(listed, work)
    ]


def _same_names(listed: list[str], work: Work) -> bool:
    known = identity.families(work.fields)
    return len(known) == len(listed) and all(map(identity.same_name, listed, known))
