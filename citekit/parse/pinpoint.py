"""The pinpoint a citation ends with, read from its end whatever grammar read the rest.

Note styles put the pinpoint last in every language ("…, 2017, S. 36", "…, s. 139",
"… 363–380, aldaar 366", "…, S. 457 (470)"); the grammars that read the parts before it
miss labels they were not written for, or keep what stands before the pinpoint (a note
pointer "(note 3)", the article's own page range). This module settles the locator last.
"""

from __future__ import annotations

import re

from citekit import lexicons, nopage
from citekit.parse import localeterms, uregex
from citekit.parse.endanchored import EndAnchored
from citekit.parse.imprint import VOLUME_COUNT_RE, VOLUME_RE, is_page_range
from citekit.parse.patterns import PAGE_RANGE_RE, YEAR
from citekit.parse.prefilter import GuardedBy, guarded

# "p.", "S.", "с.", "§", "Kap.", "rozdz.": every label of lexicons/locator_labels.txt, and the
# CSL locales' page and folio labels (parse.localeterms): "стр.", "lpp.", "bls.", "σελ."
LABELS = lexicons.alternation(lexicons.words("locator_labels") | set(localeterms.PAGE_LABELS))
# "45", "45–47", "xii", "45, 49", "45 and 49", "224 f."
NUMBERS = (
    r"(?:\d+[rv]?|[xvilc]+|[XVILC]+)(?:\s*[-–—]\s*(?:\d+[rv]?|[xvilc]+))?"
    rf"(?:\s*(?:,|&|and|und|et|e|y|i|a)\s*(?!{YEAR}\b)\d+[rv]?(?:\s*[-–—]\s*\d+[rv]?)?)*"
    r"(?:\s*ff?\.)?"
)  # a year after the pages is the date: "p. 82–88, 2020"; folios recto/verso: "fols. 130r–203v"
# words for "here, in particular" before a pinpoint: "hier S. 19", "aldaar 366", "här 123"
HERE = (
    r"(?:hier|her|här|hér|on|aldaar|here|esp\.|especially|ici|qui|zde|tu|aquí|véase|dort"
    r"|insbes\.)"
)
LABELLED_END_RE = EndAnchored(  # searched from the last character no pinpoint holds
    uregex.compile(rf"(?:^|(?<=[\s,;:(]))(?:{HERE}\s+)?(?P<loc>{LABELS}\s?{NUMBERS})\s*[.)]?\s*$")
)
HERE_NUMBER_END_RE = guarded(  # tried at every position: first, is one of the words there?
    uregex.compile(rf"(?:^|(?<=[\s,;:(])){HERE}\s+(?P<loc>{NUMBERS})\s*\.?$"), shortest=2
)
# German law and history styles: the first page, then the pinpoint in brackets: "S. 457 (470)"
BRACKETED_PIN_END_RE = uregex.compile(
    rf"(?:^|(?<=[\s,]))(?:S\.\s?)?\d+\s*\((?!{YEAR}\))(?P<loc>\d+(?:\s*[-–—]\s*\d+)?"
    r"(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*(?:\s*ff?\.)?)\)\s*\.?$"
)
# US law: the pinpoint before the parenthetical of edition and year, after the first page of
# a part if there is one: "Fourth Series 158 (Jeremy Horder ed., 2000)", "… 157, 163 (2017)"
BEFORE_PARENTHETICAL_RE = uregex.compile(
    rf"(?<=[A-Za-z.:]\s)(?:\d+,\s*)?(?P<loc>\d+(?:\s*[-–]\s*\d+)?)\s+\([^():]*\b{YEAR}\)$"
)
PARTS = ("article", "incollection", "inproceedings")
CHAPTERS = ("incollection", "inbook", "inproceedings")
CHAPTER_SPAN = 10  # pages: fewer after a chapter's imprint are a pinpoint, not the chapter
# a bare range right after an imprint's closing parenthesis: "(Farnham: Ashgate, 2016), 21–30"
RANGE_AFTER_IMPRINT_RE = uregex.compile(rf"\b{YEAR}\)\s*,\s*(?P<range>\d+\s*[-–]\s*\d+)$")
# OSCOLA's chapter: its imprint in brackets with no place and no comma before the year, then
# the chapter's first page and the pinpoint after a comma: "(OUP 2015) 254, 257–60", "(2nd
# edn, Clarendon Press 1998) 59"; Chicago's "(Oxford: OUP, 2015), 254" is a pinpoint
OSCOLA_CHAPTER_END_RE = uregex.compile(
    rf"\((?:[^():]*,\s)?[^():,]*\s{YEAR}\)\s+(?P<first>\d{{1,5}})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?$"
)
# a volume, its year in brackets and a page with no mark between: "C 74 (2014) 2762", "3 (2008)
# S08003" (an article's own number)
FIRST_PAGE_AFTER_DATE_RE = uregex.compile(rf"\b\d+\s*\(\s*{YEAR}\s*\)\s*(?P<page>[A-Z]?\d+)$")
# a pointer to the note where the work was cited first: "(note 3)", "(Anm. 2)", "in n. 1";
# not a note on the page cited: "210 n. 1", "pp. 666–667 and note 19"
NOTE_POINTER_RE = GuardedBy(
    uregex.compile(
        r"\(?\s*(?:note|n\.|Anm\.|nota|przyp\.)\s?\d+\s*\)"
        r"|(?:^|(?<=[\s,*])(?<!\d\s)(?<!\d,\s)(?<!\band\s))(?:in\*?\s+)?(?:n\.|note)\s?\d+"
    ),
    re.compile(r"note|n\.|Anm\.|nota|przyp\."),  # its word, found first: most locators lack one
)


def end_pinpoint(text: str) -> str | None:
    """The labelled pinpoint TEXT ends with: "…, Basel 1968, S. 182." -> "S. 182"; with the
    parts named before its page: "…, 1976, doc. 7, pp. 28-29" -> "doc. 7, pp. 28-29"."""
    mark = nopage.no_page_end(text.rstrip(" ;*"))
    if mark is not None:
        return mark  # "…, 2001, o. S.": the source has no page, the mark says so
    text = text.rstrip(" .;*")
    found = (
        _bracketed_end(text)
        or (_numbers_end(text) and LABELLED_END_RE.search(text))
        or HERE_NUMBER_END_RE.search(text)
    )
    if not found:
        return None
    parts = _parts_before(text, text[: found.start("loc")])
    return ((parts.group("parts") if parts else "") + found.group("loc")).strip(" ,")


def _parts_before(text: str, before: str) -> re.Match[str] | None:
    """The divisions of the work that BEFORE (the start of TEXT) ends with: "doc. 7, ", or
    the volume of a work in several volumes ("3 Bde., …, 1902–1903, Bd. 1, "): the page is
    in that volume."""
    parts = PARTS_BEFORE_RE.search(before)
    if parts is None and VOLUME_COUNT_RE.search(text):
        return SET_VOLUME_BEFORE_RE.search(before)
    return parts


# divisions of the work named before the page: "doc. 7, ", "lib. I, cap. 5, ", "tít. 1, "
PART_LABELS = lexicons.alternation(lexicons.words("pinpoint_parts"))
PARTS_BEFORE_RE = uregex.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<parts>(?:{PART_LABELS}\s?(?:\d+[a-z]?|[IVXLC]+)\s*,\s*)+)$"
)
# every match closes the text with its comma: a text that does not is let go at once
PARTS_BEFORE_RE = GuardedBy(EndAnchored(PARTS_BEFORE_RE), re.compile(r",\s*$"))
# a volume named before the page: "Bd. 1, ", "vol. I, ", "t. I, " (VOLUME_RE)
SET_VOLUME_BEFORE_RE = uregex.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<parts>{VOLUME_RE.pattern}\s*,\s*)$", re.IGNORECASE
)


# the last character NUMBERS can end with: a digit (any of "\d", str.isdecimal), a folio's
# "r"/"v", a roman numeral's letter, or the stop (and "f", its stop dropped) of "ff."
NUMBERS_LAST = frozenset("rvxilcXVILCf.")


def _numbers_end(text: str) -> bool:
    r"""Could TEXT end as LABELLED_END_RE's matches do (NUMBERS, then spaces, one "." or ")"
    and spaces)? The pattern, anchored at the end, is tried at every position: this looks
    at the end alone. False only where it cannot match ("\s" and str.isspace agree)."""
    bare = text.rstrip()
    bare = bare[:-1].rstrip() if bare[-1:] in (".", ")") else bare
    last = bare[-1:]
    return last.isdecimal() or (last != "" and last in NUMBERS_LAST)


def _bracketed_end(text: str) -> re.Match[str] | None:
    """BRACKETED_PIN_END_RE.search(TEXT), looked for only when TEXT ends with its bracket (and
    a stop): anchored at the end, the pattern is otherwise tried at every position."""
    bare = text.rstrip()
    bare = bare[:-1].rstrip() if bare.endswith(".") else bare
    return BRACKETED_PIN_END_RE.search(text) if bare.endswith(")") else None


def without_note_pointer(locator: str | None) -> str | None:
    """ "(note 1), 260" -> "260": the pointer says where the work was first cited."""
    if not locator:
        return None
    rest = NOTE_POINTER_RE.sub("", locator).strip(" ,;*")
    return rest or None


def pinpoint_before_parenthetical(text: str, fields: dict[str, str]) -> str | None:
    """ "… Fourth Series 158 (Jeremy Horder ed., 2000)" -> "158" (not a volume the grammar read)."""
    found = BEFORE_PARENTHETICAL_RE.search(text.rstrip(" .;"))
    if found is None or found.group("loc") in (fields.get("volume"), fields.get("pages")):
        return None
    return found.group("loc")


# ISO 690's series statement after the extent, in brackets after a full stop: "…, 2019, p. 204.
# (CORN)", "pp. 381–391. (Ergänzungshefte … ; nr. 3)"; the pinpoint is the part before it
SERIES_AFTER_PIN_RE = uregex.compile(rf"(?P<pin>{LABELS}\s?{NUMBERS})\.\s+\([^()]+\)\.?")


def without_series(locator: str | None) -> str | None:
    """ "p. 204. (CORN)" -> "p. 204": the series in brackets is no part of the pinpoint."""
    found = SERIES_AFTER_PIN_RE.fullmatch(locator) if locator and "(" in locator else None
    return found.group("pin") if found else locator


def settle(text: str, entry_type: str, fields: dict[str, str], locator: str | None) -> str | None:
    """The locator of a citation whose text is TEXT, given the one its grammar found."""
    locator = without_series(without_note_pointer(locator))
    first = _oscola_first_page(text, entry_type, fields, locator)
    if first is not None:
        fields["pages"], pin = first
        return pin
    if entry_type == "article" and "pages" not in fields and _first_page_after_date(text, locator):
        fields["pages"] = locator
        return None
    if locator is None and _pinpoint_after_imprint(text, entry_type, fields):
        return fields.pop("pages")
    end = end_pinpoint(text)
    if end is not None and entry_type in PARTS and "pages" not in fields:
        _own_range_before_bracket(text, fields)
    if _bracketed_end(text.rstrip(" .;*")):
        return end  # "S. 457 (470)": the first page of the part, then the pinpoint
    if end is None and locator is None and entry_type != "article":
        return pinpoint_before_parenthetical(text, fields)
    if locator and end and locator.endswith(f"{end})"):
        locator = locator[:-1]  # "p. 11–33 (p. 33)": the pinpoint inside the part's pages
    if end is None and entry_type in PARTS:
        inside = _pin_inside_own_range(locator, fields)
        if inside is not None:
            return inside
    if end is None or locator == end:
        return locator
    if locator is None:
        if _is_own_pages(end, fields):
            return None
        return end
    if locator.endswith(end) and _own_page_before(locator[: -len(end)], entry_type, fields):
        return end
    if locator.endswith(end) and _prefix_is_not_pinpoint(locator[: -len(end)], entry_type, fields):
        return end
    if end.endswith(locator) and _parts_before(text, end[: -len(locator)]):
        return end  # "tít. 1, p. 45": the grammar took the page, the part stands before it
    return locator


def _oscola_first_page(
    text: str, entry_type: str, fields: dict[str, str], locator: str | None
) -> tuple[str, str | None] | None:
    """(first page, pinpoint) of a chapter cited the OSCOLA way ("… (OUP 2015) 254, 257–60"),
    whose grammar took both numbers for the locator; else None."""
    if entry_type not in CHAPTERS or "pages" in fields or not locator or "(" not in text:
        return None
    found = OSCOLA_CHAPTER_END_RE.search(text.rstrip(" .;"))
    if found is None:
        return None
    first, pin = found.group("first"), found.group("pin")
    return (first, pin) if [first, *_digits(pin or "")] == _digits(locator) else None


# the part's own range, then the pinpoint in brackets, at the end: "…, 8 (1954), 83–150 (p. 95)",
# "…, pp. 65–108 (pp. 70–74)" (MHRA prints both in a first citation); the volume before the
# year, where the grammar left it: "*The Library*, 6th ser., 14 (1992), 201–23 (p. 205)". Asked
# only of a text that ends in a bracketed pinpoint.
RANGE_BEFORE_BRACKET_RE = uregex.compile(
    r"(?:(?<![\w.])(?P<volume>\d{1,4})\s+\((?:[^()\d]*\s)?\d{4}\))?"
    r"[,:]\s*(?:pp?\.\s*)?(?P<range>\d{1,5}\s*[–-]\s*\d{1,5})\s*\((?:pp?\.\s*)?\d[^()]*\)$"
)


def _own_range_before_bracket(text: str, fields: dict[str, str]) -> None:
    """ "…, 8 (1954), 83–150 (p. 95)": the part's own range, the pinpoint in brackets after it."""
    bare = text.rstrip(" .;*")
    own = RANGE_BEFORE_BRACKET_RE.search(bare) if bare.endswith(")") else None
    if own and is_page_range(own.group("range")):
        fields["pages"] = own.group("range")
        if own.group("volume"):
            fields.setdefault("volume", own.group("volume"))


# the part's own range, then a pinpoint inside it, both bare: "…, Bochum 2011, 64–66, 65",
# "Istanbuler Mitteilungen 29, 1979, 170–173, 171–172" (German art history and classics)
RANGE_THEN_PIN_RE = uregex.compile(
    r"^(?P<range>\d{1,5}\s*[–-]\s*\d{1,5}),\s*(?P<pin>\d{1,5}(?:\s*[–-]\s*\d{1,5})?)$"
)


def _pin_inside_own_range(locator: str | None, fields: dict[str, str]) -> str | None:
    """ "64–66, 65" -> "65", the part's pages kept as `pages`: a page list never names a
    page inside the range it has just given, a part's own range and its pinpoint do."""
    found = RANGE_THEN_PIN_RE.match(locator.strip()) if locator else None
    if found is None or not is_page_range(found.group("range"), min_span=1):
        return None
    first, last = _range_bounds(found.group("range"))
    pin = int(_digits(found.group("pin"))[0])
    own = found.group("range")
    if not first <= pin <= last or fields.get("pages", own) != own:
        return None
    fields["pages"] = own
    return found.group("pin")


def _range_bounds(text: str) -> tuple[int, int]:
    """ "170–173" -> (170, 173); "121–26" -> (121, 126)."""
    first, last = _digits(text)[:2]
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return int(first), int(last)


def _first_page_after_date(text: str, locator: str | None) -> bool:
    """ "Eur. Phys. J. C 74 (2014) 2762": the article's first page (or number), printed right
    after its year with no colon or comma, as physics and chemistry lists print it; a note's
    pinpoint is set off from the date ("74 (2014): 2762", "74 (2014), 2762")."""
    found = FIRST_PAGE_AFTER_DATE_RE.search(text.rstrip(" .;")) if locator else None
    return bool(found) and _digits(found.group("page")) == _digits(locator or "")


def _pinpoint_after_imprint(text: str, entry_type: str, fields: dict[str, str]) -> bool:
    """ "in *Book*, ed. X (Place: Publisher, 2019), 171–176": a short range printed bare
    after a chapter's parenthesised imprint is a pinpoint. Chicago prints the chapter's own
    range there only when nothing narrower is cited, and a chapter is seldom shorter than
    ten pages ("(Leiden: Brill, 1999), 124–44" is the chapter); other styles label the own
    range ("pp. 171–76") or set no parenthesis before it ("Ort 2019, S. 21–46")."""
    pages = fields.get("pages")
    if entry_type not in CHAPTERS or not pages or is_page_range(pages, min_span=CHAPTER_SPAN):
        return False
    found = RANGE_AFTER_IMPRINT_RE.search(text.rstrip(" .;*"))
    return bool(found) and _digits(found.group("range")) == _digits(pages)


def _is_own_pages(end: str, fields: dict[str, str]) -> bool:
    """ "…, pp. 193-210": the part's own page range, not a pinpoint."""
    pages = fields.get("pages")
    return bool(pages) and _digits(end) == _digits(pages)


NUMBER_RE = re.compile(r"\d+")
HERE_END_RE = re.compile(rf"\s*\b{HERE}$")  # "…, S. 21–46, hier": the word before the pinpoint
LABEL_START_RE = re.compile(rf"^{LABELS}\s?")  # "S. ", "pp. ": the label opening a pinpoint


def _digits(text: str) -> list[str]:
    return NUMBER_RE.findall(text)


# a labelled page and a space, no comma: "s. 10 " before "s. 203" (the Norwegian standard
# prints a newspaper piece's page, then the pinpoint, each with its label)
OWN_PAGE_BEFORE_RE = uregex.compile(rf"^\s*{LABELS}\s?(?P<page>\d{{1,5}})\s+$")


def _own_page_before(before: str, entry_type: str, fields: dict[str, str]) -> bool:
    """ "s. 10 s. 203": the part's own page, then the pinpoint; a list of pages has a comma."""
    own = OWN_PAGE_BEFORE_RE.match(before)
    if own is None:
        return False
    if entry_type in PARTS:
        fields.setdefault("pages", own.group("page"))
    return True


def _prefix_is_not_pinpoint(before: str, entry_type: str, fields: dict[str, str]) -> bool:
    """ "S. 21–46, S. 36", "t. 24 (2018), s. 139": what stands before the final pinpoint is
    the part's own pages (kept as `pages`) or a volume and date, not part of the pinpoint."""
    before = HERE_END_RE.sub("", before.strip(" ,;(")).strip(" ,;(")
    if not before:
        return True  # "on p. 52", "her s. 371": the word that says "here" alone
    bare = LABEL_START_RE.sub("", before).strip()
    ranges = PAGE_RANGE_RE.fullmatch(bare)
    if ranges:
        if entry_type in PARTS:  # a book's range there is a wider pinpoint, no field of it
            fields.setdefault("pages", ranges.group())
        return True
    volume = VOLUME_RE.fullmatch(before)
    if volume and fields.get("volume") == volume.group("vol"):
        return True  # the work's volume, already read
    return bool(re.search(rf"\(\s*{YEAR}\s*\)$", before))  # "t. 24 (2018), s. 139"
