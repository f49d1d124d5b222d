"""Editors in brackets before the periodical or book a part appears in.

APA names a special issue's or a book's editors in brackets before its title when no "In"
opens it: "Title. (M. Cooper, J. C. Watson & W. B. Stiles, Eds.) Journal, 9(1), 69-80." The
reference grammar reads the whole as the journal's name; here the bracket goes to the editors.
"""

from __future__ import annotations

from citekit.parse import deferred, refnames

# "(M. Cooper, J. C. Watson & W. B. Stiles, Eds.) " opening a container's name
LEAD_EDITORS_RE = deferred.compile(
    r"^\((?P<names>[^()]{3,200}?),?\s+(?:[EeÉé]ds?|[Hh]rsg|[Hh]gg?)\.?\)\s+(?=\S)"
)
CONTAINERS = ("journal", "booktitle")


def take(fields: dict[str, str]) -> None:
    """Move the editors that open `fields`' journal or book title to its editor field."""
    for key in CONTAINERS:
        match = LEAD_EDITORS_RE.match(fields.get(key, ""))
        if match is None:
            continue
        people = refnames.split_people(match.group("names"), inverted=False, first=False)
        fields[key] = fields[key][match.end() :]
        if people and "editor" not in fields:
            fields["editor"] = " and ".join(people)
