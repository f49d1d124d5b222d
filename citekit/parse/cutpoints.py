"""Where a note may be cut: at ";" between sources and at sentence ends, never inside a
title, a quotation or brackets, nor after an abbreviation or an initial."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citekit import lexicons
from citekit.parse import cues, deferred, memo, namecues, segments, uregex
from citekit.parse.patterns import (
    ABBREVIATIONS,
    IBID_WORDS,
    LEAD_IN_RE,
    MONTH_RE,
    SENTENCE_END_RE,
    italic_spans,
    quoted_spans,
)

BRACKET_RE = re.compile(r"[()\[\]]")
# a sentence end typed without its space after a number: "Mss. Latin 11506–10.The affinities"
# (the stop first, its digit looked behind for: the engine skips from stop to stop)
GLUED_END_RE = re.compile(r"\.(?<=\d\.)(?=[A-Z][a-z]{2,}\s)")
SEMICOLON_RE = re.compile(";")
# "L. Rev.", "J. 12"; not a lead word, which opens a sentence ("…, maço 2.410. Cf. CHALHOUB, …")
ABBREVIATION_NEXT_RE = uregex.compile(
    r"(?!(?:Cf|Cfr|Vgl|Vid|Srov|Jf|Jfr)\.)[A-Z][a-z]{0,3}\.(?=\s*(?:[A-Z]|\d))"
)
# a volume in roman numerals and a number after an abbreviation in italics: "*T.Vindol.* II 291",
# "*Op. Rom.* IV 12" go on with the siglum's volume and item, no sentence opens there ("I" alone
# may be the pronoun)
ROMAN_NUMBER_NEXT_RE = deferred.compile(r"(?!I\s)[IVX]{1,5}\s+\d+(?![\w.]\w)")
_INITIALS_RE = uregex.compile(
    r"(?:^|[\s(])(?:[A-Z]\.)+$|(?:^|[\s.]|(?<=\.)-)[A-Z]$"
)  # "A.M." or "T" before ".", "J.-P."


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
    for semicolon in SEMICOLON_RE.finditer(text):  # not a loop over every character in Python
        i = semicolon.start()
        if not mask[i] and not _between_places(text, i):
            points.append((i, i + 1, ";"))
    for match in SENTENCE_END_RE.finditer(text):
        ender, at = match.start(), match.start("end")  # a "?" or "!" is itself the sentence's end
        dot = ender if text[ender] in "?!" else text.rfind(".", 0, at + 1)
        # 'has it." Sergey' ends a quoted sentence; 'reformam...” Rossiisaia' ends a title
        closes_quote = text[dot + 1 : dot + 2] in ("”", '"', "’", "*") and text[dot - 1] != "."
        asks = text[dot] in "?!"  # a question in a title: “… Pontike?” *Il Mar Nero* 9 (2019)
        if dot < 0 or (mask[dot] and (asks or not closes_quote or _within_brackets(text, dot))):
            continue
        if _abbreviation_before(text, dot) and not _prose_after_backref(text, dot, match.end()):
            continue
        if ABBREVIATION_NEXT_RE.match(text, match.end()) and not _initialism_after_prose(
            text, dot, match.end()
        ):
            continue  # "45 Stan. L. Rev. 123": a run of abbreviations, not a new sentence
        if text.startswith("*", at) and ROMAN_NUMBER_NEXT_RE.match(text, match.end()):
            continue  # "*T.Vindol.* II 291"
        points.append((_closing_italics_end(text, at), match.end(), "."))
    glued = (m.end() - 1 for m in GLUED_END_RE.finditer(text))  # "11506–10.The affinities"
    points.extend((dot, dot + 1, ".") for dot in glued if not mask[dot])
    if ".)" in text:  # the cheap test first: most notes hold no bracketed sentence
        points.extend((m.end(), m.end(), ".") for m in _bracketed_sources(text))
    return sorted(points)


# a sentence in brackets of its own after a sentence of commentary, a source as a rule: "…
# for mating. (Tom Ash, ‘Signals’, *Biology* 4 (1993): 126.) Aggregation …", "(Ibid., 127.)";
# its bracket first, what stands before it looked behind for: the engine skips to brackets
PAREN_SENTENCE_RE = re.compile(
    r"\((?:(?<=[.!?]\s\()|(?<=[.!?][)”’\"»]\s\())(?:[^()]|\([^()]*\))+?\.\)(?=\s|$)"
)


def _bracketed_sources(text: str) -> list[re.Match[str]]:
    """The bracketed sentences of TEXT that open with a name or an ibid. ("(Tom Ash, …)",
    "(Ibid., 127.)"); one that says more of the citation before it ("(Reprinted on …)")
    stays with it."""
    found = []
    for match in PAREN_SENTENCE_RE.finditer(text):
        inner = after_lead(text[match.start() + 1 : match.end() - 1])
        if namecues.starts_with_name(inner) or cues.is_ibid(inner):
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
    when commentary follows ("Ibid. S. 4", "Ibid. Vol. 2" go on with the pinpoint); so does
    the abbreviation that closes a page, before commentary or a lead-in ("S. 215 ff. Die
    Funde aus dem Hafen sind …", "S. 12 ff. Vgl. auch …")."""
    start = _word_start(text, dot)
    word = text[start:dot].lstrip("*")
    following = text[after : after + PROSE_SPAN]
    if PAGE_CLOSING_WORD_RE.fullmatch(word) and PAGE_BEFORE_RE.search(text, 0, start):
        return cues.is_commentary(following) or LEAD_IN_RE.match(following) is not None
    return bool(BACKREF_WORD_RE.fullmatch(word)) and cues.is_commentary(following)


# what closes a page and the pages after it: "S. 215 ff.", "p. 12 f.", "pp. 4 sqq.", "45 et seq."
PAGE_CLOSING_WORD_RE = uregex.compile(r"(?i:ff|f|sqq?|seqq?|ss)")
PAGE_BEFORE_RE = deferred.compile(r"\d[a-z]?\s*(?:et\s+)?$")  # "215 ", "12r ", "45 et "


# the place before and after a semicolon; PLACE_BEFORE_RE spans at most 33 characters, so it
# is searched in a window, not in the whole note before the semicolon (linear in the note)
# (a list of places: "Berlin; Heidelberg; New York: Springer", each semicolon in turn)
PLACE_BEFORE_RE = deferred.compile(r"(?:^|[.,;]\s)([^.,;:]{1,30}\.?)$")
PLACE_BEFORE_SPAN = 33
PLACE_AFTER_RE = deferred.compile(r"\s*([^.,;:]{1,30}\.?)\s*(?::\s|;\s*[^.,;:]{1,30}\.?\s*[:;]\s)")


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
# the second publisher, its own place before it or not: "; Red Columnaria, 2020", "; São
# Paulo: EDUSP, 1994"
PUBLISHER_AFTER_RE = uregex.compile(
    r"\s*(?:[A-Z][^.;:,]{1,40}:\s+)?[A-Z][^.;:,]{1,60},\s*(?:1[5-9]|20)\d\d\b"
)


# the article or preposition before a German ordinal: "im 19. Jahrhundert", "zum 3. Mal"
# or another ordinal and "und": "im 16. und 17. Jahrhundert"
ORDINAL_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:im|des|der|dem|den|das|die|zum|zur|vom|am|bis|ins|beim|seit)"
    r"|(?<!\d)\d{1,2}\.\s+(?:und|oder|bis))\s+$"
)
ORDINAL_REACH = 12  # characters: "16. und " and the longest of the words, with its space
EDITION_WORD_RE = re.compile(
    r"(?:Aufl|Auflage|ed|éd|edn|edição|edición|izd|изд|wyd|vyd|uitg|druk|Ausg|Ausgabe"
    r"|Heft|Band|Bd|Teil|Jahrgang|Jg|Lieferung)\b",  # German issues and parts: "2. Heft"
    re.IGNORECASE,
)


def _within_brackets(text: str, dot: int) -> bool:
    """Does the full stop at DOT close a quotation inside brackets that go on after it ("…, at
    218–19 (noting that … “rigid disciplines ruled.” Today, mistakes are cheap.)")? The
    bracket's sentences belong to the citation before it. A bracket that closes with the
    quotation ('5 (“He divides his book.”) Maria Lund, …') is cut after, as before."""
    after = text[dot + 2 :].lstrip()[:1]  # after the stop and the closing quotation mark
    if not after or after in ")]":
        return False
    depth = 0
    for bracket in BRACKET_RE.finditer(text, 0, dot):  # only at a quotation's stop: rare
        depth += 1 if bracket.group() in "([" else -1 if depth else 0
    return depth > 0 and (")" in text[dot:] or "]" in text[dot:])


# a word of prose in small letters before the stop ("… development circumstances.")
PROSE_WORD_END_RE = re.compile(r"(?<![\w.'’-])[a-z]{3,}$")
# an initialism written with its stops and no space: "U.S.", "N.Y.", "U.K."
INITIALISM_RE = re.compile(r"(?:[A-Z]\.){2,}(?=\s)")


def _initialism_after_prose(text: str, dot: int, after: int) -> bool:
    """Does a sentence of prose end at DOT and the next open with an initialism ("…
    circumstances. U.S. Gov’t Accountability Office, …")? A run of abbreviations ("45 Stan. L.
    Rev.") has no word of prose in small letters before it."""
    word = text[_word_start(text, dot) : dot]
    return bool(PROSE_WORD_END_RE.search(word)) and bool(INITIALISM_RE.match(text, after))


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
            out.append((trim(text, start, end), kind))
        start = resume
    if start < len(text):
        out.append((trim(text, start, len(text)), ""))
    return tuple((_unbracketed(text, p), kind) for p, kind in out if p.end > p.start)


def bracketed(text: str, piece: Piece) -> bool:
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
        return trim(text, piece.start + 1, piece.end - 1)
    return piece


def trim(text: str, start: int, end: int) -> Piece:
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
    return word in KEPT_DOT_WORDS or span.endswith("...")


KEPT_DOT_WORDS = lexicons.words("kept_dot_words")  # "al", "ff", "ibid", "cyt"


def after_lead(text: str) -> str:
    """TEXT without the lead-in it opens with: "cfr. Bernard Vincent" -> "Bernard Vincent"."""
    lead = LEAD_IN_RE.match(text)
    return text[lead.end() :] if lead else text


def whole(text: str) -> Piece:
    """All of TEXT as one piece, trimmed like any other."""
    return trim(text, 0, len(text))
