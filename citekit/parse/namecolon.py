"""Where a German "Autor: Titel" citation begins after prose ("So zuletzt Jörg Albrecht:
Weltliteratur im Zeitalter …"), and when such a colon is a title's own instead: after
title-case words ("Prefaces to Canon Law Books in Latin Christianity: Selected …") or after
the author named with a comma ("Duncan J. Watts, Small Worlds: The Dynamics …")."""

from __future__ import annotations

import re

from citekit.parse import cues, namecues, segments, titlespans, uregex
from citekit.parse.cutpoints import protected
from citekit.parse.patterns import LEAD_IN_RE


def name_colon(text: str) -> int | None:
    """German "Autor: Titel": "So zuletzt Jörg Albrecht: Weltliteratur im Zeitalter …"; not a
    title's own colon after its title-case words ("Prefaces to Canon Law Books in Latin
    Christianity: Selected Translations")."""
    mask = protected(text)
    for match in cues.NAME_COLON_RE.finditer(text):
        if _title_case(text[: match.start("name")]):
            continue
        if not mask[match.start("name")] and not segments.is_place(match.group("name")):
            author = _author_before_title(text, match.start("name"))
            return match.start("name") if author is None else author
            # not "(Chapel Hill: …)", "*… Wall: …*", "Новосибирск: Наука"
    return None


TITLE_CASE_SHARE = 0.6  # of the long words: title case, where prose capitalises few


def _title_case(text: str) -> bool:
    """Are most long words of TEXT capitalised, as a title's are ("Prefaces to Canon Law
    Books in"), where a lead-in's are not ("So zuletzt", "Zum Begriff grundlegend")?"""
    if LEAD_IN_RE.match(text) or re.search(r"\d", text):
        return False  # "Vgl. das Gespräch vom 31. Januar 1827 bei": German nouns, in prose
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


# a given name and a family name (initials between), closed by a comma: "Duncan J. Watts, "
AUTHOR_BEFORE_RE = uregex.compile(
    r"(?:^|(?<=\s))(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)+|\s+[a-z]{1,3}\s+|\s+)"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s*$"
)


def _author_before_title(text: str, start: int) -> int | None:
    """ "… is found in Duncan J. Watts, Small Worlds: The Dynamics …": in plain text a title
    with a subtitle looks like German "Name: Title"; a whole name and a comma before it say
    that the name is the author's and the words before the colon the title's."""
    found = AUTHOR_BEFORE_RE.search(text, max(0, start - namecues.NAME_SPAN), start)
    if (
        found is None
        or titlespans.titles(text[: found.start()])
        or not namecues.starts_with_name(text[found.start("name") :])
    ):
        return None
    return found.start("name")
