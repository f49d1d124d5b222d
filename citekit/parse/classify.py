"""Citation span -> Kind (full, short, ibid, op-cit, personal)."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.model import Kind
from citekit.parse import (
    cues,
    deferred,
    eprints,
    namecues,
    pinpoint,
    plainimprint,
    reviews,
    titlespans,
    uregex,
)
from citekit.parse.archives import names_archive_siglum
from citekit.parse.bluebook import parse_bluebook, short_periodical
from citekit.parse.capitalsdate import capitals_author_date
from citekit.parse.cases import reported_case
from citekit.parse.context import HEREAFTER_ANYWHERE_RE, Context
from citekit.parse.describeditem import parse_described_item
from citekit.parse.heldmanuscript import parse_held_manuscript
from citekit.parse.ibidbracket import bracketed_ibid
from citekit.parse.inherit import part_of_previous
from citekit.parse.letterhead import after_letter_head
from citekit.parse.paperfirst import paper_first
from citekit.parse.partin import part_in_pointed_book, titled_part_in_edited_book
from citekit.parse.patterns import (
    COLLECTION_NAME_RE,
    CONFERENCE_RE,
    DITTO_DASHES_RE,
    DOI_RE,
    HEREAFTER_RE,
    IMPRINT_PAREN_RE,
    REPORT_RE,
    REPOSITORY_RE,
    THESIS_RE,
    UNPUBLISHED_RE,
    URL_RE,
    YEAR_RE,
    find_supra,
)
from citekit.parse.restatements import is_restatement
from citekit.parse.shortforms import is_author_date, is_statute
from citekit.parse.titleonly import title_and_pages
from citekit.parse.web import is_web_citation

# a reference list's dash before a comma stands for the author too, alone or with co-authors
# and a year after it ("——, 2007: Title.", "——, and C. J. Wild, 1996: Title."; two dashes
# or one where a PDF's text has lost the rule's length)
DITTO_START_RE = re.compile(rf"(?:{DITTO_DASHES_RE.pattern})\.?\s|[—–-]{{1,2}},\s")
# what follows a year that dates a work: the end of a part, a bracket, a page range's dash
# (a bracket closed by the year ends a date, unless words of the title go on after it:
# "Peter Merian (1795-1883) als Förderer"), a labelled pinpoint with no comma before it
# (Norwegian and Danish law: "Knopf 1982 s. 184", "Beacon 1985 kap. 10")
PINPOINT = rf"(?:{pinpoint.LABELS})\s?\d"  # "s. 184", "kap. 10": a labelled pinpoint
DATE_END_RE = deferred.compile(
    rf"""(?:\s*[-–/]\s*\d{{2,4}}[a-z]?)?         # the end of a range: "1929–1969"
    (?:\s+(?:r|rok|roku|г|гг|год)\b\.?)?      # "2014 r.", "1908–1920 гг."
    \s*(?:[,.;:(\]*/]|\)(?!\s+(?!{PINPOINT})[a-zß-ÿ])|$  # "(1963) s. 273": a pinpoint
    |(?<=\s){PINPOINT})                          # "1982 s. 184": the pinpoint follows""",
    re.VERBOSE,
)
# "*Lanz*, in: Meier/Roth, Recht am Fluss, S. 45": the book a part is in, its editors and title
IN_EDITED_BOOK_RE = re.compile(r"(?:^|[,.]\s)in:\s+[^,*]{2,80},\s+[*“\"„«]?[A-Z]")


# German history styles print a short form's family names alone in small capitals (bold or
# italic once read): "**Meinhardt**/**Ranft**: Die Sozialstruktur, S. 418"; a first citation
# gives the given names too ("Weick, Gabriel: …")
MARKED_FAMILY_COLON_RE = re.compile(
    r"^(\*{1,2})[A-ZÀ-Ý][\w'’-]+\1(?:/(\*{1,2})[A-ZÀ-Ý][\w'’-]+\2)*:\s+\S"
)


# the author's given names or initials, the family name and a colon, then the title: "E. D.
# Starbuck: The Psychology …", "F. Max Müller: Ramakrishna …", "Furneaux Jordan: Character …".
# A short form names the author by the family name alone ("Straßner: Medienwissenschaft"), so
# a note that writes the whole name before the title cites the work in full, undated or not
GIVEN_FAMILY_COLON_RE = re.compile(
    rf"^(?!(?i:{lexicons.alternation(lexicons.words('title_articles'))})\s)"  # not "Die Zeit: …"
    r"(?:[A-ZÀ-Ý]\.\s?|[A-ZÀ-Ý][a-zß-ÿ'’-]+\s+){1,3}(?:(?:von|van|de|v\.)\s+)?"
    r"[A-ZÀ-Ý][a-zß-ÿ'’-]+:\s+[*“\"‘]?[A-ZÀ-Ý]"
)


def ditto_end(text: str) -> int:
    """Where a same-author mark ends ("______. Title", "eadem, Title", "Id., Title"), or 0."""
    match = DITTO_START_RE.match(text) or namecues.SAME_AUTHOR_RE.match(text)
    return match.end() if match else 0


def classify(text: str, context: Context) -> Kind:
    """What sort of reference TEXT is."""
    edition = after_letter_head(text)
    if edition and classify(edition, context) is Kind.SHORT:
        return Kind.SHORT  # "Darwin to Hooker, 23 July 1858, *Correspondence*, 7:133"
    if cues.is_ibid(text) and not _idem_with_title(text):
        return Kind.IBID
    if bracketed_ibid(text) is not None:
        return Kind.IBID  # "„Klamra” (tamże, s. 14-15) pisze": the name, then its ibid.
    if cues.is_opcit(text) and not (
        IMPRINT_PAREN_RE.search(text) or titled_part_in_edited_book(text)
    ):
        return Kind.OP_CIT  # not "« Chapter », in X (dir.), *Book*, op. cit.": the book is
    if cues.is_personal(text):
        return Kind.PERSONAL
    if part_in_pointed_book(text):
        return Kind.FULL  # "Bevilacqua: „Title“, in: Cahan (Hg.): Helmholtz (wie Anm. 13), …"
    if find_supra(text) or _uses_hereafter(text, context) or is_author_date(text):
        return Kind.SHORT  # "Smith, supra note 3", "RG 59, NA", "Black 2001, 135"
    if capitals_author_date(text):
        return Kind.SHORT  # "ORLANDI, 2015, p. 26"
    if titled_part_in_edited_book(text):
        return Kind.FULL  # "« Chapter », in X (dir.), *Book…*, op. cit.": the part is new
    if short_periodical(text):
        return Kind.SHORT  # "Wittow, 14 J. Internet L. 1": an article's Bluebook short form
    if MARKED_FAMILY_COLON_RE.match(text) and not IN_EDITED_BOOK_RE.search(text):
        return Kind.SHORT  # "**Weick**: Wohnungsmarkt, S. 104": the family name alone, marked
    if _ellipsis_short(text):
        return Kind.SHORT  # "J. Baumgarten, Relations … (Venise, 1593)..., s. 149": Polish habit
    if reviews.short_review(text):
        return Kind.SHORT  # "CANAL, Compte rendu. Fiol, *Leviatán*, 2019, p. 3": no periodical
    if paper_first(text) is not None:
        return Kind.FULL  # "*Atlanta Daily World*, “Boycott … Urged.”": a paper's piece, whole
    if _bibliography_head(text):
        return Kind.FULL  # "Nelson, Robert K. *Mining the Dispatch*.": a bibliography's entry
    if text.rstrip(". ")[-1:].isdigit() and FAMILY_TITLE_PAGES_RE.match(text):
        return Kind.SHORT  # 'Beckert, "Emancipation and Empire," 1408–10': pages, no year
    if GIVEN_FAMILY_COLON_RE.match(text):
        return Kind.FULL  # "E. D. Starbuck: The Psychology of Religion, pp. 224": named whole
    return Kind.FULL if _stands_alone(text, context) or is_web_citation(text) else Kind.SHORT


# a family name, a comma, the given names (or initials) and the full stop that closes them,
# then a marked title: a bibliography's entry typed into a note ("Nelson, Robert K. *Mining
# the Dispatch*"). Short forms give the family name alone, but for ISO 690's (_bibliography_head)
INVERTED_HEAD_RE = uregex.compile(
    r"[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][\w'’-]*\.?(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|[A-Z]\.))*(?<=\.)\s+[*“\"‘_]"
)


def _bibliography_head(text: str) -> bool:
    """Does TEXT give an inverted whole name and a marked title and nothing after it? ISO 690
    writes its short forms so too, but with the family name in capitals and a page after the
    title ("DONNE, John. *The Variorum Edition*, с. 284")."""
    head = INVERTED_HEAD_RE.match(text)
    if head is None or text.split(",", 1)[0].isupper():
        return False
    title = titlespans.titles(text)
    return bool(title) and not text[title[0].end() :].strip(" .,;*")


# a family name (or two), a quoted or italic title, pages: Chicago's short form, whose page
# range may read like years ("1408–10"); a first citation gives the given names (a year
# alone, "Smith, *Book*, 1998", may date a work)
FAMILY_TITLE_PAGES_RE = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?,\s+"
    r"(?:“[^”]+”|\"[^\"]+\"|‘[^’]+’|\*[^*]+\*),?\s+"
    r"(?!(?:1[5-9]|20)\d\d\.?$)\d+(?:\s*[–-]\s*\d+)?\.?$"  # not a year alone
)


# the ellipsis that stands for the rest of a short form, then its pinpoint or nothing
ELLIPSIS_END_RE = re.compile(r"(?:\.\.\.|…)\*?(?=,\s|\.?\s*$)")


def _ellipsis_short(text: str) -> bool:
    """A title cut short by an ellipsis ("Cries Unheard..., s. 158"), nothing dated after it:
    Polish notes write a short form so, in plain text too."""
    found = ELLIPSIS_END_RE.search(text)
    return found is not None and not YEAR_RE.search(text, found.end())


def _idem_with_title(text: str) -> bool:
    """The same author, a new work: "Idem, *Another Book* (…)", "Id., Storia, Roma, 2011"."""
    folded = text.lstrip("*").casefold()
    if not (
        folded.startswith(("idem", "id.,", "ders", "dies")) or namecues.SAME_AUTHOR_RE.match(text)
    ):
        return False
    rest = text.lstrip("*").split(",", 1)[1] if "," in text else ""
    return titlespans.has_title(text) or _new_work_follows(rest)


def _new_work_follows(rest: str) -> bool:
    """After "Id.,": words and a year, not a bare pinpoint ("Id., p. 45")."""
    words = rest.split()
    return (
        len(words) >= 4
        and bool(YEAR_RE.search(rest))
        and not cues.locator_only(rest)
        and words[0][:1].isupper()
    )


ANNOUNCING_WORDS = ("hereafter", "doravante")  # "…, doravante citado como PMC"


def _announcing(text: str) -> bool:
    low = text.casefold()
    return any(word in low for word in ANNOUNCING_WORDS)


def _uses_hereafter(text: str, context: Context) -> bool:
    """A citation in the short form an earlier note announced ("hereafter Chernyaev Papers")."""
    if not context.hereafter:
        return False  # the document announces no short form (the cheap test first)
    if _announcing(text) or HEREAFTER_ANYWHERE_RE.search(text):
        return False  # the citation that announces the short form
    spaced = " ".join(text.split())
    return any(cues.mentions(spaced, h) for h in context.hereafter)


def _stands_alone(text: str, context: Context) -> bool:
    """Enough detail to find the work: imprint, journal data, URL, repository, ..."""
    if part_of_previous(text):
        return True  # "« Chapter », *ibid.*, p. 471-509": a new part of the book just cited
    if _announcing(text) and HEREAFTER_RE.search(text):
        return True  # "…, 4412, hereafter cited as Dahl album": it announces its short form
    if HEREAFTER_ANYWHERE_RE.search(text):
        return True  # "… Kolekcja archiwalna Antoniego Stańki [dalej KS] 37-II": so does a bracket
    if IMPRINT_PAREN_RE.search(text) or URL_RE.search(text) or DOI_RE.search(text):
        return True
    if eprints.names_eprint(text):
        return True  # "R. M. Wald, Title, arXiv:gr-qc/9710068": the preprint's identifier
    if parse_held_manuscript(text) is not None:
        return True  # "Moscow, State Historical Museum, MS gr. 129D, fol. 67r": its holder named
    if parse_described_item(text) is not None:
        return True  # "Politburo resolution …, RGASPI, f. 17, op. 3, d. 883": item, archive, units
    if plainimprint.has_plain_imprint(text) or plainimprint.ends_with_plain_imprint(text):
        return True  # "Сб. документов. Новосибирск: Наука, 1978", "Title. Paris: Seuil, 1990"
    if parse_bluebook(text) is not None or reported_case(text):
        return True  # "Read v J Lyons & Co Ltd [1947] AC 156 (HL) 173": a case, reported
    if is_statute(text) or is_restatement(text):
        return True  # "Coastal Fisheries Regulations 2004 s 12": a statute names itself whole
    if THESIS_RE.search(text) or REPORT_RE.search(text) or CONFERENCE_RE.search(text):
        return not title_and_pages(text)  # "*Lake Erie Report*, 2" cites it again
    if IN_EDITED_BOOK_RE.search(text):
        return True  # a part of a book named with its editors (German law cites no year)
    if cues.is_archival(text) or names_archive_siglum(text, context.abbreviations):
        # one that announces its own short form is a first citation
        return (
            bool(HEREAFTER_ANYWHERE_RE.search(text))
            or _names_repository(text, context)
            or names_archive_siglum(text, context.abbreviations)
        )
    titles = titlespans.titles(text)
    if len(titles) >= 2 and (
        YEAR_RE.search(text) or UNPUBLISHED_RE.search(text) or _ends_with_container(text, titles)
    ):
        return True  # "“Article,” *Journal* 12 (2003)", "“Article,” *Journal*, forthcoming"
    if titles and UNDATED_IMPRINT_RE.search(text):
        return True  # "“Chapter,” In *Book*, ed. X, (New York: Oxford University Press), 343"
    return (
        _dated(text)
        and (bool(titles) or namecues.starts_with_name(text) or bool(ditto_end(text)))
        and not cues.locator_only(text)
    )


# a place and its publisher in brackets, the year left out: an imprint, which no short form
# repeats ("(New York: Oxford University Press)", "(Paris: Seuil)")
UNDATED_IMPRINT_RE = uregex.compile(r"\((?:[A-Z][^():;,\d]{1,40}):\s*[A-Z][^():;\d]{2,80}\)")


def _ends_with_container(text: str, titles: tuple[re.Match[str], ...]) -> bool:
    """Does a quoted title come before an italic one that ends TEXT? A short form never
    names the periodical or book its article or chapter is in."""
    last = titles[-1]
    if not last.group().startswith("*") or text[last.end() :].strip(" .,;"):
        return False
    return any(t.group()[:1] in '“"‘«' for t in titles[:-1])


def _dated(text: str) -> bool:
    """Does a year stand where a date does, ending a part of the citation ("Basel 1991,",
    "(2003)", "2017.")? A year that words follow is part of a title: "Peter Merian
    (1795-1883) als Förderer …, Kap. 13", "im Zeitalter von 1848 bis heute, S. 4"; so is a
    year inside a marked title ("De Vries, *Nederland 1500-1815*, 460")."""
    start, end = _period_in_title(text) or (0, 0)
    for year in YEAR_RE.finditer(text):
        date_end = DATE_END_RE.match(text, year.end())
        if (
            not date_end
            or start <= year.start() < end
            or NUMBER_LABEL_END_RE.search(text, max(0, year.start() - 8), year.start())
        ):
            continue
        if date_end.group().endswith("*") and _in_marked_title(text, year.start()):
            continue  # the closing "*" of the title the year stands in
        return True
    return False


def _in_marked_title(text: str, at: int) -> bool:
    return any(t.start() < at < t.end() for t in titlespans.titles(text))


# a label before a number that looks like a year: a letter's, item's or page's number, no date
# ("Anderson, no. 1547", "letter 1888", "p. 1602")
NUMBER_LABEL_END_RE = deferred.compile(r"(?:\b(?:nos?|Nr|pp?|letters?)\.?|№)\s?$")


# ", 1500–1815" ending a plain title (a pinpoint may follow): a period, no date of publication
PERIOD_RE = re.compile(
    r",\s+(?P<start>\d{4})\s*[–-]\s*(?P<end>\d{4})\s*(?:[;.]|,\s*(?:pp?\.\s*)?\d|$)"
)
PERIOD_YEARS = 50  # a run of volumes seldom spans this long; a period studied often does


def _period_in_title(text: str) -> tuple[int, int] | None:
    """Where a long period after a comma closes a plain title ("Karp and Sutcliffe, The
    Early Modern World, 1500–1815, pp. 329–40"); None where there is none, or parentheses."""
    period = PERIOD_RE.search(text) if "(" not in text else None
    if period is None or int(period.group("end")) - int(period.group("start")) < PERIOD_YEARS:
        return None
    return period.start("start"), period.end("end")


def _names_repository(text: str, context: Context) -> bool:
    if REPOSITORY_RE.search(text):
        return True
    if any(abbr in text.split() or f"{abbr}," in text for abbr in context.abbreviations):
        return True
    hereafter = {w for h in context.hereafter for w in h.replace(",", " ").split()}
    sigla = [m.group() for m in cues.SIGLUM_RE.finditer(text) if m.group() not in hereafter]
    return bool(sigla) and bool(COLLECTION_NAME_RE.search(text))  # "HIA, Stepanov Papers"
