"""The labelled units of an archival reference: "f. 17, op. 3, d. 883, l. 10" (fond, opis',
delo, list), "leg. 1528, exp. 3", "maço 12, processo 1342", "busta 2162, fol. 12r", "inv.nr.
2005, akte 96". Each part of such a run is a label and a number; what the
label counts (a holding only an archive has, a number a book may also give, or the leaf cited)
comes from lexicons/archival_units.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import uregex

UNIT_KINDS = lexicons.table("archival_units")  # {"leg.": "holding", "l.": "leaf", ...}
# what a number opens with, all that is not optional of it: "17", "R-5446", "StGKr 275"
# "V/158": a Polish signature, the section's numeral before the slash
NUMBER_OPENING = r"(?:[A-ZА-Я][\w.]{0,5}[\s/-]?)?\d"
# a leaf's back: "5ob", "5 об."
_VERSO = r"(?:\s?ob\.?|\s?об\.?)?"
# a label, then the number it gives: "17", "R-5446", "3ob", "12r", "34–36", "2.410", "StGKr 275",
# "5 об.–7" (from the back of leaf 5 to leaf 7)
UNIT_PART_RE = uregex.compile(
    r"(?i:(?P<label>" + lexicons.alternation(UNIT_KINDS) + r"))\s?"
    r"(?P<number>"
    + NUMBER_OPENING
    + r"[\d.,:/]*[a-z]{0,2}"
    + _VERSO
    + r"(?:\s?[-–]\s?\d+[a-z]{0,2}"
    + _VERSO
    + r")?(?:\s+ff?\.)?)"
)
# the last character of a label with the opening of its number after it: where a unit's label
# may end ("f. 17": the stop). Every match of UNIT_PART_RE holds one, and the test is cheap where
# the labels, tried in any case at every position of a span, cost some 200 µs a span
LABEL_END_RE = uregex.compile(
    "(?i:["
    + re.escape("".join(sorted({label[-1] for label in UNIT_KINDS})))
    + "])\\s?"
    + NUMBER_OPENING
)
# the labels read backwards, matched from a label's last character in the reversed text
REVERSED_LABEL_RE = re.compile("(?i:" + lexicons.alternation(k[::-1] for k in UNIT_KINDS) + ")")
# (the number keeps "3ob", "12r", "1:3a"; a date never follows a unit's label)
LEAF_FOLIO_RE = re.compile(r"\d[rv]\b")  # "f. 3v": a folio's side, never a fond's number


@lru_cache(maxsize=4096)  # apparatus_run asks of each part twice, describeditem again
def unit_kind(part: str) -> str | None:
    """ "holding", "unit" or "leaf" where PART is one labelled unit ("leg. 1528"), else None."""
    found = UNIT_PART_RE.fullmatch(part.strip(" ."))
    if found is None:
        return None
    return UNIT_KINDS.get(" ".join(found.group("label").casefold().split()))


def apparatus_run(parts: list[str]) -> tuple[int, int] | None:
    """The first run of PARTS that reads as an archive's reference: (start, end) of parts that
    are each a labelled unit, with a holding among two or more, or three units of any kind
    ("f. 17, op. 3, d. 883": no single one of them is only an archive's)."""
    start = None
    for index, part in enumerate([*parts, ""]):
        kind = unit_kind(part) if part else None
        if kind is not None:
            start = index if start is None else start
            continue
        if start is not None:
            kinds = [unit_kind(p) for p in parts[start:index]]
            if len(kinds) >= 3 or len(kinds) >= 2 and "holding" in kinds:
                return start, index
            if len(kinds) >= 2 and LEAF_FOLIO_RE.search(parts[index - 1]):
                return start, index  # "tomo 11, f. 299v": a bound volume's leaf, by its side
            start = None
    return None


def is_leaf(part: str, after_units: bool) -> bool:
    """Is PART the leaf cited ("l. 10", "fol. 12r", "f. 3v"; "f. 37" only after other units,
    where it cannot be the fond that opens a Soviet reference)?"""
    kind = unit_kind(part)
    if kind == "leaf":
        return True
    label = part.strip().split(None, 1)[0].casefold() if part.strip() else ""
    return label == "f." and (after_units or LEAF_FOLIO_RE.search(part) is not None)


@lru_cache(maxsize=4096)  # a span is asked of by the splitter, the classifier and the parser
def holds_unit(text: str) -> bool:
    """Does UNIT_PART_RE find a labelled unit in TEXT? Its number opens as LABEL_END_RE has it
    (what follows the opening is optional), so a unit is there where a label ends at a match
    of LABEL_END_RE: the labels are tried only there, backwards from their last character."""
    backwards, at = "", 0
    while (end := LABEL_END_RE.search(text, at)) is not None:
        backwards = backwards or text[::-1]
        if REVERSED_LABEL_RE.match(backwards, len(text) - 1 - end.start()) is not None:
            return True
        at = end.start() + 1  # (a later label may end inside this match: "a Bo.5")
    return False


def holds_holding(text: str) -> bool:
    """Does one of TEXT's parts name a unit only an archive has ("AGA, Educación, caja 31/6055":
    a box), so that the span cites an archive's papers, which no full citation precedes?"""
    return holds_unit(text) and any(unit_kind(p) == "holding" for p in text.split(","))


def has_apparatus(text: str) -> bool:
    """Does TEXT hold a run of an archive's units ("…, RGASPI, f. 17, op. 3, d. 883, l. 10",
    "… // РГИА. Ф. 1287. Оп. 11. Д. 1423. Л. 5")?"""
    if not holds_unit(text):
        return False  # (the cheap test first)
    return apparatus_run(unit_parts(text)) is not None


# where a GOST note's full stop ends one part and a capital opens the next ("Ф. 1287. Оп. 11"),
# not the label's own stop, which a number or a lower-case word follows ("Ф. 1287", "Ед. хр.")
STOP_BEFORE_CAPITAL_RE = re.compile(r"\.\s+(?=[A-ZА-ЯЁ])")


def unit_parts(text: str) -> list[str]:
    """TEXT cut into the parts of an archive's reference: at its commas ("f. 17, op. 3"), or,
    where it has no run of units so, at the full stops of a GOST note ("РГИА. Ф. 1287. Оп. 11.
    Д. 1423. Л. 5": each stop before a capital)."""
    parts = [p.strip() for p in text.split(",")]
    if apparatus_run(parts) is not None:
        return parts
    return [p.strip() for part in parts for p in STOP_BEFORE_CAPITAL_RE.split(part)]
