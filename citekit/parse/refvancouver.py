"""Vancouver's names: "Family INITIALS" ("Williams JM, Colomb GC. Coherence II."), the
form of medicine's and the sciences' numbered lists, and its editors ("Karp J, Sutcliffe A,
editors."). Read by refnames, which finds an entry's names block.
"""

from __future__ import annotations

import re

from citekit.parse import deferred, uregex
from citekit.parse.patterns import ORGANISATION_RE
from citekit.parse.prefilter import GuardedBy

ET_AL_RE = re.compile(r"[,\s]*\bet\s+al\.?\s*$")  # "…, et al." closing a names block
# "Williams JM, Colomb GC. Coherence II." (Vancouver): Family followed by capitals only
# (a family's particles in small letters or capitals: "van de Rijn M", "Van der Vleuten C")
_VPARTICLE = r"(?:[a-z]+|De|Der|Den|Van|Von|Le|La|Du|Di|Da|Del|Della|Des|Dos|Ten|Ter)"
# (a family joined by any hyphen: "Moldenhauer‐Klesges LM", U+2010 as some typesetters print it)
_VFAMILY = r"[A-Z][\w'’‐‑-]+"
_VNAME = (
    rf"(?:{_VPARTICLE}\s){{0,2}}{_VFAMILY}(?:\s{_VFAMILY})?\s[A-Z](?:-?[A-Z]){{0,3}}"
    r"(?:\s(?:Jr|Sr|II|III))?"
)
_VNAMES = rf"(?:{_VNAME},\s)*{_VNAME}(?:,?\set\sal)?"  # "Holzer B et al." (no comma)
# a body closing the names after a semicolon, "Cirillo DM; the Italian Multicentre Study on …
# (SMIRA) Group." (its word one of lexicons/organisation_words, asked by `names_match`)
VANCOUVER_RE = uregex.compile(rf"^(?P<names>{_VNAMES})(?:;\s(?P<body>[^.;]{{3,160}}))?\.\s")
VANCOUVER_BLOCK_RE = uregex.compile(rf"{_VNAMES}")  # a whole names block in Vancouver's form
# "In: Craik FIM, Salthouse TA, editors. The Handbook…" (Vancouver's editors of a book)
VANCOUVER_EDITORS_RE = uregex.compile(rf"^(?P<names>{_VNAMES}),\s(?:editors?|eds?)\.\s*")
# behind its word for editors (asked of every entry, most of which name none)
VANCOUVER_EDITORS_RE = GuardedBy(VANCOUVER_EDITORS_RE, re.compile(r",\s(?:editors?|eds?)\."))


# Vancouver's dates: "London: Allen Lane; 1979" (a book's), "Soc Hist Med. 1997;10(1):137-55",
# "2008 Mar;32:301" (an article's): a semicolon before or after the year
VANCOUVER_DATE_RE = deferred.compile(
    r";\s*(?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s*\(?\d"
)
# after "Cohen N.": a family name going on to the next name ("Wittie, Gudjun", "Meyer and")
NEXT_NAME_RE = re.compile(r"[A-Z][\w'’-]+(?:,\s+[A-Z]|\s+(?:and|&)\s)")
# a suffix closing a Vancouver name, after its initials ("Sprague GF Jr", "Macek M Jr")
SUFFIX_RE = re.compile(r"\s(Jr|Sr|II|III)\.?$")


def names_match(text: str) -> re.Match[str] | None:
    """TEXT's opening Vancouver names, a body after them only where a body's word names it."""
    match = VANCOUVER_RE.match(text)
    if match is None or match.group("body") is None:
        return match
    return match if ORGANISATION_RE.search(match.group("body")) else None


def names_people(match: re.Match[str]) -> tuple[str, ...]:
    """The people of `names_match`, and its body last."""
    body = match.group("body")
    return people(match.group("names")) + ((body.strip(),) if body else ())


def vancouver_head(text: str) -> bool:
    """Whether TEXT surely opens with Vancouver's names ("Williams JM, Colomb GC. …"): more
    than one name, or initials run together ("Naomi W. Cohen" opens like "Heidegger M."),
    or one name and initial ("Scull A. Museums of madness. London: Allen Lane; 1979.") in
    an entry that Vancouver's date closes and whose next word is no family name."""
    match = names_match(text)
    if match is None:
        return False
    if re.search(r",|\s[A-Z]{2}", match.group("names")):
        return True
    return (
        VANCOUVER_DATE_RE.search(text, match.end()) is not None
        and NEXT_NAME_RE.match(text, match.end()) is None
    )


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
    """ "Colomb GC" -> "Colomb, G. C."; "Sprague GF Jr" -> "Sprague, Jr., G. F." (BibTeX's
    "Last, Jr, First", as names.py writes a suffix)."""
    suffix = SUFFIX_RE.search(part)
    if suffix:
        part = part[: suffix.start()]
    family, _, initials = part.rpartition(" ")
    given = re.sub(r"([A-Z])(?=[A-Z]|$)", r"\1. ", initials).replace("-", ".-").strip()
    if not family:
        return part
    return f"{family}, {suffix.group(1)}., {given}" if suffix else f"{family}, {given}"
