"""A plain title whose subtitle opens with one word and a comma: "Friedrich Katz, La guerra
secreta en México. Europa, Estados Unidos y la revolución mexicana, trad. …, 1982".

Cut at its full stop, the subtitle reads as a new citation by someone called "Europa". But
the sentence before it is a whole name, a comma and title words, with no date or imprint: a
full citation's head, not finished. A short form does not give the author's given name.
"""

from __future__ import annotations

from citekit.parse import cues, namecues, uregex
from citekit.parse.citestart import citation_start
from citekit.parse.patterns import YEAR_RE

# the subtitle's first word and its comma: "Europa, ", "Siglo XX, " is two words and no name
ONE_WORD_RE = uregex.compile(r"[A-Z][\w'’-]+,\s")


def subtitle_after_head(prev: str, rest: str, separator: str) -> bool:
    """Was PREV (a direct name, a comma, title words) cut at a full stop of its title, REST
    (the note from the cut on) opening with one word and a comma and dated before its next
    semicolon?"""
    if separator != "." or "*" in prev or ONE_WORD_RE.match(rest) is None:
        return False  # the cheap tests first
    name, comma, title = prev[citation_start(prev) :].partition(", ")
    return (
        bool(comma)
        and len(name.split()) >= 2
        and namecues.name_only(name)
        and len(title.split()) >= 2
        and not any(c.isdigit() for c in title)
        and not cues.has_imprint(title)
        and YEAR_RE.search(rest.split(";", 1)[0]) is not None
    )
