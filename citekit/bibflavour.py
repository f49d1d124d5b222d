"""Entry types and fields for the two .bib flavours: biblatex + biber, or classic BibTeX.

biblatex (the default): biblatex types, `journaltitle`, `location`, `date`, and only the
fields biblatex's datamodel gives each type (lexicons/biblatex_fields.txt); a field a type
has no place for is moved where biblatex prints it (an online page's `howpublished` to
`organization`, a court case's volume and page to `note`, anything else to `addendum`); the
mandatory fields of a type are met from what the work states (citekit.bibrequired).
BibTeX: the types every .bst knows (collection -> book, online -> misc, thesis ->
phdthesis/mastersthesis, report -> techreport), `journal`, `address`, `year` and `month`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from citekit import bibrequired, lexicons
from citekit.texbraces import stray_braces, without_stray_braces


class Flavour(StrEnum):
    BIBLATEX = "biblatex"
    BIBTEX = "bibtex"


# BibTeX-only types -> the biblatex type and the `type` field that keeps the distinction.
TO_BIBLATEX = {
    "phdthesis": ("thesis", "phdthesis"),
    "mastersthesis": ("thesis", "mathesis"),
    "techreport": ("report", "techreport"),
    "conference": ("inproceedings", None),
    "electronic": ("online", None),
    "www": ("online", None),
    "webpage": ("online", None),
}
# biblatex types -> the classic type a .bst knows (what is not here and not classic: misc)
TO_BIBTEX = {
    "collection": "book",
    "mvbook": "book",
    "mvcollection": "book",
    "reference": "book",
    "bookinbook": "incollection",
    "inbook": "incollection",
    "suppbook": "incollection",
    "inreference": "incollection",
    "suppcollection": "incollection",
    "report": "techreport",
    "mvproceedings": "proceedings",
}
BIBTEX_TYPES = frozenset(
    [
        "article",
        "book",
        "booklet",
        "inbook",
        "incollection",
        "inproceedings",
        "manual",
        "mastersthesis",
        "misc",
        "phdthesis",
        "proceedings",
        "techreport",
        "unpublished",
    ]
)
MASTERS_TYPES = frozenset({"mathesis", "mastersthesis", "masters thesis", "ma thesis"})
# field renames, classic name -> biblatex name
TO_BIBLATEX_NAMES = {"journal": "journaltitle", "address": "location", "school": "institution"}
# (type, has an editor) -> the type of a work without author: an edited book is a
# collection; an archival item without author is biblatex's catch-all, misc
ANONYMOUS_TYPES = {
    ("book", True): "collection",
    ("unpublished", False): "misc",
    ("unpublished", True): "misc",
}
DATE_FIELDS = frozenset({"date", "urldate", "origdate", "eventdate"})
# fields always allowed besides the datamodel's: dates biber splits into parts
MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
NUMBER_RE = re.compile(r"^\d{1,2}$")
YEAR_ONLY_RE = re.compile(r"^\d{4}$")


def to_biblatex(entry_type: str, fields: dict[str, str]) -> tuple[str, dict[str, str]]:
    """ENTRY_TYPE and FIELDS (plain text, lower-case names) as biblatex reads them."""
    entry_type, subtype = _biblatex_type(entry_type)
    out = {TO_BIBLATEX_NAMES.get(k, k): v for k, v in fields.items()}
    if subtype and not out.get("type"):
        out["type"] = subtype
    if not out.get("author"):  # types whose author is mandatory, for works without one
        entry_type = ANONYMOUS_TYPES.get((entry_type, bool(out.get("editor"))), entry_type)
    entry_type = bibrequired.meet(entry_type, out)
    _month_to_date(out, entry_type)
    return entry_type, _placed(entry_type, out)


def to_bibtex(entry_type: str, fields: dict[str, str]) -> tuple[str, dict[str, str]]:
    """ENTRY_TYPE and FIELDS as classic BibTeX and every .bst read them."""
    biblatex_type, subtype = _biblatex_type(entry_type)
    out = {_classic_name(k): v for k, v in fields.items()}
    subtype = out.pop("type", subtype or "")
    if biblatex_type == "thesis":
        classic = "mastersthesis" if subtype.lower() in MASTERS_TYPES else "phdthesis"
        if "institution" in out:
            out.setdefault("school", out.pop("institution"))
    else:
        classic = TO_BIBTEX.get(biblatex_type, biblatex_type)
        if subtype and subtype.lower() not in {"phdthesis", "techreport"}:
            out["type"] = subtype
    if classic not in BIBTEX_TYPES:
        classic = "misc"
    if classic == "misc":
        _online_to_misc(out)
    _date_to_year(out)
    return classic, out


def month_macro(month: str) -> str | None:
    """'2' or '02' -> 'feb' (BibTeX's month string); anything else -> None."""
    if NUMBER_RE.match(month) and 1 <= int(month) <= 12:
        return MONTH_NAMES[int(month) - 1]
    return None


def _biblatex_type(entry_type: str) -> tuple[str, str | None]:
    lowered = entry_type.lower()
    if lowered in TO_BIBLATEX:
        return TO_BIBLATEX[lowered]
    return (lowered, None) if lowered in _allowed() else ("misc", None)


def _classic_name(name: str) -> str:
    return {v: k for k, v in TO_BIBLATEX_NAMES.items()}.get(name, name)


def _month_to_date(fields: dict[str, str], entry_type: str) -> None:
    """year + numeric month -> `date` (2011-02); a season is an article's `issue`."""
    month, year = fields.get("month", ""), fields.get("year", "")
    if not month:
        return
    if NUMBER_RE.match(month) and YEAR_ONLY_RE.match(year) and "date" not in fields:
        fields["date"] = f"{year}-{int(month):02d}"
        del fields["year"], fields["month"]
    elif not NUMBER_RE.match(month):
        del fields["month"]
        target = "issue" if entry_type == "article" and "issue" not in fields else "addendum"
        _append(fields, target, month)


def _date_to_year(fields: dict[str, str]) -> None:
    date = fields.pop("date", "")
    match = re.match(r"^(\d{4})(?:-(\d{2}))?", date)
    if match:
        fields.setdefault("year", match.group(1))
        if match.group(2):
            fields.setdefault("month", str(int(match.group(2))))
    elif date:
        fields.setdefault("year", date)


def _online_to_misc(fields: dict[str, str]) -> None:
    """An online page's site and access date where plainnat prints them."""
    for name in ("organization", "titleaddon"):
        if name in fields:
            _append(fields, "howpublished", fields.pop(name))
    if "urldate" in fields:
        _append(fields, "note", "Accessed " + fields.pop("urldate"))


def _placed(entry_type: str, fields: dict[str, str]) -> dict[str, str]:
    """Fields the datamodel gives ENTRY_TYPE; the others moved where biblatex prints them."""
    allowed = _allowed()["*"] | _allowed().get(entry_type, frozenset()) | DATE_FIELDS
    out = {k: v for k, v in fields.items() if k in allowed}
    stray = {k: v for k, v in fields.items() if k not in allowed}
    if "howpublished" in stray and "organization" in allowed:
        out.setdefault("organization", stray.pop("howpublished"))
    if "volume" in stray and "pages" in stray and "note" in allowed:  # a reporter: 347 U.S. 483
        parts = (stray.pop("volume"), stray.pop("journaltitle", ""), stray.pop("pages"))
        _append(out, "note", " ".join(p for p in parts if p))
    for value in stray.values():
        _append(out, "addendum" if "addendum" in allowed else "note", value)
    return out


def _append(fields: dict[str, str], name: str, value: str) -> None:
    """VALUE added to the field NAME after what it holds. A brace without a partner in one
    value is debris of the reading ("{" alone); joined to another value it could pair with
    theirs and make one BibTeX group of two fields' text, so such braces are left out."""
    if not fields.get(name):
        fields[name] = value
    elif stray_braces(fields[name]) or stray_braces(value):
        fields[name] = f"{without_stray_braces(fields[name])}, {without_stray_braces(value)}"
    else:
        fields[name] = f"{fields[name]}, {value}"


@cache
def _allowed() -> Mapping[str, frozenset[str]]:
    """entry type -> the fields biblatex's datamodel gives it ("*": every type)."""
    return {row[0]: frozenset(row[1:]) for row in lexicons.rows("biblatex_fields")}
