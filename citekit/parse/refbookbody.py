"""A book's part of a reference-list entry after its title: editors and translators
("edited by …", "trans. …"), edition, pages and volume, a thesis's school, a report, a
conference's meeting place, then the imprint and the year."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import (
    deferred,
    names,
    refeditors,
    refimprint,
    refpeople,
    refplace,
    refvancouver,
    refyearheads,
    uregex,
)
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.invertednames import inverted_list
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import UNPUBLISHED_RE, YEAR_WORD_RE

# what shows a work is a book: its imprint, edition, volumes or editors (a title and a year
# alone may name a corpus, a report, a talk: BibTeX's misc)
BOOK_FIELDS = frozenset(
    {"publisher", "address", "edition", "volume", "editor", "translator", "isbn", "series"}
)
# "edited by", "Ed. by", "Edited and translated by" (the names are the editors'); German's
# "Hrsg. von", "hg. v.", "Herausgegeben von", "Ediert von" after a title ("Sämtliche Werke.
# Ediert von Friedhelm Beiner und Erich Dauzenroth. Gütersloh: …")
EDITED_BY_RE = deferred.compile(
    r"(?:,\s*|\.\s*|^)(?:(?:[Ee]dited(?:\s+and\s+translated)?|[Ee]ds?\.)\s+by"
    r"|(?:[Hh]rsg\.|[Hh]g\.|[Hh]erausgegeben|[Ee]diert)\s+(?:von|v\.))\s+"
)
# "Translated by …", "trans. by …", and the other languages' marks (lexicons/translator_marks.txt):
# ", übers. von Saskia Brown, New York: …", ", traduit par …"
TRANSLATED_RE = deferred.compile(
    r"(?:,\s*|\.\s*|^)(?:(?:[Tt]ranslated|[Tt]rans\.)\s+by|(?i:"
    + lexicons.alternation(lexicons.words("translator_marks"))
    + r"))\s+"
)
# MLA's "Ed." opening a sentence after the title, no "by": "Plain Songs. Ed. A. Brown. New
# York" (not an edition's: "Rev. Ed. London")
MLA_EDITED_RE = deferred.compile(r"(?:^|(?<=\.\s))(?<![Rr]ev\.\s)Eds?\.\s+(?=[A-Z])")
# APA's people after a title, in parentheses, their role last: "(J. Strachey, Trans.)",
# "(H. Weaver & A. Ross, Eds.)", "(A. Smith, Ed. & Trans.)"
PAREN_ROLE_RE = deferred.compile(
    r"^\s*\((?P<names>[^()]{2,150}?),\s*(?P<role>(?:Eds?|Trans)\.(?:\s*(?:&|and)\s*(?:Eds?|Trans)\.)?)\)"
    r"[.,]?\s*"
)
# the names after "edited by" end at a comma before a number or "pp.", or at a sentence's end
# (or at German's "mit": "Hrsg. von Marlies Winkelheide mit dem Geschwisterrat")
NAMES_STOP_RE = deferred.compile(
    r",\s*(?=\d|pp?\.|vol\.)|,\s*(?=(?!and\b|et\sal\b)[a-z])|\s\(|\s(?=mit\s)|$"
)
# an imprint after an initial's period, which ends no names: ". Boulder: Geological Society"
PLACE_NEXT_RE = deferred.compile(
    r"(?<=\.)\s+(?=[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s[A-Z]{2})?:\s)"
)
SERIAL_NEXT_RE = deferred.compile(r"(?:and|&|et al|Jr|Sr|[A-Z]\.)\b|(?:and|&)\s")
THESIS_RE = deferred.compile(
    r"\b(?:PhD|Ph\.D\.|Doctoral|Master['’]?s|MA|M\.A\.)\s*(?:diss(?:ertation)?|thesis)\.?,?\s*",
    re.IGNORECASE,
)
# "3rd ed.", "Rev. ed.", "(3rd ed.)", "3rd edn" (Harvard), "Third Edition"
EDITION_RE = deferred.compile(
    r"\(?\b(?P<edition>\d+(?:st|nd|rd|th)?|[Rr]ev(?:ised)?\.?|[Ee]nl(?:arged)?\.?|[Ee]xpanded"
    r"|(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s*"
    r"(?:edn\b|ed(?:ition)?\.?|Edition\b)(?:\)|\s|$|(?=[,.]))"
)
# a book's pages and volume, labelled: "(pp. 32-42)", "pages 12-23", "p. 6", "pp 33-56"
# (Springer's, no period); "Vol. 3", "volume 193"
BOOK_PAGES_RE = deferred.compile(
    r"\(?\b(?:pp?\.|pp?(?=\s\d)|[Pp]ages?|S\.(?=\s*\d))\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?)\b\)?"
    r"(?!\s*(?:pp|S)\b)"
)
# a book's count of pages, its number first: "368 pp.", "248p.", "217 p.", "312 S." (what a
# reference list prints as the work's pages)
PAGE_TOTAL_RE = deferred.compile(
    r"(?<![\w.–-])(?P<pages>[1-9]\d{0,3})\s?(?:pp|p|S|pages)\.?(?=[\s,.;)]|$)"
)
BOOK_VOLUME_RE = deferred.compile(r"\b(?:[Vv]ol(?:ume)?\.?)\s*(?P<volume>\d+)\b,?")
# an issue's or a report's number: "Vol. 78, No. 9", "Report No. 329"
BOOK_NUMBER_RE = deferred.compile(r"\b[Nn]o\.\s*(?P<number>\d+)\b,?")
# a part's pages printed bare after its book's imprint: "Academic Press. 47-73.", "1991, 281–98."
BARE_RANGE_RE = deferred.compile(r"(?<![\w/.:-])(?P<pages>\d{1,5}\s*[–-]\s*\d{1,5})(?![\w/-])")
# a part's pages after its book's year or volume and a colon: Vancouver's "Routledge;
# 2004:45-67", Chicago's "2 vols., 1:45–67"
COLON_RANGE_RE = deferred.compile(
    r"(?:(?<=[\s;,])(?:1[5-9]|20)\d\d|(?<![\w/.:-])(?P<volume>\d{1,2})):\s?"
    r"(?P<pages>\d{1,5}\s*[–-]\s*\d{1,5})(?![\w/-])"
)
# a report's kind and number before its institution: "Technical Report TR 95-50, ", "Tech. rep. "
REPORT_RE = deferred.compile(
    r"\b(?:Technical|Tech\.)\s+[Rr]ep(?:ort|\.)?(?:\s+(?:No\.?\s*)?(?:[A-Z]+\s)?[\w/-]*\d[\w/-]*)?,?\s*"
)
# a meeting's date closing a proceedings entry: ", June 1994", ", April 8-11, 1991", ", 1993"
# (a month's name, not a country's: "Montreal, Canada, 1995")
MEETING_DATE_RE = deferred.compile(
    r"(?:,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)"
    r"(?:\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)?)?,?\s*(?:1[5-9]|20)\d\d$"
)
# where it met: "Orlando, FL", "Washington, D. C.", "Brussels, Belgium", "Karlsruhe",
# "Calgary, Alberta, Canada", "Los Angeles, California, USA"
MEETING_PLACE_RE = uregex.compile(
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s*(?:[A-Z]\.\s?[A-Z]\.?|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)){0,2}"
)
# a meeting named in a container: "Conference", "Symposium", "Conf." (lexicons/conference_words)
MEETING_RE = deferred.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('conference_words'))}(?!\w)", re.IGNORECASE
)
# a conference's proceedings: "Proceedings of …", "Proc. of HPCA-1" (lexicons/proceedings_words)
PROCEEDINGS_RE = re.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('proceedings_words'))}(?!\w)", re.IGNORECASE
)


def read_book(
    rest: str, fields: dict[str, str], *, titled: bool = False, quoted: bool = False
) -> str:
    rest = refeditors.take_editors(_people_phrases(rest, fields), fields)
    rest = read_edition(_mla_editors(rest, fields), fields)
    rest = book_numbers(rest, fields, titled=titled)
    thesis = THESIS_RE.search(rest)
    if thesis:
        school = refplace.school(rest[thesis.end() :].lstrip("]) .,"))
        if school and not YEAR_WORD_RE.fullmatch(school):
            fields["school"] = school
        take_year(rest, fields)
        return "thesis"
    if titled and _meeting_place(rest, fields):
        return "book"
    rest = REPORT_RE.sub("", rest)  # "Technical Report 92-43, University of Colorado"
    if UNPUBLISHED_RE.search(rest):  # "Manuscript, 1995.", "Submitted, 1998.": no imprint
        take_year(rest, fields)
        return "unpublished"
    refimprint.read(rest, fields, bare=not quoted)
    take_year(rest, fields)
    if fields.get("url") and not fields.get("publisher"):
        return "online"
    return "book" if BOOK_FIELDS & fields.keys() else "misc"  # "Buckeye Corpus. (2007)."


def read_edition(rest: str, fields: dict[str, str]) -> str:
    """REST without the edition it states, which goes to `fields`."""
    edition = EDITION_RE.search(rest)
    if not edition:
        return rest
    fields.setdefault("edition", edition.group("edition"))
    return rest[: edition.start()] + rest[edition.end() :]


def book_numbers(rest: str, fields: dict[str, str], *, titled: bool) -> str:
    """Pages ("pp. 3-9", "pages 12-23", "p. 6") and a volume ("Vol. 3", "volume 193") of a
    book or of the book a part is in; in a part, a bare range too ("Academic Press. 47-73.").
    REST without them."""
    for pattern, key in (
        (BOOK_PAGES_RE, "pages"),
        (PAGE_TOTAL_RE, "pages"),
        (BOOK_VOLUME_RE, "volume"),
        (BOOK_NUMBER_RE, "number"),
    ):
        match = pattern.search(rest)
        if match and key not in fields:
            fields[key] = full_pages(match.group(key)) if key == "pages" else match.group(key)
            rest = rest[: match.start()] + rest[match.end() :]
    colon = COLON_RANGE_RE.search(rest) if titled and "pages" not in fields else None
    if colon:
        fields["pages"] = full_pages(colon.group("pages"))
        volume = colon.group("volume")
        if volume:
            fields.setdefault("volume", volume)
        cut = colon.start() if volume else colon.start("pages")  # the year stays
        rest = rest[:cut].rstrip(": ") + rest[colon.end() :]
    bare = BARE_RANGE_RE.search(rest) if titled and "pages" not in fields else None
    if bare and not _years(bare.group("pages")):
        fields["pages"] = full_pages(bare.group("pages"))
        rest = rest[: bare.start()] + rest[bare.end() :]
    return rest


def _years(span: str) -> bool:
    """ "1871–1880": a span of years, no pages."""
    return all(YEAR_WORD_RE.fullmatch(n.strip()) for n in re.split(r"[–-]", span))


def _meeting_place(rest: str, fields: dict[str, str]) -> bool:
    """ "Orlando, FL, June 1994.", "Brussels, Belgium, September 1990.": after a conference's
    proceedings, the place and date it met, no publisher; False when REST is not that."""
    if not PROCEEDINGS_RE.search(fields.get("booktitle", "")):
        return False
    text = MEETING_DATE_RE.sub("", rest.strip(" .,;")).strip(" .,;")
    place = MEETING_PLACE_RE.fullmatch(text)
    if not place or ":" in text or PUBLISHER_WORDS_RE.search(rest):
        return False  # "ACM Press, 1999": a publisher (its word no month's before the year)
    if text.split(",")[0].isupper():
        return False  # "IEEE.", "ACM, New York": a society's initials publish, no place's
    fields.setdefault("address", text)
    take_year(rest, fields)
    return True


def _people_phrases(rest: str, fields: dict[str, str]) -> str:
    """REST without the people a phrase names: "edited by …", "trans. …", APA's "(J.
    Strachey, Trans.)"."""
    paren = PAREN_ROLE_RE.match(rest) if rest.lstrip().startswith("(") else None
    if paren:  # "(J. Strachey, Trans.). New York: Norton": no part of the imprint
        role = paren.group("role")
        for mark, key in (("Trans", "translator"), ("Ed", "editor")):
            if mark in role:
                fields.setdefault(key, _people(paren.group("names")))
        rest = rest[paren.end() :]
    for pattern, role in ((EDITED_BY_RE, "editor"), (TRANSLATED_RE, "translator")):
        rest = _role_phrase(rest, fields, pattern, role)
    return rest


def _mla_editors(rest: str, fields: dict[str, str]) -> str:
    """MLA's "Plain Songs. Ed. A. Brown. New York": asked after refeditors, which reads the
    editors' marks it knows first."""
    if "Ed" not in rest or "editor" in fields:
        return rest
    return _role_phrase(rest, fields, MLA_EDITED_RE, "editor")


def _role_phrase(rest: str, fields: dict[str, str], pattern: re.Pattern[str], role: str) -> str:
    match = pattern.search(rest)
    if not match:
        return rest
    after = rest[match.end() :]
    end = refyearheads.NAMES_END_RE.search(after)
    stop = min(end.start() if end else len(after), NAMES_STOP_RE.search(after).start())
    place = PLACE_NEXT_RE.search(after, 0, stop)  # "Reimold W. U. Boulder: Society"
    stop = place.start() if place else stop
    stop = _serial_end(after[:stop])
    fields.setdefault(role, _people(after[:stop]))
    return rest[: match.start()] + ". " + after[stop:].lstrip(".")


def _serial_end(names: str) -> int:
    """Where "Pablo Luna, Brepols" stops: a comma part that no later "and" joins to the names.

    "John Smith, Jane Doe, and Bob Roe" is one series; in "H. Bouma and D. G. Bouwhuis, X,
    Erlbaum" the names end at the first comma (MLA runs on to volume and publisher).
    """
    parts = names.split(", ")
    for i in range(1, len(parts)):
        joined = any(SERIAL_NEXT_RE.match(p) for p in parts[i:])
        if not joined and not SERIAL_NEXT_RE.match(parts[i]):
            return len(", ".join(parts[:i]))
    return len(names)


def read_editors(text: str) -> str:
    """ "Bloggs, J." (Harvard, inverted) or "G. N. Knoppers & J. G. McConville" (APA); "et
    al." after them ("In Damgaard, P. H., et al., eds.") is others, no name."""
    others = refvancouver.ET_AL_RE.search(text)
    if others:
        return " and ".join([read_editors(refvancouver.ET_AL_RE.sub("", text)), "others"])
    if inverted_list(text):  # "Müller, Jan Dirk/Pfisterer, Ulrich (Hrsg.)": German lists
        return " and ".join(names.split_names(text))
    same, slash, rest = text.partition("/")  # "Dies./Bleuler, Anna": the authors, then others
    if slash and names.is_same_author(same) and inverted_list(rest):
        return " and ".join([same.strip(), *names.split_names(rest)])
    parts = [p.strip() for p in refpeople.JOIN_RE.split(text) for p in p.split(",")]
    inverted = any(refpeople.INITIALS_RE.match(p) for p in parts if p)
    people = refpeople.split_people(text.strip(" ,"), inverted=inverted, first=False)
    return " and ".join(people)


def _people(text: str) -> str:
    others = refvancouver.ET_AL_RE.search(text.strip(" ,"))
    text = refvancouver.ET_AL_RE.sub("", text.strip(" ,"))
    text = re.sub(r"(?<![\s.][A-Z])\.$", "", text.strip(" ,"))  # "W. U." keeps its initial's
    people = refpeople.split_people(text.strip(" ,"), inverted=False, first=False)
    return " and ".join(people + ["others"] * bool(others))


def take_year(rest: str, fields: dict[str, str]) -> None:
    years = YEAR_WORD_RE.findall(rest)
    if years and "year" not in fields:
        fields["year"] = years[-1]
