"""Two spellings of the same names: "Gutjahr, Paul" and "Gutjahr, Paul C.", "J. Smith".

A note may give a person's middle initial once and leave it out another time, or give the
initial alone; the names do not disagree when the family names are the same and each given
name of the shorter spelling matches, in order, one of the longer (an initial matching the
name it opens).
"""

from __future__ import annotations

import re

from citekit import identity

NAME_SPLIT_RE = re.compile(r"\s+and\s+")


def compatible(left: str, right: str) -> bool:
    """Do LEFT and RIGHT ("Family, Given and Family, Given") name the same people?"""
    people = NAME_SPLIT_RE.split(left), NAME_SPLIT_RE.split(right)
    return len(people[0]) == len(people[1]) and all(map(_same_person, *people))


def _same_person(left: str, right: str) -> bool:
    family_l, _, given_l = left.partition(",")
    family_r, _, given_r = right.partition(",")
    if identity.fold(family_l) != identity.fold(family_r):
        return False
    short, long = sorted((identity.fold(given_l).split(), identity.fold(given_r).split()), key=len)
    return bool(short) and _in_order(short, long)


def _in_order(short: list[str], long: list[str]) -> bool:
    """Does each word of SHORT match one of LONG, in order (an initial its name's first letter)?"""
    at = 0
    for word in short:
        while at < len(long) and not _matches(word, long[at]):
            at += 1
        if at == len(long):
            return False
        at += 1
    return True


def _matches(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
