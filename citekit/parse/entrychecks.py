"""Last readings of a full citation's fields, whichever reader (the grammar or the labeller)
gave them: what the whole text shows that a reader, reading part by part, may miss.

- a newspaper's issue cited by its day (newspapers.newspaper_issue);
- a German periodical's "10. Jg. (2004), Heft 4, S. 192-195" (issuemarks.issue_marks);
- a status read as a publisher: "Preprint", "arXiv preprint arXiv:1504.07295", "USA Patent
  № 5351122", "Working paper": no work is published by these, and a work they describe is
  unpublished (a preprint, a patent, a draft), not a book; so is one read as a journal
  ("Draft Paper", statuscontainer.status_journal);
- a town read as a publisher: "Aldershot, 2008." (townimprint.town_publisher);
- a volume that repeats the number printed once: "No. 83" (numberecho.number_echo);
- a year read from the pages: "Phys. Rev. A 50, 1764 (1994)." is of 1994, its page 1764;
- a report's series read as a periodical or a book: "“Title,” Tech. Report CMU-RI-TR-92-12,
  pp. 1-20, 1992." is a report (its number), in no journal and no book;
- a chapter in a book the list cites in its own entry, named by its editors (Chicago):
  "“The Postnatural Novel.” In Glotfelty and Fromm, 196–203." (editors and pages, no book);
- a book's imprint left in brackets in its title: "in D.R. Goyal, ed, Non-Alignment
  (Delhi: Ajanta Publications)";
- a periodical, year, volume and pages joined by spaces alone, as Crossref's deposited
  citations print them: "Bagging predictors 1996 Machine Learning 24 123--140"
  (spacedtail.spaced_tail).
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit.parse import deferred
from citekit.parse.addresssplit import address_publisher
from citekit.parse.elements import Parsed
from citekit.parse.imprinttitle import title_without_edition, title_without_imprint
from citekit.parse.issuemarks import issue_marks, periodical_volume
from citekit.parse.newspapers import newspaper_issue
from citekit.parse.nonbook import nonbook, web_part
from citekit.parse.numberecho import number_echo
from citekit.parse.officialreports import official_report
from citekit.parse.pagerange import full_pages
from citekit.parse.pageslabel import labelled_pages
from citekit.parse.patterns import UNPUBLISHED_RE
from citekit.parse.placelist import imprint_places
from citekit.parse.reference import Reference
from citekit.parse.refworks import reference_work_entry
from citekit.parse.spacedtail import spaced_tail
from citekit.parse.statuscontainer import status_journal
from citekit.parse.thesisparen import bracketed_thesis
from citekit.parse.townimprint import town_publisher
from citekit.parse.venuehead import venue_head

# a status at the publisher's start ("Preprint", "Working paper prepared for …") or end
# ("Memory Studies, in press"), an arXiv identifier, a patent's number ("USA Patent № 5351122",
# not "Patent Office Press")
STATUS_PUBLISHER_RE = re.compile(
    rf"^(?:{UNPUBLISHED_RE.pattern})|,\s(?:to\sappear|in\spress)$|\barxiv\b|\bpatent\b(?=\D*\d)",
    re.I,
)
# a report's series and number where a container's name would be: "Tech. Report CMU-RI-8",
# "Technical Report No. 15", "NBER Working Paper 7140", "Discussion Paper 12"
REPORT_CONTAINER_RE = deferred.compile(
    r"^(?:Tech(?:nical)?\.?\s+Rep(?:ort|t)?\.?|(?:[A-Z][\w-]*\s+){0,3}(?:Working|Discussion)\s+"
    r"Paper)(?:\s+(?:No\.?\s*)?(?P<number>(?:[\w/.-]+\s){0,2}[\w/.-]*\d[\w/.-]*))?$"
)
CONTAINERS = ("journal", "booktitle")
# "In Glotfelty and Fromm, 196–203." closing an entry: two or more family names, the pages
FAMILY = r"[A-Z][\w'’-]+"
CROSS_REFERENCE_RE = deferred.compile(
    rf"\sIn\s(?P<editors>{FAMILY}(?:,\s{FAMILY})*,?\s(?:and|&)\s{FAMILY}),\s"
    r"(?P<pages>\d+(?:\s*[–-]\s*\d+)?)\.?$"
)
# "Book (Delhi: Ajanta Publications)": a place and publisher in brackets closing a book's title
# (with no year: "(Chicago: UCP, 2010)" is a note's whole imprint, which its reader takes)
PAREN_IMPRINT_RE = deferred.compile(
    r"\s\((?P<address>[^():;\d]{2,40}):\s(?P<publisher>[^():;\d]{2,60})\)$"
)
NAME_JOIN_RE = deferred.compile(r",?\s(?:and|&)\s|,\s")
# the year in brackets that closes an entry: "… 50, 1764 (1994)."
BRACKET_YEAR_END_RE = deferred.compile(r"\((?P<year>(?:1[5-9]|20)\d\d)\)\.?$")


def checked(parsed: Parsed, text: str) -> Parsed:
    """PARSED (a note's full citation of TEXT) after the last readings."""
    parsed = status_publisher(issue_marks(newspaper_issue(parsed, text), text))
    parsed = periodical_volume(parsed, text)  # "in: SAGE (Hrsg.), Journal, Band 7, 1. Ausgabe"
    parsed = imprint_places(address_publisher(status_journal(parsed), text), text)
    parsed = number_echo(town_publisher(parsed), text)
    parsed = official_report(parsed)  # "Board of Trade, *Survey* (London: HMSO, 1932)"
    parsed = paren_imprint(cross_reference(report_container(bracket_year(parsed, text)), text))
    parsed = reference_work_entry(parsed)  # "…” Encyclopedia of X, 2022": an entry in it
    parsed = title_without_imprint(parsed)  # "Titel. Berlin 2009, S. 60": the imprint read
    parsed = title_without_edition(parsed)  # "Titel. 3. Aufl., Berlin 2009"
    parsed = bracketed_thesis(parsed)  # "Title (Doctoral dissertation, University of X)"
    parsed = labelled_pages(parsed, text)  # "…, Journal of the ACM, volume 17, pages 589-602."
    parsed = spaced_tail(parsed)  # "Title 1996 Machine Learning 24 123--140": Crossref's run
    return nonbook(parsed, text)  # a web page, a broadcast, debates, a command paper


def checked_entry(entry: Reference) -> Reference:
    """ENTRY (a reference-list entry, or a note written as one) after the last readings."""
    parsed = Parsed(entry.entry_type, entry.fields)
    parsed = status_journal(status_publisher(issue_marks(parsed, entry.text)))
    parsed = number_echo(town_publisher(address_publisher(parsed, entry.text)), entry.text)
    parsed = bracket_year(parsed, entry.text)
    parsed = paren_imprint(cross_reference(report_container(parsed), entry.text))
    parsed = venue_head(reference_work_entry(parsed), entry.text)  # "… Nucl. Phys. B 477"
    parsed = labelled_pages(parsed, entry.text)  # "…, pages 589-602."
    parsed = spaced_tail(parsed)  # "Title 1996 Machine Learning 24 123--140"
    parsed = web_part(bracketed_thesis(parsed))  # "Title (Doctoral dissertation, …)"
    if parsed.entry_type == entry.entry_type and parsed.fields is entry.fields:
        return entry
    return replace(entry, entry_type=parsed.entry_type, fields=parsed.fields)


def status_publisher(parsed: Parsed) -> Parsed:
    """PARSED without a publisher that is a status ("Preprint"), and unpublished if it was
    read as a book for it."""
    publisher = parsed.fields.get("publisher")
    if not publisher or not STATUS_PUBLISHER_RE.search(publisher):
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "publisher"}
    entry_type = "unpublished" if parsed.entry_type == "book" else parsed.entry_type
    return Parsed(entry_type, fields, parsed.locator)


def bracket_year(parsed: Parsed, text: str) -> Parsed:
    """PARSED with the year TEXT closes with in brackets, where a reader took its pages for
    the year ("50, 1764 (1994)": year and pages both 1764)."""
    year = parsed.fields.get("year")
    if not year or year != parsed.fields.get("pages") or not text.endswith((").", ")")):
        return parsed
    last = BRACKET_YEAR_END_RE.search(text)
    if last is None or last.group("year") == year:
        return parsed
    return Parsed(parsed.entry_type, {**parsed.fields, "year": last.group("year")}, parsed.locator)


def report_container(parsed: Parsed) -> Parsed:
    """PARSED as a report when the journal or book it names is a report's series and number."""
    name = next((k for k in CONTAINERS if k in parsed.fields), None)
    value = parsed.fields.get(name, "") if name else ""
    if not value.startswith(("Tech", "Work", "Disc")) and " Paper" not in value:
        return parsed  # the cheap test: most containers name no report
    match = REPORT_CONTAINER_RE.match(value)
    if match is None:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != name}
    if match.group("number"):
        fields.setdefault("number", match.group("number"))
    return Parsed("techreport", fields, parsed.locator)


def cross_reference(parsed: Parsed, text: str) -> Parsed:
    """PARSED as a chapter whose editors and pages TEXT closes with, the book being cited by
    its own entry ("In Prazniak and Dirlik, 15–51."), where a reader took the names for a
    book's title or a publisher."""
    if " In " not in text or not text.rstrip(".")[-1:].isdigit():
        return parsed  # the cheap test
    match = CROSS_REFERENCE_RE.search(text)
    if match is None or "editor" in parsed.fields:
        return parsed
    editors = [n for n in NAME_JOIN_RE.split(match.group("editors")) if n]
    dropped = ("booktitle", "publisher", "address", "journal")
    fields = {k: v for k, v in parsed.fields.items() if k not in dropped}
    fields["editor"] = " and ".join(editors)
    fields["pages"] = full_pages(match.group("pages"))
    return Parsed("incollection", fields, parsed.locator)


def paren_imprint(parsed: Parsed) -> Parsed:
    """PARSED with the place and publisher in brackets closing its book's title taken out
    of the title, where it names none yet."""
    book = parsed.fields.get("booktitle", "")
    if not book.endswith(")") or "publisher" in parsed.fields or "address" in parsed.fields:
        return parsed
    match = PAREN_IMPRINT_RE.search(book)
    if match is None or match.start() == 0:
        return parsed
    fields = dict(parsed.fields, booktitle=book[: match.start()].rstrip(" ,."))
    fields.update(
        address=match.group("address").strip(), publisher=match.group("publisher").strip()
    )
    return Parsed(parsed.entry_type, fields, parsed.locator)
