"""A full citation's text -> BibTeX entry type, fields and locator (the citation grammar)."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import cues, deferred, names, pinpoint, rolenames, statement, titlespans, uregex
from citekit.parse.archives import names_archive_siglum, parse_archival
from citekit.parse.bareimprint import publisher_follows
from citekit.parse.bluebook import parse_bluebook
from citekit.parse.bluebook import parse_chapter as bluebook_chapter
from citekit.parse.bookparts import as_book_part
from citekit.parse.casebook import as_case
from citekit.parse.cases import case_fields, is_reported, reported_case
from citekit.parse.containers import (
    BARE_VOLUME_RE,
    IN_RE,
    journal_after,
    journal_in_quotes,
    journal_in_quotes_after_italics,
    parse_article,
    parse_chapter,
)
from citekit.parse.decisions import decision
from citekit.parse.describeditem import parse_described_item
from citekit.parse.dotdates import without_year_title, year_only
from citekit.parse.elements import (
    Parsed,
    match_title,
    pages_or_locator,
    parse_book,
    people_before,
    special_type,
)
from citekit.parse.eprints import preprint_type, take_eprint
from citekit.parse.eudocuments import as_eu_document
from citekit.parse.guillemetjournal import guillemet_article
from citekit.parse.hearings import parse_congressional
from citekit.parse.heldmanuscript import parse_held_manuscript
from citekit.parse.imprint import (
    NUMBER_RE,
    VOLUME_RE,
    date_fields,
    find_locator,
    iso_date,
    without_unknown,
)
from citekit.parse.iso690 import iso_article
from citekit.parse.isochapter import italic_iso
from citekit.parse.isoplain import plain_iso_article
from citekit.parse.issuealone import issue_alone
from citekit.parse.issuenumbered import numbered_issue
from citekit.parse.journalissue import split_issue
from citekit.parse.media import as_medium
from citekit.parse.museumobject import as_object
from citekit.parse.newspapers import without_section
from citekit.parse.numberedseries import series_from_title
from citekit.parse.openeditors import with_opening_editors
from citekit.parse.pagerange import full_pages
from citekit.parse.paperfirst import paper_first
from citekit.parse.patterns import (
    ACCESSED_RE,
    DOI_RE,
    HEREAFTER_RE,
    IMPRINT_PAREN_RE,
    ITALIC_RE,
    LOCATOR_START_RE,
    MONTHS,
    REPORT_RE,
    THESIS_RE,
    URL_RE,
    YEAR,
    YEAR_RE,
)
from citekit.parse.plain import is_conference_paper, parse_conference, parse_untitled
from citekit.parse.plainarticle import plain_title_article
from citekit.parse.plaincontainer import plain_container
from citekit.parse.plainjournal import journal_before_numbers
from citekit.parse.plainmarks import mark_titles
from citekit.parse.plaintitle import inside_plain_title
from citekit.parse.proceedings import as_proceedings, proceedings_after
from citekit.parse.recordids import take_record_ids
from citekit.parse.restatements import parse_restatement
from citekit.parse.romansubtitle import with_roman_subtitle
from citekit.parse.seriesparen import take_series
from citekit.parse.seriesvolume import as_series_volume
from citekit.parse.short_title_law import parse_short_title_law, plain_short_title_law
from citekit.parse.statutes import parse_statute
from citekit.parse.titlegloss import with_gloss
from citekit.parse.unfielded import without_unfielded
from citekit.parse.web import handle_author, parse_web, web_venue
from citekit.parse.wrappedurl import cut_short, joined_addresses
from citekit.parse.yearhead import year_head

# (Bluebook sets its "*available at*" in italics); the locales' labels (lexicons/link_labels.txt:
# Romanian "Disponibil la:", Czech "Dostupné z:", Polish "Dostępne w:")
LINK_LEAD_RE = uregex.compile(
    r"[,;]?\s*\*?(?:accessed\s+at|available\s+at|available\s+from|at|online|URL"
    r"|(?:abrufbar|verfügbar|online)\s+(?:unter|via)|unter|en\s+ligne|disponible\s+en|"
    + lexicons.alternation(lexicons.words("link_labels"))
    + r")\*?\s*:?\s*$",
    re.IGNORECASE,
)


def _linked_address(typed: str, targets: tuple[str, ...]) -> str:
    """ "[www.inpi.fr](http://www.inpi.fr/fr/brevets/…)": a typed address shortened from its
    link's target stands for that target."""
    bare = re.sub(r"^https?://", "", typed).rstrip("/")
    for target in targets:
        if target != typed and re.sub(r"^https?://", "", target).startswith(bare):
            return target
    return typed


def take_links(text: str, targets: tuple[str, ...] = ()) -> tuple[str, dict[str, str]]:
    """Pull URL, DOI and access date out of TEXT (they can stand anywhere); the targets of
    the citation's links fill in what its text does not spell out."""
    out: dict[str, str] = {}
    text = whole = joined_addresses(text)  # "https://ieeexplore. ieee.org/…": a wrap's space
    text = _take_access_dates(text, out)
    text = take_record_ids(text, out)  # "PubMed PMID:19412540", "ISSN: 0044-3093"
    # Cheap prefilters: a DOI_RE match holds "do" in any case ("doi:", "doi.org"; no other
    # letter folds to d or o), a URL_RE match "http" or "www."; most notes have neither.
    doi = DOI_RE.search(text) if "do" in text.lower() else None
    if doi:
        out["doi"] = doi.group("doi")
        text = text[: doi.start()] + text[doi.end() :]
    text, eprint = take_eprint(text)  # "arXiv:1209.2199": no year, volume or place
    out.update(eprint)
    url = URL_RE.search(text) if "http" in text or "www." in text else None
    if url:
        out["url"] = _linked_address(url.group("url"), targets)
        head = LINK_LEAD_RE.sub("", text[: url.start()])
        text = head + text[url.end() :]
    for target in targets:
        if cut_short(target, whole):
            continue  # "https://doi.org/" typed before a wrap: the address goes on
        doi = DOI_RE.fullmatch(target)
        name, value = ("doi", doi.group("doi")) if doi else ("url", target)
        out.setdefault(name, value)
    return text.strip(" ,;"), out


def _take_access_dates(text: str, out: dict[str, str]) -> str:
    """TEXT without its access dates, the last full one put in OUT: "Stand: April 2017, URL:
    … (letzter Zugriff am 21.04.2022)" dates the document's state, then the access; a state
    with no day stays in the text, where it dates the work."""
    for accessed in reversed(list(ACCESSED_RE.finditer(text))):
        iso = iso_date(accessed.group("date"))
        if iso:
            out.setdefault("urldate", iso)
        elif STATE_RE.match(accessed.group().lstrip("([ ")) and "urldate" in out:
            keep = accessed.group("date")  # "Stand: April 2017" before the access: its version
            text = text[: accessed.start()] + " " + keep + text[accessed.end("date") :]
            continue
        text = text[: accessed.start()] + " " + text[accessed.end() :]
    return text


STATE_RE = re.compile(r"stand:", re.IGNORECASE)  # "Stand: April 2017": the state of a page


# a translator or editor between an article's title and its journal: "“Title,” trans. Eric
# Prenowitz, *Diacritics* 25" (else read as the container), or before "in" and a book:
# "‘A King Listens’, trans. William Weaver, in *Under the Jaguar Sun*"; a space first, then
# ',”' behind it
ROLE_BEFORE_JOURNAL_RE = re.compile(
    r"\s(?<=(?:[”\"’],|,[”\"’])\s)\s*(?P<role>trans\.|tr\.|ed\.)\s+(?P<names>[A-Z][^,*()“”\"]{1,80}?),"
    r"(?=\s+(?:in\s+)?\*)"
)


def parse_full(
    text: str, abbreviations: dict[str, str] | None = None, targets: tuple[str, ...] = ()
) -> Parsed:
    """Entry type, fields and locator of a citation that stands on its own; TARGETS are
    where its links point."""
    dated = year_head(text)
    if dated is not None:  # "Sirajul Islam (1979), The Permanent Settlement …": author-date
        parsed = parse_full(dated.text, abbreviations, targets)
        return Parsed(parsed.entry_type, {**parsed.fields, "year": dated.year}, parsed.locator)
    text, series = take_series(without_unfielded(without_section(text)))  # "(=Reihe, Bd. 27)"
    parsed = with_opening_editors(text, lambda t: _with_roles(t, abbreviations, targets))
    fields = names.same_author_editors({**series, **without_unknown(parsed.fields)})
    typed = as_proceedings(
        series_from_title(Parsed(parsed.entry_type, fields, parsed.locator), text)
    )
    typed = as_series_volume(typed, text)  # "Series, t. 1: Volume title, oprac. …"
    return as_case(
        as_object(as_medium(as_book_part(plain_container(typed, text), text), text), text)
    )


def _with_roles(
    text: str, abbreviations: dict[str, str] | None, targets: tuple[str, ...]
) -> Parsed:
    """A role named before a journal ("trans. X, *Journal*") is the article's translator."""
    role = ROLE_BEFORE_JOURNAL_RE.search(text) if ("." in text and "*" in text) else None
    if role is None:
        return _parse_full(text, abbreviations, targets)
    parsed = _parse_full(text[: role.start()] + text[role.end() :], abbreviations, targets)
    if parsed.entry_type not in ("article", "incollection"):
        return _parse_full(text, abbreviations, targets)
    name = "translator" if role.group("role").startswith("tr") else "editor"
    people = " and ".join(names.split_names(role.group("names")))
    return Parsed(parsed.entry_type, {**parsed.fields, name: people}, parsed.locator)


def _parse_full(
    text: str, abbreviations: dict[str, str] | None = None, targets: tuple[str, ...] = ()
) -> Parsed:
    work, links = take_links(text, targets)
    court = decision(work)  # before year_only reads its date
    if court is not None:  # "BGH, Urt. v. 1.12.2010 (I ZR 196/08) – Name – Rn. 19"
        return Parsed(court.entry_type, {**court.fields, **links}, court.locator)
    work = statement.plain_marks(HEREAFTER_RE.sub("", year_only(work)).strip(" ,.;"))
    paper = paper_first(work, linked=bool(links)) or issue_alone(work) or guillemet_article(work)
    paper = paper or numbered_issue(work)  # "Vossische Zeitung, Nr. 487 vom 14. Oktober 1923"
    if paper is not None:
        return Parsed(paper.entry_type, {**paper.fields, **links}, paper.locator)
    statute = parse_statute(work) or parse_restatement(work) or parse_congressional(work)
    if statute is not None:  # "7 U.S.C.A. § 136a (West)", "Coastal Waters Act of 2004"
        return Parsed(statute.entry_type, {**statute.fields, **links}, statute.locator)
    law = parse_short_title_law(statement.plain_names(work))
    if law is not None and statement.opens_with_italic_name(work):
        return Parsed(law.entry_type, {**law.fields, **links}, law.locator)
    law = plain_short_title_law(work)
    if law is not None:  # "Huber, Zeitschrift 1989, 12 (22)" in plain text
        return Parsed(law.entry_type, {**law.fields, **links}, law.locator)
    work = mark_titles(statement.plain_names(work))  # a sentence style's plain title marked
    # read before the statements rewrite its "NAME, G. Title."
    iso = plain_iso_article(work) or italic_iso(work)
    chapter = None if iso else bluebook_chapter(work)  # its "Names, Title, in BOOK 3, 5 (…)"
    if chapter is not None:
        entry_type, fields, locator = chapter
        return Parsed(entry_type, {**fields, **links}, locator)
    stated = None if iso else statement.any_statement(work)
    if stated is not None:
        with statement.rewritten():
            return _stated(parse_full(stated[0], abbreviations), stated[1], links)
    legal = parse_bluebook(work)
    if legal is not None:
        entry_type, fields, locator = legal
        fields = {**fields, **links}
        return Parsed(entry_type, fields, pinpoint.settle(work, entry_type, fields, locator))
    web = parse_web(work)
    if web is not None:  # '"Page". Site. Retrieved 2012-08-18': its own grammar
        return Parsed(web.entry_type, {**links, **web.fields})
    item = parse_described_item(work, abbreviations) if "url" not in links else None
    if item is not None:  # "Politburo resolution …, 1932, RGASPI, f. 17, op. 3, d. 883, l. 10"
        return Parsed(item.entry_type, {**item.fields, **links}, item.locator)  # no page to settle
    archival_work = cues.is_archival(work) or names_archive_siglum(work, abbreviations or {})
    manuscript = parse_held_manuscript(work, abbreviations) if "url" not in links else None
    if manuscript is not None:  # "Moscow, State Historical Museum, MS gr. 129D, fol. 67r"
        parsed = manuscript
    elif archival_work and "url" not in links:  # not a web page in a "Digital Archive"
        parsed = parse_archival(work, abbreviations or {})
    elif not ITALIC_RE.search(work) and is_conference_paper(work):
        parsed = parse_conference(work)
    else:
        found = [m for m in titlespans.titles(work) if not inside_plain_title(work, m)]
        parsed = iso or (_titled(work, found) if found else parse_untitled(work))
    fields = {**parsed.fields, **{k: v for k, v in links.items() if k not in parsed.fields}}
    # "[en línea]. 2017": no place; "Wikipedia, 27.04.2020": a date is no title
    fields = without_year_title({k: v for k, v in fields.items() if v.strip(" .,;:")})
    entry_type = split_issue(_journal_not_book(parsed.entry_type, fields, work), fields)
    locator = parsed.locator
    reads_as_case = (entry_type == "book" and _no_people_but_a_court(fields, work)) or (
        entry_type == "misc" and "author" not in fields and reported_case(work)
    )
    case = case_fields(work) if reads_as_case else None
    if case is not None:  # "*Simpson v UK* (1989) 64 188": a case, not a book
        entry_type, locator = "misc", case.pop("_pin", locator)
        court = ("title", "address", "publisher")  # "(Fed. Cir. 1997)": a court, no publisher
        fields = {**{k: v for k, v in fields.items() if k not in court}, **case}
    eu_document = as_eu_document(work, fields, locator) if entry_type != "misc" else None
    if eu_document:  # "… (Communication) COM (2013) 837 final, 4": a numbered report
        entry_type, (fields, locator) = "techreport", eu_document
    docket = DOCKET_RE.search(work) if entry_type == "book" else None
    if docket:  # "ICC, *Prosecutor v. Birch*, case no. ICC-02/05, Judgment": a court's record
        entry_type = "misc"
        fields = {k: v for k, v in fields.items() if k not in ("publisher", "address")}
        fields["number"] = docket.group("number")
    entry_type = preprint_type(entry_type, fields)
    if "url" in fields and (
        entry_type == "misc"
        and not is_reported(entry_type, fields)
        or entry_type == "book"
        and not ("publisher" in fields or "address" in fields)
    ):
        entry_type = "online"
    if entry_type == "book" and REPORT_TITLE_RE.search(fields.get("title", "")):
        entry_type = "techreport"  # "*UK Government Web Archive: Annual Report 2021–22*"
        institution = fields.get("publisher") or fields.get("author")
        fields.update({"institution": institution} if institution else {})
    if entry_type == "article" and "url" in fields and web_venue(fields):
        entry_type = "online"  # "“Post,” *Internet Archive Blogs*, January 3, 2024, https://…"
        fields["howpublished"] = fields.pop("journal", "")
    handle = handle_author(work) if "url" in fields else None
    if handle:
        fields["author"] = handle  # "ICRC, “Database,” https://…": no name rule reads it
    if "url" in fields and " | " in fields.get("title", ""):
        _split_page_title(fields)
    return Parsed(entry_type, fields, pinpoint.settle(work, entry_type, fields, locator))


def _stated(parsed: Parsed, people: dict[str, str], links: dict[str, str]) -> Parsed:
    """The citation read after its colon statement, with the names as the statement gave them."""
    fields = {**{k: v for k, v in links.items() if k not in parsed.fields}, **parsed.fields}
    fields.pop("bookauthor", None)
    if "editor" in people and parsed.entry_type != "incollection":
        fields.pop("author", None)
    fields.update(people)
    entry_type = parsed.entry_type
    if "editor" in people and entry_type == "book":
        entry_type = "collection"
    return Parsed(entry_type, fields, parsed.locator)


def _no_people(fields: dict[str, str]) -> bool:
    return not any(k in fields for k in ("author", "editor", "publisher"))


def _no_people_but_a_court(fields: dict[str, str], work: str) -> bool:
    """No author or editor, and no publisher but a court: "(Fed. Cir. 1997)" after a case
    reads as a publisher, "(Fable, 1997)" or "(London: Fable, 1997)" after a book is one."""
    if _no_people(fields):
        return True
    people = any(k in fields for k in ("author", "editor", "address"))
    return not people and COURT_YEAR_RE.search(work) is not None


def _journal_not_book(entry_type: str, fields: dict[str, str], work: str) -> str:
    """ "Title. En *Historia Crítica*. 2020, vol. 75, nº 1": a container with a volume or issue
    and no editor, publisher or place is a journal."""
    book_marks = ("editor", "bookauthor", "publisher", "address", "edition")
    if entry_type != "incollection" or "booktitle" not in fields:
        return entry_type
    if any(k in fields for k in book_marks):
        return entry_type
    after = work[work.rfind("*") + 1 :] if work.count("*") >= 2 else ""
    volume, number = VOLUME_RE.search(after), NUMBER_RE.search(after)
    bare = BARE_VOLUME_RE.match(after)  # "in *Zeitschrift* 12 (2003), S. 4": volume (year)
    if not (volume or number or bare or "volume" in fields or "number" in fields):
        return entry_type
    fields["journal"] = fields.pop("booktitle")
    if bare and not volume:
        fields.update({k: v for k, v in bare.groupdict().items() if v and k not in fields})
    fields.update({"volume": volume.group("vol")} if volume and "volume" not in fields else {})
    fields.update({"number": number.group("num")} if number and "number" not in fields else {})
    return "article"


# a court's docket number: "case no. ICC-01/12-01/15", "Case No. 3:17-cv-00123"
DOCKET_RE = re.compile(r"\b(?:case|docket)\s+no\.\s*(?P<number>[A-Z0-9][\w/:.-]*[\w/])", re.I)
# a court and the year, no comma or colon between: "(Fed. Cir. 1997)", "(Bankr. N.D. Ga. 2012)"
COURT_YEAR_RE = deferred.compile(rf"\([A-Z][^(),:]*\s{YEAR}\)")
REPORT_TITLE_RE = re.compile(r"\b(?:Annual\s+Report|Report|Rapport|Bericht|Jahresbericht)\b")


def _split_page_title(fields: dict[str, str]) -> None:
    """A browser's title, "Article | Site | Network, on June 6": the article is the title, the
    site publishes it, and the date run on into it gives the month."""
    head, *site = (part.strip() for part in fields["title"].split(" | "))
    dated = re.search(rf",?\s+on\s+(?P<month>{MONTHS})\.?\s+\d{{1,2}}$", site[-1] if site else "")
    if dated:
        site[-1] = site[-1][: dated.start()]
        fields.setdefault("month", dated.group("month"))
    fields["title"] = head
    if site and "howpublished" not in fields:
        fields["howpublished"] = " | ".join(site)


def _titled(work: str, found: list[re.Match[str]]) -> Parsed:
    first = found[0]
    issue = ISSUE_AFTER_TITLE_RE.match(work[first.end() :])
    if first.start() == 0 and issue:  # "„Kobieta Współczesna” 1928, nr 12, s. 3": an issue
        return _periodical_issue(match_title(first), issue, work[first.end() + issue.end() :])
    quoted_journal = journal_in_quotes(work, first)
    if quoted_journal is not None:
        return quoted_journal
    people, container = people_before(work[: first.start()])
    title, after = with_gloss(match_title(first), work[first.end() :])
    if first.group().startswith("*") and container:  # "Anisimov in: Aven, Kokh. *Book*"
        parsed = parse_book(title, {**people, **container}, after)
        fields = {("booktitle" if k == "title" else k): v for k, v in parsed.fields.items()}
        return Parsed("incollection", fields, pages_or_locator(parsed.locator, fields))
    later = [m for m in found[1:] if m.start() >= first.end()]  # not a quotation inside it
    quoted = journal_in_quotes_after_italics(work, first, later[0]) if later else None
    if quoted is not None:  # "B. Nowak, *Tytuł*, „Rocznik” 2005, t. 8"
        return quoted
    article = iso_article(work, first) if first.start() else None
    if article is not None:  # "NOVÁK, Jan. Dějiny mostů. *Časopis*. 2001, roč. 99, s. 45"
        return article
    article = plain_title_article(work, first) if first.start() else None
    if article is not None:  # "J. Siméant, Violence d’un répertoire, *Cultures*, 9 (1993)"
        return article
    inside = IN_RE.match(after)  # "Medosch, *Kreative Milieus*. In *Vergessene Zukunft*, …"
    if inside and first.group().startswith("*") and after[inside.end() :].startswith("*"):
        return parse_chapter(title, {**people, **container}, after[inside.end() :])
    if first.group().startswith("*"):
        title, after = with_roman_subtitle(title, after)  # "*Os sertões*: campanha de Canudos."
        inside = _marked_container(after)
        if inside is not None:  # "*Capitolo*, in *Volume*, a cura di …": a part of a book
            return parse_chapter(title, {**people, **container}, inside)
        return parse_book(title, people, after)
    if REPORT_RE.search(after) or THESIS_RE.search(after):
        return _paper(title, people, after)
    pages = PAGES_BEFORE_IN_RE.match(after)  # "‘Chapter’ (78-96) in Editors (eds.), Book"
    marker = IN_RE.match(after[pages.end() :]) if pages else None
    if pages and marker:
        inside = after[pages.end() + marker.end() :]
        parsed = parse_chapter(title, {**people, **container}, inside)
        if parsed.entry_type == "incollection":
            parsed.fields.setdefault("pages", full_pages(pages.group("pages")))
        return parsed
    inside = after[IN_RE.match(after).end() :] if IN_RE.match(after) else proceedings_after(after)
    if inside is not None:
        return parse_chapter(title, {**people, **container}, inside)
    if rolenames.editors_first(after.lstrip(" ,.").split(", ")):  # "», P. Lund (dir.), Book"
        return parse_chapter(title, {**people, **container}, after.lstrip(" ,."))
    journal = journal_after(after) or journal_before_numbers(after)
    if journal is not None and publisher_follows(journal[1]):  # "*Open Sources* (O’Reilly, 1999)"
        return parse_chapter(title, {**people, **container}, after)
    if journal is not None:
        name, rest = journal
        return parse_article(title, people, name, rest)
    if IMPRINT_PAREN_RE.search(after):
        return parse_book(title, people, after)
    return _paper(title, people, after)


def _marked_container(after: str) -> str | None:
    """What follows "in" after a title, where it names a book or journal in italics or quotes
    ("*Title*, in *The Book*, …", "*Titel*, in: H. Lund (Hg.), *Band*, …"); else None."""
    marker = IN_RE.match(after)
    if marker is None or not titlespans.has_title(after[marker.end() :]):
        return None
    return after[marker.end() :]


# "…”, Victorian Periodicals Review, 36 (2003)": a journal named in plain text before its numbers


# a part's pages in parentheses between its title and "in": "‘Order’ (78-96) in G. Evans (ed.)"
PAGES_BEFORE_IN_RE = re.compile(r"^\s*,?\s*\((?P<pages>\d+\s*[–-]\s*\d+)\)")


# a periodical's issue after its quoted name: "1928, nr 12", "1935, no. 4", "1890, Heft 3"
ISSUE_AFTER_TITLE_RE = re.compile(
    r"\s*,?\s*(?P<year>(?:1[5-9]|20)\d\d)\s*,\s*(?:nr|no\.|n\.|z\.|č\.|№|Heft|H\.)\s*(?P<number>\d+)",
    re.IGNORECASE,
)


def _periodical_issue(name: str, issue: re.Match[str], rest: str) -> Parsed:
    fields = {"journal": name, "year": issue.group("year"), "number": issue.group("number")}
    rest = rest.strip(" ,.;")
    locator = find_locator(rest) if LOCATOR_START_RE.match(rest) else None
    if rest and not locator:
        fields["howpublished"] = rest  # "Małopolska Biblioteka Cyfrowa": where it was read
    return Parsed("article", fields, locator)


def _paper(title: str, people: dict[str, str], after: str) -> Parsed:
    """A titled item with no container: a paper, a web page, a report."""
    fields = {"title": title, **people}
    rest = after.strip(" ,.;")
    fields.update(date_fields(rest))
    entry_type = special_type(rest, fields) or "misc"
    if rest and entry_type == "misc" and not LOCATOR_START_RE.match(rest):
        howpublished = re.sub(r"\s*,?\s*(?:on\s+)?\b\w+\s+\d{1,2},\s+\d{4}$", "", rest).strip(" ,.")
        if howpublished and not YEAR_RE.fullmatch(howpublished):
            fields["howpublished"] = howpublished
    locator = find_locator(rest) if LOCATOR_START_RE.match(rest) else _after_parenthetical(rest)
    return Parsed(entry_type, fields, locator)


def _after_parenthetical(rest: str) -> str | None:
    """ "(PhD diss., University of Basel, 1999), 130" -> "130": the pinpoint after the
    parenthesis that says what the item is."""
    found = AFTER_PARENTHESIS_RE.search(rest)
    return find_locator(found.group("tail")) if found else None


AFTER_PARENTHESIS_RE = re.compile(r"\)\s*,\s*(?P<tail>[^()]+)$")
