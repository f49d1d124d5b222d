"""A volume of a multi-volume book, named inside a chapter's container: "In W. Damon & N.
Eisenberg (Eds.), Handbook of child psychology: Vol. 3. Social, emotional, and personality
development (5th ed., pp. 701–778). New York, NY: Wiley." (APA's form for a chapter in one
volume of a set), "Handbook of child psychology, vol. III: Cognitive development (4th edn)
(841–889)".

The period after "Vol." and after its number ends no title: read as sentences they cut the book
to "Handbook of child psychology: Vol" and lose its pages and imprint. The set's title is the
book, the number its volume; the volume's own title is kept in the note (BibTeX has no field
for it beside the book's).
"""

from __future__ import annotations

from citekit.parse import deferred

# the set's title, "Vol."/"vol."/"Volume" and its number closed by a period or a colon, the
# volume's title up to the brackets of its edition or pages, or its pages after a comma (not
# a publisher and year: "In: ZEUS. CEUR Workshop Proceedings, vol. 2072. CEUR-WS.org (2018)",
# Springer's series and its volume)
VOLUME_PART_RE = deferred.compile(
    r"^(?P<book>[^()]{3,}?)[:,]\s+(?:[Vv]ol\.|Volume)\s*(?P<volume>\d{1,4}|[IVXL]{1,6})[.:]\s+"
    r"(?P<part>[A-Z][^()]*?[^\s.,])\.?"
    r"(?=\s*\((?=[^()]*(?:\bpp?\.|\beds?\.|\bedn\b|\d\s*[–-]+\s*\d))|\s*,\s*(?:pp?\.\s*)?\d+\s*[–-])"
)


def take_volume_part(rest: str, fields: dict[str, str]) -> str:
    """REST (a chapter's container, after its editors) without the volume it names, its
    number put in FIELDS' volume and its title in the note; REST itself when it names none."""
    match = VOLUME_PART_RE.match(rest)
    if match is None or "volume" in fields:
        return rest
    fields["volume"] = match.group("volume")
    fields["note"] = f"Vol. {match.group('volume')}: {match.group('part')}"
    return match.group("book") + rest[match.end() :]
