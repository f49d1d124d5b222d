"""The fields biblatex's datamodel requires of a type, met from what the work itself states.

`biber --validate-datamodel` checks each entry for the mandatory fields of its type
(blx-dm.def). Where the parser left a stated fact outside them, it is moved, never made up:

- a contribution to a book whose editor is not stated is an `inbook` (author, title,
  booktitle: "a part of a book which forms a self-contained unit with its own title"), not
  an `incollection`, which is defined by its editor;
- a personal communication (an interview, an e-mail: a `misc` whose only description is its
  `note`) takes that description as its generic title and the date it ends with as its
  `date`, as biblatex-chicago's `misc` with an `entrysubtype` has them;
- a volume in Roman numerals ("II", "IV/1") becomes the integer the datamodel wants, the
  number after a slash its `part` (Chicago, too, gives volume numbers in Arabic numerals).

What no field states stays missing: a work cited only by its short form has no date, an
unsigned article no author. biblatex's manual (2.3.2, "Missing and Omissible Data") says its
styles print such entries; `date = {n.d.}` would state what the document does not.
"""

from __future__ import annotations

import re

# "IV", "xii": a Roman numeral and nothing else (case as written)
ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
LOWER_ROMAN_RE = re.compile(r"^[ivxl]+$")  # lower case only in the small numerals: "xii"
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
VOLUME_PART_RE = re.compile(r"^(?P<volume>\w+)\s*/\s*(?P<part>\d+)$")  # "IV/1", "3/2"
# ", 12 May 2010" / ", 1991-92" ending a description: the date it was given or made
LAST_DATE_RE = re.compile(r",\s*(?P<date>[^,]*\b\d{4}(?:[-–/]\d{2,4})?)\s*\.?$")
RANGE_RE = re.compile(r"\b(?P<start>\d{4})[-–/](?P<end>\d{2,4})$")  # "1991-92" -> 1991/1992
PERSONAL_SUBTYPE = "personal"  # biblatex-chicago: a misc with any entrysubtype is unpublished


def meet(entry_type: str, fields: dict[str, str]) -> str:
    """ENTRY_TYPE (biblatex) with FIELDS moved in place where the datamodel reads them;
    returns the entry type, perhaps the more general one the stated fields fit."""
    if entry_type == "incollection" and not fields.get("editor"):
        entry_type = "inbook"
    if entry_type == "misc" and not fields.get("title") and fields.get("note"):
        _described(fields)
    if fields.get("volume"):
        _volume_number(fields)
    return entry_type


def _described(fields: dict[str, str]) -> None:
    """'Interview with J. Smith by the author, London, 12 May 2010': title + date."""
    description = fields.pop("note")
    found = LAST_DATE_RE.search(description)
    date = _date(found.group("date")) if found else ""
    if date and not (fields.get("date") or fields.get("year")):
        fields["date"] = date
        description = description[: found.start()]
    fields["title"] = description
    fields.setdefault("entrysubtype", PERSONAL_SUBTYPE)


def _date(text: str) -> str:
    """'12 May 2010' -> 2010-05-12, 'May 2010' -> 2010-05, '1991-92' -> 1991/1992."""
    # read as the parser reads dates; loaded here: `citekit duplicates` needs no parser
    from citekit.parse.imprint import date_fields, iso_date

    span = RANGE_RE.search(text)
    if span:
        start, end = span.group("start"), span.group("end")
        end = start[: 4 - len(end)] + end
        return f"{start}/{end}" if end > start else ""
    full = iso_date(text)
    if full:
        return full
    stated = date_fields(text)
    year, month = stated.get("year", ""), stated.get("month", "")
    number = _month_number(month)
    return f"{year}-{number:02d}" if year and number else year


def _month_number(month: str) -> int | None:
    from citekit.parse.imprint import ENGLISH_MONTHS  # the names date_fields returns

    return ENGLISH_MONTHS.index(month) + 1 if month in ENGLISH_MONTHS else None


def _volume_number(fields: dict[str, str]) -> None:
    volume = fields["volume"].strip()
    split = VOLUME_PART_RE.match(volume)
    if split and not fields.get("part"):
        volume = split.group("volume")
    number = _roman(volume) if _is_roman(volume) else None
    if (volume.isascii() and volume.isdigit()) or number:  # not "¹": a digit to str, no int
        fields["volume"] = str(number or int(volume))
        if split and not fields.get("part"):
            fields["part"] = split.group("part")


def _is_roman(text: str) -> bool:
    """'IV' or 'iv', not 'Mix' or 'cd' (a word that happens to be made of numeral letters)."""
    return bool(
        ROMAN_RE.match(text) or (LOWER_ROMAN_RE.match(text) and ROMAN_RE.match(text.upper()))
    )


def _roman(numeral: str) -> int:
    values = [ROMAN_VALUES[c] for c in numeral.upper()]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
