"""A town read as a publisher: "… ed. Julia Barrow. Aldershot, 2008.", "…, trans. D. W.
Robertson. Indianapolis, 1958.": an imprint of a place and a year names no publisher; a
publisher that is a town of the gazetteer and nothing more is the place of publication."""

from __future__ import annotations

from citekit import lexicons
from citekit.parse.elements import Parsed
from citekit.parse.places import is_town

# "Norton, 2019": a publisher known by a town's name, no place (lexicons/town_named_publishers)
TOWN_NAMED_PUBLISHERS = lexicons.words("town_named_publishers")


def town_publisher(parsed: Parsed) -> Parsed:
    """PARSED with its publisher as its address, where the publisher is a town and no
    address is given ("Aldershot"; never "Cambridge University Press")."""
    publisher = parsed.fields.get("publisher")
    if not publisher or "address" in parsed.fields or " " in publisher.strip():
        return parsed  # the cheap test: a town alone is one word here ("Aldershot")
    name = publisher.strip()
    if not name[1:].islower():
        return parsed  # "BoD", "CUP": an acronym's capitals, no town's name
    if not is_town(name) or name.casefold() in TOWN_NAMED_PUBLISHERS:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "publisher"}
    fields["address"] = publisher
    return Parsed(parsed.entry_type, fields, parsed.locator)
