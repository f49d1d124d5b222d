"""Reviews whose title is the citation of the work reviewed: "Jordi Canal. Compte rendu.
Leonardo Faccio, *Letizia*, Barcelone, Debate, 2020. *El País-Babelia*, 20 de junio. 2020:
6". The reviewed work's own full stops, commas and semicolons (a review of several books)
are inside the title; the periodical the review appeared in closes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, isoshape, memo, uregex
from citekit.parse.containers import IN_RE
from citekit.parse.patterns import LEAD_IN_RE, find_opcit
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.prefilter import guarded

# the review word as a sentence of its own: "Canal. Compte rendu. Faccio …", "CANAL, Compte
# rendu. …", "Rezension: …"
# (not "Review of Economic Studies", nor a newspaper's section: "…, 2004, sec. Review")
REVIEW_WORDS = lexicons.alternation(lexicons.words("review_words"))
REVIEW_RE = guarded(
    uregex.compile(rf"(?:^|(?<=[.:,]\s))(?<!\bsec\.\s)(?i:{REVIEW_WORDS})(?:[.:](?=\s)|$)")
)  # most notes hold no review word: the pattern runs only on those that do
SENTENCE_START_RE = deferred.compile(r"(?:^|(?<=\.\s))\S")
# a periodical named without italics (plain text): capitalised words, then its number or
# date and the year as isoshape reads them ("El País-Babelia, 20 de junio. 2020: 6")
PLAIN_PERIODICAL_RE = uregex.compile(r"[A-Z][^.;:*,«»“”\"]{1,80}(?=,)")
# a pinpoint ("p. 20", "véase pp. 119–122", "S. 3"): the citation ends near it, so a
# periodical further on belongs to another
PAGE_RE = deferred.compile(r"\b(?:pp?|S|s)\.\s*\d")
YEAR_START_RE = deferred.compile(r"(?:1[5-9]|20)\d\d[a-z]?\b")
# a periodical in quotes, as Polish styles print one, then its numbers and year: "„L’Année
# sociologique” t. 70 nr 1 (2020)", "„Francia-Recensio” 02.2018"
QUOTED_PERIODICAL_RE = deferred.compile(
    r"[„“«][^”»\"]{2,80}[”»\"][^;„“«]{0,40}?(?:1[5-9]|20)\d\d\b"
)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # each piece is asked of again as cuts are tried
def _review(text: str) -> re.Match[str] | None:
    """The last review word of TEXT standing as a sentence, if any (a cheap test first)."""
    if "." not in text:
        return None
    found = list(REVIEW_RE.finditer(text))
    return found[-1] if found else None


def _periodical_at(text: str, start: int) -> bool:
    """Does the periodical a review appeared in open TEXT at START: "En *Revista*", "In:
    …", "*Journal*, 12. 2020", or its plain name and at once its year?"""
    rest = text[start:]
    if IN_RE.match(rest) or isoshape.journal_then_year(rest):
        return True
    plain = PLAIN_PERIODICAL_RE.match(rest)
    return plain is not None and isoshape.YEAR_AFTER_RE.match(rest[plain.end() :]) is not None


def _periodical_start(text: str, start: int) -> int | None:
    """Where a sentence after START, before the first pinpoint, opens the periodical."""
    page = PAGE_RE.search(text, start)
    end = page.start() if page else len(text)
    found = SENTENCE_START_RE.finditer(text, start, end)
    return next((m.start() for m in found if _periodical_at(text, m.start())), None)


def runs_on(prev: str, cur: str, rest: str) -> bool:
    """Does CUR (REST: the note from CUR on) carry on a review PREV opened? Right after the
    review word the reviewed work follows; further on, only while the periodical is ahead,
    or its year when PREV ends with its name ("*El País*, 20 de junio." + "2020: 6")."""
    if REVIEW_RE.fullmatch(cur.strip()):
        return _closes_ahead(rest, len(cur))  # "Cfr. Yohann Chanoir." + "Compte rendu."
    if LEAD_IN_RE.match(cur) or "." not in prev:
        return False
    review = _review(prev)
    if review is None or end_pinpoint(prev) is not None:
        return False
    periodical = _periodical_start(f"{prev}. {cur}", review.end())
    if periodical is not None and periodical < len(prev):
        return YEAR_START_RE.match(cur) is not None  # PREV has it: its year may follow
    if find_opcit(prev[review.end() :]) is not None:
        return False
    if not prev[review.end() :].strip(" ."):
        return True  # "Canal. Compte rendu." + "Leonardo Faccio, *Letizia*, …"
    return _closes_ahead(rest, 0)


def _closes_ahead(text: str, start: int) -> bool:
    """Does the review close after START: its periodical, or (a short form) "art. cit."
    before the first pinpoint ("…, 2017, art. cit., p. 342")?"""
    if _periodical_start(text, start) is not None:
        return True
    marker = find_opcit(text[start:])
    page = PAGE_RE.search(text, start)
    return marker is not None and (page is None or start + marker.start() < page.start())


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked at each join tried in a piece
def review_word_at(text: str) -> int | None:
    """Where the review word of TEXT stands, if TEXT is a review citation closed by its
    periodical or an op. cit. (the reviewed works' joins after it, "…, 2015, et José Luis
    García Delgado (éd.), …", are no cut); else None."""
    review = _review(text)
    return review.start() if review and _closes_ahead(text, review.end()) else None


def short_review(text: str) -> bool:
    """Is TEXT a review's short form: a review word, the reviewed work, and no periodical
    after it ("CANAL, Compte rendu. David Martínez Fiol, *Leviatán*, Séville, Espuela de
    Plata, 2019, p. 3"; the imprint is the reviewed book's)?"""
    review = _review(text)
    return (
        review is not None
        and _periodical_start(text, review.end()) is None
        and QUOTED_PERIODICAL_RE.search(text, review.end()) is None
    )


# what ends a review's short title: an op. cit. word or the pinpoint after the last comma
SHORT_END_RE = deferred.compile(
    r",\s*(?=\*?(?:art|op|ob|dz)\.\s*cit|\*?cit\.|(?:pp?|S|s)\.\s*\d|\d)"
)


def short_fields(text: str) -> dict[str, str] | None:
    """The author and title of a review's short form: "Yohann Chanoir. Compte rendu. Marcelo
    D’Salete, *Angola Janga*, Paris, 2018, art. cit., p. 265" -> Chanoir, "Compte rendu.
    Marcelo D’Salete, Angola Janga, Paris, 2018" (not the reviewed book's author and title)."""
    review = _review(text)
    if review is None or not short_review(text):
        return None
    author = text[: review.start()].strip(" .,")
    end = SHORT_END_RE.search(text, review.end())
    title = text[review.start() : end.start() if end else len(text)].strip(" .,")
    if not author or not title:
        return None
    return {"author": author, "title": title}
