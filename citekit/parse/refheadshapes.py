"""Entry heads the other finders of refnames.read_head pass over:

    SIERVO (M.), GREY (P.), NYAN (O.A.) 2006, A pilot study …   (French lists: the family in
        capitals, the initials in brackets after it)
    Furhmann, T. & Blikstein, P. (in preparation). Introducing …  (APA: a status for a date)
    1968 Tzeltal Numerical Classifiers: A Study … Mouton.   (an entry under its author's
        heading, opening with its year)
    Wolfgang Jantzen: Isolation. In: R. Bauer (Hrsg.): Lexikon …   (German lists: a name in
        direct order closed by a colon, the container after "In:")
    COTTA RAMOSINO L., 1999, "Il supplizio …"; INSEE, 2009, Le commerce …   (names that no
        other finder reads as names, then the year between commas or before a colon)

Each gives a Head, as the finders of refyearheads do, or None. After any finder, a year
opening the rest is the entry's when it has no other ("Carles. 1871 Monographie de …").
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.imprintorder import only_place
from citekit.parse.patterns import YEAR
from citekit.parse.pinpoint import LABEL_START_RE
from citekit.parse.refpeople import Head, people_head
from citekit.parse.refyearheads import TITLE_ARTICLES, has_title_marks, names_block, worded

# one name: the family in capitals, the initials in brackets ("DUPONT (J.-P.)", "NYAN (O.A.)")
BRACKETED = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*\s\((?:[A-Z][a-z]?\.\s?-?){1,3}\)"
BRACKETED_HEAD_RE = deferred.compile(
    rf"^(?P<names>{BRACKETED}(?:(?:,\s|\s(?:et|and|&)\s){BRACKETED})*)"
    rf"(?:,?\s(?:et\sal\.?,?\s)?\(?(?P<year>{YEAR})[a-z]?\)?)?[.,:]?\s+(?=\S)"
)
ONE_BRACKETED_RE = deferred.compile(
    r"(?P<family>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*)\s\((?P<given>[^()]+)\)"
)
# a status where the year would be: "(in preparation).", "(in press),", "(forthcoming)."
STATUS_RE = deferred.compile(
    r"\s*\((?i:in\spreparation|in\spress|forthcoming|submitted|under\sreview|to\sappear)\)"
    r"[.,:]?\s+"
)
# the year opening an entry, then its title: "1968 Tzeltal …", "1975. The Making …"
YEAR_FIRST_RE = deferred.compile(rf"^(?P<year>{YEAR})[a-z]?[.,:]?\s+(?=[A-Z“\"‘«*])")
# names, then ", 1999," or ", 2018:" (no digit, quote or bracket among the names)
COMMA_YEAR_HEAD_RE = deferred.compile(
    rf"^(?P<names>[^\d“\"«(*:;]{{2,120}}?),\s(?P<year>{YEAR})[a-z]?[,:]\s+(?=\S)"
)
# a family name, a comma, given names written out (no initial alone), then other names after
# commas: "Smith, John, and Jane Doe", "Boubakri, Narjess, Ghoul, Sadok El, and Saffar, Walid"
INVERTED_FULL_BLOCK_RE = deferred.compile(
    r"^[A-Z][\w'’-]+,\s[A-Z][\w'’-]*[a-z](?:\s[A-Z][\w'’.-]*)?"
    r"(?:,\s(?:(?:and|&)\s)?[A-Z][\w'’-]*[a-z](?:\s(?:[A-Z]\.|[\w'’-]+)){0,3})*$"
)
FAMILY_INITIALS_RE = deferred.compile(
    r"(?P<family>[^\W\d_][\w'’ -]*?)\s(?P<given>(?:[A-Z]\.-?\s?){1,3})"
)
# the American Meteorological Society's names (and other sciences'): the first inverted, the
# others in direct order with initials ("Camargo, S. J., K. A. Emanuel, and A. H. Sobel")
_INITIALS = r"[A-Z]\.(?:[\s-]?[A-Z]\.){0,2}"
_FAMILY = r"[A-Z][\w'’-]+(?:,?\s(?:Jr|Sr)\.)?"
INVERTED_THEN_DIRECT_RE = deferred.compile(
    rf"^{_FAMILY},\s{_INITIALS}(?:(?:,\s(?:and\s)?|,?\s(?:and|&)\s){_INITIALS}\s{_FAMILY})+$"
)
# "Wolfgang Jantzen: Title. In: …" (two or three capitalised words, the first no article)
DIRECT_COLON_RE = deferred.compile(
    r"^(?P<names>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){1,2}):\s+(?=\S)"
)
IN_COLON_RE = deferred.compile(r"[.,]\s+In:\s")  # the container's mark with its colon (DIN 1505)
YEAR_ANYWHERE_RE = deferred.compile(rf"(?<!\d){YEAR}(?!\d)")
MIN_TITLE_WORDS = 3  # "1984. London: Secker, 1949.": a title that is a year, not a head
MIN_SUBTITLE_WORDS = 3  # "Genetics: efficient multivariate analysis …" (a publisher is shorter)


def bracketed_initials(text: str) -> Head | None:
    """ "SIERVO (M.), GREY (P.) 2006, Title": the names, each family with its initials."""
    if " (" not in text[:40]:
        return None
    match = BRACKETED_HEAD_RE.match(text)
    if match is None:
        return None
    people = tuple(
        f"{m.group('family')}, {m.group('given')}"
        for m in ONE_BRACKETED_RE.finditer(match.group("names"))
    )
    return Head(people, "author", match.group("year"), text[match.end() :].strip())


def status_for_year(text: str) -> Head | None:
    """ "Furhmann, T. & Blikstein, P. (in preparation). Title": names, and no year yet."""
    if "(" not in text[:300]:
        return None
    match = STATUS_RE.search(text[:300])
    block = text[: match.start()] if match else ""
    plain = block.replace(".*", ".")  # "Furhmann, T.*": a corresponding author's star
    if not match or not block or has_title_marks(plain) or worded(plain):
        return None
    return people_head(block, None, text[match.end() :], inverted=True)


def year_first(text: str) -> Head | None:
    """ "1968 Tzeltal Numerical Classifiers. Mouton.": no names, the year, then the title."""
    match = YEAR_FIRST_RE.match(text) if text[:1] in "12" else None
    if match is None:
        return None
    rest = text[match.end() :]
    if len(re.split(r"[.:]\s", rest, maxsplit=1)[0].split()) < MIN_TITLE_WORDS:
        return None
    return Head((), "author", match.group("year"), rest)


def direct_colon(text: str) -> Head | None:
    """ "Wolfgang Jantzen: Isolation. In: …": a direct-order name closed by a colon, where the
    container's "In:" shows the German list ("Moby Dick: Or, the Whale" is a title)."""
    match = DIRECT_COLON_RE.match(text) if ": " in text[:60] else None
    if match is None or not IN_COLON_RE.search(text, match.end()):
        return None
    block = match.group("names")
    if not names_block(block) or block.split()[0].casefold() in TITLE_ARTICLES:
        return None
    return people_head(block, None, text[match.end() :], inverted=False)


def names_comma_year(text: str) -> Head | None:
    """ "COTTA RAMOSINO L., 1999, Title", "MITTICA G., KINDBERG JACOBSEN J., 2018: Title",
    "INSEE, 2009, Le commerce …": a names block, then its year between commas; each name
    with its initials after it, or all in capitals (mixed case: other finders read it)."""
    match = COMMA_YEAR_HEAD_RE.match(text[:200]) if ", " in text[:120] else None
    if match and _pinpoint_follows(text[match.end() :]):
        return None  # "CHALHOUB, 2010, p. 40": an author-date citation's page, no entry's title
    block = match.group("names").strip() if match else ""
    if not block or not names_block(block) or not re.search(r"[^\W\d_]{2}", block):
        return None
    parts = [FAMILY_INITIALS_RE.fullmatch(p.strip()) for p in block.split(",")]
    if all(parts):  # every part "Family I.": the initials after each family
        people = tuple(f"{p.group('family')}, {p.group('given').strip()}" for p in parts)
        return Head(people, "author", match.group("year"), text[match.end() :], True)
    if INVERTED_THEN_DIRECT_RE.match(block):  # "Camargo, S. J., and A. H. Sobel, 2007:"
        head = people_head(block, match.group("year"), text[match.end() :], inverted=False)
        comma = match.group().rstrip().endswith(",")  # "2007: Title. Journal": no comma ends it
        return Head(head.people, head.role, head.year, head.rest, comma)
    full = _inverted_full(block, match, text)
    if full is not None:
        return full
    if not block.isupper():
        return None  # "Armando Cortesão e …, Portugaliae Monumenta, Lisboa, 1960": a title's
    head = people_head(block, match.group("year"), text[match.end() :], inverted=True)
    return Head(head.people, head.role, head.year, head.rest, True)


def _inverted_full(block: str, match: re.Match[str], text: str) -> Head | None:
    """ "Mukherji, Rahul, 2008, ‘Title’", "Smith, John, and Jane Doe, 2008, Title",
    "Boubakri, Narjess, Ghoul, Sadok El, and Saffar, Walid, 2012, Title": given names written
    out, the first name inverted; the others in direct order where each is two words or more
    ("Jane Doe"), else inverted too ("Ghoul, Sadok El")."""
    if not INVERTED_FULL_BLOCK_RE.match(block):
        return None
    others = [p.strip().removeprefix("and ").removeprefix("& ") for p in block.split(",")[2:]]
    direct = all(len(p.split()) > 1 for p in others)
    head = people_head(block, match.group("year"), text[match.end() :], inverted=not direct)
    comma = match.group().rstrip().endswith(",")  # "2012: Title. Journal": no comma ends it
    return Head(head.people, head.role, head.year, head.rest, comma)


def _pinpoint_follows(rest: str) -> bool:
    label = LABEL_START_RE.match(rest)
    return label is not None and rest[label.end() : label.end() + 1].isdigit()


def leading_year(head: Head) -> Head:
    """HEAD with the year that opens its rest ("Carles. 1871 Monographie …", "Irmtraud Schnell:
    2014 Dank an …") taken, where the names had none and the entry names no other year (a
    title may open with a year: "1848: The Year of Revolution. London, 1990")."""
    if head.year is not None or not head.people or head.rest[:1] not in "12":
        return head
    found = year_first(head.rest) or _year_then_colon_title(head.rest)
    if found is None or YEAR_ANYWHERE_RE.search(found.rest):
        return head
    return Head(head.people, head.role, found.year, found.rest, head.comma)


def _year_then_colon_title(text: str) -> Head | None:
    """ "2013. TATES: efficient multivariate analysis for association studies. PLoS Genet":
    after the names, a year whose title opens with a word and its colon (Annual Reviews'
    "Sluis S, Posthuma D. 2013. Title"); not a place and its publisher ("1984. London:
    Secker and Warburg"), which year_first leaves alone too."""
    match = YEAR_FIRST_RE.match(text)
    sentence = re.split(r"\.\s", text[match.end() :], maxsplit=1)[0] if match else ""
    head, colon, tail = sentence.partition(": ")
    if not colon or only_place(head) or len(tail.split()) < MIN_SUBTITLE_WORDS:
        return None
    return Head((), "author", match.group("year"), text[match.end() :]) if match else None
