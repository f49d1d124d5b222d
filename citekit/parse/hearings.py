"""Congressional hearings and committee reports as US notes cite them (Bluebook rule 13):

    Copyright Infringements (Audio and Video Recorders): Hearing on S. 1758 Before the Senate
        Committee on the Judiciary, 97th Cong., 1st and 2nd sess., 459 (1982)
    *Piracy of Intellectual Property: Hearing Before the Subcomm. on Intellectual Prop. of the
        S. Comm. on the Judiciary*, 109th Cong. 12 (2005)
    H.R. Rep. No. 94-1476, at 65 (1976)

A hearing is named by its title (the subject, "Hearing(s)", the bill, the committee before
which it sat); the Congress and session follow, then the page cited and the date in brackets.
A report is named by its house and number. Neither has an author or a publisher, so the
general grammar reads the title's words as names and the page as part of the title.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.elements import Parsed
from citekit.parse.patterns import YEAR

ORDINAL = r"\d{1,3}(?:st|nd|rd|th|d)"
PAGES = r"\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*"
# what may close the citation: the witness ("(statement of …)"), a link ("available at …")
TAIL = r"(?:\s*\([^()]*\))*(?:,?\s+available\s+at\s+.*)?"
HEARING_RE = uregex.compile(
    rf"""^\*?(?P<title>[A-Z][^*]*?:\s+Hearings?\b[^*]*?\b[Bb]efore\s+[^*]+?)\*?,
        \s+{ORDINAL}\s+Cong\.(?:,?\s+{ORDINAL}(?:\s+(?:and|&)\s+{ORDINAL})?\s+[Ss]ess\.)?
        ,?(?:\s+(?P<pin>{PAGES}))?\s*\((?:[^()]*?\s)?(?P<year>{YEAR})\){TAIL}$""",
    re.VERBOSE,
)
# "H.R. Rep. No. 94-1476, at 65 (1976)", "S. Rep. No. 104-315 (1996)", "H.R. Doc. No. 83"
REPORT_RE = uregex.compile(
    rf"""^(?P<number>(?:H\.\s?R\.|S\.)\s+(?:Rep|Doc|Conf\.\s+Rep)\.\s+No\.\s+\d+[-–]\d+)
        (?:,\s+(?:pt\.\s+\d+,\s+)?at\s+(?P<pin>{PAGES}))?(?:\s+\((?P<year>{YEAR})\))?{TAIL}$""",
    re.VERBOSE,
)


def parse_congressional(text: str) -> Parsed | None:
    """Entry type, fields and pinpoint of a hearing or a committee report, else None."""
    text = text.strip().rstrip(".")
    if "Cong." in text:
        hearing = HEARING_RE.match(text)
        if hearing is not None:
            fields = {"title": " ".join(hearing.group("title").split()), "year": hearing["year"]}
            return Parsed("misc", fields, hearing.group("pin"))
    report = REPORT_RE.match(text) if " No. " in text else None
    if report is None:
        return None
    fields = {"title": " ".join(report.group("number").split())}
    fields.update({"year": report.group("year")} if report.group("year") else {})
    return Parsed("techreport", fields, report.group("pin"))
