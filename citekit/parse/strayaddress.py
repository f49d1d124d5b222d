"""Web addresses a note gives outside the citations its splitter found.

Published notes often close a citation with its page's address after a further element
("…, p. 675-691, texte disponible sur Wikisource : https://…", "…, box 3, folder 47:
https://…"), or point to a page in a sentence of its own beside other citations ("See the
Foundation's chronology, https://…", "Data used in this study can be obtained from http://…",
"An image … is available on the museum's website: https://…"). The first address belongs to
the citation before it; the second cites its page. An address after prose that is no pointer
("…, which he sold in 1920, http://…") is left alone.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import ACCESSED_RE, LEAD_IN_RE, YEAR_RE

# an address written out in prose, without the full stop, bracket or emphasis that closes it
BARE_ADDRESS_RE = deferred.compile(r"(?:https?://|www\.)[^\s<>*]*[^\s<>*.,;:)\]]", re.IGNORECASE)
# how the prose before an address ends when it points to the page: "For more, see",
# "Information available at", "Siehe", "Austrian Centre for Digital Humanities:" (not after a
# link's label, "…, URL:": the address then belongs to the title before it)
ADDRESS_LEAD_RE = deferred.compile(
    r"(?:^|\b(?:see(?:\s+also)?|siehe(?:\s+auch)?|vgl\.|voir|cf\.|véase|vedi|zie|at|from|unter|sur)"
    r"|(?<!\bURL)(?<!\bonline)(?<!\bOnline):)[\s,:]*\**$",
    re.IGNORECASE,
)

# where a sentence ends: a full stop after a word of two letters or more (not "p. 12",
# "n.p. "), then a capital; or a semicolon
SENTENCE_END_RE = re.compile(r"(?<!\b\w)[.!?]\s+(?=[A-Z“\"‘«*<(])|;\s")
# what may follow an address to its sentence's end: its brackets ("<…>"), a bracket after it
# ("(MPL-2.0)", "(accessed 3 May 2020)"), then the note's end, a full stop or a semicolon
AFTER_ADDRESS_RE = re.compile(r"[>*]*(?:\s*\([^()]{0,60}\))?[>*]*\s*(?:$|[.;](?:\s|$))")
# the fewest words a pointer names a page in ("the museum's website:"; not "Available at")
NAMING_WORDS_MIN = 4
# the elements of the citation go on to the address: ", lot 753, ", ", texte disponible sur
# Wikisource : " (at most this many characters, no sentence ended between)
ELEMENTS_MAX = 80


def with_stray_addresses(text: str, found: list[tuple[Piece, str]]) -> list[tuple[Piece, str]]:
    """FOUND (the citations of the note TEXT, each with the commentary before it) with each
    address outside them given to the citation it closes or cited as a page of its own."""
    if not found or ("http" not in text and "www." not in text):
        return found  # the cheap test first: most notes hold no address
    out = list(found)
    for match in BARE_ADDRESS_RE.finditer(text):
        if any(p.start <= match.start() < p.end for p, _ in out):
            continue
        end = _address_end(text, match.end())
        before = [i for i, (p, _) in enumerate(out) if p.end <= match.start()]
        closing = max(before, key=lambda i: out[i][0].end) if before else None
        if closing is not None and _elements_between(text[out[closing][0].end : match.start()]):
            piece, prefix = out[closing]
            out[closing] = (Piece(piece.start, end), prefix)
        else:
            start = _pointed(text, match, floor=out[closing][0].end if closing is not None else 0)
            if start is not None:
                out.append((Piece(start, end), ""))
    return sorted(out, key=lambda item: item[0].start)


def _address_end(text: str, end: int) -> int:
    """Where the address ending at END ends with its access date: "… (consulté le 12 février
    2024)"."""
    at = end + (text[end : end + 1] == ">")
    at += len(text[at:]) - len(text[at:].lstrip(" "))
    accessed = ACCESSED_RE.match(text, at) if text[at : at + 1] == "(" else None
    return accessed.end() if accessed else end


def _elements_between(gap: str) -> bool:
    """Does GAP, between a citation and an address, carry on the citation's elements (after a
    comma or colon, within one sentence) rather than open a clause ("… is available on")? A
    date in it ("…, fecha de consulta 24 enero 2020, en http://…") is the page's access date,
    which the citation's year must not be read from: the address stays a link of it."""
    return (
        gap.lstrip()[:1] in {",", ":"}
        and len(gap) <= ELEMENTS_MAX
        and SENTENCE_END_RE.search(gap) is None
        and YEAR_RE.search(gap) is None
    )


def _pointed(text: str, match: re.Match[str], floor: int) -> int | None:
    """Where the sentence that points to the address MATCH begins, less its lead-in ("See"),
    when it stands on its own (after FLOOR, where the last citation before it ends), names
    the page ("See the … Chronology, https://…", "Data … can be obtained from http://…") and
    ends with the address; None otherwise. A pointer of a few words ("Available at") leaves
    the address to the citation before it, as a link of its own."""
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, floor, match.start())]
    start = ends[-1] if ends else floor
    start += len(text[start:]) - len(text[start:].lstrip())
    lead = text[start : match.start()].rstrip(" <")
    if lead[:1] in {",", ")"}:
        return None  # it follows a citation's last element: that citation's own address
    lead_in = LEAD_IN_RE.match(lead)
    if lead_in is None and ADDRESS_LEAD_RE.search(lead) is None:
        return None
    if lead_in is not None:
        start += lead_in.end() + len(lead[lead_in.end() :]) - len(lead[lead_in.end() :].lstrip())
    if len(re.findall(r"\w+", text[start : match.start()])) < NAMING_WORDS_MIN:
        return None
    return start if AFTER_ADDRESS_RE.match(text, match.end()) else None
