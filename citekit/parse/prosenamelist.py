"""The whole list of names before a title that prose leads into: "… published as: Joshua Kotin,
Rebecca Sutton Koeser, …, and Clifford E. Wulfman, *Title*" opens at "Joshua", and "… read
Joshua Kotin and Rebecca Sutton Koeser, “…”" keeps "Joshua"."""

from __future__ import annotations

from citekit.parse import namecues, uregex

WINDOW = 160  # characters looked at before each name: one name and its comma
# a name that ends a list item: "Carl Adair, ", "Cate Mahoney, and ", "Karp and "
LISTED_NAME_RE = uregex.compile(
    r"(?:^|(?<=[\s(:]))(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)"
    r"(?:,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$"
)
# the given names of a family name that opens a pair: "Joshua " before "Kotin and …"
GIVEN_BEFORE_RE = uregex.compile(r"(?:^|(?<=\s))(?P<given>(?:[A-Z][\w.'’-]*\s+){1,2})$")
PAIR_RE = uregex.compile(r"[A-Z][\w'’-]+\s+(?:and|&)\s")


def list_start(text: str, start: int) -> int:
    """Where the list of names whose last one opens at START (before a title) begins."""
    at = start
    if PAIR_RE.match(text, start):
        given = GIVEN_BEFORE_RE.search(text[max(0, at - 40) : at])
        if given and _person(given.group("given") + text[at:].split()[0]):
            at -= len(given.group("given"))
    while at:
        window = text[max(0, at - WINDOW) : at]
        found = LISTED_NAME_RE.search(window)
        if found is None or not _person(found.group("name")):
            return at
        at -= len(window) - found.start("name")
    return at


def _person(name: str) -> bool:
    """A given and a family name, no prose word before them ("In Paris" is none)."""
    return namecues.name_only(name) and namecues.starts_with_name(name + ",")
