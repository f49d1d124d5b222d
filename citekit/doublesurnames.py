"""Two surnames kept together: "Daniel Cosío Villegas" is "Cosío Villegas, Daniel".

A name in direct order gives no sign where the given names end, and the parser takes the last
word for the family name. In a Spanish work, a word that is no given name after one that is
tells a reader it is a first surname ("Juan Luis Sariego Rodríguez"). (Where the document's
own short forms write both surnames, "Cosío Villegas, op. cit.", citekit.compoundfamily has
joined them before the works were opened.)
"""

from __future__ import annotations

from collections.abc import Iterable

from citekit import lexicons
from citekit.model import Citation, Kind

NAME_FIELDS = ("author", "editor")
GIVEN_NAMES = lexicons.words("hispanic_given_names")  # "daniel", "juan", "maría"
PARTICLES = lexicons.words("name_particles")  # "de", "del", "da": never a surname alone
SPANISH = "spanish"


def widened(fields: dict[str, str], cited: Iterable[Citation]) -> dict[str, str]:
    """FIELDS with every name of a Spanish work whose family name is two surnames."""
    cited = list(cited)
    spanish: bool | None = None  # asked only of a name that needs it
    out = dict(fields)
    for key in NAME_FIELDS:
        if "," not in fields.get(key, ""):
            continue
        names = fields[key].split(" and ")
        for index, name in enumerate(names):
            moved = _first_surname(name)
            if moved is None:
                continue
            family, given, surname = moved
            if not all(w.casefold() in GIVEN_NAMES for w in given):
                continue  # the cheap test first: "Daniel Walker Howe" asks no language
            spanish = _spanish(fields, cited) if spanish is None else spanish
            if not spanish:
                continue
            names[index] = f"{surname} {family}, {' '.join(given)}"
        out[key] = " and ".join(names)
    return out


def _first_surname(name: str) -> tuple[str, list[str], str] | None:
    """("Villegas", ["Daniel"], "Cosío") for "Villegas, Daniel Cosío": the last given word
    may be a first surname (a capitalised word, no initial, particle or given name)."""
    family, _, given = name.partition(", ")
    words = given.split()
    if len(words) < 2 or " " in family:
        return None
    last = words[-1]
    if (
        not last[:1].isupper()
        or not last.isalpha()
        or len(last) < 3
        or last.casefold() in PARTICLES | GIVEN_NAMES
    ):
        return None
    return family, words[:-1], last


def _spanish(fields: dict[str, str], cited: list[Citation]) -> bool:
    """Is the work in Spanish, by its title or else by the note that cites it in full?"""
    from citekit import biblang  # imported when first asked: most documents never ask

    language = biblang.detect(fields.get("title", ""))
    if language is None:
        language = biblang.detect(" ".join(c.text for c in cited if c.kind is Kind.FULL))
    return language == SPANISH
