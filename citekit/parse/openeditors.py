"""A citation that opens with an editor mark: "*ed.* Gerald Sussman and John Lent, *Book* (…)".

Chicago puts "ed." after the title ("*Book*, ed. X"); some notes (Spanish translations of Chicago
notes among them) put it first, before the names it marks. Read without the mark, the names
parse as authors: they are the book's editors, and an editor's own chapter in it ("*ed.* Stephen
Wood, “Introduction”, in *Book*") names them as both author and editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citekit.parse import deferred, names
from citekit.parse.elements import Parsed

# "ed. ", "*eds.* ", "coord. " at the very start; the full stop is required ("Ed Folsom" is a name)
OPENING_MARK_RE = deferred.compile(r"\*?(?:eds?|éds?|coord|comp)\.\*?\s+(?=\S)", re.IGNORECASE)
BOOKS = ("book", "collection")
# "Walter Vell, en *ed.* …", "Dorothy Kidd en *ed.* …": a part's authors, no title, then its
# volume's editors after the mark (two to four words of a name, no title marks)
UNTITLED_PART_RE = re.compile(
    r"(?P<authors>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),? (?:en|in) (?P<volume>\*?eds?\.\*? .+)$",
    re.DOTALL,
)


def with_opening_editors(text: str, parse: Callable[[str], Parsed]) -> Parsed:
    """PARSE(TEXT), or, where an editor mark opens TEXT, TEXT read as an edited volume (or an
    editor's chapter in one) when the names after the mark read as the work's people; an
    untitled part of such a volume ("Ada Quell, en *ed.* Tano Vell, *Book* (…), 303") too."""
    mark = OPENING_MARK_RE.match(text) if text[:1] in "*eEcC" else None
    if mark is None:
        part = UNTITLED_PART_RE.match(text) if " en " in text or " in " in text else None
        return (part and _untitled_part(part, parse)) or parse(text)
    return _edited(parse(text[mark.end() :])) or parse(text)


def _untitled_part(part: re.Match[str], parse: Callable[[str], Parsed]) -> Parsed | None:
    """The part PART names by its authors only, in the edited volume after its "en"."""
    volume = with_opening_editors(part.group("volume"), parse)
    authors = names.split_names(part.group("authors"))
    if volume.entry_type not in BOOKS or "editor" not in volume.fields or not authors:
        return None
    fields = {k: v for k, v in volume.fields.items() if k != "title"}
    fields.update(author=" and ".join(authors), booktitle=volume.fields.get("title", ""))
    return Parsed("incollection", fields, volume.locator)


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


def opens_edited_volume(text: str, starts_with_name: Callable[[str], bool]) -> bool:
    """Does TEXT open an edited volume, an editor mark, names and its title in italics before its
    imprint ("*ed.* Ada Vell & Tano Olm, *Book* (…)")? A list of full citations may go on with
    one; "…, ed. C. Vell, GA II 47 (…)" is the editor of the work before, no title of its own."""
    mark = OPENING_MARK_RE.match(text) if text[:1] in "*eEcC" else None
    if mark is None:
        return False
    rest = text[mark.end() :]
    return starts_with_name(rest) and "*" in rest.split("(", 1)[0]
