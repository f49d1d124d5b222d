"""A reference-list entry a note states after a lead-in: "Vgl. dazu: Brandt, Susanne (2010):
Gedankenflüge ohne Illusion. Wetzlar: …", "See Scott, J. C. (1998). *Seeing like a state*. …",
"For more, see: Nelson, Robert K. *Mining the Dispatch*. Richmond: …".

The entry reader (refnote) takes a note's first words for its names; a lead-in there becomes a
name ("Vgl. Brandt, Susanne") or the whole names block ("Vgl" and a title "dazu: Brandt …").
The lead-ins are cut first, as the note grammar cuts them, and the rest is read as the entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import memo
from citekit.parse.decisions import is_decision
from citekit.parse.editorialremark import without_remark
from citekit.parse.entryruns import closing_commentary, commentary_at
from citekit.parse.hearings import parse_congressional
from citekit.parse.patterns import IBID_RE, LEAD_IN_RE, YEAR
from citekit.parse.pinpoint import LABELS
from citekit.parse.reference import Reference
from citekit.parse.refnote import reference_note
from citekit.parse.shortforms import is_author_date
from citekit.parse.yearhead import year_head

MAX_LEADS = 3  # "Vgl. dazu:", "See also, e.g.,": a lead-in of a few phrases
# "; see also P. J. Marshall (1987),": a semicolon, a lead-in or none, names, a year in brackets,
# then a comma or a page ("; Locher og Elie (2018) s. 14": Norwegian law's author-year form)
NAMED_DATED_AFTER_SEMICOLON_RE = re.compile(
    r";\s+(?:(?:see\s+also|see|compare|cf\.|also)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
    r"(?:\s+(?:and|&|og|och|und)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)?"
    r"\s+\((?:1[5-9]|20)\d\d[a-z]?\)(?:,|\s+(?:pp?|S|s)\.\s?\d)"
)
# names (a body's too: "Faculty of Law, University of Oxford"), a year in brackets, then at once
# a page label and its number: "Ashbrook og Albright (1997) s. 293", "Nagel (1988), S. 11",
# "Smith (2001) at 12". An entry prints its title after the year, never a pinpoint: the
# note's first citation is a short form, and what follows it ("… og Locher, Fabien …") another
NAME_WORD = r"(?:[A-Z][\w.'’-]*|[a-z]{1,3})"  # "Albright", "B.", "of", "og", "van"
DATED_PINPOINT_HEAD_RE = re.compile(
    rf"[A-Z][\w.'’-]*(?:,?\s+{NAME_WORD}|\s*&\s*{NAME_WORD}){{0,8}}"
    rf"\s+\({YEAR}[a-z]?\),?\s+(?:{LABELS}|at)\s?(?:\d|[ivxlc]+\b)"
)
MAX_COLON_LEAD = 200  # a sentence of commentary before an entry ("For more, see: …")
PROSE_ONLY_RE = re.compile(r"[^\d*_“”\"‘’«»()\[\]]+")  # words, commas, full stops: no title, date


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the notes it rereads
def lead_entry(text: str, *, loose: bool) -> tuple[str, Reference] | None:
    """The text of the entry TEXT states and its reading, its lead-ins left out; None when
    TEXT (after its lead-ins) is no entry. Each note is read once, with or without them."""
    if _opens_with_ibid(text) or _another_after_semicolon(text):
        return None  # "Ibid.; John Helgeland, *Christians* (…, 1985), 12": two citations
    if year_head(text) is not None:
        return None  # "Sirajul Islam (1979), Title, Dacca: …, pp. 23–45": a note's habit
    if text.rstrip(". ").endswith(")") and is_author_date(without_remark(text).strip(" .")):
        return None  # "Nagel (1988), S. 11 (Hervorhebung dort).": a short form and a remark
    prose = commentary_at(text)
    text = text if prose is None else text[:prose]  # "… Beacon Press, who blames …"
    rest = _after_leads(text.strip())
    if DATED_PINPOINT_HEAD_RE.match(rest or text.strip()) is not None:
        return None  # "Sml. Ashbrook og Albright (1997) s. 293 og Locher, …": a short form first
    if rest is None:  # most notes: no lead-in, TEXT read once as before
        found = _entry_of(text.strip(), loose)
        if found is not None:
            return found
        rest = _after_prose_colon(text.strip())  # "For more, see: Nelson, Robert K. *…*"
        if rest is None:
            return None
    return _entry_of(rest, loose)  # the lead-in is prose: the note grammar's then


def _entry_of(text: str, loose: bool) -> tuple[str, Reference] | None:
    """TEXT read as one entry, less the sentences of commentary that close it ("…, pp.
    1347–1376. Cronon reads Worster and Bonnifield as …"), where the entry stands without them."""
    if parse_congressional(text.partition(";")[0]) is not None:
        return None  # "H.R. Rep. No. 94-1476, at 65": the house is no author's initials
    if is_decision(text.partition(";")[0]):
        return None  # "BGH, GRUR, 1991, 529 (530)": the court is no author, "GRUR" no name
    entry = reference_note(text, loose=loose)
    if entry is None:
        return None
    cut = closing_commentary(text)
    shorter = reference_note(text[:cut], loose=loose) if cut is not None else None
    if shorter is not None and shorter.fields.get("title"):
        return text[:cut], shorter
    return text, entry


def _another_after_semicolon(text: str) -> bool:
    """Does a second source follow a semicolon, named and dated as the first ("…, pp. 23–45;
    Ratnalekha Ray (1979), *Change* …", "…, p. 1192; compare Marshall (1987), p. 145")? An entry
    of a reference list is one source; the note grammar splits a note of several."""
    return ";" in text and NAMED_DATED_AFTER_SEMICOLON_RE.search(text) is not None


def _opens_with_ibid(text: str) -> bool:
    """Does TEXT open with an ibid. and a semicolon? No entry does; a note of two sources."""
    ibid = IBID_RE.match(text.lstrip()) if ";" in text[:12] else None
    return ibid is not None and text.lstrip()[ibid.end() :].lstrip(" .*").startswith(";")


def _after_prose_colon(text: str) -> str | None:
    """TEXT after a sentence of commentary that a colon closes ("A few good examples of the
    form: Jockers, Matthew L. “…”"), or None: the prose is plain words, lower-case at its end,
    no title, date or bracket in it (a colon after "New York" or in a title is no lead-in)."""
    colon = text.find(": ", 0, MAX_COLON_LEAD)
    if colon < 0:
        return None
    prose = text[:colon]
    words = prose.split()
    if len(words) < 2 or not words[-1][:1].islower() or PROSE_ONLY_RE.fullmatch(prose) is None:
        return None
    return text[colon + 2 :].lstrip() or None


def _after_leads(text: str) -> str | None:
    """TEXT after the lead-ins it opens with, or None when it opens with none. A lead-in
    closed by a comma is left ("Anders, Günther (1956): …" is a name, not "anders")."""
    if not text[:1].isalpha() or LEAD_IN_RE.match(text) is None:
        return None  # most notes open with no lead-in: the pattern is tried once
    rest = text
    for _ in range(MAX_LEADS):
        lead = LEAD_IN_RE.match(rest)
        if lead is None or lead.group().rstrip().endswith(","):
            break
        rest = rest[lead.end() :]
    return rest if rest != text else None
