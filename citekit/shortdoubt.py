"""When a short form that no full citation answers is worth reporting (`short-without-full`).

A short form names its authors by family name ("Holloway, “Crisis”, 12"); a first citation
names them whole ("John Holloway, “Crisis, Fetishism, Class Composition”"). A span that
gives a whole name and a title and stops there, no pinpoint after it, is more likely a first
citation that lacks its imprint (a web page, an essay whose container was cut off) than a
repeat of a work cited in full nowhere: reporting it would be a guess, so it is not reported.
With a pinpoint ("Justin Stagl, *Eine Geschichte der Neugier*, pp. 175-187") it is a repeat,
unless its title is too long to be a short one (LONG_TITLE_WORDS) or carries its subtitle
("Alice Thornton, *Book 1: The First Book of My Life*, 68": a short title drops it), or a
colon parts the whole name from the title: "E. Renan: *Feuilles détachées*, pp. 394–398" is
how older notes (James 1902, German "Vf.: Titel") cite a work at all, imprint or not; so is a
possessive ("Leland's *Algonquin Legends*", "Carlyle's *Frederick the Great*, vol. iv. p. 134"):
no note style makes its short form so.
A work cited by its abbreviation ("*CCAG* 7.213", "ZfB 1933, S. 549") needs no full citation,
nor an ancient work cited by its book and chapter straight after its title, no comma between
("Tacitus, *Agricola* 21", "*Ann.* 1.2"): a short form puts its page after a comma.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from citekit import lexicons
from citekit.parse import titlespans
from citekit.parse.possessedtitle import opens_with_possessor
from citekit.parse.shortforms import NAMES_RE
from citekit.parse.sigla import SIGLUM

# what may follow "Name: *Title*": a pinpoint ("pp. 394–398", "I 244", "Book V, ch. X"), no year
_PINPOINT_TAIL_RE = re.compile(r"[^\d]*(?:\d{1,3}\b[^\d]*)*")


def whole_name_and_title_only(text: str, fields: Mapping[str, str]) -> bool:
    """Does TEXT give a whole name (FIELDS' first author has a given name) before its title,
    and nothing after it? ("Colón de Larriátegui, *Juzgado*": one family name, a short form.)"""
    text = text.strip().rstrip(".,")
    found = titlespans.titles(text)
    if not found:
        return False
    head = text[: found[0].start()].strip(" ,")
    tail = text[found[0].end() :].strip(" ,.”’\"'")
    pinpoint_only = len(tail) <= 40 and _PINPOINT_TAIL_RE.fullmatch(tail) is not None
    if opens_with_possessor(text):
        return pinpoint_only
    first = (fields.get("author") or "").split(" and ")[0]
    if not first.partition(",")[2].strip():
        return False
    whole_title = _long_title(found[0]) or _subtitled(found[0])
    if tail and not ((head.endswith(":") or whole_title) and pinpoint_only):
        return False
    head = head.rstrip(" :")
    return bool(head) and not NAMES_RE.fullmatch(head) and _given_then_family(head)


# a short title is a few words ("Polveka Vmeste s Kitaem"); one of this many is a whole title,
# cited in full where its imprint is lacking ("Leopoldo Spini, *Résumé des Séances Sur la
# Littérature dramatique de l'Italie Données par …*, p. 3")
LONG_TITLE_WORDS = 12


def _long_title(span: re.Match[str]) -> bool:
    return len(span.group().split()) >= LONG_TITLE_WORDS


# a title and its subtitle: "Book 1: The First Book of My Life"; a short title drops the subtitle
SUBTITLE_RE = re.compile(r"\w[\w)’'”]*:\s+[\"“‘]?[A-Z0-9]")


def _subtitled(span: re.Match[str]) -> bool:
    return SUBTITLE_RE.search(span.group()) is not None


def _given_then_family(head: str) -> bool:
    """Two capitalised words in a row ("John Holloway", "Jennifer S. H. Brown"), not a family
    name with a particle ("Colón de Larriátegui")."""
    words = head.split()
    return any(a[:1].isupper() and b[:1].isupper() for a, b in itertools.pairwise(words))


def cites_by_abbreviation(text: str) -> bool:
    """Does TEXT cite a standard work by its abbreviation alone, before the first number
    ("*CCAG* 7.213-224", "ZfB 1933, S. 549", "*Ath. Pol.* 27.3–4", "*P.Coll.Youtie* 1.30",
    "Martin Heidegger, GA 54, p.127")? Readers of the field know such works (a corpus, an
    edition, a journal) without a full citation, so no missing one is worth reporting."""
    first = FIRST_NUMBER_RE.search(text)
    if first is None:
        return False
    parts = [p.strip(" *_“”\"'«»()") for p in text[: first.start()].split(",")]
    parts = [p for p in parts if p and p not in LOCATOR_LABELS]
    words = parts[-1].split() if parts else []
    if not words or not all(ABBREVIATION_RE.fullmatch(w) and w not in PART_LABELS for w in words):
        return False
    # "OECD 2019, 12": capitals and then a year are a corporate author and its date
    return not (
        first.group().isdigit() and YEAR_RE.fullmatch(first.group()) and words[-1].isupper()
    )


# an author in one word, or none, the work in italics, then its division: "Tacitus, *Agricola* 21",
# "Cicero, *De officiis* 1.22"; not "Williams, *Dangerous Estate,* 50-1" (the comma in the italics)
DIVISION_RE = re.compile(
    r"(?:[A-Z][^\W\d_]+,\s+)?\*[^*]*[^\s*,.]\*\s+\d{1,3}(?:\.\d{1,3})*(?:\s*[–-]\s*\d{1,3})?\.?"
)


def cites_by_division(text: str) -> bool:
    """Does TEXT cite an ancient work by its book and chapter ("Tacitus, *Agricola* 21"), or
    a classic by its standard edition's numbers ("*Groundwork*, 4:413", "*De anima* III.11,
    434a16–21")?"""
    if "*" not in text:
        return False
    stripped = text.strip()
    return DIVISION_RE.fullmatch(stripped) is not None or (
        STANDARD_NUMBERS_RE.fullmatch(stripped) is not None
    )


# a title alone in italics, then the volume and page of a standard edition ("4:413", the
# Akademie edition's) or a Bekker or Stephanus number ("1147a25–b5"), a book and chapter first
STANDARD_NUMBERS_RE = re.compile(
    r"\*[^*]*[^\s*,.]\*,?\s+(?:[IVXL]+(?:\.\d{1,3})*,?\s+)?"
    r"(?:\d{1,2}:\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:\s+n\.)?|\d{2,4}[a-e]\d{0,2}(?:\s*[–-]\s*[a-e]?\d{1,4}[a-e]?\d{0,2})?)\.?"
)


FIRST_NUMBER_RE = re.compile(r"\d+")
YEAR_RE = re.compile(r"1[5-9]\d\d|20\d\d")
LOCATOR_LABELS = lexicons.words("locator_labels")  # "p.", "S.": not a title
PART_LABELS = lexicons.words("part_labels")  # "Vol.", "Jg.": a volume's label, no siglum
# a word of an abbreviated title: a siglum ("ZfB", "CCAG", "GA"), a clipped word with its full
# stop ("Ath.", "Pol.", "Ep."), or clipped words run together ("P.Coll.Youtie", "P.Oxy.")
ABBREVIATION_RE = re.compile(
    rf"{SIGLUM}|[A-Z][a-z]{{0,3}}\.|[A-Z][A-Za-z]{{0,5}}(?:\.[A-Z][A-Za-z]{{0,8}})+\.?"
)
