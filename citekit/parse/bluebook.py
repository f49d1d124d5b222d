"""US legal citation habits (Bluebook): cases, law-review articles, books in small capitals.

"Chevron U.S.A. Inc. v. Natural Res. Def. Council, Inc., 467 U.S. 837, 842–43 (1984)"
"Cass R. Sunstein, *Chevron Step Zero*, 92 VA. L. REV. 187, 191 (2006)"
"RICHARD A. POSNER, ECONOMIC ANALYSIS OF LAW 23 (9th ed. 2014)"
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, memo
from citekit.parse.names import split_names
from citekit.parse.oscola import parse_oscola_article
from citekit.parse.patterns import ORGANISATION_RE, SEASONS

PIN = r"\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*"  # "842–43", "191, 195"
# a case: name "v." name, then volume, reporter, first page, pinpoint, (court year)
CASE_RE = deferred.compile(
    rf"""^(?P<title>[A-Z][^;]*?\sv\.\s[^;]*?),\s+(?P<volume>\d+)\s+(?P<reporter>[A-Z][A-Za-z\d.'’\s]*?\.?)
        \s+(?P<page>\d+)(?:,\s*(?P<pin>{PIN}))?\s+\((?:[^()]*?\s)?(?P<year>\d{{4}})\)""",
    re.VERBOSE,
)
# a periodical: authors ("A, B, *T*"), title, volume (or year), journal, first page, pinpoint,
# (year)
# (a newsletter or looseleaf numbers its items by paragraph: "11 Nash & Cibinic Rep. ¶ 17, at 60
# (Apr. 1997)": the item's number, the page after "at", a month before the year)
PERIODICAL = r"""^(?P<authors>[^,*]+?(?:\s*&\s*[^,*]+?)?|[^,*]+?(?:,\s+[^,*]+?)+(?=,\s+\*)),
        \s+\*?(?P<title>[^*]+?)\*?,\s+(?P<volume>\d+)
        \s+(?P<journal>JOURNAL)\s+(?:(?P<page>\d+)(?:,\s*(?P<pin>PIN))?
        |¶\s*(?P<number>\d+)(?:,\s+at\s+(?P<at>PIN))?)
        (?:\s+\((?:[A-Z][a-z]{2,4}\.?\s+(?:\d{1,2},\s+)?)?(?P<year>\d{4})\))?$""".replace(
    "PIN", PIN
)
PERIODICAL_RE = re.compile(
    PERIODICAL.replace("JOURNAL", r"[A-Z][A-Za-z.&'’\s]*?[A-Za-z.]"), re.VERBOSE
)
# the same with a journal in small capitals, which plain text prints in capitals: letters of
# any script, a colon, hyphen or comma ("REVUE DES ÉTUDES", "CEDRUS: THE", "TAAL-, LAND- EN")
CAPITALS_PERIODICAL_RE = re.compile(
    PERIODICAL.replace("JOURNAL", r"[^\W\d_](?:[^\W\d_]|[.&'’:,\s-])*?[^\W\d_.]\.?"), re.VERBOSE
)
# a book: AUTHOR, TITLE PIN (editors ed., edition ed. year); the pinpoint may be wanting
CAPS_BOOK_RE = re.compile(
    rf"""^(?P<authors>[A-Z][A-Z.'’&\s-]+(?:,\s*[A-Z][A-Z.'’&\s-]+)*),\s+(?P<title>[A-Z0-9][^()]*?)
        (?:\s+(?P<pin>{PIN}))?\s+\((?:(?P<editors>[A-Z][^(),]*?)\s+eds?\.,\s+)?
        (?:(?P<edition>[\w.]+(?:\s[\w.]+)?)\s+ed\.\s+)?(?P<year>\d{{4}})\)$""",
    re.VERBOSE,
)
# the same book with its small capitals lost (Markdown, Word): "6 John Donne, The Variorum
# Edition 109 (Gary A. Stringer ed., 1995)"; a volume may lead, the names are capitalised words
NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|von|van|de|der|du|la|le|di|da))*"
# a body as author, its words joined by small ones: "White House Forum on Modernizing Gov’t",
# "U.S. Dep’t of Justice" (told from a title by its body's word: lexicons/organisation_words);
# with the bodies above it: "Faculty of Law, University of Oxford"
BODY = rf"{NAME}(?:\s+(?:of|on|for|of\s+the|on\s+the|for\s+the)\s+{NAME})+"
# a treatise's section: "§ 13.05[A][1]", "§ 65:1", "§§ 4.2–4.4"
SECTION_PIN = r"§§?\s*\d[\w.:]*(?:\[\w+\])*(?:\s*[-–]\s*\d[\w.:]*(?:\[\w+\])*)?"
PLAIN_BOOK_RE = re.compile(
    rf"""^(?:(?P<volume>\d{{1,3}})\s+)?
        (?:(?P<authors>(?P<body>{BODY}(?:,\s+{BODY})*)|{NAME}(?:\s*(?:,|&|,\s*&)\s*{NAME})*),\s+)?
        (?P<italic>\*)?(?P<title>[A-Z0-9][^()*„“”"«»]*?[^\s,;*])(?(italic)\*)
        (?:(?P<comma>,)?\s+(?P<pin>{PIN}|{SECTION_PIN}))?
        \s+\((?:(?P<editors>[A-Z][^()]*?)\s+eds?\.,\s+)?(?:(?P<translators>[A-Z][^(),]*?)\s+trans?\.,\s+)?
        (?:(?P<edition>[\w.]+(?:\s[\w.]+)?)\s+ed\.\s+)?(?P<year>\d{{4}})\)$""",
    re.VERBOSE,
)
# a newspaper or a magazine, paged by issue: "Henry A. Blake, *The House Of Lords*, The Times,
# Mar. 23, 1910, at 10"; "…, Foreign Aff., Jan./Feb. 2009, at 28, 34": the first page, then
# the pinpoint
MONTH = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
SEASON = f"(?:{SEASONS})"
NEWSPAPER_RE = re.compile(
    rf"""^(?P<authors>[^,*]+?),\s+\*?(?P<title>[^*]+?)\*?,\s+(?P<journal>[A-Z][\w.&'’ -]+?),\s+
        (?:{MONTH}(?:/{MONTH})?|{SEASON})(?:\s+\d{{1,2}})?,?\s+
        (?P<year>\d{{4}})(?:,\s+at\s+(?P<page>\d+(?:\s*[-–]\s*\d+)?)(?:,\s*(?P<pin>{PIN}))?)?$""",
    re.VERBOSE,
)
# a chapter: "Gérard Béaur, *Preventing Crises*, 17 *in* Stocks, Seasons and Sales 193, 203–210
# (Laurent Herment & Wouter Ronsijn eds., 2019)"
CHAPTER_RE = re.compile(
    rf"""^(?:(?P<authors>[^,*]+?),\s+)?\*?(?P<title>[^*]+?)\*?,\s+(?:(?P<volume>\d+)\s+)?\*?in\*?\s+
        (?P<booktitle>[A-Z][^()*]*?)\s+(?P<pages>\d+)(?:,\s*(?P<pin>{PIN}))?
        \s+\((?:(?P<editors>[A-Z][^()]*?)\s+eds?\.,\s+)?(?P<year>\d{{4}})\)$""",
    re.VERBOSE,
)
# an article's short form: "Wittow, 14 J. Internet L. 1, 3 (2010)", "Newton, 73 Tex. B.J. at 633"
SHORT_PERIODICAL_RE = re.compile(
    rf"""^(?P<family>[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+)?),\s+(?P<volume>\d{{1,4}})
        \s+(?P<journal>[A-Z][A-Za-z&'’\s]*\.[A-Za-z.&'’\s]*?)
        (?:\s+(?P<page>\d+)(?:,\s*(?P<pin>{PIN}))?|\s+at\s+(?P<at>{PIN}))(?:\s+\(\d{{4}}\))?$""",
    re.VERBOSE,
)
# the short form of an article in a periodical paged by issue, dated and no volume: "Lefkowitz,
# Boston B.J., Summer 2010, at 9", "Kennedy, ABA J., Aug. 2009, at 31"
SHORT_DATED_PERIODICAL_RE = re.compile(
    r"""^(?P<family>[A-Z][\w'’-]+),\s+(?P<journal>[A-Z][A-Za-z&'’\s]*\.[A-Za-z.&'’\s]*?),
        \s+(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?(?P<year>(?:1[89]|20)\d\d)),\s+at\s+(?P<at>\d+)$""",
    re.VERBOSE,
)
# what a case's and a periodical's matches hold, looked for first: both patterns try every
# split of the names and title, ~5-15 µs a span, and most spans hold neither mark
CASE_MARK_RE = re.compile(r"\sv\.\s")  # the " v. " between the parties
VOLUME_JOURNAL_RE = re.compile(r",\s+\d+\s+[A-Z]")  # ", 92 VA" / ", 13 Victorian": volume, journal
# "*Chevron*, 467 U.S. at 865"
SHORT_CASE_RE = re.compile(r",\s*(?P<volume>\d+)\s+[A-Z][A-Za-z\d.'’\s]*?\s+at\s+(?P<pin>\S+)$")


def parse_bluebook(text: str) -> tuple[str, dict[str, str], str | None] | None:
    """(entry type, fields, locator) of a Bluebook case, article or book, else None."""
    found = _read_bluebook(text)
    return None if found is None else (found[0], dict(found[1]), found[2])  # fields of its own


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the splitter, the classifier and the parser ask of a span
def _read_bluebook(text: str) -> tuple[str, dict[str, str], str | None] | None:
    text = text.strip().rstrip(".")
    if oscola := parse_oscola_article(text):  # "'Title' (2003) 66 MLR 726, 730": not Bluebook's
        return oscola
    case = CASE_RE.match(_unwrapped(text)) if CASE_MARK_RE.search(text) else None
    if case:
        fields = {
            "title": case.group("title").replace("*", "").strip(),
            "volume": case.group("volume"),
            "pages": case.group("page"),
            "year": case.group("year"),
        }
        return "misc", fields, case.group("pin")
    periodical = _periodical(text) if VOLUME_JOURNAL_RE.search(text) else None
    if periodical and (_law_review(periodical) or _italic_title(text, periodical)):
        pin = periodical.group("pin") or periodical.group("at")
        return "article", _periodical_fields(periodical), pin
    chapter = parse_chapter(text)
    if chapter is not None:
        return chapter
    newspaper = NEWSPAPER_RE.match(text)
    if newspaper and _issue_paged(text, newspaper):  # "at 10": the story's page
        fields = {
            k: v for k, v in newspaper.groupdict().items() if v and k not in ("authors", "pin")
        }
        fields["journal"] = _title_case(fields["journal"])
        fields.update({"author": _authors(newspaper.group("authors"))})
        fields["pages"] = fields.pop("page", "")
        return "article", {k: v for k, v in fields.items() if v}, newspaper.group("pin")
    book = CAPS_BOOK_RE.match(text) if text.endswith((")", ")\n")) else None  # "… 2014)$"
    if book and book.group("authors").isupper():
        fields = {
            "author": _authors(book.group("authors")),
            "title": _title_case(book.group("title")),
            "year": book.group("year"),
        }
        if book.group("edition"):
            fields["edition"] = book.group("edition")
        if book.group("editors"):  # "(John Gardner ed., 2 ed. 2008)"
            fields["editor"] = " and ".join(split_names(book.group("editors")))
        return "book", fields, book.group("pin")
    return _plain_book(text)


def _unwrapped(text: str) -> str:
    """TEXT without the italics around a whole case, report and year: a case linked to a
    database, the link in italics ("*[Name v. Name, 188 F.3d 1115 (9th Cir. 1999)](…)*"), is
    no title."""
    close = text.find("*", 1) if text.startswith("*") else -1
    if close < 0 or CASE_RE.match(text[1:close]) is None:
        return text  # "*Pine v. Oak*, 412 F.3d 220": the name alone in italics
    return text[1:close] + text[close + 1 :]


def parse_chapter(text: str) -> tuple[str, dict[str, str], str | None] | None:
    """A Bluebook chapter: "Names, *Title*, *in* BOOK 335, 348 (Editors eds., 2015)"."""
    text = text.strip().rstrip(".")
    chapter = CHAPTER_RE.match(text) if text.endswith(")") else None
    if chapter is None or not _marked(text, chapter.group("booktitle")):
        return None
    fields = {k: v.strip() for k, v in chapter.groupdict().items() if v and k != "pin"}
    if "authors" in fields:  # "*Attachment B: …, in* Forum 17, 18 (2010)": a part, unsigned
        fields["author"] = _authors(fields.pop("authors"))
    fields["booktitle"] = _title_case(fields["booktitle"])
    if "editors" in fields:
        fields["editor"] = _people(fields.pop("editors"))
    return "incollection", fields, chapter.group("pin")


def _plain_book(text: str) -> tuple[str, dict[str, str], str | None] | None:
    """A Bluebook book in plain text: told from other styles' "Title (Year)" by what only
    Bluebook puts there, a leading volume, a pinpoint before the brackets, or the editors
    inside them."""
    if not text.endswith(")"):
        return None  # cheap: the brackets of year and editors close the citation
    book = PLAIN_BOOK_RE.match(text)
    if book is None or not (book.group("volume") or book.group("pin") or book.group("editors")):
        return None
    if not (book.group("authors") or book.group("editors")):
        return None  # "Title 45 (2000)" alone could be anything
    if book.group("pin") and _venue_end(book.group("title")):
        return None  # "…, Phys. Rev. B 45, 1234 (1992)": a physics journal's volume and page
    if book.group("body") and not all(
        ORGANISATION_RE.search(unit) for unit in book.group("body").split(", ")
    ):
        return None  # "Essays on Things, Title 5 (2000)": no body's word, no body
    if book.group("comma") and ": " not in book.group("title"):
        return None  # "Names, Journal, 45 (1992)"; a subtitle makes "Title: Sub, 218 (2010)" a book
    fields = {"title": book.group("title").strip(), "year": book.group("year")}
    for name, group in (
        ("author", "authors"),
        ("editor", "editors"),
        ("translator", "translators"),
    ):
        if book.group(group):
            fields[name] = _people(book.group(group))
    if book.group("body"):
        fields["author"] = book.group("body")  # one body, named with those above it
    elif book.group("authors"):
        fields["author"] = _people(_author_without_affiliation(book.group("authors")))
    fields.update({k: book.group(k) for k in ("volume", "edition") if book.group(k)})
    return "book", fields, book.group("pin")


def _author_without_affiliation(names: str) -> str:
    """NAMES without the office or firm after the author's name: Bluebook joins two or more
    authors with "&" ("A, B & C"), so "Victor Szalvay, Danube Techs., Inc." and "Vivek Kundra,
    U.S. Chief Info. Officer, White House" name one person and where they write from."""
    first = names.split(",")[0]
    if "&" in names or "," not in names or ORGANISATION_RE.search(first):
        return names
    return first


VENUE_WORDS = lexicons.words("venue_abbreviations")  # "phys", "rev", "nucl"
# a title's last word abbreviated, perhaps a series letter after it: "Phys. Rev. B", "Meth."
VENUE_END_RE = deferred.compile(r"(?:^|\s)(?P<word>[A-Z][a-z]+)\.(?:\s+[A-Z])?$")


def _venue_end(title: str) -> bool:
    """Does TITLE end with a journal's abbreviated word ("… Nucl. Phys. B", "… J. Appl.
    Phys.")? A book's title does not."""
    found = VENUE_END_RE.search(title)
    return found is not None and found.group("word").casefold() in VENUE_WORDS


def _issue_paged(text: str, match: re.Match[str]) -> bool:
    """A periodical dated by its issue: the title in italics or the paper in small capitals,
    or, with neither, the page after "at", which only Bluebook writes after a date ("Mark
    Lycett et al., Migrating …, Computer, June 2003, at 79, 79")."""
    return _marked(text, match.group("journal")) or match.group("page") is not None


def _marked(text: str, container: str) -> bool:
    """Is the title in italics, or, in plain text that lost them, the container in small
    capitals, read as capitals ("…, THE TIMES, Mar. 23, 1910", "…, 17 in STOCKS, SEASONS …")?"""
    return "*" in text or container == container.upper()


def _people(text: str) -> str:
    """ "E Editor & B Beditor", "Laurent Herment, Niccolo Mignemi, & Wouter Ronsijn"."""
    people = re.split(r"\s*,?\s*&\s*|\s*,\s*", text)
    return " and ".join(n for part in people for n in split_names(part))


def _italic_title(text: str, match: re.Match[str]) -> bool:
    """A title in italics before "13 Victorian Poetry 47": the journal may be named in full
    (words, not a date's month: "'Suharto Resigns', *Jakarta Post*, 22 May 1998")."""
    return (
        text[match.start("title") - 1 : match.start("title")] == "*"
        and len(match.group("journal").split()) >= 2
        and not re.search(r"['‘’“”\"]", match.group("authors"))
    )


def _periodical(text: str) -> re.Match[str] | None:
    """An article in a law review, its journal in capitals when plain text lost the small ones."""
    found = PERIODICAL_RE.match(text) or CAPITALS_PERIODICAL_RE.match(text)
    return (
        found if found is None or found.re is PERIODICAL_RE or found["journal"].isupper() else None
    )


def _law_review(match: re.Match[str]) -> bool:
    """Abbreviated journal names ("Stan. L. Rev.", "GEO. L.J.") after names, not quotes."""
    journal, authors = match.group("journal"), match.group("authors")
    return ("." in journal or journal.isupper()) and not re.search(r"['‘’“”\"]", authors)


def _periodical_fields(match: re.Match[str]) -> dict[str, str]:
    fields = {
        "author": _authors(match.group("authors")),
        "title": match.group("title").strip(),
        "journal": _title_case(match.group("journal")),
        "volume": match.group("volume"),
    }
    fields.update(
        {k: match.group(g) for k, g in (("pages", "page"), ("number", "number")) if match.group(g)}
    )
    year = match.group("year") or (
        match.group("volume") if len(match.group("volume")) == 4 else None
    )
    if year:
        fields["year"] = year
    return fields


def _authors(text: str) -> str:
    return " and ".join(split_names(_title_case(text)))


def _title_case(text: str) -> str:
    """Small capitals come through as capitals: "VA. L. REV." -> "Va. L. Rev."."""
    if not text.isupper():
        return text.strip()
    small = {"of", "and", "the", "to", "in", "on", "for", "from", "a", "an"}
    words = text.strip().split()
    return " ".join(
        w.lower()
        if i and w.lower() in small
        else w.capitalize()
        if not re.fullmatch(r"(?:[A-Z]\.)+", w)
        else w
        for i, w in enumerate(words)
    )


def short_case(text: str) -> tuple[str, str] | None:
    """(volume, pinpoint) of a short case form: "*Chevron*, 467 U.S. at 865" -> ("467", "865")."""
    match = SHORT_CASE_RE.search(text.strip().rstrip("."))
    # "*[Pine, 412 F.3d at 226](…)*": the italics of a linked short form close after its page
    return (match.group("volume"), match.group("pin").rstrip("*")) if match else None


def _short_dated_periodical(text: str) -> tuple[dict[str, str], str | None] | None:
    """ "Lefkowitz, Boston B.J., Summer 2010, at 9": the author, journal and year; the page
    is the one the article starts on (an issue-paged periodical has no volume)."""
    match = SHORT_DATED_PERIODICAL_RE.match(text.strip().rstrip("."))
    if match is None:
        return None
    fields = {"author": match.group("family"), "journal": match.group("journal").strip()}
    return {**fields, "year": match.group("year"), "pages": match.group("at")}, None


def short_periodical(text: str) -> tuple[dict[str, str], str | None] | None:
    """(fields, pinpoint) of an article's Bluebook short form: the author's family name, the
    volume, journal and first page, no title ("Wittow, 14 J. Internet L. 1"), else None."""
    match = SHORT_PERIODICAL_RE.match(text.strip().rstrip("."))
    if match is None:
        return _short_dated_periodical(text)
    fields = {
        "author": match.group("family"),
        "volume": match.group("volume"),
        "journal": match.group("journal").strip(),
    }
    fields.update({"pages": match.group("page")} if match.group("page") else {})
    return fields, match.group("pin") or match.group("at")
