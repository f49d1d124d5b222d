"""A full citation's text -> BibTeX entry type, fields and locator (the citation grammar)."""

from __future__ import annotations

import re

from citekit.parse import uregex
from dataclasses import dataclass, field

from citekit.parse import cues, names, segments
from citekit.parse.bluebook import parse_bluebook
from citekit.parse.imprint import (
    PUBLISHER_WORDS_RE,
    NUMBER_RE,
    VOLUME_COUNT_RE,
    VOLUME_RE,
    date_fields,
    is_page_range,
    iso_date,
    parse_imprint,
)
from citekit.parse.patterns import (
    ACCESSED_RE,
    MONTHS,
    BARE_IMPRINT_RE,
    CONFERENCE_RE,
    DOI_RE,
    EDITED_BY_RE,
    EDITION_RE,
    EDITOR_MARK_RE,
    HEREAFTER_RE,
    IMPRINT_PAREN_RE,
    ITALIC_RE,
    LOCATOR_START_RE,
    MONTH_RE,
    PAGE_RANGE_RE,
    REPORT_RE,
    THESIS_RE,
    URL_RE,
    YEAR_RE,
)

IN_RE = uregex.compile(r"^[\s,.]*(?:in|In|dans|en|In)\s*:?\s+")  # "…,” in: Thomas P. Bernstein"
NAME_IN_RE = uregex.compile(r"^(?P<author>.+?)\s+in\s*:\s*(?P<container>.*)$")  # "Anisimov in: Aven"
POSSESSIVE_LEAD_RE = uregex.compile(r"\b(?:in\s+)?(?:my|his|her|their|our)\s*$", re.IGNORECASE)
LINK_LEAD_RE = uregex.compile(r"[,;]?\s*(?:accessed\s+at|available\s+at|available\s+from|at|online|URL"
                          r"|unter|en\s+ligne|disponible\s+en)\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one citation states: entry type, BibTeX fields, and its own pinpoint."""

    entry_type: str
    fields: dict[str, str] = field(default_factory=dict)
    locator: str | None = None


def clean_title(text: str) -> str:
    """Strip emphasis, quotes and trailing punctuation; "Title. Subtitle" -> "Title: Subtitle"."""
    text = text.replace("*", "").strip(" “”\"‘’'«»„,.;:")
    text = " ".join(text.split())
    if ": " not in text:
        text = uregex.compile(r"(?<=[a-z\u00e0-\u024f)’'])\.\s+(?=[A-Z\u00c0-\u00dd\d])").sub(": ", text, count=1)
    return text


def _title_text(match: re.Match[str]) -> str:
    return clean_title(next(g for g in match.groups() if g is not None))


def take_links(text: str) -> tuple[str, dict[str, str]]:
    """Pull URL, DOI and access date out of TEXT (they can stand anywhere)."""
    out: dict[str, str] = {}
    accessed = ACCESSED_RE.search(text)
    if accessed:
        iso = iso_date(accessed.group("date"))
        if iso:
            out["urldate"] = iso
        text = text[: accessed.start()] + text[accessed.end():]
    doi = DOI_RE.search(text)
    if doi:
        out["doi"] = doi.group("doi")
        text = text[: doi.start()] + text[doi.end():]
    url = URL_RE.search(text)
    if url:
        out["url"] = url.group("url")
        head = LINK_LEAD_RE.sub("", text[: url.start()])
        text = head + text[url.end():]
    return text.strip(" ,;"), out


def parse_full(text: str, abbreviations: dict[str, str] | None = None) -> Parsed:
    """Entry type, fields and locator of a citation that stands on its own."""
    work, links = take_links(text)
    work = HEREAFTER_RE.sub("", work).strip(" ,.;")
    legal = parse_bluebook(work)
    if legal is not None:
        entry_type, fields, locator = legal
        return Parsed(entry_type, {**fields, **links}, locator)
    if cues.is_archival(work):
        parsed = archival(work, abbreviations or {})
    elif CONFERENCE_RE.search(work) and not ITALIC_RE.search(work):
        parsed = _conference(work)
    else:
        found = [m for m in cues.titles(work) if not _inside_plain_title(work, m)]
        parsed = _titled(work, found) if found else _untitled(work)
    fields = {**parsed.fields, **{k: v for k, v in links.items() if k not in parsed.fields}}
    entry_type = parsed.entry_type
    if "url" in fields and (entry_type == "misc" or entry_type == "book" and not (
            "publisher" in fields or "address" in fields)):
        entry_type = "online"
    return Parsed(entry_type, fields, parsed.locator)


def _inside_plain_title(work: str, match: re.Match[str]) -> bool:
    """A quotation inside an unmarked title runs on into it: "Des « Annales » à la …"."""
    after = re.match(r"\s+(?P<word>[a-zà-ÿ][\w'’]+)(?![.\w])", work[match.end():])  # not "p. 30"
    return bool(after) and after.group("word") not in ("in", "dans", "en", "ed", "eds", "trans",
                                                        "hg", "hrsg", "nel", "nella")


def _people(before: str) -> tuple[dict[str, str], dict[str, str]]:
    """The names before the title: (author/editor fields, container-name fields)."""
    before = POSSESSIVE_LEAD_RE.sub("", before.strip()).strip(" ,.:;")
    before = re.sub(r"\s+in\s+(?:her|his|their)\b.*$", "", before)  # "Sexton in his memoir,"
    container: dict[str, str] = {}
    match = NAME_IN_RE.match(before)
    if match:
        before = match.group("author")
        inner = match.group("container").strip(" ,.")
        role = "editor" if EDITOR_MARK_RE.search(inner) else "bookauthor"
        container = _names_field(role, inner)
    if not before or not cues.starts_with_name(before + ","):
        return {}, container
    role = "editor" if EDITOR_MARK_RE.search(before) else "author"
    return _names_field(role, before), container


def _names_field(role: str, text: str) -> dict[str, str]:
    found = names.split_names(text)
    return {role: " and ".join(found)} if found else {}


def _titled(work: str, found: list[re.Match[str]]) -> Parsed:
    first = found[0]
    quoted_journal = _journal_in_quotes(work, first)
    if quoted_journal is not None:
        return quoted_journal
    people, container = _people(work[: first.start()])
    after = work[first.end():]
    title = _title_text(first)
    if first.group().startswith("*") and container:  # "Anisimov in: Aven, Kokh. *Book*"
        parsed = _book(title, {**people, **container}, after)
        fields = {("booktitle" if k == "title" else k): v for k, v in parsed.fields.items()}
        return Parsed("incollection", fields, _pages_or_locator(parsed.locator, fields))
    if first.group().startswith("*"):
        return _book(title, people, after)
    if REPORT_RE.search(after) or THESIS_RE.search(after):
        return _paper(title, people, after)
    if IN_RE.match(after):
        return _chapter(title, {**people, **container}, after[IN_RE.match(after).end():])
    journal = _journal_after(after)
    if journal is not None:
        name, rest = journal
        return _article(title, people, name, rest)
    if IMPRINT_PAREN_RE.search(after):
        return _book(title, people, after)
    return _paper(title, people, after)


# "…”, Victorian Periodicals Review, 36 (2003)": a journal named in plain text before its numbers
PLAIN_JOURNAL_RE = uregex.compile(
    rf"^[\s,.]*(?P<name>[A-Z][^,()\d]{{2,60}}?)\s*,?\s+(?=\d|\(|vol|no\.|{MONTHS}\.? \d)")


def _journal_in_quotes(work: str, quote: re.Match[str]) -> Parsed | None:
    """Polish habit: "M. Kowalczyk, Kobiece pisma, „Rocznik Historii Prasy” 2005, t. 8, s. 55–78"."""
    before = work[: quote.start()]
    count = cues.leading_name_tokens(before)
    plain = " ".join(before.split()[count:]).strip()
    after = work[quote.end():]
    if not plain.endswith(",") or len(plain.split()) < 2 or not re.match(r"\s*,?\s*(?:\d{4}|t\.|nr|z\.)", after):
        return None
    people = _names_field("author", " ".join(before.split()[:count])) if count else {}
    fields = {**people, "title": clean_title(plain), "journal": _title_text(quote)}
    fields.update(date_fields(after))
    volume = VOLUME_RE.search(after)
    if volume:
        fields["volume"] = volume.group("vol")
    number = re.search(r"\b(?:z\.|nr|no\.|№)\s*(\d+)", after)
    if number:
        fields["number"] = number.group(1)
    pages, locator = segments.tail_locator([re.sub(r"^.*?(?=(?:s\.|S\.|pp?\.|С\.)\s*\d)", "", after)])
    fields.update({"pages": pages} if pages else {})
    return Parsed("article", fields, locator)


def _journal_after(after: str) -> tuple[str, str] | None:
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
        return clean_title(italic.group("body")), stripped[italic.end():]
    plain = PLAIN_JOURNAL_RE.match(after)
    publisher_paren = re.search(r"\([^()]*[:,][^()]*\d{4}[^()]*\)", after)  # "(London: X, 2005)"
    if plain and not PUBLISHER_WORDS_RE.search(plain.group("name")) and not MONTH_RE.match(
            plain.group("name")) and not publisher_paren:
        return plain.group("name").strip(" ,"), after[plain.end():]
    return None


def _book(title: str, people: dict[str, str], after: str) -> Parsed:
    fields = {"title": title, **people}
    middle, tail = _split_imprint(after, fields)
    if not tail and _locator(middle):  # no imprint: ", Vol. 2, 439" is the pinpoint, whole
        return Parsed(_special_type(middle, fields) or "book", fields, _locator(middle))
    extra, volume = _book_middle(middle)
    fields.update(extra)
    locator = _locator(tail)
    if volume:
        locator = f"{volume}, {locator}" if locator else volume
    entry_type = "collection" if "editor" in fields and "author" not in fields else "book"
    entry_type = _special_type(middle + " " + tail, fields) or entry_type
    return Parsed(entry_type, fields, locator)


def _split_imprint(after: str, fields: dict[str, str]) -> tuple[str, str]:
    """Find the imprint in AFTER, put its fields in FIELDS: (text before, text after)."""
    paren = IMPRINT_PAREN_RE.search(after)
    if paren:
        fields.update(parse_imprint(paren.group("body")))
        return after[: paren.start()], after[paren.end():]
    parts = segments.split_segments(after)
    found = segments.find_imprint(["", *parts]) if parts else None
    if found is not None:
        start, year_index, imprint = found
        fields.update(imprint)
        return ", ".join(parts[: start - 1]), ", ".join(parts[year_index:])[4:].lstrip(" ,")
    bare = BARE_IMPRINT_RE.search(after)
    if bare:
        fields.update(parse_imprint(bare.group("body")))
        return after[: bare.start()], after[bare.end():]
    return after, ""


def _book_middle(middle: str) -> tuple[dict[str, str], str | None]:
    """Between title and imprint: editor of an authored book, edition, series, volume."""
    out: dict[str, str] = {}
    volume = None
    edited = EDITED_BY_RE.search(middle)
    if edited:
        out.update(_names_field("editor", edited.group("names")))
        middle = middle[: edited.start()] + middle[edited.end():]
    vol = VOLUME_RE.search(middle)
    if vol:
        volume = vol.group().strip()
        middle = middle[: vol.start()] + middle[vol.end():]
    edition = EDITION_RE.search(middle)
    if edition:
        out["edition"] = re.sub(r"\D", "", edition.group("ed")) or edition.group("ed")
        middle = middle[: edition.start()] + middle[edition.end():]
    series = VOLUME_COUNT_RE.sub("", middle).strip(" ,.;:()")
    if series and re.search(r"\b(?:Series|Reihe|Studies|Library|Collection|coll\.|Schriften)\b",
                            series):
        out["series"] = series
    return out, volume


def _chapter(title: str, people: dict[str, str], rest: str) -> Parsed:
    """"“Chapter,” in Editors (eds), *Book* (Place: Publisher, Year), pp. 1–20"."""
    fields = {"title": title, **people}
    container = cues.titles(rest)
    if container:
        head = rest[: container[0].start()].strip(" ,.")
        if head and "bookauthor" not in fields:
            role = "bookauthor" if not EDITOR_MARK_RE.search(head) else "editor"
            fields.update(_names_field(role, head))
        fields["booktitle"] = _title_text(container[0])
        after = rest[container[0].end():]
    else:
        return _plain_chapter(fields, rest)
    middle, tail = _split_imprint(after, fields)
    if not container and not any(k in fields for k in ("editor", "publisher", "address")):
        journal = clean_title(rest.split(",")[0])  # "in Critica marxista, n. 6, 2003": a journal
        fields.pop("booktitle", None)
        return _article(title, {k: v for k, v in fields.items() if k != "title"}, journal,
                        rest[len(rest.split(",")[0]):])
    extra, volume = _book_middle(middle)
    fields.update(extra)
    if volume:
        fields["volume"] = VOLUME_RE.search(volume).group("vol")
    tail_volume = VOLUME_RE.search(tail)
    if tail_volume and "volume" not in fields and tail.find(tail_volume.group()) < 4:
        fields["volume"] = tail_volume.group("vol")
        tail = tail[tail_volume.end():]
    locator = _pages_or_locator(_locator(tail), fields)
    return Parsed("incollection", fields, locator)


def _plain_chapter(fields: dict[str, str], rest: str) -> Parsed:
    """A container without markup: "in Linking the Formal …, ed. B. Guha-Khasnobis (Oxford: …)",
    "in Portes, Castells, and Benton, Informal Economy, 12", or a journal "in Critica marxista, n. 6"."""
    cut = IMPRINT_PAREN_RE.search(rest)
    head = rest[: cut.start()] if cut else rest
    count = cues.leading_name_tokens(head)
    if count:  # the volume's editors, then its (short) title
        fields.update(_names_field("editor", " ".join(head.split()[:count])))
        head = " ".join(head.split()[count:])
    parts = segments.split_segments(head)
    fields["booktitle"] = clean_title(segments.title_text(parts))
    fields.update({k: v for k, v in segments.contributors(parts[1:]).items() if k not in fields})
    tail = rest[cut.end():] if cut else ", ".join(parts[1:])
    if cut:
        fields.update(parse_imprint(cut.group("body")))
    elif not count and NUMBER_RE.search(head) or not count and YEAR_RE.search(head):
        journal = fields.pop("booktitle")  # "in Critica marxista, n. 6, 2003, pp. 29-38"
        return _article(fields.pop("title"), fields, journal, rest[len(rest.split(",")[0]):])
    locator = _pages_or_locator(_locator(tail if cut else ", ".join(
        p for p in parts[1:] if not segments.CONTRIBUTOR_RE.match(p))), fields)
    return Parsed("incollection", fields, locator)


def _article(title: str, people: dict[str, str], journal: str, rest: str) -> Parsed:
    """"“Title,” *Journal* 10, no. 4 (Fall 2009): 869–960"."""
    fields = {"title": title, **people, "journal": journal}
    body = rest
    paren = re.search(r"\((?P<d>[^()]*\d{4}[^()]*)\)", body)
    date_text = paren.group("d") if paren else body
    fields.update(date_fields(date_text))
    head = body[: paren.start()] if paren else body
    volume = VOLUME_RE.search(head) or re.match(r"^[\s,.]*(?P<vol>\d{1,4})\b(?!\s*[-–])", head)
    if volume and not YEAR_RE.fullmatch(volume.group("vol")):
        fields["volume"] = volume.group("vol")
    number = NUMBER_RE.search(head)
    if number:
        fields["number"] = number.group("num").strip(",.")
    tail = body[paren.end():] if paren else _after_numbers(body)
    locator = _pages_or_locator(_locator(tail), fields)
    return Parsed("article", fields, locator)


def _after_numbers(body: str) -> str:
    """With no parenthesis of date, the pages follow the last date/volume/number element."""
    marks = [m.end() for m in (*YEAR_RE.finditer(body), *NUMBER_RE.finditer(body),
                               *VOLUME_RE.finditer(body))]
    return body[max(marks):] if marks else body


def _pages_or_locator(locator: str | None, fields: dict[str, str]) -> str | None:
    """A chapter's or article's own page range goes to `pages`; a pinpoint stays a locator."""
    if not locator:
        return None
    bare = re.sub(r"^(?:pp?\.|S\.|pages?)\s*", "", locator).strip()
    ranges = list(PAGE_RANGE_RE.finditer(bare))
    if ranges and ranges[0].start() == 0 and is_page_range(ranges[0].group()):
        fields["pages"] = ranges[0].group()
        rest = bare[ranges[0].end():].strip(" ,;()")
        rest = re.sub(r"^(?:here|hier|ici|qui|at|esp\.)\s*", "", rest).strip(" ,;()")
        return rest or None
    return locator


def _locator(tail: str) -> str | None:
    """The pinpoint after the imprint: ", p. 42, 49." -> "p. 42, 49"."""
    text = tail.strip(" ,.;:")
    if not text:
        return None
    match = LOCATOR_START_RE.search(text)
    if match and match.start() <= 2:
        return text[match.start():].strip(" ,.;") or None
    if re.match(r"^(?:(?:here|hier|ici|qui|at|esp\.)?\s*[\dxivlc]+(?:\s*[-–—]\s*[\dxivlc]*)?"
                r"(?:\s*,\s*|\s+|$))+(?:f{1,2}\.?)?$", text):
        return text
    return None


def _paper(title: str, people: dict[str, str], after: str) -> Parsed:
    """A titled item with no container: a paper, a web page, a report."""
    fields = {"title": title, **people}
    rest = after.strip(" ,.;")
    fields.update(date_fields(rest))
    entry_type = _special_type(rest, fields) or "misc"
    if rest and entry_type == "misc" and not LOCATOR_START_RE.match(rest):
        howpublished = re.sub(r"\s*,?\s*(?:on\s+)?\b\w+\s+\d{1,2},\s+\d{4}$", "", rest).strip(" ,.")
        if howpublished and not YEAR_RE.fullmatch(howpublished):
            fields["howpublished"] = howpublished
    locator = _locator(rest) if LOCATOR_START_RE.match(rest) else None
    return Parsed(entry_type, fields, locator)


def _special_type(text: str, fields: dict[str, str]) -> str | None:
    """Theses and reports, recognised by what the note says they are."""
    thesis = THESIS_RE.search(text)
    if thesis:
        if thesis.group("school"):
            fields["school"] = thesis.group("school").strip(" ,.")
        fields["type"] = thesis.group("type").strip(" ,.")
        return "thesis"
    report = REPORT_RE.search(text)
    if report:
        fields["type"] = report.group("type").strip()
        if report.group("number"):
            fields["number"] = report.group("number").strip(".,")
        fields.update({k: v for k, v in date_fields(text).items() if k not in fields})
        return "techreport"
    if CONFERENCE_RE.search(text):
        fields.update({k: v for k, v in date_fields(text).items() if k not in fields})
        return "unpublished"
    return None


def _conference(work: str) -> Parsed:
    """"Rudolf Pikhov, a paper at the conference “...”, Moscow, June 10, 2016"."""
    cue = CONFERENCE_RE.search(work)
    head, rest = work[: cue.start()], work[cue.start():]
    fields: dict[str, str] = {}
    title = cues.titles(head)
    if title:
        fields["title"] = _title_text(title[0])
        head = head[: title[0].start()]
    head = re.sub(r"[\s,“”\"]*(?:\b(?:at|to|for|in|of)\b\s*)?(?:\b(?:a|an|the)\b)?[\s,“”\"]*$", "",
                  head)
    people, _ = _people(_last_name_run(head))
    fields.update(people)
    rest = re.sub(r"^(?:a\s+|the\s+)", "", rest.strip(" “”\"")).strip()
    fields["howpublished"] = rest[:1].upper() + rest[1:]
    fields.update(date_fields(rest))
    return Parsed("unpublished", fields, None)


def _last_name_run(text: str) -> str:
    """The last run of capitalised words ("The paper by Russian historian Rudolf Pikhov" -> ...)."""
    text = text.strip(" ,.“”\"")
    if cues.starts_with_name(text + ","):
        return text
    runs = uregex.compile(r"(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+(?=\s*,?\s*$)").findall(text)
    return runs[-1] if runs else ""


def _untitled(work: str) -> Parsed:
    """No italics or quotes (text from PDFs, web pages): names, title, imprint by segments."""
    count = cues.leading_name_tokens(work)
    words = work.split()
    head = " ".join(words[:count])
    people = _names_field("editor" if EDITOR_MARK_RE.search(" ".join(words[:count + 2]))
                          else "author", head) if count else {}
    rest = re.sub(r"^(?:(?:eds?|Hg|Hrsg|dir|éds?)\.?\)?[\s,:]*)", "", " ".join(words[count:])
                  .lstrip(" ,.:")) if count else work
    rest = re.sub(r"^(?:in|In)\s+", "", rest)
    if " // " in rest:
        return _gost_part(people, *rest.split(" // ", 1))
    parts = segments.split_segments(rest)
    title_parts, container = segments.title_and_container(parts)
    if container and title_parts:
        return _untitled_part(people, title_parts, container)
    return _untitled_book(people, parts)


def _gost_part(people: dict[str, str], title: str, container: str) -> Parsed:
    """"Title // Journal. 1994. № 2. С. 33–48" (an article) or "// Collected Works. M.: X, 1970"."""
    fields = {**people, "title": clean_title(title.split(" / ")[0])}
    parts = segments.split_segments(container)
    found = segments.find_imprint(["", *parts])
    if found is not None:
        start, year_index, imprint = found
        fields.update(imprint, booktitle=clean_title(", ".join(parts[: start - 1])))
        pages, locator = segments.tail_locator(parts[year_index:])
        fields.update({"pages": pages} if pages else {})
        return Parsed("incollection", fields, locator)
    fields["journal"] = clean_title(parts[0]) if parts else ""
    fields.update(date_fields(container))
    number = NUMBER_RE.search(container)
    if number:
        fields["number"] = number.group("num").strip(".,")
    pinpoint = re.search(r"(?:С|с|P|S|s|pp?)\.\s*(\d+\s*[–-]\s*\d+|\d+)", container)
    if pinpoint and is_page_range(pinpoint.group(1)):
        fields["pages"] = pinpoint.group(1)
        return Parsed("article", fields, None)
    return Parsed("article", fields, pinpoint.group() if pinpoint else None)


def _untitled_book(people: dict[str, str], parts: list[str]) -> Parsed:
    fields = dict(people)
    text = ", ".join(parts)
    paren = IMPRINT_PAREN_RE.search(text)
    if paren and clean_title(text[: paren.start()]):  # "Title (Toronto: McClelland, 1977), 201"
        head = segments.split_segments(text[: paren.start()])
        extra = {k: v for k, v in segments.contributors(head[1:]).items() if k not in people}
        parsed = _book(clean_title(segments.title_text(head)), people, text[paren.start():])
        return Parsed(parsed.entry_type, {**parsed.fields, **extra}, parsed.locator)
    found = segments.find_imprint(parts)
    if found is None:
        if parts and LOCATOR_START_RE.match(parts[0]):  # "Altick, p. 310": names and a page
            return Parsed("book" if people else "misc", fields, _locator(", ".join(parts)))
        title = clean_title(parts[0]) if parts else ""
        fields.update({"title": title} if title else {})
        locator = _locator(", ".join(parts[1:])) if len(parts) > 1 else None
        kind = _special_type(", ".join(parts), fields) or ("book" if people else "misc")
        return Parsed(kind, fields, locator)
    start, year_index, imprint = found
    fields.update(imprint)
    title = clean_title(segments.title_text(parts[:start]))
    if title:
        fields["title"] = title
    fields.update({k: v for k, v in segments.contributors(parts[1:start]).items()
                   if k not in fields})
    middle = ", ".join(parts[1:start])
    _, volume = _book_middle(middle)
    locator = _locator(", ".join(parts[year_index + 1:]))
    if volume:
        locator = f"{volume}, {locator}" if locator else volume
    entry_type = "collection" if "editor" in fields and "author" not in fields else "book"
    special = _special_type(", ".join(parts[1:year_index + 1]), fields)
    if special == "thesis" and fields.get("school") and fields.get("address", "") in (
            fields["school"], f"{fields.get('type', '')} {fields['school']}"):
        fields.pop("address")  # "Diss. Univ. Heidelberg 2001" names a school, not a place
    return Parsed(special or entry_type, fields, locator)


def _untitled_part(people: dict[str, str], title_parts: list[str],
                   container: list[str]) -> Parsed:
    """"Title, in: Editor (Hg.): Book, Place Year, S. 5–28" or "Title, in: Journal 38 (1927)"."""
    fields = {**people, "title": clean_title(segments.title_text(title_parts))}
    journal = segments.JOURNAL_VOLUME_RE.match(container[0])
    if journal:
        fields.update(journal=journal.group("journal").strip(" ,"),
                      volume=journal.group("volume"), year=journal.group("year"))
        pages, locator = segments.tail_locator(container[1:])
        fields.update({"pages": pages} if pages else {})
        return Parsed("article", fields, locator)
    editors, rest = segments.container_parts(container)
    fields.update(editors)
    found = segments.find_imprint(rest)
    if found is None:
        fields["booktitle"] = clean_title(rest[0]) if rest else ""
        return Parsed("incollection", fields, _locator(", ".join(rest[1:])))
    start, year_index, imprint = found
    fields.update(imprint)
    fields["booktitle"] = clean_title(segments.title_text(rest[:start]))
    volume = VOLUME_RE.search(", ".join(rest[1:start]))
    if volume:
        fields["volume"] = volume.group("vol")
    fields.update({k: v for k, v in segments.contributors(rest[1:start]).items()
                   if k not in fields})
    pages, locator = segments.tail_locator(rest[year_index + 1:])
    fields.update({"pages": pages} if pages else {})
    return Parsed("incollection", fields, locator)


def archival(work: str, abbreviations: dict[str, str]) -> Parsed:
    """One entry per collection: title = the collection, howpublished = the repository."""
    from citekit.parse.archives import parse_archival

    return parse_archival(work, abbreviations)
