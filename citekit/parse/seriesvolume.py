"""A volume of a series of sources, with its own title after the volume's number: "Archiwum
Ringelbluma. Konspiracyjne Archiwum Getta Warszawy, t. 1: Listy o Zagładzie, oprac. Ruta
Sakowska, Warszawa: PWN, 1997", "Monumenta Poloniae Historica, t. 3: Kroniki, wyd. A.
Bielowski, Lwów 1878", "Quellen zur Geschichte, Bd. 2: Briefe, hg. v. …".

Editions of sources are cited so in Polish, Czech and German notes: the series first, with no
author, then the volume and its title, then its editor. Read by the general grammar, the series'
first words look like a person ("Ringelbluma, Archiwum") and the volume's title is lost. The
work is the volume: its title is the volume's, the series and the number are its `series` and
`volume`.
"""

from __future__ import annotations

from citekit.parse import uregex
from citekit.parse.elements import Parsed, clean_title

# ", t. 1: Listy o Zagładzie," a volume's label and number, a colon, and its title up to the
# next comma (an editor or the imprint follows)
VOLUME_TITLE_RE = uregex.compile(
    r",\s*(?:t|tom|vol|Vol|Bd|sv|Band|Teil|díl)\.?\s*(?P<volume>\d{1,3}|[IVXLC]{1,6})\s*:\s*"
    r"(?P<title>[^,:;]+?)\s*(?=,)"
)


def as_series_volume(parsed: Parsed, text: str) -> Parsed:
    """PARSED read again as a series' volume where TEXT has that shape and no author stands
    before the series (an author the general grammar found in the series' words is none)."""
    if ":" not in text:
        return parsed  # the cheap test first
    found = VOLUME_TITLE_RE.search(text)
    if found is None:
        return parsed
    series = text[: found.start()].strip(" *")
    if not series or "," in series or not _no_author_outside(parsed.fields, series):
        return parsed  # "Jan Kowalski, Dzieje Polski, t. 2: …": an author's work in volumes
    title = clean_title(found.group("title").strip(" *"))
    fields = {k: v for k, v in parsed.fields.items() if k != "author"}
    fields.update(series=clean_title(series), volume=found.group("volume"), title=title)
    return Parsed("book", fields, parsed.locator)


def _no_author_outside(fields: dict[str, str], series: str) -> bool:
    """Is the author read (if any) made only of the series' words?"""
    author = fields.get("author")
    if not author:
        return True
    words = {w.strip(".,").casefold() for w in series.split()}
    return all(w.strip(".,").casefold() in words for w in author.replace(",", " ").split())
