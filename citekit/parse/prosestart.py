"""Where a source begins after running prose: a name after a lead word or a comma ("as
Smith argues in", "…, Jean Dupont, *Titre*"), a short form after commentary, and whether a
piece of text cites something at all (a reported case, a site's page, a title)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import (
    cues,
    deferred,
    memo,
    namecues,
    pinpoint,
    plainimprint,
    quotedtail,
    segments,
    titlespans,
    uregex,
)
from citekit.parse.bluebook import short_periodical
from citekit.parse.cases import case_fields
from citekit.parse.cutpoints import protected
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.letterhead import is_letter_heading
from citekit.parse.paperfirst import paper_first
from citekit.parse.patterns import (
    URL_RE,
    YEAR_RE,
)
from citekit.parse.shortforms import is_author_date, is_bare_citation
from citekit.parse.sigla import unless_defined
from citekit.parse.subverbo import headword

# where a word in capitals follows one in small letters: "discussed in |Council of … v UK"
AFTER_SMALL_WORD_RE = uregex.compile(r"\b[a-z]{2,}\s(?=\*?[A-Z])")


# prose in small letters, then words in capitals (small capitals in plain text): "The standard
# account is OXFORD ESSAYS IN JURISPRUDENCE: …"
CAPITALS_AFTER_PROSE_RE = uregex.compile(
    r"\b[a-z]{2,}\s(?P<caps>[A-Z][A-Z'’-]+(?:\s+(?:&|[A-Z][A-Z'’-]*))+)(?=[\s,:])"
)


def capitals_after_prose(text: str) -> int | None:
    """Where words in capitals that open a citation follow prose with no source in it."""
    for match in CAPITALS_AFTER_PROSE_RE.finditer(text):
        start = match.start("caps")
        if cues.has_source(text[:start]) or "*" in text[:start]:
            return None
        if cites(text[start:], ()):
            return start
    return None


# "in", "is", "by", "dans", "bei": the last word of prose before a source's author
SOURCE_LEAD_WORDS = lexicons.words("source_lead_words")


def name_after_prose_word(text: str) -> int | None:
    """ "This is discussed in Helen C. Palmatary, The Pottery of …", "The standard account is
    Ebenezer Cook, Sotweed Redivivus (…)": prose in small letters, then a whole name group
    closed by a comma and a citation after it (no italics need mark the title)."""
    mask = protected(text)
    for match in AFTER_SMALL_WORD_RE.finditer(text):
        start = match.end()
        count = namecues.leading_name_tokens(text[start : start + namecues.NAME_SPAN])
        words = text[start:].split()[:count]
        if mask[start] or not count or not words[-1].endswith(","):
            continue
        if match.group().strip() not in SOURCE_LEAD_WORDS and not _whole_name_then_full(
            text[start:], count
        ):
            continue  # "Papers on Time-Reckoning, ed. …": a title's small word, no prose lead
        if segments.is_place(" ".join(words).rstrip(",")):
            continue  # "Department of State to Embassy in Paris, telegram 1102, …"
        if titlespans.titles(text[:start]) or cues.has_imprint(text[:start]):
            return None  # "*Penser les migrations*, Rennes, Presses … François Rabelais, 2020"
        if cites(text[start:], ()):
            return start
    return None


def _whole_name_then_full(text: str, count: int) -> bool:
    """After any word of prose ("… in the model of", "Eine gute Einführung bietet"): a given
    and a family name at least, then a title and its imprint ("Lou Burnard, What Is … (…,
    2014)", "Ort: Verlag 1937"), not a title's words ("… on Time-Reckoning, ed. …")."""
    after = text.split(None, count)[count:]
    return (
        count >= 2
        and bool(after)
        and after[0][:1].isupper()
        and (cues.has_imprint(text) or plainimprint.has_plain_imprint(text))
        and not segments.is_place(" ".join(text.split()[:count]).rstrip(","))
    )


def name_after_colon(text: str) -> int | None:
    """ "por. krytyczną recenzję: T. Nowak, [rec.] …": prose, a colon, then the author."""
    start = name_after_comma(text)
    return start if start is not None and text[:start].rstrip().endswith(":") else None


def name_after_comma(text: str) -> int | None:
    """ "Véase, sobre la represión de 1874, Ortiz Calvo, Prensa y sociedad obrera, p. 12"."""
    mask = protected(text)
    # where the clauses begin (after ". ", ", " or "; "): found once, not again for each comma
    clauses = [m.end() for m in CLAUSE_END_RE.finditer(text)]
    for match in re.finditer(r"[,:]\s+", text):
        first = text[match.end() : _next_comma(text, match.end())]
        if (
            mask[match.start()]
            or segments.is_place(first)
            or (match.group()[0] == ":" and segments.is_place(_clause_before(text, clauses, match)))
        ):
            continue  # "…, Warszawa: GUS, 1939", "Новосибирск: Зап.-Сиб. кн. изд-во": the imprint
        # the name test reads only the opening words: give it those, not a copy of the rest
        opening = text[match.end() : match.end() + namecues.NAME_SPAN]
        if namecues.starts_with_name(opening) and cites(text[match.end() :], ()):
            return match.end()  # "…, Ortiz Calvo, Prensa …", "recenzję: T. Nowak, …"
    return None


# a capitalised word after a space: where a name may begin in prose
NAME_START_RE = uregex.compile(r"(?<=\s)[A-Z]")
PLAIN_SHORT_SPAN = 240  # characters: the longest span PLAIN_SHORT_RE can match
SHORT_HEAD_WORDS = 4  # "Harley and Woodward,": the names before a plain short title's comma


def plain_short_after_prose(text: str) -> int | None:
    """ "This is discussed in Polakow, Lives on the Edge, 175": prose, then a short form
    in plain text (names, a title without italics or quotes, a pinpoint) that ends the span."""
    for match in NAME_START_RE.finditer(text, max(0, len(text) - PLAIN_SHORT_SPAN)):
        rest = text[match.start() :]
        head = rest.split(",", 1)[0]
        if len(head.split()) > SHORT_HEAD_WORDS:
            continue
        if (
            cues.PLAIN_SHORT_RE.match(rest.strip())
            and not YEAR_RE.search(rest)  # a short form has no imprint: "Title (…, 1886), 12"
            and namecues.starts_with_name(rest)
        ):
            return match.start()
    return None


CLAUSE_END_RE = deferred.compile(r"[.,;]\s")


# a comma or a lower-case word ("… replied in Ober 1996: 107–22") before an author-date pointer
BEFORE_AUTHOR_DATE_RE = deferred.compile(r"(?:(?P<comma>,)|\b[a-z]{2,})\s+(?=[A-Z])")
NAMES_BEFORE_YEAR = 120  # characters: longer than any names NAMES_RE reads before the year
PINPOINTED_RE = deferred.compile(r"\d[a-z]?\)?\s*[,:]\s*\S")  # "1996: 107", "2003, 52", "(1998), 4"


def author_date_after_comma(text: str) -> int | None:
    """ "On letter writing as a formal study, Witt 2000, 16-18", "Ober replied in Ober 1996:
    107–22": commentary, a comma or a word, then an author-date pointer that ends the piece;
    after a word, only one with its pinpoint ("a PDF dated Fribourg 2007" is prose)."""
    if YEAR_RE.search(text) is None:
        return None
    for match in BEFORE_AUTHOR_DATE_RE.finditer(text):
        start = match.end()
        # a pointer's year follows its names closely: test that before slicing and reading the
        # rest, which at every word of a long note would cost the square of its length
        if YEAR_RE.search(text, start, start + NAMES_BEFORE_YEAR) is None:
            continue
        rest = text[start:]
        if is_author_date(rest) and (match.group("comma") or PINPOINTED_RE.search(rest)):
            return start
    return None


def _clause_before(text: str, clauses: list[int], match: re.Match[str]) -> str:
    """The clause that MATCH ends, given where every clause begins."""
    after = bisect.bisect_right(clauses, match.start())
    return text[clauses[after - 1] if after else 0 : match.start()]


COMMA_OR_COLON_RE = deferred.compile(r"[,:]")


def _next_comma(text: str, start: int) -> int:
    """The position of the first "," or ":" at or after START, or the end of TEXT."""
    found = COMMA_OR_COLON_RE.search(text, start)
    return found.start() if found else len(text)


def cites(span: str, hereafter: tuple[str, ...], known: KnownTitles = NO_TITLES) -> bool:
    """A citation, by its parts (cues), by the shape of a bare short form or statute, or
    by naming a work the document cites in full ("Young, Ways of Reading Scripture").
    A quotation after the pinpoint is no part of the test ("Young, Ways, 12: “…”")."""
    span = quotedtail.head(span)
    return _cites_unaided(span, hereafter) or known.cites(span) or headword(span) is not None


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same spans
def _cites_unaided(span: str, hereafter: tuple[str, ...]) -> bool:
    """Does SPAN cite by its own parts and shape, whatever works the document cites?"""
    return (
        cues.is_citation(span, unless_defined(span, hereafter))
        or is_bare_citation(span)
        or short_periodical(span) is not None  # "Newton, 73 Tex. B.J. 632"
        or _site_page(span)
        or reported_case(span)
        or paper_first(span) is not None  # "*Atlanta Daily World*, “Boycott … Urged.”"
        or is_letter_heading(span)  # "Weldon to Pearson, November 16, 1901": a letter again
    )


def reported_case(span: str) -> bool:
    """A case named by its parties, then its report or a note pointer, its italics lost in
    plain text: "Smart v HM Advocate [2006] 119 213, 213", "Boulton v Jones (n 2) 194"."""
    if " v" not in span:
        return False  # the cheap test first: every case title joins its parties so
    fields = case_fields(span)
    if fields is None:
        return False
    if not ("year" in fields or "volume" in fields or _pinpoint_after_case(span, fields)):
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", fields["title"])
    return all(w[0].isupper() or w.casefold().rstrip(".") in CASE_SMALL_WORDS for w in words)


# what follows a case's short form in plain text: its pinpoint, labelled, perhaps after the
# year ("Taylor v Glass, s. 169", "Dodds v HM Advocate. 2003, s. 196", "…, par. 71")
CASE_PINPOINT_RE = deferred.compile(
    rf"[.,]?\s*(?:(?:1[5-9]|20)\d\d,\s*)?(?:{pinpoint.LABELS})\s?{pinpoint.NUMBERS}\s*\.?"
)


def _pinpoint_after_case(span: str, fields: dict[str, str]) -> bool:
    """Does SPAN end, after its case's name, with a labelled pinpoint alone: a short form of a
    case whose italics plain text has lost ("Taylor v Glass, s. 169")?"""
    at = span.find(fields["title"])
    rest = span[at + len(fields["title"]) :] if at >= 0 else ""
    return at == 0 and CASE_PINPOINT_RE.fullmatch(rest) is not None


# the words in small letters a case's name holds: "v", "of the", "and"; any other is prose
# before it ("This is discussed in Council … v UK")
CASE_SMALL_WORDS = cues.TITLE_SMALL_WORDS | {"v", "vs"}


def _site_page(span: str) -> bool:
    """A web page named after its site's domain, with its link: "arthistoricum.net, Titel,
    https://…" (the site stands where an author would)."""
    return DOMAIN_START_RE.match(span) is not None and URL_RE.search(span) is not None


# a web site named by its domain: "arthistoricum.net, Michelangelos Schlacht …"
DOMAIN_START_RE = deferred.compile(r"[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}\b(?![./]\w)")
