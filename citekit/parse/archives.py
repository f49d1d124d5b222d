"""Archival references: one entry per collection; box, folder, date and page go to the locator."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.archiveitem import is_reference, item_and_reference, item_author, reference_in
from citekit.parse.context import HEREAFTER_ANYWHERE_RE
from citekit.parse.elements import Parsed, names_field
from citekit.parse.endanchored import EndAnchored
from citekit.parse.patterns import (
    COLLECTION_NAME_RE,
    LOCATOR_START_RE,
    PRESS_MARK_RE,
    REPOSITORY_RE,
)
from citekit.parse.places import is_whole_place

SIGLUM_RE = uregex.compile(r"^\(?(?P<siglum>[A-Z][A-Za-z]{1,5})\)?$")  # "HIA", "BArch", "TNA"
BOX_WORD_RE = uregex.compile(
    r"(?i)box|folder|file|fols?\.?(?=\s?\d)|ff?\.(?=\s?\d)|bl\.|b\.|d\.|ll\.|op\.|mappe|akte|kasten"
    r"|carton|dossier|liasse|busta|fasc|legajo|caja|caixa|capsa|pk\.|sygn|kart\.|inv\.|nr\.|оп\.|д\.|л\."
)
OF_PERSON_RE = uregex.compile(
    r"\bof\s+(?P<person>(?:[A-Z][\w.'’-]*\s*){1,4})"
)  # "the diary of T. Smith"


# repositories every historian abbreviates the same way; a document's own definitions win
KNOWN_REPOSITORIES = lexicons.table("repositories")  # {"TNA": "The National Archives", ...}
# a shelfmark: "Add. MS 5063", "Ms. Latin 11508", "Mss. 1, 8, 3" (a number follows "Ms.")
MANUSCRIPT_RE = uregex.compile(r"\bMSS?\b\.?\s+\S|\bMss?\.\s+(?=[^,;]{0,25}\d)\S")
# a call number: "IJ6 474", "FO 371/1234", "MS 12.3"
SHELFMARK_RE = uregex.compile(r"^[A-Z]{1,5}\d*(?:[\s/.-]\d+[\w/.-]*)+$")


def names_archive_siglum(text: str, abbreviations: dict[str, str]) -> bool:
    """ "AN, Série Justiça, IJ6 474", "Rapport du commissaire, 12 mars 1872, AN, F7 12345": an
    archive named by its siglum (one everyone uses, or one the document spelled out)."""
    return any(_archive_siglum(part, abbreviations) for part in text.split(","))


def _archive_siglum(part: str, abbreviations: dict[str, str]) -> bool:
    words = part.strip(" *").split()
    if not words or len(words) > 2 or len(words) == 2 and words[0] not in SIGLUM_LEADS:
        return False  # a siglum stands alone, or after "in": "AN", "in ACS"
    long = _spelled_out(words[-1], abbreviations)
    return bool(long) and bool(REPOSITORY_RE.search(long))


SIGLUM_LEADS = frozenset({"in", "In", "dans", "en", "im", "w"})


def _spelled_out(siglum: str, abbreviations: dict[str, str]) -> str:
    """The long form of SIGLUM: the document's own definition first, then the usual one."""
    return abbreviations.get(siglum) or KNOWN_REPOSITORIES.get(siglum, "")


def parse_archival(work: str, abbreviations: dict[str, str]) -> Parsed:
    """ "Box 5, Folder 6, Teimuraz Stepanov Papers, Hoover Institution Archive" -> fields."""
    by_siglum = HEREAFTER_ANYWHERE_RE.search(work) is not None  # "(im Folgenden: BArch)"
    work, locator = _cut_locator(HEREAFTER_ANYWHERE_RE.sub("", work))
    parts = comma_parts(work)
    shelfmark = None
    if locator is None and len(parts) >= 2 and SHELFMARK_RE.match(parts[-1]):
        shelfmark = locator = parts.pop()  # "AN, Série Justiça, IJ6 474": the item's call number
    fields: dict[str, str] = {}
    collection = _collection(parts)
    described: set[str] = set()  # the item's own words, no archive's even where they name one
    if item := not by_siglum and item_and_reference(parts):
        fields["title"], fields["note"] = item  # "Register, 1917, MH 106/2101, TNA, Kew"
        described = set(item[0].split(", "))
        writer, fields["title"] = item_author(fields["title"])  # "Hersz Wasser, Relacja …"
        fields.update(names_field("author", writer) if writer else {})
    elif collection is not None:
        fields["title"] = re.sub(
            r"^the\s+",
            "",
            COLLECTION_NAME_RE.search(parts[collection]).group("name"),
            flags=re.IGNORECASE,
        )
        if reference := reference_in(parts[collection + 1 :]):
            fields["note"] = reference  # "Records of the Hogarth Press, MS 2750, …"
    elif manuscript := next((p for p in parts if _names_manuscript(p)), None):
        fields["title"] = manuscript
    elif _fonds_after_repository(parts, abbreviations):
        fields["title"] = _fonds_after_repository(parts, abbreviations)
    elif shelfmark and " " in shelfmark:  # "AN, F7 12345": no fonds named, the series is the work
        fields["title"], locator = (
            _series_and_item(shelfmark, "") if "/" in shelfmark else shelfmark.rsplit(" ", 1)
        )
    elif called := _call_numbers_after_repository(parts, abbreviations):
        fields["title"], item = _series_and_item(*called)
        locator = ", ".join(p for p in (item, locator) if p) or None
    held = [p for p in parts if p not in described]
    repository = _repository(held, _collection(held), abbreviations)
    if repository:
        fields["howpublished"] = repository
    sigla = _defined_sigla(parts, abbreviations)
    fields.update(sigla)
    person = _person("" if "title" in sigla else fields.get("title", ""), work)  # a fonds: no one's
    if person:
        fields["_person"] = person
    return Parsed("unpublished", fields, locator)


def _names_manuscript(part: str) -> bool:
    """ "Add. MS 5063", "Cotton MS Nero D. iv", or a Cotton shelfmark alone: "Nero D. iv"."""
    return bool(MANUSCRIPT_RE.search(part) or PRESS_MARK_RE.match(part))


IN_WORD_RE = re.compile(r"^(?:in|In|dans|en|im|w)\s+")  # "in ACS": the archive after "in"


def _defined_sigla(parts: list[str], abbreviations: dict[str, str]) -> dict[str, str]:
    """ "in ACS, MI, DGPS" with each siglum defined: the archive, then the fonds inside it."""
    run: list[str] = []
    for part in parts:
        siglum = IN_WORD_RE.sub("", part)
        if siglum in abbreviations and SIGLUM_RE.match(siglum):
            run.append(siglum)
        elif run:
            break
    if not run or not REPOSITORY_RE.search(abbreviations[run[0]]):
        return {}
    archive, _, place = abbreviations[run[0]].partition(", ")
    fields = {"howpublished": f"{archive} ({run[0]})" + (f", {place}" if place else "")}
    if run[1:]:
        long = ", ".join(abbreviations[s] for s in run[1:])
        fields["title"] = f"{long} ({', '.join(run[1:])})"
    return fields


def _cut_locator(work: str) -> tuple[str, str | None]:
    """The box/folder pinpoint: to the end ("Papers, Box 5, Folder 6. Diary, 3 May"), or just
    its own run when the collection follows it ("Box 12, Folder 3, Acheson Papers, …")."""
    for match in LOCATOR_START_RE.finditer(work):
        if not BOX_WORD_RE.match(match.group("loc")):
            continue
        head, tail = work[: match.start()].strip(" ,.;"), work[match.start() :].strip(" ,.;")
        if COLLECTION_NAME_RE.search(tail) or REPOSITORY_RE.search(tail):
            parts = comma_parts(tail)
            run = list(_leading_run(parts))
            rest = ", ".join(parts[len(run) :])
            return f"{head}, {rest}".strip(" ,"), ", ".join(run) or None
        return head, tail or None
    return work, None


def _leading_run(parts: list[str]) -> list[str]:
    """The first parts that are box, folder or page numbers."""
    run = []
    for part in parts:
        if not (BOX_WORD_RE.match(part) or re.match(r"(?:pp?\.|S\.)\s*\d", part)):
            break
        run.append(part)
    return run


# "J. Smith", "b. 12", "fasc. 3", "Add. MS", "Bodl.", "II. HA": abbreviations and ordinals
# before a full stop, not the end of a part (a comma always ends one: "Kew, FO 371")
# (searched in its last four characters: the part so far grows a character at a time)
ABBREVIATED_RE = EndAnchored(uregex.compile(r"\b(?:[A-Z][a-z]{0,3}|[a-z]{1,4}|MSS?|[IVX]{2,4})$"))


def comma_parts(work: str) -> list[str]:
    """Comma or full-stop separated parts, never cutting inside a parenthesis or a quoted
    title ("“Minutes of the Council,” Clarke MS 41")."""
    parts, depth, current, low = [], 0, "", 0  # low: the „ quotes open, closed by ” or “
    for char in work:
        closing = char == "”" or char == '"' and current.count('"') % 2 == 1
        closing = closing or char == "“" and low > 0  # „German“ and „Polish”
        depth += (char in "(“„" and not closing or char == '"' and not closing) - (
            char == ")" or closing
        )
        low = max(0, low + (char == "„") - (char in "“”"))
        if depth == 0 and (char == "," or char == "." and not ABBREVIATED_RE.search(current)):
            parts.append(current.strip())
            current = ""
        elif depth == 0 and closing and current.endswith(","):  # the title's own comma
            parts.append(current[:-1].strip() + char)
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


def _fonds_after_repository(parts: list[str], abbreviations: dict[str, str]) -> str:
    """The fonds named after its archive: "Archiwum Narodowe w Krakowie, Starostwo Grodzkie…",
    "AN, Série Justiça" (AN defined as an archive)."""
    for index, part in enumerate(parts[:-1]):
        following = parts[index + 1]
        if (
            (REPOSITORY_RE.search(part) or _archive_siglum(part, abbreviations))
            and following[:1].isupper()
            and not re.search(r"\d", following)
            and not REPOSITORY_RE.search(following)
            and not SIGLUM_RE.match(following)
            and not is_whole_place(following)  # "Lancashire Archives, Preston": its town
        ):
            return following
    return ""


# a fonds or series by its call number: "Bestand 236", "A Rep. 001-02", "I. HA Rep. 77",
# "CO 273/219", "L/PJ/6/446"; a few words and a number, never a date ("3 May 1899")
CALL_NUMBER_RE = uregex.compile(r"^[A-Z][\w./-]*(?:\s[\w./-]+){0,3}$")
YEAR_RE = uregex.compile(r"\b(?:1[4-9]|20)\d\d\b")


def _call_numbers_after_repository(
    parts: list[str], abbreviations: dict[str, str]
) -> tuple[str, str] | None:
    """ "GLA, Bestand 236, Nr. 12345", "GStA PK, I. HA Rep. 77, Tit. 496", "TNA, CO 273/219":
    the fonds or series named by call numbers after its archive, and the item numbered
    after them ("Nr. 12345"), which goes to the locator."""
    run: list[str] = []
    seen_archive = False
    for index, part in enumerate(parts):
        if run and BOX_WORD_RE.match(part):
            return ", ".join(run), ", ".join(parts[index:])
        if _call_number(part) and (seen_archive or run):
            run.append(part)
        elif run:
            break
        else:
            seen_archive = seen_archive or _names_archive(part)
            seen_archive = seen_archive or _archive_siglum(part, abbreviations)
    return (", ".join(run), "") if run else None


def _series_and_item(series: str, item: str) -> tuple[str, str]:
    """ "R 43 I/1234", "CO 273/219": the series before the last slash is the work, and the
    whole call number, with the item after it, the locator (as "AN, F7 12345" reads)."""
    if "/" not in series.rsplit(", ", 1)[-1]:
        return series, item
    return series.rsplit("/", 1)[0], ", ".join(p for p in (series, item) if p)


def _call_number(part: str) -> bool:
    has_digit = any(c.isdigit() for c in part)
    return has_digit and bool(CALL_NUMBER_RE.match(part)) and not YEAR_RE.search(part)


def _collection(parts: list[str]) -> int | None:
    return next((i for i, p in enumerate(parts) if COLLECTION_NAME_RE.search(p)), None)


def _repository(parts: list[str], collection: int | None, abbreviations: dict[str, str]) -> str:
    """The holding institution: the parts after the collection, or those naming an archive."""
    after = parts[collection + 1 :] if collection is not None else []
    after = [p for p in after if not is_reference(p)]  # "…, PEARSON/11/1/22/40, UCL": the note
    if after and any(_names_archive(p) for p in after):
        chosen = after
    else:
        chosen = [p for p in parts if _names_archive(p) and not COLLECTION_NAME_RE.search(p)]
    text = ", ".join(expand_siglum(p, abbreviations) for p in chosen if not re.search(r"\d{4}", p))
    return text.strip(" ,")


def _names_archive(part: str) -> bool:
    return bool(REPOSITORY_RE.search(part) or SIGLUM_RE.match(part)) or part in KNOWN_REPOSITORIES


def expand_siglum(part: str, abbreviations: dict[str, str]) -> str:
    """ "HIA" -> "Hoover Institution Archive (HIA)" where the document spells it out."""
    long = _spelled_out(part, abbreviations)
    return f"{long} ({part})" if long else part


def _person(title: str, work: str) -> str:
    """Whose papers: from the collection name or "the diary of NAME"."""
    papers = re.search(r"\s*\b(?:Papers|Collection|Nachlass|Fonds|Records)\b.*$", title)
    if papers:  # "Teimuraz Stepanov Papers"; a series ("F7") or a fonds belongs to no one
        return title[: papers.start()].strip()
    match = OF_PERSON_RE.search(work)
    return match.group("person").strip() if match else ""
