"""A note that is one reference-list entry ("Scott, J. C. (1998). *Seeing like a state*. …").

Some documents put references in their footnotes as a reference list prints them: names
inverted, the year right after the names (APA, author-date, Harvard), Vancouver's "Family
INITIALS", or every name in direct order with initials ("M. Kitsuregawa, H. Tanaka, and
T. Moto-oka."). The note grammar (fields.py, split.py) reads notes in
Chicago's note order and cuts such entries at their semicolons, URLs and "Place: Publisher";
a note of this shape is read whole by the reference-list parser instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, memo, refnames, refpeople, refvancouver, uregex
from citekit.parse.patterns import ACCESSED_RE, YEAR_WORD_RE
from citekit.parse.reference import NUMBER_RE, Reference, parse_reference, unnumbered, untitled
from citekit.parse.shortforms import PINPOINT_RE, is_statute

# a second "Name (Year)" or "Name Year," after the first: in-text citations, not one entry
SECOND_CITE_RE = re.compile(r"[;]\s*(?:see\s+(?:also\s+)?)?[A-Z][\w'’-]+,?\s+\(?(?:1[5-9]|20)\d\d")
# a "year" that opens a list of numbers: "Kupferstichkabinett Mins. 1904, 1906, 4648": shelfmarks
NUMBER_LIST_RE = deferred.compile(r"\d+\s*[,;]")
# commentary words that a reference entry does not hold
PROSE_RE = re.compile(r"\b(?:argues?|argued|see|cf|shows?|suggests?|notes?|claims?)\b\.?\s", re.I)
# where a pinpoint's sentence ends and commentary begins: "pp. 98–102. Philip Francis's …"
PINPOINT_END_RE = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")
MIN_WORDS = 4  # after the names and year: a title and something more
# or, after a year, a title of one word and "Place: Publisher": "Fjorder. Oslo: Gyldendal."
SHORT_BOOK_RE = deferred.compile(r"^[^.:]{2,120}\.\s+[A-Z][^.:\d]{1,40}:\s+[A-Z]")
# the share of a document's notes that must be entries (ibid. and short forms among them)
ENTRY_SHARE = 0.4
MIN_ENTRIES = 3  # and at least this many: one note is no document style


def entry_notes(texts: Iterable[str]) -> bool:
    """Whether most notes of a document are reference-list entries, so that a note opening
    with an inverted name is read as one too (a note style may invert names: ISO 690). The
    count takes a note as an entry by its names' shape (inverted, or several closed by a
    period); what a document of entries then reads as one is wider (_dated)."""
    texts = list(texts)
    needed = max(ENTRY_SHARE * len(texts), MIN_ENTRIES)
    found = 0
    for read, text in enumerate(texts):
        if found + len(texts) - read < needed:
            return False  # the notes not yet read could not make up the share
        found += _entry(text, loose=True, counting=True) is not None
    return found >= needed


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked by the first and second readings
def reference_note(text: str, *, loose: bool = False) -> Reference | None:
    """The entry TEXT states when the whole of it is one reference-list entry, else None.

    `loose`: the document's notes are entries (entry_notes): an inverted first name
    ("Bramwell, Anna. Blood and Soil. …"), or any names before a dated entry, is enough."""
    # "*Native Title Act 1993* (Cth).": a statute, not an entry "Title (Place)"; asked after
    # the shape of an entry (cached, the document-wide count reads it) where it can be
    if loose and is_statute(text):
        return None
    dashed = _after_dash(text, dated=not loose)
    if loose:
        dashed = dashed or _title_first(text) or _film(text)
    if dashed is not None:
        return dashed
    bare = _entry(text, loose=loose, counting=False)
    if bare is None or (not loose and is_statute(text)):
        return None
    return _parsed(bare)


def whole_entry(text: str) -> Reference | None:
    """TEXT read as one entry when a note of a document of entries yields no citation by the
    note grammar: None for commentary, or when the entry has a title and nothing else (no
    names, year or link) to show it is one."""
    bare = NUMBER_RE.sub("", text, count=1).strip()
    if len(bare.split()) < MIN_WORDS or PROSE_RE.match(bare):
        return None
    entry = _parsed(bare)
    found = entry.fields
    sure = found.get("author") or found.get("editor") or found.get("year") or found.get("url")
    return entry if found.get("title") and sure else None


def direct_order(text: str) -> str | None:
    """ "Debussy, Claude, Pelléas et Mélisande (New York: Dover, 1985)." as a note prints it,
    "Claude Debussy, Pelléas …": in a document of entries, a dated note whose first name is
    inverted and closed by a comma before the title (MLA, ISO 690 without capitals), so that
    the note grammar reads it; None for any other note."""
    bare = NUMBER_RE.sub("", text, count=1).strip()
    match = INVERTED_COMMA_RE.match(bare)
    rest = bare[match.end() :] if match else ""
    if not match or len(rest.split()) < MIN_WORDS or not YEAR_WORD_RE.search(rest):
        return None
    return f"{match.group('given')} {match.group('family')}, {rest}"


# the names a same-author dash stands for: inherit_authors puts the previous work's names
DASH_HEAD = refpeople.Head(("idem",), "author", None, "")


# APA's entry without author: "Good chemistry. (1996, September). Magazine, 44(1), p. 8"
TITLE_FIRST_RE = deferred.compile(
    r"^[^()]{3,300}?[.?!]\s+\((?:1[5-9]|20)\d\d[a-z]?(?:,[^)]*)?\)\.\s+\S"
)


def _title_first(text: str) -> Reference | None:
    """An entry that opens with its title, the date after it in parentheses (APA)."""
    bare = NUMBER_RE.sub("", text, count=1).strip()
    if not TITLE_FIRST_RE.match(bare):
        return None
    found = parse_reference(bare)
    return None if found.head is not None and found.head.people else found


# MLA's film: its title, then its director: "Back to Chernobyl. Dir. Bill Kurtis. WGBH, 1989."
FILM_RE = deferred.compile(r"^[^.]{2,200}\.\s+(?:Dir\.|Directed\s+by)\s")


def _film(text: str) -> Reference | None:
    bare = NUMBER_RE.sub("", text, count=1).strip()
    return parse_reference(bare) if FILM_RE.match(bare) else None


def _after_dash(text: str, *, dated: bool = False) -> Reference | None:
    """ "———. Steppenwolf. Translated by …. New York: Bantam, 1969.": in a document of
    entries, an entry whose names a dash repeats from the one before. `dated`: in any
    document, where a year follows the dash or the co-authors after it, as an author-date
    list prints it ("——, 2007: Title. J. Climate, 20, 5497–5509."); a note's "———, *Title*
    (…, 1999), 45" is left to the note grammar."""
    bare = NUMBER_RE.sub("", text, count=1).strip()
    dash = refnames.SAME_AUTHOR_RE.match(bare)
    if dash is None or len(bare[dash.end() :].split()) < MIN_WORDS:
        return None
    entry = parse_reference(bare, DASH_HEAD)
    return entry if not dated or (entry.head is not None and entry.head.year) else None


def _entry(text: str, *, loose: bool, counting: bool) -> str | None:
    """TEXT without its number when it has an entry's shape, else None."""
    if not _may_be_entry(text):
        return None
    found = _opening(text)
    if found is None:
        return None
    bare, head, shaped = found
    if shaped:
        return bare
    if loose and (_named(bare, head) if counting else _dated(head)):
        return bare
    return bare if _bibliography_form(bare, head) else None


def _bibliography_form(text: str, head: refpeople.Head) -> bool:
    """ "Jelinek, Frederick. Statistical Methods …. Cambridge, MA: MIT Press, 1997, 57–62.":
    in any document, a note copied from a bibliography (Chicago, Turabian, ISO 690): the first
    name inverted and the names closed by a period, the imprint "Place: Publisher, Year" out
    of parentheses. A note prints its names in direct order before a comma and its imprint in
    parentheses; the note grammar reads "Jelinek" as the author of "Frederick: Statistical …"."""
    block = text[: len(text) - len(head.rest)].rstrip()
    return (
        block.endswith(".")
        and INVERTED_NAME_RE.match(text) is not None
        and BIBLIOGRAPHY_IMPRINT_RE.search(head.rest) is not None
        and not _note_imprint(ACCESSED_RE.sub("", head.rest))  # "(accessed June 7, 2015)"
        and not _pinpoint(head.rest, loose=False)
    )


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the document-wide count and both readings ask
def _may_be_entry(text: str) -> bool:
    """Can TEXT be an entry at all, by cheap tests, before its names are read (the costly
    part)? Every entry is dated (a year after its names, or anywhere in a loose document),
    names its authors with semicolons, or opens with Vancouver's or listed names (_shaped);
    short forms, ibid. and undated archives pass none of these."""
    bare = unnumbered(text)
    return (
        ";" in bare
        or ANY_DATE_RE.search(bare) is not None
        or refvancouver.vancouver_head(bare)
        or _listed(bare)
    )


# every year a head or a loose entry's date may be (refyearheads, YEAR_WORD_RE), and "n.d."
ANY_DATE_RE = re.compile(r"(?:1[5-9]|20)\d\d|n\.\s?d\.")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the document-wide count and both readings ask
def _opening(text: str) -> tuple[str, refpeople.Head, bool] | None:
    """TEXT without its number, the names opening it and whether they have an entry's
    shape (_shaped); None when no names open it."""
    bare = unnumbered(text)
    if SECOND_CITE_RE.search(bare) or PROSE_RE.match(bare):
        return None
    head = refnames.read_head(bare)
    if head.year and PINPOINT_RE.fullmatch(PINPOINT_END_RE.split(head.rest, 1)[0].strip(" ,.")):
        return None  # "Korczak (1998ff.), Bd. 14, S. 570": a short form's pinpoint, no title;
        # "Guha (1963), pp. 98–102. Francis's plan …": the same, commentary after it
    if head.year and _pinpoint_with_year(bare[: len(bare) - len(head.rest)]):
        return None  # "Calderón Cockburn (2004, p. 296). In Lima, …": a short form, commentary
    short = len(head.rest.split()) < MIN_WORDS and not untitled(head.rest)
    if not head.people or (short and not (head.year and SHORT_BOOK_RE.match(head.rest))):
        return None  # "Kempner J.C., 2004b, MNRAS, 349, 385": a journal and numbers suffice
    if head.year and NUMBER_LIST_RE.match(head.rest):
        return None  # "Berlin, Kupferstichkabinett Mins. 1904, 1906, …": numbers listed, no date
    if not _names_only(bare[: len(bare) - len(head.rest)]) and not APA_DATED_RE.match(bare):
        return None
    return bare, head, _shaped(bare, head)


# the year in brackets with a pinpoint after it: "(2004, p. 296)", "(1998: 12)"
YEAR_PINPOINT_RE = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\s*[,:]\s*(?P<pinpoint>[^()]+)\)")


def _pinpoint_with_year(block: str) -> bool:
    """Does the names block BLOCK close with a short form's year and pinpoint in brackets
    ("Islam (1979, p. 4)")? An entry's bracketed year holds a date at most ("(2020, May 3)")."""
    found = YEAR_PINPOINT_RE.search(block)
    return found is not None and PINPOINT_RE.fullmatch(found.group("pinpoint").strip()) is not None


@lru_cache(maxsize=1024)  # an entry of a loose document is also asked of strictly
def _parsed(bare: str) -> Reference:
    return parse_reference(bare)


def _shaped(text: str, head: refpeople.Head) -> bool:
    """A year right after the names, Vancouver's names, direct-order names with initials, or
    names joined by semicolons (_semicolons)."""
    return (
        head.year is not None
        or NO_DATE_RE.search(text, 0, len(text) - len(head.rest)) is not None
        or refvancouver.vancouver_head(text)
        or _listed(text)
        or _semicolons(text, head)
    )


# "(n.d.)" closing the names: the date's place in a dated head, no date to fill it (APA, Harvard:
# "National Drought Mitigation Center (n.d.) *The Dust Bowl*. Available at: …")
NO_DATE_RE = re.compile(r"\(n\.\s?d\.\)\.?\s*$")


def _semicolons(text: str, head: refpeople.Head) -> bool:
    """ "Garrett, M. P.; Ivanov, I. N.; …, Title. Journal, 163105.": names joined by
    semicolons, with no pinpoint and no other citation after a semicolon ("RIOS, Ana;
    MATTOS, Hebe. Memórias … 2005, p. 61; MENDONÇA, op. cit." is a note of two)."""
    block = text[: len(text) - len(head.rest)]
    return (
        len(head.people) > 1
        and ";" in block
        and not NEXT_CITATION_RE.search(head.rest)
        and not _pinpoint(head.rest, loose=False)
    )


def _named(text: str, head: refpeople.Head) -> bool:
    """ "Bramwell, Anna. Blood and Soil. …", "Harry Heffes and David Lucantoni. A markov …":
    the first name inverted, as a bibliography prints it and a note does not, or several
    names closed by a period; dated, with neither a note's imprint in parentheses nor a
    pinpoint."""
    block = text[: len(text) - len(head.rest)].rstrip()
    several = len(head.people) > 1 and block.endswith(".")
    return (
        (INVERTED_RE.match(text) is not None or several)
        and YEAR_WORD_RE.search(head.rest) is not None
        and not _note_imprint(head.rest)
        and not NOTE_LOCATOR_RE.search(head.rest)
    )


def _dated(head: refpeople.Head) -> bool:
    """ "C. Qiao and R. Melhem, "Reducing …", Proc. of HPCA-1, 1995.": in a document whose
    notes are entries, a note opening with names of any shape is one too when it is dated
    and has neither a place and publisher in parentheses nor a pinpoint (a short form has
    no date)."""
    return (
        YEAR_WORD_RE.search(head.rest) is not None
        and not PLACE_IMPRINT_RE.search(head.rest)
        and not _pinpoint(head.rest)
    )


# a part's pages closing an entry after its year ("Berlin: Suhrkamp 1999, S. 33-56.",
# "Boston: Things Press, 1999. p. 33-56."): in a document of entries, no pinpoint
YEAR_PAGES_END_RE = deferred.compile(
    r"(?:1[5-9]|20)\d\d[a-z]?[,.]\s*[pPsS]\.\s*\d+\s*[–-]\s*\d+\.?$"
)
# an article's pages after its issue's number, its year closing the entry (ABNT: "v. 12, n.
# 3, p. 33-56, 1999."): a note's pinpoint would follow the year
ISSUE_PAGES_END_RE = deferred.compile(
    r"\b[nv]\.\s*\d+,\s*p\.\s*\d+\s*[–-]\s*\d+,\s*(?:[^\W\d_]+\.?\s+)?(?:1[5-9]|20)\d\d\.?$"
)


def _pinpoint(rest: str, *, loose: bool = True) -> bool:
    """A note's pinpoint in REST, not the part's or article's pages that close an entry
    (`loose`: in a document of entries, a range after the year too)."""
    if NOTE_LOCATOR_RE.search(rest) is None:
        return False
    closing = ISSUE_PAGES_END_RE.search(rest)
    if closing is None and loose:
        closing = YEAR_PAGES_END_RE.search(rest)
    return closing is None or NOTE_LOCATOR_RE.search(rest[: closing.start()]) is not None


def _listed(text: str) -> bool:
    """Names in direct order closed by a period, or by a comma before an unmarked title: a
    note names its authors before a comma and marks its titles (quotes, italics)."""
    head = refnames.direct_head(text) or refnames.full_names_head(text)
    if head is None or NOTE_LOCATOR_RE.search(head.rest):
        return False
    if not head.comma:
        return True
    return (
        JOINED_RE.search(text[: len(text) - len(head.rest)]) is not None
        and head.rest[:1] not in TITLE_MARKS
        and not NOTE_IMPRINT_RE.search(head.rest)
    )


# "Debussy, Claude, ", "Schelling, F. W. J., ", "Vali, Ferenc A., ": a first name inverted,
# its given names written out or as initials, then a comma
_GIVEN = r"(?!(?:The|An?|On|In|Of)\b)[A-Z][a-z][\w'’-]*"  # a given name, no title's word
INVERTED_COMMA_RE = uregex.compile(
    rf"^(?P<family>[A-Z][\w'’-]+),\s"
    rf"(?P<given>{_GIVEN}(?:[\s-]{_GIVEN})?(?:\s[A-Z]\.)*|(?:[A-Z]\.\s?)+),\s+"
)
# APA's author, any words, closed by a period before the date in parentheses: "Alliance for
# Excellent Education. (2007).", "U.S. Department of Veterans Affairs. (n.d.)."
APA_DATED_RE = deferred.compile(
    r"^[^()“”\"«»]{3,150}\.\s\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)(?:,[^)]*)?\)\.\s"
)
TITLE_MARKS = "“\"*«„‘'`"
# a note's imprint in parentheses, "(New Haven: Yale UP, 1998)", "(2000)"
NOTE_IMPRINT_RE = deferred.compile(r"\((?:[^()]*[,:]\s*)?(?:1[5-9]|20)\d\d\)")
# an article's year in parentheses before its pages, "27, no. 3 (1948): 379–423": a
# bibliography prints it as a note does, so it tells neither
ARTICLE_YEAR_RE = deferred.compile(r"\((?:1[5-9]|20)\d\d\):\s*\d")


def _note_imprint(rest: str) -> bool:
    """A note's imprint in parentheses in REST, not an article's bare year before its pages."""
    return any(
        ARTICLE_YEAR_RE.match(rest, found.start()) is None
        for found in NOTE_IMPRINT_RE.finditer(rest)
    )


# the same with its place and publisher, "(New York: Norton, 1995)": a year alone in
# parentheses closes a science list's entry as well ("Computer 20 (1987)")
PLACE_IMPRINT_RE = deferred.compile(r"\([^()]*:\s[^()]*(?:1[5-9]|20)\d\d\)")
# a bibliography's imprint after a title's sentence: ". Cambridge, MA: MIT Press, 1997", or
# MLA's publisher and year closing the entry: ". Penguin, 1990."
BIBLIOGRAPHY_IMPRINT_RE = deferred.compile(
    r"[.?!]\s+[^\W\d_][^.()]*?:\s+[^\W\d_][^()]*?,\s+(?:1[5-9]|20)\d\d\b"
    r"|[.?!]\s+[^\W\d_][^.()]*?,\s+(?:1[5-9]|20)\d\d\.?$"
)
# "Durkheim, Émile", "Łukasiewicz, Jan": INVERTED_RE's shape, for every Latin capital; not
# ISO 690's "CUNHA, Euclides da.", which the note grammar reads (and writes "Cunha")
INVERTED_NAME_RE = uregex.compile(r"^[A-Z][a-z][\w'’-]*(?:\s[A-Z][\w'’-]+)?,\s+[A-Z]")
# "Family, Given", "Family, I.", "FAMILY (I.)" opening the text
INVERTED_RE = re.compile(r"^(?:[a-z]+\s){0,2}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+[A-Z]")
# a note's pinpoint ("p. 3", "s. 33", "S. 12", "с. 205") or back-reference ("op. cit.", the
# Italian "…, citata") (not an article's pages after its volume and issue: "14(8): p. 983-95")
NOTE_LOCATOR_RE = deferred.compile(
    r"(?<!\):\s)\b(?:[pPsS]\.\s*\d|сс?\.\s*\d|cit\.|cyt\.|citat[ao]\b)"
)
# "A. Bookstein and S. T. Klein,", "P. Lund - T. Hale," (a dash between names: Italian lists)
JOINED_RE = deferred.compile(r"\s(?:and|&|[-–])\s")
NEXT_CITATION_RE = deferred.compile(r";\s+[^\W\d_]*[A-Z]")  # "; MENDONÇA, op. cit.", not "; pp 14"
# the words a names block holds besides capitalised names and initials: particles ("van"),
# joins ("and", "et", a dash), editor marks ("eds.") and "et al."
NAME_WORDS = (
    lexicons.words("name_particles")
    | lexicons.words("join_words")
    | {"&", "al", "eds", "ed", "editor", "editors", "-", "–"}
)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def _names_only(block: str) -> bool:
    """ "Scott, J. C. (1998)." holds names; "For a different view, see Plato, Timaeus (1902)"
    holds prose."""
    words = re.sub(
        r"\((?:1[5-9]|20)\d\d[a-z]?[^)]*\)|(?:1[5-9]|20)\d\d[a-z]?|\(n\.\s?d\.\)", " ", block
    ).split()
    # "(Jed)." is a name in parentheses; "[1944] 2001.": the first edition's year in brackets
    bare = [w.strip(",.;:()[]") for w in words]
    return all(w[:1].isupper() or w.casefold() in NAME_WORDS or not w for w in bare)
