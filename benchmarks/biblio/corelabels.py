"""Corrections applied when core.xml's labels become gold fields (benchmarks.biblio.footnotes).

AnyStyle labels spans, not fields: its "volume" label often holds the issue, the year or the
pages too ("2012;30(15):", "51:197–204.", "vol. 27, n° 4,", "No. 134, Part 3"), a date holds
a letter ("(1996b)"), a title or container may end in a parenthesis of its own
("... (IJCAI-91)"). Each rule here reads what the label states and nothing more; the
numbers of gold values they changed are in the commit that brought them (fields10).
"""

from __future__ import annotations

import re

# "1996b", "(2004a)": a year, whatever letter follows it
YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d(?!\d)")
# "2012;30(15):" (Vancouver): a year before the volume
YEAR_FIRST_RE = re.compile(r"^\s*((?:1[5-9]|20)\d\d)\s*;")
# "vol. 7", "Vol.3", "volume 193", "v.37", "Bd. 3", "Band 3", "Т. 1" (not "2 vols.": a count)
VOLUME_WORD_RE = re.compile(r"(?<!\d)(?<!\d\s)\b(?:vols?|volume|v|bd|band|т)\b\.?\s*(\d+)", re.I)
# "No. 134", "n°54", "nr 29", "Issue 465", "Heft 4", "H. 1–2", "Nos. 1-4"
NUMBER_WORD_RE = re.compile(
    r"(?:\b(?:nos?|nr|issue|heft|h)\b\.?|\bn°)\s*(\d+(?:\s*[-–/]\s*\d+)?)", re.I
)
# "9(1)", "14(Suppl.1)", "288, (5465)", "42(2-3)": an issue in parentheses after the volume
PAREN_NUMBER_RE = re.compile(r"\d\s*,?\s*\(([^()]{1,10})\)")
# "40.1", "75.1": volume.issue
DOT_NUMBER_RE = re.compile(r"^\s*\d+\.(\d+)\s*,?\s*$")
# "51:197–204.", "86(11):2278–2324,", "81(4):044005": pages after the volume's colon (a range
# or an article number; "50: 3" is an issue)
COLON_PAGES_RE = re.compile(r"[\d)]\s*:\s*(\d+\s*[-–—]\s*\d+|\d{3,})\s*[.,]?\s*$")
# "In ", "in: ", "In: ": a container's opening word
IN_RE = re.compile(r"^\s*in:?\s+", re.I)
QUOTES = "“”\"‘’'«»"
# the date a note says a page was read on: "Accessed May 29, 2013.", "(accessed 20 March
# 2012)", "Retrieved January 22, 2010, from …", "Retrieved 2010-08-07."
ACCESSED_RE = re.compile(r"\b(?:accessed|retrieved|consulted|consulté le)\b:?\s*(?:on\s+)?", re.I)
MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
DAY_MONTH_YEAR_RE = re.compile(r"^(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\.?,?\s+(?P<y>\d{4})\b", re.I)
MONTH_DAY_YEAR_RE = re.compile(r"^(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b", re.I)
ISO_RE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")


def year(label: str) -> str | None:
    """The year a date label states ("(1996b)." -> "1996")."""
    found = YEAR_RE.search(label)
    return found.group() if found else None


def volume_fields(label: str) -> dict[str, str]:
    """Volume, number, pages and year that a volume label states.

    "2012;30(15):" -> year 2012, volume 30, number 15; "51:197–204." -> volume 51, pages
    197–204; "No. 134, Part 3" -> number 134 (no volume); "vol. 27, n° 4" -> 27 and 4.
    """
    out: dict[str, str] = {}
    first = YEAR_FIRST_RE.match(label)
    if first:
        out["year"] = first.group(1)
        label = label[first.end() :]
    number = NUMBER_WORD_RE.search(label) or PAREN_NUMBER_RE.search(label)
    number = number or DOT_NUMBER_RE.match(label)
    if number:
        out["number"] = number.group(1).strip()
    named = VOLUME_WORD_RE.search(label)
    if named:
        out["volume"] = named.group(1)
    elif not (number and number.re is NUMBER_WORD_RE and number.start() <= 1):
        # the first number that is not the ("II, n°525" has none; "No. 134" opens
        # with its issue and states no volume)
        rest = label[: number.start()] if number and number.re is NUMBER_WORD_RE else label
        plain = re.search(r"\d+", rest)
        if plain:
            out["volume"] = plain.group()
    pages = COLON_PAGES_RE.search(label)
    if pages:
        out["pages"] = pages.group(1)
    return out


def accessed(note: str) -> str | None:
    """ "Accessed May 29, 2013." -> "2013-05-29"; None when the note gives no such date."""
    lead = ACCESSED_RE.search(note)
    if not lead:
        return None
    rest = note[lead.end() :]
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE, ISO_RE):
        found = pattern.match(rest)
        if found:
            month = found.group("m")
            number = int(month) if month.isdigit() else MONTHS.get(month.casefold())
            if number:
                return f"{found.group('y')}-{number:02d}-{int(found.group('d')):02d}"
    return None


def container(label: str) -> str:
    """ "In Proc. of the 12th Int. Joint Conf. (IJCAI-91)" -> "Proc. of ... (IJCAI-91)";
    'in “MRS Proceedings,”' -> "MRS Proceedings"."""
    return clean(IN_RE.sub("", label.strip().lstrip(QUOTES)))


def url(label: str) -> str:
    """ "URL: www.example.org/x" -> "www.example.org/x"."""
    return clean(re.sub(r"^\s*(?:URL|Online|Available)\s*:\s*", "", label, flags=re.I))


def clean(value: str) -> str:
    """A label's value without its quotes and end punctuation; a parenthesis is cut only
    when it opens or closes nothing ("(IJCAI-91)" keeps its ")")."""
    value = value.strip().strip(QUOTES).strip()
    value = re.sub(r"[.,:;\]]+$", "", value).strip()
    if value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(".,:; ")
    if value.startswith("(") and value.count("(") > value.count(")"):
        value = value[1:].lstrip()
    if re.fullmatch(r"\([^()]*\)", value):
        value = value[1:-1]  # "(Osaka, Japan)": wholly in parentheses
    value = re.sub(r"^\[", "", value).strip()
    return value.strip(QUOTES).strip()
