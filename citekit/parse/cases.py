"""Court cases cited without a grammar the Bluebook rules know: "*Simpson v UK* (1989) 64 188",
"Council of Civil Service Unions v UK, 10 269, 42 (1987)", "Müller gegen Meier, 12 (2001)",
"*In re Alder Holdings, Inc.*, 55 B.R. 800 (Bankr. D. Del. 2014)".

The parties joined by "v", "gegen", "c." (or one party after "In re", "Ex parte") name the
case; two numbers after them are the reporter's volume and the first page, and what stands
between them the reporter; the year may close the court's parenthesis; the case is an entry
of type misc.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.patterns import YEAR

# "plc", "ltd": a party may end with a company's suffix in lower case
COMPANY_SUFFIXES = frozenset(lexicons.words("company_suffixes"))

# "Simpson v UK", "R. v. Tang", "Commission c. France", "Müller gegen Meier", "Roe vs. Wade"
CASE_TITLE_RE = uregex.compile(
    r"^\*?(?P<title>(?:R\s\([^()]{1,80}\)|[A-Z][^,*()]*?)\s(?:v\.?|vs\.?|V\.|gegen|contre|c\.)"
    r"\s[A-Z][^,*()]*?(?:,\sex\sp(?:arte)?\s[A-Z][^,*()\[]*?)?"  # "R (Bibi) v …", "…, ex p Bibi"
    r"(?:\s*[(\[]No\.?\s*\d+[)\]])?)"  # "Mabo v Queensland [No 2]", "Douglas v Hello! Ltd (No 3)"
    r"\s*\*?(?=\s*[,(\[]|\s+\d|$)"
)
# "In re Alder Holdings, Inc.", "Ex parte Birch": a proceeding named by one party
ONE_PARTY_RE = uregex.compile(
    r"^\*?(?P<title>(?:In\s+re|Ex\s+parte)\s+[A-Z][^*()]*?)\s*\*?(?=\s*,\s*\d|\s*[(\[]|$)"
)
# a case name in italics may hold commas: "*Alder Labs., Inc. v. Birch Co.*"
ITALIC_CASE_RE = uregex.compile(r"^\*(?P<title>[A-Z][^*]*?\sv\.?\s[A-Z][^*]*?)\*")
# the first of two case names joined by ";" (see conjoined_case): "*R (Miller) v Prime Minister*; "
CONJOINED_RE = uregex.compile(r"^\*(?P<title>[A-Z][^*;]*?\sv\.?\s[A-Z][^*;]*?)\*;\s+(?=\*[A-Z])")
# a case between states, named by its subject and the states joined by "/" (as the ICJ, ITLOS
# and arbitral tribunals name them): "*Continental Shelf (Libyan Arab Jamahiriya/Malta)*"; a
# case only where a report follows (`_case_fields`)
INTERSTATE_CASE_RE = uregex.compile(r"^\*(?P<title>[A-Z][^*]*?\([^()*/]+/[^()*]+\))\*")
# the phase of the proceedings between a case's name and its report: "(Judgment)", "(Merits)",
# "(Preliminary Objections)", "(Advisory Opinion)": no part of the report
_PHASES = lexicons.alternation(lexicons.words("proceeding_phases"))
PHASE_RE = uregex.compile(
    rf"^\s*\((?:{_PHASES})\b[^()\[\]]{{0,60}}\)(?=\s*\[{YEAR}\])", re.IGNORECASE
)
ELIDED_ARTICLE_RE = uregex.compile(r"^(?:d|l|dell|dall)[’']")  # "d’", "l’" before a name
# "[No 2]", "(No 3)": which of two cases between the same parties, part of the name
NUMBERED_RE = uregex.compile(r"\s*[(\[]No\.?\s*\d+[)\]]$")
NUMBER_RE = uregex.compile(rf"(?<![\w/-])(?!{YEAR}\b)(?P<n>\d{{1,5}})(?![\w/-])")
# "(1987)", "[1987]", or the court's parenthesis closed by the year: "(Fed. Cir. 1997)"
YEAR_IN_BRACKETS_RE = uregex.compile(rf"[(\[](?:[^()\[\]]*\s)?(?P<year>{YEAR})[)\]]")
# volume, reporter, first page and pinpoint, as a reporter prints them: "103 F.3d 1571, 1583",
# "55 F. Supp. 3d 800", "507 F. App'x 125"; a first page may look like a year ("1571")
REPORTED_RE = uregex.compile(
    r"""^\s*,?\s*(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][\w.'’]*(?:\s[A-Z\d][\w.'’]*){0,3}?)
        \s+(?P<page>\d{1,5})(?:,\s*(?P<pin>\d+(?:[-–]\d+)?))?(?![\w/-])""",
    re.VERBOSE,
)
# an English report named by the year in square brackets, the volume only where the year has
# several: "[1947] AC 156 (HL) 173", "[1994] 2 AC 264 (HL) 304–06", "[2003] UKHL 61"; the
# court in brackets, then the pinpoint (a page, or paragraphs: "[14]", "[10]–[11]")
SQUARE_YEAR_REPORT_RE = uregex.compile(
    rf"""^\s*\[(?P<year>{YEAR})\]\s+(?:(?P<volume>\d{{1,2}})\s+)?(?P<reporter>[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*){{0,2}}?)
        \s+(?P<page>(?:I{{1,3}}-)?\d{{1,5}})(?:\s+\([A-Z][\w\s]{{0,20}}\))?(?:,?\s+(?P<pin>\d+(?:[-–]\d+)?(?![\w/-])|\[\d{{1,3}}\](?:\s*[-–]\s*\[\d{{1,3}}\])?|paras?\s+\d+(?:\s*[-–]\s*\d+)?(?![\w/-])))?""",
    re.VERBOSE,
)
# the report's volume, first page and pinpoint; the reporter ("F.3d", "AC") is no journal: a
# case's entry is its name, volume, first page and year, as Bluebook's own reading gives it
REPORT_GROUPS = {"volume": "volume", "pages": "page", "_pin": "pin"}
# the EU courts' case number before the parties: "Case C-184/99", "Case 26/62", "Joined
# Cases C-11/06 and C-12/06", "Case T-201/04": the case's number, no volume or page
EU_CASE_NUMBER_RE = uregex.compile(
    r"^(?:Joined\s+)?Cases?\s+(?P<number>(?:[CTF]-)?\d{1,4}/\d{2}"
    r"(?:(?:,|\s+and|\s+&)\s+(?:[CTF]-)?\d{1,4}/\d{2})*)\s+(?=\*?[A-Z])"
)
# the EU courts' European Case Law Identifier: "EU:C:2014:2358", "ECLI:EU:T:2019:12"; its
# numbers are no volume and page
ECLI_RE = uregex.compile(r"^\s*,?\s*(?:ECLI:)?EU:[CTF]:(?:1[5-9]|20)\d\d:\d+\b")


def case_fields(text: str) -> dict[str, str] | None:
    """Title, year, volume and first page of a case (and its pinpoint as `_pin`), else None;
    an EU case's number before it ("Case C-184/99 *Grzelczyk v …*")."""
    numbered = EU_CASE_NUMBER_RE.match(text)
    joined = CONJOINED_RE.match(text) if numbered is None and ";" in text else None
    if joined:  # "*A v B*; *C v D* [2019] UKSC 41": one judgment, both names its title
        fields = _case_fields(text[joined.end() :])
        if fields is not None:
            fields["title"] = f"{joined.group('title').strip()}; {fields['title']}"
        return fields
    if numbered is None:
        return _case_fields(text)
    fields = _case_fields(text[numbered.end() :])
    if fields is None:
        return None
    fields.pop("journal", None)  # "ECR": the court's reports, as everyone cites it
    return {**fields, "number": numbered.group("number")}


def _case_fields(text: str) -> dict[str, str] | None:
    found = CASE_TITLE_RE.match(text) or ONE_PARTY_RE.match(text) or ITALIC_CASE_RE.match(text)
    if found is None:
        return _interstate_case(text)
    title = found.group("title").strip()
    last = NUMBERED_RE.sub("", title).split()[-1]
    last = ELIDED_ARTICLE_RE.sub("", last)  # "… d’Ottignies-Louvain-la-Neuve": a name still
    italic = text.startswith("*") and text[found.end("title") :].startswith("*")
    if not (italic or last[:1].isupper() or last.rstrip(".") in COMPANY_SUFFIXES):
        return None  # "Smith v ... the press" (in italics the name's end is marked: "…
        # v Office national de l’emploi*")
    rest = _without_phase(text[found.end() :])
    fields = {"title": title}
    if ECLI_RE.match(rest):
        return fields  # "*Dano v Jobcenter Leipzig* EU:C:2014:2358": no report cited
    square = SQUARE_YEAR_REPORT_RE.match(rest) if "[" in rest else None
    if square:  # "[1994] 2 AC 264 (HL) 304–06"
        year = square.group("year")
        report = _report_after_neutral(rest, square) or square
        fields.update(_report_fields(report))
        return {**fields, "year": year}
    year = YEAR_IN_BRACKETS_RE.search(rest)
    if year:
        fields["year"] = year.group("year")
    reported = REPORTED_RE.match(rest)
    if reported:
        fields.update(_report_fields(reported))
        return fields
    numbers = [m.group("n") for m in NUMBER_RE.finditer(rest)]
    if len(numbers) >= 2:  # volume, first page, then the pinpoint: "10 269, 42 (1987)"
        fields["volume"], fields["pages"] = numbers[0], numbers[1]
    if len(numbers) >= 3:
        fields["_pin"] = numbers[-1]
    return fields


def _interstate_case(text: str) -> dict[str, str] | None:
    """Title, year, first page and pinpoint of a case between states reported by its year in
    square brackets: "*Continental Shelf (Libyan Arab Jamahiriya/Malta)* (Judgment) [1985]
    ICJ Rep 13, para 43"; else None (an italic title with "(A/B)" alone may be a book)."""
    found = INTERSTATE_CASE_RE.match(text)
    if found is None:
        return None
    report = SQUARE_YEAR_REPORT_RE.match(_without_phase(text[found.end() :]))
    if report is None:
        return None
    title = found.group("title").strip()
    return {"title": title, **_report_fields(report), "year": report.group("year")}


def _report_fields(report: re.Match[str]) -> dict[str, str]:
    """The volume, first page and pinpoint (`_pin`) REPORT found."""
    return {key: report.group(group) for key, group in REPORT_GROUPS.items() if report.group(group)}


def _without_phase(rest: str) -> str:
    """REST without the phase of the proceedings before the report: " (Judgment) [1969] …"."""
    phase = PHASE_RE.match(rest) if rest.lstrip().startswith("(") else None
    return rest[phase.end() :] if phase else rest


def _report_after_neutral(rest: str, neutral: re.Match[str]) -> re.Match[str] | None:
    """The law report cited after a neutral citation: "[2004] UKHL 22, [2004] 2 AC 457" gives
    the report's volume and page (the year is the judgment's, the neutral citation's)."""
    after = rest[neutral.end() :]
    if not after.startswith(", ["):
        return None
    return SQUARE_YEAR_REPORT_RE.match(after[1:])


def reported_case(text: str) -> bool:
    """Does TEXT cite a case by its report, dated ("[1947] AC 156", "(1994) 179 CLR 520"), or
    an EU case by its number ("Case C-333/13 *Dano v Jobcenter Leipzig* EU:C:2014:2358")?"""
    if EU_CASE_NUMBER_RE.match(text):
        return case_fields(text) is not None
    if not (" v" in text or "/" in text) or not ("[" in text or "(" in text):
        return False  # the parties' "v", "v.", "vs" or "/" and a dated report; most hold none
    fields = case_fields(text)
    return fields is not None and "year" in fields and "pages" in fields


def is_reported(entry_type: str, fields: Mapping[str, str]) -> bool:
    """Are FIELDS a case cited by its report (volume and first page)? Casebooks and law
    reviews link a case's name to a database (Lexis, Westlaw): the link makes no web page of
    it (citekit.caselinks)."""
    return entry_type == "misc" and "volume" in fields and "pages" in fields


def conjoined_case(prev: str, cur: str) -> bool:
    """ "*R (Miller) v Prime Minister*; *Cherry v Advocate General for Scotland* [2019] UKSC 41":
    appeals heard together and decided in one judgment are cited as one case, their names
    joined by ";" before the one report. The name before the ";" has no report of its own,
    the one after it has."""
    name = prev.strip()
    found = ITALIC_CASE_RE.match(name)
    return found is not None and found.end() == len(name) and reported_case(cur.strip())
