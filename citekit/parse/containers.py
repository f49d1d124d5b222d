"""Containers of a part: the book of a chapter ("in Editors, *Book*"), the journal of an article."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, namecues, segments, titlespans, uregex
from citekit.parse.elements import (
    Parsed,
    book_middle,
    clean_title,
    match_title,
    names_field,
    pages_or_locator,
    people_before,
    split_imprint,
)
from citekit.parse.imprint import (
    NUMBER_RE,
    PUBLISHER_WORDS_RE,
    VOLUME_RE,
    date_fields,
    find_locator,
    parse_paren_imprint,
)
from citekit.parse.joinedtitle import title_after_joiner, title_joined_to_colon
from citekit.parse.markededitors import imprint_sentence, marked_editors
from citekit.parse.patterns import (
    EDITOR_MARK_RE,
    IMPRINT_PAREN_RE,
    ITALIC_RE,
    MONTH_RE,
    MONTHS,
    PAGE_RANGE_RE,
    YEAR_RE,
)
from citekit.parse.titlegloss import with_gloss
from citekit.parse.yearvolume import year_volume_pages

# "…,” in: Thomas P. Bernstein", "…». En *Revista*", "…”, w: *Książka*"; Polish styles
# bracket the word: "Tytuł [w:] *Książka*" (lexicons/container_words.txt)
CONTAINER_WORDS = lexicons.alternation(lexicons.words("container_words"))
# a chapter not yet printed says so before the word: "…,” forthcoming in *Book*, ed. …"
IN_RE = uregex.compile(
    r"^[\s,.]*(?:(?:forthcoming|to\s+appear)\s+)?(?:\[(?=\w+:\]))?(?<![\w.])"
    rf"{CONTAINER_WORDS}\s*(?::\]|:?)\s+"
)

# ", ed. by Laurent Herment", ", edited by J. Sirosh", ", ed. A. A. J. Marley": a book's editors
# named after its title (MHRA, Chicago), so the capitalised words before them are that title
EDITORS_AFTER_TITLE_RE = deferred.compile(r",\s+(?:ed\.,?(?:\s+by)?|edited\s+by)\s+[A-Z]")
LETTER_RE = re.compile(r"[^\W\d_]")  # a title after the editors has words: "in Novels, 1871–1880"
# the mark after a volume's editors, before its title: "in Bettina Bradbury and Tamara Myers,
# eds., Negotiating …", "in D.R. Goyal, ed, Non-Alignment", "in A. Roe (Hg.): Book"
LEADING_EDITOR_MARK_RE = deferred.compile(
    r"^,?\s*\(?(?:eds?|editors?|Hrsg|Hg|éds?|dir|coord|comp)\b\.?\)?[,:]?\s+(?=\S)", re.IGNORECASE
)
# "ed. ", "*eds.* ", "coord. " opening the names of a chapter's editors (the full stop required:
# "in Ed Folsom, *Book*" names a person)
OPENING_EDITOR_MARK_RE = deferred.compile(r"(?:eds?|éds?|coord|comp|dir)\.\s+(?=\S)", re.IGNORECASE)
# what ends a plain journal's name before its numbers: ISO 690's medium ("[en línea]",
# "[online]", "[v síti]"), the year after a full stop or comma, or an issue ("Critica, n. 6")
JOURNAL_TAIL_RE = uregex.compile(
    r"\s*\[(?:en\s+l[íi]nea|on-?line|en\s+ligne|v\s+síti|онлайн)\]|[,.]\s+(?=(?:1[5-9]|20)\d\d\b)"
    r"|,\s+(?=(?:n|no|nº|vol|v|t)[.:]?\s*\d)",
    re.IGNORECASE,
)

# a journal's numbers just after its name: "in *Wiener Geschichtsblätter* 68 (2013)",
# "in *Contemporary Drug Problems*, 32 (2005)", "in *De:Bug* 120 (11 March 2008)": a volume
# and a date in brackets holding no imprint. German and French notes put "in" before journals
# too; a book's brackets name a publisher ("(London: Verso, 1990)") or follow no number
JOURNAL_NUMBERS_RE = deferred.compile(
    r"^\s*,?\s*(?:vol\.\s*)?\d{1,4}(?:[./]\d{1,3}|,\s*no\.\s*\d{1,3})?\s*"
    r"\((?=[^():;]*\b(?:1[5-9]|20)\d\d\b)[^():;]*\)"
)

# its numbers: a volume, a date, or an issue alone ("Revista, núm. 2, 1984", "Revue, n° 4")
PLAIN_JOURNAL_RE = uregex.compile(
    rf"^[\s,.]*(?P<name>[A-Z][^,()\d]{{2,60}}?)\s*,?\s+"
    rf"(?=\d|\(|vol|no\.|(?:núm|nro|nº|n°|nr|Nr)\.?\s*\d|{MONTHS}\.? \d)"
)

# what may follow a quoted journal: a year, a volume, or an issue ("2005", "t. 8", "XXXV (1994)")
QUOTED_JOURNAL_NUMBERS_RE = deferred.compile(
    r"\s*,?\s*(?:(?:\d\d\.)?\d{4}|t\.|nr|z\.|n\.\s*\d|vol\.|a\.\s*[IVXLC\d]|(?:[IVXLC]+|\d{1,4})\s*\(\d{4}\)"
    r"|\((?:\d{1,2}\s+\w+\s+)?\d{4}\)"  # a dated paper: "«Le Monde» (12 giugno 2019)"
    # a volume in capitals or a double issue, then the year: "«Pinacotheca», I, 1928", "9/10, 1971"
    r"|(?:[IVXLC]+|\d{1,3}/\d{1,3}),\s*\d{4})"
)
# a volume in capitals or a double issue, then the year after a comma: "I, 1928–1929", "9/10, 1971"
COMMA_VOLUME_RE = deferred.compile(
    r"\s*,?\s*(?:(?P<volume>[IVXLC]+)|(?P<number>\d{1,3}/\d{1,3})),\s*\d{4}"
)
BARE_VOLUME_RE = deferred.compile(
    r"\s*,?\s*(?P<volume>[IVXLC]+|\d{1,4})\s*\(\d{4}\)"
    r"(?:\s*,\s*(?:n\.\s*|fasc\.\s*)?(?P<number>\d+)\b(?!-))?"
)


IN_END_RE = re.compile(r",\s+in$")  # "M. Kowalczyk, Kobiece pisma, in": the container follows


def journal_in_quotes(work: str, quote: re.Match[str]) -> Parsed | None:
    """The journal in quotes after a plain title.

    Polish: "M. Kowalczyk, Kobiece pisma, „Rocznik” 2005, t. 8"; Italian:
    "F. Rossi, Il titolo, in «Studi storici», XXXV (1994), 2, pp. 301-330".
    """
    if quote.group().startswith("*"):
        return None  # an italic title is the book: "Martin et Chartier (dir.), *Histoire*, t. III"
    before = work[: quote.start()]
    count = namecues.leading_name_tokens(before)
    plain = IN_END_RE.sub(",", " ".join(before.split()[count:]).strip())
    after = work[quote.end() :]
    if (
        not plain.endswith(",")
        or len(plain.split()) < 2
        or not QUOTED_JOURNAL_NUMBERS_RE.match(after)
    ):
        return None
    people = names_field("author", " ".join(before.split()[:count])) if count else {}
    return _quoted_journal_article({**people, "title": clean_title(plain)}, quote, after)


def journal_in_quotes_after_italics(
    work: str, title: re.Match[str], quote: re.Match[str]
) -> Parsed | None:
    """Polish: "B. Nowak, *Tytuł artykułu*, „Rocznik” 2005, t. 8, nr 2, s. 4": the article's
    title in italics, at once the journal in quotes, then its year, volume and issue."""
    after = work[quote.end() :]
    if (
        not title.group().startswith("*")
        or quote.group()[:1] not in QUOTE_OPENERS
        or not _comma_or_in(work[title.end() : quote.start()])
        or not QUOTED_JOURNAL_NUMBERS_RE.match(after)
    ):
        return None
    people, _ = people_before(work[: title.start()])
    return _quoted_journal_article({**people, "title": match_title(title)}, quote, after)


QUOTE_OPENERS = '„“«"‘'


def _comma_or_in(between: str) -> bool:
    """A comma, or a comma and "in" (Italian: "*Titolo*, in «Rivista», 17 (2017)")."""
    marker = IN_RE.match(between)
    return between.strip() == "," or marker is not None and marker.end() == len(between)


def _quoted_journal_article(fields: dict[str, str], quote: re.Match[str], after: str) -> Parsed:
    """The article whose FIELDS name it, in the journal QUOTE, its numbers in AFTER."""
    fields = {**fields, "journal": match_title(quote)}
    fields.update(date_fields(after))
    fields.update(_volume_and_number(after))
    page = PAGE_MARK_RE.search(after)  # "2005, t. 8" alone: no page, no pinpoint
    pages, locator = segments.tail_locator([after[page.start() :]]) if page else (None, None)
    fields.update({"pages": pages} if pages else {})
    return Parsed("article", fields, locator)


PAGE_MARK_RE = deferred.compile(r"(?<!\w)(?:s\.|S\.|pp?\.|С\.)\s*\d")  # "s. 4", "pp. 301"


def _volume_and_number(after: str) -> dict[str, str]:
    bare = BARE_VOLUME_RE.match(after) or COMMA_VOLUME_RE.match(after)  # "XXXV (1994), 2"
    if bare:
        return {k: v for k, v in bare.groupdict().items() if v}
    fields = {}
    volume = VOLUME_RE.search(after)
    if volume:
        fields["volume"] = volume.group("vol")
    number = NUMBER_RE.search(after)
    if number:
        fields["number"] = number.group("num").strip(".,")
    return fields


def journal_after(after: str) -> tuple[str, str] | None:
    """The journal that follows an article title: *Italic*, or plain before a date/volume."""
    italic = ITALIC_RE.match(after.lstrip(" ,.").rstrip())
    if italic is None:
        italic = ITALIC_RE.search(after)
        if italic and after[: italic.start()].strip(" ,."):
            italic = None
        stripped = after
    else:
        stripped = after.lstrip(" ,.")
    if italic is not None:
        return clean_title(italic.group("body")), stripped[italic.end() :]
    plain = PLAIN_JOURNAL_RE.match(after)
    publisher_paren = re.search(r"\([^()]*[:,][^()]*\d{4}[^()]*\)", after)  # "(London: X, 2005)"
    if (
        plain
        and not PUBLISHER_WORDS_RE.search(plain.group("name"))
        and not MONTH_RE.match(plain.group("name"))
        and not publisher_paren
    ):
        return plain.group("name").strip(" ,"), after[plain.end() :]
    return None


def _container_people(head: str) -> tuple[str, str]:
    """The role and names of the people before a chapter's book: its editors where a mark
    follows them ("Ortiz (coord.)") or opens them ("en *ed.* Martha Moore Trescott, *Book*",
    Chicago's "ed." put first in Spanish notes), else the book's authors."""
    lead = OPENING_EDITOR_MARK_RE.match(head.replace("*", "")) if head[:1] in "*eEdDcC" else None
    if lead is not None:
        return "editor", head.replace("*", "")[lead.end() :]
    return ("editor" if EDITOR_MARK_RE.search(head) else "bookauthor"), head


def parse_chapter(title: str, people: dict[str, str], rest: str) -> Parsed:
    """ "“Chapter,” in Editors (eds), *Book* (Place: Publisher, Year), pp. 1–20"."""
    fields = {"title": title, **people}
    container = titlespans.titles(rest)
    if container and not rest[: container[0].start()].strip(" ,.:"):
        numbers = JOURNAL_NUMBERS_RE.match(rest[container[0].end() :])
        if numbers and not EDITOR_MARK_RE.search(rest[container[0].end() :]):
            journal = match_title(container[0])
            return parse_article(title, people, journal, rest[container[0].end() :])
    if container:
        head = rest[: container[0].start()].strip(" ,.")
        if head and "bookauthor" not in fields:
            role, head = _container_people(head)
            fields.update(names_field(role, head))
        fields["booktitle"], after = with_gloss(
            match_title(container[0]), rest[container[0].end() :]
        )
    else:
        return plain_chapter(fields, rest)
    middle, tail = split_imprint(after, fields)
    if container and not tail and not any(k in fields for k in IMPRINT_FIELDS):
        middle, tail = _pages_without_imprint(middle)  # "in *Coasts Remembered*, 20–41"
        if tail and "bookauthor" in fields and "editor" not in fields:
            fields["editor"] = fields.pop("bookauthor")  # "in Marr and Tull, *Coasts …*, 20–41"
    if not container and not any(k in fields for k in ("editor", "publisher", "address")):
        journal = clean_title(rest.split(",")[0])  # "in Critica marxista, n. 6, 2003": a journal
        fields.pop("booktitle", None)
        return parse_article(
            title,
            {k: v for k, v in fields.items() if k != "title"},
            journal,
            rest[len(rest.split(",")[0]) :],
        )
    extra, volume = book_middle(middle)
    fields.update(extra)
    if volume:
        fields["volume"] = VOLUME_RE.search(volume).group("vol")
    tail_volume = VOLUME_RE.search(tail)
    if tail_volume and "volume" not in fields and tail.find(tail_volume.group()) < 4:
        fields["volume"] = tail_volume.group("vol")
        tail = tail[tail_volume.end() :]
    locator = pages_or_locator(find_locator(tail), fields)
    return Parsed("incollection", fields, locator)


IMPRINT_FIELDS = ("year", "publisher", "address")
# the part's pages (and a pinpoint in them) closing a container that has no imprint, the book
# cited in full in another note: "…, in Marr and Tull, *Coasts Remembered*, 42–60, at 45"
PAGES_CLOSING_RE = re.compile(
    r"[,:]\s*(?P<pages>(?:pp?\.\s*)?[\dxivlc]+(?:\s*[–-]\s*\d+)?(?:,\s*at\s+\d+(?:\s*[–-]\s*\d+)?)?)"
    r"[\s.]*$"
)


def _pages_without_imprint(middle: str) -> tuple[str, str]:
    """MIDDLE without the pages that close it, and those pages: the part's range of a
    container named without an imprint, or a pinpoint (pages_or_locator tells them apart)."""
    found = PAGES_CLOSING_RE.search(middle)
    return (middle[: found.start()], found.group("pages")) if found else (middle, "")


def plain_chapter(fields: dict[str, str], rest: str) -> Parsed:
    """A container without markup: "in Linking the Formal …, ed. B. Guha-Khasnobis (Oxford: …)",
    "in Portes, Castells, and Benton, Informal Economy, 12", or a journal ("in Critica, n. 6")."""
    cut = IMPRINT_PAREN_RE.search(rest)
    head = rest[: cut.start()] if cut else rest
    count = _unmarked_title_head(head, namecues.leading_name_tokens(head))
    # "Müller, K./Roe, P. (Hrsg.): Book", "Ann Roe and others (eds), Book (Place 2003)"
    marked = marked_editors(head)
    if marked:
        fields.update(names_field("editor", marked[0]))
        head, count = marked[1], 0
    if count and EDITORS_AFTER_TITLE_RE.search(head) or not LETTER_RE.search(_after(head, count)):
        count = 0  # "in Stocks, Seasons and Sales: …, ed. by Names": the editors follow the title
    journal = _plain_journal(rest, head) if cut else None
    if journal is not None and count and count < len(journal.split()):
        journal = None  # "in Names, Title 12 (1990)": a volume's editors and its title
    if journal is not None:  # "in: Zeitschrift für Geschichte 12 (1990), S. 3-20"
        return parse_article(fields.pop("title"), fields, journal, rest[len(journal) :])
    if count:  # the volume's editors, then its (short) title
        fields.update(names_field("editor", " ".join(head.split()[:count])))
        head = LEADING_EDITOR_MARK_RE.sub("", " ".join(head.split()[count:]))
    parts = imprint_sentence(segments.split_segments(head))  # "Book. Berlin 2001, S. 3"
    found = segments.find_imprint(parts) if (count or marked) and not cut else None
    if found is None and not count and not cut:
        found = _placed_imprint(parts)  # "in: Book, Rome 2018, S. 117": a book's imprint
    if found is not None:  # "en Mercedes Ortiz (coord.), Prensa obrera, Madrid, Alianza, 1990, pp."
        start, year_index, imprint = found
        fields.update(imprint)
        fields["booktitle"] = clean_title(segments.title_text(parts[:start]))
        tail = ", ".join(parts[year_index + 1 :])
        return Parsed("incollection", fields, pages_or_locator(find_locator(tail), fields))
    fields["booktitle"] = clean_title(segments.title_text(parts))
    fields.update({k: v for k, v in segments.contributors(parts[1:]).items() if k not in fields})
    tail = rest[cut.end() :] if cut else ", ".join(parts[1:])
    if cut:
        fields.update(parse_paren_imprint(cut.group("body")))
    elif not (count or marked) and (NUMBER_RE.search(head) or YEAR_RE.search(head)):
        journal = fields.pop("booktitle")  # "in Critica marxista, n. 6, 2003, pp. 29-38"
        after = rest[len(rest.split(",")[0]) :]
        mark = JOURNAL_TAIL_RE.search(journal)
        if mark:  # "En Global Environment [en línea]. 2018, vol. 11": the year is the issue's
            journal, after = journal[: mark.start()], journal[mark.start() :] + after
        return parse_article(fields.pop("title"), fields, journal, after)
    locator = pages_or_locator(
        find_locator(
            tail if cut else ", ".join(p for p in parts[1:] if not segments.CONTRIBUTOR_RE.match(p))
        ),
        fields,
    )
    return Parsed("incollection", fields, locator)


def _after(head: str, count: int) -> str:
    """HEAD without its first COUNT words (the names before a volume's title)."""
    words = head.split(None, count)
    return words[count] if len(words) > count else ""


def _unmarked_title_head(head: str, count: int) -> int:
    """COUNT leading name words of HEAD, or 0 where they are a title's: they end in a colon
    with no editor's mark ("in: Qualitative Netzwerkanalyse: Konzepte, …": a title and its
    subtitle; a container's editors are marked, "X (Hg.): Book"), or a joining word and a
    lower-case word follow them ("in: Historische Grundwissenschaften und die …")."""
    words = head.split()
    if not count or count > 3:  # a title's head is short; a list of editors may be long
        return count
    if words[count - 1].endswith(":") or title_after_joiner(words, count):
        return 0
    if title_joined_to_colon(words, count):
        return 0  # "i Mixed Feelings and Vexed Passions: Exploring …": a title and subtitle
    return count


def _placed_imprint(parts: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """A place before the year ("Rome 2018", "Paris: Seuil, 1990") after the container's name:
    a book's imprint, where a journal's name is followed by its numbers."""
    found = segments.find_imprint(parts)
    return found if found and found[0] > 0 and "address" in found[2] else None


def _plain_journal(rest: str, head: str) -> str | None:
    """The plain name of a journal whose volume and dated brackets follow it, or None."""
    volume = re.search(r"\s+\d{1,4}(?:[./]\d{1,3})?\s*$", head)
    name = head[: volume.start()].strip() if volume else ""
    if name.endswith(","):  # German notes: "Name, 70 (2020)"; not Bluebook's "Book 335, 348 ("
        name = name[:-1].rstrip() if not name[-2:-1].isdigit() else ""
    if not name or "," in name or not name[0].isupper():
        return None
    end = rest.find(name) + len(name)
    return rest[:end] if JOURNAL_NUMBERS_RE.match(rest[end:]) else None


# volume and issue with no labels, just before the date in brackets: MHRA's "23.1 (2006)",
# Medical History's "24, 1 (1980)"
VOLUME_ISSUE_RE = deferred.compile(
    r"^[\s,.]*(?P<vol>\d{1,4}|[IVXLC]+)(?:\s*,\s*|\.)(?P<num>\d{1,3})\s*$"
)  # Spanish journals number their volumes in capitals: "*Hispania*, XLII, 151 (1982)"
# a volume in capitals before the date or the issue: "*Hispania*, XLII (1982)", "XLII, núm. 151"
ROMAN_VOLUME_RE = deferred.compile(r"^[\s,.]*(?P<vol>[IVXLC]+)\s*(?:,|$)")


def parse_article(title: str, people: dict[str, str], journal: str, rest: str) -> Parsed:
    """ "“Title,” *Journal* 10, no. 4 (Fall 2009): 869–960"."""
    fields = {"title": title, **people, "journal": journal}
    body = rest
    paren = re.search(r"\((?P<d>[^()]*\d{4}[^()]*)\)", body)
    date_text = paren.group("d") if paren else body
    fields.update(date_fields(date_text))
    head = body[: paren.start()] if paren else body
    volume = (
        VOLUME_RE.search(head)
        or re.match(
            rf"^[\s,.]*(?P<vol>\d{{1,4}})\b(?!\s*[-–])(?!\.?\s+{MONTHS})",
            head,  # not "2 January 1905"
        )
        or (ROMAN_VOLUME_RE.match(head) if paren else None)
    )
    if volume and not YEAR_RE.fullmatch(volume.group("vol")):
        fields["volume"] = volume.group("vol")
    number = NUMBER_RE.search(head)
    if number:
        fields["number"] = number.group("num").strip(",.")
    pair = VOLUME_ISSUE_RE.match(head) if paren and not number else None
    if pair:
        fields.update(volume=pair["vol"], number=pair["num"])
    tail = body[paren.end() :] if paren else _after_numbers(body)
    issue = ISSUE_AFTER_DATE_RE.match(tail) if paren and "number" not in fields else None
    if issue:  # German notes: "70 (2020), H. 1, S. 19–23": the issue after the year
        fields["number"], tail = issue.group("num"), tail[issue.end() :]
    yearly = None if paren else year_volume_pages(body)
    if yearly:  # "Lancet, 1908, i: 216–20": the year first, then the volume and the range
        fields.update(yearly[0])
        return Parsed("article", fields, find_locator(yearly[1].strip(" ,.;")))
    abnt = None if paren else ABNT_NUMBERS_RE.match(body)
    if abnt:  # the article's own pages are known: what follows the year is a pinpoint
        fields.update({k: v for k, v in abnt.groupdict().items() if v})
        return Parsed("article", fields, find_locator(tail))
    found = find_locator(tail)
    if paren and found and _own_pages_after_colon(tail, found):
        fields["pages"] = found
        return Parsed("article", fields, None)
    return Parsed("article", fields, pages_or_locator(found, fields))


# what a journal article's "(1999): " is followed by when it prints the article's own extent:
# a bare range ("509–512", however short), or an article number no page has ("105969",
# "e0123456", "01620001", "aac4716"), or a supplement's lettered range ("S95–S120"); a pinpoint
# is a bare page or a labelled one ("at 5", "p. 5")
OWN_PAGES_RE = re.compile(
    rf"\s*:\s*(?:{PAGE_RANGE_RE.pattern}|[a-z]?0\d{{3,}}|[a-z]?\d{{5,}}|e\d{{3,}}|[a-z]{{2,3}}\d{{4,}}"
    r"|(?P<letter>[A-Z])\d{1,5}\s*[-–]\s*(?P=letter)\d{1,5})\s*(?:[,.;]|$)"
)


def _own_pages_after_colon(tail: str, found: str) -> bool:
    """Is FOUND, right after the date's colon, the article's own pages rather than a pinpoint?
    Styles that print them there (Chicago's notes) print the article's range when no page is
    cited; a cited page stands alone."""
    match = OWN_PAGES_RE.match(tail)
    return bool(match) and re.sub(r"\D", "", found) == re.sub(r"\D", "", match.group())


# an issue just after the date in brackets: ", H. 1,", ", Heft 3", ", no. 2", ", n. 4", ", fasc. 2"
ISSUE_AFTER_DATE_RE = deferred.compile(
    r"^\s*,\s*(?:H\.|Heft|no\.|nr\.?|n\.|n[°º]|fasc\.|issue)\s*(?P<num>\d{1,4}(?:[/–-]\d{1,4})?)(?=\s*(?:[,.;:]|$))"
)
# ABNT: "v. 25, n. 1, p. 13–31, 2018": volume, issue and the article's pages before its year
# (the journal's place before them, "Niterói, v. 2"; a month before the year, "jun. 1997")
ABNT_NUMBERS_RE = deferred.compile(
    r"^[\s,.]*(?:[^\W\d_][^,\d]*,\s*)?"
    r"v\.\s*(?P<volume>[\dIVXLC]+(?:[-–/][\dIVXLC]+)?)(?:,\s*n\.\s*(?P<number>[\w-]+))?"
    r"(?:,\s*p\.\s*(?P<pages>\d+\s*[–-]\s*\d+))?,\s*"
    r"(?:[^\W\d_]{3,4}\.(?:/[^\W\d_]{3,4}\.)?\s*)?(?:1[5-9]|20)\d\d\b"
)


def _after_numbers(body: str) -> str:
    """With no parenthesis of date, the pages follow the last date/volume/number element."""
    marks = [
        m.end()
        for m in (*YEAR_RE.finditer(body), *NUMBER_RE.finditer(body), *VOLUME_RE.finditer(body))
    ]
    return body[max(marks) :] if marks else body
