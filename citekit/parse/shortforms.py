"""Citations with no imprint that name their source all the same: a short form of names and
a page ("Béaur, 197"), a family name in capitals, a title and a page ("STANZIANI, Russia in
Global Perspective, p. 115"), a title and a page ("*Dynatext*, 249"), a statute and its
section ("Academies Bill, sec. 20"). A title with no page is left alone: it may be the first
sentence of a citation that goes on ('"About the Company". Example Foundation. Retrieved …').

cues.is_citation weighs how much of a full citation a span has; these forms have next to
nothing of one, and are told by their shape instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import cues, uregex
from citekit.parse.patterns import LOCATOR_START_RE

# a pinpoint and nothing else: "197", "171–176", "I, 91, 111", "xxxviii, para. 19", "c. 30r"
PINPOINT_RE = uregex.compile(
    r"""(?:[IVXLC]+,\s*|[ivxlc]+,\s*)?
        (?:(?:pp?\.|S\.|s\.|С\.|с\.|para\.?|paras\.?|cap\.|ch\.|chap\.|c\.|sec\.|§|¶|art\.|fol\.|n\.)\s?)?
        (?:\d+[rv]?|[ivxlc]+)(?:\s*[-–]\s*\d+[rv]?)?
        (?:\s*,\s*(?:\d+|[ivxlc]+)(?:\s*[-–]\s*\d+)?)*""",
    re.VERBOSE,
)
# one family name, two joined, or "et al.": "Béaur", "Blanquie en Tsimbidy", "Hanke et al."
NAMES_RE = uregex.compile(
    r"""[A-Z][\w'’-]+(?:\s+(?:and|&|et|und|y|e|i|en|oraz)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.)?
        |(?:\*\*?)?[A-Z][\w'’-]+(?:\*\*?)?(?:/(?:\*\*?)?[A-Z][\w'’-]+(?:\*\*?)?)*""",
    re.VERBOSE,
)
CAPITALS_FAMILY_RE = uregex.compile(r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?")  # "STANZIANI"
LEGISLATION_WORDS = lexicons.alternation(lexicons.words("legislation_words"))
# "Unfair Contract Terms Act 1977 s 59", "Eggs and Chicks (England) Regulations, § 1"
LEGISLATION_RE = uregex.compile(
    rf"""^(?:The\s+)?[A-Z][^;]{{0,200}}?\b{LEGISLATION_WORDS}\b[^;]{{0,200}}?
        [,\s]\s*(?:s|ss|sec|secs|§|§§|art|arts|para|reg|r)\.?\s*\d+[A-Za-z]?(?:\s*[-–(]\s*\w+\)?)?$""",
    re.VERBOSE,
)


@lru_cache(maxsize=8192)
def is_bare_citation(text: str) -> bool:
    """Is TEXT one of the short forms and statutes that carry no imprint?"""
    text = text.strip()
    return _title_alone(text) or _names_and_page(text) or bool(LEGISLATION_RE.match(text))


def _title_alone(text: str) -> bool:
    """ "*Dynatext*, 249", "«Das Albanbrunnwerk», c. 30r": a title, then only its pinpoint."""
    found = cues.titles(text)
    if not found or found[0].start() != 0:
        return False
    after = text[found[0].end() :].strip(" ,.")
    return bool(after) and bool(PINPOINT_RE.fullmatch(after) or LOCATOR_START_RE.match(after))


def _names_and_page(text: str) -> bool:
    """ "Béaur, 197", "Hanke et al., 12"; "STANZIANI, A Title, p. 115" (ABNT, ISO 690)."""
    head, _, rest = text.partition(", ")
    if NAMES_RE.fullmatch(head) and PINPOINT_RE.fullmatch(rest.strip()):
        return True
    title, _, pinpoint = rest.rpartition(", ")
    return bool(
        CAPITALS_FAMILY_RE.fullmatch(head)
        and title
        and (PINPOINT_RE.fullmatch(pinpoint) or LOCATOR_START_RE.match(pinpoint))
    )
