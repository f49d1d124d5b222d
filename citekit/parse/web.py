"""Web citations written title first, as wikis and citation templates print them.

    "Page title". Site. Retrieved 2012-08-18.
    Zawinski, Jamie (1996). "Page title". *Site*. Publisher. Retrieved 2007-10-12.

The shape is told by a quoted title closed before its full stop ("Title". rather than
"Title."), with nothing after it but the site, its publisher and dates. Other parts of the
parser cut such a note at each full stop and read the site as a title; here it is read whole.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, uregex
from citekit.parse.duration import without_duration
from citekit.parse.elements import Parsed, names_field
from citekit.parse.patterns import ACCESSED_RE, MONTH_RE, YEAR
from citekit.parse.prefilter import guarded

WEB_VENUE_RE = deferred.compile(
    rf"\b{lexicons.alternation(lexicons.entries('web_venue_words'))}\b", re.IGNORECASE
)
# a handle or an acronym before a quoted title: "pirateguy7, “Post,”", "ICRC, “Database,”"
HANDLE_RE = uregex.compile(r"""(?P<who>[^\s,“”"*]*[^\W\d_][^\s,“”"*]*),\s+[“"]""")
ARCHIVED_RE = uregex.compile(
    rf"\.?\s*{lexicons.alternation(lexicons.entries('archive_phrases'))}\s+(?:on\s+|le\s+|el\s+|am\s+)?"
    rf"[^.]*?{YEAR}(?:-\d\d-\d\d)?",
    re.IGNORECASE,
)
ARCHIVED_RE = guarded(ARCHIVED_RE)  # most notes hold none of its words
# "Name, Given (April 2, 2003). " or "Given Name; Other Name (2003). " before the title
BYLINE_RE = uregex.compile(
    rf"""(?P<names>[^"“”()*]+?)\s*\((?P<date>[^()]*?{YEAR}(?:-\d\d(?:-\d\d)?)?)\)\.\s+(?=["“*])""",
    re.VERBOSE,
)
# the title, its quotes closed before the full stop: "Title". or “Title”.
TITLE_RE = uregex.compile(r"""["“](?P<title>[^"“”]+)["”](?:\.\s+|\.?$)""")
SENTENCE_END_RE = deferred.compile(r"\.(?=\s+\S)")
MAX_PART_WORDS = 6  # "Awio Web Services LLC"; a longer part is a sentence of commentary
# each part after the title: a site, a publisher or a date, none holding quotes or a colon
PART_RE = uregex.compile(
    r"""(?P<part>\*[^*]+\*|[^."“”*:;]+(?:\.(?=[^\s])[^."“”*:;]*)*)(?:\.\s+|\.?$)"""
)  # "*Site*" or "github.com" (a dot within a word is no full stop)
# after a byline, an italic title is a book's: "Payment, S. (2007). *Title*. Publisher."
BOOK_TITLE_RE = uregex.compile(r"\*(?P<title>[^*]+)\*\.(?:\s+|$)")
ISBN_RE = uregex.compile(r"ISBN(?:-1[03])?:?\s*(?P<isbn>[\dX][\dX-]{8,16})", re.IGNORECASE)
IMPRINT_PART_RE = uregex.compile(r"(?P<address>[^:]+):\s+(?P<publisher>.+)")
DATE_ONLY_RE = uregex.compile(
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_RE.pattern})?\s*(?:\d{{1,2}},?\s+)?{YEAR}(?:-\d\d-\d\d)?"
)


def parse_web(text: str) -> Parsed | None:
    """The fields of a title-first web citation, or None when TEXT is not one."""
    rest, urldate = _drop_dates(text)
    byline = BYLINE_RE.match(rest)
    people = names_field("author", byline.group("names")) if byline else {}
    rest = rest[byline.end() :] if byline else rest
    if byline and not people:
        return None
    book = BOOK_TITLE_RE.match(rest) if byline else None
    if book:
        return _book(book.group("title"), people, byline.group("date"), rest[book.end() :])
    title = TITLE_RE.match(rest)
    if title is None:
        return None
    parts = _parts(rest[title.end() :])
    if parts is None or len(parts) > 3:
        return None
    fields = {"title": title.group("title").strip(" ,"), **people, **_venue(parts)}
    year = re.search(YEAR, byline.group("date") if byline else " ".join(parts))
    fields.update({"year": year.group()} if year else {})
    fields.update({"urldate": urldate} if urldate else {})
    return Parsed("article" if "journal" in fields else "online", fields)


def _book(title: str, people: dict[str, str], date: str, tail: str) -> Parsed | None:
    """A book under a byline: its publisher ("Place: Publisher") and ISBN follow the title."""
    fields = {"title": title.strip(" ,"), **people}
    year = re.search(YEAR, date)
    fields.update({"year": year.group()} if year else {})
    for part in (part.strip() for part in re.split(r"\.\s+", tail.strip(" ."))):
        isbn = ISBN_RE.fullmatch(part)
        imprint = IMPRINT_PART_RE.fullmatch(part)
        if isbn:
            fields["isbn"] = isbn.group("isbn")
        elif part and "publisher" not in fields and _site_like(part.replace(":", " ")):
            fields.update(imprint.groupdict() if imprint else {"publisher": part})
        elif part:
            return None  # pages, a series, commentary: not the shape read here
    return Parsed("book", fields)


def is_web_citation(text: str) -> bool:
    """Does TEXT hold one title-first web citation (with a site, a byline or an access
    date, not a bare quoted title), to be kept whole and read as a full citation?"""
    if '". ' not in text and "”. " not in text and "). *" not in text:
        return False
    parsed = parse_web(text.strip(" ."))
    return parsed is not None and len(parsed.fields) > 1


def web_citation_end(text: str) -> int:
    """Where the title-first web citation TEXT opens with ends (0 if it opens with none): the
    longest run of its sentences that reads as one, so that commentary after it stays out."""
    if '". ' not in text and "”. " not in text and "). *" not in text:
        return 0
    ends = [match.start() for match in SENTENCE_END_RE.finditer(text)] + [len(text)]
    return next((end for end in reversed(ends) if is_web_citation(text[:end])), 0)


def handle_author(text: str) -> str | None:
    """The one-word author of a web citation, kept as written: a user name ("pirateguy7",
    "VShadow") or an organisation's acronym ("UNESCO"), which no name rule reads."""
    match = HANDLE_RE.match(text)
    return match.group("who") if match else None


def _drop_dates(text: str) -> tuple[str, str | None]:
    """TEXT without its archive note and access date; the access date in ISO form."""
    from citekit.parse.imprint import iso_date  # imprint imports elements, as we do

    text = ARCHIVED_RE.sub("", text)
    accessed = ACCESSED_RE.search(text)
    if accessed is None:
        return text.strip(" ."), None
    head = text[: accessed.start()] + text[accessed.end() :]
    return head.strip(" ."), iso_date(accessed.group("date"))


def _parts(tail: str) -> list[str] | None:
    """The site, publisher and date after the title, or None when more than those follow."""
    parts, position = [], 0
    while position < len(tail):
        match = PART_RE.match(tail, position)
        if match is None or match.end() == position:
            return None
        parts.append(match.group("part").strip())
        position = match.end()
    parts = [part for part in parts if part]
    return parts if all(_site_like(part) for part in parts) else None


def _site_like(part: str) -> bool:
    """A site, publisher or date: a few words, some letters ("23" is a page), no clause."""
    words = part.split()
    if DATE_ONLY_RE.fullmatch(part):
        return True
    return bool(re.search(r"[^\W\d_]", part)) and len(words) <= MAX_PART_WORDS and "," not in part


def _venue(parts: list[str]) -> dict[str, str]:
    """An italic site is a periodical; a plain one publishes the page; dates are skipped."""
    names = [part for part in parts if not DATE_ONLY_RE.fullmatch(part)]
    italic = [name.strip("*") for name in names if name.startswith("*")]
    plain = [name for name in names if not name.startswith("*")]
    fields = {"journal": italic[0]} if italic else {}
    if plain and plain[0] not in italic:
        fields["publisher"] = plain[0]
    return fields


def web_venue(fields: dict[str, str]) -> bool:
    """A blog, podcast, wiki, video site or repository rather than a journal or newspaper."""
    numbered = any(fields.get(name) for name in ("volume", "number", "pages"))
    return not numbered and bool(WEB_VENUE_RE.search(fields.get("journal", "")))


# the venue called a blog after its italic name: "*The Iris* (blog)", "*Notes* (weblog)"
BLOG_MARK_RE = deferred.compile(r"\*\s*\((?:blog|weblog|podcast)\)", re.IGNORECASE)


def online_post(parsed: Parsed, text: str = "") -> Parsed:
    """PARSED as an online post when it is an "article" with a link in a web venue ("…,
    *Internet Archive Blogs*, January 3, 2024, https://…", "… (Version 2.0.0). Zenodo.
    http://doi.org/…", "*The Iris* (blog), 27 March 2017, https://…" in TEXT), no volume,
    issue or pages: its venue is `howpublished`."""
    linked = "url" in parsed.fields or "doi" in parsed.fields
    if parsed.entry_type != "article" or not linked:
        return parsed
    parsed = without_duration(parsed, text)  # "YouTube video, 12:34": no volume 12
    marked = "(" in text and BLOG_MARK_RE.search(text) is not None and "journal" in parsed.fields
    if not web_venue(parsed.fields) and not marked:
        return parsed
    fields = {k: v for k, v in parsed.fields.items() if k != "journal"}
    fields["howpublished"] = parsed.fields["journal"]
    return Parsed("online", fields, parsed.locator)
