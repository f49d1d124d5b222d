"""Are two library entries one work? Identifiers link, conflicting details veto, titles,
authors and the journal locator (volume, issue, first page) decide the rest.

Each decision is a `Verdict` that says why: the fields that agreed, the title similarity,
and any veto that stronger evidence overruled (a year off by one, pages entered differently).
Hard vetoes are never overruled by similarity: different DOIs or PMIDs, years two or more
apart, different volumes, different numbers in the titles ("Part 1"/"Part 2"), an erratum or a
conference abstract against an article.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntFlag
from sys import intern  # one string for every "12" and "2008": a library repeats them
from typing import NamedTuple

from rapidfuzz.fuzz import ratio

from citekit import bibids, bibnorm
from citekit.bibnorm import GROUP

TITLE_SAME = 95.0  # titles this similar (0-100) are one title with typos
TITLE_CLOSE = 90.0  # ... close enough when the authors and the journal locator agree
TITLE_LOCATOR = 60.0  # ... still enough when year, volume, first page and authors all agree
SHORT_TITLE = 3  # words: a title this short must agree with the authors and year alone
ABSTRACT_PAGES = 2  # an article spans this many pages more than its first: no abstract
LONG_TITLE = 6  # words: a title this long is no recurring column
PREFIX_WORDS = 5  # a title that is the first N+ words of the other lost its subtitle
NAME_MIN = 85.0  # family-name similarity for "Chen"/"Che", "Stensson"/"Ostensson"
PART_TYPES = frozenset({"incollection", "inbook", "inproceedings", "inreference"})
ARTICLE_TYPES = frozenset({"article"})
_YEARS: dict[int, int] = {}  # one int object per year: ints above 256 are not shared
CONTAINER_MIN = 85.0


class Flag(IntFlag):
    """What kind of publication an entry describes, as far as its fields tell."""

    ABSTRACT = 1  # a conference abstract (title note, abstract page "A123", abstract volume)
    NOTICE = 2  # an erratum, retraction, reply ... about another work
    TRANSLATED = 4  # the title is a translation in brackets
    CONFERENCE = 8  # a paper in proceedings
    ARTICLE = 16  # a journal article with a page range of its own (not an abstract's page)
    GENERIC = 32  # a recurring title: "Editorial", "Introduction"
    PART = 64  # a chapter or paper: an ISBN is its book's, not its own
    JOURNAL = 128  # an article in a journal (not in proceedings)
    LETTERED = 256  # pages numbered with letters of their own: "JC6-9", "A4912", "CD008173"


class Record(NamedTuple):
    """The comparison keys of one entry: all that deduplication keeps in memory."""

    key: str
    title: str  # folded title words
    alt: str  # the title in its other language, or ""
    main: int  # words of TITLE before its subtitle, 0 when it has none
    numbers: str  # numbers in the title
    authors: str  # bibnorm.normal_authors: "wright|schiffman" ('*' a body, '' none)
    year: int
    volume: str
    issue: str
    first: str  # first page: digits after "s" (supplement) or "e" (electronic), if any
    last: str  # last page of a real range, else ""
    container: str  # folded journal or book title
    doi: str
    pmid: str
    isbn: str
    flags: Flag


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why two entries are one work."""

    link: str  # "doi", "pmid", "isbn", or "fuzzy"
    score: float  # 0-1
    agreed: tuple[str, ...]  # "title 0.98", "authors", "year", "volume", "first page" ...
    overruled: tuple[str, ...] = ()  # vetoes that the agreeing evidence outweighed


def record(key: str, entry_type: str, fields: Mapping[str, str]) -> Record:
    """The comparison keys of one entry (FIELDS: lower-case names, expanded values)."""
    entry_type = entry_type.lower()
    title = bibnorm.normal_title(fields.get("title", ""))
    pages = bibnorm.normal_pages(fields.get("pages", ""))
    container = bibnorm.normal_container(
        fields.get("journal") or fields.get("journaltitle") or fields.get("booktitle", "")
    )
    part = entry_type in PART_TYPES or "booktitle" in fields
    # A chapter or paper carries its book's ISBN, an article (a book review) the reviewed one's.
    own_isbn = not part and entry_type not in ARTICLE_TYPES and "journal" not in fields
    isbns = sorted(bibids.normal_isbns(fields.get("isbn", ""))) if own_isbn else ()
    year = bibnorm.normal_year(fields.get("year") or fields.get("date", ""))
    flags = _flags(entry_type, title, pages, container, fields) | (Flag.PART if part else 0)
    return Record(
        key=key,
        title=title.words,
        alt=title.alt,
        main=title.main,
        numbers=title.numbers,
        authors=bibnorm.normal_authors(fields.get("author") or fields.get("editor", "")),
        year=_YEARS.setdefault(year, year),
        volume=intern(bibnorm.normal_volume(fields.get("volume", ""))),
        issue=intern(bibnorm.normal_issue(fields.get("number") or fields.get("issue", ""))),
        first=intern(pages.prefix + pages.first if pages.prefix in ("", "s", "e") else ""),
        last=intern(pages.last if pages.is_range else ""),
        container=container,
        doi=bibids.normal_doi(fields.get("doi", "")) or bibids.normal_doi(fields.get("url", "")),
        pmid=bibids.normal_pmid(fields.get("pmid", "")),
        isbn=isbns[0] if isbns else "",
        flags=flags,
    )


def _flags(
    entry_type: str,
    title: bibnorm.Title,
    pages: bibnorm.Pages,
    container: str,
    fields: Mapping[str, str],
) -> Flag:
    flags = Flag(0)
    conference = bibnorm.is_conference(container, entry_type)
    if title.abstract or "abstracts" in container.split():
        flags |= Flag.ABSTRACT
    if conference:
        flags |= Flag.CONFERENCE
    elif entry_type in ARTICLE_TYPES:
        flags |= Flag.JOURNAL
        if pages.is_range and pages.last != pages.first and not pages.prefix:
            flags |= Flag.ARTICLE
    if pages.first and pages.prefix not in ("", "s", "e"):
        flags |= Flag.LETTERED
    if title.notice:
        flags |= Flag.NOTICE
    if title.translated:
        flags |= Flag.TRANSLATED
    if bibnorm.is_generic(title.words):
        flags |= Flag.GENERIC
    return flags


# --- the decision ----------------------------------------------------------------------------


def compare(a: Record, b: Record, *, issues: bool = True) -> Verdict | None:
    """A Verdict when A and B describe one work, None when they do not or may not.

    Args:
        a: one entry's keys.
        b: the other's.
        issues: whether issue numbers can be trusted (False when a library's `number` field
            holds record numbers: every entry a different value).
    """
    identifier = _identifier_link(a, b)
    if identifier is None:
        return None  # different DOIs, PMIDs or ISBNs
    hard = _hard_conflict(a, b)
    soft = _soft_conflicts(a, b, issues=issues)
    if identifier:
        if (hard or soft) and title_similarity(a, b)[0] < TITLE_LOCATOR:
            return None  # a DOI of the issue or book that both are part of
        agreed = ("same " + IDENTIFIER_NAMES[identifier],)
        return Verdict(identifier, 1.0, agreed, tuple(c for c in (hard, *soft.values()) if c))
    if hard:
        return None
    title, words = title_similarity(a, b)
    if title < TITLE_LOCATOR and not (a.alt or b.alt or (a.flags | b.flags) & Flag.TRANSLATED):
        return None  # (a title in two languages may share no words: the locator decides)
    return _fuzzy(a, b, title, words, soft)


IDENTIFIER_NAMES = {"doi": "DOI", "pmid": "PMID", "isbn": "ISBN"}


def _fuzzy(a: Record, b: Record, title: float, words: int, soft: dict[str, str]) -> Verdict | None:
    authors = author_agreement(a.authors, b.authors)
    if authors is not None and authors[0] == 0.0:
        return None  # both name people, and nobody in common
    agreed = _agreements(a, b)
    strong = authors is not None and (authors[0] >= 0.75 or authors == (0.5, True))
    generic = bool((a.flags | b.flags) & Flag.GENERIC)
    if generic and (soft or title < TITLE_SAME or "year" not in agreed or not _pinned(agreed)):
        return None  # a recurring title: only its journal locator can tell, and must agree
    if words <= SHORT_TITLE and not _short_ok(a, b, title, authors, agreed, soft):
        return None
    if any(not _overruled(kind, title, strong, agreed, a) for kind in soft):
        return None
    if not _enough(title, authors, strong, agreed):
        return None
    if authors is not None:
        agreed.insert(0, "authors" if authors[0] >= 0.75 else "some authors")
    agreed.insert(0, f"title {title / 100:.2f}")
    score = round((0.7 * title + 30 * (authors[0] if authors else 0.5)) / 100, 3)
    return Verdict("fuzzy", score, tuple(agreed), tuple(soft.values()))


def _short_ok(
    a: Record,
    b: Record,
    title: float,
    authors: tuple[float, bool] | None,
    agreed: list[str],
    soft: dict[str, str],
) -> bool:
    """A short title ('Empyema thoracis') says little: the same people, the same year, nothing
    that differs, and not two different journals or books."""
    apart = a.container and b.container and "journal" not in agreed
    people = authors is not None and authors[0] >= 0.5
    return title >= TITLE_SAME and people and "year" in agreed and not soft and not apart


def _overruled(kind: str, title: float, strong: bool, agreed: list[str], a: Record) -> bool:
    """Whether the agreeing evidence outweighs a slip in one field (KIND of soft conflict)."""
    if title < TITLE_SAME or not strong:
        return False
    if kind == "year":  # online first and print: the same journal locator
        return "volume" in agreed or "first page" in agreed
    if kind == "issue":  # the same first page in another issue is a slip
        return "first page" in agreed
    # First pages: a long title, the same authors, volume or journal -- not a recurring column.
    long = len(a.title.split()) >= LONG_TITLE
    return long and ("volume" in agreed or "journal" in agreed)


def _enough(
    title: float, authors: tuple[float, bool] | None, strong: bool, agreed: list[str]
) -> bool:
    """Whether title, authors and locator together are enough to call two entries one."""
    if title >= TITLE_SAME:
        return authors is not None or _pinned(agreed) or "journal" in agreed
    locator = "volume" in agreed or "first page" in agreed
    if title >= TITLE_CLOSE:
        return strong and locator and "year" in agreed
    # A translated or rewritten title in the same year, volume and first page.
    return strong and {"year", "volume", "first page"} <= set(agreed)


def _pinned(agreed: list[str]) -> bool:
    """The journal locator pins the work down: its first page, or its volume and issue."""
    return "first page" in agreed or {"volume", "issue"} <= set(agreed)


def _identifier_link(a: Record, b: Record) -> str | None:
    """'doi'/'pmid'/'isbn' when one is shared, '' when none can be compared, None when they
    conflict."""
    link = ""
    for name in ("doi", "pmid", "isbn"):
        x, y = getattr(a, name), getattr(b, name)
        if x and y:
            if x != y:
                return None
            link = link or name
    return link


def _hard_conflict(a: Record, b: Record) -> str:
    """A difference that no similarity overrules; '' when there is none."""
    if a.year and b.year and abs(a.year - b.year) > 1:
        return f"years {a.year} and {b.year}"
    if a.volume and b.volume and a.volume != b.volume and str(a.year) not in (a.volume, b.volume):
        return f"volumes {a.volume} and {b.volume}"
    if _numbers_differ(a.numbers, b.numbers):
        return f"numbers in the titles ({a.numbers} and {b.numbers})"
    either = a.flags | b.flags
    if (a.flags ^ b.flags) & Flag.NOTICE:
        return "a notice (erratum, reply ...) and the work itself"
    if either & Flag.ABSTRACT and either & Flag.ARTICLE and (a.flags ^ b.flags) & Flag.ABSTRACT:
        return "a conference abstract and an article"
    apart = a.container and b.container and not same_container(a.container, b.container)
    if (a.flags ^ b.flags) & Flag.CONFERENCE and either & Flag.JOURNAL and apart:
        return "a conference paper and a journal article"
    if apart and (a.flags | b.flags) & Flag.LETTERED and either & Flag.ARTICLE:
        return "lettered pages in another journal (a digest's commentary or an abstract)"
    return _abstract_page(a, b) or _abstract_page(b, a)


def _abstract_page(one: Record, other: Record) -> str:
    """ONE is on a single page outside the article OTHER of three pages or more: a meeting
    abstract and the article that reported the study in full."""
    if one.last or not one.first or not other.last or _prefix(one.first) != _prefix(other.first):
        return ""
    page, low, high = int(one.first.lstrip("se")), int(other.first.lstrip("se")), int(other.last)
    if high - low >= ABSTRACT_PAGES and not low <= page <= high:
        return f"a one-page abstract ({one.first}) and an article ({other.first}-{other.last})"
    return ""


def _numbers_differ(x: str, y: str) -> bool:
    """'Part 1' and 'Part 2' differ, and so do 'Part 2' and no part; other numbers differ
    only when neither title's are among the other's ('16 18' and '18': one lost a number)."""
    if x == y:
        return False
    first, second = set(x.split()), set(y.split())
    if {n for n in first if n[0] == "p"} != {n for n in second if n[0] == "p"}:
        return True
    return bool(first and second) and not (first <= second or second <= first)


def _soft_conflicts(a: Record, b: Record, *, issues: bool) -> dict[str, str]:
    """Differences that strong agreement elsewhere may overrule (data-entry slips)."""
    found = {}
    if a.year and b.year and a.year != b.year:
        found["year"] = f"years {a.year} and {b.year}"
    if issues and a.issue and b.issue and not bibnorm.issues_overlap(a.issue, b.issue):
        found["issue"] = f"issues {a.issue} and {b.issue}"
    if a.last and b.last and a.first != b.first and _prefix(a.first) == _prefix(b.first):
        # (a supplement's "S33-38" and a regular "1262-1268" count pages apart: no conflict)
        found["pages"] = f"first pages {a.first} and {b.first}"
    return found


def _prefix(first_page: str) -> str:
    return first_page.rstrip("0123456789")


def _agreements(a: Record, b: Record) -> list[str]:
    agreed = []
    if a.year and a.year == b.year:
        agreed.append("year")
    if a.volume and a.volume == b.volume:
        agreed.append("volume")
    if a.issue and a.issue == b.issue:
        agreed.append("issue")
    if a.first and b.first and a.first.lstrip("se") == b.first.lstrip("se"):
        agreed.append("first page")  # "S109" and "109": a database dropped the letter
    if a.container and b.container and same_container(a.container, b.container):
        agreed.append("journal")
    return agreed


# --- similarities ----------------------------------------------------------------------------


def title_similarity(a: Record, b: Record) -> tuple[float, int]:
    """0-100, and the number of words that score rests on: the best of the titles, their
    other-language forms, a lost subtitle, and a title cut short."""
    if not a.title or not b.title:
        return 0.0, 0  # an entry without a title is never matched by its other fields alone
    best = (ratio(a.title, b.title), min(a.title.count(" "), b.title.count(" ")) + 1)
    if best[0] >= TITLE_SAME:
        return best
    if a.alt or b.alt:
        for x in (a.title, a.alt):
            for y in (b.title, b.alt):
                if x and y and (x, y) != (a.title, b.title):
                    best = max(best, (ratio(x, y), min(x.count(" "), y.count(" ")) + 1))
    for one, other in ((a, b), (b, a)):
        if one.main and not other.main:  # "Title: Subtitle" and "Title"
            main = " ".join(one.title.split()[: one.main])
            best = max(best, (ratio(main, other.title), one.main))
    return max(best, (_prefix_score(a.title, b.title), PREFIX_WORDS))


def _prefix_score(x: str, y: str) -> float:
    """TITLE_CLOSE when one title is the other's first words (a subtitle dropped)."""
    short, long = sorted((x, y), key=len)
    if len(short.split()) >= PREFIX_WORDS and long.startswith(short + " "):
        return TITLE_CLOSE
    return 0.0


def author_agreement(a: str, b: str) -> tuple[float, bool] | None:
    """(share of the shorter list found in the other, first authors the same), or None when
    either side names no person."""
    if not a or not b or a == GROUP or b == GROUP:
        return None
    if a == b:
        return 1.0, True
    people_a = [p.split() for p in a.split("|")]
    people_b = [p.split() for p in b.split("|")]
    short, long = sorted((people_a, people_b), key=len)
    found = sum(1 for p in short if any(same_person(p, q) for q in long))
    return round(found / len(short), 3), same_person(people_a[0], people_b[0])


def same_person(p: list[str], q: list[str]) -> bool:
    """Two authors as name words: a word in common, or family names one slip apart."""
    if not set(p).isdisjoint(q):
        return True
    x, y = p[0], q[0]
    if "?" in x or "?" in y:
        return len(x) == len(y) and all(c == d or "?" in (c, d) for c, d in zip(x, y, strict=True))
    return min(len(x), len(y)) >= 3 and ratio(x, y) >= NAME_MIN


def same_container(x: str, y: str) -> bool:
    """'int j oncol' ~ 'international journal oncology'; 'bmj' ~ 'bmj clinical research ed'."""
    if x == y:
        return True
    short, long = sorted((x.split(), y.split()), key=lambda w: (len(w), sum(map(len, w))))
    words = iter(long)
    if all(any(w.startswith(s) for w in words) for s in short):
        return True  # every word of the shorter begins a word of the longer, in order
    return ratio(x, y) >= CONTAINER_MIN
