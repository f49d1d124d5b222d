"""A title that still ends with the imprint read from it: "Das Leben des Michelangelo. Berlin
2009" where the address is Berlin and the year 2009.

German notes (and DIN-like styles elsewhere) close a book's title with a full stop and then
give "Place Year": "Wilde, Johannes: Michelangelo. Six lectures. Oxford 1978, S. 44". The
imprint is read into address and year, but the full stop before it is also how a subtitle
opens, so the title may keep it. A title never ends with its own place and year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.parse.elements import Parsed


def title_without_imprint(parsed: Parsed) -> Parsed:
    """PARSED with its title cut before a closing ". Place Year" that repeats its address and
    year ("Michelangelo: Six lectures. Oxford 1978" -> "Michelangelo: Six lectures")."""
    title, address, year = (parsed.fields.get(k) for k in ("title", "address", "year"))
    if not (title and address and year) or not title.endswith(year):
        return parsed
    closing = re.search(rf"[.:,]\s+{re.escape(address)},?\s+{re.escape(year)}$", title)
    if closing is None or closing.start() < 3:
        return parsed
    return replace(parsed, fields={**parsed.fields, "title": title[: closing.start()].rstrip()})
