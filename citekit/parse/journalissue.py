"""A journal's volume and issue printed after its name: "in: Zeitschrift 17 (1), 2020, S. 4".

German history styles (Citavi's among them) print a journal as "in: Name Volume (Issue)",
the year after it: "in: Digital Humanities Quarterly 7 (1), 2013, Abs. 16", "in: Diskurse –
digital 1 (1), 2019, S. 62–97". The grammars read "(1990)" after a volume as its year, but
a bracketed issue they leave inside the journal's or the book's title ("Zeithistorische
Forschungen 17 (1)"). A container so numbered, with no editor or publisher, is a journal.
"""

from __future__ import annotations

from citekit.parse import deferred

# the name (a word of two letters in it), the volume, the issue in brackets (never a year)
NUMBERED_NAME_RE = deferred.compile(
    r"^(?P<journal>.*[^\W\d_]{2}.*?)\s+(?P<volume>\d{1,4})\s*\((?P<number>\d{1,3}(?:\s?[/–-]\s?\d{1,3})?)\)$"
)
BOOK_MARKS = ("editor", "publisher", "address", "edition", "series")


def split_issue(entry_type: str, fields: dict[str, str]) -> str:
    """The entry type of a citation whose FIELDS hold a container named with its volume and
    issue; FIELDS are given the journal, volume and number."""
    container = fields.get("journal", fields.get("booktitle", ""))
    if entry_type not in ("article", "incollection") or "(" not in container:
        return entry_type  # cheap: most containers hold no bracket
    name = "journal" if entry_type == "article" else "booktitle"
    if name not in fields or (name == "booktitle" and any(k in fields for k in BOOK_MARKS)):
        return entry_type
    found = NUMBERED_NAME_RE.match(fields[name].strip())
    if found is None or fields.get("volume", found.group("volume")) != found.group("volume"):
        return entry_type
    del fields[name]
    fields.update(found.groupdict())
    return "article"
