"""A journal named in plain text after a quoted article title, read by the numbers after it.

With italics the journal is the italic span; in plain text (a .txt file, text from a PDF) its
name is only the words between the title and the numbers: "‘Contingency Relations’, Journal of
Experimental Psychology: Learning, Memory, and Cognition, 17 (1991), 334–37". Such a name may
hold commas, colons and words that elsewhere mark a publisher ("Progress in Brain Research",
"Revista Universitaria"), so the general plain-journal pattern, which stops at a comma, does not
take it. The numbers say it is a journal: a volume with its date in brackets ("17 (1991)",
"58, 1 (2020)", "vol. 22 (mars 2017)"), or a labelled volume or issue ("nr. 18", "vol. 11") —
a book's imprint has a place or a publisher before its year, never these.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.containers import parse_article
from citekit.parse.elements import Parsed, clean_title, names_field
from citekit.parse.plainarticle import INVERTED_HEAD_RE

# a date in brackets: "(1991)", "(mars 2017)", "(November 2019)", "(12 June 2019)"
_DATE = r"\((?:[\w.]+\s+){0,2}(?:1[5-9]|20)\d\d\)"
# a labelled volume or issue: "vol. 22", "nr. 18", "no. 4", "t. 8", "Heft 3", "Jg. 12"
# ("Vol. 62", "No. 3" too; not "V." or "T.", which are initials)
_LABEL = r"(?:[Vv]ol\.|[Vv]ols?\.|v\.|[Nn]r\.?|[Nn]o\.|n[°º.]|t\.|Heft|H\.|Jg\.|Bd\.)\s*"
_NUMBER = r"[\dIVXLC]+(?:[-–/][\dIVXLC]+)?"
# the numbers that follow a journal's name: "17 (1991)", "58, 1 (2020)", MHRA's volume.issue
# "44.7 (2018)", "vol. 1108 (2017)",
# "nr. 18 (2011): 296", "vol. 11, no. 2, pp. 3–9"
JOURNAL_NUMBERS = rf"""
    (?:{_NUMBER}(?:\.\d{{1,4}})?(?:\s*,\s*(?:{_LABEL})?\d{{1,3}})?\s*{_DATE}  # "17 (1991)"
      |{_LABEL}{_NUMBER}(?:\s*{_DATE}|\s*,|\s*:|\s*$)            # "vol. 22 (…)", "nr. 18,"
    )"""
# the name, then those numbers: no digits, brackets or quotes in the name, and no volume label
# opening it ("Bd. = Jg. 62": a book's volume)
PLAIN_JOURNAL_NAME_RE = uregex.compile(
    rf"""^[\s,.]*(?!{_LABEL})(?P<name>[A-Z][^()\[\]\d«»“”"‘’;=]{{2,160}}?\w)[\s,.]+(?={JOURNAL_NUMBERS})""",
    re.VERBOSE,
)


def journal_before_numbers(after: str) -> tuple[str, str] | None:
    """The journal named in plain text at the start of AFTER (the text after an article's
    quoted title) and the rest from its numbers on; None when no journal's numbers follow."""
    found = PLAIN_JOURNAL_NAME_RE.match(after)
    if found is None:
        return None
    name = found.group("name").strip(" ,.")
    if len(name.split()) > 16:
        return None  # a sentence, not a name
    return name, after[found.end() :]


# "Title, Journal, 196 (2019)": the journal is the comma-separated part just before its numbers
COMMA_JOURNAL_RE = uregex.compile(
    rf""",\s+(?!{_LABEL})(?P<name>[A-Z][^,()\[\]\d«»“”"‘’;=]{{1,100}}?\w)[\s,.]+(?={JOURNAL_NUMBERS})""",
    re.VERBOSE,
)


def comma_journal_article(work: str, rest: str, people: dict[str, str]) -> Parsed | None:
    """ "Violence d’un répertoire, Cultures et conflits, 9-10 (1993), p. 337" (REST, the
    citation WORK after its names, PEOPLE): a plain title, then a plain journal, then its
    numbers; None when no part before such numbers follows a title."""
    found = COMMA_JOURNAL_RE.search(rest)
    if found is None or not people:
        return None
    inverted = INVERTED_HEAD_RE.match(work)
    if inverted is not None and rest.endswith(inverted.group("title")):
        people = names_field("author", inverted.group("names"))  # "LE BRAS, Hervé, Title, …"
        rest = inverted.group("title")
        found = COMMA_JOURNAL_RE.search(rest)
    if found is None:
        return None
    if EDITED_IN_RE.search(rest, 0, found.start()):
        return None  # "Title, in: Tobias Amsel (Hrsg.), Grenzräume, Bd. 3": a volume of a book
    title = clean_title(rest[: found.start()])
    if not title or not title[0].isupper():
        return None
    return parse_article(title, people, found.group("name"), rest[found.end() :])


# a container edited by the names before its mark: "in: Tobias Amsel (Hrsg.), …", "in: A. Roe (ed.)"
EDITED_IN_RE = uregex.compile(r"\b[Ii]n:?\s[^()]{2,120}\((?:[Hh]rsg|[Hh]gg?|[Ee]ds?|éds?)\.?\)")
