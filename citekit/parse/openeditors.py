"""A citation that opens with an editor mark: "*ed.* Gerald Sussman and John Lent, *Book* (…)".

Chicago puts "ed." after the title ("*Book*, ed. X"); some notes (Spanish translations of Chicago
notes among them) put it first, before the names it marks. Read without the mark, the names
parse as authors: they are the book's editors, and an editor's own chapter in it ("*ed.* Stephen
Wood, “Introduction”, in *Book*") names them as both author and editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citekit.parse.elements import Parsed

# "ed. ", "*eds.* ", "coord. " at the very start; the full stop is required ("Ed Folsom" is a name)
OPENING_MARK_RE = re.compile(r"\*?(?:eds?|éds?|coord|comp)\.\*?\s+(?=\S)", re.IGNORECASE)
BOOKS = ("book", "collection")


def with_opening_editors(text: str, parse: Callable[[str], Parsed]) -> Parsed:
    """PARSE(TEXT), or, where an editor mark opens TEXT, TEXT read as an edited volume (or an
    editor's chapter in one) when the names after the mark read as the work's people."""
    mark = OPENING_MARK_RE.match(text) if text[:1] in "*eEcC" else None
    if mark is None:
        return parse(text)
    return _edited(parse(text[mark.end() :])) or parse(text)


def _edited(parsed: Parsed) -> Parsed | None:
    """PARSED with its authors as the volume's editors, or None when it names none."""
    fields = dict(parsed.fields)
    people = fields.get("author")
    if people is None or "editor" in fields:
        return None
    if parsed.entry_type in BOOKS:
        fields["editor"] = fields.pop("author")
    elif parsed.entry_type == "incollection":
        fields["editor"] = people
    else:
        return None
    return Parsed(parsed.entry_type, fields, parsed.locator)
