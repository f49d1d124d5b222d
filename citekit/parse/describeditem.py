"""An archival item described beside its archive and the labelled units that find it:
"Politburo resolution on kolkhoz trade, May 10, 1932, RGASPI, f. 17, op. 3, d. 883, l. 10"
(the item first), "AGI, Charcas, 16, R. 12, N. 56, carta del virrey …, 20 de marzo de 1573,
f. 3v" (the item after its units), "Mantua, Archivio di Stato, Archivio Gonzaga, busta 2162,
fol. 12r (Francesco Gonzaga to Ferdinando Gonzaga, 5 January 1607)" (MHRA: the item in
brackets after the leaf).

The description is the work's title (two items of one archive are two works), the fonds and
units its note, the archive (with its town) `howpublished`, the closing leaf the locator. A
reference with no description (a fonds cited by its units alone) is citekit.parse.archives'.
"""

from __future__ import annotations

import re

from citekit.parse.archivalunits import holds_unit, is_leaf, unit_kind, unit_parts
from citekit.parse.archives import comma_parts, expand_siglum
from citekit.parse.context import HEREAFTER_ANYWHERE_RE
from citekit.parse.cues import PROSE_VERBS_RE
from citekit.parse.elements import Parsed
from citekit.parse.patterns import COLLECTION_NAME_RE, REPOSITORY_RE
from citekit.parse.places import is_whole_place

# an archive named by its siglum alone ("RGASPI", "AGI", "BArch"), or by a department's and its
# library's ("ОР РГБ": the manuscript department of the Russian State Library)
_SIGLUM = r"[A-ZА-Я][A-Za-zА-Яа-я]{0,2}[A-ZА-Я]{1,6}"
SIGLUM_PART_RE = re.compile(rf"{_SIGLUM}(?:\s{_SIGLUM})?")
CLOSING_BRACKET_RE = re.compile(r"\s*\((?P<inner>[^()]{4,200})\)\s*$")
# a description closes with its date, whatever the century ("…, abad de Sahagún, 1093")
YEAR_END_RE = re.compile(r"(?<![\d.,/-])\d{3,4}$")
QUOTES = "“”\"‘’'«»„*"


def parse_described_item(work: str, abbreviations: dict[str, str] | None = None) -> Parsed | None:
    """The fields of an archival item described beside its archive and units, None where WORK
    is no such citation."""
    if not holds_unit(work):
        return None  # (the cheap test first: most citations hold no archive's unit)
    if _names_collection(work) or HEREAFTER_ANYWHERE_RE.search(work):
        return None  # "…, Chernyaev Papers, …" (or its announced short form): the collection
    body, bracketed = _closing_bracket(work.strip(" .;"))
    parts, joiner = _parts(body)
    units = [i for i, p in enumerate(parts) if unit_kind(p)]
    leaf = None
    if parts and is_leaf(parts[-1], after_units=any(i < len(parts) - 1 for i in units)):
        leaf = parts.pop()
        units = [i for i in units if i < len(parts)]
    if not units:
        return None
    first, last = units[0], units[-1]
    archive = _archive_at(parts[:first])
    if archive is None or not _found_by_units(parts[archive + 1 : last + 1], leaf):
        return None
    low, high = _with_towns(parts, archive, first)
    after = parts[last + 1 :]
    if after and (parts[:low] or not _closed(after, leaf)):
        return None  # words after the units that describe nothing ("…, kart. 12, inv. č. 34")
    description = parts[:low] or after or _bracketed(bracketed)
    if not description or not _describes(description):
        return None
    title = ", ".join(p.strip(QUOTES) for p in description)
    fields = {
        "title": title[:1].upper() + title[1:],
        "note": joiner.join(parts[high : last + 1]),
        "howpublished": ", ".join(expand_siglum(p, abbreviations or {}) for p in parts[low:high]),
    }
    return Parsed("unpublished", fields, leaf)


def _names_collection(work: str) -> bool:
    """Does WORK name a collection ("Chernyaev Papers", "Nachlass Helmholtz"), a fond by its
    number aside ("Ф. 1287" is one of the units, as "f. 17" is)?"""
    return any(unit_kind(m.group()) is None for m in COLLECTION_NAME_RE.finditer(work))


def _parts(body: str) -> tuple[list[str], str]:
    """BODY's parts, and what joins its units: a GOST note puts the item before "//" and its
    archive and units after it, each closed by a full stop ("Записка …, 1880 г. // РГИА. Ф.
    1287. Оп. 11. Д. 1423. Л. 5"); the description before "//" is one part, whatever its commas
    and initials. Other notes are cut at their commas."""
    item, slashes, host = body.partition(" // ")
    if not slashes:
        return comma_parts(body), ", "
    return [item.strip(" ,"), *unit_parts(host)], ". "


def _closing_bracket(text: str) -> tuple[str, str]:
    """TEXT less a closing bracket, and what it holds ("…, l. 7 (Politburo protocol, …)")."""
    found = CLOSING_BRACKET_RE.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], found.group("inner")


def _archive_at(parts: list[str]) -> int | None:
    """The first of PARTS that names an archive: "Archivo Histórico Nacional (AHN)",
    "Stadsarchief Delft", "RGASPI"."""
    for index, part in enumerate(parts):
        if _repository(part) or SIGLUM_PART_RE.fullmatch(part.strip(" *")):
            return index
    return None


def _repository(part: str) -> bool:
    """Does PART name an archive, in capitals too, as ABNT sets a body's name ("ARQUIVO
    PÚBLICO DO ESTADO DA BAHIA (APEB)")?"""
    words = part.split()
    capitals = len(words) >= 2 and part.isupper()
    return REPOSITORY_RE.search(part.title() if capitals else part) is not None


def _found_by_units(parts: list[str], leaf: str | None) -> bool:
    """Do PARTS (the fonds and units after the archive) find an item: a holding only an
    archive has, units ("R. 12, N. 56"), or a unit and the leaf cited ("reg. 11, fol. 55v")?"""
    kinds = [unit_kind(p) for p in parts]
    return "holding" in kinds or kinds.count("unit") >= (1 if leaf else 2)


def _with_towns(parts: list[str], archive: int, first: int) -> tuple[int, int]:
    """The archive's parts with its town: before it when the town opens the note (MHRA's
    "Mantua, Archivio di Stato"), or right after it ("Arquivo Nacional, Rio de Janeiro")."""
    low, high = archive, archive + 1
    if archive == 1 and _town(parts[0]):
        low = 0
    if high < first and is_whole_place(parts[high]):
        high += 1
    return low, high


def _town(part: str) -> bool:
    return is_whole_place(part) or len(part.split()) == 1 and part[:1].isupper()


def _bracketed(inner: str) -> list[str]:
    """The description in a closing bracket: a dated document ("Politburo protocol, December
    29, 1932"), not a gloss ("(Paris)")."""
    parts = comma_parts(inner) if inner else []
    return parts if parts and YEAR_END_RE.search(parts[-1]) else []


def _closed(parts: list[str], leaf: str | None) -> bool:
    """Do PARTS after the units describe the item ("carta del virrey …, 20 de marzo de 1573,
    f. 3v"), rather than open commentary ("…, d. 5, which shows that …")? A description is
    dated, quoted or followed by the leaf cited, and holds no verb of prose."""
    if not parts or PROSE_VERBS_RE.search(" ".join(parts)):
        return False
    dated = YEAR_END_RE.search(parts[-1]) is not None
    return leaf is not None or dated or parts[0][:1] in QUOTES


def _describes(parts: list[str]) -> bool:
    """Words that describe an item, not a number or a town alone."""
    words = re.findall(r"[^\W\d_]{3,}", " ".join(parts))
    return len(words) >= 2 and not all(is_whole_place(p) or not p.strip(QUOTES) for p in parts)
