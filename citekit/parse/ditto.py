"""The fields of a citation whose author is a same-author mark: "Ders., Wort und Glaube, …".

After "Idem," / "Ders.," / "Id.," the work's own words follow, never an author's: read alone,
an unmarked title ("Wort und Glaube") looks like a list of names and the imprint becomes the
title. The rest is read behind a stand-in author instead, which the grammar takes as the
author; the stand-in is then dropped (inherit_authors puts in the name of the work before).
"""

from __future__ import annotations

from collections.abc import Callable

from citekit.parse.elements import Parsed

STAND_IN = "Xaver Ydemann"  # a name no document holds, in the natural order notes use
STAND_IN_FIELD = "Ydemann, Xaver"  # how the name grammar returns it


def parse_after_mark(rest: str, parse: Callable[[str], Parsed]) -> Parsed:
    """REST (what follows the mark) parsed by PARSE as if an author stood before it; read
    bare where the stand-in does not come back as the whole author ("Id. and J. Smith, …")."""
    parsed = parse(f"{STAND_IN}, {rest.lstrip(' ,')}")
    if parsed.fields.get("author") != STAND_IN_FIELD:
        return parse(rest)
    fields = {k: v for k, v in parsed.fields.items() if k != "author"}
    return Parsed(parsed.entry_type, fields, parsed.locator)
