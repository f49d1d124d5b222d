"""Vancouver's names: "Family INITIALS" ("Williams JM, Colomb GC. Coherence II."), the
form of medicine's and the sciences' numbered lists, and its editors ("Karp J, Sutcliffe A,
editors."). Read by refnames, which finds an entry's names block.
"""

from __future__ import annotations

import re

from citekit.parse import uregex

ET_AL_RE = re.compile(r"[,\s]*\bet\s+al\.?\s*$")  # "…, et al." closing a names block
# "Williams JM, Colomb GC. Coherence II." (Vancouver): Family followed by capitals only
# (a family's particles in small letters or capitals: "van de Rijn M", "Van der Vleuten C")
_VPARTICLE = r"(?:[a-z]+|De|Der|Den|Van|Von|Le|La|Du|Di|Da|Del|Della|Des|Dos|Ten|Ter)"
_VNAME = (
    rf"(?:{_VPARTICLE}\s){{0,2}}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z](?:-?[A-Z]){{0,2}}"
    r"(?:\s(?:Jr|Sr|II|III))?"
)
_VNAMES = rf"(?:{_VNAME},\s)*{_VNAME}(?:,\set\sal)?"
VANCOUVER_RE = uregex.compile(rf"^(?P<names>{_VNAMES})\.\s")
VANCOUVER_BLOCK_RE = uregex.compile(rf"{_VNAMES}")  # a whole names block in Vancouver's form
# "In: Craik FIM, Salthouse TA, editors. The Handbook…" (Vancouver's editors of a book)
VANCOUVER_EDITORS_RE = uregex.compile(rf"^(?P<names>{_VNAMES}),\s(?:editors?|eds?)\.\s*")


def vancouver_head(text: str) -> bool:
    """Whether TEXT surely opens with Vancouver's names ("Williams JM, Colomb GC. …"): more
    than one name, or initials run together ("Naomi W. Cohen" opens like "Heidegger M.")."""
    match = VANCOUVER_RE.match(text)
    return match is not None and bool(re.search(r",|\s[A-Z]{2}", match.group("names")))


def vancouver_editors(text: str) -> tuple[tuple[str, ...], str] | None:
    """The editors opening a Vancouver book ("Karp J, Sutcliffe A, editors. …") and the rest."""
    match = VANCOUVER_EDITORS_RE.match(text)
    if not match:
        return None
    return people(match.group("names")), text[match.end() :]


def people(block: str) -> tuple[str, ...]:
    """ "Williams JM, Colomb GC, et al" -> ("Williams, J. M.", "Colomb, G. C.", "others")."""
    block = block.strip(" .,")
    found = [_name(p) for p in re.split(r",\s*", ET_AL_RE.sub("", block)) if p]
    if ET_AL_RE.search(block):
        found.append("others")
    return tuple(found)


def _name(part: str) -> str:
    family, _, initials = part.rpartition(" ")
    given = re.sub(r"([A-Z])(?=[A-Z]|$)", r"\1. ", initials).replace("-", ".-").strip()
    return f"{family}, {given}" if family else part
