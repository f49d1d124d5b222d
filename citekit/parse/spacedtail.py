"""A reference printed as its fields joined by spaces alone, the shape of the "unstructured"
citations that publishers deposit with Crossref and that text copied from them keeps:
"Breiman, L. Bagging predictors 1996 Machine Learning 24 123--140", "… Comparing points and
landscapes 2007 IEEE Transactions on Visualization and Computer Graphics 13 1262--1269",
"… Clusters. 2000 In Proc. of the 17th International Conference on Machine Learning 727--734".

Nothing but spaces parts title, year, periodical (or proceedings), volume and pages, so a
reader keeps the run whole as a title ("Bagging predictors 1996 Machine Learning 24 123–140")
or as a container opening with the year ("2000 In Proc. of … 727–734"). The run is read
apart only when it ends with a range of pages after the periodical's name, the year standing
alone between the title and that name, and no year was read elsewhere.
"""

from __future__ import annotations

import re

from citekit.parse.elements import Parsed
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import YEAR
from citekit.parse.refbookbody import MEETING_RE

# "… predictors 1996 Machine Learning 24 123–140": the year alone, a capitalised name, an
# optional volume, a range of pages closing the run ("--" as BibTeX writes it, or a dash)
SPACED_TAIL_RE = re.compile(
    rf"(?:^|(?<=[^\d\s])\.?\s)(?P<year>{YEAR})\s(?:(?P<in>In)\s)?(?P<venue>[A-Z][^()\[\];]*?[^\d\s,.:;])"
    r"\.?\s(?:(?P<volume>\d{1,4})\s)?(?P<pages>\d{1,5}\s?(?:--|-|–|—)\s?\d{1,5})\s*\.?$"
)
CONTAINERS = ("journal", "booktitle")
# a label opening the "name" is a part of the title's work, no periodical: "1900 Volume 2 12-15"
LABEL_RE = re.compile(
    r"(?i:vol|volume|band|bd|part|book|nos?|issue|chap|chapter|pages?|pp?|tome|heft)\b"
)


def spaced_tail(parsed: Parsed) -> Parsed:
    """PARSED with its periodical or proceedings, year, volume and pages read out of a title
    or container that ran them together with spaces alone; unchanged otherwise."""
    fields = parsed.fields
    holder = None if "year" in fields else _holder(fields)
    found = SPACED_TAIL_RE.search(fields[holder]) if holder else None
    if found is None or LABEL_RE.match(found.group("venue")):
        return parsed
    head = fields[holder][: found.start()].strip(" .,")
    if holder == "title" and not head:
        return parsed
    return _read_apart(parsed, head, found)


def _holder(fields: dict[str, str]) -> str | None:
    """The field that may hold the run: the title where no container was read or the one
    read lies inside it (a reader took part of the run), else the one container read."""
    containers = [name for name in CONTAINERS if fields.get(name)]
    title = fields.get("title", "")
    if title and all(fields[name] in title for name in containers):
        return "title"
    return containers[0] if len(containers) == 1 else None


def _read_apart(parsed: Parsed, head: str, found: re.Match[str]) -> Parsed:
    venue = found.group("venue")
    # "In Proc. of …", "… Conference on …": a meeting's papers ("Proceedings of the National
    # Academy of Sciences" without "In" is a periodical: lexicons/conference_words)
    proceedings = bool(found.group("in")) or MEETING_RE.search(venue) is not None
    fields = {name: value for name, value in parsed.fields.items() if name not in CONTAINERS}
    if head:  # (a container that held the whole run is gone with the others above)
        fields["title"] = head
    fields["booktitle" if proceedings else "journal"] = venue
    fields["year"] = found.group("year")
    if found.group("volume"):
        fields["volume"] = found.group("volume")
    fields["pages"] = full_pages(re.sub(r"\s", "", found.group("pages")).replace("--", "-"))
    return Parsed("inproceedings" if proceedings else "article", fields, parsed.locator)
