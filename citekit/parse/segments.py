"""Citations without markup, read segment by segment between commas (Continental habits).

"Fernand Braudel, La Méditerranée, Paris, Armand Colin, 1949, p. 45"
"Hendrik Birus: Goethes Idee, in: Manfred Schmeling (Hg.): Weltliteratur heute, Würzburg 1995"
The imprint (place, publisher, year) is found from the right; what stands between the names
and the imprint, less editors, translators and series, is the title.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, imprint, reprints, rolenames, uregex
from citekit.parse.imprint import PUBLISHER_WORDS_RE, STATE_RE, is_page_range
from citekit.parse.names import split_names
from citekit.parse.patterns import (
    ABBREVIATIONS,
    EDITOR_VERBS,
    LOCATOR_START_RE,
    MONTH_RE,
    TRANSLATOR_VERBS,
    YEAR,
)
from citekit.parse.places import is_place, is_town, is_whole_place
from citekit.parse.townlast import after_places, publisher_then_places

YEAR_SEGMENT_RE = uregex.compile(
    rf"^(?P<before>.*?)\s*\(?(?P<year>{YEAR})[a-z]?\)?$"
)  # "Paris 1999"
EDITION_YEAR_RE = re.compile(rf"(?P<year>{YEAR})[a-z]?")
# the first edition's year in brackets before the year read: "Madrid, Cátedra, [1887] 1983"
ORIGINAL_YEAR_BEFORE_RE = uregex.compile(rf"\[{YEAR}\]\s*$")
# a bracket after an imprint's year: the first edition's year ("São Paulo, Corrupio, 1987
# [1968]") or the series and its number ("Madrid, Alianza, 1973 (Historia de España
# Alfaguara, II)", "Uppsala, 1987 (Studia Historica Upsaliensia, 148)")
BRACKET_AFTER_YEAR_RE = uregex.compile(
    rf"^(?P<head>.*?{YEAR}[a-z]?)\s*(?:\[{YEAR}\]"
    r"|\((?P<series>[A-Z][^()\d]*?[^\W\d_]),?\s+(?P<number>\d{1,4}[a-z]?|[IVXLC]+)\))$"
)
CONTRIBUTOR_RE = uregex.compile(
    r"""^(?:éd\.|ed\.|edited|hg\.|hrsg\.|herausgegeben|trad\.|transl?\.|translated|übers\.|a\s+cura
        |edizione|coll\.|collection|Reihe|series|préf\.|introd\.|intro\.|avec|with|mit|bearb\.|vol\.
        |t\.|Bd\.|tome|band|red\.|oprac\.|przeł\.|přel\.|wyd\.|sv\.|díl|под\s+ред|отв\.\s+ред|ред\.|пер\.|сост\.
        |\d+(?:e|e\s|\.?[ªº]|\.|th|nd|rd|st|-е)?\s*(?:éd|ed|Aufl|edn|изд))"""
    + rf"|^{lexicons.alternation(lexicons.words('translator_marks'))}(?=\s)"  # "tłum. Л. Е. …"
    + rf"|^(?:{EDITOR_VERBS}|{TRANSLATOR_VERBS})(?=\s)",  # the CSL locales': "szerk.", "přel."
    re.VERBOSE | re.IGNORECASE,
)
CONTRIBUTOR_SPLIT_RE = uregex.compile(
    r"\.\s+(?=(?:Hg\.|hg\.|Hrsg\.|hrsg\.|[Ee]d\.|[Ee]dited|éd\.|[Tt]rad\.|[Tt]rans\.|übers\.|a\s+cura)\s)"
)
# ". Новосибирск: Наука", ". М.; Л.: Госиздат", ". С. 15", ". № 2": the next field of a GOST note
PLACE_COLON = (
    r"[A-Z][\w.-]*(?:\s(?:(?:de|da|do|del|la|am|an|upon|sur|-)\s)?[A-Z][\w.-]*){0,3}"
    r"(?:\s*;\s*[A-Z][\w.]*)*\s*:\s"
)  # "М.: ", "New York: ", "М.; Л.: "
GOST_FIELD_RE = uregex.compile(
    rf"\.\s+(?={PLACE_COLON}|(?:С|с|P|Т|т|Вып|Ч|№|Л|Ф|Оп|Д)\.?\s*[\dРIVX]|\d{{4}}\b"
    r"|(?:Tese|Tesis|Dissertação|Tradução|Traducción|Diss\.)\b)"
)
PLACE_COLON_RE = uregex.compile(PLACE_COLON)
DASH_SEPARATOR_RE = uregex.compile(r"\.\s+[—–]\s+")  # "Заглавие. — М.: Наука, 1985. — 320 с."


def _gost_fields(text: str) -> str:
    """Turn the ". " between GOST fields into commas, but not the dot of "p. 1468" or "vol. 2"."""
    out, last = [], 0
    for match in GOST_FIELD_RE.finditer(text):
        word = re.split(r"[\s(]", text[: match.start()])[-1]
        # a short word's dot may be an abbreviation's ("p. 1468"); before "Place: " a word in
        # lower case ends a field all the same ("… разных лет. М.: Наука", "… и доп. М.: …"),
        # an initial does not ("В. И. Шишкин. Новосибирск: …")
        closes = word[:1].islower() and PLACE_COLON_RE.match(text, match.end()) is not None
        short = len(word) <= 3 and not closes
        if short or word.casefold() in ABBREVIATIONS:
            continue
        out.append(text[last : match.start()] + ", ")
        last = match.end()
    return "".join(out) + text[last:]


IN_SEGMENT_RE = uregex.compile(
    r"^\[?(?:in|In|dans|en)\s*:?\]?\s+|^\[?(?:w|W|в|В|v|V)\s*:\]?\s+"
)  # "w: Prasa …", "[w:] Prasa …"
# inside a segment: "Title in: Book", "Tytuł [w:] Książka" (Polish styles bracket the word),
# "Warum die Stadt? In: Book": a title that asks a question ends at its mark, "In:" then opens
IN_INSIDE_RE = deferred.compile(r"\s\[?(?:in|dans|w|в)\s*:\]?\s+|(?<=[?!])\s+In:\s+")
EDITOR_PAREN_RE = uregex.compile(
    r"\((?:Hg|Hrsg|eds?|dir|éds?|a\s+cura\s+di|coord|comp|orgs?|red|ред)\.?\)\s*[:.]?",
    re.IGNORECASE,
)


# what split_segments looks at: the marks that open or close a bracket, a quotation or
# italics, and the commas between segments
SEGMENT_MARK_RE = re.compile(r"[(\[«“„)\]»”*,]")


def split_segments(text: str) -> list[str]:
    """Comma (and ' ; ') separated segments, never cutting inside brackets or quotes."""
    text = _gost_fields(DASH_SEPARATOR_RE.sub(". ", text))
    out, depth, last = [], 0, 0
    italic = False
    for mark in SEGMENT_MARK_RE.finditer(text):  # the brackets, quotes, stars and commas alone
        char = mark.group()
        if char in "([«“„":
            depth += 1
        elif char in ")]»”":
            depth = max(0, depth - 1)
        elif char == "*":
            italic = not italic  # "*Harbour and Hinterland: …, 1860–1914*" is one title
        elif depth == 0 and not italic:  # a comma
            out.append(text[last : mark.start()].strip())
            last = mark.end()
    out.append(text[last:].strip())
    pieces = []
    for segment in out:  # "Ewiger Vorrat deutscher Poesie. Hg. v. Rudolf Borchardt": two parts
        pieces.extend(CONTRIBUTOR_SPLIT_RE.split(segment))
    # "*Title*. MIT Press, 1996": the full stop closing a title opens no segment
    kept = [LEADING_STOP_RE.sub("", s.strip()) for s in pieces if s and s.strip(" .")]
    return _publisher_sentences(imprint.year_apart_from_pages(kept))


LEADING_STOP_RE = re.compile(r"^\.\s+")
# "The Innovation Journey of Wi-Fi. Cambridge University Press" + "2010": a plain title's
# last sentence is its publisher, known by its words, when the year follows
PUBLISHER_SENTENCE_RE = re.compile(r"(?<=\w\w)\.\s+(?P<publisher>[A-Z][^.:;\d]{1,50})$")
BARE_YEAR_RE = re.compile(r"^\(?(?:1[5-9]|20)\d\d[a-z]?\)?$")


def _publisher_sentences(parts: list[str]) -> list[str]:
    out: list[str] = []
    for index, part in enumerate(parts):
        match = PUBLISHER_SENTENCE_RE.search(part)
        if (
            match
            # the parts after it, past its places ("Press, Cambridge, MA, 1999"), asked only
            # where a sentence may name a publisher: a year, not "…, Frankfurt 1999" (a place)
            and BARE_YEAR_RE.match(after_places(parts[index + 1 :]))
            and PUBLISHER_WORDS_RE.search(match.group("publisher"))
            and len(match.group("publisher").split()) <= 5
        ):
            out.extend((part[: match.start()], match.group("publisher")))
        else:
            out.append(part)
    return out


def find_imprint(segments: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """(first imprint segment, year segment, fields), scanning for the year from the left."""
    for index, segment in enumerate(segments):
        if index == 0 or IN_SEGMENT_RE.match(segment):
            continue
        span = _volumes_years(segments, index) if "-" in segment or "–" in segment else None
        if span is not None:  # "Madrid, Universidad Complutense, 1975-1976"
            fields = {"year": span}
            return _imprint_head(segments, index, "", fields), index, fields
        bracket = BRACKET_AFTER_YEAR_RE.match(segment)
        match = YEAR_SEGMENT_RE.match(bracket.group("head") if bracket else segment)
        if not match or LOCATOR_START_RE.match(segment):
            continue
        if DATE_SPAN_END_RE.search(match.group("before")):
            continue  # "1920–1929", "październik 1939 – marzec 1943": a span in a title
        before = ORIGINAL_YEAR_BEFORE_RE.sub("", match.group("before")).strip()
        edition = EDITION_YEAR_RE.fullmatch(before)
        if edition:  # "1995 (1872)": the edition read, then the first one's year in brackets
            before = ""
        fields = {"year": edition.group("year") if edition else match.group("year")}
        if bracket and bracket.group("series"):
            fields.update(series=bracket.group("series").strip(), volume=bracket.group("number"))
        start = _imprint_head(segments, index, before, fields)
        return start, index, fields
    return None


# the opening of a span of dates before a segment's year: "1920–", "październik 1939 – marzec "
DATE_SPAN_END_RE = uregex.compile(r"\d\s*[–-]\s*$|\d{4}\s*[–-]\s*[a-z]+\.?\s*$")


def _volumes_years(segments: list[str], index: int) -> str | None:
    """ "2 vols., Madrid, Universidad Complutense, 1975-1976": the years over which a work's
    volumes appeared, a segment of its own after a place or publisher (a span in a title
    stands after the title's own words, or right after the title)."""
    span = reprints.year_span(segments[index])
    if span is None or span[1] != 0 or index < 2 or _imprint_year_after(segments, index):
        return None
    index = _before_series_and_count(segments, index)
    before = segments[index - 1]
    return span[0] if is_place(before) or (index >= 3 and _publisher_like(before)) else None


def _imprint_year_after(segments: list[str], index: int) -> bool:
    """Does a segment after INDEX close with a year of its own ("…, in the German Inflation,
    1914–1924, New York: Oxford University Press 1993"): then the span ends the title."""
    return any(
        YEAR_SEGMENT_RE.match(s) and not LOCATOR_START_RE.match(s) for s in segments[index + 1 :]
    )


def _before_series_and_count(segments: list[str], index: int) -> int:
    """The index of the first of the segments before INDEX that name a series or the count
    of volumes ("Gallimard, coll. « Pléiade », 12 vol., 1976-1981": both stand between the
    publisher and the years), INDEX itself where there are none; never the title (0)."""
    while index - 1 >= 2 and (
        CONTRIBUTOR_RE.match(segments[index - 1])
        or imprint.VOLUME_COUNT_RE.fullmatch(segments[index - 1])
    ):
        index -= 1
    return index


def _imprint_head(segments: list[str], index: int, before: str, fields: dict[str, str]) -> int:
    """Place and publisher, in the year's own segment ("Göttingen: Wallstein 2008") or before it."""
    dated = bool(before and MONTH_RE.search(before))  # a day, not an imprint's year
    if dated:
        before = ""  # "London, 12 May 2010": a date, the place stands before it
    if before:
        if ":" in before:
            place, publisher = (p.strip() for p in before.split(":", 1))
            fields.update({k: v for k, v in (("address", place), ("publisher", publisher)) if v})
            if STATE_RE.match(place) and index - 1 >= 1 and _city(segments[index - 1]):
                fields["address"] = f"{segments[index - 1]}, {place}"  # "Cambridge, Mass.: …"
                return index - 1
        elif is_place(before) or not PUBLISHER_WORDS_RE.search(before):
            fields["address"] = before
            return _publisher_before_place(segments, index, fields)
        else:
            fields["publisher"] = before
        return index
    start = index
    while start - 1 >= 1 and (
        CONTRIBUTOR_RE.match(segments[start - 1])
        or imprint.VOLUME_COUNT_RE.fullmatch(segments[start - 1])
    ):
        start -= 1  # "coll. « L'Évolution de l'humanité »", "12 vol." stand before the year
    if _company_suffix_ends_publisher(segments, start):  # "N.J.: Prentice-Hall, Inc., 1982"
        joined = f"{segments[start - 2]}, {segments[start - 1].strip()}"
        segments, start = [*segments[: start - 2], joined, *segments[start:]], start - 1
    if start - 1 >= 1 and ":" in segments[start - 1] and not MONTH_RE.search(segments[start - 1]):
        place, publisher = (p.strip() for p in segments[start - 1].split(":", 1))
        fields.update({k: v for k, v in (("address", place), ("publisher", publisher)) if v})
        if STATE_RE.match(place) and start - 2 >= 1 and _city(segments[start - 2]):
            fields["address"] = f"{segments[start - 2]}, {place}"  # "Cambridge, MA: MIT Press"
            return start - 2
        return _places_before(segments, start - 1, fields)
    town_last = None if dated else publisher_then_places(segments, start)
    if town_last is not None and THESIS_SEGMENT_RE.match(segments[town_last]):
        town_last = None  # "Tese – Universidade de São Paulo, São Paulo": a school
    if town_last is not None:  # "MIT Press, Cambridge, MA, 1990": the publisher, then its town
        places = ", ".join(segments[town_last + 1 : start])
        fields.update(publisher=segments[town_last], address=places)
        return town_last
    publisher = (
        start - 1 >= 1
        # "Cambridge University Press" holds a place but is a publisher, by its words
        and (not is_place(segments[start - 1]) or PUBLISHER_WORDS_RE.search(segments[start - 1]))
        and _publisher_like(segments[start - 1])
    )
    if publisher:
        fields["publisher"] = segments[start - 1]
        start -= 1
    if start - 1 >= 1 and (
        is_place(segments[start - 1]) or publisher and is_town(segments[start - 1])
    ):
        fields["address"] = segments[start - 1]  # "Barcelone, Taurus, 2017": a town, a publisher
        start = _places_before(segments, start - 1, fields)
    return start


def _company_suffix_ends_publisher(segments: list[str], start: int) -> bool:
    """Is the segment before START a company's suffix ("Inc.", "Ltd") closing the publisher
    named in the segment before it ("Place: Publisher" or a publisher's words)? The comma
    split them; the parenthesised imprint keeps them together as imprint.py does."""
    if start - 2 < 1 or not imprint.CORPORATE_SUFFIX_RE.fullmatch(segments[start - 1].strip()):
        return False
    return ":" in segments[start - 2] or _publisher_like(segments[start - 2])


def _places_before(segments: list[str], start: int, fields: dict[str, str]) -> int:
    """Earlier places of the imprint, each a segment: "New York, London: Continuum"."""
    while start - 1 >= 1 and is_whole_place(segments[start - 1]) and fields.get("address"):
        fields["address"] = f"{segments[start - 1]}, {fields['address']}"
        start -= 1
    return start


CITY_RE = deferred.compile(r"^[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?$")  # "Cambridge", "New Haven"


def _city(segment: str) -> bool:
    """A city before its state's abbreviation: "Cambridge" of "Cambridge, MA: MIT Press"."""
    return bool(CITY_RE.match(segment))


def _publisher_before_place(segments: list[str], index: int, fields: dict[str, str]) -> int:
    """ "Heise Verlag, Hannover 2004": German notes name the publisher, then place and year."""
    before = segments[index - 1] if index >= 2 else ""
    if PUBLISHER_WORDS_RE.search(before) and not re.search(r"[\d:]", before) and len(before) < 50:
        fields["publisher"] = before
        return index - 1
    return index


def _publisher_like(segment: str) -> bool:
    if MONTH_RE.search(segment) or re.search(r"\d", segment):
        return False  # "March 12 and 21" is a date
    words = segment.split()
    return bool(PUBLISHER_WORDS_RE.search(segment)) or (
        0 < len(words) <= 4 and segment[:1].isupper() and not CONTRIBUTOR_RE.match(segment)
    )


def title_and_container(segments: list[str]) -> tuple[list[str], list[str]]:
    """Split segments into the title's and an "in ..." container's ("in: Schmeling (Hg.): …")."""
    for index, segment in enumerate(segments):
        match = IN_SEGMENT_RE.match(segment) or IN_INSIDE_RE.search(segment)
        if match and index + (match.start() > 0) > 0:
            head = segment[: match.start()].strip()
            title = segments[:index] + ([head] if head else [])
            return title, [segment[match.end() :].strip(), *segments[index + 1 :]]
    return segments, []


THESIS_SEGMENT_RE = deferred.compile(
    r"^(?:tesis|thèse|tese|tesi|thesis|diss\.|dissertation|mémoire|PhD|Ph\.D\.|D\.Phil\.|Habilitation\w*)\b",
    re.IGNORECASE,
)
VOLUME_COUNT_SEGMENT_RE = deferred.compile(
    r"^\d+\s+(?:vols?\.?|volumes|Bde\.?|tomes|t\.|sv\.)$", re.IGNORECASE
)


def title_text(segments: list[str]) -> str:
    """The title: the segments up to the first contributor or series segment."""
    kept = []
    people = rolenames.run_start(segments)  # "Mein Leben, Eike Middell (ed.), …"
    for index, segment in enumerate(segments):
        if index == people:
            break
        if CONTRIBUTOR_RE.match(segment) or (kept and _place_segment(segment)):
            break
        if kept and (VOLUME_COUNT_SEGMENT_RE.match(segment) or THESIS_SEGMENT_RE.match(segment)):
            break  # "London Past and Present, 3 vols (London, 1891)", "…, tesis doctoral, …"
        if kept and _series(segment, segments[index + 1 : index + 2]):
            break
        kept.append(segment)
    return ", ".join(kept)


def _place_segment(segment: str) -> bool:
    """A place after a title's first segment; not a comma group of the title's own that opens
    with a small word ("…, the Warsaw Ghetto, and the Oyneg Shabes Archive")."""
    if segment.split(maxsplit=1)[0] in CONNECTING_WORDS:
        return False
    return is_place(segment) and len(segment) < 30


CONNECTING_WORDS = lexicons.words("connecting_words")  # "the", "and", "of": no place opens so


# a series and its number after a plain title: "Ancient Near East Monographs 21", "…, 2/6"
SERIES_NUMBER_RE = uregex.compile(r"^(?:(?:volume|number|no\.)\s+)?\d{1,3}(?:/\d{1,3})?$")
NUMBERED_SERIES_RE = uregex.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+)*\s+[A-Z][\w'’-]*\s+\d{1,3}$")


# a series by its words: "Studies in Medieval and Early Modern Canon Law", "Lecture Notes in …"
SERIES_WORDS_RE = uregex.compile(
    rf"(?:^|\s){lexicons.alternation(lexicons.words('series_words'))}\b"
)
SERIES_WORDS_MAX = 14  # words: a series' name, not a sentence


def _series(segment: str, following: list[str]) -> bool:
    """Is SEGMENT, after a title's first segment, a numbered series ("Ancient Near East
    Monographs 21", "Studies in Biblical Theology, 2/6", "Research Records, volume 1") or
    one its words name ("Lecture Notes in Social Networks")? Plain text has no italics to
    end the title, but a title's own comma group seldom ends in a bare number or names a
    series."""
    if LOCATOR_START_RE.match(segment):
        return False  # "Die Inschriften von Ephesos, S. 180, 197": pages
    if NUMBERED_SERIES_RE.match(segment):
        return True
    if (
        segment[:1].isupper()
        and len(segment.split()) <= SERIES_WORDS_MAX
        and not re.search(r"\d\s*\(", segment)  # "Studies in History 12 (1990)": a journal
        and not (following and following[0][:1].isdigit())  # "Quaderni Storici, 3 (2017)"
        and SERIES_WORDS_RE.search(segment)
    ):
        return True
    return bool(following) and segment[:1].isupper() and bool(SERIES_NUMBER_RE.match(following[0]))


def tail_locator(segments: list[str]) -> tuple[str | None, str | None]:
    """(pages of a part, pinpoint) from the segments after the year."""
    text = ", ".join(segments).strip(" .")
    if not text:
        return None, None
    bare = re.sub(r"^(?:pp?\.|Pp?\.|[SsСс]\.)\s*", "", text)  # "pp.", "S.", Polish "s.", GOST "P."
    first = re.match(r"(\d+\s*[-–]\s*\d+)", bare)
    if first and is_page_range(first.group(1)):
        rest = bare[first.end() :].strip(" ,;")
        rest = re.sub(r"^(?:hier|ici|here|qui|esp\.|zde|tu|aquí)\s*", "", rest).strip(" ,;")
        return first.group(1), rest or None
    return None, text


def contributors(segments: list[str]) -> dict[str, str]:
    """Editors named in a contributor segment: "hg. v. Christoph Michel", "a cura di V. Rossi"."""
    segments = _mark_with_names(segments)
    for index, segment in enumerate(segments):
        if rolenames.ROLE_AFTER_RE.match(segment):
            break  # "Douglas W. Stott (ed. and trans.)": the role after the names, read below
        match = re.search(
            r"(?:éd\.|ed\.(?:\s+and\s+trans\.)?(?:\s+by|\s+de(?=\s+[A-Z]))?|edited\s+(?:and\s+translated\s+)?by|hg\.\s*v\.|hrsg\.\s*v\.|a\s+cura\s+di"
            r"|herausgegeben\s+von|sous\s+la\s+direction\s+de|red\.|под\s+ред\.|отв\.\s+ред\."
            rf"|(?<!\w)(?:{EDITOR_VERBS}))"  # the CSL locales': "szerk.", "a c. di"
            r"\s+(?P<names>.+)$",
            segment,
        )
        if match:
            listed = [match.group("names"), *_more_editors(segments[index + 1 :])]
            found = split_names(", ".join(listed))
            if found:
                return {"editor": " and ".join(found)}
    named = rolenames.editors(["", *segments])  # "Eike Middell (ed.)" after the title
    found = split_names(named) if named else []
    return {"editor": " and ".join(found)} if found else {}


def _mark_with_names(segments: list[str]) -> list[str]:
    """SEGMENTS with a lone "ed." joined to the names after it: "…, ed., Rich Ling and P.
    Pedersen" puts a comma between the mark and the names."""
    for index, segment in enumerate(segments[:-1]):
        if segment.strip() in ("ed.", "eds."):
            joined = f"{segment.strip()} {segments[index + 1].strip()}"
            return [*segments[:index], joined, *segments[index + 2 :]]
    return segments


# "R. Miikkulainen", "Niccolo Mignemi", "and Y. Choe": one more name in a list of editors
LISTED_NAME_RE = uregex.compile(r"^(?:and\s+)?(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+$")


def _more_editors(segments: list[str]) -> list[str]:
    """The names that continue a list of editors over commas ("ed. by A, B, and C"): taken only
    when the list closes with "and", so that a series after one editor stays out of it."""
    for count, segment in enumerate(segments, start=1):
        if not LISTED_NAME_RE.match(segment):
            return []
        if segment.startswith("and "):
            return segments[:count]
    return []


JOURNAL_VOLUME_RE = uregex.compile(
    rf"^(?P<journal>[^\d(]+?)\s*,?\s+(?P<volume>\d+)(?:\s*/\s*\d+)?\s*\((?P<year>{YEAR})\)"
)


# "Schmeling (Hg.): Title"; a colon after a space is French punctuation between a title and
# its subtitle ("Patrimoine légendaire : le gai savoir"), no names before it
BOOK_AUTHOR_RE = deferred.compile(r"^(?P<names>[^:]{2,60})(?<!\s):\s+(?P<rest>.+)$")


NAME_SMALL_WORDS = (
    lexicons.words("name_particles") | lexicons.words("name_pair_joiners") | {"et", "al", "al."}
)


def _may_be_names(head: str) -> bool:
    """Can HEAD, before a colon in an "in ..." container, be its authors' names? Not with
    a lower-case word that is no particle, joiner or abbreviation: "in L'Historia Turpini in
    Europa: ricerche e prospettive" is a book's title and subtitle, in plain text where no
    italics mark it (the "in" inside it)."""
    return not any(
        word[:1].islower() and word.casefold() not in NAME_SMALL_WORDS and not word.endswith(".")
        for word in head.split()
    )


def container_parts(container: list[str]) -> tuple[dict[str, str], list[str]]:
    """Editors and the remaining segments of an "in ..." container."""
    for index, segment in enumerate(container):
        match = EDITOR_PAREN_RE.search(segment)
        if match:
            names = ", ".join([*container[:index], segment[: match.start()]])
            rest = [segment[match.end() :].strip(), *container[index + 1 :]]
            found = split_names(names)
            return ({"editor": " and ".join(found)} if found else {}), [r for r in rest if r]
    head = BOOK_AUTHOR_RE.match(container[0]) if container else None
    if head and not re.search(r"\d", head.group("names")) and _may_be_names(head.group("names")):
        role = "bookauthor"
        found = split_names(head.group("names"))
        fields = (
            {role: " and ".join(found)}
            if found and not re.match(r"(?i)ders|dies|idem|eadem", head.group("names"))
            else {}
        )
        return fields, [head.group("rest"), *container[1:]]
    return {}, container
