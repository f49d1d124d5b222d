"""People named after a plain title with their role in parentheses after them.

Oxford and Harvard notes print a book's editors and translators after its title, the role
last: "Mein Leben, Eike Middell (ed.), 2 vols. (Bremen: …)", "The Dialogic Imagination,
Michael Holquist (ed.), Caryl Emerson and Michael Holquist (trans.) (Austin: …)",
"The Prelude, Jonathan Wordsworth, M. H. Abrams, and Stephen Gill (eds.) (New York: …)".
segments.py asks where such a run of names begins, to end the title there, and which of
them are editors.
"""

from __future__ import annotations

import re

from citekit.parse import uregex

# a comma segment closed by a role in parentheses: "Eike Middell (ed.)", "and Stephen Gill
# (eds.)", "Douglas W. Stott (ed. and trans.)", "Pierre Birnbaum (dir.)", "R. Bauer (Hrsg.)",
# "R. Ago (a cura di)", "Anna Rossi (tradotto da)"
ROLE_AFTER_RE = uregex.compile(
    r"^(?P<names>(?:and\s+)?[A-Z][^()]*?)\s*\((?P<role>(?:eds?|editors?|dirs?|coord|comp|Hrsg|Hgg?"
    r"|éds?)\.?(?:\s+and\s+trans\.?)?|a\s+cura\s+di|trans\.?|tr\.|trad\.|tradotto\s+da)\)$",
    re.IGNORECASE,
)
# a segment that is one more name of the run: "Jonathan Wordsworth", "M. H. Abrams"
# (a title's "The Prelude" is none)
NAME_SEGMENT_RE = uregex.compile(
    r"^(?:and\s+)?(?!(?:The|An|A)\s)(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+$"
)


def run_start(segments: list[str]) -> int | None:
    """The index where the first run of names closed by a role begins, after the title's
    first segment; None when no segment holds such a role."""
    for index, segment in enumerate(segments[1:], start=1):
        if ROLE_AFTER_RE.match(segment):
            start = index
            while start > 1 and NAME_SEGMENT_RE.match(segments[start - 1]):
                start -= 1
            return start
    return None


def editors(segments: list[str]) -> str | None:
    """The names of the first run whose role is an editor's, as one text ("A, B, and C")."""
    start = run_start(segments)
    if start is None:
        return None
    for index in range(start, len(segments)):
        match = ROLE_AFTER_RE.match(segments[index])
        if match:
            if match.group("role").casefold().startswith("tr"):
                return None
            return ", ".join([*segments[start:index], match.group("names")])
    return None


def editors_first(segments: list[str]) -> str | None:
    """The editors when the comma segments open with them, the role closing the run:
    "P. Lund (dir.), Book", "Béatrice Delaurenti, Thomas Le Roux (a cura di), Book"."""
    found = editors(["", *segments[:4]])
    return found if found is not None and run_start(["", *segments[:4]]) == 1 else None
