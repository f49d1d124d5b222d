"""The shape of an ISO 690 journal article, "FAMILY, Given. Title. *Journal*. Year, …", for the
splitter (which must not cut it at its full stops) and the field parser (iso690.py)."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex

FAMILY = r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*"  # "GARDINER", "LE ROUX", "VAN DER BERG"
# "J M", "Kelvin", "Marvin P.", "L-G", "J.-P."
GIVEN = r"[A-Z][\w'’-]*\.?(?:-[A-Z]\w*\.?)?(?:\s+[A-Z][\w'’-]*\.?(?:-[A-Z]\w*\.?)?){0,3}?"
# a given name before the family name: "M S", "Dawei", "Jean-Paul" (no word in capitals)
GIVEN_FIRST = r"(?:[A-Z]\.?|[A-Z][a-z][\w'’-]*\.?)(?:[\s-]+(?:[A-Z]\.?|[A-Z][a-z][\w'’-]*\.?)){0,3}"
# the first author inverted, the others inverted or not: "TEHAN, G и M S HUMPHREYS"
NAME = rf"(?:{FAMILY},\s+{GIVEN}|{GIVEN_FIRST}\s+{FAMILY})"
NAME_PATTERN = (
    rf"(?P<family>{FAMILY}),\s+(?P<given>{GIVEN})(?=[,;]|\s+\w+\s|\s+[–-]\s|$)"
    rf"|(?P<first>{GIVEN_FIRST})\s+(?P<last>{FAMILY})"
)
# the ISO 690 styles' own one-word "and"s beside the common ones (the CSL locales' term):
# Czech and Slovak "a", Finnish "ja", Turkish "ve", Hungarian "és", Lithuanian "ir"
LOCALE_ANDS = ("a", "ja", "ve", "és", "ir")
# "and" in the ISO 690 styles' languages: "LOESS, H și WAUGH, N C"; Czech styles join names
# with a dash: "KNAPP, Viktor – GERLOCH, Aleš"
JOINER = rf"(?:,\s+|\s+(?:и|{'|'.join(LOCALE_ANDS)}|and|y|et|e|i|und|&|și|og|och|–)\s+)"
# the authors as an ISO 690 citation opens: "CANAL, J., ESPINOSA, C.", "TEHAN, G и M S HUMPHREYS"
NAMES_PATTERN = rf"""(?P<names>{FAMILY},\s+{GIVEN}(?:{JOINER}{NAME})*)
        (?:\s+(?:et\s+al|и\s+др|a\s+kol))?     # "et al.", Russian "и др.", Czech "a kol."
        """
# the authors, then the article's title: "CANAL, J., ESPINOSA, C. La memoria …" (search it
# after a lead-in, match it at the start)
HEAD_PATTERN = rf"""(?<![\w.]){NAMES_PATTERN}
        (?<!\.)\.\s+(?P<title>[^*]*\S)\s*$"""
# Slovak, Czech and Hungarian legal writing end the names with a colon: "KNAPP, V.: Teorie
# práva", "MATT, C. P., ALDER, C.: Schlaglicht", "KNAPP, Viktor: Teorie"; a given name of one
# word or initials only, so that no title's words before a subtitle's colon pass for names
COLON_GIVEN = r"(?:[A-Z]\.(?:[\s-]*[A-Z]\.)*|[A-Z][a-z][\w'’-]*)"
COLON_HEAD_PATTERN = rf"""(?<![\w.])
        (?P<names>{FAMILY},\s+{COLON_GIVEN}(?:(?:,\s+|\s+[-–]\s+){FAMILY},\s+{COLON_GIVEN})*)
        (?:\s+(?:et\s+al\.|a\s+kol\.))?:\s+(?P<title>[^*]*\S)\s*$"""


def head_re() -> re.Pattern[str]:
    """HEAD_PATTERN compiled on first use: widened to every script's capitals it is long to
    compile, and most documents never need it (uregex.compile keeps it)."""
    return uregex.compile(HEAD_PATTERN, re.VERBOSE)


def colon_head(text: str) -> re.Match[str] | None:
    """TEXT read as names in capitals ended by a colon, then a title ("KNAPP, V.: Teorie")."""
    return uregex.compile(COLON_HEAD_PATTERN, re.VERBOSE).match(text)


def head_match(text: str) -> re.Match[str] | None:
    """TEXT read as an ISO 690 head, its names ended by a full stop or a colon. The colon's
    first: in "MATT, C. P., ALDER, C.: Title" the full stop of an initial ends no names."""
    return colon_head(text) or head_re().match(text)


def authors(text: str) -> list[str]:
    """The names of an ISO 690 head as "Family, Given": "TEHAN, G и M S HUMPHREYS" ->
    ["TEHAN, G", "HUMPHREYS, M S"]."""
    out = []
    for match in uregex.compile(NAME_PATTERN).finditer(text):
        family = match.group("family") or match.group("last")
        given = (match.group("given") or match.group("first")).rstrip(".")
        out.append(f"{family.title()}, {given}")  # "Tehan, G", as names.py writes capitals
    return out


# what follows the journal at once: its year, then the numbers (". 1991, т. 17, с. 335"), or
# (Slovak and Czech styles) the labelled numbers first (". roč. 19, č. 4, 2019, s. 316"); the
# Mexican ENAH style puts the volume first and the pages after a colon (", 255. 2020: 20–25"),
# a newspaper's day and month (", 27 de febrero. 2020: 7")
# the Slovak and Czech labelled numbers before the year: "roč. 19, č. 4, "
LABELLED_NUMBERS = r"(?:[^\W\d_]{1,6}\.\s*\d[\w/–-]*,\s*){0,3}"
YEAR_AFTER_RE = re.compile(
    r"^(?:,\s*(?:[\w/]+(?:\s*\([\w/]+\))?|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+))?"
    rf"\.\s*{LABELLED_NUMBERS}(?:1[5-9]|20)\d\d[a-z]?(?:\s*[,:]\s*\S|\.?\s*$|\.\s+<?(?:https?://|doi))"
)  # the year ends the article, or its link follows: ". 2017. <https://…>"


def journal_then_year(text: str) -> bool:
    """Does TEXT open with a journal in italics and at once its year ("*Sturgeon Review*.
    1928, pp. 33–43")?"""
    journal = JOURNAL_RE.match(text)
    return journal is not None and YEAR_AFTER_RE.match(text[journal.end() :]) is not None


JOURNAL_RE = re.compile(r"\*[^*]+\*")  # an italic span, no italics inside


def names_then_title(text: str) -> bool:
    """Does TEXT end with an ISO 690 head, names and a plain title, maybe after a lead-in
    ("Srov. NOVÁK, Jan. Dějiny mostů")?"""
    return head_re().search(text) is not None


# a container word and the book's own author, the last sentence before the book's title: "…
# Одномерный человек. В: МАРКУЗЕ, Герберт" + "Эрос и цивилизация. М.: АСТ, 2003"
CONTAINER = lexicons.alternation(lexicons.words("container_words"))  # "In", "En", "В"
CONTAINER_AUTHOR_END_PATTERN = rf"""(?:^|\.\s)(?:{CONTAINER})\s*:?\s+{NAMES_PATTERN}$"""


def container_author_ends(prev: str, separator: str) -> bool:
    """Does PREV, cut at a full stop, end with "In: FAMILY, Given" of an ISO 690 part in a book
    by the same or another author: the book's title follows, the citation goes on."""
    return separator == "." and bool(
        uregex.compile(CONTAINER_AUTHOR_END_PATTERN, re.VERBOSE).search(prev)
    )
