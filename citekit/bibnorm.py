"""Fields of a .bib entry as deduplication compares them: titles without database notes,
pages, volumes and issues as numbers, authors as name words, mojibake repaired.

Search exports describe one article in many ways: "[Review] [24 refs]" after a title, a
translated title in brackets, "S417-S429" or "e182-5" or an Excel date for pages, "24 Suppl 3"
for a volume, "Wright Jr., T C" or "Ching-yi, Wu" for a name, "MÃ¼ller" or "G?k" for "Gök".
Each function here reduces one field to what two such descriptions share.
Lexicons live in citekit/data/bibdupes.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

from citekit.bibtex import STOPWORDS, split_names

LATEX_ACCENT_RE = re.compile(r"\\[`'^\"~=.uvHcdbkrt]\s*\{?\s*([A-Za-z])\s*\}?")
# \ss \o \ae \oe \aa \l \i \j: the command name is already the ASCII spelling ("gro\ss e").
LATEX_SYMBOL_RE = re.compile(r"\\(ss|o|O|ae|AE|oe|OE|aa|AA|l|L|i|j)(?![A-Za-z])\s*(?:\{\})?")
LATEX_CMD_RE = re.compile(r"\\[A-Za-z]+\*?")  # \emph, \textit: their argument stays
LATEX_ESCAPE_RE = re.compile(r"\\(.)")  # \& -> &
NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
# Names keep a "?" inside a word: the database lost a letter there ("Mu?oz", "G?k").
NAME_NON_ALNUM_RE = re.compile(r"[^a-z0-9?]+|(?<![a-z])\?+|\?+(?![a-z])")
# UTF-8 read as Windows-1252: a lead byte shown as Ã/Â/Å/Ä/â then continuation bytes.
MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)
HTML_TAG_RE = re.compile(r"</?(?:i|b|em|strong|sup|sub|u|span|p|br|sc|scp|inf)\b[^>]*>", re.I)
ORIGINAL_RE = re.compile(r"<\s*original\s*>", re.I)  # Embase: translated title <ORIGINAL> own
BRACKETED_RE = re.compile(r"^\W*\[(?P<inner>[^\[\]]+)\][\W]*$")  # "[Translated title.]"
SUBTITLE_RE = re.compile(r"\s*(?::|;|\.\s|\?\s|!\s|\s[-–—]+\s)")  # "Title: Subtitle"
TRANSLATION_SPLIT_RE = re.compile(r"\s(?:=|/)\s|;\s+(?=[A-Z\[])")  # "Titre = Title"
THOUSANDS_RE = re.compile(r"\b\d{1,3}(?:[ ,\u2009\u202f]\d{3})+\b")  # "10 000" is one number
ROMAN_RE = re.compile(r"^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
SKELETON = (  # transliteration drift, in order: Tschaikowski/Tchaikovsky -> caikovski
    ("tsch", "c"),
    ("tch", "c"),
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "c"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
    ("x", "ks"),
)
REPEAT_RE = re.compile(r"(.)\1+")

# --- pages: "S417-S429", "e182-5", "1129-38", "A4912", "21-Apr" ----------------------------
PAGE_RANGE_RE = re.compile(
    r"""^\s*(?P<p1>[a-z]{0,4})\s*(?P<first>\d+)\s*[a-z]{0,2}   # S417, e182, 100A
        \s*(?:-+|–|—|to)\s*
        (?P<p2>[a-z]{0,4})\s*(?P<last>\d+)                     # S429, 5, 38
        (?:\.?[a-z]\d*)?\s*$                                   # 527-32.e1
    """,
    re.X,
)
PAGE_ONE_RE = re.compile(r"^\s*(?P<p1>[a-z]{0,4})\s*(?P<first>\d+)\s*(?P<s>[a-z]?)\s*$")
PAGE_COUNT_RE = re.compile(r"^\s*\d+\s*(?:p|pp|pages?|s|seiten|leaves)\.?\s*$")
EXCEL_DATE_RE = re.compile(  # Excel turned "4-21" into "21-Apr": the pages are lost
    r"^\s*(?:\d{1,2}-[a-z]{3}|[a-z]{3}-\d{1,2})\s*$"
)
PAGE_SPLIT_RE = re.compile(r"[,;+&]|\band\b")
NUMBER_RE = re.compile(r"\d+")
LEADING_NUMBERS_RE = re.compile(r"^\D{0,8}?(\d+)(?:\s*[-/–&]\s*(\d+))?")
SUPPLEMENT_RE = re.compile(r"\bsupp?l?\b|\bsupplement\b|\bsuppl\.", re.I)


@dataclass(frozen=True, slots=True)
class Pages:
    """The first and last page as numbers (strings), and the letters before them."""

    first: str = ""
    last: str = ""  # "" when the field is one page or not a range
    prefix: str = ""  # "s" supplement, "e" electronic, "a" abstract, "" none
    is_range: bool = False  # a real range: first <= last, same prefix on both ends


NO_PAGES = Pages()


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """citekit/data/bibdupes.toml, loaded once."""
    text = resources.files("citekit").joinpath("data/bibdupes.toml").read_text("utf-8")
    return tomllib.loads(text)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Annotations (with language tags), abstract markers, and notice openings."""
    words = lexicon()["title"]
    languages = _alternation(words["languages"])
    notes = [*words["annotations"], rf"[\[(]\s*(?:in\s+)?(?:{languages})\s*[\])]"]
    notices = _alternation(words["notice_openings"])
    return (
        re.compile("|".join(f"(?:{n})" for n in notes), re.I),
        re.compile("|".join(f"(?:{n})" for n in words["abstract_markers"]), re.I),
        re.compile(
            "|".join([rf"^\W*(?:{notices})\b\s*(?:[:.]|to\b|on\b|$)", *words["notice_marks"]]),
            re.I,
        ),
    )


# --- text ------------------------------------------------------------------------------------


def repair(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 or Latin-1: 'MÃ¼ller' -> 'Müller'."""
    if text.isascii() or not MOJIBAKE_RE.search(text):
        return text
    return MOJIBAKE_RE.sub(_repair_run, text)


def _repair_run(match: re.Match[str]) -> str:
    run = match.group()
    for codec in ("cp1252", "latin-1"):
        try:
            return run.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return run


def fold(text: str, keep: re.Pattern[str] = NON_ALNUM_RE) -> str:
    """LaTeX-free, ASCII, lower case, punctuation -> spaces: 'L{\\"u}thi' -> 'luthi'."""
    if "\\" in text:
        text = LATEX_ACCENT_RE.sub(_first_group, text)
        text = LATEX_SYMBOL_RE.sub(_first_group, text)
        text = LATEX_ESCAPE_RE.sub(_first_group, LATEX_CMD_RE.sub("", text))
    # Braces only group ("{S}ino-{S}oviet"): drop them, never split a word there.
    text = text.replace("{", "").replace("}", "")
    if not text.isascii():
        text = anyascii(repair(text))
    return keep.sub(" ", text.lower()).strip()


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)  # a function, not r"\1": templates are re-expanded per match


def skeleton(word: str) -> str:
    """WORD with transliteration drift evened out: 'shostakovich' -> 'sostakovic'."""
    for old, new in SKELETON:
        if old in word:
            word = word.replace(old, new)
    return REPEAT_RE.sub(_first_group, word)


# --- titles ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Title:
    """A title as compared: folded words, another form (translation), numbers, marks."""

    words: str  # folded, database notes removed, stopwords dropped
    alt: str = ""  # the title in another language (after "<ORIGINAL>", "; ", " = ")
    main: int = 0  # how many of WORDS come before a subtitle (0: no subtitle)
    numbers: str = ""  # stand-alone numbers and part numbers, sorted: "1 2008"
    abstract: bool = False  # marked as a conference abstract
    notice: bool = False  # an erratum, retraction, reply ... about another work
    translated: bool = False  # given in brackets: a translation of the original


def normal_title(value: str) -> Title:
    """'[Clinical research on X]. [Chinese]' -> Title('clinical research x', translated)."""
    notes, abstract_re, notice_re = _title_patterns()
    text, original = _split_original(HTML_TAG_RE.sub("", repair(value)))
    if "[" in text or "(" in text or text.lstrip()[:8].lower().startswith("abstract"):
        abstract = bool(abstract_re.search(text))
        text = notes.sub(" ", text)  # every database note is in brackets
    else:
        abstract = False
    bracketed = BRACKETED_RE.match(text)
    if bracketed:
        text = bracketed.group("inner")
    alt = original
    if not alt:
        parts = TRANSLATION_SPLIT_RE.split(text, maxsplit=1)
        if len(parts) == 2 and min(len(p.split()) for p in parts) >= 3:
            alt = parts[1]
    text = THOUSANDS_RE.sub(_digits_only, text)
    # again after folding: a sign that folds to digits ("0 𔒂" -> "0 108") groups as they do
    folded = THOUSANDS_RE.sub(_digits_only, fold(text))
    words = " ".join(w for w in folded.split() if w not in STOPWORDS)
    subtitle = SUBTITLE_RE.search(text.rstrip(" .?!"))
    return Title(
        words=words,
        alt=_title_words(alt) if alt else "",
        main=len(_title_words(text[: subtitle.start()]).split()) if subtitle else 0,
        numbers=_numbers(folded),
        abstract=abstract,
        notice=bool(notice_re.search(value)),
        translated=bool(bracketed),
    )


def _digits_only(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if c.isdigit())


def _split_original(text: str) -> tuple[str, str]:
    parts = ORIGINAL_RE.split(text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, "")


def _title_words(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in STOPWORDS)


def _numbers(folded: str) -> str:
    """Stand-alone numbers, and part numbers ('p2') after 'part', 'volume' ... in digits or
    roman numerals: 'part ii of 3 in 2008' -> 'p2 2008'. FOLDED still has its stopwords."""
    tokens = folded.split()
    found = set()
    part_words = _part_words()
    for before, word in zip(["", *tokens], tokens, strict=False):
        if before in part_words and (word.isdigit() or ROMAN_RE.match(word)):
            found.add("p" + str(int(word) if word.isdigit() else _roman(word)))
        elif word.isdigit():
            found.add(word.lstrip("0") or "0")
    return " ".join(sorted(found))


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    return frozenset(lexicon()["title"]["part_words"])


def _roman(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for char, after in zip(numeral, numeral[1:] + " ", strict=True):
        value = values[char]
        total += -value if values.get(after, 0) > value else value
    return total


def is_generic(words: str) -> bool:
    """A title that recurs by itself ('Editorial', 'Introduction'), or of one word, or one
    that opens as recurring titles do ('Introduction to the special issue on ...')."""
    if " " not in words or words in _generic_titles():
        return True
    return words.startswith(_generic_openings())


@lru_cache(maxsize=1)
def _generic_openings() -> tuple[str, ...]:
    return tuple(_title_words(t) + " " for t in lexicon()["title"]["generic_openings"])


@lru_cache(maxsize=1)
def _generic_titles() -> frozenset[str]:
    return frozenset(_title_words(t) for t in lexicon()["title"]["generic"])


# --- people ----------------------------------------------------------------------------------

GROUP = "*"  # the authors are a body ("ALTS Group"): no personal names to compare


def normal_authors(value: str, limit: int = 12) -> str:
    """Authors as '|'-separated name words, family first: 'Wright Jr., T C and Ching-yi, Wu'
    -> 'wright|ching yi wu'. Initials are dropped; '' when no personal names remain."""
    people = []
    for name in split_names(value)[:limit]:
        words = _name_words(name)
        if words:
            people.append(words)
    if not people and value.strip():
        return GROUP
    return "|".join(people)


@lru_cache(maxsize=1 << 16)  # a library names the same people again and again
def _name_words(name: str) -> str:
    if name.startswith("{") and name.endswith("}"):
        return ""  # {World Health Organization}: a body
    family, _, given = name.partition(",")
    family_words = fold(family, NAME_NON_ALNUM_RE).split()
    given_words = fold(given, NAME_NON_ALNUM_RE).split()
    every = family_words + given_words
    if len(every) >= 2 and any(w in _group_words() for w in every):
        return ""
    skip = _name_skips()
    family_words = [w for w in family_words if w not in skip and len(w) > 1]
    given_words = [w for w in given_words if w not in skip and len(w) > 1]
    kept = (skeleton(w) for w in family_words + given_words)
    return " ".join(w for w in kept if len(w) > 1)  # "yi" -> "i" says nothing


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return frozenset(lexicon()["names"]["group_words"])


@lru_cache(maxsize=1)
def _name_skips() -> frozenset[str]:
    names = lexicon()["names"]
    placeholders = {w for p in names["placeholders"] for w in p.split()}
    return frozenset(placeholders | set(names["suffixes"]) | set(names["particles"]))


# --- numbers: year, volume, issue, pages ------------------------------------------------------


def normal_year(value: str) -> int:
    """The year of a `year` or `date` value, 0 when it has none."""
    match = YEAR_RE.search(value)
    return int(match.group(1)) if match else 0


def normal_volume(value: str) -> str:
    """'24 Suppl 3' -> '24'; 'Volume 13' -> '13'; '30A' -> '30a'; 'Ph.D.' -> ''."""
    match = re.search(r"\d+[a-z]?\b", value.lower())
    return match.group() if match else ""


def normal_issue(value: str) -> str:
    """'3' -> '3'; '1-2' and '23/24' -> '1-2', '23-24'; 'Suppl 1', 'Pt 3' -> ''."""
    if SUPPLEMENT_RE.match(value.strip()) or re.match(r"\s*(?:pt|part)\b", value, re.I):
        return ""
    match = LEADING_NUMBERS_RE.match(value)
    if not match:
        return ""
    first, last = match.group(1).lstrip("0") or "0", match.group(2)
    return f"{first}-{last.lstrip('0') or '0'}" if last else first


def issues_overlap(a: str, b: str) -> bool:
    """'3' and '3-4' overlap; '3' and '4' do not."""
    return bool(set(_issue_span(a)) & set(_issue_span(b)))


def _issue_span(issue: str) -> range:
    first, _, last = issue.partition("-")
    low, high = int(first), int(last or first)
    return range(low, min(high, low + 12) + 1) if high >= low else range(low, low + 1)


def normal_pages(value: str) -> Pages:
    """'S417-S429' -> 417..429 's'; 'e182-5' -> 182..185 'e'; 'Suppl-29', '21-Apr' -> none."""
    text = value.lower().strip().strip('"').strip()
    if not text or EXCEL_DATE_RE.match(text) or PAGE_COUNT_RE.match(text):
        return NO_PAGES
    text = PAGE_SPLIT_RE.split(text, maxsplit=1)[0]
    match = PAGE_RANGE_RE.match(text)
    if match:
        first, last = match.group("first"), match.group("last")
        if len(last) < len(first):
            last = first[: len(first) - len(last)] + last  # "1129-38" -> 1129-1138
        p1, p2 = match.group("p1"), match.group("p2")
        real = int(last) >= int(first) and p2 in ("", p1) and p1 in ("", "s", "e")
        return Pages(_number(first), _number(last), p1, real)
    match = PAGE_ONE_RE.match(text)
    if match:
        prefix = match.group("p1") or match.group("s")
        return Pages(_number(match.group("first")), "", prefix, False)
    return NO_PAGES


def _number(digits: str) -> str:
    return digits.lstrip("0") or "0"


# --- containers -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _container_noise() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{n})" for n in lexicon()["container"]["noise"]), re.I)


@lru_cache(maxsize=1 << 14)  # ... and the same journals: one string for each
def normal_container(value: str) -> str:
    """'BMJ (Clinical research ed.)' -> 'bmj'; 'J. Clin. Oncol.' -> 'j clin oncol'."""
    text = _container_noise().sub(" ", repair(value))
    return " ".join(w for w in fold(text).split() if w not in STOPWORDS)


def is_conference(container: str, entry_type: str) -> bool:
    """Papers in proceedings: by entry type or by a word of the container's name."""
    words = lexicon()["container"]
    if entry_type in words["conference_types"]:
        return True
    return any(w in _conference_words() for w in container.split())


@lru_cache(maxsize=1)
def _conference_words() -> frozenset[str]:
    return frozenset(lexicon()["container"]["conference_words"])
