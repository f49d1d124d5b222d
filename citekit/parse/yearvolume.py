"""A journal's year before its volume and pages, as British medical journals and the older
house style of *Medical History* print them:

    M S Paterson, 'Graduated labour', Lancet, 1908, i: 216–20.
    Anon., 'Sanatorium benefit', Br. med. J., 1913, ii: 1125–6, on p. 1125.
    S Szreter, 'The importance of social intervention', Soc. Hist. Med., 1988, 1: 1–37.

The year comes first, then the volume (the Lancet and the BMJ number the two half-yearly
volumes of a year "i" and "ii"), a colon and the article's own range; a pinpoint may follow.
"""

from __future__ import annotations

from citekit.parse import deferred

# ", 1908, i: 216–20", ", 1988, 1: 1–37": the year, the volume (arabic, or roman in either
# case), a colon, the article's range; something else (a pinpoint) or nothing after it
YEAR_VOLUME_PAGES_RE = deferred.compile(
    r"^[\s,]*(?:1[6-9]|20)\d\d\s*,\s*(?P<volume>\d{1,4}|[ivxl]{1,5}|[IVXL]{1,5})\s*:\s*"
    r"(?P<pages>\d{1,5}\s*[–-]\s*\d{1,5})(?=\s*(?:[,;.]|$))"
)


def year_volume_pages(body: str) -> tuple[dict[str, str], str] | None:
    """({volume, pages}, what follows them) where BODY, what follows a journal's name, opens
    with its year, volume and range ("1908, i: 216–20, p. 218"); else None."""
    found = YEAR_VOLUME_PAGES_RE.match(body)
    if found is None:
        return None
    return {"volume": found["volume"], "pages": found["pages"]}, body[found.end() :]
