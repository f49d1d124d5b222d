"""Plain text of styles that quote the journal and italicise the title: "QUINE, Two Dogmas of
Empiricism, in «The Philosophical Review», 60 (1951)", "R. Ellis, Squatters’ Rights, „Ward
Six” (2008)". With the italics gone, the quoted journal is the only marked span and would be
read as the title; the names before the first comma and the quoted journal after ", in" (or
a comma alone) still say where the title is, and it is marked as italics would have marked it.
"""

from __future__ import annotations

from citekit.parse import deferred, namecues

# the journal's opening quote after the title: ", in «", ", „"
QUOTED_CONTAINER_RE = deferred.compile(r",\s+(?:in\s+)?[«„]")
NAMES_WORDS_MAX = 6  # "WILLARD VAN ORMAN QUINE": a longer run in capitals is no name


def mark_title_before_quoted(work: str) -> str:
    """WORK with its plain title in italics where names, the title and a quoted journal
    follow one another; else WORK."""
    if "*" in work or ("«" not in work and "„" not in work):
        return work  # the cheap test first: marked already, or no journal in these quotes
    names_end = work.find(", ")
    if names_end < 0 or not _names(work[:names_end]):
        return work
    container = QUOTED_CONTAINER_RE.search(work, names_end)
    start = names_end + 2
    if container is None or container.start() - start < 3 or work[start] in '«„“"':
        return work  # no title between the names and the journal, or a quoted one
    if _names(work[start : container.start()].removesuffix(" (a cura di)")):
        return work  # "Ebert, Peter Herrmann, «Eine neue …»": a second author, the title quoted
    return f"{work[:start]}*{work[start : container.start()]}*{work[container.start() :]}"


def _names(head: str) -> bool:
    """ "R. Ellis", "P.T. JOHNSTONE", "ROGER CHARTIER", "G.E. BEAN - J.M. COOK"."""
    return all(
        namecues.name_only(name) or (name.isupper() and len(name.split()) <= NAMES_WORDS_MAX)
        for name in head.split(" - ")
    )
