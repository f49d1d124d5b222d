"""An imprint written as sentences, each part closed by a full stop, as the Mexican ENAH
style and others print it: "…, Helena Gimeno (ed.). Prensas Universitarias. Zaragoza.
2019: 43–55" — the editors, the publisher, the place, the year and the part's pages.

The general imprint grammar reads "Place: Publisher, Year" and "(Place, Year)"; here no
colon or comma says which part is which, only the order does (publisher, place, year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.parse import deferred, names, uregex

# the year after a full stop, a letter at most ("2020b"), then pages after a colon or the end
YEAR_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<year>(?:1[4-9]|20)\d\d)[a-z]?"
    r"(?::\s*(?P<pages>[\dIVXLCivxlc]+(?:\s*[-–]\s*[\dIVXLCivxlc]+)?)(?![\w.]))?"
    r"(?=[,.;]|\s*$)"
)
# a full stop and a space, not "..."; a title's question or exclamation mark closes its
# sentence too, set close ("Beluga? Sturgeon Review") or apart as French sets it ("disparaître ?
# Stock. Paris. 2017"), the mark kept with the title
FULL_STOP_RE = deferred.compile(r"(?<=[^\s.])\.\s+|(?<=[?!])\s+(?=[A-Z])")
ABBREVIATION_RE = uregex.compile(r"(?:^|(?<=\s))[A-Z][a-z]{0,2}$")  # "Soc", "Roy", "Ed", "St"
# a place or a publisher: capitalised words, no figures ("New York; Abingdon", "PUF")
PART_RE = uregex.compile(r"[A-Z][^\d.:*\[\]]{1,80}")
PLACE_WORDS = 5  # "Santiago de Compostela", "Casablanca, Maroc": a place is a few words
EDITORS_RE = uregex.compile(
    r"^(?P<names>[A-Z].*?)\s*\((?:eds?|coords?|comps?|dirs?|orgs?)\.\)$"  # "Helena Gimeno (ed.)"
)


@dataclass(frozen=True, slots=True)
class DottedImprint:
    fields: dict[str, str]
    middle: str  # between the title and the imprint: ", vol. 2"
    tail: str  # after the year and pages: ", véase p. 49"


def dotted_imprint(after: str) -> DottedImprint | None:
    """The imprint of AFTER (the text after a title) when it is written as sentences."""
    if ". " not in after:
        return None  # cheap: every dotted imprint has a full stop before its year
    year = next((m for m in YEAR_RE.finditer(after) if m.start()), None)
    if year is None:
        return None
    head = after[: year.start()].rstrip().rstrip(".")
    opened_by_comma = head.lstrip()[:1] == ","  # ", vol. 2. Taurus. …": a middle comes first
    sentences = _sentences(head.lstrip(" ."))
    count = 0  # the place, and the publisher before it: the last sentences that read as names
    while count < min(2, len(sentences)) and PART_RE.fullmatch(sentences[-1 - count].strip()):
        count += 1
    parts, rest = sentences[len(sentences) - count :], sentences[: len(sentences) - count]
    if not parts or (opened_by_comma and not rest):
        return None  # ", Paris. 2019": a comma before the place is no dotted imprint
    middle = ". ".join(rest)
    place = parts[-1].strip()
    if len(place.replace(";", " ").split()) > PLACE_WORDS:
        return None
    fields = {"address": place, "year": year.group("year")}
    if len(parts) > 1:
        fields["publisher"] = ". ".join(p.strip() for p in parts[:-1])
    if year.group("pages"):
        fields["pages"] = year.group("pages")
    return DottedImprint(fields, _take_editors(middle.strip(" ,."), fields), after[year.end() :])


def _sentences(text: str) -> list[str]:
    """TEXT cut at its full stops, but not after an abbreviation ("Trans. Roy. Soc. Canada")."""
    out, start = [], 0
    for stop in FULL_STOP_RE.finditer(text):
        if not ABBREVIATION_RE.search(text, start, stop.start()):
            out.append(text[start : stop.start()])
            start = stop.end()
    return [*out, text[start:]]


def _take_editors(middle: str, fields: dict[str, str]) -> str:
    """ "Geoffrey Jones et al. (eds.)": the volume's editors go to FIELDS, the rest stays."""
    head, comma, last = middle.rpartition(", ")
    editors = EDITORS_RE.match(last.replace("*", ""))
    if editors is None:
        return middle
    found = names.split_names(editors.group("names"))
    if found:
        fields["editor"] = " and ".join(found)
    return head
