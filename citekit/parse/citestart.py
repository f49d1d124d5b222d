"""Where the source begins in a piece that opens with a lead-in or commentary ("See also
Doe, *Title*"), and whether a span cites a work at all."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import (
    cues,
    memo,
    namecues,
    quotedtail,
    quotelead,
    segments,
    titlespans,
    uregex,
)
from citekit.parse.bluebook import short_periodical
from citekit.parse.cases import case_fields
from citekit.parse.cutpoints import protected
from citekit.parse.ibids import inner_ibid
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.namecolon import name_colon
from citekit.parse.patterns import (
    BY_NAME_IN_RE,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    NAME_BEFORE_RE,
    NAME_THEN_TITLE_RE,
    POSSESSIVE_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
    italic_spans,
    quoted_spans,
)
from citekit.parse.shortforms import is_author_date, is_bare_citation


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same pieces
def citation_start(text: str) -> int:
    """Where the source begins in a piece that opens with a lead-in or commentary, past a
    passage it quotes before naming the source ('“…” Anders Winroth, The Making …')."""
    start = _source_start(text)
    if start and CONTRIBUTED_BY_END_RE.search(text, 0, start):
        return 0  # "Die summa …, ed. by |Johann Friedrich Schulte (…)": the editor, not the author
    return start + quotelead.source_after_quotations(text[start:])


# what stands before an editor's or translator's name: "…, ed. by ", "edited by ", "trans. "
CONTRIBUTED_BY_END_RE = uregex.compile(
    r"(?:\bed\.(?:\s+by)?|\bedited\s+by|\btrans(?:\.|lated\s+by)|\bhg\.\s*v\.|\bhrsg\.\s*v\.|\bherausgegeben"
    r"\s+von|\béd\.\s+par|\ba\s+cura\s+di)\s+$"
)


def _names_ibid(before: str) -> bool:
    """ "Pennington, *ibid.*, 387" (Medical History): the author's names and a comma before the
    ibid. belong to the citation, a short form of that author's work cited last."""
    stripped = before.rstrip(" *")
    return stripped.endswith(",") and namecues.name_only(stripped[:-1])


def _source_start(text: str) -> int:
    if namecues.SAME_AUTHOR_RE.match(text):
        return 0  # "______. Cidade febril …", "Id., Storia …": the same author's next work
    match = LEAD_IN_RE.match(text)
    if match and not cues.is_commentary(_after_leads(text[match.end() :])):
        return match.end() + _source_start(text[match.end() :])
    if _titled_supra(text) or _titled_opcit(text):
        return 0  # "Convention for the Protection of Human Rights, *supra* note 6 at 36"
    ibid_at = inner_ibid(text)
    if ibid_at and not cues.has_source(text[:ibid_at]) and not _names_ibid(text[:ibid_at]):
        return ibid_at  # "As argued in ibid., sec. 19 and …": the ibid. comes first
    backref = _backref_name(text)
    if backref and not namecues.starts_with_name(text) and find_opcit(text):
        inner = _after_inner_lead(text)
        if inner is not None and inner < backref and _name_sentence_before(text[inner:backref]):
            return inner  # "véase Bernard Vincent. La guerra de las Alpujarras, op. cit."
        return backref  # "Sobre a Gazeta da Tarde, ver MACHADO, op. cit., p. 140"
    joined = namecues.CONJUNCTION_RE.match(text)  # "…; e COSTA, Emília Viotti da. Da senzala …"
    if joined and namecues.starts_with_name(text[joined.end() :]):
        return joined.end()
    opens_with_source = (
        namecues.starts_with_name(text)
        or text.lstrip()[:1] in "*“\"‘'«„"
        or cues.is_ibid(text)
        or FAMILY_CAPITALS_RE.match(text) is not None  # "MUSSET, A. Between … Sciences: …"
    )
    if _reported_case(text):
        return 0  # "Boulton v Jones (n 2) and …": a case opens it, its italics lost
    inner = _after_inner_lead(text)
    if inner and not opens_with_source and not cues.has_source(text[:inner]):
        return inner  # "On this paradigm see Vladislav Zubok and Constantin Pleshakov, *…*"
    for finder in (name_colon, _name_then_title):
        start = finder(text)
        if (
            start
            and not opens_with_source
            and not titlespans.titles(text[:start])
            and not cues.has_imprint(text[:start])
            and not cues.is_archival(text[:start])
            and not URL_RE.search(text[:start])  # "Title - Site, https://…, Stand: 06.07.2020"
        ):
            return start  # "Zum Begriff grundlegend Fritz Strich: …", "… with caution: Reilly, *…*"
    if not cues.is_commentary(text):
        return (0 if namecues.starts_with_name(text) else _capitals_after_prose(text)) or 0
    for finder in (
        _backref_name,
        _after_inner_lead,
        _case_name,
        _name_after_prose_word,
        _in_name,
        _name_then_title,
        name_colon,
        _by_name,
        _possessive,
        _name_after_colon,
        _first_title,
        _family_in_capitals,
        _name_after_comma,
        _author_date_after_comma,
        _plain_short_after_prose,
    ):
        position = finder(text)
        if position is not None:
            return position
    return 0


def _name_sentence_before(text: str) -> bool:
    """ "Bernard Vincent. La guerra de las" (ENAH short forms): a name, a full stop, the title."""
    head, stop, _ = text.partition(". ")
    return bool(stop) and namecues.name_only(head)


# a short title before "supra": "Convention for the Protection of Human Rights, *supra* note 6"
SUPRA_TITLE_RE = uregex.compile(r"^(?P<title>[A-Z][^,;:]+),\s*\*?supra\b")
# where a word in capitals follows one in small letters: "discussed in |Council of … v UK"
AFTER_SMALL_WORD_RE = uregex.compile(r"\b[a-z]{2,}\s(?=\*?[A-Z])")


def _titled_opcit(text: str) -> bool:
    """A title, every long word capitalised, then an op. cit. word, no name before it: "The
    History of Cartography, dz. cyt., t. 2.2" (an edited work cited by its title)."""
    if not text[:1].isupper() or "," not in text:
        return False  # the cheap tests first
    marker = find_opcit(text)
    if marker is None or LEAD_IN_RE.match(text):
        return False
    head = text[: marker.start()].rstrip(" ,*")
    if "," in head or not head[:1].isupper():
        return False
    words = re.findall(r"[^\W\d_]{4,}", head)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


# prose in small letters, then words in capitals (small capitals in plain text): "The standard
# account is OXFORD ESSAYS IN JURISPRUDENCE: …"
CAPITALS_AFTER_PROSE_RE = uregex.compile(
    r"\b[a-z]{2,}\s(?P<caps>[A-Z][A-Z'’-]+(?:\s+(?:&|[A-Z][A-Z'’-]*))+)(?=[\s,:])"
)


def _capitals_after_prose(text: str) -> int | None:
    """Where words in capitals that open a citation follow prose with no source in it."""
    for match in CAPITALS_AFTER_PROSE_RE.finditer(text):
        start = match.start("caps")
        if cues.has_source(text[:start]) or "*" in text[:start]:
            return None
        if cites(text[start:], ()):
            return start
    return None


def _titled_supra(text: str) -> bool:
    """Does a title, every long word capitalised, stand before "supra" (no prose lead-in)?"""
    found = SUPRA_TITLE_RE.match(text)
    if found is None or LEAD_IN_RE.match(text):
        return False
    words = re.findall(r"[^\W\d_]{4,}", found.group("title"))
    return bool(words) and all(w[0].isupper() for w in words)


def _case_name(text: str) -> int | None:
    """ "This is discussed in Council of Civil Service Unions v UK, 10 269, 42 (1987)": the
    parties of a case with its report after prose."""
    for match in AFTER_SMALL_WORD_RE.finditer(text):
        fields = case_fields(text[match.end() :])
        if fields and ("volume" in fields or "year" in fields):
            return match.end()
    return None


def _after_leads(text: str) -> str:
    """TEXT after any further lead-ins: "See, for example: Prinz and Schiewe, *…*" is led in
    twice, and what is commentary is judged after both."""
    match = LEAD_IN_RE.match(text)
    while match:
        text = text[match.end() :]
        match = LEAD_IN_RE.match(text)
    return text


def _backref_name(text: str) -> int | None:
    """ "See this view in Radchenko, Op. cit., p. 42": the name before the marker opens it."""
    ibid_at = inner_ibid(text)
    if ibid_at:
        return ibid_at
    marker = find_opcit(text)
    if marker is None:
        return None
    before = text[: marker.start()]
    et_al = ET_AL_TAIL_RE.search(before)  # "Vincent Debiais *et al.*, art. cit."
    if et_al:
        before = before[: et_al.start()]
    else:
        head, comma, title = before.rstrip(" ,*").rpartition(",")
        plain = comma and "*" not in before and _plain_short_title(title)  # no italics at all
        named = NAME_BEFORE_RE.search(head) if plain else None
        if named:
            return named.start()  # "si veda SYLVAIN PIRON, Cartes et diagrammes …, cit.": the title
    run = NAME_BEFORE_RE.search(before)
    return run.start() if run else None


def _plain_short_title(text: str) -> bool:
    """Is TEXT, between a name's comma and "cit.", a title nothing marks ("Aurora Leigh",
    "Cartes et diagrammes d'Opicino")? Capitalised, no figure, more than one word."""
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and not re.search(r"\d", text)


ET_AL_TAIL_RE = re.compile(r"\s*\*?et(?:\s|\xa0)+al\.?\*?,?\s*\*?$")


def _after_inner_lead(text: str) -> int | None:
    """After "see" (the first one that leads to a source), else after a bare "in:"."""
    first_in = None  # the first bare "in:" that leads to a source, if no "see" does
    for match in INNER_LEAD_RE.finditer(text):
        is_in = match.group().strip().casefold().startswith("in")
        rest = text[match.end() :]
        if (is_in and first_in) or not (cues.has_source(rest) or is_bare_citation(rest)):
            continue  # (stop at the first lead that fits: each test reads the rest of the text)
        if not is_in:
            return match.end()
        first_in = match
    if first_in is None:
        return None
    # "K tomu Jiří ŠOUŠA, Titul, in: Pavel Kocman (ed.)": the author
    author = CAPITALS_NAME_RE.search(text[: first_in.start()])
    return author.start() if author else first_in.end()


# a family name in capitals after a given name: ABNT, Czech and French habit ("Jiří ŠOUŠA,")
CAPITALS_NAME_RE = uregex.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z]{2,}(?:-[A-Z]{2,})?,")


def _name_then_title(text: str) -> int | None:
    mask = protected(text)
    for match in NAME_THEN_TITLE_RE.finditer(text):
        if not mask[match.start("name")]:  # not the end of a title: 'and Predictions," in'
            return match.start("name")
    return None


IN_NAME_RE = uregex.compile(
    r"(?:,\s+|\s)(?:in|dans|en|nella|nel)\s+(?P<name>(?:[A-Z]\.\s?)+[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+),"
)


def _in_name(text: str) -> int | None:
    """ "la lettera a Tania del 7 settembre 1931, in A. Gramsci, Lettere …": the book's author."""
    match = IN_NAME_RE.search(text)
    if match is None or titlespans.titles(text[: match.start()]):
        return None  # "in his “Title,” in Sherman Garnett, ed.": the title came first
    return match.start("name") if cues.has_source(text[match.start("name") :]) else None


FAMILY_CAPITALS_RE = uregex.compile(r"(?<!\w)(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})?),\s+(?=\S)")


def _family_in_capitals(text: str) -> int | None:
    """ABNT: "ver a discussão de ALONSO, Flores, votos e balas, p. 250": the family name in
    capitals opens the short form, not the title after it."""
    mask = protected(text)
    for match in FAMILY_CAPITALS_RE.finditer(text):
        if not mask[match.start()] and cues.is_citation(text[match.start() :]):
            return match.start()
    return None


# "in", "is", "by", "dans", "bei": the last word of prose before a source's author
SOURCE_LEAD_WORDS = lexicons.words("source_lead_words")


def _name_after_prose_word(text: str) -> int | None:
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
    2014)"), not a title's words ("… on Time-Reckoning, ed. …")."""
    after = text.split(None, count)[count:]
    return (
        count >= 2
        and bool(after)
        and after[0][:1].isupper()
        and cues.has_imprint(text)
        and not segments.is_place(" ".join(text.split()[:count]).rstrip(","))
    )


def _name_after_colon(text: str) -> int | None:
    """ "por. krytyczną recenzję: T. Nowak, [rec.] …": prose, a colon, then the author."""
    start = _name_after_comma(text)
    return start if start is not None and text[:start].rstrip().endswith(":") else None


def _name_after_comma(text: str) -> int | None:
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


def _plain_short_after_prose(text: str) -> int | None:
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


CLAUSE_END_RE = re.compile(r"[.,;]\s")


def _author_date_after_comma(text: str) -> int | None:
    """ "On letter writing as a formal study, Witt 2000, 16-18": commentary, a comma, then an
    author-date pointer that ends the piece."""
    for match in re.finditer(r",\s+(?=[A-Z])", text):
        if is_author_date(text[match.end() :]):
            return match.end()
    return None


def _clause_before(text: str, clauses: list[int], match: re.Match[str]) -> str:
    """The clause that MATCH ends, given where every clause begins."""
    after = bisect.bisect_right(clauses, match.start())
    return text[clauses[after - 1] if after else 0 : match.start()]


COMMA_OR_COLON_RE = re.compile(r"[,:]")


def _next_comma(text: str, start: int) -> int:
    """The position of the first "," or ":" at or after START, or the end of TEXT."""
    found = COMMA_OR_COLON_RE.search(text, start)
    return found.start() if found else len(text)


def _by_name(text: str) -> int | None:
    match = BY_NAME_IN_RE.search(text)
    return match.start("name") if match and titlespans.has_title(text[match.end() :]) else None


def _possessive(text: str) -> int | None:
    match = POSSESSIVE_RE.search(text)
    return match.start("pos") if match else None


def _first_title(text: str) -> int | None:
    """Where the first italic or quoted span opens, a back-reference word in italics aside."""
    italics = (m for m in italic_spans(text) if not titlespans.is_marker(titlespans.span_body(m)))
    found = (next(italics, None), next(quoted_spans(text), None))
    titles = [m.start() for m in found if m]
    return min(titles) if titles else None


def cites(span: str, hereafter: tuple[str, ...], known: KnownTitles = NO_TITLES) -> bool:
    """A citation, by its parts (cues), by the shape of a bare short form or statute, or
    by naming a work the document cites in full ("Young, Ways of Reading Scripture").
    A quotation after the pinpoint is no part of the test ("Young, Ways, 12: “…”")."""
    span = quotedtail.head(span)
    return (
        cues.is_citation(span, hereafter)
        or is_bare_citation(span)
        or known.cites(span)
        or short_periodical(span) is not None  # "Newton, 73 Tex. B.J. 632"
        or _site_page(span)
        or _reported_case(span)
    )


def _reported_case(span: str) -> bool:
    """A case named by its parties, then its report or a note pointer, its italics lost in
    plain text: "Smart v HM Advocate [2006] 119 213, 213", "Boulton v Jones (n 2) 194"."""
    if " v" not in span:
        return False  # the cheap test first: every case title joins its parties so
    fields = case_fields(span)
    if fields is None or not ("year" in fields or "volume" in fields):
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", fields["title"])
    return all(w[0].isupper() or w.casefold().rstrip(".") in CASE_SMALL_WORDS for w in words)


# the words in small letters a case's name holds: "v", "of the", "and"; any other is prose
# before it ("This is discussed in Council … v UK")
CASE_SMALL_WORDS = cues.TITLE_SMALL_WORDS | {"v", "vs"}


def _site_page(span: str) -> bool:
    """A web page named after its site's domain, with its link: "arthistoricum.net, Titel,
    https://…" (the site stands where an author would)."""
    return DOMAIN_START_RE.match(span) is not None and URL_RE.search(span) is not None


# a web site named by its domain: "arthistoricum.net, Michelangelos Schlacht …"
DOMAIN_START_RE = re.compile(r"[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}\b(?![./]\w)")
