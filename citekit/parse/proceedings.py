"""Conference papers cited in notes: a part whose book is titled as a conference's
proceedings ("in *Proceedings of the Workshop on …*") is an inproceedings, and so is an
"article" whose periodical-looking container opens so and names a meeting ("*Proceedings of
the 18th Conference on …*"). "Proceedings" alone makes no meeting: *Proceedings of the
National Academy of Sciences* is a journal; a book of papers read at a conference whose title
opens otherwise ("*The Witness of Tradition: Papers Read at the … Conference*") is a book.
The words are the reference lists' (lexicons/proceedings_words, conference_words). Where the
meeting was held may close the book's title in brackets ("*Proceedings of … UIST ’97* (Banff,
Alberta, Canada)"): that is the entry's address, no part of its booktitle.
"""

from __future__ import annotations

import re

from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.patterns import MONTHS, ORGANISATION_RE, YEAR
from citekit.parse.places import is_whole_place
from citekit.parse.refbookbody import MEETING_RE, PROCEEDINGS_RE  # the reference lists' words
from citekit.parse.refplace import COUNTRIES, REGIONS, STATE_CODE_RE

MAX_PLACE_WORDS = 4  # "Sydney, New South Wales"

# a bracket closing a title: "(Banff, Alberta, Canada)", "(Greenville, SC, USA)"
CLOSING_BRACKET_RE = deferred.compile(
    r"\s*\((?P<place>[A-Z][^()]{1,60}),\s*(?P<last>[^(),]{2,30})\)$"
)


# a meeting named by its year or edition before its name, or by its acronym and year: "2010
# International Symposium on …", "17th Workshop on …", "ECCV 2016 Workshops", "CSCW ’16 …"
MEETING_EDITION_RE = deferred.compile(
    r"^(?:(?:1[89]|20)\d\d|\d{1,3}(?:st|nd|rd|th))\s|\b[A-Z]{2,}[-\s]?(?:(?:1[89]|20)\d\d|['’]\d\d)\b"
)
# "Proceedings" inside a book's title, after the meeting's acronym ("CSCW ’16 Proceedings of …")
PROCEEDINGS_WORD_RE = deferred.compile(r"\b(?:Proceedings|Proc\.)\s")


def as_proceedings(parsed: Parsed) -> Parsed:
    """PARSED as a conference paper where its container is a meeting's proceedings."""
    fields = parsed.fields
    meeting_place(fields)
    book = fields.get("booktitle", "")
    if parsed.entry_type == "incollection" and (PROCEEDINGS_RE.match(book) or _meeting(book)):
        return Parsed("inproceedings", _publisher_after(fields), parsed.locator)
    journal = fields.get("journal", "")
    if parsed.entry_type == "article" and (
        (PROCEEDINGS_RE.match(journal) and MEETING_RE.search(journal)) or _meeting(journal)
    ):
        moved = {k: v for k, v in fields.items() if k != "journal"}
        return Parsed(
            "inproceedings", _publisher_after({**moved, "booktitle": journal}), parsed.locator
        )
    return parsed


def _meeting(container: str) -> bool:
    """Whether CONTAINER names a meeting by its edition, or its proceedings past the opening:
    "2010 International Symposium on …", "ECCV 2016 Workshops", "CSCW ’16 Proceedings of the
    19th ACM Conference on …" (a journal is named by none: "Symposium", "Conference Quarterly")."""
    if not MEETING_RE.search(container):
        return False
    return bool(MEETING_EDITION_RE.search(container) or PROCEEDINGS_WORD_RE.search(container))


# a proceedings named right after a quoted title, with no "in": "‘Title’, Proceedings of the
# SIGCHI Conference on …, ACM, 2013", "“Title,” Proc. of HPCA-1, …"
PROCEEDINGS_AFTER_RE = deferred.compile(r"^[’”\"'.,\s]*(?i:proceedings|proc\.)\s+of\s")


def proceedings_after(after: str) -> str | None:
    """What follows a title, from the proceedings it opens with, or None."""
    found = PROCEEDINGS_AFTER_RE.match(after) if "roc" in after[:12] else None
    return after[found.end() - len(found.group().lstrip(" ’”\"'.,")) :] if found else None


def _publisher_after(fields: dict[str, str]) -> dict[str, str]:
    """ "Proceedings of the SIGCHI Conference on …, Association for Computing Machinery": the
    body that closes the booktitle after a comma, no meeting's word in it, is its publisher."""
    book, _, last = fields.get("booktitle", "").rpartition(", ")
    if (
        book
        and "publisher" not in fields
        and ORGANISATION_RE.search(last)
        and not MEETING_RE.search(last)
    ):
        fields["booktitle"], fields["publisher"] = book, last
    return fields


def meeting_place(fields: dict[str, str]) -> None:
    """Move "(City, Region, Country)" closing FIELDS' booktitle into its address, when the
    bracket's last part is a country, a region or a state's code."""
    book = fields.get("booktitle", "")
    found = CLOSING_BRACKET_RE.search(book) if book.endswith(")") else None
    if found is None or found.start() == 0:
        return
    last = found.group("last").strip(" .")
    if last.casefold() in COUNTRIES or last.casefold() in REGIONS or STATE_CODE_RE.match(last):
        fields["booktitle"] = book[: found.start()]
        fields.setdefault("address", f"{found.group('place')}, {found.group('last')}".strip())


# where and when a meeting was held, in brackets after its proceedings' title (ACM's lists):
# "Proceedings of IJCAI-77 (Cambridge, MA, 1977), pp. 888-893", "… (Washington, D.C., May 1993)"
MEETING_BRACKET_RE = deferred.compile(
    r"\s\((?P<place>[A-Z][^()\d]{1,50}?),\s*(?:(?P<month>[A-Z][a-z]+\.?)\s+)?"
    r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?,?\s+)?(?P<year>(?:1[5-9]|20)\d\d)\)"
)


def meeting_bracket(rest: str, fields: dict[str, str]) -> str:
    """REST without the bracket stating where and when the meeting whose proceedings it
    names was held; its place goes to `fields` as the address, its year as the year."""
    found = MEETING_BRACKET_RE.search(rest) if "(" in rest else None
    if found is None or not PROCEEDINGS_RE.search(rest[: found.start()]):
        return rest
    fields.setdefault("address", found.group("place").strip(" ,"))
    fields.setdefault("year", found.group("year"))
    return rest[: found.start()] + rest[found.end() :]


# a town's name: one to three capitalised words ("Certaldo", "Las Vegas", "Sophia Antipolis")
TOWN_NAME_RE = deferred.compile(r"(?:[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\s?){1,3}")
# the days a meeting met, closing its booktitle after the town: ", July 7-10", ": July 2013",
# ", 26-30 August 2019", ", Oct. 1981"
MEETING_DAYS_RE = deferred.compile(
    rf"[,:]\s+(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?(?:{MONTHS})\.?"
    rf"(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?(?:,?\s+(?P<year>{YEAR}))?$"
)


def trailing_place(fields: dict[str, str]) -> None:
    """Move the town closing a meeting's booktitle into the address: "Proceedings of the
    Eighth International Joint Conference on Artificial Intelligence, Karlsruhe", "Proc. of
    … (IJCAI-91) Sydney, Australia" (the town a place of the gazetteer, a country, region or
    state's code after it), and the days it met after the town ("…, Certaldo, Italy: July
    2013", "…, Paris, July 7-10"). A place the address already names otherwise (a publisher's
    town) stays in the booktitle."""
    book = fields.get("booktitle", "")
    if not book or not (PROCEEDINGS_RE.search(book) or MEETING_RE.search(book)):
        return
    days = MEETING_DAYS_RE.search(book)
    bare = book[: days.start()] if days else book
    for cut in _place_cuts(bare):
        place = bare[cut:].strip(" ,")
        town, _, region = place.partition(", ")
        if not _town_and_region(town, region):
            continue
        if fields.setdefault("address", place) != place:
            return  # "…, Atlanta" and "New York: ACM Press": the two are not one
        fields["booktitle"] = bare[:cut].rstrip(" ,")
        if days and days.group("year"):
            fields.setdefault("year", days.group("year"))
        return


def _place_cuts(book: str) -> list[int]:
    """Where the last two comma parts of BOOK start (or the words after its closing bracket:
    "(IJCAI-91) Sydney, Australia"), then the last part: "Mexico City, Mexico" is one place,
    not a booktitle closing in "Mexico City"."""
    cuts = [m.end() for m in re.finditer(r",\s|\)\s", book)][-2:]
    return [c for c in cuts if len(book[c:].split()) <= MAX_PLACE_WORDS]


def _town_and_region(town: str, region: str) -> bool:
    """A town of the gazetteer, alone or with its region ("Karlsruhe", "Munich, Germany"), or
    any town's name before a country ("Certaldo, Italy"): a meeting's place."""
    if not region:
        return is_whole_place(town)
    if not _region(region):
        return False
    if is_whole_place(town):
        return True
    named = TOWN_NAME_RE.fullmatch(town) is not None and not MEETING_RE.search(town)
    return named and region.strip(" .").casefold() in COUNTRIES


def _region(text: str) -> bool:
    folded = text.strip(" .").casefold()
    return folded in COUNTRIES or folded in REGIONS or STATE_CODE_RE.match(text) is not None


# a meeting's proceedings run on into a book's title after the paper's own title, "in" not
# written: "Title. Proceedings of the First Annual ACM Symposium on …", "Title, Proceedings of
# the 7th Annual Symposium on …"
TITLE_THEN_PROCEEDINGS_RE = deferred.compile(r"[.,:]\s+(?=(?i:proceedings|proc\.)\s)")
# pages the title ran on into: "…, 125-134"
CLOSING_PAGES_RE = deferred.compile(r",?\s*(?:pp?\.\s*)?\d+\s*[-–]\s*\d+$")
MIN_TITLE_WORDS = 3


def proceedings_in_title(entry_type: str, fields: dict[str, str], text: str) -> str:
    """A "book" whose title runs on into a meeting's proceedings is a paper in them: "Title.
    Proceedings of the Fourth International Workshop on Machine Learning. Irvine, CA: Morgan
    Kaufmann". TEXT must break the two with a period or a comma (after a colon the
    proceedings may be the book's own subtitle: "Preparing psychologists …: Proceedings of the
    National Conference …"). FIELDS are changed in place; the entry type is returned."""
    title = fields.get("title", "")
    if entry_type != "book" or "roc" not in title:
        return entry_type
    for found in TITLE_THEN_PROCEEDINGS_RE.finditer(title):
        head, book = title[: found.start()], title[found.end() :]
        if len(head.split()) < MIN_TITLE_WORDS or not MEETING_RE.search(book):
            continue
        if not re.search(re.escape(head) + r"\s*[.,]\s+(?i:proceedings|proc\.)\s", text):
            continue
        fields.update(title=head, booktitle=CLOSING_PAGES_RE.sub("", book))
        trailing_place(fields)
        return "inproceedings"
    return entry_type
