"""Court cases cited without a grammar the Bluebook rules know: "*Simpson v UK* (1989) 64 188",
"Council of Civil Service Unions v UK, 10 269, 42 (1987)", "Müller gegen Meier, 12 (2001)".

The parties joined by "v", "gegen", "c." name the case; two numbers after them are the
reporter's volume and the first page; the case is an entry of type misc.
"""

from __future__ import annotations

from citekit.parse import uregex
from citekit.parse.patterns import YEAR

# "Simpson v UK", "R. v. Tang", "Commission c. France", "Müller gegen Meier", "Roe vs. Wade"
CASE_TITLE_RE = uregex.compile(
    r"^\*?(?P<title>[A-Z][^,*()]*?\s(?:v\.?|vs\.?|V\.|gegen|contre|c\.)\s[A-Z][^,*()]*?)"
    r"\s*\*?(?=\s*[,(\[]|\s+\d|$)"
)
NUMBER_RE = uregex.compile(rf"(?<![\w/-])(?!{YEAR}\b)(?P<n>\d{{1,5}})(?![\w/-])")
YEAR_IN_BRACKETS_RE = uregex.compile(rf"[(\[](?P<year>{YEAR})[)\]]")


def case_fields(text: str) -> dict[str, str] | None:
    """Title, year, volume and first page of a case (and its pinpoint as `_pin`), else None."""
    found = CASE_TITLE_RE.match(text)
    if found is None:
        return None
    title = found.group("title").strip()
    if not title.split()[-1][:1].isupper():  # "Smith v ... the press": not two parties
        return None
    rest = text[found.end() :]
    fields = {"title": title}
    year = YEAR_IN_BRACKETS_RE.search(rest)
    if year:
        fields["year"] = year.group("year")
    numbers = [m.group("n") for m in NUMBER_RE.finditer(rest)]
    if len(numbers) >= 2:  # volume, first page, then the pinpoint: "10 269, 42 (1987)"
        fields["volume"], fields["pages"] = numbers[0], numbers[1]
    if len(numbers) >= 3:
        fields["_pin"] = numbers[-1]
    return fields
