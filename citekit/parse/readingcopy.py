"""A reading copy of a note: its text with marks that carry nothing bibliographic taken out,
so the note grammar reads "Vincent *Debiais*, Urkunden in Stein" (family names in italics,
a document's habit) as it reads "Vincent Debiais, Urkunden in Stein", and "Zuñiga ( ),
*Casta*" (a style's empty date bracket) as "Zuñiga, *Casta*".

The copy is as long as the note: the characters taken out come back as spaces after the
separator that follows them, so every offset outside a cut is the note's own, and each
citation's text is then taken from the note itself (mixedquotes.as_written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import lexicons
from citekit.model import Note
from citekit.parse import uregex

# an empty bracket after a name or title: "Zuñiga ( ), *Casta*" (a date the style left empty)
EMPTY_BRACKET_RE = re.compile(r" \(\s?\)(?=[,.;:])")
# a family name in italics, after a given name or initial: "Vincent *Debiais*,", "Beat
# Matthias von *Scarpatetti*,", "Marc *Van Hohe* (Hg.)"
ITALIC_FAMILY_RE = uregex.compile(
    r"(?P<given>\b[A-Z][\w'’.-]{0,20}\s(?:(?:von|van|de|du|le|la|di|da|del|der|ten|zu)\s)?)"
    r"(?P<marked>\*(?:(?:Van|Von|Le|La|De|Di|Da)\s)?[A-Z][\w'’-]+\*)"
    r"(?=,|\s\(|/|\s[A-Z][\w'’-]*\s?\*)"
)
# a document whose italics mark names: of its italic spans, most are one family name
ITALIC_SPAN_RE = re.compile(r"\*(?P<inner>[^*\n]{1,200}?)\*")
FAMILY_ALONE_RE = uregex.compile(r"(?:(?:von|van|de|le|la|di|da|Van|Le|De)\s)?[A-Z][\w'’-]+")
# a run of italic family names, each after a comma, that opens a short form with the title
# after it: "*Pfanner*, *Pfanner*, *Fendt*, Der Titusbogen in Rom, 181" (no given names there)
ITALIC_FAMILY_RUN_RE = uregex.compile(
    rf"\*{FAMILY_ALONE_RE.pattern}\*(?:,\s\*{FAMILY_ALONE_RE.pattern}\*)+(?=,\s)"
)
MIN_ITALIC_FAMILIES = 3  # a habit, not one name italicised for emphasis
ITALIC_FAMILY_SHARE = 0.6
GIVEN_SHARE = 0.3  # of the italic family names, those after a given name
_OPENERS = lexicons.words("prose_openers")  # "Vgl. *Vogel*": "Vgl" is no given name


def italic_names(texts: list[str]) -> bool:
    """Do the notes TEXTS italicise family names rather than titles ("Christina *Vogel*, Die
    geschenkte Zeit", "*Vogel*, Die geschenkte Zeit, 47")? Most of their italic spans are one
    family name, and many of those follow a given name: where few do, the names stand alone
    ("Anders *Bruhns*, in: …", German law) and the word before one is a lead-in, no name."""
    spans = [m for text in texts for m in ITALIC_SPAN_RE.finditer(text)]
    families = [m for m in spans if FAMILY_ALONE_RE.fullmatch(m.group("inner"))]
    if len(families) < ITALIC_FAMILY_SHARE * len(spans):
        return False  # (before the names after given names are looked for in every note)
    after_given = sum(len(_given_families(text)) for text in texts)
    return after_given >= MIN_ITALIC_FAMILIES and after_given >= GIVEN_SHARE * len(families)


def _given_families(text: str) -> list[re.Match[str]]:
    """The italic family names of TEXT that follow a given name (not a lead-in: "Vgl.")."""
    if "*" not in text:
        return []  # every match holds its italic marks (the pattern is tried at every position)
    found = ITALIC_FAMILY_RE.finditer(text)
    return [m for m in found if not _after_opener(text, m.start("marked"))]


def _after_opener(text: str, start: int) -> bool:
    words = text[:start].split()
    return bool(words) and words[-1].strip(".,").casefold() in _OPENERS


def reading_notes(notes: tuple[Note, ...]) -> tuple[Note, ...]:
    """NOTES as the parser reads them: each note's reading copy (mixedquotes.as_written gives
    each citation its text as written, the copy keeping the note's length)."""
    names = italic_names([n.text for n in notes])
    return tuple(
        n if (t := reading_text(n.text, names_in_italics=names)) == n.text else replace(n, text=t)
        for n in notes
    )


def reading_text(text: str, *, names_in_italics: bool) -> str:
    """TEXT with its empty brackets, and (where the document italicises names) the italic
    marks around family names after given names, taken out; as long as TEXT."""
    cuts = [(m.start(), m.end()) for m in EMPTY_BRACKET_RE.finditer(text)]
    if names_in_italics:
        for m in _given_families(text):
            start, end = m.span("marked")
            cuts += [(start, start + 1), (end - 1, end)]
        cuts += _family_run_marks(text)
    return _cut(text, sorted(cuts)) if cuts else text


def _family_run_marks(text: str) -> list[tuple[int, int]]:
    """The italic marks of each name in TEXT's runs of italic family names."""
    if "*," not in text:
        return []  # a run holds at least one "*," (the pattern is tried at every position)
    runs = ITALIC_FAMILY_RUN_RE.finditer(text)
    return [(i, i + 1) for run in runs for i in range(run.start(), run.end()) if text[i] == "*"]


def _cut(text: str, cuts: list[tuple[int, int]]) -> str:
    """TEXT without the spans CUTS, each cut's width back as spaces at the next space after a
    mark or before a bracket (", ", ". ", " ("; the text's end where none follows), so every
    offset outside the few characters between a cut and its spaces is TEXT's own."""
    out: list[str] = []
    owed = 0
    last = 0
    for start, end in cuts:
        if start < last:
            continue  # overlapping cuts: the first one stands
        paid, owed = _pay(text[last:start], owed)
        out.append(paid)
        owed += end - start
        last = end
    paid, owed = _pay(text[last:], owed)
    return "".join(out) + paid + " " * owed


# where a cut's width is paid back: after a mark and its space, or at a space before a bracket
PAY_AT_RE = re.compile(r"[,.;:)]\s|\s(?=\()")


def _pay(segment: str, owed: int) -> tuple[str, int]:
    """SEGMENT with OWED spaces added at its first paying place, and what is still owed (all
    of it where SEGMENT has none: the next segment pays)."""
    found = PAY_AT_RE.search(segment) if owed else None
    if found is None:
        return segment, owed
    return segment[: found.end()] + " " * owed + segment[found.end() :], 0
