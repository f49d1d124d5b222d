"""Access dates in citations ("accessed on March 14, 2017", "abgerufen am 3. Mai 2020")."""

from __future__ import annotations

import re
import unicodedata

# month names and abbreviations in English, German, French, Spanish and Italian -> number
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan januar janv janvier enero ene gennaio genn",
            "february feb februar fevr fevrier febrero febbraio febb",
            "march mar marz maerz mars marzo",
            "april apr avril abril aprile",
            "may mai mayo maggio",
            "june jun juni juin junio giugno giu",
            "july jul juli juil juillet julio luglio lug",
            "august aug aout agosto ago",
            "september sep sept septembre septiembre settembre sett set",
            "october oct oktober okt octobre octubre ottobre ott",
            "november nov novembre noviembre",
            "december dec dezember dez decembre diciembre dic dicembre",
        ],
        start=1,
    )
    for name in names.split()
}
# the words that introduce an access date, in the languages above
ACCESS_RE = re.compile(
    r"""\b(?:
        (?:last\s+|date\s+of\s+)?(?:accessed|accessed\s+at|access|retrieved|viewed|consulted|visited)
        | (?:zuletzt\s+)?(?:abgerufen|aufgerufen|besucht|zugegriffen) | zugriff | stand
        | (?:page\s+)?consult[ée]e? | consultad[oa] | consultat[oa] | visitad[oa]
    )\b\s*(?:on|am|le|el|il|the|:)?\s*(?:on|:)?\s*""",
    re.VERBOSE | re.IGNORECASE,
)
# what follows: "14 March 2017", "3. Mai 2020", "1er mai 2019", "5 de mayo de 2019"
DAY_MONTH_RE = re.compile(
    r"(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?([^\W\d_]+)\.?,?\s+(?:de\s+)?(\d{4})"
)
# "March 14, 2017", "Sept. 3 2017"
MONTH_DAY_RE = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
MONTH_YEAR_RE = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")
ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")  # 2017-03-14
NUMERIC_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")  # 14.03.2017, 14/03/2017
# a year a work may carry ("February 2011", "(Oxford, 2001)"), for a snapshot near it
YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def access_dates(text: str) -> list[tuple[int, str]]:
    """Every access date in TEXT as (position, "YYYYMMDD" or "YYYYMM"), in order."""
    found = []
    for match in ACCESS_RE.finditer(text):
        stamp = parse(text[match.end() : match.end() + 40])
        if stamp:
            found.append((match.start(), stamp))
    return found


def parse(text: str) -> str | None:
    """The date at the start of TEXT as a Wayback timestamp prefix, or None."""
    if m := ISO_RE.match(text):
        return _stamp(m[1], m[2], m[3])
    if m := NUMERIC_RE.match(text):
        day, month = (m[1], m[2]) if int(m[2]) <= 12 else (m[2], m[1])  # 03/14/2017 is US
        return _stamp(m[3], month, day)
    if (m := DAY_MONTH_RE.match(text)) and _month(m[2]):
        return _stamp(m[3], str(_month(m[2])), m[1])
    if (m := MONTH_DAY_RE.match(text)) and _month(m[1]):
        return _stamp(m[3], str(_month(m[1])), m[2])
    if (m := MONTH_YEAR_RE.match(text)) and _month(m[1]):
        return f"{m[2]}{_month(m[1]):02d}"
    return None


def last_year(text: str) -> str | None:
    """The last plausible year in TEXT, or None."""
    years = YEAR_RE.findall(text)
    return years[-1] if years else None


def _month(word: str) -> int | None:
    bare = unicodedata.normalize("NFKD", word.casefold())
    return MONTHS.get("".join(c for c in bare if not unicodedata.combining(c)))


def _stamp(year: str, month: str, day: str) -> str | None:
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}{int(month):02d}{int(day):02d}"
