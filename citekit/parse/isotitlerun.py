"""An ISO 690 title of several sentences in plain text: "SCHAUS, Gerald P. Funde aus Milet 4.
Laconian and Chian fine ware pottery, s. 90", "QUATEMBER, Ursula. Die Ausgestaltung von
Stadtzentren. Ein Vergleich von Milet. In: *Book* …".

ISO 690 styles set a chapter's or article's title in roman type, and plain text loses the italics
of every other title, so a full stop inside a title looks like the end of the citation. What
still tells the parts apart is the order ISO 690 keeps: the family names in capitals open a
citation, and nothing but a container word ("In:", "V", "În:") or the pinpoint closes the
title they head. A sentence after the names and the title's first sentence therefore goes on
with that title when it opens with no names of its own and the title's run ends in a container
word or in the pinpoint.
"""

from __future__ import annotations

import re

from citekit.parse import cues, isoshape
from citekit.parse.citestart import FAMILY_CAPITALS_RE, citation_start
from citekit.parse.isochapter import CONTAINER_MARK_RE
from citekit.parse.patterns import LEAD_IN_RE, YEAR_RE
from citekit.parse.pinpoint import end_pinpoint

# the container word opening the rest: "În: VRIGNON, …", "In: *Book*", "V *Časopis*"
# (lexicons/container_words.txt)
MARK_OPENS_RE = re.compile(rf"^(?:{isoshape.CONTAINER})\s*:?\s+\S")


def title_goes_on(prev: str, cur: str, rest: str, separator: str) -> bool:
    """Does CUR (REST: the note from CUR on) carry on the plain title that PREV's ISO 690
    names head, cut at its full stop?"""
    if separator != "." or not cur[:1].isupper() or MARK_OPENS_RE.match(cur):
        return False  # the cheap tests first; a container word is read by the chapter rules
    source = prev[citation_start(prev) :]
    head = isoshape.head_match(source) if ". " in source or ": " in source else None
    if head is None or _finished(source) or _opens_source(cur):
        return False
    run = rest.split(";")[0]
    if CONTAINER_MARK_RE.search(run):
        return True  # "… Stadtzentren." + "Ein Vergleich …. În: *Book*": the chapter's title
    return (
        end_pinpoint(cur) is not None
        and not cues.has_imprint(cur)
        and not YEAR_RE.search(cur)
        and not cues.is_commentary(cur)
    )  # "… Milet 4." + "Laconian and Chian fine ware pottery, s. 90": a short form's title


def _finished(source: str) -> bool:
    """Has SOURCE closed its citation already: a pinpoint, an imprint, a year?"""
    return bool(end_pinpoint(source) or cues.has_imprint(source) or YEAR_RE.search(source))


def _opens_source(text: str) -> bool:
    """Does TEXT open a source of its own: names in capitals, a lead word, an ibid.?"""
    return bool(
        FAMILY_CAPITALS_RE.match(text)
        or isoshape.head_match(text)
        or LEAD_IN_RE.match(text)
        or cues.is_ibid(text)
    )
