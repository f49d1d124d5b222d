"""Where the grammar's place holds another field, the labeller says which part is the place.

A sign that the grammar is unsure of a full citation even though its reading looks full:
its place of publication holds words the labeller reads as a field the grammar did not
find. "…, Bologna, il Mulino 2001" (the publisher after a comma, no colon), "… Ed. and trans.
G. E. M. Anscombe Oxford: Blackwell" (the editor's name before the place), "… Working Papers
Nr 1208, Basel" (a number). There the labeller's place, a part of the grammar's, replaces it,
and the field it read in the rest fills the grammar's empty one.
"""

from __future__ import annotations

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.labeloverlap import alnum_key

# the fields whose value in the grammar's place shows that the place ran on, from the
# labeller's confidence in them
REST_FIELDS = {"publisher": 0.8, "editor": 0.85, "number": 0.9}
# the labeller's confidence in its own place, from which it replaces the grammar's
PLACE_CONFIDENCE = 0.8
# the grammar's places worth a second look (the labeller's CPU): a digit, an initial
# ("G. E. M."), a lower-case word after a comma ("Bologna, il Mulino")
SUSPECT_RE = deferred.compile(r"\d|\b[A-Z]\.\s|,\s+[^\W\d_]*[a-z]\w*\s+[A-Z]")


def may_overrun(rules: Parsed) -> bool:
    """Whether the grammar's place of RULES might hold another field (a cheap check before
    the labeller runs)."""
    return SUSPECT_RE.search(rules.fields.get("address", "")) is not None


def cut_place(parsed: Parsed, rules: Parsed, learned: Parsed, sure: dict[str, float]) -> Parsed:
    """PARSED with the labeller's (LEARNED, its confidence per field SURE) place where it is
    a part of the grammar's (RULES') and the rest holds a field the labeller read and the
    grammar did not; that field fills PARSED's."""
    place = rules.fields.get("address", "")
    mine = learned.fields.get("address", "")
    key, whole = alnum_key(mine), alnum_key(place)
    if not key or key == whole or key not in whole or parsed.fields.get("address") != place:
        return parsed
    if sure.get("address", 0.0) < PLACE_CONFIDENCE:
        return parsed
    rest = whole.replace(key, "", 1)
    found = [
        name
        for name, limit in REST_FIELDS.items()
        if name not in parsed.fields
        and alnum_key(learned.fields.get(name, ""))
        and _words_in(learned.fields[name], rest)
        and sure.get(name, 0.0) >= limit
    ]
    if not found:
        return parsed
    fields = {**parsed.fields, "address": mine}
    fields.update({name: learned.fields[name] for name in found})
    return Parsed(parsed.entry_type, fields, parsed.locator)


def _words_in(value: str, rest: str) -> bool:
    """Whether every word of VALUE is in REST (a key): a name's words in any order ("G. E.
    M. Anscombe" read as "Anscombe, G. E. M.")."""
    words = [alnum_key(word) for word in value.replace(",", " ").split()]
    return all(word in rest for word in words if word)
