"""The parts after a title: imprint (place: publisher, year), dates, volumes, pages, locators."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, localeterms, memo, names, reprints
from citekit.parse.patterns import (
    FULL_DATE_RE,
    LOCATOR_START_RE,
    MONTH_RE,
    PAGE_RANGE_RE,
    SEASON_RE,
    YEAR,
    YEAR_RE,
)
from citekit.parse.places import is_place, is_whole_place

# "Press", "Verlag…", "Random House": what makes a segment a publisher, not a place
PUBLISHER_WORDS_RE = deferred.compile(
    rf"\b{lexicons.alternation(lexicons.words('publisher_words'))}\b"
)
STATE_RE = deferred.compile(
    r"^(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|Mass\.|Calif\.|Conn\.|Ill\.|Md\.|Va\.|Pa\.)$"
)
VOLUME_RE = re.compile(
    r"\b(?:vol\.|vols?\.|volume|Bd\.|Band|t\.|tome|Tom|Jg\.|Jahrgang|sv\.|díl|roč\.|rocz\.|Т\.)"
    r"\s*(?P<vol>[\dIVXLC]+(?:/\d+)?)\b",
    re.IGNORECASE,
)
NUMBER_RE = re.compile(
    r"(?:\bno\.|\bnos\.|\bnumber|\bnr\.?|\bH\.|\bHeft|n°|nº|n\.º|\bnúm\.|\bnro\.|\bn\.|\bissue|№|\bč\.|\bz\.|\bsešit|\bвып\.)"
    r"\s*(?P<num>\d[\w/–-]*)",
    re.IGNORECASE,
)
# how many volumes a work has: "2 vols.", "12 vol.", "3 Bde.", "7 dln." (Dutch), "2 tomos"
VOLUME_COUNT_RE = re.compile(
    r"\b\d+\s+(?:vols?\.?|volumes|Bde\.|Bände|tomes|tomos|dln\.|delen)(?=[\s,;:()]|$)\s*",
    re.IGNORECASE,
)
# "janvier" -> 1, "märz" -> 3: every spelling of lexicons.month_rows (months.txt and the CSL
# locales), case-folded
MONTH_NUMBERS = {
    name.casefold(): number
    for number, names in enumerate(lexicons.month_rows(), start=1)
    for name in names
}
# the month names BibTeX users write in `month` (full English names, as the gold files do)
ENGLISH_MONTHS = [names[0] for names in lexicons.rows("months")]


# the legal form that ends a company's name after a comma: "Associates, Inc.", "Sons, Ltd."
CORPORATE_SUFFIX_RE = deferred.compile(r"(?:Inc|Ltd|LLC|Co|Corp|GmbH|S\.\s?A|Pty\.?\s?Ltd)\.?")


# an editor or translator and a semicolon opening an imprint: "ed. J.H. Neyrey; Peabody, …"
IMPRINT_ROLE_RE = re.compile(r"^(?P<role>eds?|trans)\.\s+(?P<names>[^;:()]{3,120}?);\s+")


# an edition among an imprint's parts (AGLC: "(LexisNexis Butterworths, 3rd ed, 2015)")
EDITION_PART_RE = deferred.compile(r"\s*\d+(?:st|nd|rd|th)?\s+edn?\.?\s*", re.IGNORECASE)
# a person's role among an imprint's parts, after the names (OSCOLA, Bluebook: "(Maureen
# MacGlashan tr, Grotius 1989)", "(C.B. Macpherson ed., Hackett 1980)") or before them (AGLC:
# "(trans Maureen MacGlashan, Grotius, 1989)")
NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|others|de|van|von|da|del))*"
ROLE_PART_RES = (
    deferred.compile(rf"^(?P<names>{NAME_WORDS}?)\s+(?P<role>eds?|tr|trans)\.?$"),
    deferred.compile(rf"^(?P<role>trans|tr|eds?)\.?\s+(?P<names>{NAME_WORDS})$"),
)
ROLE_FIELDS = {"ed": "editor", "eds": "editor", "tr": "translator", "trans": "translator"}
# "diss. Lund: Arkiv 1986": the mark of a thesis printed as a book, before its imprint
THESIS_MARK_RE = re.compile(r"^(?:diss|Diss)\.\s+")


def parse_imprint(body: str) -> dict[str, str]:
    """ "New York: Oxford University Press, 2014" -> address, publisher, year; an editor or
    translator opening it too (SBL: "ed. J. H. Neyrey; Peabody, Mass.: Hendrickson, 1991")."""
    body = THESIS_MARK_RE.sub("", reprints.cited_imprint(body).lstrip())
    role = IMPRINT_ROLE_RE.match(body.strip())
    if role is None:
        return _imprint(body)
    key = "translator" if role.group("role") == "trans" else "editor"
    people = " and ".join(names.split_names(role.group("names")))
    return {**_imprint(body.strip()[role.end() :]), **({key: people} if people else {})}


def _imprint(body: str) -> dict[str, str]:
    body = VOLUME_COUNT_RE.sub("", body).strip(" ,;")
    out: dict[str, str] = {}
    years = list(YEAR_RE.finditer(body))
    if len(years) > 1 and re.fullmatch(r"\s*[\[(]\s*", body[years[-2].end() : years[-1].start()]):
        years.pop()  # "Verso, 1995 [1872]": the edition read, the first one's year after it
    head = body
    if years:
        out["year"] = years[-1].group()[:4]
        head = body[: years[-1].start()]
        span = reprints.year_span(body)
        if span:  # "Oxford, 1991–2008", "1964–9": the volumes' years, the first before the dash
            out["year"], start = span
            head = body[:start]
    head = re.sub(r"(?:\bn\.\s?d\.|\[|\])", "", head).strip(" ,;")
    head = _without_issue_date(head, out)
    if not head:
        return out
    if ":" in head:
        address, publisher = (p.strip(" ,") for p in head.split(":", 1))
        out.update(_nonempty(address=address, publisher=publisher))
        return out
    parts = [p.strip() for p in head.split(",") if p.strip()]
    named = [p for p in parts if not EDITION_PART_RE.fullmatch(p)]
    if named and len(named) < len(parts):  # "(LexisNexis Butterworths, 3rd ed, 2015)"
        out["edition"] = next(p for p in parts if p not in named).split()[0]
        parts = named  # the edition is no address ("(4th ed, 2010)" is read as before)
    parts = _without_roles(parts, out)
    if len(parts) >= 2 and CORPORATE_SUFFIX_RE.fullmatch(parts[-1]):
        parts[-2:] = [f"{parts[-2]}, {parts[-1]}"]  # "O’Reilly & Associates, Inc." is one name
    if len(parts) == 1:  # beside an edition, a name that is no place publishes (OSCOLA, AGLC)
        beside = any(k in out for k in ("edition", "editor", "translator"))
        named = PUBLISHER_WORDS_RE.search(parts[0]) or (beside and not is_place(parts[0]))
        key = "publisher" if named else "address"
        out[key] = parts[0]
    elif PUBLISHER_WORDS_RE.search(parts[-1]) and not STATE_RE.match(parts[-1]):
        out.update(_nonempty(address=", ".join(parts[:-1]), publisher=parts[-1]))
    elif _town_then_name(parts):
        out.update(address=parts[0], publisher=parts[1])
    else:
        out["address"] = ", ".join(parts)
    return out


# the day and month of the year that follows, closing the names before it: "UCLA Center for
# Communication Policy, January" (2003), "Vienna: ACM, April 24-29" (2004); English month names
# written out (case as written), for "Jan" or "Mar" might be a name's abbreviation
DATE_BEFORE_YEAR_RE = deferred.compile(
    r",\s+(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?,?$"
)


def _without_issue_date(head: str, out: dict[str, str]) -> str:
    """HEAD (an imprint's names before its year) without the day and month it closes with,
    the month put in OUT: a report's or a meeting's date is no part of a place or publisher."""
    dated = DATE_BEFORE_YEAR_RE.search(head)
    if dated is None:
        return head
    out["month"] = dated.group("month")
    return head[: dated.start()].strip(" ,;")


def _without_roles(parts: list[str], out: dict[str, str]) -> list[str]:
    """PARTS without those naming an editor or translator, whose names go into OUT; the
    parts stay as they are where one alone would be left or none names a role."""
    if len(parts) < 2:
        return parts
    kept = []
    for part in parts:
        role = next((m for r in ROLE_PART_RES if (m := r.match(part))), None)
        people = names.split_names(role.group("names")) if role else []
        if not people:
            kept.append(part)
            continue
        key = ROLE_FIELDS[role.group("role")]
        out[key] = " and ".join(filter(None, (out.get(key), *people)))
    return kept or parts


REGIONS = lexicons.words("region_names") | lexicons.words("country_names")


def _town_then_name(parts: list[str]) -> bool:
    """ "Lisboa, Academia das Ciências de Lisboa", "Budapest, Grill": a town, then a name that
    is no place as a whole (a publisher may end with its town's name)."""
    return (
        len(parts) == 2
        and is_place(parts[0])  # (the gazetteer's towns are not read here: too dear)
        and parts[1][:1].isupper()
        and not STATE_RE.match(parts[1])
        and parts[1].casefold().rstrip(".") not in REGIONS  # "Bloomington, Indiana", "Calif"
        and f"{parts[1].casefold()}." not in REGIONS
        and not (is_place(parts[1]) and len(parts[1].split()) <= 2)  # "Leiden, Den Haag"
        and not is_place(parts[1].split()[0])
    )


# a series before the imprint in the same brackets, set off by a semicolon (Oxford classics)
SERIES_FIRST_RE = re.compile(r"^(?P<series>[A-Z][^;:(),]{1,60}?);\s+(?=[A-Z])")


def _placed(text: str) -> bool:
    """ "Leiden", "Basingstoke": a place, not a series."""
    return is_place(text) or is_whole_place(text)


@memo.cached_fields(memo.PER_DOCUMENT)  # a book's imprint, note after note
def parse_paren_imprint(body: str) -> dict[str, str]:
    """An imprint in parentheses: as parse_imprint, but one name alone before the year
    ("(Brepols, 2019)", "(Annapolis, 1730)") is the publisher unless it is a known place, as
    English note styles print the publisher alone when the record has no place."""
    series = SERIES_FIRST_RE.match(body)  # "(Loeb Classical Library 142; Cambridge, MA, 1982)"
    rest = body[series.end() :] if series else ""
    if series and (_placed(series.group("series")) or not _placed(re.split(r"[,:;]", rest)[0])):
        series = None  # "(Leiden; Boston: Brill, 2005)": two places; "(EHESS; Gallimard; …)"
    body = body[series.end() :] if series else body
    out = parse_imprint(body) | ({"series": series.group("series")} if series else {})
    lone = out.get("address", "")
    if not lone or "publisher" in out or re.search(r"[,:\d]", body[: body.find(lone)] + lone):
        return out  # several parts, or a date ("September 28, 1993")
    if not is_place(lone) or PUBLISHER_WORDS_RE.search(lone) or MLA_PRESS_RE.search(lone):
        out["publisher"] = out.pop("address")  # "(Cambridge UP, 2016)": its town names a press
    return out


# MLA's short form of a university press: "U of Chicago P", "U of North Carolina P"
MLA_PRESS_RE = deferred.compile(r"\bU\s+of\s+(?:[A-Z][\w.’'-]*\s+){1,4}P\b")


def _nonempty(**fields: str) -> dict[str, str]:
    return {k: v for k, v in fields.items() if v.strip(" .,;:")}  # not the "." of "[en línea]."


@memo.cached_fields(memo.PER_DOCUMENT)
def date_fields(text: str) -> dict[str, str]:
    """Year and month (or season) stated in TEXT: "1 April 2012" -> year 2012, month April."""
    out: dict[str, str] = {}
    full = FULL_DATE_RE.search(text)
    year = YEAR_RE.search(text)
    if full:
        out["year"] = full.group("y1") or full.group("y2")
        text = full.group()
    elif year:
        out["year"] = year.group()[:4]
    month = MONTH_RE.search(text)
    if month and (year or not out):
        number = MONTH_NUMBERS.get(month.group("month").casefold().rstrip("."))
        if number:
            out["month"] = ENGLISH_MONTHS[number - 1]
    season = SEASON_RE.search(text)
    if season and "month" not in out:
        out["month"] = season.group("season")
    return out


ISO_DATE_RE = deferred.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")  # "2017-03-14"
DOTTED_DATE_RE = deferred.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d\d)\b")  # "14.3.17"
WHOLE_YEAR_RE = deferred.compile(rf"\b{YEAR}\b")
DAY_RE = deferred.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\b(?!\d)")  # "14th", "3."


def iso_date(text: str) -> str | None:
    """ "March 14, 2017", "14 March 2017", "14.3.2017", "14.3.17", "2017-03-14" -> "2017-03-14"."""
    numeric = ISO_DATE_RE.search(text)
    if numeric:
        return _iso(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
    dotted = DOTTED_DATE_RE.search(text)
    if dotted:
        year = int(dotted.group(3))
        if year < 100:  # "11.03.22": an access date, so of the web's years, 1970-2069
            year += 2000 if year < 70 else 1900
        return _iso(year, int(dotted.group(2)), int(dotted.group(1)))
    month = MONTH_RE.search(text)
    year = WHOLE_YEAR_RE.search(text)
    if not (month and year):
        return None
    number = MONTH_NUMBERS.get(month.group("month").casefold().rstrip("."))
    day = DAY_RE.search(text.replace(year.group(), " "))
    if number is None or day is None:
        return None
    return _iso(int(year.group()), number, int(day.group(1)))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def is_page_range(text: str, *, min_span: int = 4) -> bool:
    """ "353–375" is a chapter's own range; "456-458" is more likely a pinpoint."""
    match = PAGE_RANGE_RE.fullmatch(text.strip())
    if not match:
        return False
    first, last = int(match.group("first")), int(match.group("last"))
    if last < first and len(match.group("last")) < len(match.group("first")):  # "123-45"
        prefix = match.group("first")[: len(match.group("first")) - len(match.group("last"))]
        last = int(prefix + match.group("last"))
    return last - first >= min_span


# a bracket after the pinpoint that glosses it: "(no. 781)", "(39 Eliz. I, c. 3)", "(= Z V)"
TRAILING_GLOSS_RE = deferred.compile(r"(?<=\S)\s+\([^()]{1,40}\)$")


def without_gloss(tail: str) -> str:
    """TAIL (what follows an imprint) without the bracket that glosses its pinpoint."""
    return TRAILING_GLOSS_RE.sub("", tail) if tail.endswith(")") else tail


@lru_cache(maxsize=memo.PER_DOCUMENT)
def find_locator(tail: str) -> str | None:
    """The pinpoint after the imprint: ", p. 42, 49." -> "p. 42, 49"."""
    text = tail.strip(" ,.;:")
    if not text:
        return None
    match = LOCATOR_START_RE.search(text)
    if match and match.start() <= 2:
        return _before_bracketed_words(text[match.start() :]).strip(" ,.;") or None
    if re.match(
        r"^(?:(?:here|hier|ici|qui|at|esp\.)?\s*(?:[xivlc]+\.\s*)?[\dxivlc]+(?:\s*[-–—]\s*[\dxivlc]*)?"
        r"(?:\s*,\s*|\s+|$))+(?:f{1,2}\.?)?$",
        text,
    ):
        return text
    if LETTERED_PAGE_RE.match(text):
        return text  # "(1988): S95–S120", "(2005): e124": a supplement's or an e-journal's page
    return text if VOLUME_PAGE_RE.match(text) or VOLUME_COLON_PAGE_RE.match(text) else None


# a range of pages whose numbers carry a letter, or an article number: "S95–S120" (a supplement),
# "e124", "aac4716" (online journals); not a newspaper's "A1", which other rules read
LETTERED_PAGE_RE = deferred.compile(
    r"^(?:[A-Za-z]{1,3}\d{1,6}\s*[-–—]\s*[A-Za-z]{0,3}\d{1,6}|[a-z]{1,3}\d{3,7})$"
)


# a page in arabic or in small roman numerals (a preface's), or a range of them: "45–47", "xv–xxii"
_PAGES = r"(?:\d+|[xvilc]+)(?:\s*[-–—]\s*(?:\d+|[xvilc]+))?"
# a volume and its page joined by a colon, after a multi-volume work's imprint (Chicago):
# "2:583–84", "8:xxi–xxv"
VOLUME_COLON_PAGE_RE = deferred.compile(rf"^\d{{1,2}}:\s?{_PAGES}(?:\s*,\s*{_PAGES})*$")


# a volume in capitals, with the year it appeared, and a page: "IX (1976), 201" (MHRA), "I, xv–xxii"
VOLUME_PAGE_RE = deferred.compile(rf"^[IVXLC]+(?:\s*\((?:1[5-9]|20)\d\d\))?,\s*{_PAGES}$")


# words in square brackets after a pinpoint: "p. 177 [Masterarbeit] [En línea]", "p. 335 [British
# Archaeological Reports, 1233]": a medium, a thesis's kind, a series, not the pinpoint
BRACKETED_WORDS_RE = re.compile(r"\s*\[(?=[^\]]*[^\W\d_]{3})(?P<body>[^\]]*)\]")


def _before_bracketed_words(locator: str) -> str:
    for bracket in BRACKETED_WORDS_RE.finditer(locator):
        if not LOCATOR_START_RE.match(bracket.group("body")):  # "[fol. 3r]" is a pinpoint
            return locator[: bracket.start()]
    return locator


# "n.p.", "[s.n.]", "o. O.": no place or no publisher known (lexicons/no_imprint_words.txt), and
# the CSL locales' "no place", "no publisher", "no date" (parse.localeterms): "b.m.", "s.f."
NO_IMPRINT = frozenset(
    w.casefold().replace(" ", "")
    for w in (*lexicons.words("no_imprint_words"), *localeterms.NO_IMPRINT)
)


def without_unknown(fields: dict[str, str]) -> dict[str, str]:
    """FIELDS without a place or publisher that only says it is unknown ("Wien: n.p., 1785"),
    and with a publisher's numbered series set apart ("Suhrkamp st 395")."""
    out = {
        k: v
        for k, v in fields.items()
        if k not in ("publisher", "address")
        or v.strip("[] ").casefold().replace(" ", "") not in NO_IMPRINT
    }
    series = SERIES_AFTER_PUBLISHER_RE.match(out.get("publisher", ""))
    if (
        series
        and PUBLISHER_WORDS_RE.search(series.group("publisher"))
        and not PUBLISHER_WORDS_RE.search(series.group("series"))  # "Penguin Books 2"
        and "series" not in out
    ):
        out.update(publisher=series.group("publisher"), series=series.group("series"))
    return out


# German notes name the publisher's numbered series after it: "Suhrkamp st 395", "Reclam
# U-B 8915", "Suhrkamp edition unseld 19"; the publisher is known by its words
SERIES_AFTER_PUBLISHER_RE = re.compile(
    r"^(?P<publisher>[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*)?)\s+"
    r"(?P<series>(?:[A-Za-z][\w.-]*\s+){1,2}\d{1,5})$"
)


# "1937. 112–118", "1970. I. 212": the year, its full stop, then the pinpoint (Hungarian and
# some German notes close the imprint with a full stop, not a comma, before the pages)
YEAR_STOP_PAGES_RE = re.compile(r"^((?:1[4-9]|20)\d\d)\.\s+(?=(?:[IVX]+\.\s+)?\d)")


# "I–II. Budapest": the volumes of a work, then its place
VOLUMES_STOP_PLACE_RE = re.compile(r"^([IVX]{1,5}(?:\s?[–-]\s?[IVX]{1,5})?)\.\s+(?=[A-Z][a-z])")


def year_apart_from_pages(parts: list[str]) -> list[str]:
    """PARTS with a segment "1937. 112–118" cut in two: the year, then the pinpoint; and
    "I–II. Budapest": the volumes, then the place."""
    out = []
    for part in parts:
        match = YEAR_STOP_PAGES_RE.match(part) if part[:1] in "12" else None
        match = match or (VOLUMES_STOP_PLACE_RE.match(part) if part[:1] in "IVX" else None)
        out.extend([match.group(1), part[match.end() :]] if match else [part])
    return out
