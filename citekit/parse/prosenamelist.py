"""The whole list of names before a title that prose leads into: "… published as: Joshua Kotin,
Rebecca Sutton Koeser, …, and Clifford E. Wulfman, *Title*" opens at "Joshua", and "… read
Joshua Kotin and Rebecca Sutton Koeser, “…”" keeps "Joshua"."""

from __future__ import annotations

from citekit.parse import deferred, namecues, uregex

WINDOW = 160  # characters looked at before each name: one name and its comma
# a name that ends a list item: "Carl Adair, ", "Cate Mahoney, and ", "Karp and "
LISTED_NAME_RE = uregex.compile(
    r"(?:^|(?<=[\s(:]))(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)"
    r"(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$"
)
# the given names of a family name that opens a pair: "Joshua " before "Kotin and …"
GIVEN_BEFORE_RE = uregex.compile(r"(?:^|(?<=\s))(?P<given>(?:[A-Z][\w.'’-]*\s+){1,2})$")
PAIR_RE = uregex.compile(r"[A-Z][\w'’-]+\s+(?:and|&)\s")
# a short form's lone family name after "and": "… include Maurer, Nelms, and |Swartz, ‘Title’"
LAST_FAMILY_RE = uregex.compile(r"(?<=\s)(?:and|&)\s+$")
FAMILY_ALONE_RE = uregex.compile(r"[A-Z][\w'’-]+,\s")  # "Swartz, ", not "Dee Noor, "
# the lone family names before it, each with its comma or "and": "Maurer, ", "Nelms, and "
LISTED_FAMILY_RE = uregex.compile(
    r"(?:^|(?<=\s))(?P<name>[A-Z][\w'’-]+)(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$"
)
FAMILY_WINDOW = 40  # characters looked at before each lone family name


def list_start(text: str, start: int) -> int:
    """Where the list of names whose last one opens at START (before a title) begins."""
    at = start
    if FAMILY_ALONE_RE.match(text, at) and LAST_FAMILY_RE.search(text, max(0, at - 5), at):
        at = _listed_start(text, at, LISTED_FAMILY_RE, FAMILY_WINDOW)
    if PAIR_RE.match(text, start):
        given = GIVEN_BEFORE_RE.search(text[max(0, at - 40) : at])
        if given and _person(given.group("given") + text[at:].split()[0]):
            at -= len(given.group("given"))
    return _listed_start(text, at, LISTED_NAME_RE, WINDOW)


def _listed_start(text: str, at: int, listed: deferred.Pattern, window: int) -> int:
    """AT moved back over each name before it that LISTED finds ending a list item."""
    while at:
        before = text[max(0, at - window) : at]
        found = listed.search(before)
        if found is None or not _person(found.group("name")):
            return at
        at -= len(before) - found.start("name")
    return at


def _person(name: str) -> bool:
    """A given and a family name, no prose word before them ("In Paris" is none)."""
    return namecues.name_only(name) and namecues.starts_with_name(name + ",")
