"""A title that still ends with the imprint read from it: "Das Leben des Michelangelo. Berlin
2009" where the address is Berlin and the year 2009.

German notes (and DIN-like styles elsewhere) close a book's title with a full stop and then
give "Place Year": "Wilde, Johannes: Michelangelo. Six lectures. Oxford 1978, S. 44". The
imprint is read into address and year, but the full stop before it is also how a subtitle
opens, so the title may keep it. A title never ends with its own place and year.

Where no reading took the imprint out ("Hannah Vogt: Schulreform. Kassel 1958"; the volume's
title of a chapter "In: … (Hg.): Die Werkstatt. Ostfildern-Ruit 1994"), the towns and year
closing the title are the imprint: the towns must be the gazetteer's, one or several joined
by "/" ("Köln/Weimar/Wien 2009"), and the year the work's own where it has one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.parse import places
from citekit.parse.elements import Parsed
from citekit.parse.patterns import EDITION_RE, YEAR

# ". Kassel 1958", ": Köln/Weimar/Wien 2009", ". Ostfildern-Ruit 1994" closing a title
CLOSING_IMPRINT_RE = re.compile(
    rf"[.:]\s+(?P<places>[A-ZÄÖÜ][\w'’-]+(?:\s*/\s*[A-ZÄÖÜ][\w'’-]+)*)\s+(?P<year>{YEAR})"
    r"(?:\s+\((?P<series>[^()]+)\))?$"  # the series after the imprint: "(Neue Bauhausbücher)"
)
MIN_TITLE = 3  # characters a title keeps before its imprint
EDITION_REACH = 16  # characters of an edition statement: "3. Aufl.", "2nd edn.", "2. wydanie."


def title_without_imprint(parsed: Parsed) -> Parsed:
    """PARSED with its title cut before a closing ". Place Year" that repeats its address and
    year ("Michelangelo: Six lectures. Oxford 1978" -> "Michelangelo: Six lectures"), or
    that no reading took out (then the imprint's address and year)."""
    title, address, year = (parsed.fields.get(k) for k in ("title", "address", "year"))
    if not (title and address and year) or not title.endswith(year):
        return _unread_imprint(parsed)
    closing = re.search(rf"[.:,]\s+{re.escape(address)},?\s+{re.escape(year)}$", title)
    if closing is None or closing.start() < MIN_TITLE:
        return parsed
    return replace(parsed, fields={**parsed.fields, "title": title[: closing.start()].rstrip()})


def _unread_imprint(parsed: Parsed) -> Parsed:
    """PARSED with the towns and year closing its book's title, or its chapter's volume title,
    read as the address and year, where it has no address."""
    if parsed.entry_type not in ("book", "incollection") or parsed.fields.get("address"):
        return parsed
    name = "booktitle" if parsed.entry_type == "incollection" else "title"
    title, year = parsed.fields.get(name, ""), parsed.fields.get("year")
    closing = CLOSING_IMPRINT_RE.search(title) if title[-1:] in "0123456789)" else None
    if closing is None or closing.start() < MIN_TITLE or year not in (None, closing["year"]):
        return parsed
    towns = [t.strip() for t in closing["places"].split("/")]
    if not all(_town(town) for town in towns):
        return parsed  # "Europa. Jahrbuch 1990": a title's own words and year
    fields = {**parsed.fields, name: title[: closing.start()].rstrip()}
    fields.update(address="/".join(towns), year=closing["year"])
    if closing["series"] and "series" not in fields:
        fields["series"] = closing["series"]
    if fields.get("publisher", "").startswith(fields[name]):
        del fields["publisher"]  # "Schulreform. Kassel": the title and town, read as a publisher
    return replace(parsed, fields=fields)


def title_without_edition(parsed: Parsed) -> Parsed:
    """PARSED with the edition that closes its title after a stop taken out ("Das Bauhaus.
    Weimar Dessau Berlin. 3. Aufl" -> edition 3; "Title. 2nd ed"): the sentence styles give
    the edition after the title's full stop, where the grammar looks for it after a comma."""
    title = parsed.fields.get("title", "")
    closed = f"{title}." if title[-1:].isalpha() else ""  # the label's stop, cut with the title's
    found = EDITION_RE.search(closed, len(closed) - EDITION_REACH) if closed else None
    if found is None or found.end() < len(title) or "edition" in parsed.fields:
        return parsed
    stop = re.search(r"[.,:]\s*$", title[: found.start()])
    if stop is None or stop.start() < MIN_TITLE:
        return parsed
    title_only = title[: stop.start()].rstrip()
    edition = found["ed"].rstrip(".ªº")
    return replace(parsed, fields={**parsed.fields, "title": title_only, "edition": edition})


def _town(word: str) -> bool:
    """A town of the gazetteer, or one joined to its district ("Ostfildern-Ruit")."""
    return places.is_whole_place(word) or places.is_town(word.split("-")[0])
