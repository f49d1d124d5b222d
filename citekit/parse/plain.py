"""Citations without italics or quotes (text from PDFs), read by position: names, title, imprint."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import (
    cues,
    deferred,
    namecues,
    plainimprint,
    rolenames,
    segments,
    titlespans,
    uregex,
)
from citekit.parse.containers import CONTAINER_WORDS
from citekit.parse.elements import (
    LEADING_VOLUME_RE,
    Parsed,
    book_middle,
    clean_title,
    match_title,
    names_field,
    parse_book,
    people_before,
    special_type,
)
from citekit.parse.imprint import (
    NUMBER_RE,
    VOLUME_RE,
    date_fields,
    find_locator,
    is_page_range,
)
from citekit.parse.numberedjournal import numbered_journal_article
from citekit.parse.patterns import (
    CONFERENCE_RE,
    EDITOR_MARK_RE,
    IMPRINT_PAREN_RE,
    LOCATOR_START_RE,
)
from citekit.parse.plainjournal import comma_journal_article
from citekit.parse.publishedmeeting import published_meeting
from citekit.parse.titlefirsteditors import editors_follow

# a container named before the meeting's word: "…, in Emporia. Proceedings of the 10th Aegean
# Conference, Athens 2004", "“Title,” in Proceedings of …", "‘Title’, Proceedings of the SIGCHI
# Conference on …": a paper in the proceedings, not a paper read at the meeting
CONTAINER_BEFORE_RE = uregex.compile(
    rf"[,.][’”\"']?\s+(?:(?:{CONTAINER_WORDS}):?\s+\S|(?i:proceedings|proc\.)\s+of\b)"
)


def is_conference_paper(work: str) -> bool:
    """A paper read at a meeting: a meeting's word ("conference", "Tagung") with no container
    opened before it."""
    cue = conference_cue(work)  # outside the titles: not "‘… Workshop’ (…)"
    return bool(cue) and not CONTAINER_BEFORE_RE.search(work[: cue.start()])


def conference_cue(work: str) -> re.Match[str] | None:
    """The first word of WORK that names a meeting outside its titles: "a paper at the
    conference …", not the title's own word ("‘Exploring Virtual Control Workshop’ (…)")."""
    titles = titlespans.titles(work) if "‘" in work or "“" in work or '"' in work else []
    return next(
        (
            c
            for c in CONFERENCE_RE.finditer(work)
            if not any(t.start() <= c.start() < t.end() for t in titles)
        ),
        None,
    )


def parse_conference(work: str) -> Parsed:
    """ "Rudolf Pikhov, a paper at the conference “...”, Moscow, June 10, 2016"."""
    cue = conference_cue(work)
    if cue is None:
        return parse_untitled(work)
    head, rest = work[: cue.start()], work[cue.start() :]
    fields: dict[str, str] = {}
    title = titlespans.titles(head)
    if title:
        fields["title"] = match_title(title[0])
        head = head[: title[0].start()]
    head = re.sub(
        r"[\s,“”\"]*(?:\b(?:at|to|for|in|of)\b\s*)?(?:\b(?:a|an|the)\b)?[\s,“”\"]*$", "", head
    )
    people, _ = people_before(_last_name_run(head))
    fields.update(people)
    rest = re.sub(r"^(?:a\s+|the\s+)", "", rest.strip(' “”"')).strip()
    meeting = published_meeting(rest) if "title" in fields else None
    if meeting is not None:  # "“Title,” Conference … (Vienna: ACM, 2004)": in its proceedings
        return Parsed("inproceedings", {**fields, **meeting}, None)
    fields["howpublished"] = rest[:1].upper() + rest[1:]
    fields.update(date_fields(rest))
    return Parsed("unpublished", fields, None)


def _last_name_run(text: str) -> str:
    """The last run of capitalised words ("The paper by Russian historian Rudolf Pikhov" -> ...)."""
    text = text.strip(' ,.“”"')
    if namecues.starts_with_name(text + ","):
        return text
    runs = uregex.compile(r"(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+(?=\s*,?\s*$)").findall(text)
    return runs[-1] if runs else ""


def parse_untitled(work: str) -> Parsed:
    """No italics or quotes (text from PDFs, web pages): names, title, imprint by segments."""
    count = _names_before_title(work, namecues.leading_name_tokens(work))
    words = work.split()
    if count and _title_not_names(work, " ".join(words[:count])):
        count = 0
    head = " ".join(words[:count])
    mark = " ".join(words[count : count + 1])  # "Smith, ed., Title" but not "Smith, Title, ed. X"
    edited = EDITOR_MARK_RE.search(head) or EDITOR_MARK_RE.match(f" {mark}")
    people = names_field("editor" if edited else "author", head) if count else {}
    rest = (
        re.sub(
            r"^(?:(?:eds?|Hg|Hrsg|dir|éds?)\.?\)?[\s,:]*)",
            "",
            " ".join(words[count:]).lstrip(" ,.:"),
        )
        if count
        else work
    )
    rest = re.sub(r"^(?:in|In)\s+", "", rest)
    if " // " in rest:
        return _gost_part(people, *rest.split(" // ", 1))
    rest, people = _statement_of_responsibility(rest, people)
    article = ABNT_ARTICLE_RE.match(rest)
    if article and cues.ISSUE_RE.search(article.group("after")):
        return _sentence_article(people, article)
    article = comma_journal_article(work, rest, people)
    if article is not None:  # "Title, Journal, 9-10 (1993), p. 337"
        return article
    article = numbered_journal_article(rest, people) if people else None
    if article is not None:  # "Title, Lancet 2006, 367: 659-667"
        return article
    parts = segments.split_segments(rest)
    title_parts, container = segments.title_and_container(parts)
    if container and title_parts:
        return _untitled_part(people, title_parts, container)
    return _untitled_book(people, parts)


# a title's editors or translators named after it: "…, ed. by ", "…, hg. v. ", "…, trans. by "
EDITED_BY_AFTER_RE = uregex.compile(
    r"\s*(?:ed\.\s+by|edited\s+by|trans\.\s+by|translated\s+by|hg\.\s*v\.|hrsg\.\s*v\.|éd\.\s+par)\s"
)


def _title_not_names(work: str, head: str) -> bool:
    """Is HEAD, read as names, a title that opens the citation instead: one that runs into its
    imprint ("Detailtypografie (Verlag H. Schmidt, 2002)") or one word before a colon
    ("Zettelwirtschaft: Die Geburt der Kartei …", the author named in the running text)?"""
    if EDITED_BY_AFTER_RE.match(work, len(head)) or editors_follow(work, len(head)):
        return True  # "Wissen und Buchgestalt, ed. by Philipp Hegel …": the editors come after
    if head.split(maxsplit=1)[0].casefold() in TITLE_ARTICLES:
        return True  # "Der Buchdruck in Der Frühen Neuzeit. …": an article opens no name
    paren = head.find("(")
    if paren > 0:  # not "Mercedes Ortiz Calvo (coord.),": a role, not an imprint
        return IMPRINT_PAREN_RE.match(work, paren) is not None
    # a title's words before its colon ("Digital Humanities: Eine Einführung (Stuttgart: …")
    # where the imprint stands in brackets, as note styles that name the author with a comma
    # print it; German "Kettler: Title, S. 140" has none
    words = head[:-1].split()
    if not head.endswith(":") or not 0 < len(words) <= COLON_TITLE_WORDS:
        return False
    imprint = IMPRINT_PAREN_RE if len(words) == 1 else PUBLISHER_PAREN_RE
    return all(w.isalpha() for w in words) and imprint.search(work) is not None


TITLE_ARTICLES = lexicons.words("title_articles")  # "der", "the": they open no name
COLON_TITLE_WORDS = 4  # words of a title before its colon, read where names might stand
# a bracketed imprint with its publisher: "(Stuttgart: Metzler, 2017)", not a volume's "(1927)"
PUBLISHER_PAREN_RE = deferred.compile(r"\([^()]*[^\W\d_][^()]*,\s*(?:1[5-9]|20)\d\d\)")


def _names_before_title(work: str, count: int) -> int:
    """COUNT, the words that open WORK as names, or fewer: in "William Wordsworth, The
    Prelude, Jonathan Wordsworth, …, and Stephen Gill (eds.)" the names closed by a role are
    a book's editors after its title, and only the first segment is its author's."""
    segments = " ".join(work.split()[:count]).split(", ")
    start = rolenames.run_start(segments)
    return len(segments[0].split()) if start is not None and start >= 2 else count


# ABNT: "Title. Journal, Place, v. 21, n. 42, p. 77-99, 2001": the journal's sentence (its
# issue alone, and then the pages, where it has no volume: "n. 19, p. 33-62")
ABNT_ARTICLE_RE = uregex.compile(
    r"(?P<title>.+)\.\s+(?P<journal>[A-Z][^.]+?),\s+"
    r"(?P<after>(?:[^,]+,\s+)?(?:(?:v|vol|roč|t|Jg)\.\s*\d|n\.\s*\d+,\s*p\.\s*\d).*)$"
)


def _statement_of_responsibility(rest: str, people: dict[str, str]) -> tuple[str, dict[str, str]]:
    """GOST: "Сб. документов / под ред. А. С. Морозова. Новосибирск: …": the editors after the
    slash, up to the imprint, leave the title."""
    head, slash, tail = rest.partition(" / ")
    imprint = plainimprint.PLAIN_IMPRINT_RE.search(tail) if slash and " // " not in rest else None
    if imprint is None:
        return rest, people
    editors = segments.contributors([tail[: imprint.start()].strip(" .")])
    return f"{head}. {tail[imprint.start('place') :]}", {**editors, **people}


def _sentence_article(people: dict[str, str], match: re.Match[str]) -> Parsed:
    after = match.group("after")
    fields = {**people, "title": clean_title(match.group("title"))}
    fields["journal"] = clean_title(match.group("journal"))
    fields.update(date_fields(after))
    volume = re.search(r"\b(?:v|vol|roč|t|Jg)\.\s*(\d+)", after)
    fields.update({"volume": volume.group(1)} if volume else {})
    return Parsed("article", fields, _issue_and_pinpoint(after, fields))


def _issue_and_pinpoint(text: str, fields: dict[str, str]) -> str | None:
    """An article's issue and page range into FIELDS; a single page is the pinpoint."""
    number = NUMBER_RE.search(text)
    if number:
        fields["number"] = number.group("num").strip(".,")
    pinpoint = re.search(r"(?:С|с|P|S|s|pp?)\.\s*(\d+\s*[–-]\s*\d+|\d+)", text)
    if pinpoint and is_page_range(pinpoint.group(1)):
        fields["pages"] = pinpoint.group(1)
        return None
    return pinpoint.group() if pinpoint else None


def _gost_part(people: dict[str, str], title: str, container: str) -> Parsed:
    """ "Title // Journal. 1994. № 2. С. 33–48" (an article), "// Works. M.: X, 1970" (a part)."""
    fields = {**people, "title": clean_title(title.split(" / ")[0])}
    parts = segments.split_segments(container)
    found = segments.find_imprint(["", *parts])
    if found is not None and "№" not in container:  # "// Вопросы истории. 1994. № 2": a journal
        start, year_index, imprint = found
        book, _, editors = ", ".join(parts[: start - 1]).partition(" / ")
        fields.update(imprint, booktitle=clean_title(book))  # "Book / ed. by T. Emmons, …"
        fields.update({k: v for k, v in segments.contributors([editors]).items() if editors})
        pages, locator = segments.tail_locator(parts[year_index:])
        fields.update({"pages": pages} if pages else {})
        return Parsed("incollection", fields, locator)
    fields["journal"] = clean_title(parts[0]) if parts else ""
    fields.update(date_fields(container))
    return Parsed("article", fields, _issue_and_pinpoint(container, fields))


def _untitled_book(people: dict[str, str], parts: list[str]) -> Parsed:
    fields = dict(people)
    text = ", ".join(parts)
    paren = IMPRINT_PAREN_RE.search(text)
    if paren and clean_title(text[: paren.start()]):  # "Title (Toronto: McClelland, 1977), 201"
        head = segments.split_segments(text[: paren.start()])
        extra = {k: v for k, v in segments.contributors(head[1:]).items() if k not in people}
        stated, _ = book_middle(", ".join(head[1:]))  # "…, Rolls Series, 51 (London: …)"
        extra.update({k: v for k, v in stated.items() if k in ("series", "number")})
        parsed = parse_book(clean_title(segments.title_text(head)), people, text[paren.start() :])
        return Parsed(parsed.entry_type, {**parsed.fields, **extra}, parsed.locator)
    found = segments.find_imprint(parts)
    if found is None:
        if parts and LOCATOR_START_RE.match(parts[0]):  # "Altick, p. 310": names and a page
            return Parsed("book" if people else "misc", fields, find_locator(", ".join(parts)))
        title = clean_title(parts[0]) if parts else ""
        fields.update({"title": title} if title else {})
        locator = find_locator(", ".join(parts[1:])) if len(parts) > 1 else None
        kind = special_type(", ".join(parts), fields) or ("book" if people else "misc")
        return Parsed(kind, fields, locator)
    start, year_index, imprint = found
    fields.update(imprint)
    title = clean_title(segments.title_text(parts[:start]))
    if title:
        fields["title"] = title
    fields.update(
        {k: v for k, v in segments.contributors(parts[1:start]).items() if k not in fields}
    )
    middle = ", ".join(parts[1:start])
    stated, volume = book_middle(middle)
    if stated.get("edition") and "edition" not in fields:  # "Minnesang, 2. Aufl., Stuttgart"
        fields["edition"] = stated["edition"]
    locator = find_locator(", ".join(parts[year_index + 1 :]))
    if volume:
        fields.setdefault("volume", VOLUME_RE.search(volume).group("vol"))
    entry_type = "collection" if "editor" in fields and "author" not in fields else "book"
    special = special_type(", ".join(parts[1 : year_index + 1]), fields)
    mark = f"{fields.get('type')}. "
    if special == "thesis" and fields.get("address", "").startswith(mark):
        fields["address"] = fields["address"][len(mark) :]  # "diss. Lund: Arkiv 1986"
    if (
        special == "thesis"
        and "publisher" not in fields  # "Lund: Arkiv": a thesis printed as a book, in Lund
        and fields.get("school")
        and fields.get("address", "")
        in (fields["school"], f"{fields.get('type', '')} {fields['school']}")
    ):
        fields.pop("address")  # "Diss. Univ. Heidelberg 2001" names a school, not a place
    return Parsed(special or entry_type, fields, locator)


def _untitled_part(people: dict[str, str], title_parts: list[str], container: list[str]) -> Parsed:
    """ "Title, in: Editor (Hg.): Book, Place Year, S. 5–28" or "Title, in: Journal 38 (1927)"."""
    fields = {**people, "title": clean_title(segments.title_text(title_parts))}
    journal = segments.JOURNAL_VOLUME_RE.match(container[0])
    if journal:
        fields.update(
            journal=journal.group("journal").strip(" ,"),
            volume=journal.group("volume"),
            year=journal.group("year"),
        )
        pages, locator = segments.tail_locator(container[1:])
        fields.update({"pages": pages} if pages else {})
        return Parsed("article", fields, locator)
    editors, rest = segments.container_parts(container)
    fields.update(editors)
    found = segments.find_imprint(rest)
    if found is None:
        fields["booktitle"] = clean_title(rest[0]) if rest else ""
        return Parsed("incollection", fields, find_locator(", ".join(rest[1:])))
    start, year_index, imprint = found
    fields.update(imprint)
    fields["booktitle"] = clean_title(segments.title_text(rest[:start]))
    volume = VOLUME_RE.search(", ".join(rest[1:start]))
    if volume:
        fields["volume"] = volume.group("vol")
    fields.update(
        {k: v for k, v in segments.contributors(rest[1:start]).items() if k not in fields}
    )
    tail = rest[year_index + 1 :]
    tail_volume = LEADING_VOLUME_RE.match(tail[0] + ", ") if tail else None
    if tail_volume and len(tail) > 1 and "volume" not in fields:  # "…, 2009, v. 3, p. 15-44"
        fields["volume"], tail = tail_volume.group("vol"), tail[1:]
    pages, locator = segments.tail_locator(tail)
    fields.update({"pages": pages} if pages else {})
    return Parsed("incollection", fields, locator)
