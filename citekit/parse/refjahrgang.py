"""A German periodical's numbers after "In:": "In: Verwaltung und Management. 10. Jg. (2004),
Heft 4, S. 192-195.", "In: Gemeinsam leben. 19.Jg. H.3, 146-151".

German lists print a journal like a book ("In: Name"), then its volume as a "Jahrgang" ("10.
Jg.", "Jahrgang 10"), its issue as a "Heft" ("Heft 4", "H. 3") and pages after "S.". The
Jahrgang marks the container a periodical; `read` gives its name and numbers, else None.
"""

from __future__ import annotations

from citekit.parse import deferred

# "10. Jg.", "19.Jg.", "Jg. 10", "Jahrgang 10": the volume
JAHRGANG_RE = deferred.compile(
    r"(?:,|\.)?\s*(?:(?P<before>\d+)\.?\s*(?:Jg\.|Jahrgang)|(?:Jg\.|Jahrgang)\s*(?P<after>\d+))"
)
HEFT_RE = deferred.compile(r"\b(?:Heft|H\.)\s*(?P<number>\d+(?:[/–-]\d+)?)")  # "Heft 4", "H.3"
PAGES_RE = deferred.compile(r"(?:\bS\.\s*)?(?P<pages>\d+\s*[–-]\s*\d+|(?<=S\.\s)\d+)")
YEAR_RE = deferred.compile(r"\((?P<year>(?:1[5-9]|20)\d\d)\)")


def read(inside: str) -> tuple[str, dict[str, str]] | None:
    """(the periodical's name, its numbers) from the text after "In:", or None."""
    volume = JAHRGANG_RE.search(inside)
    if volume is None or volume.start() == 0:
        return None
    numbers = {"volume": volume.group("before") or volume.group("after")}
    after = inside[volume.end() :]
    for pattern, key in ((YEAR_RE, "year"), (HEFT_RE, "number"), (PAGES_RE, "pages")):
        found = pattern.search(after)
        if found:
            numbers[key] = found.group(key)
            after = after[found.end() :]
    return inside[: volume.start()].strip(" .,"), numbers
