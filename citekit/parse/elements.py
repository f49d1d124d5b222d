"""The parts of a citation after its names: title, imprint, pinpoint, pages, entry type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citekit.parse import memo, namecues, names, segments, uregex
from citekit.parse.dotimprint import dotted_imprint
from citekit.parse.imprint import (
    VOLUME_COUNT_RE,
    VOLUME_RE,
    date_fields,
    find_locator,
    is_page_range,
    parse_imprint,
    parse_paren_imprint,
)
from citekit.parse.patterns import (
    ABBREVIATIONS,
    BARE_IMPRINT_RE,
    CONFERENCE_RE,
    EDITED_BY_RE,
    EDITION_RE,
    EDITOR_MARK_RE,
    IMPRINT_PAREN_RE,
    PAGE_RANGE_RE,
    REPORT_RE,
    THESIS_RE,
    TRANSLATED_BY_RE,
    YEAR_RE,
)
from citekit.parse.prefilter import GuardedBy

NAME_IN_RE = uregex.compile(
    r"^(?P<author>.+?)\s+in\s*:\s*(?P<container>.*)$"
)  # "Anisimov in: Aven"


POSSESSIVE_LEAD_RE = uregex.compile(r"\b(?:in\s+)?(?:my|his|her|their|our)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one citation states: entry type, BibTeX fields, and its own pinpoint."""

    entry_type: str
    fields: dict[str, str] = field(default_factory=dict)
    locator: str | None = None


@lru_cache(maxsize=memo.PER_DOCUMENT)
def clean_title(text: str) -> str:
    """Strip emphasis, quotes and trailing punctuation; "Title. Subtitle" -> "Title: Subtitle"."""
    text = text.replace("*", "").strip(" “”\"‘’'«»„,.;:")
    text = " ".join(text.split())
    if ": " not in text:
        stop = SENTENCE_STOP_RE.search(text)
        if stop is not None and not _after_abbreviation(text, stop.start()):
            text = f"{text[: stop.start()]}: {text[stop.end() :]}"
    return text


def _after_abbreviation(text: str, stop: int) -> bool:
    """Does the full stop at STOP close an abbreviation ("*Proc. 20th Hawaii Int. Conf.*",
    "*Comm. ACM*"), which no subtitle follows?"""
    word = LAST_WORD_RE.search(text, 0, stop)
    return word is not None and word.group().casefold() in ABBREVIATIONS


LAST_WORD_RE = re.compile(r"\b\w+$")


# the full stop between title and subtitle; not a case's "v." ("Alder v. Birch", "Roe vs. Wade"),
# nor an abbreviation before a number ("Punt, William (fl. 1548–1563)", "c. 1500")
SENTENCE_STOP_RE = uregex.compile(
    r"(?<=[a-z\u00e0-\u024f)’'])(?<!\sv)(?<!\svs)\.\s+(?=[A-Z\u00c0-\u00dd])"
    r"|(?<=[^\W\d_]{3})\.\s+(?=\d)"
)
# tried at every position, its look-behinds first: both branches hold a stop and a space
SENTENCE_STOP_RE = GuardedBy(SENTENCE_STOP_RE, re.compile(r"\.\s"))


def match_title(match: re.Match[str]) -> str:
    return clean_title(next(g for g in match.groups() if g is not None))


# a body known by its initials, the whole of what stands before a title: "OECD", "UNESCO", "ICRC"
ACRONYM_BODY_RE = re.compile(r"[A-Z]{3,7}")


@memo.cached_fields(memo.PER_DOCUMENT)  # the same names open note after note
def people_before(before: str) -> tuple[dict[str, str], dict[str, str]]:
    """The names before the title: (author/editor fields, container-name fields)."""
    before = POSSESSIVE_LEAD_RE.sub("", before.strip()).strip(" ,.:;")
    before = re.sub(r"\s+in\s+(?:her|his|their)\b.*$", "", before)  # "Sexton in his memoir,"
    attributed = re.fullmatch(r"\[([^\[\]]{3,80})\]", before)
    if attributed:  # "[Joseph Richter], *Wienerische Musterkarte*": an anonymous work's author
        before = attributed.group(1)
    container: dict[str, str] = {}
    match = NAME_IN_RE.match(before)
    if match:
        before = match.group("author")
        inner = match.group("container").strip(" ,.")
        role = "editor" if EDITOR_MARK_RE.search(inner) else "bookauthor"
        container = names_field(role, inner)
    if ACRONYM_BODY_RE.fullmatch(before) and not container:
        return {"author": before}, container  # "OECD, *Synergies for Better Learning*"
    if not before or not namecues.starts_with_name(before + ","):
        return {}, container
    role = "editor" if EDITOR_MARK_RE.search(before) else "author"
    return names_field(role, before), container


@memo.cached_fields(memo.PER_DOCUMENT)
def names_field(role: str, text: str) -> dict[str, str]:
    found = names.split_names(text)
    return {role: " and ".join(found)} if found else {}


def parse_book(title: str, people: dict[str, str], after: str) -> Parsed:
    fields = {"title": title, **people}
    middle, tail = split_imprint(after, fields)
    if not tail and find_locator(middle):  # no imprint: ", Vol. 2, 439" is the pinpoint, whole
        return Parsed(special_type(middle, fields) or "book", fields, find_locator(middle))
    extra, volume = book_middle(middle)
    fields.update(extra)
    locator = find_locator(tail)
    if volume:
        fields.setdefault("volume", VOLUME_RE.search(volume).group("vol"))
    entry_type = "collection" if "editor" in fields and "author" not in fields else "book"
    entry_type = special_type(after, fields) or entry_type  # "(PhD diss., Univ. of X, 1998)"
    return Parsed(entry_type, fields, locator)


# a year in brackets right after the year of the edition read: the first edition's
ORIGINAL_YEAR_RE = re.compile(r"(?:1[4-9]|20)\d\d\s*\(\s*(?:1[4-9]|20)\d\d\s*\)$")


def split_imprint(after: str, fields: dict[str, str]) -> tuple[str, str]:
    """Find the imprint in AFTER, put its fields in FIELDS: (text before, text after)."""
    dotted = dotted_imprint(after)
    if dotted is not None:  # ". Helena Gimeno (ed.). Prensas. Zaragoza. 2019: 43–55" (ENAH)
        fields.update(dotted.fields)
        return dotted.middle, dotted.tail
    paren = IMPRINT_PAREN_RE.search(after)
    if paren and ORIGINAL_YEAR_RE.search(after[: paren.end()]):
        paren = None  # "Vintage Classics, 1995 (1872)": the first edition's year, no imprint
    if paren:
        fields.update(parse_paren_imprint(paren.group("body")))
        return after[: paren.start()], after[paren.end() :]
    parts = segments.split_segments(after.lstrip(" ."))  # "*Title*. São Paulo: …": no ". "
    found = segments.find_imprint(["", *parts]) if parts else None
    if found is not None:
        start, year_index, imprint = found
        fields.update(imprint)
        year_segment = parts[year_index - 1]  # find_imprint counted the "" put in front
        years = list(YEAR_RE.finditer(year_segment))
        after_year = year_segment[years[-1].end() :] if years else ""  # "1990 [1949]"
        if re.fullmatch(r"\s*[-–]\s*\d{1,4}\s*", after_year):
            after_year = ""  # "1966-67": the last volume's year, read with the first
        if "series" in imprint and after_year.lstrip().startswith("("):
            after_year = ""  # "1973 (Historia de España Alfaguara, II)": read into the fields
        tail = ", ".join(p for p in (after_year.strip(" ,)]"), *parts[year_index:]) if p)
        return ", ".join(parts[: start - 1]), tail
    bare = BARE_IMPRINT_RE.search(after)
    if bare:
        fields.update(parse_imprint(bare.group("body")))
        return after[: bare.start()], after[bare.end() :]
    return after, ""


def book_middle(middle: str) -> tuple[dict[str, str], str | None]:
    """Between title and imprint: editor of an authored book, edition, series, volume."""
    out: dict[str, str] = {}
    volume = None
    edited = EDITED_BY_RE.search(middle)
    if edited:
        out.update(names_field("editor", edited.group("names")))
        middle = middle[: edited.start()] + middle[edited.end() :]
    translated = TRANSLATED_BY_RE.search(middle) if "tr" in middle else None
    if translated:
        out.update(names_field("translator", translated.group("names")))
        middle = middle[: translated.start()] + middle[translated.end() :]
    vol = VOLUME_RE.search(middle)
    if vol:
        volume = vol.group().strip()
        middle = middle[: vol.start()] + middle[vol.end() :]
    edition = EDITION_RE.search(middle)
    if edition:
        out["edition"] = re.sub(r"\D", "", edition.group("ed")) or edition.group("ed")
        middle = middle[: edition.start()] + middle[edition.end() :]
    series = VOLUME_COUNT_RE.sub("", middle).strip(" ,.;:()")
    if series and re.search(
        r"\b(?:Series|Reihe|Studies|Library|Collection|coll\.|Schriften)\b", series
    ):
        numbered = SERIES_NUMBER_RE.fullmatch(series)  # "Loeb Classical Library 108"
        out.update(numbered.groupdict() if numbered else {"series": series})
    return out, volume


# a series and the book's number in it: "Loeb Classical Library 108", "Rolls Series, 51",
# "Studies in Medieval Culture, no. 12"
SERIES_NUMBER_RE = re.compile(
    r"(?P<series>[^\d]+?[^\d\s,])(?:,\s*|\s+)(?:(?:no|nr|vol)\.\s*)?(?P<number>\d{1,4}[a-z]?)"
)


PAGE_LABEL_RE = re.compile(r"^(?:pp?\.|[SsСс]\.|pages?)\s*")  # "pp. ", "S. ", "pages "
HERE_WORD_RE = re.compile(r"^(?:here|hier|ici|qui|at|esp\.|zde|tu|aquí)\s*")  # "…, 21–46, here 30"


def pages_or_locator(locator: str | None, fields: dict[str, str]) -> str | None:
    """A chapter's or article's own page range goes to `pages`; a pinpoint stays a locator."""
    if not locator:
        return None
    volume = LEADING_VOLUME_RE.match(locator)  # "v. 3, p. 15-44": the volume holding the part
    bare = PAGE_LABEL_RE.sub("", locator[volume.end() if volume else 0 :])
    ranges = list(PAGE_RANGE_RE.finditer(bare.strip()))
    if ranges and ranges[0].start() == 0 and is_page_range(ranges[0].group()):
        fields["pages"] = ranges[0].group()
        if volume:
            fields.setdefault("volume", volume.group("vol"))
        rest = bare.strip()[ranges[0].end() :].strip(" ,;()")
        rest = HERE_WORD_RE.sub("", rest).strip(" ,;()")
        return rest or None
    return locator


LEADING_VOLUME_RE = re.compile(r"(?:v|vol|t|Bd|sv|díl)\.?\s*(?P<vol>[\dIVXLC]+)\s*,\s*(?=\D)")


def special_type(text: str, fields: dict[str, str]) -> str | None:
    """Theses and reports, recognised by what the note says they are."""
    thesis = THESIS_RE.search(text)
    if thesis:
        if thesis.group("school"):
            fields["school"] = thesis.group("school").strip(" ,.")
            if fields.get("publisher") == fields["school"]:
                fields.pop("publisher")  # "tesis doctoral, Universidad de Sevilla": no publisher
        fields["type"] = thesis.group("type").strip(" ,.")
        return "thesis"
    report = REPORT_RE.search(text)
    if report:
        fields["type"] = report.group("type").strip()
        if report.group("number"):
            fields["number"] = report.group("number").strip(".,")
        fields.update({k: v for k, v in date_fields(text).items() if k not in fields})
        return "techreport"
    if CONFERENCE_RE.search(text):
        fields.update({k: v for k, v in date_fields(text).items() if k not in fields})
        return "unpublished"
    return None
