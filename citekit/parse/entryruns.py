"""Author-date reference entries a note states after prose, one after another, or beside other
citations and commentary: "Technical books include Bishop, C. 2006. Pattern Recognition.
Springer; Koller, D. and Friedman, N. 2009. Graphical Models. MIT Press.", "Ross 1985:48;
Lane, Mary A. 2001. "Title." Journal 30(6):775–810.", "Ross, Ann. 1997. Title. Boston: Beacon.
Ross studied the contractors of the district."

Scholars who write author-date references paste their reference-list entries into notes as
they print them (ASA, Chicago author-date, APA, Harvard): names inverted, the year closed by a
full stop, a colon (German), or in Harvard's brackets with the title right after ("Worster, D.
(1979) *Dust Bowl*. New York: …"), then the title. The note grammar cuts such an entry at "2006."
and takes the names for a title; the entry reader (refnote) reads a note only when the whole of
it is one entry (leadentry: after "See"). Here each entry is cut from its head to the next
one's, or to the "; ", the sentence of commentary or the clause its imprint runs on into
("… Press, who blames the drought …") that closes it, and read by the entry reader; what stands
between the entries (prose, short forms "Ross 1985:48", "; compare Lane 2001:60") is left to
the note grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citekit import lexicons
from citekit.parse import localeterms, memo
from citekit.parse.namecues import PARTICLES
from citekit.parse.patterns import LEAD_IN_RE, YEAR
from citekit.parse.prefilter import GuardedBy
from citekit.parse.reference import Reference
from citekit.parse.refnote import reference_note

FAMILY = r"[A-Z][\w'’-]+"  # Bishop, Koller
INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"  # "C.", "J. C.", "C.R."
GIVEN = r"[A-Z][a-z][\w'’-]*(?:\s(?:[A-Z][a-z][\w'’-]*|[A-Z]\.))*"  # "Greta R.", "Neil J."
INVERTED = rf"{FAMILY},\s+{INITIALS}"  # "Koller, D."
INVERTED_GIVEN = rf"{FAMILY},\s+(?:{INITIALS}|{GIVEN})"  # "Krippner, Greta R."
DIRECT = rf"(?:{INITIALS}|{GIVEN})\s?{FAMILY}"  # "C.R. Shalizi", "Richard Swedberg"
# a later name of the list, its family name perhaps opened by particles: "de la Rosa, J."
SMALL_PARTICLES = lexicons.alternation(p for p in lexicons.words("name_particles") if p.islower())
LISTED = rf"(?:{SMALL_PARTICLES}\s+){{0,2}}{INVERTED}"
# Harvard's year in brackets with no full stop, the title right after it: "Worster, D. (1979)
# *Dust Bowl*", "Hansen, Z.K. and Libecap, G.D. (2004) 'Small farms …'", "Knowles, A.K. (ed.)
# (2008) *Placing History*", "Lund, P. (n.d.) *Seed Banks*. Available at: …"
# (or the CSL locales' "no date", parse.localeterms: "(s.d.)", "(o. J.)", "(b.r.)")
NO_DATE = lexicons.alternation(localeterms.NO_DATE)
HARVARD_DATE = rf"\((?:{YEAR}[a-z]?|n\.\s?d\.|{NO_DATE})\)"  # "(1979)", "(2008a)", "(n.d.)"
HARVARD_YEAR = rf"(?:\s+\(eds?\.?\))?\s+{HARVARD_DATE}\s(?=[*'‘’\"“]|[A-Z][a-z])"
# the year after the names: after a full stop ("Karl. [1944] 2001.", "C. 2006."), a comma
# after an initial ("Smith, J., 2006."), or in brackets ("Scott, J. C. (1998)."); not after a
# comma and a word ("Bilbao, Arco, 2019." closes a note's imprint)
YEAR_CLOSE = (
    rf"(?:(?:(?:\.?(?<=\.)|(?<=\.),)\s+(?:\[{YEAR}\]\s+)?\(?{YEAR}[a-z]?\)?"
    rf"|,?\s+\({YEAR}[a-z]?\))\.\s"
    rf"|,?\s+\({YEAR}[a-z]?\):\s"  # German: "Brandt, Susanne (2010): Title"
    rf"|{HARVARD_YEAR})"
)
# the head of an entry: its names, then the year closed by a full stop ("Scott, J. C.
# (1998).", "Polanyi, Karl. [1944] 2001.", "Smelser, Neil J., and Richard Swedberg, eds. 2005.",
# "Vander Linden, K.; Cumming, S.; and Martin, J. 1992.")
ENTRY_HEAD_RE = re.compile(
    rf"(?<![\w'’-]){INVERTED_GIVEN}"
    rf"(?:[,;]?\s+(?:and|&)\s+(?:{LISTED}|{DIRECT})|[,;]\s+{LISTED})*"  # "; and Friedman, N."
    rf"(?:,?\s+et\s+al\.)?(?:,\s+eds?\.)?{YEAR_CLOSE}"  # "Marsh, J. et al. (2004)"
)
# behind the comma and capital every head opens with ("Koller, D.", "Krippner, Greta R."): the
# pattern opens with a look-behind, so the engine tries it at every position of every note
ENTRY_HEAD_RE = GuardedBy(ENTRY_HEAD_RE, re.compile(r",\s+[A-Z]"))
# what joins one entry to the next: "; ", "; and ", ". "
JOIN_END_RE = re.compile(r"[\s;,]*(?:\band\s*)?$")
# what opens the stretch after an entry: "; ", "; and ", ". "
JOIN_START_RE = re.compile(r"^[\s;,.]*(?:and\b\s*)?")
# an entry's sentence ends: a full stop, perhaps inside closing quotes, then a capital
# (not an initial's: "Marsh, R. T., et al."); the look-behinds are written after the stop, so
# that the engine skips from stop to stop (tests/parse/test_rewritten.py)
SENTENCE_END_RE = re.compile(r"\.(?<=[\w)*]\.)(?<![\s.][A-Z]\.)[”\"’']?\s+(?=[A-Z*])")
ANY_STOP_RE = re.compile(r"\.[”\"’']?\s")  # a full stop before any word, in small letters too
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
# small words an entry's sentences hold (a title's "of", "edited by", "presented at the")
ENTRY_WORDS = frozenset(
    word.rstrip(".")
    for word in lexicons.words("title_case_small_words") | lexicons.words("entry_sentence_words")
)
MIN_PROSE_WORDS = 3  # small words besides those that make a sentence commentary


@dataclass(frozen=True)
class Stretch:
    """Part of a note: an entry with its reading, or what stands between entries (entry
    None), left to the note grammar."""

    start: int
    end: int
    entry: Reference | None = None


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the notes it rereads
def entry_run(text: str) -> tuple[Stretch, ...] | None:
    """The stretches of TEXT, in order, when TEXT holds an entry beside prose or other
    citations, or several entries; None when it holds none, a single entry and nothing else
    (leadentry reads it), or when any stretch from one head to the next opens no entry."""
    found = [head for head in ENTRY_HEAD_RE.finditer(text) if not _joined_name(text, head)]
    heads = [(_names_start(text, head.start()), head.end()) for head in found]
    if not heads or _inside_names(text[: heads[0][0]]):
        return None  # "De Raedt, L. (1993).", "…, Van Poppel, H. (2019).": one entry's names
    out = [Stretch(0, heads[0][0])] if text[: heads[0][0]].strip() else []
    ends = [start for start, _ in heads[1:]] + [len(text)]
    for (start, head_end), end in zip(heads, ends, strict=True):
        close = start + _entry_end(text[start:end], head_end - start)
        span = JOIN_END_RE.sub("", text[start:close]).rstrip()
        entry = reference_note(span)
        if entry is None or not entry.fields.get("title"):
            return None  # "Smith, J. 2004. And then …": not an entry, the note grammar reads it
        out.append(Stretch(start, start + len(span), entry))
        after = close + JOIN_START_RE.match(text[close:end]).end()
        if text[after:end].strip():
            out.append(Stretch(after, end))
    if len(out) == 1:
        return None  # one entry, the whole note: leadentry reads it
    return tuple(out)


# the words before a head's family name that may be its particles: "Van Rooden, P.", "Van der
# Woude, A."
PARTICLES_BEFORE_RE = re.compile(r"(?:(?<=\s)|^)(?:[^\W\d_]{1,3}\s+){1,2}$")


def _names_start(text: str, head: int) -> int:
    """Where the names of the head at HEAD begin: before the particles of its family name when
    the first is written with a capital ("Zie ook Van Rooden, P. (2004).", "De Raedt, L."); a
    particle in small letters may be the note's word ("les travaux de Dupont, J. (2001)")."""
    run = PARTICLES_BEFORE_RE.search(text, 0, head)
    words = list(WORD_RE.finditer(text, run.start(), head)) if run else []
    while words and not (words[0].group()[:1].isupper() and _all_particles(words)):
        words = words[1:]
    return words[0].start() if words else head


def _all_particles(words: list[re.Match[str]]) -> bool:
    return all(word.group().casefold() in PARTICLES for word in words)


def _entry_end(span: str, head: int) -> int:
    """Where the entry SPAN opens ends: at its first "; " after the HEAD's year that parts no
    list of names (an entry holds none; another citation follows), before a sentence of
    commentary after its title and one more sentence ("… Boston: Beacon Press. Polanyi never
    defined it."), or before a clause of commentary its imprint runs on into
    (imprint_prose_at); else at SPAN's end."""
    semicolon = _closing_semicolon(span, head)
    end = semicolon if semicolon >= 0 else len(span)
    title = ANY_STOP_RE.search(span, head, end)  # the first sentence after the head is its title,
    # whatever opens the next ("Spanish language models. arXiv:2107.07253 [cs]. https://…")
    for stop in SENTENCE_END_RE.finditer(span, title.end() if title else end, end):
        rest = span[stop.end() : end]
        goes_on = ENTRY_GOES_ON_RE.search(rest) or BOOK_PART_SENTENCE_RE.match(rest)
        if commentary(rest) and not goes_on or _lead_in_only(rest):
            return stop.start() + 1
    prose = imprint_prose_at(span[:end])
    return end if prose is None else prose


# a semicolon inside a list of inverted names, a container's editors: "In Dale, R.; Mellish, C.;
# and Zock, M., eds., …" (an inverted name with initials before it, one after it)
NAME_BEFORE_RE = re.compile(rf"(?<![\w'’-]){INVERTED}$")
NAME_AFTER_RE = re.compile(rf";\s+(?:(?:and|&)\s+)?{LISTED}")


def _closing_semicolon(span: str, head: int) -> int:
    """The first "; " in SPAN after HEAD that no names stand on both sides of, or -1."""
    at = span.find("; ", head)
    while at >= 0 and NAME_BEFORE_RE.search(span, 0, at) and NAME_AFTER_RE.match(span, at):
        at = span.find("; ", at + 2)
    return at


# the last sentence of an entry, when it is its imprint: "Albuquerque: University of New
# Mexico Press, pp. 61–86", "Washington, DC: Government Printing Office"
IMPRINT_SENTENCE_RE = re.compile(r"[A-Z][\w.,'’ -]{1,40}:\s+[A-Z]")
# what opens commentary after a publisher or a page, with no full stop before it
# (lexicons/title_prose_words.txt: ", who blames the drought", "Press gave it a wide
# readership"); not "for", which a publisher's name holds ("Published for the Society")
IMPRINT_PROSE_RE = re.compile(
    r"(?<=[^\W_]),?\s+"
    + lexicons.alternation(lexicons.words("title_prose_words") - {"for"})
    + r"\s+[a-z]"
)


# a sentence that closes with an imprint: "…, New York: Basic Books", "Boston: Beacon Press";
# not a book's "In:" before its editors ("In: Vogelstein B, Kinzler KW, editors.": Vancouver)
IMPRINT_END_RE = re.compile(r"(?:^|[.,]\s+)(?!In:)[A-Z][\w.,'’ -]{1,40}:\s+[A-Z][^:;]*$")


def commentary_at(text: str) -> int | None:
    """Where commentary after the imprint of the entry TEXT begins: a sentence of it after the
    imprint's ("… New York: Basic Books. Its author's institute designed the programme."), or
    a clause the imprint runs on into (imprint_prose_at); None where TEXT holds none."""
    if ":" not in text:
        return None  # both ask for an imprint's colon (asked of every note: the cheap test first)
    end = _imprint_sentence_end(text)
    prose = imprint_prose_at(text if end is None else text[:end])
    return end if prose is None else prose


def _imprint_sentence_end(text: str) -> int | None:
    """Where the sentence that closes with TEXT's imprint ends, when commentary follows it."""
    start = 0
    for stop in SENTENCE_END_RE.finditer(text):
        rest = text[stop.end() :]
        closes = IMPRINT_END_RE.search(text[start : stop.start()]) is not None
        if closes and commentary(rest) and not _entry_sentence(rest):
            return stop.start() + 1
        start = stop.end()
    return None


# an imprint, "(Moscow: ROSSPEN, 2001)", or a year in brackets in the sentence after: more of
# the entry (a title's colon taken for an imprint's: "…, Tragediia sovetskoi derevni:
# Kollektivizatsiia i raskulachivanie. Dokumenty i materialy, vol. 3 (Moscow: ROSSPEN, 2001)")
MORE_ENTRY_RE = re.compile(rf"[A-Z][\w.'’ -]{{1,40}}:\s+[A-Z]|\([^()]*{YEAR}[^()]*\)")


def _entry_sentence(rest: str) -> bool:
    """Does REST, what follows a sentence that closed with an imprint, go on with the entry?"""
    sentence = SENTENCE_END_RE.split(rest, 1)[0]
    if ENTRY_GOES_ON_RE.search(rest) or BOOK_PART_SENTENCE_RE.match(rest):
        return True
    return MORE_ENTRY_RE.search(sentence) is not None


def imprint_prose_at(text: str) -> int | None:
    """Where a clause of commentary begins that the imprint closing the entry TEXT runs on
    into with no full stop ("… Norman: University of Oklahoma Press gave it a wide
    readership."); None when TEXT's last sentence is no imprint or holds none."""
    stops = list(SENTENCE_END_RE.finditer(text))
    imprint = IMPRINT_SENTENCE_RE.match(text, stops[-1].end() if stops else 0)
    prose = IMPRINT_PROSE_RE.search(text, imprint.end()) if imprint else None
    return None if prose is None else prose.start()


def _lead_in_only(rest: str) -> bool:
    """Is REST, what stands between an entry's last sentence and the next entry, a lead-in
    alone ("… Hilversum: Verloren. Zie ook |Van Rooden, P. (2004).")? It opens the next
    source and belongs to neither."""
    words = rest.strip()
    lead = LEAD_IN_RE.match(f"{words} ·") if words else None  # a lead-in stands before a source
    return lead is not None and lead.end() == len(words) + 1


# what only an entry holds after its title: its container ("In M. Hendricks (Ed.), …"), where it
# was retrieved, a link; a sentence-case title before one is no commentary
ENTRY_GOES_ON_RE = re.compile(
    r"(?:^|\.[”\"’']?\s+)(?:In|Retrieved|URL|Available|Accessed)\b|https?://|\bdoi\b", re.I
)
# a sentence closed by a book's edition or pages in brackets, its imprint next: "Social,
# emotional, and personality development (5th ed., pp. 701–778). New York, NY: Wiley." (the
# title of a volume in APA's "Handbook: Vol. 3. Title (…)"), no commentary; prose that cites
# pages closes the note ("… in the later chapters (pp. 45–50).")
BOOK_PART_SENTENCE_RE = re.compile(
    r"[^()]*\((?:[^()]*,\s)?(?:pp?\.\s?\d|\d+(?:st|nd|rd|th)\s+ed)[^()]*\)\.\s+"
    r"[A-Z][\w.,'’ -]{1,40}:\s+[A-Z]"
)


# a full stop closing a sentence, the next perhaps in parentheses: "… Oration. (I know we …)"
CLOSING_STOP_RE = re.compile(r"(?<=[\w)*])(?<![\s.][A-Z])\.[”\"’']?\s+(?=\(?[A-Z])")
# what commentary after an entry does not hold: a date in brackets, a link, an inverted name
CITING_RE = re.compile(rf"\({YEAR}|https?://|www\.|\bdoi\b|[A-Z][\w'’-]+,\s+[A-Z]\.\s")
DATED_RE = re.compile(rf"\b{YEAR}")
# a periodical's sentence closing an entry: its name, then volume and pages ("… Gesellschaft
# 120. 288-304.", "… de la France 57:74-77.", "… Review 30(1), 49-63."): no commentary, however
# many small words its name holds, nor is a language named in brackets after it
ARTICLE_CLOSE_RE = re.compile(
    r"[^\W\d_]\s+\d{1,4}(?:\s*\([^()]{1,12}\))?\s*[:.,]\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?"
    r"\.?(?:\s*\([^()]{1,30}\)\.?)?\s*$"  # "(in German)." after it
)


def closing_commentary(text: str) -> int | None:
    """Where the sentences of commentary that close TEXT, a note read whole as one entry,
    begin ("Cronon, W. (1992) '…', *Journal of American History*, 78(4), pp. 1347–1376. Cronon
    reads Worster and Bonnifield as …"): after a dated first part, every sentence is prose
    (commentary) and cites nothing. None when TEXT closes with no such sentences."""
    for stop in CLOSING_STOP_RE.finditer(text):
        rest = text[stop.end() :]
        if not DATED_RE.search(text, 0, stop.start()) or CITING_RE.search(rest):
            continue
        if ARTICLE_CLOSE_RE.search(rest):
            return None  # the periodical the entry appeared in, not commentary after it
        sentences = [s for s in SENTENCE_END_RE.split(rest) if s.strip()]
        if not ENTRY_GOES_ON_RE.search(rest) and all(commentary(s) for s in sentences):
            return stop.start() + 1
    return None


def commentary(rest: str) -> bool:
    """Is the sentence REST opens with prose: several small words an entry does not hold?"""
    sentence = SENTENCE_END_RE.split(rest, 1)[0]
    small = [
        word
        for word in WORD_RE.findall(sentence)
        if word[:1].islower() and word.casefold().rstrip(".") not in ENTRY_WORDS
    ]
    return len(small) >= MIN_PROSE_WORDS


# a name, then "and " or "& " before a head: "Webber, Bonnie Lynn and |Mays, Eric (1983).", a
# co-author (not "…; and |Pell, K. 2015.", the next entry)
NAME_JOINER_END_RE = re.compile(r"[^\W\d_]\.?\s+(?:and|&)\s+$")


def _joined_name(text: str, head: re.Match[str]) -> bool:
    """Is HEAD a co-author's name in the names block before it, joined by "and" or "&"?"""
    return NAME_JOINER_END_RE.search(text, 0, head.start()) is not None


def _inside_names(before: str) -> bool:
    """Does BEFORE, the text ahead of the first entry's head, end inside that entry's names (a
    capitalised word, a particle, an ellipsis: "De Raedt", "Wellman Kephart", "Van Poppel",
    "Asgaard, G., ... Botros") rather than in prose ("Technical books include"), a colon or
    another citation ("Ross 1985:48; ")?"""
    words = before.split()
    if not words:
        return False
    last = words[-1]
    prose = last.endswith((":", ";")) or (
        last[:1].islower() and last.casefold().strip(".,;") not in PARTICLES
    )
    return not prose
