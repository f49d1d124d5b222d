"""A title with a full stop of its own, in plain text: "Thomas Eder et al. (eds), Seitenweise."
+ "Was Das Buch Ist (Wien: …, 2010)", "Iuri Canonico Promovendo: Festschrift … Zum 65." +
"Geburtstag (Regensburg: F. Pustet, 1994), 691–707". Italics would have held the title
together; without them the cut is undone when the citation before it stops short of its
imprint and the sentence after it runs, with no comma (no "Name, Title" of a new source),
straight into the bracketed imprint."""

from __future__ import annotations

from citekit.parse import cues, deferred, namecues
from citekit.parse.patterns import IMPRINT_PAREN_RE, LEAD_IN_RE

# the end of a finished citation in a list: "…, 1994), " or "…: 725–53; "
FINISHED_RE = deferred.compile(r"(?:\)|\d)(?:,\s+(?:and\s+)?|;\s+)")
TAIL_WORDS_MAX = 25  # words of a citation's beginning (names and the title's first sentence)
RUN_WORDS_MAX = 25  # words of the title's further sentences before the imprint
# "…, 191", "…: 12–14", "… 2000)": a finished citation ("… Zum 65" is a title's ordinal)
PINPOINT_END_RE = deferred.compile(r"(?:[,:]\s*[\dxivlc]+(?:\s*[-–]\s*\d+)?|[)\]])\s*$")
# a date after a comma or in brackets ("…, 1990", "(1990"): not a year inside a title
# ("Die Protokolle des … Ministerrates 1867–1918")
CLOSING_QUOTE_RE = deferred.compile(r"[”\"’»“]")
DATE_RE = deferred.compile(r"[,(]\s*(?:[^()]*\s)?(?:1[4-9]|20)\d\d\b")


def title_runs_to_imprint(prev: str, rest: str, separator: str) -> bool:
    """Was PREV cut at a full stop of its title, REST (the note from the cut on) being the
    title's next sentence(s) and then the imprint in brackets? Or cut at a semicolon of the
    title's own, the title going on in small letters ("… Century" + "the Ecclesiology of …")?"""
    own_semicolon = separator == ";" and rest[:1].islower() and not LEAD_IN_RE.match(rest)
    own_semicolon = own_semicolon and not cues.is_ibid(rest)  # "…, fol. 37; ibid., fol. 52"
    if not (separator == "." or own_semicolon) or "*" in prev:  # italics would mark the title
        return False
    tail = FINISHED_RE.split(prev)[-1].strip()
    if not _unfinished(tail):
        return False
    if tail[:1] in "“\"‘'«„" and not CLOSING_QUOTE_RE.search(rest.split("(", 1)[0]):
        return False  # the quotation closed at the cut: "“… from Pseudo-Isidore.” The Collection …"
    return _runs_into_imprint(rest, small=own_semicolon)


def _unfinished(tail: str) -> bool:
    """Names and the start of a title, no more: no year, no imprint, no pinpoint, no prose."""
    words = tail.split()
    return (
        0 < len(words) <= TAIL_WORDS_MAX
        and (tail[:1].isupper() or tail[:1] in "“\"‘'«„")
        and DATE_RE.search(tail) is None
        and not PINPOINT_END_RE.search(tail)
        and not cues.is_ibid(tail)
        and not cues.is_commentary(tail)
    )


def _runs_into_imprint(rest: str, *, small: bool = False) -> bool:
    """REST: title words (no new source's "Name,") up to a bracketed imprint; SMALL: they
    may open in small letters."""
    bracket = rest.find("(")
    if bracket <= 0 or not (rest[:1].isupper() or rest[:1].isdigit() or small):
        return False
    run = rest[:bracket]
    if ";" in run or len(run.split()) > RUN_WORDS_MAX or _opens_with_names(run):
        return False
    imprint = IMPRINT_PAREN_RE.match(rest, bracket)
    return imprint is not None and not cues.is_commentary(run[:1].upper() + run[1:])


def _opens_with_names(run: str) -> bool:
    """Does RUN open a new source with its author's names and a comma ("Ana Ruiz, Faros")?
    A comma after title words is the title's series or its own ("…
    Kommunikationstechnologien, Stw 1357")."""
    head, comma, _ = run.partition(",")
    return bool(comma) and ":" not in head and namecues.name_only(head)
