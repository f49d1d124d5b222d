"""Notes that disagree with the bibliography entry their work was linked to.

A note may spell a co-author otherwise than the entry ("Reed and Hallam" where the entry has
"Hallan"), or date a dated work otherwise ("May 12, 2019" where the entry has "May 2, 2019").
Both are slips a careful editor wants to hear of: `inconsistent-citation`, once per work, at the
first note that says so. Only slips are told: a name one letter away (a different person is no
slip, and transliterations differ by more), and a full date against a full date (an access date,
"accessed May 3, 2020", is the writer's, not the work's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import Levenshtein

from citekit.identity import families, fold
from citekit.links.dates import ACCESS_RE, parse
from citekit.model import Citation, Code, Diagnostic
from citekit.parse.reference import Reference

SLIP_DISTANCE = 1  # letters added, dropped or changed: "Wolff"/"Wolf", "Mullen"/"Mulle"
SLIP_MIN_LENGTH = 4  # shorter names ("Li", "Lee") are other people more often than slips
# where a full date may begin: "October 12, 2012", "12 October 2012", "12. Oktober 2012"
DATE_START_RE = re.compile(r"(?<![\w.])(?=\d{1,2}\.?\s*[^\W\d_]{3,}|[^\W\d_]{3,}\.?\s+\d{1,2}\b)")
BARE_LIST_SPLIT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "Reed, Hallam, and Obi"
ACCESS_REACH = 40  # characters before a date where an access word makes it an access date


def conflicts(
    linked: Mapping[str, Reference], citations: Iterable[Citation]
) -> tuple[Diagnostic, ...]:
    """For each work id in LINKED (the entry it was linked to), the first of its CITATIONS
    whose names or date of publication disagree with the entry."""
    told: set[str] = set()
    out = []
    for citation in citations:
        entry = linked.get(citation.work or "")
        if entry is None or citation.work in told:
            continue
        clash = _name_slip(citation.fields, entry.fields) or _date_slip(citation.text, entry.text)
        if clash:
            told.add(citation.work or "")
            out.append(
                Diagnostic(
                    Code.INCONSISTENT_CITATION,
                    f"note {citation.note} disagrees with the bibliography on {clash}",
                    citation.note,
                    citation.index,
                )
            )
    return tuple(out)


def _name_slip(note: Mapping[str, str], entry: Mapping[str, str]) -> str:
    """ "'Wolff' vs 'Wolf'": the one family name the note spells a letter away from the
    entry's, the others alike, in the same order; "" when there is none."""
    said, listed = _said(note), families(entry)  # the authors, else the editors
    if len(said) < 2 or len(said) != len(listed):
        return ""  # a short form naming the first author alone ("Reed et al.") says nothing
    differing = [(a, b) for a, b in zip(said, listed, strict=True) if a != b]
    if len(differing) == 1 and _slip(*differing[0]):
        return f"the name {differing[0][0]!r} vs {differing[0][1]!r}"
    return ""


def _said(note: Mapping[str, str]) -> list[str]:
    """The family names a note gives: a short form's bare list ("Reed, Hallam and Obi", read
    as one name and a second) is three families, one word each."""
    value = note.get("author") or note.get("editor") or ""
    parts = [p.strip() for p in BARE_LIST_SPLIT_RE.split(value) if p.strip()]
    if len(parts) > 1 and all(" " not in p and "." not in p for p in parts):
        return [fold(p) for p in parts]
    return families(note)


def _slip(left: str, right: str) -> bool:
    return (
        min(len(left), len(right)) >= SLIP_MIN_LENGTH
        and Levenshtein.distance(left, right) <= SLIP_DISTANCE
    )


def _date_slip(note: str, entry: str) -> str:
    """ "the date 2012-10-12 vs 2012-10-02": the one full date of publication each states."""
    said, listed = _full_dates(note), _full_dates(entry)
    if len(said) == 1 and len(listed) == 1 and said != listed:
        return f"the date {_iso(said[0])} vs {_iso(listed[0])}"
    return ""


def _full_dates(text: str) -> list[str]:
    """Every day-month-year date in TEXT that is not an access date, as "YYYYMMDD"."""
    out = []
    for start in DATE_START_RE.finditer(text):
        stamp = parse(text[start.start() : start.start() + 30])
        before = text[max(0, start.start() - ACCESS_REACH) : start.start()]
        if stamp and len(stamp) == 8 and not ACCESS_RE.search(before) and stamp not in out:
            out.append(stamp)
    return out


def _iso(stamp: str) -> str:
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"
