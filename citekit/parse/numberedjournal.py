"""A plain title, then a journal known by the numbers a reference list prints after it.

Science and medicine lists, copied into notes, print an article without italics or quotes and
its journal's numbers in many shapes: "…, Lancet 2006, 367: 659-667", "…, Chromosome Research
17, 229-238", "…, Science 2000, 288, (5465), 494-497", "…, Eur Respir J. 2012; 40(2): 497-500".
The note grammar's plain journal (plainjournal.py) knows only a note's "17 (1991)" and labelled
volumes; the reference-list grammar (refbody.py) knows these. Here each comma of the text after
the names, from the last, is tried as the end of the title: the first whose remainder the
reference grammar reads as a journal with numbers gives the article.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import deferred, refbody
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.patterns import EDITION_RE
from citekit.parse.places import is_place

# a journal's name: a capital opens it, it holds a word of two letters, and it is no label
# ("Vol. 5(4)", "pp. 174", "No. 3", "Abschn. 2" are numbers, not the journal)
NAME_RE = deferred.compile(
    r"^(?!(?:[Vv]ol(?:ume)?s?|[Nn]o|[Nn]r|pp?|[Pp]ages?|[Ii]ssue|Kap|[Cc]hap|[Cc]h|S|[Pp]t|Abs|Abschn)\b)"
    r"[A-Z].*[^\W\d_]{2}"
)
# a label closing the name, whose number is a page, part or chapter, not a volume: "…, S. 377",
# "Bd. = Jg. 62, H. 1", "ANSI/NISO, sekc. 31", "Symbole, Kap. 7"
LABEL_END_RE = deferred.compile(
    r"(?:^|[\s,.])(?:[SsPp]|pp|H|Jg|Bd|Kap|[Cc]hap|sekc|[Nn]r|[Nn]o|[Tt]|z|[Hh]eft)\.?$"
)
LONG_WORD_RE = deferred.compile(r"[^\W\d_]{3}")  # a journal's name holds a word: not "Bd. = Jg"
MAX_TAIL_COMMAS = 6  # the journal and its numbers: "Journal, Vol. 12, No. 3, 2001, pp. 3-9"
CUT_RE = deferred.compile(r",\s+|(?<=[^\W\d_]{3})\.\s+(?=[A-Z])")  # where the title may end
# the word before a full stop: "… positive case. Comm. Math. Phys 326": "Math." and "Comm."
# are a journal's abbreviations (lexicons/venue_abbreviations), no title's last word
LAST_WORD_RE = deferred.compile(r"(?P<word>[A-Z][a-z]+)\.$")
VENUE_WORDS = lexicons.words("venue_abbreviations")
# a book's "Place: Publisher": "Munich: Beck 1922–1961, Kap. 13" (a place's words before it)
# ("Berlin/New York: de Gruyter 1996": a publisher's name may open with a particle)
PLACE_COLON_RE = deferred.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?):\s+(?:(?:de|di|du|van|von|le|la)\s+)?[A-Z]"
)
# a part of a book or a book: "Chapter. In: H. Eyferth (Hrsg.) Handbuch. Luchterhand, Neuwied
# 1984, 199-205", "Title, Series, Volume 13 (Washington: Catholic University Press, 2016)"
IN_BOOK_RE = deferred.compile(
    r"(?:^|[.,;]\s)[Ii]n:?\s|\((?:[Hh]rsg|[Ee]ds?|[Hh]g)\.?\)|\([^()]*:\s"
)
# a note's imprint in parentheses: "(Macmillan; Co., Limited., 1921), 57", "(Freeman, 1968)"
PAREN_IMPRINT_RE = deferred.compile(r"\([^()]*[^\W\d_][^()]*[,;]\s*(?:1[5-9]|20)\d\d\)")


def numbered_journal_article(rest: str, people: dict[str, str]) -> Parsed | None:
    """REST, the citation after its names (PEOPLE), read as "Title, Journal NUMBERS";
    None when no cut leaves a journal with a volume (pages and a year alone may be a book's:
    "…, Universidad de Sevilla, 2004, pp. 310-315")."""
    if IN_BOOK_RE.search(rest) or PAREN_IMPRINT_RE.search(rest) or _imprint(rest):
        return None
    if EDITION_RE.search(rest):
        return None  # "Haithabu. Ein Handelsplatz …, 8. Aufl., Neumünster": a book's edition
    cuts = [m for m in CUT_RE.finditer(rest) if m.start() > 0 and not _in_venue(rest, m)]
    cuts = cuts[::-1][:MAX_TAIL_COMMAS]
    for cut in cuts:
        fields: dict[str, str] = {}
        tail = rest[cut.end() :]
        if not NAME_RE.match(tail) or refbody.parse_body(tail, fields) != "article":
            continue
        journal = fields.get("journal", "")
        if not _journal_name(journal) or not fields.get("volume"):
            continue
        title = clean_title(rest[: cut.start()])
        if not title or not title[0].isupper():
            return None
        return Parsed("article", {"title": title, **people, **fields}, None)
    return None


def _in_venue(rest: str, cut) -> bool:
    """Does CUT, a full stop, close a capitalised venue abbreviation ("Nucl.", "Math.")?"""
    word = LAST_WORD_RE.search(rest, 0, cut.start() + 1)
    return bool(word) and word.group("word").casefold() in VENUE_WORDS


def _imprint(rest: str) -> bool:
    """A book's "Place: Publisher" in REST."""
    return any(is_place(m.group("place")) for m in PLACE_COLON_RE.finditer(rest))


def _journal_name(name: str) -> bool:
    """NAME may be a journal's: a capital opens it, a word of three letters is in it, no
    label ends it."""
    return bool(NAME_RE.match(name) and LONG_WORD_RE.search(name)) and not LABEL_END_RE.search(name)
