"""A thesis named in brackets after its title, as APA writes it: "Flack, A. (2013). An
historical geography of Bristol Zoo Gardens (Doctoral dissertation, University of Bristol)",
"Title (Master's thesis, University of Leeds)" (APA Publication Manual, 6th ed., 7.05).

Read in place, the bracket's comma splits it: the title keeps "(Doctoral dissertation" and
the school, with the closing bracket, reads as the publisher. The work is the thesis the
bracket says, at that school.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from citekit.parse import uregex

# "… (Doctoral dissertation", "… (Unpublished master's thesis" closing a title
THESIS_OPENED_RE = uregex.compile(
    r"""\s*\((?P<type>(?:unpublished\s+)?(?:doctoral\s+(?:dissertation|thesis)|master['’]?s\s+thesis
        |Ph\.?\s?D\.?\s+(?:dissertation|thesis)|M\.?A\.?\s+thesis))$""",
    re.VERBOSE | re.IGNORECASE,
)


class Read(Protocol):
    """A reading with a type and fields (a note's Parsed, an entry's Reference)."""

    entry_type: str
    fields: dict[str, str]


R = TypeVar("R", bound=Read)


def bracketed_thesis(read: R) -> R:
    """READ as the thesis its title's bracket names, the school the bracket's rest (read as
    the publisher); unchanged where its title closes with no such bracket."""
    title, school = read.fields.get("title", ""), read.fields.get("publisher", "")
    found = THESIS_OPENED_RE.search(title) if title.endswith(("n", "s")) else None
    if found is None or not school.endswith(")") or "(" in school:
        return read
    fields = {k: v for k, v in read.fields.items() if k not in ("publisher", "address")}
    fields.update(title=title[: found.start()].rstrip(" ,"), school=school[:-1].strip())
    fields["type"] = " ".join(found["type"].split())
    return replace(read, entry_type="thesis", fields=fields)
