"""What follows the title in a reference-list entry: journal, book, editors, imprint, links.

Journal articles in Chicago ("*Journal* 32, no. 2 (2008): 301–41"), APA ("*Journal*, 254(5032),
716"), MLA ("*Journal*, vol. 32, no. 2, 2008, pp. 301–41") and Vancouver ("Journal.
2008;32(2):301–41"); chapters "In *Book*, edited by …"; books "Place: Publisher, Year".
"""

from __future__ import annotations

import re

from citekit.parse import (
    deferred,
    refacs,
    refbook,
    refeditors,
    refimprint,
    refjahrgang,
    refmeeting,
    refperiodical,
    refseries,
    reftail,
    refvancouver,
    refvenue,
    refvolumepart,
    refwebpage,
    uregex,
)
from citekit.parse.imprint import MONTH_NUMBERS
from citekit.parse.mlabook import publisher_before_year
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import YEAR_WORD_RE
from citekit.parse.proceedings import meeting_bracket, trailing_place
from citekit.parse.refbookbody import (
    EDITED_BY_RE,
    MEETING_RE,
    PROCEEDINGS_RE,
    book_numbers,
    read_book,
    read_edition,
    read_editors,
    take_year,
)
from citekit.parse.reflinks import read_links

PAGES_RE = deferred.compile(r"\b(?:pp?\.\s*)?(?P<pages>\d+\s*[–-]+\s*\d+|(?<=p\. )\d+)\b")
ARTICLE_RES = (
    # Chicago: Journal 32, no. 2 (2008): 301–41 | Journal 18, nos. 5-6 (2003): 513–62 |
    # Journal 32 (2008): 301 | MLA 7: Journal 40.1 |
    # older: Journal, XLIII (January, 1965), pp. 49-62 | in Journal, 30, 2 (2010), pp. 125-44
    uregex.compile(
        r"^(?:in\s+)?(?P<journal>[^:]+?(?::\s[^:]+?)?),?\s+(?:[Vv]ol\.\s*(?=[IVXLC]))?"
        r"(?:(?P<volume>\d+|[IVXLC]+(?=\s\([^)]*\)(?:,\s*pp?\.|:\s*\d|[.,]?\s*$)))"
        r"(?:\.(?P<dotted>\d+))?|(?=nos?\.))"
        r"(?:(?:,?\s*nos?\.\s*|,\s(?=\d{1,4}\s\())(?P<number>[\w/–-]+))?"
        r"\s*\((?P<date>[^)]*\b(?:1[5-9]|20)\d\d\b[^)]*)\)(?:(?::|,\s*pp?\.)\s*(?P<pages>[\w–-]+))?"
    ),  # fmt: skip
    # author-date: Journal 126 (1): 182–91 | PLoS's article number: PLoS Genet 9: e1003235
    uregex.compile(
        r"^(?P<journal>[^:]+?),?\s+(?P<volume>\d+)(?:\s*\((?P<number>[^)]+)\))?:\s*"
        r"(?P<pages>(?:[1-9]|e(?=\d))[\w–-]*)"
    ),
    # MLA: Journal, vol. 32, no. 2, 2008, pp. 301–41 | Journal, vol. 3, nos. 3-4, 2012, p. 45
    uregex.compile(
        r"^(?P<journal>[^,]+?),\s+vol\.\s*(?P<volume>\w+)(?:,\s*nos?\.\s*(?P<number>[\w/–-]+))?"
        r"(?:,\s*(?P<date>[^,]*\d{4}))?(?:,\s*(?:pp?\.|pages?)\s*(?P<pages>[\w–-]+))?"
    ),  # fmt: skip
    # Vancouver: Journal. 2008;32(2):301–41 | Journal. 2008 Mar;32:301
    uregex.compile(
        r"^(?P<journal>[^;]+?)\.?\s+(?P<date>\d{4}[^;:]*)"
        r"(?:;\s*(?P<volume>\w+)(?:\((?P<number>[^)]+)\))?(?::\s*(?P<pages>[\w–-]+))?"
        r"|:\s*(?P<pages2>\d[\w–-]*))(?=[.,]?\s|[.,]?$)"
    ),  # fmt: skip
    # APA and Harvard: Journal, 254(5032), 716 | Journal, 12(3), pp. 1–9
    uregex.compile(
        r"^(?P<journal>[^()]+?),\s+(?P<volume>\d+)(?:\s?\((?P<number>[^)]+)\))?"
        r"(?:,\s*(?:pp?\.\s*)?(?P<pages>[A-Za-z]?\d[\w–-]*))?(?=[.,]?\s*$|[.,]\s)"
    ),  # fmt: skip
    # ABNT (Brazil, Portugal): Journal, Place, v. 21, n. 42, p. 77-99, 2001 | Journal, n. 19,
    # p. 33-62, jan./mar. 2001: the labels "v." and "n." say volume and issue
    uregex.compile(
        r"^(?=.*,\s[vn]\.\s?\d)(?P<journal>[^,]+?)(?:,\s+(?P<place>[A-Z][^,\d]{1,40}?))?"
        r"(?:,\s+v\.\s*(?P<volume>\d[\w-]*))?(?:,\s+n\.\s*(?P<number>\d[\w/–-]*))?"
        r"(?:,\s+p\.\s*(?P<pages>\d[\w–-]*))?"
        r",\s+(?P<date>[^,]*\b(?:1[5-9]|20)\d\d)[.,]?\s*$"
    ),  # fmt: skip
    # science lists: Journal, 2(1) 39-66, 1993 | Journal, 22, 597-603, 2004 | Journal, Vol. 24,
    # No. 111, pp. 713-735 (1970) | Phys. Rev. Lett. 83, 3370 (1999) | Computer 20 (1987)
    uregex.compile(
        r"^(?P<journal>[^\d()]+?)[,.]?\s+(?:[Vv]ol(?:ume)?\.?\s*)?(?P<volume>\d+)(?![\d–-])"
        r"(?:\s*\(|,?\s*(?:[Nn]o|[Nn]r|[Ii]ssue)\.?\s*)?(?P<number>(?<=[(.\s])\d+(?=\)|,))?\)?"
        r"(?:[,:]?\s*(?:pp?\.|pages)?\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?))?"
        r"(?:(?:,\s*|\s*\()(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d)\)?)?[.,]?\s*$"
    ),  # fmt: skip
)
# after a quoted title, MLA's book with no "In": a sentence without numbers but a year, then its
# editors ("Ed. A. C. Collins") or its imprint ("Basingstoke: Palgrave Macmillan, 2005")
BOOK_SENTENCE_RE = deferred.compile(
    r"^(?:[^.\d]|(?<!\d)\d{4}(?!\d)){3,200}?(?<=[^\s.]{2})\.\s+"
    r"(?=(?:Eds?\.|Edited\s+by)\s|[^.,:\d]{2,40}:\s[^.:\d]*?\b(?:1[5-9]|20)\d\d\b)"
)
# an issue's theme between a journal's name and its numbers: "Journal, Special Issue: Belief
# Change, 17(3)", "Journal: Special Issue on Scheduling, Planning, and Control, 23(6)"
SPECIAL_ISSUE_RE = deferred.compile(r"(?:[,:]\s*|\s)Special\s+Issue\b(?!,)[^()\d]*?(?=,?\s*\d)")
# an arXiv preprint: "arXiv preprint arXiv:1412.7054", "arXiv:1402.4587 [cond-mat]"
ARXIV_RE = deferred.compile(
    r"arXiv(?:\s+preprint)?\s*(?:arXiv)?:?\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)"
)
# "In", and its word in other languages: "Dans", "En" (Spanish), "Em:" (Portuguese), "W:" (Polish)
IN_RE = deferred.compile(r"^(?:In|in|Dans|dans|En|Em(?=:)|W(?=:))\s*:?\s+")
# a book's name, then a part's pages in parentheses (APA's entry in an encyclopedia with no
# "In"): "World book encyclopedia. (pp. 150-155). Chicago: World Book."
PART_PAGES_RE = deferred.compile(
    r"^(?P<book>[^()]{3,200}?)[.,]?\s+\(pp?\.\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?)\)[.,]?\s*(?P<after>.*)$"
)
# the periodical after a piece dated by its issue, then its page: "The Age: Extra, p. 6", "The
# Atlantic" (not a talk's "Paper presented at …", a book's "In", a list archive's publisher)
ISSUE_PIECE_RE = deferred.compile(
    r"^(?!(?:Paper|Poster)\s+presented\b|In\b)(?P<name>[^.,()\d]{2,80}?)(?:[.,]\s+(?P<after>.*)|[.,]?$)"
)
# a chapter's pages in parentheses between its title and its book's "In": "(78-96) in"
# (ASA and Chicago author-date print them bare: "Pp. 33–49 in Book, edited by …")
LEAD_PAGES_RE = deferred.compile(
    r"^(?:\((?:pp?\.\s*)?(?P<pages>\d+\s*[–-]+\s*\d+)\)[.,]?|[Pp]p?\.\s*(?P<bare>\d+\s*[–-]+\s*\d+))"
    r"\s+(?=(?:In|in)\b)"
)
WHOLE_PAREN_RE = deferred.compile(
    r"^\((?P<inner>[^()]*)\)\.?$"
)  # what follows a title, all in brackets
ITALIC_RE = deferred.compile(r"^\*(?P<text>[^*]+)\*")
# an italic container after a quoted title, behind a short label ("Video, 2:01.", "Paper.")
CONTAINER_RE = deferred.compile(
    r"^(?:[^*.]{0,40}\.\s+)?\*(?P<container>[^*]+)\*(?P<after>(?:[,.\s].*)?)$"
)
# Vancouver's imprint after a book's title: ", Mahwah, NJ: Erlbaum; 2000, p. 359–416"
VANCOUVER_IMPRINT_RE = deferred.compile(
    r",\s(?P<place>[^,:.;]+(?:,\s[A-Z]{2,3})?):\s[^:;]+;\s(?:1[5-9]|20)\d\d\b(?!.*:\s[^:;]+;)"
)
# "(New York: Norton, 1995)", "(Cambridge University Press, 2004)"
PAREN_IMPRINT_RE = deferred.compile(
    r"^\s*\((?P<imprint>[^()]*(?::\s|,\s(?:1[5-9]|20)\d\d\b)[^()]*)\)"
)
# a book's place and publisher alone in parentheses closing an entry whose year stood after
# its names (astronomy's "Dopita, M. A. 2003, Title (Berlin: Springer)"; "Jain, N., 1986,
# ‘Title’, in D.R. Goyal, ed, Book (Delhi: Ajanta Publications)")
PAREN_PLACE_PUBLISHER_END_RE = deferred.compile(
    r"\s\((?P<imprint>[A-Z][^():]{1,60}:\s?[A-Z][^():]{1,80}?)\s?\)\.?$"
)
PAGES_LABEL_RE = deferred.compile(r"\bpp?\.\s*\d")
# a container that opens with a proceedings word: "Proceedings of the …", "in the Proc. of …"
SOCIETY_RE = deferred.compile(
    r"\b(?:Acad(?:emy|\.|$)|Society|Soc(?:\.|$)|Royal)", re.IGNORECASE
)  # a society's journal ("Proc. Am. Thorac. Soc.": the name's last stop is cut before this)
# a talk or poster and the meeting it was given at: "Paper presented at NWAV 41", "Poster
# session presented at the Annual Meeting of …" (the meeting is its container)
PRESENTED_RE = deferred.compile(
    r"^(?:Paper|Poster(?:\s+session)?|Talk|Presentation)\s+(?:presented|given|delivered)\s+at\b"
)
PROCEEDINGS_FIRST_RE = deferred.compile(
    rf"^(?:in\s+)?(?:the\s+)?(?={PROCEEDINGS_RE.pattern})", re.I
)


def parse_body(
    rest: str,
    fields: dict[str, str],
    *,
    whole: bool = False,
    quoted: bool = False,
    issue: bool = False,
) -> str:
    """Fill `fields` from the text after the title; returns the entry type.

    `whole`: the title was printed in italics, as a book's is: no journal follows it.
    `quoted`: the title was in quotation marks, as a part of a larger work is.
    `issue`: the entry is dated by day and month (APA's newspaper or magazine piece).
    """
    rest = SPECIAL_ISSUE_RE.sub("", read_links(rest, fields)).lstrip(" ,.")
    rest = WHOLE_PAREN_RE.sub(r"\g<inner>", rest)  # "“Title”. (Wiley, 2000).": the imprint
    rest = meeting_bracket(rest, fields)  # "Proceedings of CHI 90 (Seattle, …, 1990)": where it met
    lead = LEAD_PAGES_RE.match(rest)
    if lead:  # "‘Chapter’ (78-96) in G.R. Evans (eds.), Book": the chapter's pages first
        fields["pages"] = full_pages(lead.group("pages") or lead.group("bare"))
        rest = rest[lead.end() :]
    paper = ISSUE_PIECE_RE.match(rest) if issue and not whole else None
    # "(2016, March 22). Title. The Atlantic. Retrieved from …": the periodical, then a page
    if paper and re.match(r"(?:\D*\d|$)", paper.group("after") or ""):
        fields["journal"] = paper.group("name").strip(" .,")
        book_numbers(paper.group("after") or "", fields, titled=False)
        return "article"
    preprint = ARXIV_RE.match(rest)
    if preprint:  # "arXiv preprint arXiv:1412.7054, 2014": a preprint, its identifier
        fields.update(eprint=preprint.group("id"), eprinttype="arxiv")
        take_year(rest, fields)
        return "misc"
    if not whole and PRESENTED_RE.match(rest):
        return _chapter(rest, fields)  # "Paper presented at NWAV 41": the meeting, no journal
    spoken = refmeeting.talk(rest, fields) if quoted else None
    if spoken:  # "‘Title’, *Bitfin Conference*, Dublin, 3-4 July 2014": a talk given there
        return spoken
    italic = rest.startswith("*")  # an italic journal's name may hold a colon
    if quoted and BOOK_SENTENCE_RE.match(rest):
        # MLA's “Chapter.” Book. Ed. A. Name. City: Publisher; Chicago's ‘Chapter’. In Book. …
        return _chapter(IN_RE.sub("", rest, count=1), fields)
    imprint = None if quoted else refseries.imprint_after_series(rest)
    if imprint is not None:  # "Book. Series Name, 5. Publisher, 1972": no journal's volume
        read_book(imprint, fields)
        return "book"
    tail = None if whole else reftail.periodical(rest.replace("*", ""))
    if tail:
        return _sentence_to_title(_periodical(*tail, fields), fields, not quoted)
    for found in ARTICLE_RES:
        match = found.match(rest.replace("*", ""))
        if match and _plausible_article(match, italic) and (not whole or _certain(match)):
            return _sentence_to_title(_article(match, fields), fields, not whole and not quoted)
    part = None if whole else PART_PAGES_RE.match(rest)
    if part:  # APA without "In": "Chapter. Encyclopedia americana. (p. 600). New York: …"
        # "In Proceedings of … (pp. 33-56). Boston: ACM": APA's paper, its book after "In"
        book = IN_RE.sub("", part.group("book"), count=1)  # "In: Eds. A. Jones, Book (pp. 3-9)"
        fields["booktitle"] = refeditors.take_editors(book, fields, marked_first=False).strip(" .,")
        fields["pages"] = full_pages(part.group("pages"))
        read_book(part.group("after"), fields, titled=True)
        return "inproceedings" if _proceedings(fields["booktitle"]) else "incollection"
    if IN_RE.match(rest):
        inside = IN_RE.sub("", rest, count=1)
        issue = None if whole else reftail.periodical(inside.replace("*", ""))
        if issue and _issue_numbers(issue[1], inside) and not PROCEEDINGS_RE.search(issue[0]):
            return _periodical(*issue, fields)  # "In J. ACM 27(4) pp. 633-655": an issue's
        german = refjahrgang.read(inside)
        if german:  # "In: Verwaltung und Management. 10. Jg. (2004), Heft 4, S. 192-195."
            return _periodical(*german, fields)
        acs = refacs.chapter(inside, fields)  # "In Book; Smith, D., Ed.; Wiley: New York, …"
        if acs is not None:
            read_book(acs, fields, titled=True)
            return "inproceedings" if _proceedings(fields["booktitle"]) else "incollection"
        return _chapter(inside, fields)
    if not whole and refbook.leading_editors(rest):  # "Moss, B. and Hale, N., eds., Book, …"
        return _chapter(rest, fields)
    if PROCEEDINGS_FIRST_RE.match(rest):
        return _chapter(PROCEEDINGS_FIRST_RE.sub("", rest, count=1), fields)
    if not whole and MEETING_RE.search(rest[: refbook.title_end(rest)]):
        return _chapter(rest, fields)  # "IEEE Conference on Software Maintenance, Orlando, …"
    imprint = VANCOUVER_IMPRINT_RE.search(rest)
    if imprint and imprint.start() > 0 and PAGES_LABEL_RE.search(rest[imprint.end() :]):
        return _chapter(rest, fields)  # "Coherence II. Style, Chicago: UCP; 1990, p. 81–95"
    container = None if whole else CONTAINER_RE.match(rest)
    if container:
        return _container(container, fields)
    if quoted and (EDITED_BY_RE.search(rest) or PAGES_LABEL_RE.search(rest)):
        return _chapter(rest, fields)  # plain text: “Chapter.” Book, edited by …, pp. 3–9
    venue = refvenue.emphasised(rest) if quoted and "*" not in rest else None
    if venue is not None:  # plain text: “Article.” Periodical, June 12, 2000.
        return parse_body(venue, fields, quoted=True)
    named = None if whole else refperiodical.unnumbered(rest, doi=fields.get("doi", ""))
    if named and not PROCEEDINGS_RE.search(named[0]) and not MEETING_RE.search(named[0]):
        fields["journal"] = named[0]  # "Title. Applied Optics, to appear."
        for key, value in named[1].items():
            fields.setdefault(key, full_pages(value) if key == "pages" else value)
        return "article"
    found = refwebpage.dated_page(read_book(rest, fields, quoted=quoted), fields, quoted=quoted)
    return "book" if whole and found == "misc" else found  # an italic title is a book's


BOOK_VOLUME_PAGES_RE = deferred.compile(r",\s*\d{1,2}:\s*\d")  # "Book, 1: 807–944"


def _issue_numbers(numbers: dict[str, str], inside: str) -> bool:
    """Numbers after "In NAME" that an issue of a periodical prints: its number ("27(4)"), or
    a bare volume before a page range ("in Aevum 73: 93-105"; a book labels its "Vol. 3", and
    Chicago parts a book's volume by a comma: "In Obra Completa, 1: 807–944")."""
    if "number" in numbers:
        return True
    unlabelled = "vol" not in inside.casefold() and not BOOK_VOLUME_PAGES_RE.search(inside)
    return unlabelled and "volume" in numbers and "-" in numbers.get("pages", "")


def _container(match: re.Match[str], fields: dict[str, str]) -> str:
    """ "“Title.” *New York Times*, May 2, 2015": a periodical; "*Book*, edited by": a book."""
    after = match.group("after")
    if EDITED_BY_RE.search(after) or PAGES_LABEL_RE.search(after):
        fields["booktitle"] = match.group("container").strip(" .,")
        read_book(after, fields, titled=True)
        return "incollection"
    fields["journal"] = match.group("container").strip(" .,")
    take_year(after, fields)
    return "article"


def _certain(match: re.Match[str]) -> bool:
    """An issue's date and pages: an article even after an italic title (a quirk of some data)."""
    found = match.groupdict()
    return bool(found.get("date") and found.get("pages"))


def _plausible_article(match: re.Match[str], italic: bool = False) -> bool:
    found = match.groupdict()
    if YEAR_WORD_RE.fullmatch(found["volume"] or "") and not found.get("number"):
        return False  # "Norton, 1996", "Review, April 16, 2000, 7": a year, no volume
    # a Vancouver imprint, or Chicago's "134, no. 2 (2005): 131–48" or "104 (1975): 192–233"
    # ("Journal of Experimental Psychology: General 104 (1975): 192–233"), is certain enough
    vancouver = bool(found.get("pages2")) or ";" in match.group()
    vancouver = vancouver or bool(found.get("date") and found.get("pages"))
    # APA's "Journal of Experimental Psychology: General, 103(5), 948–957": a range of pages
    # after a volume, which no "Place: Publisher" prints
    vancouver = vancouver or bool(re.fullmatch(r"\d+\s*[–-]+\s*\d+", found.get("pages") or ""))
    if found["journal"].split()[-1].strip(" .,").casefold() in MONTH_NUMBERS:
        return False  # "*Salon*, March 29, 2000": a date, no volume
    return _plausible_journal(found["journal"], colon=vancouver or italic)


def _plausible_journal(name: str, *, colon: bool = False) -> bool:
    """A journal's name; `colon`: a Vancouver imprint is certain enough for "Journal: Subtitle"."""
    name = name.strip(" .,")
    marks = r"\b(?:In|edited|ed\.)\b" if colon else r"\b(?:In|edited|ed\.)\b|:"
    return 1 <= len(name.split()) <= 14 and not re.search(marks, name)


# a year closing a journal's name: "BMJ 2005, 330, 1347" (the issue's date, not the name)
NAME_YEAR_RE = deferred.compile(r"[,.]?\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?[,;]?$")


def _article(match: re.Match[str], fields: dict[str, str]) -> str:
    # "*Big Data & Society,* (April-June 2014): 1-12": a bracket the name leaves open is the date's
    journal = IN_RE.sub("", match.group("journal"), count=1)  # "…”, in Aevum 73: 93-105"
    name = re.sub(r"[\s,]*\([^()]*$", "", journal).strip(" .,")
    year = NAME_YEAR_RE.search(name)
    if year and year.start() > 0:
        fields.setdefault("year", year.group("year"))
        name = name[: year.start()]
    if _proceedings(name):  # "Proc. Symposium on …, 14: 87-90": a meeting's papers
        fields["booktitle"] = name
        _article_numbers(match, fields)
        return "inproceedings"
    fields["journal"] = name
    if match.groupdict().get("place"):  # ABNT's "Revista do Mar, São Paulo, v. 3": its town
        fields.setdefault("address", match.group("place").strip())
    return _article_numbers(match, fields)


def _article_numbers(match: re.Match[str], fields: dict[str, str]) -> str:
    for name in ("volume", "number"):
        if match.group(name):
            fields[name] = match.group(name).replace("--", "–")
    if match.groupdict().get("dotted"):
        fields.setdefault("number", match.group("dotted"))  # MLA 7's "40.1": volume.issue
    pages = match.group("pages") or match.groupdict().get("pages2")
    if pages:
        fields["pages"] = full_pages(pages)
    date = match.groupdict().get("date") or ""
    year = YEAR_WORD_RE.search(date) or YEAR_WORD_RE.search(match.string[match.end() :])
    if year:  # the issue's date, or a year printed after the pages ("22, 597-603, 2004")
        fields.setdefault("year", year.group())
    return "article"


def _sentence_to_title(entry_type: str, fields: dict[str, str], plain: bool) -> str:
    """ "Title. II. Acta Mathematica 128": a sentence before the periodical's name ends a
    plain title (reftail.split_sentence); after a quoted one it is dropped ("Trans. Name.")."""
    key = "journal" if "journal" in fields else "booktitle"
    before, name = reftail.split_sentence(fields.get(key, ""))
    if before and fields.get("title"):  # untitled ("Nano Lett. 2010, 10"): the name is whole
        fields[key] = name
        if plain:  # "Is it worth it? A look at …": a question closes its own sentence
            stop = "" if fields["title"].endswith(("?", "!")) else "."
            fields["title"] = f"{fields['title']}{stop} {before}"
    return entry_type


def _periodical(name: str, numbers: dict[str, str], fields: dict[str, str]) -> str:
    """A journal, or a conference's proceedings (booktitle), read by reftail."""
    name = IN_RE.sub("", name, count=1)  # "In J. ACM 27(4)": the mark is no part of the name
    proceedings = _proceedings(name)
    fields["booktitle" if proceedings else "journal"] = name
    for key, value in numbers.items():
        fields.setdefault(key, full_pages(value) if key == "pages" else value)
    return "inproceedings" if proceedings else "article"


def _proceedings(name: str) -> bool:
    """A meeting's papers: a name with a conference's word, or one that opens with
    "Proceedings"/"Proc." ("Proc. SPIE", "Proceedings of IJCAI-89") as lists print them; a
    learned society's "Proceedings" is its journal ("Proc. Natl. Acad. Sci.")."""
    if MEETING_RE.search(name):
        return True
    return PROCEEDINGS_FIRST_RE.match(name) is not None and not SOCIETY_RE.search(name)


# Vancouver's volume of a book, a sentence of its own: "The anatomy of madness. Vol. 3. London:"
VOLUME_SENTENCE_RE = re.compile(r"\.\s+Vol\.\s*(?P<volume>\d+|[IVXLC]+)(?=\.\s)")


def _volume_sentence(rest: str, fields: dict[str, str]) -> str:
    """REST without the volume sentence after a Vancouver book's title, the volume taken."""
    found = VOLUME_SENTENCE_RE.search(rest)
    if found is None:
        return rest
    fields.setdefault("volume", found.group("volume"))
    return rest[: found.start()] + rest[found.end() :]


def _chapter(rest: str, fields: dict[str, str]) -> str:
    rest = read_edition(rest, fields)  # "In: Book, Eds., Third Edition. Press": no part of the book
    vancouver = refvancouver.vancouver_editors(rest)
    editors = None if vancouver else refbook.leading_editors(rest)
    if vancouver:
        fields["editor"] = " and ".join(vancouver[0])
        rest = _volume_sentence(vancouver[1], fields)
    elif editors:
        fields["editor"] = read_editors(editors[0])
        rest = editors[1]
    else:
        rest = refeditors.take_editors(rest, fields, marked_first=False)
    rest = refeditors.take_book_people(rest, fields) if "editor" not in fields else rest
    rest = refvolumepart.take_volume_part(rest, fields)  # "Handbook: Vol. 3. Social development"
    italic = ITALIC_RE.match(rest)
    imprint = VANCOUVER_IMPRINT_RE.search(rest)
    if italic:
        fields["booktitle"] = italic.group("text").strip(" .,")
        after = rest[italic.end() :]
    elif imprint:
        fields["booktitle"] = rest[: imprint.start()].strip(" .,")
        after = rest[imprint.start() :]
    else:
        cut = refvenue.booktitle_end(rest) or refbook.title_end(rest)
        closing = PAREN_PLACE_PUBLISHER_END_RE.search(rest, 0, cut) if "year" in fields else None
        if closing and not rest[cut:].strip(" ."):  # "Book (Delhi: Ajanta)": its imprint
            cut = closing.start()
        after = PAREN_IMPRINT_RE.sub(r"\g<imprint>", rest[cut:], count=1)
        # "Book, Mono Book Corp., Baltimore, MD, pp. 267-285": no period closed the book
        book, after = refimprint.publisher_in_title(rest[:cut].strip(" .,"), after)
        fields["booktitle"], after = publisher_before_year(book, after)  # MLA: "Book, Brill, 1980"
    read_book(after, fields, titled=True)
    trailing_place(fields)  # "Proceedings of …, Karlsruhe": where it met
    return "inproceedings" if PROCEEDINGS_RE.search(fields["booktitle"]) else "incollection"
