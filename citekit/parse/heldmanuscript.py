"""A manuscript cited by its holder, its shelfmark and its leaf, in either order:
"Paris, Bibliothèque nationale de France, MS lat. 1 (Vivian Bible), fol. 423r" (MHRA: town,
holder, shelfmark), "A. Author, *Title*, MS Selden 12, fol. 3v, Bodleian Library, Oxford"
(Chicago: the item first). The item's title, if any, is the work's title (the shelfmark's
name in brackets, the letter in brackets after the leaves, or a marked title); else the
shelfmark names it. The shelfmark is the note, the holder `howpublished`, the leaves the locator.
"""

from __future__ import annotations

import re

from citekit.parse import titlespans, uregex
from citekit.parse.archives import comma_parts, expand_siglum
from citekit.parse.elements import Parsed, people_before
from citekit.parse.patterns import REPOSITORY_RE, YEAR_RE
from citekit.parse.places import is_whole_place

# a shelfmark: "MS gr. 129D", "DC MS 19", "Add. MS 5063", "MS Marsh 139", "Cod. Sang. 1092",
# and the name some carry in brackets ("MS gr. 129D (Chludov Psalter)")
SHELFMARK_RE = uregex.compile(
    r"(?P<mark>(?:[A-Z][\w.]*\s+){0,2}(?:MSS?\.?|Cod\.)\s+(?:[a-z]{2,5}\.\s+)?[A-Z\d][\w.]*"
    r"(?:\s+[\w.°]+){0,3}?)\s*(?:\((?P<name>[^()]{2,80})\))?"
)
# the leaves cited, and what is named in brackets after them: "fols 112–13 (A to B, 9 May 1830)"
FOLIO_RE = uregex.compile(
    r"(?P<leaves>(?:fols?\.?|ff?\.)\s*\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)\s*(?:\((?P<item>[^()]{4,120})\))?"
)


def parse_held_manuscript(work: str, abbreviations: dict[str, str] | None = None) -> Parsed | None:
    """The fields of a manuscript named with its holder, None where WORK is no such citation."""
    if "MS" not in work and "Cod." not in work:
        return None  # (the cheap test first: most citations name no manuscript)
    parts = comma_parts(work)
    at = next((i for i, p in enumerate(parts) if SHELFMARK_RE.fullmatch(p)), None)
    if at is None:
        return None
    shelf = SHELFMARK_RE.fullmatch(parts[at])
    leaves = [FOLIO_RE.fullmatch(p) for p in parts[at + 1 :]]
    if not leaves or not any(leaves):
        return None  # no leaf cited: a shelfmark alone may be a short form or a fonds
    before, after = parts[:at], [p for p, m in zip(parts[at + 1 :], leaves, strict=True) if not m]
    fields = _item(before)
    if not fields and before and not _place_or_archive(before[0]):
        return None  # "Minutes of the Committee, British Library, London, Add MS 1": item first
    holder = before if not fields else []
    holder = holder + after
    if not _holder(holder):
        return None
    item = next((m.group("item") for m in leaves if m and _dated(m.group("item"))), None)
    fields.setdefault("title", item or shelf.group("name") or shelf.group("mark"))
    if fields["title"] != shelf.group("mark"):
        fields["note"] = shelf.group("mark")
    fields["howpublished"] = ", ".join(expand_siglum(p, abbreviations or {}) for p in holder)
    locator = ", ".join(m.group("leaves") for m in leaves if m)
    return Parsed("unpublished", fields, locator)


def _dated(item: str | None) -> bool:
    """A dated document in brackets after the leaves ("A to B, 9 May 1830") is the item cited;
    an undated name there ("Kleine Heidelberger Liederhandschrift A") is the codex's own."""
    return bool(item) and YEAR_RE.search(item) is not None


def _item(before: list[str]) -> dict[str, str]:
    """The author and marked title before the shelfmark ("Ibn al-Shāṭir, *Nihāyat …*")."""
    text = ", ".join(before)
    found = titlespans.titles(text)
    if not found:
        return {}
    title = found[-1]
    fields = {"title": title.group().strip('*“”"‘’«» ,')}
    people, _ = people_before(text[: title.start()])
    return {**people, **fields}


def _holder(parts: list[str]) -> bool:
    """A repository or a town among a few parts with no figures ("Grasmere, Wordsworth Trust")."""
    if not parts or len(parts) > 4 or any(re.search(r"\d", p) for p in parts):
        return False
    return any(REPOSITORY_RE.search(p) or is_whole_place(p) for p in parts) or (
        len(parts[0].split()) == 1 and parts[0][:1].isupper()
    )


def _place_or_archive(part: str) -> bool:
    """A town ("Grasmere", one capitalised word) or an archive ("Bodleian Library")."""
    one_word = len(part.split()) == 1 and part[:1].isupper()
    return one_word or bool(REPOSITORY_RE.search(part)) or is_whole_place(part)
