"""A court's decision as German and European legal notes cite it: the court, the kind of
decision and its date, the docket number, the decision's name between dashes, the pinpoint
("BGH, Urt. v. 1. Dezember 2010 (I ZR 196/08), - Zweite Zahnarztmeinung II - Rn. 19",
"BGH, Urt. v. 27.1.2022 – I ZR 123/21 – Name, Rn. 5"), or the report it is printed in, its
year and first page, the pinpoint in brackets ("BGH, GRUR 1991, 529 (530) – Explosionszeichnungen").

The court is no author (the gold's convention and the BibTeX habit for cases): the entry is a
misc with the decision's name as title, its year, and the docket number or the first page.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import MONTHS, YEAR

COURTS = lexicons.alternation(lexicons.words("court_abbreviations"))
# what a decision opens with: the first word of a court's name (as written: case counts)
COURT_OPENINGS = tuple(w.split()[0].rstrip("*") for w in lexicons.words("court_abbreviations"))
# the court, a regional court's seat after it: "BGH", "OLG Nürnberg", "LG München I"
COURT = rf"(?P<court>{COURTS}(?:\s+[A-Z][\w-]+(?:\s+[IV]+\b)?)?)"
# "Urt. v. 29. Oktober 2015", "Beschl. vom 27.3.1969", "Urteil v. 1.12.2010"
DATE = (
    rf"(?:Urt\.|Urteil|Beschl\.|Beschluss|Entsch\.|Vorabentscheidung|Gutachten)?\s*(?:v\.|vom)\s+"
    rf"(?:\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|(?i:{MONTHS})\s+)(?P<year>{YEAR}))"
)
# "I ZR 196/08", "X ZB 15/67", "6 U 39/21", "1 BvR 123/45", "C-490/14", "T-12/15 P"
DOCKET = r"(?:[IVX]+a?\s+|\d{1,2}\s+)?[A-Z][A-Za-z]{0,3}\s+\d+/\d{2}|[CT]-\d+/\d{2}(?:\s+P)?"
DASH = r"[-–—]"
# the decision's name between dashes, or after one at the end: "- Rote Taube -", "– Movicol"
# (a closing dash lost, where a reader took the wrapped line's "- Rn. 17" for a list's item)
NAME = rf"{DASH}\s+(?P<name>[^;]+?)(?:\s+{DASH}|$|(?=\s+(?:juris\s+)?(?:Rn|Rz|Tz|Rdnr)\.))"
# the report: "GRUR 1991, 529 (530)", "GRUR, 1991, 529 (530)", "BGHZ 150, 1, 5"
REPORT = (
    rf"(?P<report>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?),?\s+(?P<report_year>{YEAR}),\s+(?P<page>\d+)"
    r"(?:\s*\((?P<pin>\d+(?:\s*[-–]\s*\d+)?)\)|,\s*(?P<comma_pin>\d+))?"
)
PINPOINT = (
    r"(?:juris\s+)?(?P<loc>(?:Rn\.|Rz\.|Tz\.|Rdnr\.)\s?\d+[a-z]?"
    r"(?:\s*[-–]\s*\d+)?(?:\s*,\s*\d+)*(?:\s*ff?\.?)?)"
)
DECISION_RE = uregex.compile(
    rf"""^{COURT},?\s+
    (?:{DATE}\s*(?:\((?P<docket>{DOCKET})\)|{DASH}\s+(?P<dashed>{DOCKET}))?,?\s*)?  # date, docket
    (?:{REPORT},?\s*)?                                                          # the report
    (?:{NAME},?\s*)?                                                             # "- Name -"
    (?:{PINPOINT})?                                                              # "Rn. 19"
    (?:\s+[a-zäöü].*)?\.?$                                                       # "mwN …"
    """,
    re.VERBOSE,
)


def decision(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint of a court's decision TEXT, or None."""
    text = text.strip()
    if not text.startswith(COURT_OPENINGS):  # every match opens with one: asked of every citation
        return None
    found = DECISION_RE.match(text)
    if found is None or not (found.group("year") or found.group("report")):
        return None  # "AG, 12": a court needs its date or its report
    fields = {"institution": found.group("court")}
    name = found.group("name")
    fields.update({"title": name.strip(" -–—")} if name else {})
    year = found.group("year") or found.group("report_year")
    fields.update({"year": year} if year else {})
    docket = found.group("docket") or found.group("dashed")
    fields.update({"number": docket} if docket else {})
    if found.group("page"):
        fields["pages"] = found.group("page")
    locator = found.group("loc") or found.group("pin") or found.group("comma_pin")
    return Parsed("misc", fields, locator)


def is_decision(text: str) -> bool:
    """Does TEXT cite a court's decision (court, then its date or its report)?"""
    return decision(text) is not None


# what a German pinpoint carries that is no part of it: the decision's name between dashes
# before it ("- Verlag Esterbauer - Rn. 27" after "(Fn. 10)"), the database its margin numbers
# are from ("juris Rn. 16 f."), the remark after it ("441 (443) mwN", "m.w.N.")
NAME_BEFORE_PIN_RE = uregex.compile(
    rf"^(?:{DASH}\s+[^;]+?\s+(?:{DASH}\s+)?)?(?:juris\s+)?(?=(?:Rn|Rz|Tz|Rdnr)\.\s?\d)"
)
REMARK_AFTER_PIN_RE = re.compile(r"(?<=[\w.)])\s+(?:mwN|m\.\s?w\.\s?N\.)(?:\s.*)?$")


def legal_pinpoint(locator: str) -> str:
    """LOCATOR without a decision's name, a database's name or a remark around it."""
    locator = REMARK_AFTER_PIN_RE.sub("", locator)
    named = NAME_BEFORE_PIN_RE.match(locator)
    return locator[named.end() :] if named else locator
