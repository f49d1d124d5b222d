"""A periodical's name and the numbers after it, however a reference list punctuates them.

The patterns of refbody.ARTICLE_RES each read one style's order; science and computing lists
vary it freely: "Information Systems 20(2), pp. 155-183 (1995)", "Thin Solid Films 216, 84-89,
(1992)", "Geology, v. 24, pp. 851-854. 1997", "Critical Inquiry 13.2 (1989): 287-292",
"J. Logic Programming, 5 207-229 (1988)", "Nano Lett. 2010, 10, 1012". Here the name ends
where the first number (or a "vol."/"no."/"pp." label) begins, and the rest is read item by
item: labelled numbers, "20(2)", a page range, a year, bare numbers (volume, then pages).
A tail holding more than a few words besides is no periodical's.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, uregex
from citekit.parse.imprint import MONTH_NUMBERS, PUBLISHER_WORDS_RE

# where the numbers begin: a label or a digit (a letter may lead one: "A27", "B200"); French
# CSL prints the issue "nᵒ 811" (U+1D52) or "no 7"
START_RE = deferred.compile(
    r"(?:[,.:]?\s+|\s*\(|,)(?=(?:[Vv]ol(?:ume)?s?\.?|v\.|[Nn]o\.|[Nn]o(?=\s\d)|n[°ºᵒ]|[Nn]r\.|[Ii]ssue"
    r"|pp?\.?|[Pp]ages)"
    r"\s*[A-Z]?\d|[A-Z]?\d|[IVXLC]{2,}\b)"
)
MONTHS = "|".join(sorted((re.escape(m) for m in MONTH_NUMBERS), key=len, reverse=True))
# "2 Aug.", "30 October": a day and month, no volume
DAY_RE = rf"\d{{1,2}}\s+(?i:{MONTHS})\b\.?"
# a sentence inside the name: "Ontario, Canada. Geology", "II. Acta Mathematica"
SENTENCE_RE = deferred.compile(r"\.\s+(?=[A-Z])")
ROMAN_RE = deferred.compile(r"^(?:[IVXLC]+|\d+)$")
ITEM_RE = uregex.compile(
    rf"(?P<day>{DAY_RE})|(?P<bracket>\[[^\]]*\])|"  # "[arXiv:hep-ph/9905221]": a note
    r"(?:[Vv]ol(?:ume)?s?\.?|v\.)\s*(?P<vol>[A-Z]?\d+|[IVXLC]+\b)"
    r"|(?:[Nn]o\.?|n[°ºᵒ]|[Nn]r\.?|[Ii]ssue|H\.)\s*(?P<no>\d+(?:\s*[–/-]\s*\d+)?)"
    r"|(?:pp?\.?|[Pp]ages?|P\.|S\.)\s*(?P<pp>[A-Z]?\d+(?:\s*[–—_-]+\s*[A-Z]?\d+)?)"
    r"|(?P<vi>[A-Z]?\d+)\s*\((?!(?:1[5-9]|20)\d\d\))(?P<iss>\d+(?:\s*[–/-]\s*\d+)?)\)"
    # ACS: "Science 2000, 288, (5465), 494-497": the issue in brackets after the volume's comma
    r"|\((?!(?:1[5-9]|20)\d\d\))(?P<paren>\d+(?:\s*[–/-]\s*\d+)?)\)"
    r"|(?P<vd>\d+)\.(?P<dn>\d+)\b"
    r"|(?P<year>(?<!\d)(?:1[5-9]|20)\d\d(?!\d)(?!\s*[–—-]+\s*\d))[a-z]?"  # "1797-1803": pages
    r"|(?P<count>\d+\s*(?:pp?\.?|S\.)(?!\s*\d))"  # "368 pp.": a book's length
    r"|(?P<range>[A-Z]?\d+\s*[–—-]+\s*[A-Z]?\d+)"
    r"|(?P<num>[A-Z]?\d+)\b"
    r"|(?P<word>[^\W\d_][\w'’.-]*)"
)
# punctuation between items; not a bracket that holds an issue alone ("(5465)", not "(1992)")
SKIP_RE = deferred.compile(
    r"(?:[\s,.:;)\]]|\((?!(?!(?:1[5-9]|20)\d\d\))\d+(?:\s*[–/-]\s*\d+)?\)))+"
)
# pages after a date in parentheses and a colon, as Chicago prints them
COLON_PAGES_RE = deferred.compile(r"\)\s*:\s*(?P<pages>[A-Z]?\d+(?:\s*[–—-]+\s*[A-Z]?\d+)?)")
# words a periodical's tail may hold besides numbers: seasons, "Suppl.", "pp"
SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
TAIL_WORDS = SEASONS | {"suppl", "part", "pt", "pp", "p"}
# a status after the numbers: "to appear", "in press"
STATUS_RE = deferred.compile(r"\b(?:to\s+appear|in\s+press|forthcoming)\b", re.IGNORECASE)
MAX_WORDS = 0  # other words: more, and the tail is prose or an imprint
# a name that is no periodical's: a book's editors or container, a publisher, a sentence
NOT_NAME_RE = deferred.compile(
    r"\b(?:In|in|edited|eds?\.|Eds?\.|by|[Rr]eport|[Tt]hesis|[Dd]issertation)\b|[:;]\s|\d{4}"
    r"|[“”\"«»]|\((?:dir|eds?|trans|Hrsg|comp)\.?\)|^(?:pp?|vols?|v|no|nr)$",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 14
# a physics journal's series letter printed against its volume: "Phys. Rev. D46 (1992)",
# "Nucl. Instrum. Meth. A462", "Int. J. Mod. Phys. A28" (the journal is "Phys. Rev. D")
SERIES_VOLUME_RE = deferred.compile(r"([A-EX])\d")
VENUE_ABBREVIATIONS = lexicons.words("venue_abbreviations")  # "trans", "appl", "soc"
ABBREVIATIONS = lexicons.words("abbreviations")  # "st", "vol"
PERIODICAL_WORDS = lexicons.words("periodical_words")  # "journal", "review", "acta"


def periodical(rest: str) -> tuple[str, dict[str, str]] | None:
    """ "Geology, v. 24, pp. 851-854. 1997" -> ("Geology", {volume, pages, year}), or None."""
    start = START_RE.search(rest)
    if not start or start.start() == 0:
        return None
    before = rest[: start.start()].strip(" ,.")
    name = _months_off(before)
    if not _plausible_name(name):
        return None
    tail = rest[start.end() :]
    if name != before:  # "*Salon*, March 29, 2000": the day follows the month
        tail = re.sub(r"^\d{1,2}\b(?!\s*[(.:])", "", tail)
    found = _numbers(STATUS_RE.sub(" ", tail))
    if found is None or not _enough(found):
        return None
    series = SERIES_VOLUME_RE.match(tail)
    if series and rest[start.start()] == ".":
        name = f"{name}. {series.group(1)}"  # "Phys. Rev. D46": the series is the name's
    return name, found


def _months_off(name: str) -> str:
    """ "Man Ther. May", "L’Aide-soignante, janvier": the issue's month is no part of the name."""
    words = name.split()
    while words and _dated_word(words[-1].strip(".,").casefold()):
        words.pop()  # "August 9, 2016" alone: a date, no name left
    return " ".join(words).strip(" ,.")


def _dated_word(word: str) -> bool:
    return word in MONTH_NUMBERS or word in SEASONS


def split_sentence(name: str) -> tuple[str, str]:
    """ "Ontario, Canada. Geology" -> ("Ontario, Canada", "Geology"): the words before the
    last sentence inside a periodical's name belong to the title. A sentence is two words or
    more, or a numeral ("Fourier integral operators. II."); abbreviations stand alone
    ("J. Opt. Soc. Am.", "Proc. Natl. Acad. Sci.")."""
    cut = start = 0
    for match in SENTENCE_RE.finditer(name):
        chunk = name[start : match.start()].split()
        if chunk and _abbreviated(chunk[-1]):  # "ACM Trans. Math.", "Bank of St. Louis"
            start = match.end()
            continue
        if len(chunk) > 1 or (chunk and ROMAN_RE.match(chunk[0])):
            cut = match.end()
        start = match.end()
    return name[:cut].rstrip(" ."), name[cut:]


def abbreviation_end(text: str) -> bool:
    """Whether TEXT ends in a journal name's abbreviated word ("…, Clim", "J. Appl"), so
    that the period after it ends no sentence."""
    words = text.split()
    return bool(words) and len(words[-1]) > 1 and _abbreviated(words[-1].lstrip('(“"‘'))


def _abbreviated(word: str) -> bool:
    """ "Trans", "J", "St": a venue's abbreviation or a common one, or an initial."""
    folded = word.casefold()
    return len(word) == 1 or folded in VENUE_ABBREVIATIONS or folded in ABBREVIATIONS


def _plausible_name(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= MAX_NAME_WORDS
        and name.count("(") == name.count(")")
        and re.search(r"[^\W\d_]{2}|^[A-Z]&[A-Z]$", name) is not None  # "A&A": a journal
        and not NOT_NAME_RE.search(name)
        and (not PUBLISHER_WORDS_RE.search(name) or _periodical_word(words))
    )


def _periodical_word(words: list[str]) -> bool:
    """ "Journal of the Optical Society of America B": a periodical's word names it one,
    though a publisher's ("Society") is among its words too."""
    return any(w.strip(".,:").casefold() in PERIODICAL_WORDS for w in words)


def numbers_only(text: str) -> bool:
    """Whether TEXT holds nothing but a periodical's numbers and dates ("v. 24, pp. 851-4.")."""
    return _numbers(text) is not None


def _enough(found: dict[str, str]) -> bool:
    """A volume with pages, an issue or a year; or a page range."""
    if "-" in found.get("pages", ""):
        return True
    return "volume" in found and len(found) > 1


def _numbers(tail: str) -> dict[str, str] | None:
    """The volume, number, pages and year of TAIL, or None when words other than a date's
    are left over."""
    found: dict[str, str] = {}
    tail = _volume_issue(tail, found)
    words = 0
    at = 0
    while at < len(tail):
        skip = SKIP_RE.match(tail, at)
        if skip:
            at = skip.end()
            continue
        item = ITEM_RE.match(tail, at)
        if not item:
            return None
        at = item.end()
        if item.group("day") or item.group("bracket"):
            continue
        if item.group("count"):
            return None
        if item.group("word"):
            word = item.group("word").strip(".").casefold()
            if word not in MONTH_NUMBERS and word not in TAIL_WORDS:
                words += 1
            if words > MAX_WORDS:
                return None
            continue
        _take(item, found)
    _paren_year_last(tail, found)
    colon = COLON_PAGES_RE.search(tail)
    if colon and _pages(colon.group("pages")) != found.get("pages"):
        # "1-2 (2020): 1--19": the pages follow the date's colon; the range before, an issue's
        found.setdefault("volume", found.get("pages", "").replace("-", "–") or None)
        found["pages"] = _pages(colon.group("pages"))
    return {k: v for k, v in found.items() if v}


# a volume and its issue joined at the tail's start: "33:3: 333" (volume, issue, pages, colons
# between), "45-3, 2001, p. 658" and "vol 79-3, 2006, pp. 483" (French: a dash or slash, the
# pages labelled after, so that the joined pair is no range of pages)
VOLUME_ISSUE_RE = deferred.compile(
    r"^[\s,.]*(?:(?P<v1>\d{1,4}):(?P<n1>\d{1,3}):\s*(?P<pages>\d+(?:\s*[–-]\s*\d+)?)\b"
    r"|(?:[Vv]ol\.?\s*)?(?P<v2>\d{1,4})[-/](?P<n2>\d{1,2}),(?=.*\bpp?\.\s*\d))"
)


def _volume_issue(tail: str, found: dict[str, str]) -> str:
    """TAIL without the volume and issue it opens with, joined (they go to FOUND)."""
    if ":" not in tail and "-" not in tail and "/" not in tail:
        return tail  # the cheap test
    match = VOLUME_ISSUE_RE.match(tail)
    if match is None:
        return tail
    found["volume"] = match.group("v1") or match.group("v2")
    found["number"] = match.group("n1") or match.group("n2")
    if match.group("pages"):
        found["pages"] = _pages(match.group("pages"))
    return tail[match.end() :]


# the year in brackets closing a physics entry: "Phys. Rev. A 50, 1764 (1994)."
PAREN_YEAR_END_RE = deferred.compile(r"\((?P<year>(?:1[5-9]|20)\d\d)\)[.\s]*$")


def _paren_year_last(tail: str, found: dict[str, str]) -> None:
    """ "50, 1764 (1994)": the bracketed year is the year, the page before it only looked
    like one (read first, it was taken for the year and the year for the pages)."""
    if ")" not in tail[-3:] or found.get("pages") == found.get("year"):
        return
    last = PAREN_YEAR_END_RE.search(tail)
    if last and found.get("pages") == last.group("year") and found.get("year"):
        found["pages"], found["year"] = found["year"], last.group("year")


def _take(item: re.Match[str], found: dict[str, str]) -> None:
    group = item.groupdict()
    if group["vol"] or group["vi"] or group["vd"]:
        found.setdefault("volume", _digits(group["vol"] or group["vi"] or group["vd"]))
    if group["paren"] and "volume" in found and "pages" not in found:
        found.setdefault("number", group["paren"].replace(" ", ""))
    elif group["paren"]:
        found.setdefault("volume" if "volume" not in found else "pages", group["paren"])
    if group["no"] or group["iss"] or group["dn"]:
        found.setdefault("number", (group["no"] or group["iss"] or group["dn"]).replace(" ", ""))
    if group["range"] and found.get("pages", "-").isdigit() and "number" not in found:
        # ACM's "26, 11 (1983), 832-843": the bare number before a range was the issue
        found["number"] = found.pop("pages")
    if group["pp"] or group["range"]:
        found.setdefault("pages", _pages(group["pp"] or group["range"]))
    if group["year"] and "year" not in found:
        found["year"] = group["year"]
    elif group["num"] or (group["year"] and "volume" in found):  # "2010, 10, 1979": pages
        # a bare number: the volume first ("Thin Solid Films 216"), then the pages ("10, 1012")
        key = "volume" if "volume" not in found and "pages" not in found else "pages"
        found.setdefault(key, _digits(group["num"] or group["year"]))


def _digits(text: str) -> str:
    return re.sub(r"^[A-Z](?=\d)", "", text)


def _pages(text: str) -> str:
    return "-".join(_digits(p.strip()) for p in re.split(r"\s*[–—_-]+\s*", text))
