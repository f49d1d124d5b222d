"""Work identity: when two citations name the same work (names, titles, DOIs, archives)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from citekit import articleplace, lexicons
from citekit.parse.cases import is_reported
from citekit.parse.names import family

# words a short title may drop or a transliteration may drift on: "the", "der", "les"
STOPWORDS = lexicons.words("title_stopwords")
NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
NAME_SIMILARITY = 85  # "Marsch" ~ "Marsh", "Mamaladze" ~ "Mamaladze"
TITLE_SIMILARITY = 88  # "Polveka Vmeste s Kitaem" ~ "Pol Veka Vmeste s Kitaem"


@lru_cache(maxsize=65536)  # the same names and titles are folded again and again
def fold(text: str | None) -> str:
    """ASCII, lower case, letters and digits only: "Lüthi" -> "luthi", "Зубок" -> "zubok"."""
    if not text:
        return ""
    text = anyascii(text.replace("*", "")).casefold()
    return " ".join(NON_ALNUM_RE.sub(" ", text).split())


def families(fields: Mapping[str, str], role: str | None = None) -> list[str]:
    """Folded family names of the authors (else editors), in order."""
    if role:
        value = fields.get(role)
    else:  # asked some 70,000 times of a 5,000-note book: no loop over the roles
        value = fields.get("author") or fields.get("editor") or fields.get("bookauthor")
    return list(_families(value)) if value else []


@lru_cache(maxsize=65536)
def _families(names: str) -> tuple[str, ...]:
    return tuple(fold(family(n)) for n in names.split(" and ") if family(n))


@lru_cache(maxsize=4096)  # op. cit. compares one name with every work of its author
def same_name(a: str, b: str) -> bool:
    """Two folded family names that are one person's, allowing for drift and double names."""
    if not a or not b:
        return False
    if a == b or set(a.split()) & set(b.split()) - STOPWORDS:
        return True
    return fuzz.ratio(a, b) >= NAME_SIMILARITY


@lru_cache(maxsize=65536)
def title_words(title: str | None) -> str:
    """The folded title without articles and prepositions."""
    return " ".join(w for w in fold(title).split() if w not in STOPWORDS)


def titles_match(short: str | None, full: str | None, *, partial: bool) -> float:
    """0..100: how well a (possibly shortened) title matches a full one.

    Two whole titles that both carry numbers, and not the same ones, never match: the number
    tells one report, volume or part of a series from the next, however alike the words. (A
    short title may drop a title's dates, and its cut may take in a page: its numbers are no
    evidence.)
    """
    a, b = title_words(short), title_words(full)
    if not a or not b or (not partial and _numbers_differ(short, full)):
        return 0.0
    if a == b:
        return 100.0
    whole = fuzz.ratio(a, b)
    if not partial:
        return max(whole, fuzz.token_sort_ratio(a, b))
    words_a, words_b = a.split(), b.split()  # (asked of every candidate of a short form)
    if words_b[: len(words_a)] == words_a:
        return 100.0  # "Peace" for "Peace in Our Time"
    if " " not in a and len(a) >= 4 and a in words_b:
        return float(TITLE_SIMILARITY)  # "*Letters*" for "Vincent van Gogh – The Letters: …"
    if " " in a and set(words_a) <= set(words_b):
        return float(TITLE_SIMILARITY)  # "*Multidimensional Origami*": the words, reordered
    head = fuzz.ratio(a, b[: len(a) + 2])  # the short title is the full one's opening words
    return max(whole, head, fuzz.partial_ratio(a, b) if len(a) >= 8 else 0.0)


# a number in a title: digits, or a roman numeral in capitals ("Part II", "Richard III")
TITLE_NUMBER_RE = re.compile(r"(?<![\w.])(?:(?P<arabic>\d+)|(?P<roman>[MDCLXVI]+))(?!\w)")
ROMAN_RE = re.compile(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
# a word that announces a number: after it even "I", "V" or "C" is one ("Part I", not "What
# I Saw"; "Book V", not "V. Woolf"); elsewhere only numerals of I, V and X ("Henry VIII")
NUMBER_WORD_RE = re.compile(
    r"\b(?:vol|volume|part|book|no|number|report|tome|teil|band|bd|livre|libro|tomo|parte)"
    r"\.?\s*$",
    re.IGNORECASE,
)
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


@lru_cache(maxsize=65536)
def title_numbers(title: str | None) -> frozenset[int]:
    """The numbers a title carries, roman numerals read: "Report 10" -> {10}, "Part II" -> {2}."""
    numbers = set()
    for match in TITLE_NUMBER_RE.finditer(title or ""):
        if match.group("arabic"):
            numbers.add(int(match.group("arabic")))
        elif _is_numeral(title or "", match):
            numbers.add(_roman(match.group()))
    return frozenset(numbers)


def _is_numeral(title: str, match: re.Match[str]) -> bool:
    """Is the word in capitals at MATCH a roman numeral ("Part IV", "Richard III")?"""
    numeral = match.group()
    if not ROMAN_RE.fullmatch(numeral) or title.isupper():  # in capitals "DI" is a word
        return False
    if len(numeral) > 1 and set(numeral) <= set("IVX"):
        return True
    return bool(NUMBER_WORD_RE.search(title, 0, match.start()))


def _roman(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def carries_numbers(short: str | None, full: str | None) -> bool:
    """Does the title FULL carry every number of the (short) title SHORT, which has some?"""
    numbers = title_numbers(short)
    return bool(numbers) and numbers <= title_numbers(full)


def _numbers_differ(a: str | None, b: str | None) -> bool:
    numbers_a, numbers_b = title_numbers(a), title_numbers(b)
    return bool(numbers_a and numbers_b) and numbers_a != numbers_b


URL_SCHEME_RE = re.compile(r"^https?://(?:www\.)?")


def normal_url(url: str | None) -> str:
    if not url:
        return ""
    url = URL_SCHEME_RE.sub("", url.strip().strip("<>").casefold())
    return url.rstrip("/")


def same_archive(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """One collection: the same person's papers (by family tokens) in the same repository."""
    people_a, people_b = set(fold(a.get("_person")).split()), set(fold(b.get("_person")).split())
    if not (people_a and people_b):
        return (
            bool(a.get("title"))
            and titles_match(a.get("title"), b.get("title"), partial=False) >= 95
        )
    shared = {w for w in people_a & people_b if len(w) > 2}
    if not shared:
        return False
    key_a, key_b = _repository(a.get("howpublished", "")), _repository(b.get("howpublished", ""))
    return key_a == key_b or not (key_a and key_b)


REPOSITORY_SIGLUM_RE = re.compile(r"\(([A-Z][A-Za-z]{1,6})\)|^([A-Z]{2,6})\b")  # "(HIA)", "HIA"


@lru_cache(maxsize=4096)  # asked twice for every pair of archive citations compared
def _repository(text: str) -> str:
    """ "Hoover Institution’s Archive (HIA)" and "HIA" are one repository: use the siglum."""
    siglum = REPOSITORY_SIGLUM_RE.search(text)
    if siglum:
        return (siglum.group(1) or siglum.group(2)).casefold()
    return " ".join(fold(text).split()[:3])


def same_full_work(a: Mapping[str, str], b: Mapping[str, str], type_a: str, type_b: str) -> bool:
    """Do two full citations describe one work?"""
    if a.get("doi") and b.get("doi"):
        return a["doi"].casefold() == b["doi"].casefold()
    if "_person" in a or "_person" in b:
        return same_archive(a, b)
    # asked of every candidate of every full citation: each name list and title read once
    names_a, names_b, title_a, title_b = families(a), families(b), a.get("title"), b.get("title")
    if (title_a is None) != (title_b is None) and names_a and names_b:
        return False  # a titled work and an untitled paper by one author are two works
    if not _names_agree(names_a, names_b):
        return False
    if title_a or title_b:
        similarity = titles_match(title_a, title_b, partial=False)
        if similarity < TITLE_SIMILARITY:
            return (
                bool(a.get("url"))
                and normal_url(a.get("url")) == normal_url(b.get("url"))
                and not _two_reports(a, b, type_a, type_b)
            ) or (
                articleplace.same_place(a, b, fold)
                and _one_title_opens_other(a["title"], b["title"])
            )
        # a differing year is an inconsistency of one work unless the titles differ at all, or
        # the authors differ in number too ("Crowther, *Adventure* (1975)" and "Crowther and
        # Woods, *Adventure* (1977)": two versions of the work), or the volume differs too
        # ("*Aro v. Convertible Top*, 365 U.S. 336 (1961)" and "…, 377 U.S. 476 (1964)"), or
        # the address differs too (two pages or two snapshots of a site, "“Vine,” archived
        # 2016" and "“Vine,” archived 2018", each at its own URL)
        return (
            _years_agree(a, b)
            or (
                similarity >= 95
                and len(names_a) == len(names_b)
                and urls_agree(a, b)
                and not _volumes_differ(a, b)
                and not _other_edition(a, b)
                and not _paper_then_article(type_a, type_b)
            )
        ) and _containers_agree(a, b)
    # untitled pieces (a conference paper, a chapter known by its book): same date, same container
    # and, for a bare link, the same address (notes that are only URLs cite different pages)
    return (
        urls_agree(a, b)
        and a.get("year") == b.get("year")
        and a.get("month") == b.get("month")
        and type_a == type_b
        and a.get("booktitle") == b.get("booktitle")
        and a.get("journal") == b.get("journal")
        and a.get("_issue") == b.get("_issue")  # a newspaper's issue (citekit.parse.newspapers)
    )


# what a paper circulated before its journal printed it is typed: a working or discussion paper
PAPER_TYPES = frozenset({"techreport", "unpublished"})


def _paper_then_article(type_a: str, type_b: str) -> bool:
    """A working paper and the article it became, dated apart ("NBER Working Paper 15531
    (…, 2009)" and "*Journal of Policy Analysis and Management* 30 (2011)"): two works."""
    return {type_a, type_b} & PAPER_TYPES != set() and "article" in (type_a, type_b)


def _one_title_opens_other(a: str | None, b: str | None) -> bool:
    """Is one title the other's opening (its main title without the subtitle)?"""
    shorter, longer = sorted((a or "", b or ""), key=len)
    return titles_match(shorter, longer, partial=True) >= TITLE_SIMILARITY


def _volumes_differ(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    return bool(a.get("volume") and b.get("volume")) and a["volume"] != b["volume"]


def _two_reports(a: Mapping[str, str], b: Mapping[str, str], type_a: str, type_b: str) -> bool:
    """Two cases each cited by a report of its own: a link they share (the opinion that
    cites both, in a database) makes no one work of them (citekit.caselinks)."""
    if not (is_reported(type_a, a) and is_reported(type_b, b)):
        return False
    return (a["volume"], a["pages"]) != (b["volume"], b["pages"])


def urls_agree(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Do A and B give one address, or not both give one?"""
    return not (a.get("url") and b.get("url")) or normal_url(a["url"]) == normal_url(b["url"])


def _names_agree(fa: list[str], fb: list[str]) -> bool:
    """Two works' folded family names: both none, or the first names one person's."""
    if not fa or not fb:
        return not fa and not fb
    return same_name(fa[0], fb[0])


def _other_edition(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Another year, place and publisher: a translation or a later edition ("Paris: Minuit,
    1955" and "San Francisco: City Lights, 2002"), not one work cited inconsistently."""
    places, publishers = (
        (a.get("address"), b.get("address")),
        (a.get("publisher"), b.get("publisher")),
    )
    return (
        all(places)
        and all(publishers)
        and fold(places[0]) != fold(places[1])
        and (fold(publishers[0]) != fold(publishers[1]))
    )


def _years_agree(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    return not (a.get("year") and b.get("year")) or a["year"] == b["year"]


def _containers_agree(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """Two chapters with one title in different books are different works."""
    if not (a.get("booktitle") and b.get("booktitle")):
        return True
    return titles_match(a["booktitle"], b["booktitle"], partial=False) >= TITLE_SIMILARITY


CASE_PARTIES_RE = re.compile(r"\sv\.?\s")  # "Verizon … v. Law Offices of Curtis V. Trinko"


def block_keys(fields: Mapping[str, str]) -> list[str]:
    """Where to look for a match: the first family name and the first title word."""
    if fields.get("_person"):
        return ["archive"]
    keys = []
    names = families(fields)
    if names:  # "van heugten" by "heugten": a particle may be read or lost ("Heugten, van")
        keys.append((names[0].split() or [""])[-1][:4])
    title = fields.get("title") or fields.get("booktitle")
    words = title_words(title).split()
    keys.append("title:" + (words[0][:4] if words else ""))
    if words and CASE_PARTIES_RE.search(title or ""):  # "*Trinko*, 540 U.S. at 407": a case's
        keys.extend(f"title:{w[:4]}" for w in dict.fromkeys(words[1:]) if w != "v")  # either party
    return keys
