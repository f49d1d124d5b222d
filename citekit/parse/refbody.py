"""What follows the title in a reference-list entry: journal, book, editors, imprint, links.

Journal articles in Chicago ("*Journal* 32, no. 2 (2008): 301–41"), APA ("*Journal*, 254(5032),
716"), MLA ("*Journal*, vol. 32, no. 2, 2008, pp. 301–41") and Vancouver ("Journal.
2008;32(2):301–41"); chapters "In *Book*, edited by …"; books "Place: Publisher, Year".
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import (
    refbook,
    refeditors,
    refimprint,
    refjahrgang,
    refnames,
    refperiodical,
    refplace,
    reftail,
    refvancouver,
    refvenue,
    uregex,
)
from citekit.parse.imprint import MONTH_NUMBERS, PUBLISHER_WORDS_RE, iso_date
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import UNPUBLISHED_RE

URL_RE = re.compile(r"<?(?P<url>https?://[^\s<>]+[^\s<>.,;)])>?\.?")
DOI_RE = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)(?P<doi>10\.\d{4,9}/[^\s<>]+[^\s<>.,;])", re.I
)
ACCESSED_RE = re.compile(
    r"(?:\b(?:Accessed|Retrieved|Consulté le|Zugriff am|Abgerufen am|cited)\s*(?:on\s*)?)"
    r"(?P<date>[^.;]*?\d{4}|\d{4}[^.;]*?\d{1,2})[\],.;]*(?:\s*,?\s*from\s*)?",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
PAGES_RE = re.compile(r"\b(?:pp?\.\s*)?(?P<pages>\d+\s*[–-]+\s*\d+|(?<=p\. )\d+)\b")
ARTICLE_RES = (
    # Chicago: Journal 32, no. 2 (2008): 301–41 | Journal 32 (2008): 301 | MLA 7: Journal 40.1
    uregex.compile(
        r"^(?P<journal>[^:]+?(?::\s[^:]+?)?),?\s+(?:(?P<volume>\d+)(?:\.(?P<dotted>\d+))?|(?=no\.))"
        r"(?:,?\s*no\.\s*(?P<number>[\w/–-]+))?"
        r"\s*\((?P<date>[^)]*\b(?:1[5-9]|20)\d\d\b[^)]*)\)(?::\s*(?P<pages>[\w–-]+))?"
    ),  # fmt: skip
    # author-date: Journal 126 (1): 182–91
    uregex.compile(
        r"^(?P<journal>[^:]+?),?\s+(?P<volume>\d+)(?:\s*\((?P<number>[^)]+)\))?:\s*(?P<pages>[1-9][\w–-]*)"
    ),
    # MLA: Journal, vol. 32, no. 2, 2008, pp. 301–41
    uregex.compile(
        r"^(?P<journal>[^,]+?),\s+vol\.\s*(?P<volume>\w+)(?:,\s*no\.\s*(?P<number>[\w/–-]+))?"
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
    # science lists: Journal, 2(1) 39-66, 1993 | Journal, 22, 597-603, 2004 | Journal, Vol. 24,
    # No. 111, pp. 713-735 (1970) | Phys. Rev. Lett. 83, 3370 (1999) | Computer 20 (1987)
    uregex.compile(
        r"^(?P<journal>[^\d()]+?)[,.]?\s+(?:[Vv]ol(?:ume)?\.?\s*)?(?P<volume>\d+)(?![\d–-])"
        r"(?:\s*\(|,?\s*(?:[Nn]o|[Nn]r|[Ii]ssue)\.?\s*)?(?P<number>(?<=[(.\s])\d+(?=\)|,))?\)?"
        r"(?:[,:]?\s*(?:pp?\.|pages)?\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?))?"
        r"(?:(?:,\s*|\s*\()(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d)\)?)?[.,]?\s*$"
    ),  # fmt: skip
)
# what introduces a link that has been taken out: "Available at: <url>", "Retrieved from"
# ("Available: <url>", "URL: <url>", "Retrieved from EBL: <url>": a database's name too)
AVAILABLE_RE = re.compile(
    r"\s*\b(?:Available(?:\s+(?:at|from|online))?|Online|URL|Retrieved\s+from(?:\s+[A-Z][\w-]*)?)"
    r"\s*:?\s*(?=[.,]?\s*$)"
)
# after a quoted title, MLA's book with no "In": a sentence without numbers but a year, then its
# editors ("Ed. A. C. Collins") or its imprint ("Basingstoke: Palgrave Macmillan, 2005")
BOOK_SENTENCE_RE = re.compile(
    r"^(?:[^.\d]|(?<!\d)\d{4}(?!\d)){3,200}?(?<=[^\s.]{2})\.\s+"
    r"(?=(?:Eds?\.|Edited\s+by)\s|[^.,:\d]{2,40}:\s[^.:\d]*?\b(?:1[5-9]|20)\d\d\b)"
)
# an issue's theme between a journal's name and its numbers: "Journal, Special Issue: Belief
# Change, 17(3)", "Journal: Special Issue on Scheduling, Planning, and Control, 23(6)"
SPECIAL_ISSUE_RE = re.compile(r"(?:[,:]\s*|\s)Special\s+Issue\b(?!,)[^()\d]*?(?=,?\s*\d)")
# an arXiv preprint: "arXiv preprint arXiv:1412.7054", "arXiv:1402.4587 [cond-mat]"
ARXIV_RE = re.compile(r"arXiv(?:\s+preprint)?\s*(?:arXiv)?:?\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)")
# a book's ISBN, no part of its imprint: "ISBN 978-0-521-63338-3", "ISBN: 0486653633"
ISBN_RE = re.compile(r",?\s*\bISBN(?:-1[03])?:?\s*[\dXx][\dXx -]{8,16}[\dXx]\b\.?")
# a series in parentheses after the publisher: "SBL Press (Ancient Near East Monographs, 21)"
SERIES_RE = re.compile(r"\s*\([^()]*[^\W\d_][^()]*,\s*\d+\)(?=[.,]?\s*$)")
IN_RE = re.compile(r"^(?:In|in|Dans|In:)\s*:?\s+")
# what shows a work is a book: its imprint, edition, volumes or editors (a title and a year
# alone may name a corpus, a report, a talk: BibTeX's misc)
BOOK_FIELDS = frozenset(
    {"publisher", "address", "edition", "volume", "editor", "translator", "isbn", "series"}
)
# a book's name, then a part's pages in parentheses (APA's entry in an encyclopedia with no
# "In"): "World book encyclopedia. (pp. 150-155). Chicago: World Book."
PART_PAGES_RE = re.compile(
    r"^(?P<book>[^()]{3,200}?)[.,]?\s+\(pp?\.\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?)\)[.,]?\s*(?P<after>.*)$"
)
# the periodical after a piece dated by its issue, then its page: "The Age: Extra, p. 6", "The
# Atlantic" (not a talk's "Paper presented at …", a book's "In", a list archive's publisher)
ISSUE_PIECE_RE = re.compile(
    r"^(?!(?:Paper|Poster)\s+presented\b|In\b)(?P<name>[^.,()\d]{2,80}?)(?:[.,]\s+(?P<after>.*)|[.,]?$)"
)
# a chapter's pages in parentheses between its title and its book's "In": "(78-96) in"
LEAD_PAGES_RE = re.compile(r"^\((?:pp?\.\s*)?(?P<pages>\d+\s*[–-]+\s*\d+)\)[.,]?\s+(?=(?:In|in)\b)")
WHOLE_PAREN_RE = re.compile(r"^\((?P<inner>[^()]*)\)\.?$")  # what follows a title, all in brackets
# "edited by", "Ed. by", "Edited and translated by" (the names are the editors')
EDITED_BY_RE = re.compile(
    r"(?:,\s*|\.\s*|^)(?:[Ee]dited(?:\s+and\s+translated)?|[Ee]ds?\.)\s+by\s+"
)
TRANSLATED_RE = re.compile(r"(?:,\s*|\.\s*|^)(?:[Tt]ranslated|[Tt]rans\.)\s+by\s+")
# the names after "edited by" end at a comma before a number or "pp.", or at a sentence's end
NAMES_STOP_RE = re.compile(r",\s*(?=\d|pp?\.|vol\.)|,\s*(?=(?!and\b|et\sal\b)[a-z])|\s\(|$")
# an imprint after an initial's period, which ends no names: ". Boulder: Geological Society"
PLACE_NEXT_RE = re.compile(r"(?<=\.)\s+(?=[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:,\s[A-Z]{2})?:\s)")
SERIAL_NEXT_RE = re.compile(r"(?:and|&|et al|Jr|Sr|[A-Z]\.)\b|(?:and|&)\s")
THESIS_RE = re.compile(
    r"\b(?:PhD|Ph\.D\.|Doctoral|Master'?s|MA|M\.A\.)\s*(?:diss(?:ertation)?|thesis)\.?,?\s*",
    re.IGNORECASE,
)
# "3rd ed.", "Rev. ed.", "(3rd ed.)", "3rd edn" (Harvard), "Third Edition"
EDITION_RE = re.compile(
    r"\(?\b(?P<edition>\d+(?:st|nd|rd|th)?|[Rr]ev(?:ised)?\.?"
    r"|(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s*"
    r"(?:edn\b|ed(?:ition)?\.?|Edition\b)(?:\)|\s|$|(?=[,.]))"
)
ITALIC_RE = re.compile(r"^\*(?P<text>[^*]+)\*")
# an italic container after a quoted title, behind a short label ("Video, 2:01.", "Paper.")
CONTAINER_RE = re.compile(
    r"^(?:[^*.]{0,40}\.\s+)?\*(?P<container>[^*]+)\*(?P<after>(?:[,.\s].*)?)$"
)
# Vancouver's imprint after a book's title: ", Mahwah, NJ: Erlbaum; 2000, p. 359–416"
VANCOUVER_IMPRINT_RE = re.compile(
    r",\s(?P<place>[^,:.;]+(?:,\s[A-Z]{2,3})?):\s[^:;]+;\s(?:1[5-9]|20)\d\d\b(?!.*:\s[^:;]+;)"
)
# "(New York: Norton, 1995)", "(Cambridge University Press, 2004)"
PAREN_IMPRINT_RE = re.compile(r"^\s*\((?P<imprint>[^()]*(?::\s|,\s(?:1[5-9]|20)\d\d\b)[^()]*)\)")
PAGES_LABEL_RE = re.compile(r"\bpp?\.\s*\d")
# a book's pages and volume, labelled: "(pp. 32-42)", "pages 12-23", "p. 6"; "Vol. 3", "volume 193"
BOOK_PAGES_RE = re.compile(
    r"\(?\b(?:pp?\.|[Pp]ages?|S\.(?=\s*\d))\s*(?P<pages>\d+(?:\s*[–-]+\s*\d+)?)\b\)?"
    r"(?!\s*(?:pp|S)\b)"
)
# a book's count of pages, its number first: "368 pp.", "248p.", "217 p.", "312 S." (what a
# reference list prints as the work's pages)
PAGE_TOTAL_RE = re.compile(
    r"(?<![\w.–-])(?P<pages>[1-9]\d{0,3})\s?(?:pp|p|S|pages)\.?(?=[\s,.;)]|$)"
)
BOOK_VOLUME_RE = re.compile(r"\b(?:[Vv]ol(?:ume)?\.?)\s*(?P<volume>\d+)\b,?")
# a part's pages printed bare after its book's imprint: "Academic Press. 47-73.", "1991, 281–98."
BARE_RANGE_RE = re.compile(r"(?<![\w/.:-])(?P<pages>\d{1,5}\s*[–-]\s*\d{1,5})(?![\w/-])")
# a report's kind and number before its institution: "Technical Report TR 95-50, ", "Tech. rep. "
REPORT_RE = re.compile(
    r"\b(?:Technical|Tech\.)\s+[Rr]ep(?:ort|\.)?(?:\s+(?:No\.?\s*)?(?:[A-Z]+\s)?[\w/-]*\d[\w/-]*)?,?\s*"
)
# a meeting's date closing a proceedings entry: ", June 1994", ", April 8-11, 1991", ", 1993"
MEETING_DATE_RE = re.compile(
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?)(?:\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)?)?,?\s*(?:1[5-9]|20)\d\d$"
)
# where it met: "Orlando, FL", "Washington, D. C.", "Brussels, Belgium", "Karlsruhe"
MEETING_PLACE_RE = uregex.compile(
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:,\s*(?:[A-Z]\.\s?[A-Z]\.?|[A-Z][\w'’-]+))?"
)
# a conference's proceedings: "Proceedings of …", "Proc. of HPCA-1" (lexicons/proceedings_words)
PROCEEDINGS_RE = re.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('proceedings_words'))}(?!\w)", re.IGNORECASE
)
# a meeting named in a periodical-looking container: "Symposium", "Conf." (conference_words)
CONFERENCE_RE = re.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('conference_words'))}(?!\w)", re.IGNORECASE
)
# a container that opens with a proceedings word: "Proceedings of the …", "in the Proc. of …"
SOCIETY_RE = re.compile(
    r"\b(?:Acad(?:emy|\.)|Society|Soc\.|Royal)", re.IGNORECASE
)  # a society's journal
PROCEEDINGS_FIRST_RE = re.compile(rf"^(?:in\s+)?(?:the\s+)?(?={PROCEEDINGS_RE.pattern})", re.I)


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
    rest = SPECIAL_ISSUE_RE.sub("", _links(rest, fields)).lstrip(" ,.")
    rest = WHOLE_PAREN_RE.sub(r"\g<inner>", rest)  # "“Title”. (Wiley, 2000).": the imprint
    lead = LEAD_PAGES_RE.match(rest)
    if lead:  # "‘Chapter’ (78-96) in G.R. Evans (eds.), Book": the chapter's pages first
        fields["pages"] = full_pages(lead.group("pages"))
        rest = rest[lead.end() :]
    paper = ISSUE_PIECE_RE.match(rest) if issue and not whole else None
    # "(2016, March 22). Title. The Atlantic. Retrieved from …": the periodical, then a page
    if paper and re.match(r"(?:\D*\d|$)", paper.group("after") or ""):
        fields["journal"] = paper.group("name").strip(" .,")
        _book_numbers(paper.group("after") or "", fields, titled=False)
        return "article"
    preprint = ARXIV_RE.match(rest)
    if preprint:  # "arXiv preprint arXiv:1412.7054, 2014": a preprint, its identifier
        fields.update(eprint=preprint.group("id"), eprinttype="arxiv")
        _year(rest, fields)
        return "misc"
    italic = rest.startswith("*")  # an italic journal's name may hold a colon
    if quoted and BOOK_SENTENCE_RE.match(rest):
        # MLA's “Chapter.” Book. Ed. A. Name. City: Publisher; Chicago's ‘Chapter’. In Book. …
        return _chapter(IN_RE.sub("", rest, count=1), fields)
    tail = None if whole else reftail.periodical(rest.replace("*", ""))
    if tail:
        return _sentence_to_title(_periodical(*tail, fields), fields, not quoted)
    for found in ARTICLE_RES:
        match = found.match(rest.replace("*", ""))
        if match and _plausible_article(match, italic) and (not whole or _certain(match)):
            return _sentence_to_title(_article(match, fields), fields, not whole and not quoted)
    part = None if whole else PART_PAGES_RE.match(rest)
    if part:  # APA without "In": "Chapter. Encyclopedia americana. (p. 600). New York: …"
        fields["booktitle"] = part.group("book").strip(" .,")
        fields["pages"] = full_pages(part.group("pages"))
        _book(part.group("after"), fields, titled=True)
        return "incollection"
    if IN_RE.match(rest):
        inside = IN_RE.sub("", rest, count=1)
        issue = None if whole else reftail.periodical(inside.replace("*", ""))
        if issue and "number" in issue[1] and not PROCEEDINGS_RE.search(issue[0]):
            return _periodical(*issue, fields)  # "In J. ACM 27(4) pp. 633-655": an issue's
        german = refjahrgang.read(inside)
        if german:  # "In: Verwaltung und Management. 10. Jg. (2004), Heft 4, S. 192-195."
            return _periodical(*german, fields)
        return _chapter(inside, fields)
    if not whole and refbook.leading_editors(rest):  # "Moss, B. and Hale, N., eds., Book, …"
        return _chapter(rest, fields)
    if PROCEEDINGS_FIRST_RE.match(rest):
        return _chapter(PROCEEDINGS_FIRST_RE.sub("", rest, count=1), fields)
    if not whole and CONFERENCE_RE.search(rest[: refbook.title_end(rest)]):
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
    named = None if whole else refperiodical.unnumbered(rest)
    if named and not PROCEEDINGS_RE.search(named[0]) and not CONFERENCE_RE.search(named[0]):
        fields["journal"] = named[0]  # "Title. Applied Optics, to appear."
        fields.update({"year": named[1]} if named[1] and "year" not in fields else {})
        return "article"
    found = _book(rest, fields)
    return "book" if whole and found == "misc" else found  # an italic title is a book's


def _container(match: re.Match[str], fields: dict[str, str]) -> str:
    """ "“Title.” *New York Times*, May 2, 2015": a periodical; "*Book*, edited by": a book."""
    after = match.group("after")
    if EDITED_BY_RE.search(after) or PAGES_LABEL_RE.search(after):
        fields["booktitle"] = match.group("container").strip(" .,")
        _book(after, fields, titled=True)
        return "incollection"
    fields["journal"] = match.group("container").strip(" .,")
    _year(after, fields)
    return "article"


def _links(rest: str, fields: dict[str, str]) -> str:
    rest = AVAILABLE_RE.sub(" ", take_links(rest, fields))
    rest = SERIES_RE.sub("", ISBN_RE.sub("", rest).strip(" .,"))
    accessed = ACCESSED_RE.search(rest)
    if accessed:
        date = iso_date(accessed.group("date"))
        if date:
            fields["urldate"] = date
        rest = rest[: accessed.start()] + rest[accessed.end() :]
        rest = re.sub(r"[(\[]\s*[)\]]", "", rest).strip(" .,")  # "(accessed …)" left "()"
        rest = AVAILABLE_RE.sub(" ", rest)  # "Online: <url> (accessed …)"
    return rest.strip(" .,")


def take_links(rest: str, fields: dict[str, str]) -> str:
    """The text without its DOI and URL, which go to `fields` (a linked title keeps its words)."""
    doi = DOI_RE.search(rest)
    if doi:
        fields.setdefault("doi", doi.group("doi"))
        rest = _cut(rest, doi)
    url = URL_RE.search(rest)
    if url:
        fields.setdefault("url", url.group("url"))
        rest = _cut(rest, url)
    return rest.strip()


def _cut(rest: str, match: re.Match[str]) -> str:
    """The text without a link, keeping the period that closed the sentence it ended."""
    before, after = rest[: match.start()].rstrip(), rest[match.end() :].lstrip()
    closed = match.group().endswith(".") and before[-1:] not in ".?!"
    return f"{before}{'.' if closed else ''} {after}"


def _certain(match: re.Match[str]) -> bool:
    """An issue's date and pages: an article even after an italic title (a quirk of some data)."""
    found = match.groupdict()
    return bool(found.get("date") and found.get("pages"))


def _plausible_article(match: re.Match[str], italic: bool = False) -> bool:
    found = match.groupdict()
    if YEAR_RE.fullmatch(found["volume"] or "") and not found.get("number"):
        return False  # "Norton, 1996", "Review, April 16, 2000, 7": a year, no volume
    # a Vancouver imprint, or Chicago's "134, no. 2 (2005): 131–48", is certain enough
    vancouver = bool(found.get("pages2")) or ";" in match.group()
    vancouver = vancouver or bool(found.get("number") and found.get("date") and found.get("pages"))
    if found["journal"].split()[-1].strip(" .,").casefold() in MONTH_NUMBERS:
        return False  # "*Salon*, March 29, 2000": a date, no volume
    return _plausible_journal(found["journal"], colon=vancouver or italic)


def _plausible_journal(name: str, *, colon: bool = False) -> bool:
    """A journal's name; `colon`: a Vancouver imprint is certain enough for "Journal: Subtitle"."""
    name = name.strip(" .,")
    marks = r"\b(?:In|edited|ed\.)\b" if colon else r"\b(?:In|edited|ed\.)\b|:"
    return 1 <= len(name.split()) <= 14 and not re.search(marks, name)


# a year closing a journal's name: "BMJ 2005, 330, 1347" (the issue's date, not the name)
NAME_YEAR_RE = re.compile(r"[,.]?\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?[,;]?$")


def _article(match: re.Match[str], fields: dict[str, str]) -> str:
    # "*Big Data & Society,* (April-June 2014): 1-12": a bracket the name leaves open is the date's
    name = re.sub(r"[\s,]*\([^()]*$", "", match.group("journal")).strip(" .,")
    year = NAME_YEAR_RE.search(name)
    if year and year.start() > 0:
        fields.setdefault("year", year.group("year"))
        name = name[: year.start()]
    if _proceedings(name):  # "Proc. Symposium on …, 14: 87-90": a meeting's papers
        fields["booktitle"] = name
        _article_numbers(match, fields)
        return "inproceedings"
    fields["journal"] = name
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
    year = YEAR_RE.search(date) or YEAR_RE.search(match.string[match.end() :])
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
        if plain:
            fields["title"] = f"{fields['title']}. {before}"
    return entry_type


def _periodical(name: str, numbers: dict[str, str], fields: dict[str, str]) -> str:
    """A journal, or a conference's proceedings (booktitle), read by reftail."""
    proceedings = _proceedings(name)
    fields["booktitle" if proceedings else "journal"] = name
    for key, value in numbers.items():
        fields.setdefault(key, full_pages(value) if key == "pages" else value)
    return "inproceedings" if proceedings else "article"


def _proceedings(name: str) -> bool:
    """A meeting's papers: a name with a conference's word, or one that opens with
    "Proceedings"/"Proc." ("Proc. SPIE", "Proceedings of IJCAI-89") as lists print them; a
    learned society's "Proceedings" is its journal ("Proc. Natl. Acad. Sci.")."""
    if CONFERENCE_RE.search(name):
        return True
    return PROCEEDINGS_FIRST_RE.match(name) is not None and not SOCIETY_RE.search(name)


def _chapter(rest: str, fields: dict[str, str]) -> str:
    rest = _edition(rest, fields)  # "In: Book, Eds., Third Edition. Press": no part of the book
    vancouver = refvancouver.vancouver_editors(rest)
    editors = None if vancouver else refbook.leading_editors(rest)
    if vancouver:
        fields["editor"] = " and ".join(vancouver[0])
        rest = vancouver[1]
    elif editors:
        fields["editor"] = _editors(editors[0])
        rest = editors[1]
    else:
        rest = refeditors.take_editors(rest, fields, marked_first=False)
    rest = refeditors.take_book_people(rest, fields) if "editor" not in fields else rest
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
        after = PAREN_IMPRINT_RE.sub(r"\g<imprint>", rest[cut:], count=1)
        # "Book, Mono Book Corp., Baltimore, MD, pp. 267-285": no period closed the book
        fields["booktitle"], after = refimprint.publisher_in_title(rest[:cut].strip(" .,"), after)
    _book(after, fields, titled=True)
    return "inproceedings" if PROCEEDINGS_RE.search(fields["booktitle"]) else "incollection"


def _book(rest: str, fields: dict[str, str], *, titled: bool = False) -> str:
    rest = _edition(refeditors.take_editors(_people_phrases(rest, fields), fields), fields)
    rest = _book_numbers(rest, fields, titled=titled)
    thesis = THESIS_RE.search(rest)
    if thesis:
        school = refplace.school(rest[thesis.end() :].lstrip("]) .,"))
        if school and not YEAR_RE.fullmatch(school):
            fields["school"] = school
        _year(rest, fields)
        return "thesis"
    if titled and _meeting_place(rest, fields):
        return "book"
    rest = REPORT_RE.sub("", rest)  # "Technical Report 92-43, University of Colorado"
    if UNPUBLISHED_RE.search(rest):  # "Manuscript, 1995.", "Submitted, 1998.": no imprint
        _year(rest, fields)
        return "unpublished"
    refimprint.read(rest, fields)
    _year(rest, fields)
    if fields.get("url") and not fields.get("publisher"):
        return "online"
    return "book" if BOOK_FIELDS & fields.keys() else "misc"  # "Buckeye Corpus. (2007)."


def _edition(rest: str, fields: dict[str, str]) -> str:
    """REST without the edition it states, which goes to `fields`."""
    edition = EDITION_RE.search(rest)
    if not edition:
        return rest
    fields.setdefault("edition", edition.group("edition"))
    return rest[: edition.start()] + rest[edition.end() :]


def _book_numbers(rest: str, fields: dict[str, str], *, titled: bool) -> str:
    """Pages ("pp. 3-9", "pages 12-23", "p. 6") and a volume ("Vol. 3", "volume 193") of a
    book or of the book a part is in; in a part, a bare range too ("Academic Press. 47-73.").
    REST without them."""
    for pattern, key in (
        (BOOK_PAGES_RE, "pages"),
        (PAGE_TOTAL_RE, "pages"),
        (BOOK_VOLUME_RE, "volume"),
    ):
        match = pattern.search(rest)
        if match and key not in fields:
            fields[key] = full_pages(match.group(key)) if key == "pages" else match.group(key)
            rest = rest[: match.start()] + rest[match.end() :]
    bare = BARE_RANGE_RE.search(rest) if titled and "pages" not in fields else None
    if bare and not _years(bare.group("pages")):
        fields["pages"] = full_pages(bare.group("pages"))
        rest = rest[: bare.start()] + rest[bare.end() :]
    return rest


def _years(span: str) -> bool:
    """ "1871–1880": a span of years, no pages."""
    return all(YEAR_RE.fullmatch(n.strip()) for n in re.split(r"[–-]", span))


def _meeting_place(rest: str, fields: dict[str, str]) -> bool:
    """ "Orlando, FL, June 1994.", "Brussels, Belgium, September 1990.": after a conference's
    proceedings, the place and date it met, no publisher; False when REST is not that."""
    if not PROCEEDINGS_RE.search(fields.get("booktitle", "")):
        return False
    text = MEETING_DATE_RE.sub("", rest.strip(" .,;")).strip(" .,;")
    place = MEETING_PLACE_RE.fullmatch(text)
    if not place or ":" in text or PUBLISHER_WORDS_RE.search(text):
        return False
    fields.setdefault("address", text)
    _year(rest, fields)
    return True


def _people_phrases(rest: str, fields: dict[str, str]) -> str:
    for pattern, role in ((EDITED_BY_RE, "editor"), (TRANSLATED_RE, "translator")):
        match = pattern.search(rest)
        if match:
            after = rest[match.end() :]
            end = refnames.NAMES_END_RE.search(after)
            stop = min(end.start() if end else len(after), NAMES_STOP_RE.search(after).start())
            place = PLACE_NEXT_RE.search(after, 0, stop)  # "Reimold W. U. Boulder: Society"
            stop = place.start() if place else stop
            stop = _serial_end(after[:stop])
            fields.setdefault(role, _people(after[:stop]))
            rest = rest[: match.start()] + ". " + after[stop:].lstrip(".")
    return rest


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


def _editors(text: str) -> str:
    """ "Bloggs, J." (Harvard, inverted) or "G. N. Knoppers & J. G. McConville" (APA)."""
    parts = [p.strip() for p in refnames.JOIN_RE.split(text) for p in p.split(",")]
    inverted = any(refnames.INITIALS_RE.match(p) for p in parts if p)
    names = refnames.split_people(text.strip(" ,"), inverted=inverted, first=False)
    return " and ".join(names)


def _people(text: str) -> str:
    others = refnames.ET_AL_RE.search(text.strip(" ,"))
    text = refnames.ET_AL_RE.sub("", text.strip(" ,"))
    text = re.sub(r"(?<![\s.][A-Z])\.$", "", text.strip(" ,"))  # "W. U." keeps its initial's
    people = refnames.split_people(text.strip(" ,"), inverted=False, first=False)
    return " and ".join(people + ["others"] * bool(others))


def _year(rest: str, fields: dict[str, str]) -> None:
    years = YEAR_RE.findall(rest)
    if years and "year" not in fields:
        fields["year"] = years[-1]
