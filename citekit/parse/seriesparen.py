"""A book's series in brackets after its title, as German styles print it:
"Aemulatio (=Pluralisierung & Autorität, Bd. 27), Berlin 2011"."""

from __future__ import annotations

import re

from citekit.parse import segments, uregex
from citekit.parse.patterns import YEAR_RE
from citekit.parse.prefilter import GuardedBy
from citekit.parse.seriescoll import take_coll

# "(=Pluralisierung & Autorität, Bd. 27)", "(= Studia Judaica 12)", "(= Trierer Beiträge, 14)";
# the "=" is what tells a series from other brackets
SERIES_PAREN_RE = uregex.compile(
    r"\s*\(\s*=\s*(?P<series>[^()=]+?)(?:,?\s*(?:Bd|Band|Bde|Vol|Nr|Heft|H|No|t|vol)\.?)?"
    r"(?:,?\s+(?P<number>\d+[a-z]?))?\s*\)"
)


# "(Beiträge zur historischen Theologie 148)", "(Studies in Medieval Culture 12)": no "=", so
# words of a name (two or more, the first a capital, no comma, colon or digit among them) and a
# number of up to three digits (a year is an imprint's: "(Leipzig 1900)"); a word may be
# abbreviated: "(Hermaea N. F. 1)"; a semicolon may part name and number ("(Schriftenreihe des
# Zentrums für Literatur in der Phantastischen Bibliothek Wetzlar; 10)")
NAMED_SERIES_RE = uregex.compile(
    r"\s*\((?P<series>[A-Z][^\W\d_]+(?:[ -]+[^\W\d_]+(?:[-.]|\b)){1,11})"
    r";?\s+(?P<number>\d{1,3}[a-z]?)\)"
)
# its leading spaces make the engine try every position: every match holds a bracket and
# the series' capital ("[A-Z]" widened as in the pattern), which the test skips to
NAMED_SERIES_RE = GuardedBy(NAMED_SERIES_RE, uregex.compile(r"\([A-Z]"))


# ABNT's series after the imprint, its volume or issue labelled after a comma: "(Brasiliana,
# v. 355)", "(Coleção Documentos Brasileiros, n. 12)", "(Biblioteca Histórica; v. 4)"; German
# "(Kritische Studien zur Geschichtswissenschaft, Bd. 128)": "Bd." (Band) a volume
LABELLED_SERIES_RE = uregex.compile(
    r"\s*\((?P<series>[A-Z][^\W\d_][^()\d,;]*?)[,;]\s*(?P<label>v|vol|n|no|nr|Bd|Nr)\.\s*"
    r"(?P<number>\d{1,4}[a-z]?)\)"
)
# every match holds the label's full stop and the number closing the bracket: ". 355)"
LABELLED_SERIES_RE = GuardedBy(LABELLED_SERIES_RE, uregex.compile(r"\.\s*\d{1,4}[a-z]?\)"))


def take_series(text: str) -> tuple[str, dict[str, str]]:
    """TEXT without its bracketed series (or its French "coll. « … »"), and the series'
    fields ("series", "number")."""
    text, coll = take_coll(text)
    if coll:
        return text, coll
    if "(=" in text.replace("( =", "(="):
        match = SERIES_PAREN_RE.search(text)
    elif "(" in text:
        match = NAMED_SERIES_RE.search(text) or _labelled_series(text)
    else:
        return text, {}
    if match is None:
        return text, {}
    fields = {"series": match.group("series").strip(" ,.")}
    if match.group("number"):
        volume = match.groupdict().get("label", "").startswith(("v", "Bd"))
        fields["volume" if volume else "number"] = match.group("number")
    return text[: match.start()] + text[match.end() :], fields


def _labelled_series(text: str) -> re.Match[str] | None:
    """ "(Brasiliana, v. 355)" after an imprint's year; not "(Paris, v. 2)", a place."""
    match = LABELLED_SERIES_RE.search(text)
    if match is None or segments.is_place(match.group("series")):
        return None
    return match if YEAR_RE.search(text, 0, match.start()) else None


def imprint_segments(text: str) -> tuple[list[str], tuple[int, int, dict[str, str]] | None]:
    """TEXT's segments and where its imprint lies in them; where none is found, those of TEXT
    without its bracketed series ("…, Tübingen: Francke 1995 (Bibliotheca Germanica 32)")."""
    parts = segments.split_segments(text)
    found = segments.find_imprint(parts)
    if found or not text.endswith(")") and "), " not in text:
        return parts, found  # the cheap test first: no bracket closes a segment
    bare, series = take_series(text)
    if not series:
        return parts, found
    parts = segments.split_segments(bare)
    return parts, segments.find_imprint(parts)
