"""A cited work's gold fields: its record's BibTeX fields, kept only where the document states them.

A field is stated when its value can be read in the rendered citations of the work: names by
their family name, texts folded (case, accents, punctuation), URLs and DOIs verbatim. Numbers
are too short to trust a text search ("2" is in many citations), so the build renders every
document a second time with sentinel values in those fields (`probe_item`): a number is stated
when its sentinel shows in that rendering.
"""

from __future__ import annotations

import re
import unicodedata

ENTRY_TYPES = {  # CSL type -> the BibTeX type GOLD.md asks for
    "book": "book",
    "chapter": "incollection",
    "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection",
    "entry": "incollection",
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "review": "article",
    "review-book": "article",
    "paper-conference": "inproceedings",
    "thesis": "thesis",
    "report": "techreport",
    "manuscript": "unpublished",
    "webpage": "online",
    "post": "online",
    "post-weblog": "online",
}  # fmt: skip; anything else (cases, legislation, treaties, software, speeches) is misc
CONTAINER_FIELD = {"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle",
                   "online": "howpublished"}  # fmt: skip
PUBLISHER_FIELD = {"thesis": "school", "techreport": "institution"}
# sentinels: values no real record has, in the fields whose numbers a text search cannot trust
SENTINELS = {"volume": "3847", "issue": "3848", "number": "3849", "page": "3851-3866",
             "issued": 1117, "accessed": 1119}  # fmt: skip
SENTINEL_SEEN = {"volume": "3847", "number": "3848|3849", "pages": "3851", "year": "1117",
                 "urldate": "1119"}  # fmt: skip
TAG_RE = re.compile(r"</?[a-z][^>]*>")  # CSL rich text: <i>, <span class="nocase">
ROMAN = {"3847": "mmmdcccxlvii", "3848": "mmmdcccxlviii", "3849": "mmmdcccxlix"}


def entry_type(item: dict) -> str:
    """The BibTeX type: an edited volume without authors is a collection."""
    kind = ENTRY_TYPES.get(item["type"], "misc")
    if kind == "book" and not item.get("author") and item.get("editor"):
        return "collection"
    return kind


def probe_item(item: dict) -> dict:
    """The item with sentinels in its number and date fields (those it has)."""
    out = dict(item)
    for name in ("volume", "issue", "number", "page"):
        if name in out:
            out[name] = SENTINELS[name]
    for name in ("issued", "accessed"):
        parts = (out.get(name) or {}).get("date-parts")
        if parts and parts[0]:
            out[name] = {"date-parts": [[SENTINELS[name], *parts[0][1:]]]}
    return out


def stated_fields(item: dict, texts: list[str], probes: list[str]) -> dict:
    """ENTRYTYPE and the record's fields that the work's rendered citations state."""
    kind = entry_type(item)
    text, probe = " ".join(texts), fold(" ".join(probes))
    out: dict = {"ENTRYTYPE": kind}
    for name, value in _candidates(item, kind).items():
        if _stated(name, value, text, probe):
            out[name] = value
    for role in ("author", "editor", "translator"):
        names = _names_stated(item.get(role, []), fold(text))
        if names:
            out[role] = names
    return out


def states_details(item: dict, text: str, probe: str) -> bool:
    """Whether one citation gives more than names and title: a date, an imprint, a container..."""
    if re.search(rf"\b{SENTINEL_SEEN['year']}\b", fold(probe)):
        return True
    rest = f" {fold(text)} "
    for title in (item.get("title"), item.get("title-short")):  # "in bAsel" is no place
        rest = rest.replace(f" {fold(TAG_RE.sub('', title or ''))} ", " ", 1) if title else rest
    values = [item.get(k) for k in ("publisher", "publisher-place", "container-title")]
    if any(v and f" {fold(TAG_RE.sub('', str(v)))} " in rest for v in values):
        return True
    return any(
        v and str(v).casefold() in text.casefold() for v in (item.get("URL"), item.get("DOI"))
    )


def dated_only(item: dict, text: str) -> bool:
    """Whether the year is the only detail a citation gives beyond names and title."""
    year = _date(item.get("issued"))[:4]
    return bool(year) and f" {year} " in f" {fold(text)} " and not states_details(item, text, "")


def fold(text: str) -> str:
    """Casefold, drop accents, Markdown asterisks and punctuation, collapse spaces."""
    text = unicodedata.normalize("NFKD", str(text).replace("*", ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


def name(person: dict) -> str:
    """'Family, Given' with a non-dropping particle before the family name, as BibTeX puts it."""
    if "literal" in person:
        return person["literal"]
    family = " ".join(p for p in (person.get("non-dropping-particle"), person.get("family")) if p)
    given = " ".join(p for p in (person.get("given"), person.get("dropping-particle")) if p)
    return f"{family}, {given}" if given else family


def _candidates(item: dict, kind: str) -> dict[str, str]:
    out = {"title": item.get("title"), "url": item.get("URL"), "doi": item.get("DOI")}
    out[PUBLISHER_FIELD.get(kind, "publisher")] = item.get("publisher")
    out["volume"] = item.get("volume")
    if kind != "misc":  # cases, statutes, software: as the hand-written gold gives them
        out[CONTAINER_FIELD.get(kind, "")] = item.get("container-title")
        out["address"] = item.get("publisher-place")
        out["series"] = item.get("collection-title")
        out["number"] = item.get("issue") or item.get("number")
    if kind in ("article", "incollection", "inproceedings", "misc"):
        out["pages"] = item.get("page")
    out["year"] = _date(item.get("issued"))[:4] or None
    out["urldate"] = _date(item.get("accessed")) if len(_date(item.get("accessed"))) == 10 else None
    if kind in ("thesis", "techreport"):
        out["type"] = item.get("genre")
    return {k: TAG_RE.sub("", str(v)).strip() for k, v in out.items() if k and v and str(v).strip()}


def _stated(name: str, value: str, text: str, probe: str) -> bool:
    if name in SENTINEL_SEEN:
        seen = re.search(rf"\b({SENTINEL_SEEN[name]})\b", probe)
        roman = (  # "12" may be printed "xii"; "12,2" as "xii,ii" is not the record's value
            name in ("volume", "number")
            and value.isdigit()
            and re.search(rf"\b({'|'.join(ROMAN.values())})\b", probe)
        )
        return bool(seen or roman) and _value_shows(name, value, text)
    if name in ("url", "doi"):
        return value.casefold() in text.casefold()
    return f" {fold(value)} " in f" {fold(text)} "


def _value_shows(name: str, value: str, text: str) -> bool:
    """Whether the real rendering prints the value where the probe printed its sentinel.

    citeproc can print a date range without its dash ("19511963") or a volume "12,2" as
    "12.,zweiter Bd."; the sentinel still shows, the record's value does not."""
    if name in ("urldate", "pages"):  # dates and ranges are written in many ways
        return True
    folded = f" {fold(text)} "
    if name in ("volume", "number") and value.isdigit():
        return any(f" {v} " in folded for v in (int(value), _roman(int(value))))
    return f" {fold(value)} " in folded


def _roman(number: int) -> str:
    out = ""
    for amount, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                            (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                            (4, "iv"), (1, "i")):  # fmt: skip
        while number >= amount:
            out, number = out + letters, number - amount
    return out


def _names_stated(people: list[dict], folded: str) -> list[str]:
    """The people whose family name the text gives; 'others' when the list was cut short."""
    found = [p for p in people if _family_seen(p, folded)]
    if not found:
        return []
    names = [name(p) for p in found]
    if len(found) < len(people) and found == people[: len(found)]:
        names.append("others")
    return names


def _family_seen(person: dict, folded: str) -> bool:
    family = fold(person.get("literal") or person.get("family") or "")
    return bool(family) and f" {family} " in f" {folded} "


def _date(date: dict | None) -> str:
    parts = ((date or {}).get("date-parts") or [[]])[0]
    if not parts or not str(parts[0]).isdigit():
        return ""
    return "-".join(f"{int(p):02d}" if i else f"{int(p):04d}" for i, p in enumerate(parts))
