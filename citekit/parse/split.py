"""Note text -> citation spans: ";" between sources, sentences, lead-ins, commentary dropped."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from citekit import lexicons
from citekit.parse import cues, isoshape, memo, quotedtail, segments, statement, uregex
from citekit.parse.bluebook import short_periodical
from citekit.parse.cases import case_fields
from citekit.parse.containers import IN_RE
from citekit.parse.ibids import inner_ibid
from citekit.parse.joins import CITATION_END_RE, join_points
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.patterns import (
    ABBREVIATIONS,
    ACCESSED_RE,
    BY_NAME_IN_RE,
    CITED_IN_RE,
    DITTO_DASHES_RE,
    EDITOR_MARK_RE,
    IBID_WORDS,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    MONTH_RE,
    NAME_BEFORE_RE,
    NAME_THEN_TITLE_RE,
    POSSESSIVE_RE,
    SENTENCE_END_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
    italic_spans,
    quoted_spans,
)
from citekit.parse.pinpoint import HERE, LABELS, NUMBERS, end_pinpoint
from citekit.parse.prefilter import guarded
from citekit.parse.shortforms import has_short_shape, is_author_date, is_bare_citation
from citekit.parse.web import web_citation_end

CONTRIBUTOR_START_RE = uregex.compile(
    r"(?:Hg\.|hg\.|Hrsg\.|hrsg\.|[Ee]d\.|[Ee]ds\.|[Ee]dited\s+by|éd\.|[Tt]rans\.|[Tt]ranslated|übers\."
    r"|Tradução|Traducción|Traduzione|Traduction|Organização|\d+\.\s?ed\."
    r"|[Üü]bersetzt|[Tt]rad\.|a\s+cura|In:(?=\s+[A-Z]))\s"
)
URL_ONLY_RE = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?\.?", re.IGNORECASE)
LINK_LABEL_RE = re.compile(r"\b(?:URL|online|en\s+ligne|disponible\s+en|available\s+at)\b", re.I)
BRACKET_RE = re.compile(r"[()\[\]]")
ABBREVIATION_NEXT_RE = uregex.compile(r"[A-Z][a-z]{0,3}\.(?=\s*(?:[A-Z]|\d))")  # "L. Rev.", "J. 12"
_INITIALS_RE = uregex.compile(
    r"(?:^|[\s(])(?:[A-Z]\.)+$|(?:^|[\s.])[A-Z]$"
)  # "A.M." or "T" before "."
_NAMEISH_WORD_RE = uregex.compile(r"^[A-Z][\w'’.-]*$")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a note: [start, end) in the note text."""

    start: int
    end: int

    def text(self, note: str) -> str:
        return note[self.start : self.end]


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the same note and pieces are asked about several times
def protected(text: str) -> bytes:
    """Which characters sit inside a title, a quotation or brackets (never split there)."""
    mask = bytearray(len(text))
    for spans in (italic_spans, quoted_spans):
        for match in spans(text):
            mask[match.start() + 1 : match.end() - 1] = b"\x01" * max(
                0, match.end() - match.start() - 2
            )
    depth, opened = 0, 0
    for bracket in BRACKET_RE.finditer(text):
        if bracket.group() in "([":
            if depth == 0:
                opened = bracket.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                mask[opened : bracket.start()] = b"\x01" * (bracket.start() - opened)
    if depth:
        mask[opened:] = b"\x01" * (len(text) - opened)
    return bytes(mask)


def split_points(text: str, mask: list[bool]) -> list[tuple[int, int, str]]:
    """(end of a piece, start of the next, kind) at ";" and at sentence ends."""
    points = []
    for i, char in enumerate(text):
        if char == ";" and not mask[i] and not _between_places(text, i):
            points.append((i, i + 1, ";"))
    for match in SENTENCE_END_RE.finditer(text):
        dot = text.rfind(".", 0, match.start() + 1)
        # 'has it." Sergey' ends a quoted sentence; 'reformam...” Rossiisaia' ends a title
        closes_quote = text[dot + 1 : dot + 2] in ("”", '"', "’", "*") and text[dot - 1] != "."
        if dot < 0 or (mask[dot] and not closes_quote):
            continue
        if _abbreviation_before(text, dot) and not _prose_after_backref(text, dot, match.end()):
            continue
        if ABBREVIATION_NEXT_RE.match(text, match.end()):
            continue  # "45 Stan. L. Rev. 123": a run of abbreviations, not a new sentence
        points.append((_closing_italics_end(text, match.start()), match.end(), "."))
    if ".)" in text:  # the cheap test first: most notes hold no bracketed sentence
        points.extend((m.end(), m.end(), ".") for m in _bracketed_sources(text))
    return sorted(points)


# a sentence in brackets of its own after a sentence of commentary, a source as a rule: "…
# for mating. (Tom Ash, ‘Signals’, *Biology* 4 (1993): 126.) Aggregation …", "(Ibid., 127.)"
PAREN_SENTENCE_RE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][)”’\"»]\s))\((?:[^()]|\([^()]*\))+?\.\)(?=\s|$)"
)


def _bracketed_sources(text: str) -> list[re.Match[str]]:
    """The bracketed sentences of TEXT that open with a name or an ibid. ("(Tom Ash, …)",
    "(Ibid., 127.)"); one that says more of the citation before it ("(Reprinted on …)")
    stays with it."""
    found = []
    for match in PAREN_SENTENCE_RE.finditer(text):
        inner = _after_lead(text[match.start() + 1 : match.end() - 1])
        if cues.starts_with_name(inner) or cues.is_ibid(inner):
            found.append(match)
    return found


def _closing_italics_end(text: str, end: int) -> int:
    """END moved past the italic marks that close there: "*Title?* Stock" keeps its "*"."""
    while end < len(text) and text[end] == "*":
        end += 1
    return end


BACKREF_WORD_RE = uregex.compile(rf"(?i:{IBID_WORDS}|cit|cyt)\*?$")  # "ibid", "op. cit"
PROSE_SPAN = 120  # characters of the next sentence read to tell prose from a pinpoint


def _prose_after_backref(text: str, dot: int, after: int) -> bool:
    """ "ibid. A revised edition changes little": the back-reference word ends a sentence
    when commentary follows ("Ibid. S. 4", "Ibid. Vol. 2" go on with the pinpoint)."""
    word = text[_word_start(text, dot) : dot].lstrip("*")
    return bool(BACKREF_WORD_RE.fullmatch(word)) and cues.is_commentary(
        text[after : after + PROSE_SPAN]
    )


def _opens_with_imprint(text: str) -> bool:
    """ "Новосибирск: Наука, 1978. С. 112", "São Paulo: Companhia das Letras, 2015"."""
    place = re.match(r"([^.,;:]{1,30}\.?(?:\s*;\s*[^.,;:]{1,30}\.?)?)\s*:\s+\S", text)
    places = place.group(1).split(";") if place else []
    return bool(places) and all(segments.is_place(p) for p in places) and bool(YEAR_RE.search(text))


# the place before and after a semicolon; PLACE_BEFORE_RE spans at most 33 characters, so it
# is searched in a window, not in the whole note before the semicolon (linear in the note)
PLACE_BEFORE_RE = re.compile(r"(?:^|[.,]\s)([^.,;:]{1,30}\.?)$")
PLACE_BEFORE_SPAN = 33
PLACE_AFTER_RE = re.compile(r"\s*([^.,;:]{1,30}\.?)\s*:\s")


def _between_places(text: str, semicolon: int) -> bool:
    """ "М.; Л.: Госиздат", "Paris; New York: Mouton": two places of one imprint; "San
    Luis: El Colegio; Red Columnaria, 2020": two publishers of one."""
    window = max(0, semicolon - PLACE_BEFORE_SPAN)  # "^" matches only at the note's start
    before = PLACE_BEFORE_RE.search(text, window, semicolon)
    after = PLACE_AFTER_RE.match(text, semicolon + 1)
    if before and after and all(segments.is_place(m.group(1)) for m in (before, after)):
        return True
    return bool(
        PUBLISHER_BEFORE_RE.search(text, max(0, semicolon - PUBLISHER_SPAN), semicolon)
        and PUBLISHER_AFTER_RE.match(text, semicolon + 1)
    )


PUBLISHER_SPAN = 90  # characters: a place, its colon and a publisher's name
PUBLISHER_BEFORE_RE = uregex.compile(r"(?:^|[.,]\s)[A-Z][^.,;:]{0,30}:\s+[A-Z][^.;:]{1,60}$")
PUBLISHER_AFTER_RE = uregex.compile(r"\s*[A-Z][^.;:,]{1,60},\s*(?:1[5-9]|20)\d\d\b")


# the article or preposition before a German ordinal: "im 19. Jahrhundert", "zum 3. Mal"
# or another ordinal and "und": "im 16. und 17. Jahrhundert"
ORDINAL_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:im|des|der|dem|den|das|die|zum|zur|vom|am|bis|ins|beim|seit)"
    r"|(?<!\d)\d{1,2}\.\s+(?:und|oder|bis))\s+$"
)
ORDINAL_REACH = 12  # characters: "16. und " and the longest of the words, with its space
EDITION_WORD_RE = re.compile(
    r"(?:Aufl|Auflage|ed|éd|edn|edição|edición|izd|изд|wyd|vyd|uitg|druk|Ausg)\b", re.IGNORECASE
)


def _abbreviation_before(text: str, dot: int) -> bool:
    """Is the full stop at DOT the end of an abbreviation or an initial, not of a sentence?"""
    # look only at the word before the dot and the text just after it: slicing or searching
    # the whole note at every full stop made long notes cost the square of their length
    start = _word_start(text, dot)
    word = text[start:dot]
    if word.isdigit() and len(word) <= 2:
        after = _skip_spaces(text, dot + 1)
        if MONTH_RE.match(text, after):
            return True  # a date written with an ordinal: "am 31. Januar 1827", "4. Mai"
        if EDITION_WORD_RE.match(text, after):
            return True  # an edition: "2. Aufl.", "3. vyd.", "4. ed."
        if ORDINAL_BEFORE_RE.search(text, max(0, start - ORDINAL_REACH), start):
            return True  # a German ordinal: "im 19. Jahrhundert", "des 17. Jahrhunderts"
    # initials lie within the word and the separator before it ("^" holds only at the start)
    if _INITIALS_RE.search(text, max(0, start - 1), dot) and len(word.replace(".", "")) <= 3:
        return True
    bare = word.strip("*“”\"'‘’").casefold()
    if len(bare) == 1 and bare.isalpha():
        return True  # "Frankfurt a. M.", "Freiburg i. Br.", an initial
    return bare in ABBREVIATIONS or bare.rstrip(".") in ABBREVIATIONS


def _word_start(text: str, end: int) -> int:
    """Where the word that ends at END begins (after a space, "(", "[" or "/")."""
    start = end
    while start > 0 and not (text[start - 1].isspace() or text[start - 1] in "([/"):
        start -= 1
    return start


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def pieces(text: str) -> list[tuple[Piece, str]]:
    """The note cut at ";" and sentence ends: (piece, the separator that ends it)."""
    return list(_pieces(text))


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading cuts the same notes again
def _pieces(text: str) -> tuple[tuple[Piece, str], ...]:
    mask = protected(text)
    out, start = [], 0
    for end, resume, kind in split_points(text, mask):
        if end > start:
            out.append((_trim(text, start, end), kind))
        start = resume
    if start < len(text):
        out.append((_trim(text, start, len(text)), ""))
    return tuple((_unbracketed(text, p), kind) for p, kind in out if p.end > p.start)


def _bracketed(text: str, piece: Piece) -> bool:
    """Was PIECE a sentence in brackets of its own (a whole, never joined to its neighbours)?"""
    opening = piece.start - 1
    if opening < 0 or text[opening] != "(":
        return False
    return any(m.start() == opening and m.end() >= piece.end for m in _bracketed_sources(text))


def _unbracketed(text: str, piece: Piece) -> Piece:
    """A piece that is one bracketed sentence, "(Ibid., 127.)", without its brackets."""
    if text[piece.start : piece.start + 1] != "(" or ".)" not in text:
        return piece
    if any(m.span() == (piece.start, piece.end) for m in _bracketed_sources(text)):
        return _trim(text, piece.start + 1, piece.end - 1)
    return piece


def _trim(text: str, start: int, end: int) -> Piece:
    """Strip spaces and the closing full stop or comma a citation does not include."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        if text[end - 1] == "." and _keeps_dot(text[start:end]):
            break
        end -= 1
    return Piece(start, end)


def _keeps_dot(span: str) -> bool:
    """A final dot that belongs to the span: "et al.", "ff.", "Ibid." stay as written."""
    word = span.rsplit(None, 1)[-1].strip("*").casefold().rstrip(".")
    return word in {"al", "ff", "f", "ibid", "cit", "cyt", "ebd", "id"} or span.endswith("...")


def _absorb_descriptions(text: str, merged: list[Piece]) -> list[Piece]:
    """Dated documents listed before their archive ("A to B, 3 May; C to D, 5 May. X Papers")."""
    out: list[Piece] = []
    for piece in reversed(merged):
        span = piece.text(text)
        if (
            out
            and cues.document_description(span)
            and not cues.is_archival(span)
            and cues.is_archival(out[-1].text(text))
            and cues.document_description(out[-1].text(text).split(". ")[0])
        ):
            out[-1] = Piece(piece.start, out[-1].end)
            continue
        out.append(piece)
    return out[::-1]


def merge_pieces(
    text: str, found: list[tuple[Piece, str]], known: KnownTitles = NO_TITLES
) -> list[Piece]:
    """Put back together the sentences of one citation ("Name. *Title*. (Place, 2001)");
    a sentence that names a KNOWN work before commentary is one whole."""
    merged: list[Piece] = []
    joined_by: list[str] = []
    for piece, kind in found:
        prev, cur = (merged[-1].text(text) if merged else ""), piece.text(text)
        whole = _bracketed(text, piece) or bool(merged) and _bracketed(text, merged[-1])
        if (
            merged
            and not whole
            and (
                (_continues(prev, cur, joined_by[-1]) and not _ends_known(prev, cur, known))
                or _imprint_sentences_follow(prev, text[piece.start :], joined_by[-1])
                or _plain_title_runs_on(prev, cur, text[piece.start :], joined_by[-1])
                or _journal_follows(prev, text[piece.start :], joined_by[-1])
                or _subtitle_then_container(prev, text[piece.start :], joined_by[-1])
                or _title_sentences_then_imprint(prev, text[piece.start :], joined_by[-1])
            )
        ):
            merged[-1] = Piece(merged[-1].start, piece.end)
            joined_by[-1] = kind
            continue
        merged.append(piece)
        joined_by.append(kind)
    return _absorb_descriptions(text, merged)


def _ends_known(prev: str, cur: str, known: KnownTitles) -> bool:
    """PREV cites a KNOWN work and CUR is commentary: "Zindel, FC Basel. A revised …"."""
    return known.cites(prev) and cues.is_commentary(cur) and not YEAR_RE.search(cur)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same sentences
def _continues(prev: str, cur: str, separator: str) -> bool:
    """Does CUR carry on the citation begun in PREV (they were split at a full stop)?"""
    if cues.document_description(prev) and cues.is_archival(cur) and not cues.is_archival(prev):
        return separator in ".;"  # "Memo, A to B, 3 May 1949; ... . Box 3, Acheson Papers"
    if separator == ";":
        return _name_list_goes_on(prev, cur)
    if separator != ".":
        return False
    if isoshape.journal_then_year(cur) and isoshape.names_then_title(prev):
        return True  # ISO 690: "GARDINER, J M. Title." + "*Journal*. 1991, vol. 17, p. 335"
    lead = LEAD_IN_RE.match(cur)
    if lead and not lead.group().strip().casefold().startswith("in"):
        return False  # "…, 18 February 2019." + "See also Deknatel, “…”": a new source
    if _access_date_only(cur) and not _link_only(prev):
        return True  # "…, https://…. Consulté le 3 décembre 2017": the web page's access date
    if _opens_with_imprint(cur) and not cues.has_imprint(prev) and not _opens_with_imprint(prev):
        return True  # "Сб. документов / под ред. А. С. Морозова." + "Новосибирск: Наука, 1978"
    if IMPRINT_SHAPE_RE.match(cur) and cues.has_title(prev) and not cues.has_imprint(prev):
        return True  # "ROCA, A. *Puertos*." + "Vigo: Ed. Ría, 2015": any place, by its shape
    if (
        _opens_container(cur)
        and _author_opens(prev)
        and not cues.has_imprint(prev)
        and not re.search(r"\d", end_pinpoint(prev) or "")  # "…, p. 173. In Brezhnev's …"
    ):
        return True  # "MUSSET, A. Title." + "En *Revista* …" / "In: LIMA, R. (ed.), *Book* …"
    if DITTO_DASHES_RE.fullmatch(prev.strip()):
        return True  # "______. Cidade febril …": the same author again (ABNT, Chicago)
    if cues.has_title(cur) and _lead_then_names(prev):
        return True  # "Para una visión distinta, véase Jordi Canal." + "*Vida y violencia*. …"
    if cues.name_only(prev) or cues.ends_with_editor_mark(prev) or CONTRIBUTOR_START_RE.match(cur):
        return True  # "… Poesie." + "Hg. v. Rudolf Borchardt, München 1926"
    if _opens_with_editors(cur) and not cues.has_imprint(prev) and not cues.name_only(prev):
        return True  # ISO 690: "Title." + "Gary A. STRINGER, ed. Place: Publisher, 1995"
    if cur[:1] in "(" or cur[:1].islower() or cues.locator_only(cur):
        return not cues.is_commentary(cur)
    if (
        cues.has_title(cur)
        and not cues.has_title(prev)
        and cues.starts_with_name(prev)
        and not cues.is_commentary(prev)
    ):
        return True
    if cues.has_imprint(cur) and not cues.has_title(cur) and not cues.starts_with_name(cur):
        return cues.has_title(prev) and not cues.has_imprint(prev)
    if _title_then_opcit(cur) and _lead_then_names(prev):  # the cheap test first
        return True  # "véase Bernard Vincent." + "La guerra de las Alpujarras, op. cit., p. 128"
    if _subtitle_before_opcit(prev, cur):
        return True  # "ROGER CHARTIER, Le Migrazioni dei testi." + "Scrivere …, cit., p. 420"
    if _title_runs_on(prev, cur):
        return True  # "…,” in Stocks, Seasons and Sales." + "Food Supplies … (Brepols, 2019), 94"
    if _inverted_name_colon(prev) and cues.completes_citation(cur) and not _author_opens(cur):
        return True  # "Weick, Gabriel: Wohnungsmarkt … 1989." + "Mietpreiskontrolle, Basel 2018"
    if cues.unfinished_citation(_plain_author(prev)) and cues.completes_citation(cur):
        return (
            True  # "Anna Kettler: Die Republik der Übersetzer." + "Literarischer …, Göttingen 2008"
        )
    return cues.is_archival(prev) and cues.archival_detail(cur)


# German history styles: "Family, Given: Title", the title's own sentences may follow
INVERTED_NAME_COLON_RE = uregex.compile(
    r"(?:^|\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}:\s+[A-Z\d]"
)


SENTENCE_STOP_RE = re.compile(r"(?<=\w\w)\.\s+")  # a full stop after a word, not an initial


def _title_sentences_then_imprint(prev: str, rest: str, separator: str) -> bool:
    """ "Bauer, Hans: Vom Wechsler zum Bankier." + "Zur Geschichte des Bankwesens." +
    "Herausgegeben …, Basel 1989, S. 31": two sentences of the title before the imprint."""
    if separator != "." or not _inverted_name_colon(prev):
        return False
    first, stop, after = rest.partition(". ")
    second = SENTENCE_STOP_RE.split(after, 1)[0]  # not at "E.E. Zunft"
    return (
        bool(stop)
        and not _author_opens(first)
        and not LEAD_IN_RE.match(first)
        and not cues.completes_citation(first)
        and cues.completes_citation(second)
    )


def _inverted_name_colon(prev: str) -> bool:
    """Does PREV name its author as "Family, Given:" and end without a pinpoint?"""
    return (
        INVERTED_NAME_COLON_RE.search(prev, 0, NAME_REACH + 40) is not None
        and LOCATOR_START_RE.search(prev) is None
    )


EDITORS_SPAN = 80  # characters: the longest list of editors read before their mark


def _opens_with_editors(text: str) -> bool:
    """ "Gary A. STRINGER, ed. Bloomington: Indiana UP, 1995": names, the mark that makes them
    editors, and at once the imprint (no title of their own: the title was before)."""
    mark = EDITOR_MARK_RE.search(text, 0, EDITORS_SPAN)
    return (
        mark is not None
        and mark.start() > 0
        and cues.name_only(text[: mark.start()])
        and _opens_with_imprint(text[mark.end() :].lstrip(" .,"))
    )


def _subtitle_before_opcit(prev: str, cur: str) -> bool:
    """A short form whose title has a full stop: PREV names the author and the title's first
    sentence, CUR ends the title with "cit." (no name of its own before the marker)."""
    marker = find_opcit(cur)
    return (
        marker is not None
        and marker.start() > 0
        and not cues.name_only(cur[: marker.start()].strip(" ,"))  # not "Jones, cit."
        and cues.starts_with_name(prev)
        and find_opcit(prev) is None
        and not YEAR_RE.search(prev)
    )


def _title_then_opcit(cur: str) -> bool:
    """ "La guerra de las Alpujarras, op. cit., p. 128": title words, no names, then the marker."""
    marker = find_opcit(cur)
    head = cur[: marker.start()].strip(" ,*") if marker else ""
    return (
        head[:1].isupper() and not cues.name_only(head) and len(head.split()) <= SHORT_TITLE_WORDS
    )


SHORT_TITLE_WORDS = 15  # a short title; more words are a sentence of prose


def _title_runs_on(prev: str, cur: str) -> bool:
    """A container named in plain text after a quoted title, cut at a full stop of its own
    ("Ludica. Annali di storia …"): PREV has no figure after its title, CUR dates it."""
    found = cues.titles(prev)
    if not found or found[-1].start() == 0:
        return False
    after = prev[found[-1].end() :].strip(' ,.”’"')
    return (
        bool(after)
        and not re.search(r"\d", after)
        and not cues.titles(cur)
        and bool(YEAR_RE.search(cur))
        and not cues.is_commentary(cur)
        and not cues.is_citation(after)
    )


# "Vigo: Ed. Ría, 2015", "Granada: Editorial de la Universidad, 2020": place, publisher, year
IMPRINT_SHAPE_RE = uregex.compile(
    r"""^(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}|\[s\.\s?l\.\]):\s+  # the place, or "[s.l.]"
    (?:[A-Z][^.;:]*?(?:\.[^.;:]*?)?|\[s\.\s?n\.\]),\s+      # the publisher ("Ed. Ría"), "[s.n.]"
    (?:1[4-9]|20)\d\d\b                            # the year""",
    re.VERBOSE,
)


# ENAH and other styles that end each part with a full stop: "Stock. Paris. 2017",
# "Prensas de la Universidad de Zaragoza. Saragosse. 2020": publisher, place, year; two places
# or publishers joined ("Routledge. New York; Abingdon. 2020")
SENTENCE_IMPRINT_RE = uregex.compile(
    r"^(?:[A-Z][\w'’&()-]*(?:[;,]?\s+[\w'’&()-]+){0,7}\.\s+){1,3}(?:1[4-9]|20)\d\d[a-z]?\b"
)


def _imprint_sentences_follow(prev: str, rest: str, separator: str) -> bool:
    """Do the sentences of REST, up to a year, give the imprint of the title PREV ends with?

    In plain text no italics mark that title: a PREV that opens with a name is enough
    ("Bernard Vincent. La guerra de las Alpujarras, en …" + "Almeria. 2019: 122–137").
    """
    return (
        separator in ".;"  # "Routledge. New York; Abingdon. 2020": two places of one imprint
        and SENTENCE_IMPRINT_RE.match(rest) is not None
        and (cues.has_title(prev) or _author_opens(_after_lead(prev)))
        and not cues.has_imprint(prev)
    )


def _lead_then_new_source(text: str) -> bool:
    """Does TEXT open a new source with a lead-in and a name ("See also Pierre Doe, *Title*
    …")? A short form before it ("Cochin, “Éloge,” 73.") is finished, not a title running on."""
    lead = LEAD_IN_RE.match(text)
    if lead is None or lead.group().strip().casefold().startswith("in"):
        return False
    return cues.starts_with_name(text[lead.end() :])


def _after_lead(text: str) -> str:
    """TEXT without the lead-in it opens with: "cfr. Bernard Vincent" -> "Bernard Vincent"."""
    lead = LEAD_IN_RE.match(text)
    return text[lead.end() :] if lead else text


def _plain_title_runs_on(prev: str, cur: str, rest: str, separator: str) -> bool:
    """A plain title with full stops of its own ("C. KLAPISCH-ZUBER, In search of ancestors."
    + "The family genealogists of Florence …, in …, Turnhout, Brepols, 2017"): PREV has
    names and no more, CUR is no commentary and opens no name, and the citation's date
    comes before the note's next semicolon."""
    return (
        separator == "."
        and "*" not in prev  # italics would have marked the title
        and cur[:1].isupper()
        and cues.unfinished_citation(prev)
        and not cues.starts_with_name(cur)
        and not _lead_then_new_source(cur)
        and not cues.is_commentary(cur)
        and YEAR_RE.search(rest.split(";", 1)[0]) is not None
    )


# at most one plain sentence (a subtitle), then a journal in italics: "Enfermedad y funerales
# de Galdós. *La Aventura de la Historia*, 255. 2020: 20–25"
JOURNAL_AHEAD_RE = re.compile(r"(?:[^.*;]{3,200}?\.\s+)?(?=\*[^*]+\*)")


def _journal_follows(prev: str, rest: str, separator: str) -> bool:
    """ENAH and ISO 690 articles cut at their full stops: PREV names the authors (and the
    title), REST goes on to the journal and at once its year, the sentences between being
    the title's."""
    ahead = JOURNAL_AHEAD_RE.match(rest) if separator == "." and "*" in rest else None
    if ahead is None or not isoshape.journal_then_year(rest[ahead.end() :]):
        return False
    heads = [
        prev,
        prev[citation_start(prev) :],
        *(prev[m.end() :] for m in INNER_LEAD_RE.finditer(prev)),
    ]
    return (
        any(cues.starts_with_name(head) or _author_opens(head) for head in heads[:4])
        and not cues.has_imprint(prev)
        and not YEAR_RE.search(prev)
    )


SUBTITLE_RE = re.compile(r"[^.*;«»“”\"]{3,200}?\.\s+")  # one plain sentence: "Cultura visual. "


def _subtitle_then_container(prev: str, rest: str, separator: str) -> bool:
    """ISO 690: "ZUÑIGA, J.-P. «Muchos negros»." + "Cultura visual." + "En GARCÍA, R.C. eds.
    *Africanos* …": a quoted title's subtitle, then the book or journal it is in."""
    if separator != "." or not cues.titles(prev) or YEAR_RE.search(prev):
        return False
    sentence = SUBTITLE_RE.match(rest)
    return (
        sentence is not None
        and _opens_container(rest[sentence.end() :])
        and _author_opens(prev)
        and not cues.has_imprint(prev)
    )


def _lead_then_names(text: str) -> bool:
    """Does TEXT end with a lead ("see") and names only: "Para una visión distinta, véase
    Jordi Canal" (the title follows in the next sentence)?"""
    lead = LEAD_IN_RE.match(text)
    if lead and cues.name_only(text[lead.end() :]):
        return True
    return any(cues.name_only(text[m.end() :]) for m in INNER_LEAD_RE.finditer(text))


def _plain_author(text: str) -> str:
    """TEXT with an author in italics, as German law prints it, made plain, a lead-in
    dropped: "Siehe *Greyerz*, Passagen und Stationen" -> "Greyerz, Passagen und Stationen"."""
    lead = LEAD_IN_RE.match(text)
    return statement.plain_names(text[lead.end() :] if lead else text)


CAPITALS_WORD_RE = uregex.compile(r"[A-Z]{2,}[\s,-]")  # "GIMENO, H.", "VAL VALDIVIESO"


def _opens_container(text: str) -> bool:
    """ "En *Revista*, 2017", "In: LIMA, R. (ed.) …": the book or journal a part belongs to."""
    found = IN_RE.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    if rest[:1] in '*“"«„' or CAPITALS_WORD_RE.match(rest):
        return True  # "En *Revista*", "En GIMENO, H. ed.": a title or an editor in capitals
    return ":" in found.group() and rest[:1].isupper()  # "In: Lima, R. (ed.)", not "In Rome"


def _author_opens(text: str) -> bool:
    """Does an author open TEXT, after a lead-in at most ("Véase MUSSET, A. Título")?"""
    return cues.starts_with_name(text) or bool(FAMILY_CAPITALS_RE.search(text, 0, NAME_REACH))


NAME_REACH = 40  # characters: a lead-in ("En particular", "Para una visión diferente, ver")


def _access_date_only(text: str) -> bool:
    """A sentence that is only an access date ("Accessed 3 May 2019", "Consulté le …")."""
    match = ACCESSED_RE.match(text.strip())
    return match is not None and match.end() >= len(text.strip().rstrip(" .)]"))


def _link_only(text: str) -> bool:
    """Only a link and its label ("URL : http://…"): it is attached by the link rules, and
    an access date after it goes with it, not into a citation of its own."""
    rest = LINK_LABEL_RE.sub("", URL_RE.sub("", text))
    return not any(c.isalpha() for c in rest)


# a name in capitals that ends a piece: "… *in*: CARVALHO, Maria", "DE SOUSA BASTOS, Ana C."
CAPITALS_NAME_AT_END_RE = uregex.compile(
    r"""(?:^|(?<=[\s:(]))
    [A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)*,\s+      # the family name in capitals
    (?:(?:[A-Z][\w'’-]*\.?|d[aeo]s?|von|van)\s*){1,5}  # given names, initials, particles
    (?:\([^()]*\))?$                              # a role: "(Orgs.)", "(ed.)"
    """,
    re.VERBOSE,
)


def _name_list_goes_on(prev: str, cur: str) -> bool:
    """ABNT and ISO 690 list authors with semicolons, family names in capitals: "In:
    GRINBERG, Keila; SALLES, Ricardo (org.)", "FRIDENSON, Patrick ; FRIDENSON, Michelle,
    L'empreinte …": a piece that ends with such a name alone, the next opening with one."""
    first = cur.split(",")[0].strip()
    if (
        "," in cur
        and first.isupper()
        and len(first) > 1
        and CAPITALS_NAME_AT_END_RE.search(prev.rstrip(" .")) is not None
    ):
        return True
    # Zotero's German styles: "Prinz, Claudia; Schlotheuber, Eva; Hohls, Rüdiger: Vorwort …",
    # "in: Wozniak, Thomas; Nemitz, Jürgen; Rohwedder, Uwe (Hg.): …": the next piece is a name
    # alone, or one that a colon or a role closes
    return (
        INVERTED_NAME_AT_END_RE.search(prev.rstrip(" ")) is not None
        and INVERTED_NAME_OPENS_RE.match(cur) is not None
    )


# one inverted name, family and given names as written ("Wozniak, Thomas", "Hohls, Rüdiger")
INVERTED_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2}"
INVERTED_NAME_AT_END_RE = uregex.compile(rf"(?:^|(?<=[\s:(]))(?:{INVERTED_NAME})$")
INVERTED_NAME_OPENS_RE = uregex.compile(rf"^(?:{INVERTED_NAME})(?:\s*\([^()]*\))?\s*(?::\s|$)")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same pieces
def citation_start(text: str) -> int:
    """Where the source begins in a piece that opens with a lead-in or commentary."""
    if cues.SAME_AUTHOR_RE.match(text):
        return 0  # "______. Cidade febril …", "Id., Storia …": the same author's next work
    match = LEAD_IN_RE.match(text)
    if match and not cues.is_commentary(_after_leads(text[match.end() :])):
        return match.end() + citation_start(text[match.end() :])
    if _titled_supra(text):
        return 0  # "Convention for the Protection of Human Rights, *supra* note 6 at 36"
    ibid_at = inner_ibid(text)
    if ibid_at and not cues.has_source(text[:ibid_at]):
        return ibid_at  # "As argued in ibid., sec. 19 and …": the ibid. comes first
    backref = _backref_name(text)
    if backref and not cues.starts_with_name(text) and find_opcit(text):
        inner = _after_inner_lead(text)
        if inner is not None and inner < backref and _name_sentence_before(text[inner:backref]):
            return inner  # "véase Bernard Vincent. La guerra de las Alpujarras, op. cit."
        return backref  # "Sobre a Gazeta da Tarde, ver MACHADO, op. cit., p. 140"
    joined = cues.CONJUNCTION_RE.match(text)  # "…; e COSTA, Emília Viotti da. Da senzala …"
    if joined and cues.starts_with_name(text[joined.end() :]):
        return joined.end()
    opens_with_source = (
        cues.starts_with_name(text)
        or text.lstrip()[:1] in "*“\"‘'«„"
        or cues.is_ibid(text)
        or FAMILY_CAPITALS_RE.match(text) is not None  # "MUSSET, A. Between … Sciences: …"
    )
    inner = _after_inner_lead(text)
    if inner and not opens_with_source and not cues.has_source(text[:inner]):
        return inner  # "On this paradigm see Vladislav Zubok and Constantin Pleshakov, *…*"
    for finder in (_name_colon, _name_then_title):
        start = finder(text)
        if (
            start
            and not opens_with_source
            and not cues.titles(text[:start])
            and not cues.has_imprint(text[:start])
            and not cues.is_archival(text[:start])
            and not URL_RE.search(text[:start])  # "Title - Site, https://…, Stand: 06.07.2020"
        ):
            return start  # "Zum Begriff grundlegend Fritz Strich: …", "… with caution: Reilly, *…*"
    if not cues.is_commentary(text):
        return 0
    for finder in (
        _backref_name,
        _after_inner_lead,
        _case_name,
        _name_after_prose_word,
        _in_name,
        _name_then_title,
        _name_colon,
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
    return bool(stop) and cues.name_only(head)


# a short title before "supra": "Convention for the Protection of Human Rights, *supra* note 6"
SUPRA_TITLE_RE = uregex.compile(r"^(?P<title>[A-Z][^,;:]+),\s*\*?supra\b")
# where a word in capitals follows one in small letters: "discussed in |Council of … v UK"
AFTER_SMALL_WORD_RE = uregex.compile(r"\b[a-z]{2,}\s(?=\*?[A-Z])")


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
    if match is None or cues.titles(text[: match.start()]):
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
        if match.group().strip() not in SOURCE_LEAD_WORDS:
            continue  # "Papers on Time-Reckoning, ed. …": a title's small word, no prose lead
        count = cues.leading_name_tokens(text[start : start + cues.NAME_SPAN])
        words = text[start:].split()[:count]
        if mask[start] or not count or not words[-1].endswith(","):
            continue
        if segments.is_place(" ".join(words).rstrip(",")):
            continue  # "Department of State to Embassy in Paris, telegram 1102, …"
        if cues.titles(text[:start]) or cues.has_imprint(text[:start]):
            return None  # "*Penser les migrations*, Rennes, Presses … François Rabelais, 2020"
        if _cites(text[start:], ()):
            return start
    return None


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
        opening = text[match.end() : match.end() + cues.NAME_SPAN]
        if cues.starts_with_name(opening) and _cites(text[match.end() :], ()):
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
            and cues.starts_with_name(rest)
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


def _name_colon(text: str) -> int | None:
    """German "Autor: Titel": "So zuletzt Jörg Albrecht: Weltliteratur im Zeitalter …"."""
    mask = protected(text)
    for match in cues.NAME_COLON_RE.finditer(text):
        if not mask[match.start("name")] and not segments.is_place(match.group("name")):
            author = _author_before_title(text, match.start("name"))
            return match.start("name") if author is None else author
            # not "(Chapel Hill: …)", "*… Wall: …*", "Новосибирск: Наука"
    return None


# a given name and a family name (initials between), closed by a comma: "Duncan J. Watts, "
AUTHOR_BEFORE_RE = uregex.compile(
    r"(?:^|(?<=\s))(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)+|\s+[a-z]{1,3}\s+|\s+)"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s*$"
)


def _author_before_title(text: str, start: int) -> int | None:
    """ "… is found in Duncan J. Watts, Small Worlds: The Dynamics …": in plain text a title
    with a subtitle looks like German "Name: Title"; a whole name and a comma before it say
    that the name is the author's and the words before the colon the title's."""
    found = AUTHOR_BEFORE_RE.search(text, max(0, start - cues.NAME_SPAN), start)
    if found is None or cues.titles(text[: found.start()]) or not cues.starts_with_name(
        text[found.start("name") :]
    ):
        return None
    return found.start("name")


def _by_name(text: str) -> int | None:
    match = BY_NAME_IN_RE.search(text)
    return match.start("name") if match and cues.has_title(text[match.end() :]) else None


def _possessive(text: str) -> int | None:
    match = POSSESSIVE_RE.search(text)
    return match.start("pos") if match else None


def _first_title(text: str) -> int | None:
    found = (next(italic_spans(text), None), next(quoted_spans(text), None))
    titles = [m.start() for m in found if m]
    return min(titles) if titles else None


def split_cited_in(text: str, piece: Piece, hereafter: tuple[str, ...] = ()) -> list[Piece]:
    """ "Roi Medvedev, “Vizit …,” 93-101, cited by Radchenko, Op. cit." holds two sources."""
    span = piece.text(text)
    mask = protected(span)
    for match in CITED_IN_RE.finditer(span):
        if mask[match.start()]:
            continue
        head, tail = span[: match.start()], span[match.end() :]
        if cues.is_citation(head, hereafter) and cues.is_citation(tail, hereafter):
            first = _trim(text, piece.start, piece.start + match.start())
            rest = Piece(piece.start + match.end(), piece.end)
            return [first, *split_cited_in(text, rest, hereafter)]
    return [piece]


EXPLANATORY_RE = uregex.compile(
    r"\s+\((?:arguing|noting|explaining|holding|finding|discussing|describing|suggesting|concluding"
    r"|narrowing|quoting|citing|observing|emphasizing|stating|rejecting|criticizing)\b.*\)$",
    re.S,
)
EXPLANATORY_RE = guarded(EXPLANATORY_RE)  # most notes hold none of its words


# ", shows that …", ", sur la place …": prose after a pinpoint ends the citation; a join word
# (lexicons/join_words.txt: ", sowie Lund, …") goes on to the next source
TRAILING_PROSE_RE = uregex.compile(
    r"(?<=\d|\.),\s+(?!"
    + lexicons.alternation(lexicons.words("join_words"))
    + r"\s|(?:ed|n\.|nn\.|note|notes|ff|f\.|sq|sqq|passim|here|hier|ici"
    r"|qui|esp|cf|pp?\.|S\.|vol|col|fol|fols|box|folder|item|at|bes|insb"
    r"|volume|number|issue|part|series|chapter"  # "…, volume 1, number 14 (Tulane, 1950)"
    r"|tesis|thèse|tese|tesi|thesis|diss|dissertation|mémoire|doctoral)\b)(?=[a-zà-ÿ]{3,}\s|(?:on|of|to|for|by)\s+[“\x22‘«])"
)


# "…, 2017, véase pp. 78–83", "… 363–380, aldaar 366 <doi:…>": a word for "here, see" and
# the pinpoint (a link may follow) are no prose
HERE_PINPOINT_RE = uregex.compile(
    rf"{HERE}\s+(?:{LABELS}\s?)?{NUMBERS}(?:\s+<?(?:doi:|https?://)[^<>\s]+>?)?"
)


def _drop_explanation(text: str, piece: Piece) -> Piece:
    span = piece.text(text)
    match = EXPLANATORY_RE.search(span)
    if match:
        return Piece(piece.start, piece.start + match.start())
    prose = TRAILING_PROSE_RE.search(span)
    if (
        prose
        and not protected(span)[prose.start()]
        and re.search(r"\d", span[: prose.start()])
        and not HERE_PINPOINT_RE.fullmatch(span[prose.end() :].rstrip(" ."))
    ):
        return Piece(piece.start, piece.start + prose.start())
    return piece


def split_note(
    text: str, hereafter: tuple[str, ...] = (), known: KnownTitles = NO_TITLES
) -> list[tuple[Piece, str]]:
    """The spans of TEXT that are citations, each with the commentary before it.

    Args:
        text: the note.
        hereafter: the short forms the document announces ("hereafter RG 59, NA").
        known: the titles the document cites in full, by their authors' family names.
    """
    if URL_ONLY_RE.fullmatch(text.strip()):
        return [(_trim(text, 0, len(text)), "")]  # a note that is only a URL cites that page
    web_end = web_citation_end(text)  # its full stops part a title, a site and dates
    out = [(_trim(text, 0, web_end), "")] if web_end else []
    for piece in merge_pieces(text, pieces(text), known):
        if piece.start < web_end:
            continue
        for part in split_cited_in(text, piece, hereafter):
            span = part.text(text)
            start = _known_start(span, citation_start(span), known)
            trimmed = _drop_explanation(text, _trim(text, part.start + start, part.end))
            prefix = span[:start]
            joined_parts = _split_joins(text, trimmed, hereafter, known)
            listed = (p for j in joined_parts for p in _split_known_list(text, j, known))
            for joined_part in (p for j in listed for p in _split_commas(text, j)):
                for sub_part, joined in _split_and_title(text, joined_part):
                    body = sub_part.text(text)
                    if body and _cites(body, hereafter, known):
                        out.append((sub_part, SAME_AUTHOR_PREFIX if joined else prefix))
                    prefix = ""
    return out or _quotation_source(text)


QUOTATION_AFTER_RE = re.compile(r"\s*:\s*[\"“«„]")  # '*Title*: "…': the title, then what it says


# '"Epidemic Influenza," *British Medical Journal*, 1290–91': an unsigned article's title,
# its comma inside the quotes, then the periodical in italics
UNSIGNED_ARTICLE_RE = re.compile(r"[“\"‘][^”\"’]{2,200},[”\"’]\s*\*[^*]+\*")


def _quotation_source(text: str) -> list[tuple[Piece, str]]:
    """A note that quotes a passage and names its source, and cites nothing else: a title, a
    colon and the quotation ('*Diccionario*: "…"'), or the quotation, then the source in a
    short form ('"Así lo manda la ordenanza." Fernández de Oviedo, *Reglas del juzgado*.')."""
    opening = next(italic_spans(text), None)
    if opening and opening.start() == 0 and QUOTATION_AFTER_RE.match(text, opening.end()):
        return [(Piece(0, opening.end()), "")]
    quote = next(quoted_spans(text), None)
    if quote is None or quote.start() != 0:
        return []
    if UNSIGNED_ARTICLE_RE.match(text):
        return [(_trim(text, 0, len(text)), "")]  # its title, not a quotation: an article
    rest = _trim(text, quote.end(), len(text))
    return [(rest, "")] if rest.end > rest.start and has_short_shape(rest.text(text)) else []


def _known_start(span: str, start: int, known: KnownTitles) -> int:
    """Where a citation of a known work begins when the lead-in hid it ("for a contrasting
    reading, see Young, Ways of Reading Scripture"); else START."""
    if known.empty() or _cites(span[start:], ()):
        return start
    for match in NAME_START_RE.finditer(span, start):
        if known.cites(span[match.start() :]):
            return match.start()
    return start


def _cites(span: str, hereafter: tuple[str, ...], known: KnownTitles = NO_TITLES) -> bool:
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
    )


def _site_page(span: str) -> bool:
    """A web page named after its site's domain, with its link: "arthistoricum.net, Titel,
    https://…" (the site stands where an author would)."""
    return DOMAIN_START_RE.match(span) is not None and URL_RE.search(span) is not None


def _split_joins(
    text: str, piece: Piece, hereafter: tuple[str, ...], known: KnownTitles = NO_TITLES
) -> list[Piece]:
    """Cut at " and ", " sowie ", " et " … where a finished citation ends and another begins
    ("*Osman v UK* (n 5) 226 and *Barrett v Enfield LBC* (n 17)"); a lead-in after the
    word ("and see …") is dropped."""
    span = piece.text(text)
    for match in join_points(span, protected(span)):
        head = span[: match.start()]
        lead = LEAD_IN_RE.match(span[match.end() :])  # "and see", "sowie vgl."; no other prose
        begin = match.end() + (lead.end() if lead else 0)
        tail = span[begin:]
        if (
            _opens_after_join(tail, comma=bool(match.group("comma")))
            and not cues.locator_only(tail)  # "Box 1 and Box 5", "S. 12 und S. 14"
            and _cites(head, hereafter, known)
            and _cites(tail, hereafter, known)
        ):
            first = _trim(text, piece.start, piece.start + match.start())
            rest = Piece(piece.start + begin, piece.end)
            return [first, *_split_joins(text, rest, hereafter, known)]
    return [piece]


# a web site named by its domain: "arthistoricum.net, Michelangelos Schlacht …"
DOMAIN_START_RE = re.compile(r"[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}\b(?![./]\w)")


def _opens_after_join(tail: str, comma: bool) -> bool:
    """Can TAIL, after a join word, open a citation: a capital, a title's emphasis or quote,
    an ibid., a site's domain. After ", and" a title alone is the same author's next work
    ("…, 1985), and *The Chinese Debate* …"), which _split_and_title cuts."""
    if tail[:1].isupper() or cues.is_ibid(tail) or DOMAIN_START_RE.match(tail):
        return True
    return not comma and tail[:1] in "*“\"‘'«„"


# ", " or ", and " before a capital: where a list of full citations may go on
COMMA_JOIN_RE = uregex.compile(r",\s+(?:(?:and|&)\s+)?(?=[A-Z])")


def _split_commas(text: str, piece: Piece) -> list[Piece]:
    """Cut a list of full citations joined by commas, as `@a, @b, and @c are …` renders
    ("Angell, *The Great Illusion* (…, 1911), Solomon William Polachek, “Conflict and Trade,”
    … 24, no. 1 (1980): 55–78, and Martin Philippe, …"): the part before ends a citation
    dated in brackets, the part after opens with a person's name and is dated so too."""
    span = piece.text(text)
    if ", " not in span or len(DATED_RE.findall(span)) < 2:  # two dated citations at least
        return [piece]
    return _cut_comma_list(text, piece, CITATION_END_RE, _dated_citations_meet)


def _dated_citations_meet(head: str, tail: str) -> bool:
    return cues.starts_with_name(tail) and _dated(tail) and _dated(head)


def _cut_comma_list(
    text: str, piece: Piece, head_end: re.Pattern[str], meet: Callable[[str, str], bool]
) -> list[Piece]:
    """PIECE cut at every comma join (outside titles and brackets) whose part before ends as
    HEAD_END says and where MEET(part before, part after) holds."""
    span = piece.text(text)
    mask = protected(span)
    for match in COMMA_JOIN_RE.finditer(span):
        head, tail = span[: match.start()], span[match.end() :]
        if mask[match.start()] or not head_end.search(head):
            continue
        if meet(head, tail):
            first = _trim(text, piece.start, piece.start + match.start())
            rest = Piece(piece.start + match.end(), piece.end)
            return [first, *_cut_comma_list(text, rest, head_end, meet)]
    return [piece]


TITLE_OR_PAGE_END_RE = re.compile(r"(?:[”’\"*]|\d)$")


def _split_known_list(text: str, piece: Piece, known: KnownTitles) -> list[Piece]:
    """Cut a list of short forms joined by commas, as `see @a, @b, and @c` renders in
    shortened notes ("Rodríguez and Rodrik, “Trade Policy”, Dollar and Kraay, “Trade, Growth,
    and Poverty”, and Tavares, “…”"): the part before ends a title or a pinpoint (not
    "Idem": "Idem, London, Londoners …" is one citation), the part after opens with a known
    author and the start of their title."""
    if known.empty():
        return [piece]
    return _cut_comma_list(text, piece, TITLE_OR_PAGE_END_RE, partial(_known_short_follows, known))


def _known_short_follows(known: KnownTitles, head: str, tail: str) -> bool:
    return known.cites(tail) and _cites(head, ())


DATED_RE = re.compile(r"\((?:[^()]*[\s,:])?(?:1[5-9]|20)\d\d\)")  # "(1980)", "(Oxford, 2015)"


def _dated(span: str) -> bool:
    """A full citation's date in brackets, as note styles print an imprint or an issue."""
    return DATED_RE.search(span) is not None


# "…, 1985), and *The Chinese Debate …* (…, 1987)": a second work by the same author
AND_TITLE_RE = re.compile(r"\),\s+(?:and|&|und|et|y|e)\s+(?=[*“\"‘«„])")
SAME_AUTHOR_PREFIX = "and "  # the prefix that tells parse_note to repeat the author before


def _split_and_title(text: str, piece: Piece) -> list[tuple[Piece, bool]]:
    """Cut after an imprint where "and" opens another title: (piece, same author as before)."""
    span = piece.text(text)
    for match in AND_TITLE_RE.finditer(span):
        head, tail = span[: match.start() + 1], span[match.end() :]
        if cues.has_imprint(head) and cues.has_imprint(tail):
            first = Piece(piece.start, piece.start + match.start() + 1)
            rest = Piece(piece.start + match.end(), piece.end)
            return [(first, False), *[(p, True) for p, _ in _split_and_title(text, rest)]]
    return [(piece, False)]


# a link's visible text that cites nothing: "online", "here", "PDF", "JSTOR", a URL or DOI
_LINK_WORDS_MAX = 4
_RESIDUE_WORDS_MAX = 3  # "Available at", "Online at", "See"


def whole(text: str) -> Piece:
    """All of TEXT as one piece, trimmed like any other."""
    return _trim(text, 0, len(text))


def link_only(text: str, piece: Piece, links: tuple[tuple[int, int], ...]) -> bool:
    """Is PIECE nothing but the visible text of LINKS ((start, end) in TEXT) and a lead-in?

    Such a piece ("[link](url)", "Available here.") is no citation of its own: its links
    belong to the citation before it.
    """
    inside = [(max(s, piece.start), min(e, piece.end)) for s, e in links]
    inside = [(s, e) for s, e in inside if s < e]
    if not inside:
        return False
    residue = list(text[piece.start : piece.end])
    for start, end in inside:
        shown = text[start:end]
        if not _names_nothing(shown):
            return False
        residue[start - piece.start : end - piece.start] = " " * (end - start)
    rest = "".join(residue)
    words = re.findall(r"\w+", rest)
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        return False  # "Martin Mueller, http://…": who made the page, not a lead-in
    return len(words) <= _RESIDUE_WORDS_MAX and not re.search(r"\d|\*", rest)


def _names_nothing(shown: str) -> bool:
    """A URL, a DOI, or a few words with no figure and no title in italics."""
    stripped = shown.strip(" .,;:()[]<>")
    if re.match(r"(?:https?://|www\.|doi:|10\.\d{4,}/)", stripped, re.IGNORECASE):
        return True
    return len(stripped.split()) <= _LINK_WORDS_MAX and not re.search(r"\d|\*", stripped)
