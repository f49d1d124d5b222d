"""A publisher and its place printed together with no colon: "Springer, Heidelberg (1999)"
(Springer's LNCS style), "Queriniana, Brescia, 1970", "Westview Press Boulder, CO",
"Springer Berlin / Heidelberg". refimprint reads the imprint; these split what it left as
one publisher, by the gazetteer's towns and the publisher's own words."""

from __future__ import annotations

import re

from citekit.parse import deferred, uregex
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.places import is_place, is_town

# the year in parentheses closing an imprint: "Springer, Heidelberg (1999)"
PAREN_YEAR_END_RE = deferred.compile(r"\s*\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)[.,]?\s*$")
# a town after a one- or two-word publisher: "Queriniana, Brescia", "Kluwer, Dordrecht"
TOWN_AFTER_RE = uregex.compile(r"^(?P<publisher>[A-Z][^,\d]{1,40}),\s+(?P<town>[A-Z][\w'’-]+)$")
# a place right after a publisher's word, no comma between: "Boulder, CO", "Berlin /
# Heidelberg", "Oxford"
PLACE_RE = uregex.compile(
    r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?(?:\s*/\s*[A-Z][\w'’.-]+)?(?:,\s+[A-Z][\w.]{1,12})?"
)


def year_closing(rest: str) -> str:
    """ "Springer, Heidelberg (1999)" -> "Springer, Heidelberg, 1999": the year read as an
    imprint's, not as a parenthesis the place runs into."""
    if ")" not in rest[-3:]:
        return rest
    return PAREN_YEAR_END_RE.sub(r", \g<year>", rest)


def split(fields: dict[str, str]) -> None:
    """Part a publisher that holds its place: a gazetteer's town after a comma, or a
    known place right after the publisher's word."""
    publisher = fields.get("publisher", "")
    if not publisher or "address" in fields:
        return
    found = (", " in publisher and _town_after(publisher)) or _place_tight(publisher)
    if found:
        fields["publisher"], fields["address"] = found


def _town_after(publisher: str) -> tuple[str, str] | None:
    match = TOWN_AFTER_RE.match(publisher)
    if match is None or len(match.group("publisher").split()) > 3:
        return None
    town = match.group("town")
    if PUBLISHER_WORDS_RE.fullmatch(town):
        return None  # "O'Reilly Media, Inc": the company's own word, no town of that name
    if not (is_place(town) or is_town(town)) or is_place(match.group("publisher")):
        return None  # "Paris, Inserm" is the other order, read elsewhere
    return match.group("publisher"), town


def _place_tight(publisher: str) -> tuple[str, str] | None:
    words = list(PUBLISHER_WORDS_RE.finditer(publisher))
    if not words:
        return None
    head, place = publisher[: words[-1].end()], publisher[words[-1].end() :].strip()
    if not place or not PLACE_RE.fullmatch(place) or not head[-1:].isalpha():
        return None  # "Cambridge University Press": no place after the publisher's word
    first = re.split(r"[\s/,]+", place)[0]
    if not (is_place(first) or is_town(first)):
        return None
    return head, place
