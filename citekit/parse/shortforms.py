"""Citations with no imprint that name their source all the same: a short form of names and
a page ("Béaur, 197"), a family name in capitals, a title and a page ("STANZIANI, Russia in
Global Perspective, p. 115"), a title and a page ("*Dynatext*, 249"), a statute and its
section ("Academies Bill, sec. 20"). A title with no page is left alone: it may be the first
sentence of a citation that goes on ('"About the Company". Example Foundation. Retrieved …').

cues.is_citation weighs how much of a full citation a span has; these forms have next to
nothing of one, and are told by their shape instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import (
    deferred,
    isoshape,
    localeterms,
    memo,
    segments,
    standardrefs,
    titlespans,
    uregex,
)
from citekit.parse.capitalsdate import capitals_author_date
from citekit.parse.cases import CASE_TITLE_RE
from citekit.parse.cues import title_only
from citekit.parse.etalalone import et_al_alone
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.jurisdictions import bare_statute
from citekit.parse.namecues import prose_opener
from citekit.parse.patterns import (
    LOCATOR_START_RE,
    MONTHS,
    NAME_ARTICLE,
    SEASONS,
    YEAR,
    YEAR_RE,
    find_opcit,
    find_supra,
)
from citekit.parse.pinpoint import LABELS, NUMBERS
from citekit.parse.prefilter import GuardedBy, guarded
from citekit.parse.restatements import is_restatement

# a pinpoint and nothing else: "197", "171–176", "I, 91, 111", "xxxviii, para. 19", "c. 30r",
# "esp. 73-78", a note on a page ("36n4", "364-365n4-6"), pages joined by "and" ("12, 19 and
# 47"), "160-198 passim", a volume first ("II, 45", "i. 298", "2:310", "vol. 2, 45"), a letter's
# or item's number ("no. 61", "letter 602"); "36n4": note 4 on page 36; "12f.": and the page after
CHAPTER_LABELS = lexicons.alternation(set(localeterms.CHAPTER_LABELS))
NOTE_ON_PAGE = r"(?:n\.?\s?\d+(?:\s*[-–]+\s*\d+)?)?(?:\s?ff?\.?)?"
PINPOINT_RE = uregex.compile(
    rf"""(?:esp\.\s*|especially\s+|here\s+|bes\.\s*)?  # "esp. 73-78": the pages that matter most
        (?:[IVXLC]+,\s*|[ivxlc]+,\s*|[ivx]+\.\s(?=\d)|\d+:\s?(?=\d)|(?:vol|Bd)\.\s?\d+,\s*)?
        (?:(?:pp?\.|pgs?\.|pp?(?=\s\d)|S\.|s\.|С\.|с\.|сс\.|para\.?|paras\.?|c\.|sec\.|§|¶|art\.|fol\.
          |{CHAPTER_LABELS}  # the locales' chapter labels: "chap.", "kap.", "rozdz.", "гл."
          |n\.|nos?\.|letters?|Nr\.
          |(?:ch|pt|arts?|pgs?)(?=\s\d))\s?)?  # without stops: "ch 2", "pt 3", "art 7", "pg 107"
        (?:[A-Z]?\d+[rv]?|[ivxlc]+|(?<=(?:p|S)\.\s)[IVXLC]+\b)(?:\.{{1,2}}\d+)?  # "5.480": vol. 5,
        # para. 480; "S98"; a preface's capital roman page after its label: "S. XI", "p. XLI"
        (?:\.\d+){{0,2}}  # "2.65.9": book, chapter and section of an ancient text
        (?:\s*[-–]+\s*(?:\d+[rv]?|[ivxlc]+\b|[IVXLC]+\b))?{NOTE_ON_PAGE}  # "xx–xxi", "XLVI–LVI"
        (?:,\s*(?:Anm|n|note|fn)\.?\s?\d+)?  # a note on the page: "S. 288, Anm. 15", "p. 9, n. 4"
        (?:(?:\s*,\s*|\s+(?:and|&|und|et|y)\s+)(?:\d+|[ivxlc]+)(?:\s*[-–]+\s*\d+)?{NOTE_ON_PAGE})*
        (?:\s+\*?passim\*?)?""",
    re.VERBOSE,
)
# the lower-case particles that may open a family name ("van Dijk", "de Certeau"); one-letter
# ones ("y", "à") join names inside, never open one
OPENING_PARTICLES = lexicons.alternation(
    p for p in lexicons.words("name_particles") if len(p) > 1 and p.islower()
)
# "et al." and its Dutch, Spanish, Portuguese and Italian forms: "Kregting e.a.", "Pérez y otros"
ET_AL = r"(?:et\s+al\.|e\.\s?a\.|y\s+otros|e\s+outros|e\s+altri)"
# one family name, two joined, or "et al.": "Béaur", "Blanquie en Tsimbidy", "Hanke et al.",
# "Strack/Billerbeck", "Müller / Pfisterer" (German slashes, spaced or not), "de Ste. Croix",
# "Locher og Elie" (Norwegian, Danish), "Myrdal och Myrdal" (Swedish)
NAMES_RE = uregex.compile(
    rf"""(?:{OPENING_PARTICLES}\s+(?:Ste?\.\s+)?|{NAME_ARTICLE})?
        [A-Z][\w'’-]+(?:\s+(?:and|&|et|und|y|e|i|en|oraz|og|och)\s+[A-Z][\w'’-]+)?(?:\s+{ET_AL})?
        |(?:\*\*?)?[A-Z][\w'’-]+(?:\*\*?)?(?:\s?/\s?(?:\*\*?)?[A-Z][\w'’-]+(?:\*\*?)?)*""",
    re.VERBOSE,
)
CAPITALS_FAMILY_RE = uregex.compile(r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?")  # "STANZIANI"
LEGISLATION_WORDS = lexicons.alternation(lexicons.words("legislation_words"))
ARTICLE = r"\d+[A-Za-z]?"  # "59", "12a": a section or article number
# the labels of a statute's section or article: "s 59", "§ 4", "Art. 26", "para 3", and the
# Danish and Norwegian "par. 9", "pargr. 4", Slovak and Czech "sek. 38"
SECTION_LABELS = r"(?:s|ss|sec|secs|sek|§|§§|[Aa]rts?|para|par|pargr|reg|r)"
# "Unfair Contract Terms Act 1977 s 59", "Eggs and Chicks (England) Regulations, § 1",
# "1954 Hague Convention, Art. 1", "Vienna Convention on the Law of Treaties, 23 May 1969,
# Art. 26, 31"
LEGISLATION_RE = guarded(  # behind its words: the lazy opening is tried at every length
    uregex.compile(
        rf"""^(?:The\s+)?(?:[A-Z0-9][^;]{{0,200}}?\b)?{LEGISLATION_WORDS}\b[^;]{{0,200}}?
        [,\s]\s*{SECTION_LABELS}\.?\s*{ARTICLE}
        (?:\s*,\s*{ARTICLE})*(?:\s*[-–(]\s*\w+\)?)?$""",
        re.VERBOSE,
    )
)

# a statute named with its year and nothing else: "Coastal Waters Protection Act of 2004"
STATUTE_NAME_RE = uregex.compile(
    rf"^(?:The\s+)?[A-Z][^;,:()]{{0,150}}?\b{LEGISLATION_WORDS}\s+(?:of\s+)?{YEAR}$"
)
# the United States Code: "42 U.S.C. § 1983", "7 U.S.C.A. § 136a (West)", "17 U.S.C. 107",
# and as Lexis prints it, "17 USC 504(b)"
US_CODE_RE = uregex.compile(
    r"^\d{1,2}\s+U\.?\s?S\.?\s?C\.?(?:\s?A\.)?\s*(?:§§?\s*)?\d+[a-z]?(?:\(\w+\))*"
    r"(?:\s*\((?:West|[^()]*\d{4})\))?$"
)


# a section of a state's code, of the federal regulations or of a uniform code, which names
# its statute whole without a year: "Cal. Civ. Code § 1714", "Cal Corp Code § 208(b)", "N.Y.
# Gen. Bus. Law § 349 (McKinney 2019)", "Fla. Stat. § 768.72", "Tex. Bus. & Com. Code Ann.
# § 17.46", "Mass. Gen. Laws ch. 93A, § 2", "40 C.F.R. § 1500.1 (2020)", "U.C.C. § 2-207"
CODE_SECTION_RE = uregex.compile(
    r"""^(?P<name>(?:\d{1,2}\s+)?(?:(?:[A-Z][A-Za-z.'’]*|&)\s*){0,5}?
        (?:Code|Stat\.|Laws?|C\.\s?F\.\s?R\.|I\.\s?R\.\s?C\.|U\.\s?C\.\s?C\.)(?:\s+Ann\.)?
        (?:\s+ch\.\s*\w+,)?\s*§§?\s*\d[\w.:-]*(?:\(\w+\))*(?:\s*[-–,]\s*\d[\w.:-]*(?:\(\w+\))*)*)
        (?:\s*\((?P<paren>[^()]*)\))?$""",
    re.VERBOSE,
)
# every section holds its mark: a span without one is let go at once (the pattern's lazy name
# opening, of up to five words, is tried at every length: 150 µs a span)
CODE_SECTION_RE = GuardedBy(CODE_SECTION_RE, re.compile("§"))


def is_statute(text: str) -> bool:
    """Is TEXT a statute that names itself whole: by title, year and section ("Unfair Contract
    Terms Act 1977 s 59"), by title and year ("… Act of 2004"), or by its place in a code?"""
    text = bare_statute(text.strip().rstrip("."))
    return bool(
        LEGISLATION_RE.match(text)
        and YEAR_RE.search(text)
        or STATUTE_NAME_RE.match(text)
        or US_CODE_RE.match(text)
        or CODE_SECTION_RE.match(text)
    )


# before a year, a family name of two words too: "Calderón Cockburn (2004, p. 296)", "Di Tella
# et al. (2007)" (not before a title, where "Ben Schmidt, “Title”" is a whole name)
FAMILY = r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
DATED_NAMES = rf"{FAMILY}(?:\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?(?:\s+{ET_AL})?"
DATED_NAMES_RE = uregex.compile(DATED_NAMES)
# author-date in a note: "Black 2001, 135", "Hanke et al. 2009: 12", "Lund (1981), 7"
AUTHOR_DATE_RE = uregex.compile(
    rf"""(?P<names>{NAMES_RE.pattern}|{DATED_NAMES}),?\s+
        (?:\[(?:1[5-9]|20)\d\d\]\s)?  # "Polanyi [1944] 2001:60": the first edition's year
        (?P<open>\()?(?:1[5-9]|20)\d\d[a-z]?  # "Merritt, 2003"
        (?:\s?ff?\.)?\)?  # "Korczak (1998ff.)": the first year of a work in several volumes
        (?:–(?:1[5-9]|20)\d\d)?  # "Hornblower 1991–2008: i. 298": a work of several years
        (?:(?:\s*[,:]\s*|(?<=\))\s+(?=(?:pp?|pgs?|S|s)\.?\s?\d))  # "Krauss (1992) p.4"
        (?P<pinpoint>(?(open)[^)]+|.+)))?(?(open)\)?|)""",  # "Lund (1981: 7)"
    re.VERBOSE,
)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_bare_citation(text: str) -> bool:
    """Is TEXT one of the short forms and statutes that carry no imprint?"""
    text = text.strip()
    return (
        _title_alone(text)
        or _names_and_page(text)
        or is_author_date(text)
        or bool(LEGISLATION_RE.match(text))
        or is_statute(text)
        or is_restatement(text)  # "Restatement (Second) of Torts § 402A (1965)"
        or _case_and_pinpoint(text)
        or _iso_names_and_title(text)
        or et_al_alone(text)  # "Lee et al."
    )


ISO_SHORT_TITLE_WORDS = 20  # a short title; more words are a whole citation or prose


def _iso_names_and_title(text: str) -> bool:
    """ISO 690's short form in plain text: the names (family names in capitals), then the
    title, a pinpoint at most ("EUSTACE, Sébastien. Poetry", "TORVALDS, Linus и Junio
    HAMANO. Git", "SIROTKO, V. V. Title, с. 300")."""
    if ". " not in text or not text[:2].isupper():
        return False  # the cheap tests first: a family name in capitals, then its full stop
    head = isoshape.head_re().match(text)
    if head is None:
        return False
    title = head.group("title")
    pinpoint = PINPOINT_TAIL_RE.search(title)
    title = title[: pinpoint.start()] if pinpoint else title
    return (
        title[:1].isupper()
        and ". " not in title
        and not YEAR_RE.search(title)
        and len(title.split()) <= ISO_SHORT_TITLE_WORDS
    )


# a pinpoint after a short form's title: ", с. 300", ", p. 12", ", s. 4–5"
PINPOINT_TAIL_RE = uregex.compile(r"\s*,\s*(?:\w{1,4}\.\s?)?\d+(?:\s*[-–]\s*\d+)?$")


# what follows a case's short name: its volume and pinpoint ("10", "686 at 276", "at 153")
CASE_PINPOINT_RE = uregex.compile(r"(?:\d+\s*)?(?:at\s+)?\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+)*")


def _case_and_pinpoint(text: str) -> bool:
    """ "Council of Civil Service Unions v UK, 10", "Calvert v Gardiner, at 153": a case
    named by its parties (in plain text, without the italics), then only numbers; or the
    parties alone in italics, as a case's later citations may name it ("*Adams v Smith*")."""
    found = CASE_TITLE_RE.match(text)
    if found is None:
        return False
    rest = text[found.end() :].lstrip()
    if not rest:
        return text.startswith("*") and text.endswith("*")
    return rest.startswith(",") and bool(CASE_PINPOINT_RE.fullmatch(rest.strip(" ,")))


def _names(text: str, *, dated: bool = False) -> bool:
    """Family names, not a capitalised word of prose ("In 2001", "See 12") nor a date's month
    or season ("May 2016", "Spring 2016": when a letter was written); DATED: before a year,
    where a family of two words is one ("Calderón Cockburn (2004)")."""
    first = text.split()[0].strip("*").casefold() if text.split() else ""
    return (
        bool(NAMES_RE.fullmatch(text) or dated and _two_word_family(text))
        and not prose_opener(text.split())
        and first not in LEAD_WORDS
        and not DATE_WORD_RE.fullmatch(text)
    )


def _two_word_family(text: str) -> bool:
    """ "Calderón Cockburn", "Di Tella et al.": not a date's month ("LOI January 1998")."""
    return DATED_NAMES_RE.fullmatch(text) is not None and not any(
        DATE_WORD_RE.fullmatch(word) for word in text.split()
    )


DATE_WORD_RE = uregex.compile(rf"(?:{MONTHS}|{SEASONS})\.?")  # "May", "Sept.", "Spring"


LEAD_WORDS = frozenset({"see", "cf", "compare", "chapter", "part", "section", "table", "figure"})


# a person's whole name and a year in brackets, nothing else: "Richard Stallman (1986)"
PERSON_YEAR_RE = uregex.compile(
    r"(?P<given>(?:[A-Z][a-z]+\.?\s+){1,2})(?P<names>[A-Z][\w'’-]+)\s+\((?:1[5-9]|20)\d\d[a-z]?\)"
)


def is_author_date(text: str) -> bool:
    """ "Black 2001, 135", "Moullier 2004: 67": names, a year, at most a pinpoint;
    "Richard Stallman (1986)": a whole name and a year."""
    person = PERSON_YEAR_RE.fullmatch(text.strip())
    if person and _names(person.group("given").split()[0]) and not segments.is_place(text):
        return True
    match = AUTHOR_DATE_RE.fullmatch(text.strip())
    if match is None:
        return False
    names = match.group("names")
    if not _names(names, dated=True) or _places(names):
        return False  # "München 1926, S. 365": a place and a year end an imprint
    pinpoint = match.group("pinpoint")
    after = text.strip()[match.end("names") :]
    if after.startswith(","):  # "Merritt, 2003, 52", not "Copp, Clark, 1886), 12" (an imprint)
        return COMMA_YEAR_RE.match(after) is not None and _comma_dated(
            match.group("names"), pinpoint
        )
    return (
        pinpoint is None
        or bool(PINPOINT_RE.fullmatch(pinpoint.strip()))
        or bool(match.group("open") and PART_WORD_RE.fullmatch(pinpoint.strip()))
    )


# what joins the names of an author-date short form, or the places of an imprint
NAMES_JOIN_RE = re.compile(r"\s+(?:and|&|und|et)\s+")


def _places(names: str) -> bool:
    """Are NAMES places, every one ("München", "London and New York": an imprint's end)? Not
    "Grenoble and Whaley": a town's name is a family name too, beside a person's."""
    return all(segments.is_place(name) for name in NAMES_JOIN_RE.split(names))


# a part of the work in place of a page, inside the bracket: "Field (2007, appendix)",
# "Marsh (2001, table 3)" (lexicons/part_words.txt)
PART_WORD_RE = re.compile(
    lexicons.alternation(lexicons.words("part_words")) + r"(?:\s+(?:\d+|[A-Z]|[ivxlc]+))?"
)


def _comma_dated(names: str, pinpoint: str | None) -> bool:
    """ "Merritt, 2003, 52" is author-date with its pinpoint; "Seuil, 2020, p. 333" or "GUS,
    1939, s. 345" (an imprint's end, cut off) and a bare "NISO, 2005" may not be."""
    return (
        pinpoint is not None
        and bool(PINPOINT_RE.fullmatch(pinpoint.strip()))
        and not PUBLISHER_WORDS_RE.search(names)
        and not names.isupper()  # "Warszawa: GUS, 1939, s. 345": a body publishing, cut off
    )


# an author's name, or its opening and a full stop, then a passage by its divisions, as
# classicists cite an ancient author: "Thucydides 2.36.1", "Thuc. 2.40.1", "Dem. 21.154–55"
AUTHOR_DIVISION_RE = uregex.compile(
    r"(?P<name>[A-Z][\w'’-]+)(?P<stop>\.)?\s+"
    r"(?P<division>\d+(?:\.\d+)+(?:\s*[-–]\s*\d+(?:\.\d+)*)?)\.?"
)


def names_and_pinpoint(text: str) -> tuple[str, str | None, str | None] | None:
    """The names, year and pinpoint of a short form that has no title: "Buckles, 135" ->
    ("Buckles", None, "135"); "Black 2001, 135" -> ("Black", "2001", "135"); None otherwise.
    Its fields are then the names alone: the page is no title."""
    text = text.strip().rstrip(".")
    if _title_alone(text):
        return None  # "*Dynatext*, 249": a title and its page
    passage = AUTHOR_DIVISION_RE.fullmatch(text)
    if passage is not None:  # "Thuc. 2.40.1": the name as typed; the known names expand it
        return passage.group("name"), None, passage.group("division")
    head, _, rest = text.partition(", ")
    dated = YEAR_FIRST_RE.match(rest)  # "Merritt, 2003, 51": a year, not a page, after the name
    if _names(head) and not dated and PINPOINT_RE.fullmatch(rest.strip()):
        return head, None, rest.strip()
    if not is_author_date(text):
        return None
    person = PERSON_YEAR_RE.fullmatch(text)
    if person:  # "Richard Stallman (1986)"
        return person.group("given") + person.group("names"), _year(text), None
    match = AUTHOR_DATE_RE.fullmatch(text)
    if match is None:
        return None
    pinpoint = match.group("pinpoint")
    return match.group("names"), _year(text[match.end("names") :]), pinpoint and pinpoint.strip()


# ", 2003, 52", ", 2000: 502"
COMMA_YEAR_RE = deferred.compile(r",\s+(?:1[5-9]|20)\d\d[a-z]?\s*[,:]\s")
YEAR_FIRST_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?(?:\s*[,:]|$)")


def _year(text: str) -> str | None:
    year = re.search(r"(?<!\[)(?:1[5-9]|20)\d\d[a-z]?(?!\])", text)  # not "[1944]": a reprint's
    return year.group() if year else None


def has_short_shape(text: str) -> bool:
    """Does TEXT look like a short form, positive evidence that a full citation exists
    somewhere: names and a page, author-date, or at most a few names, a title and a
    pinpoint ("Heras Santos, "Indultos…", 116", "*Diccionario de Autoridades*"). A span
    that goes on after its title with a container ("in *The Oxford Handbook*, ed. …"), a
    place ("available at link #49") or prose is no short form, only an incomplete citation."""
    text = text.strip().rstrip(".")
    if is_bare_citation(text) or find_supra(text) or capitals_author_date(text):
        return True  # "Brown, supra note 2": it says that it points back
    found = titlespans.titles(text)
    if not found:
        return _unmarked_short(text)
    head = text[: found[0].start()].strip().rstrip(",").strip()
    after = text[found[0].end() :].strip(" ,.")
    cited = find_opcit(after)  # "F. Guida, *Michelangelo Pinto*, cit., p. 87": it points back
    after = after[cited.end() :].strip(" ,.") if cited and cited.start() == 0 else after
    return _few_names(head) and (
        not after or bool(PINPOINT_RE.fullmatch(after) or LOCATOR_START_RE.match(after))
    )


def short_even_linked(text: str) -> bool:
    """A short form that stays one when its title links to the work (a web page links every
    mention): "Smith, supra note 3", or family names alone and a title ("Klein and
    Eisenstein, “Reading …”"); a title alone, or a whole name, that links out is a first
    citation of a web page."""
    if find_supra(text) or bluebook_short(text):
        return True  # "*Pine*, 412 F.3d at 226": a case's report and page, linked to the case
    found = titlespans.titles(text)
    head = text[: found[0].start()].strip(" ,*") if found else ""
    return bool(NAMES_RE.fullmatch(head)) and has_short_shape(text)  # not "Ben Schmidt, “…”"


# a Bluebook short form of a case or article: a short name, the volume and reporter (or
# journal), "at" and the pinpoint: "*Pine*, 412 F.3d at 226", "Doe, 45 Stan. L. Rev. at 130"
BLUEBOOK_SHORT_RE = uregex.compile(
    r"^\*?[A-Z][^,;()]{0,60}?\*?,\s*\d{1,4}\s+[A-Z][A-Za-z\d.'’&\s]*?\s+at\s+\*?\d+(?:\s*[-–]\s*\d+)?$"
)


def bluebook_short(text: str) -> bool:
    """Is TEXT a Bluebook short form of a case or article ("*Pine*, 412 F.3d at 226")?"""
    return BLUEBOOK_SHORT_RE.match(text.strip().rstrip(".").strip("*").strip()) is not None


def _unmarked_short(text: str) -> bool:
    """Plain text, the title unmarked: a few words and a pinpoint, no year (a first citation
    dates its work): "Prakash, Another Reason, 30", "Cospito, Il ritmo del pensiero, cit.,
    p. 77", "Сидоров К. Л. Кооперативный кредит в Сибири. С. 34"."""
    cut = max(text.rfind(", "), text.rfind(". "))
    body, pinpoint = text[:cut], text[cut + 2 :]
    words = body.replace(",", " ").split()
    return (
        0 < len(words) <= UNMARKED_WORDS
        and not YEAR_RE.search(body)
        and any(w[:1].isupper() for w in words)
        and bool(PINPOINT_RE.fullmatch(pinpoint) or LOCATOR_START_RE.match(pinpoint))
    )


UNMARKED_WORDS = 20  # names and a short title; more is a sentence


def _few_names(head: str) -> bool:
    """Nothing, or a few capitalised names ("Tomás y Valiente", "Prinz and Schiewe")."""
    words = head.replace(",", " ").split()
    return len(words) <= SHORT_NAME_WORDS and all(
        w[:1].isupper() or w.casefold() in JOINS for w in words
    )


SHORT_NAME_WORDS = 6  # "Colón de Larriátegui", "Hanke, Smith and Jones": no more
# words between family names, and "et al." after them ("Roe et al.")
JOINS = frozenset(
    {"and", "&", "et", "und", "y", "e", "i", "en", "de", "del", "da", "van", "von", "al."}
)


def _title_alone(text: str) -> bool:
    """ "*Dynatext*, 249", "«Das Albanbrunnwerk», c. 30r": a title, then only its pinpoint."""
    found = titlespans.titles(text)
    if not found or found[0].start() != 0:
        return _plain_title_and_numbers(text)
    after = text[found[0].end() :].strip(" ,.")
    return bool(after) and bool(
        PINPOINT_RE.fullmatch(after)
        or LOCATOR_START_RE.match(after)
        or NUMBERS_ONLY_RE.fullmatch(after)  # "*Convention for the Protection …*, 213 221 58"
        or LABELLED_PINPOINT_RE.fullmatch(after)  # "*Balogh v Hungary*, par. 71", "…, sek. 48"
        or standardrefs.standard_reference(after)  # "*NE* VII.3, 1147a25–b5"
    )


# any label of lexicons/locator_labels.txt and the locales' page labels, then its numbers: a
# law's and a judgment's divisions in Czech and Slovak ("sek. 48", "par. 71", "odst. 44")
LABELLED_PINPOINT_RE = deferred.compile(rf"(?:{LABELS})\s?{NUMBERS}")
# a law review's numbers after a title: volume, first page, pinpoint ("213 221 58", "10 at 381")
NUMBERS_ONLY_RE = deferred.compile(r"\d+(?:\s+(?:at\s+)?\d+){1,3}")
# what follows a legal title whose italics plain text lost: "at 34", "213 221 58", "10 at 381"
LEGAL_NUMBERS_RE = re.compile(r"(?:at\s+\d+|\d+(?:\s+(?:at\s+)?\d+){1,3})(?:\s*[-–]\s*\d+)?")


def _plain_title_and_numbers(text: str) -> bool:
    """Plain text: a title in Title Case, then only a legal citation's numbers ("Case of the
    Free Zones of Upper Savoy, at 34", "Convention for the Protection of …, 213 221 58")."""
    title, comma, after = text.rpartition(", ")
    return bool(comma) and bool(LEGAL_NUMBERS_RE.fullmatch(after.strip(" ."))) and title_only(title)


def _names_and_page(text: str) -> bool:
    """ "Béaur, 197", "Hanke et al., 12"; "STANZIANI, A Title, p. 115" (ABNT, ISO 690)."""
    head, _, rest = text.partition(", ")
    if _names(head) and PINPOINT_RE.fullmatch(rest.strip()):
        return True
    title, _, pinpoint = rest.rpartition(", ")
    return bool(
        CAPITALS_FAMILY_RE.fullmatch(head)
        and title
        and (PINPOINT_RE.fullmatch(pinpoint) or LOCATOR_START_RE.match(pinpoint))
    )


# ABNT and ISO 690 short forms: family names in capitals, a role at most, then the title:
# "CHARTIER, A Ordem do Discurso, p. 83", "LOCHER, ELIE, Disasters", "MARTIN; BAYER ;
# MIELNICZUK, Alterações …", "CANAL. ed., Historia contemporánea", "MOORE (Org.), **Título**"
CAPITALS_NAMES_RE = uregex.compile(
    r"""^(?P<names>[A-Z][A-Z'’-]*[A-Z](?:\s+[A-Z][A-Z'’-]*[A-Z])*   # "LE BRAS", "ZUÑIGA"
        (?:\s*[;,]\s*[A-Z][A-Z'’-]*[A-Z](?:\s+[A-Z][A-Z'’-]*[A-Z])*)*)  # more, by "," or ";"
        (?:\.?\s*\(?(?i:eds?|orgs?|coords?|dirs?|hgg?|hrsg|red)\.?\)?)?  # a role: "ed.", "(Org.)"
        ,\s+(?P<rest>.*[a-z].*)$""",
    re.VERBOSE,
)


VOWEL_RE = uregex.compile(r"[AEIOUYÀ-ÖØ-ÝĚŮ]")  # a family name has one; "PSF", "HSTL" are sigla


def _given_names_first(text: str) -> bool:
    """ "SABERHAGEN, Kelvin. Title": a given name, not a second family ("CANAL, FRÍAS. eds.")."""
    after = text.partition(", ")[2].split()
    second = after[0].strip(".,") if after else ""
    return not (second.isupper() and len(second) > 1) and bool(isoshape.head_re().match(text))


def capitals_short(text: str) -> tuple[list[str], str, str | None] | None:
    """The family names, the rest (the title) and the pinpoint of a short form that opens with
    family names in capitals: "CHARTIER, A Ordem do Discurso, p. 83" -> (["CHARTIER"],
    "A Ordem do Discurso", "p. 83"); None when TEXT does not open so."""
    match = CAPITALS_NAMES_RE.match(text.strip().rstrip("."))
    if match is None or _given_names_first(text.strip()):
        return None  # ISO 690 "SABERHAGEN, Kelvin. Lake Superior Beluga?": given names first
    families = [n for n in re.split(r"\s*[;,]\s*", match.group("names")) if n]
    rest, pinpoint = match.group("rest"), None
    if not all(VOWEL_RE.search(n) for n in families) or LOCATOR_START_RE.match(rest):
        return None  # "PSF, HSTL, Box 151": acronyms of an archive, then a box
    for comma in re.finditer(", ", rest):  # the first comma after which all is pinpoint:
        tail = rest[comma.end() :]  # "…, pp. 346, 352" is one pinpoint, not "352"
        if PINPOINT_RE.fullmatch(tail.strip()) or LOCATOR_START_RE.match(tail):
            rest, pinpoint = rest[: comma.start()], tail.strip()
            break
    return families, rest.strip(" ,"), pinpoint
