"""A German periodical's issue marks: the year's volume ("10. Jg.", "Jahrgang 5"), the issue
("Heft 4", "H. 1–2") and the pages ("S. 192-195").

    Reinermann, H.: Titel. In: Verwaltung und Management. 10. Jg. (2004), Heft 4, S. 192-195.
    Schnell, I.: Titel. In: Gemeinsam leben. 19.Jg. H.3, 146-151
    Behrens, R.: Titel. In: Romanistische Zeitschrift 37, (2013), H. 1–2, 133–154.

A Jahrgang is a periodical's and a Heft with a Jahrgang or a volume is an issue of one: the
work is an article in the name before them, whatever the general rules made of "In: NAME"
(a book's title, read up to the marks). A book in a series numbers its Heft with a publisher
named, so an entry with a publisher or editors is left as read.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred
from citekit.parse.elements import Parsed

# "10. Jg.", "19.Jg.", "Jg. 10", "Jahrgang 10" (not a year: "…, vor Jahrgang 2009 …" in a name)
YEAR_VOLUME_RE = deferred.compile(
    r"\b(?:(?P<a>\d{1,3})\.\s?Jg\.|Jg\.\s?(?P<b>\d{1,3})\b|Jahrgang\s(?P<c>\d{1,3})\b)"
)
# "Heft 4", "H. 1–2", "H.3" (an initial is followed by a name, not a number)
ISSUE_RE = deferred.compile(r"\b(?:Heft|H\.)\s?(?P<number>\d{1,4}(?:\s?[/–-]\s?\d{1,4})?)\b")
# "S. 192-195", "S. 143 f.": the pages
PAGES_RE = deferred.compile(r"\bS\.\s?(?P<first>\d+)(?:\s?[–-]\s?(?P<last>\d+))?")
# where the periodical's name ends: before its Jahrgang, a volume, the year in brackets
NAME_END_RE = deferred.compile(
    r"[\s.,:;]+(?:\d{1,4}\.\s?Jg\.|Jg\.|Jahrgang|\d{1,4}\b|\(\d{4}\)|H\.|Heft)"
)
CONTAINERS = ("booktitle", "journal")
# "in: SAGE Publishing (Hrsg.), Social Psychological and Personality Science, Band 7, 1.
# Ausgabe, 2016": a periodical's name, its Band and its issue ("Heft 3", "Ausgabe 6203", "2.
# Ausgabe"), after the name of whoever issues it where the writer names one as "(Hrsg.)"
PERIODICAL_VOLUME_RE = deferred.compile(
    r"\b[Ii]n:\s+(?:(?P<issuer>[^,():]{2,80}?)\s*\((?:Hrsg|Hg)\.?\)\s*,\s*)?"
    r"(?P<journal>[^,():]{2,120}?),\s+(?:Band|Bd\.|Jg\.|Jahrgang|Vol\.)\s?(?P<volume>\d{1,4})"
    r"(?:,\s+(?:(?P<ordinal>\d{1,4})\.\s?Ausgabe|(?:Ausgabe|Heft|H\.|Nr\.)\s?(?P<number>\d{1,5})))?"
    r"(?=,)"
)
# "in: The American Economic Review (Hrsg.), 2. Ausgabe, 1998": an issue right after the
# "(Hrsg.)", no title between, so the name so marked is the periodical's own
OWN_ISSUE_RE = deferred.compile(
    r"\b[Ii]n:\s+(?P<journal>[^,():]{2,80}?)\s*\((?:Hrsg|Hg)\.?\)\s*,\s*"
    r"(?:(?P<ordinal>\d{1,4})\.?\s?Ausgabe|(?:Ausgabe|Heft|H\.|Nr\.)\s?(?P<number>\d{1,5}))(?=,)"
)
PERIODICAL_WORDS = lexicons.words("periodical_words")  # "journal", "review", "zeitschrift"
PAGE_RANGE_RE = deferred.compile(
    r"\bS\.\s?(?P<first>\d+)\s?(?:--?|–)\s?(?P<last>\d+)"
)  # "S. 15--21"
BOOK_FIELDS = ("editor", "booktitle", "address", "publisher", "edition")


def issue_marks(parsed: Parsed, text: str) -> Parsed:
    """PARSED as an article when TEXT prints a German periodical's issue marks; else as is."""
    if "Jg." not in text and "Jahrgang" not in text and "H." not in text and "Heft" not in text:
        return parsed  # the cheap test: most notes have none of these
    fields = parsed.fields
    if "publisher" in fields or "editor" in fields or not any(k in fields for k in CONTAINERS):
        return parsed
    volume = YEAR_VOLUME_RE.search(text)
    issue = ISSUE_RE.search(text)
    if volume is None and (issue is None or "volume" not in fields):
        return parsed
    fields = dict(fields)
    name = fields.pop("booktitle", None) or fields.pop("journal")
    end = NAME_END_RE.search(name)
    fields["journal"] = (name[: end.start()] if end and end.start() > 0 else name).strip(" .,:")
    if volume is not None:
        fields.setdefault("volume", next(v for v in volume.groups() if v))
    if issue is not None:
        fields.setdefault("number", issue.group("number").replace(" ", ""))
    if fields.get("pages", "").endswith(("f", "f.")):  # "143 f.": the page and the next
        fields["pages"] = fields["pages"].rstrip(" f.")
    pages = PAGES_RE.search(text, issue.end() if issue else volume.end())
    if pages is not None and "pages" not in fields:
        last = pages.group("last")
        fields["pages"] = f"{pages.group('first')}–{last}" if last else pages.group("first")
    return Parsed("article", fields, parsed.locator)


def periodical_volume(parsed: Parsed, text: str) -> Parsed:
    """PARSED as an article when TEXT names after "in:" a periodical with its Band and issue
    ("in: Cambridge Journal of Economics, Band 38, 2. Ausgabe, Oxford 2014, S. 257-279"), or
    with its Band where the name says a periodical ("in: Annual Reviews (Hrsg), Annual Review
    of Sociology, Band 43, San Mateo 2017"): the "(Hrsg.)" before it names the periodical's
    publisher, and the place its seat, neither an editor nor an address of the article; or
    with its issue right after the "(Hrsg.)" ("in: Publications (Hrsg.), 2. Ausgabe, 2016")."""
    if "in:" not in text.casefold() or parsed.entry_type == "article":
        return parsed
    found = PERIODICAL_VOLUME_RE.search(text) or OWN_ISSUE_RE.search(text)
    if found is None or "publisher" in parsed.fields:
        return parsed
    number = found.group("ordinal") or found.group("number")
    words = re.findall(r"\w+", found.group("journal").casefold())
    if number is None and not any(w in PERIODICAL_WORDS for w in words):
        return parsed  # "in: Müller (Hrsg.), Aemulatio, Bd. 27": a volume of a book
    fields = {k: v for k, v in parsed.fields.items() if k not in BOOK_FIELDS}
    fields["journal"] = found.group("journal").strip()
    if "volume" in found.groupdict():
        fields["volume"] = found.group("volume")
    if number is not None:
        fields["number"] = number
    pages = PAGE_RANGE_RE.search(text, found.end())  # a range: one page is the pinpoint
    if pages is not None and "pages" not in fields:
        fields["pages"] = f"{pages.group('first')}–{pages.group('last')}"
    return Parsed("article", fields, parsed.locator)
