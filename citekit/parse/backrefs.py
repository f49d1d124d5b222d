"""A back-reference or short form -> Parsed: "op. cit." with the names before it, short forms
("Kireev, *Rossia-Kitai*, p. 167", "Buckles, 135", "Smith, supra note 3"), personal
communications, and the locator after a back-reference word."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import cues, namecues, names, reviews, statement, titlespans, uregex
from citekit.parse.bluebook import short_case, short_periodical
from citekit.parse.capitalsdate import capitals_author_date
from citekit.parse.context import Context
from citekit.parse.decisions import legal_pinpoint
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.etalalone import et_al_alone
from citekit.parse.familypage import FAMILY_PAGE_RE, family_and_page
from citekit.parse.fields import parse_full
from citekit.parse.imprint import find_locator
from citekit.parse.patterns import (
    LEAD_IN_RE,
    LOCATOR_START_RE,
    SUPRA_RE,
    VOLUME_FIRST_RE,
    YEAR_RE,
    find_opcit,
    find_supra,
)
from citekit.parse.pinpoint import end_pinpoint, without_note_pointer
from citekit.parse.shortforms import PINPOINT_RE, capitals_short, names_and_pinpoint
from citekit.parse.statutes import parse_statute_short


def locator_after(text: str, start: int) -> str | None:
    """The locator that follows a back-reference word: "Ibid., p. 4." -> "p. 4"."""
    rest = text[start:].strip(" ,.;:*")  # as written: "p. 4", "at 45" (Bluebook)
    if rest.endswith(")") and "(" not in rest:
        rest = rest[:-1].rstrip(" ,.;:*")  # "Strumski (Dziesiątka…, dz. cyt., s. 45)": its bracket
    rest = legal_pinpoint(rest)  # "(Fn. 10), - Verlag Esterbauer - Rn. 27", "441 (443) mwN"
    return without_note_pointer(rest)  # "op. cit. (note 3), 45": the pointer is no pinpoint


def read_opcit(text: str) -> Parsed:
    """ "Radchenko, *Op. cit.*, p. 47": the author before the marker, the locator after."""
    text = statement.plain_marks(text)  # "Natalia Muchnik *et al.*, *op. cit.*"
    marker = find_opcit(text)
    bracketed = _bracketed_opcit(text, marker)
    if bracketed is not None:
        return read_opcit(bracketed)
    before = _before_marker(text[: marker.start()])
    fields: dict[str, str] = {}
    titles = titlespans.titles(before)
    if titles:  # "*Lettres à Madame Hanska*, *op. cit.*": a title in italics, no name
        fields["title"] = clean_title(titles[0].group())
        before = before[: titles[0].start()].strip(" ,.*")
    else:  # "A. Gramsci, Quaderni del carcere, cit.": names, then a short title
        before = ET_AL_END_RE.sub("", before.strip(" ,.*"))  # "Kowalski i in., dz. cyt."
        initials = re.search(r"(?:^|\s)\w\.$", text[: marker.start()].rstrip(" ,*"))
        count = namecues.leading_name_tokens(before + ("." if initials else ","))  # "Ильина Т. В."
        words = before.split()
        co_authors = _co_authors(words, marker.group())
        whole = co_authors or _family_in_capitals(before) or not count and _compound_family(words)
        count = len(words) if whole else count
        title = clean_title(" ".join(words[count:]))
        if title:
            fields["title"] = title
        listed = NAME_JOIN_RE.sub(" and ", before)
        before = " and ".join(listed.split(",")) if co_authors else " ".join(words[:count])
    found = names.split_names(before)
    if found:
        fields["author"] = " and ".join(found)
    review = reviews.short_fields(text)
    if review:  # "Chanoir. Compte rendu. D’Salete, *Angola Janga*, 2018, art. cit.": the review's
        fields = {"author": " and ".join(names.split_names(review["author"]))}
        fields["title"] = clean_title(review["title"])
    rest = text[marker.end() :]
    pointer = SUPRA_RE.match(rest.lstrip(" ,"))
    if pointer:  # "Smith, *op. cit.* (note 3), 45": the note is a clue, not the locator
        fields["_supra"] = pointer.group("note")
        rest = rest.lstrip(" ,")[pointer.end() :]
    locator = locator_after(rest, 0)
    if locator and PROSE_AFTER_RE.match(locator) and not LOCATOR_START_RE.match(locator):
        locator = None  # "Grossman, *op. cit.*, (note 14) provide additional …": prose goes on
    if locator and locator[:1] in '„“"«*' and end_pinpoint(locator):
        locator = end_pinpoint(locator)  # "…, dz. cyt., „ZHW” nr 4, s. 89": the journal repeated
    return Parsed("misc", fields, locator)


# a name in prose, then the short title, op. cit. and pinpoint in parentheses, the sentence
# going on after them: "Władysław Strumski (Dziesiątka…, dz. cyt., s. 45) pisze: …",
# "Dupont (*Histoire*, op. cit., p. 4) affirme"; the name's capitalised words (up to four),
# no title's marks ("Vale, *Harbour Ledgers* (cit. note 4)" names a title before the bracket)
NAME_BEFORE_PAREN_RE = re.compile(
    r"(?:^|(?<=\s))(?P<name>[A-ZÀ-ÝĀ-Ž][^\s*“”\"«»]*(?:\s+[A-ZÀ-ÝĀ-Ž][^\s*“”\"«»]*){0,3})\s+$"
)


def _bracketed_opcit(text: str, marker: re.Match[str]) -> str | None:
    """ "Name (Title, op. cit., p. 45) prose" read as "Name, Title, op. cit., p. 45", or None.
    Prose may come before the name too ("Zdanie … potwierdza Antoni Stańko (Gdzie…, dz. cyt.")."""
    paren = text.rfind("(", 0, marker.start())
    close = text.find(")", marker.end())
    if paren < 0 or close < 0 or ")" in text[paren : marker.start()]:
        return None
    head = NAME_BEFORE_PAREN_RE.search(text[:paren])
    if head is None or "," in head.group("name"):
        return None
    title = text[paren + 1 : marker.start()].strip(" ,")
    return f"{head.group('name')}, {title + ', ' if title else ''}{text[marker.start() : close]}"


def _before_marker(head: str) -> str:
    """HEAD, what stands before an op. cit., without the italics mark that opens the marker
    ("*Title*, *op. cit.*" -> "*Title*"), its own italics kept."""
    head = head.rstrip(" ,.")
    if head.endswith("*") and head.count("*") % 2:
        head = head[:-1].rstrip(" ,.")
    return head.strip()


# a short form that is a family name alone, one or two capitalised words ("Borgman", "De Vries");
# a title so short has its marks ("*Emma*")
FAMILY_ALONE_RE = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?")


PROSE_AFTER_RE = uregex.compile(r"[a-z]{3,}\s+[a-z]")  # two words in small letters: prose


def _family_in_capitals(text: str) -> bool:
    """ "KOLÁŘ, c. d.", "MACHADO, op. cit.": a family name in capitals (ABNT, Czech), no acronym."""
    word = text.strip(" ,")
    return (
        word.isupper()
        and word.replace("-", "").isalpha()
        and len(word) >= 3
        and bool(re.search(r"[AEIOUYÀ-ÖØ-ÝĚŮ]", word))
        and bool(re.search(r"[^AEIOUYÀ-ÖØ-ÝĚŮ-]", word))
    )


CO_AUTHOR_WORDS = 3  # "Jean Serroy", "Anna M. Berg": a name in direct order


def _co_authors(words: list[str], marker: str) -> bool:
    """ "Sabbatucci, Vidotto, op. cit.", "Gilles Lipovetsky, Jean Serroy, op. cit.": "op.
    cit." stands for the title, so a second capitalised part of one name's length (one to
    three capitalised words) is a co-author ("…, Quaderni, cit." may be a short title); so
    are names joined by a word for "and" ("Balcells, Pujol i Sabater, op. cit.")."""
    parts = [p.split() for p in " ".join(words).split(",")]
    joined = any(w in NAME_JOINS for p in parts for w in p[1:-1])
    return (
        marker.casefold().lstrip("*").startswith("op")
        and (len(parts) >= 2 or joined)
        and all(1 <= len(p) <= CO_AUTHOR_WORDS + joined for p in parts)
        and all(_name_word(w, i, len(p)) for p in parts for i, w in enumerate(p))
    )


# "Pujol i Sabater", "Myrdal och Myrdal, a.a." (Swedish), "og" (Danish, Norwegian)
NAME_JOINS = frozenset({"and", "&", "i", "y", "e", "et", "und", "och", "og"})
NAME_JOIN_RE = re.compile(r"\s(?:and|&|i|y|e|et|und)\s")
# an "et al." of some language closing the names before an op. cit. ("Осипов Е. А. и др. Указ.
# соч.", "Müller u. a., a.a.O."), its full stop already stripped: the names are before it
ET_AL_END_RE = uregex.compile(
    r"\s+" + lexicons.alternation(w.rstrip(".") for w in namecues.ET_AL_WORDS) + r"\*?$"
)


def _compound_family(words: list[str]) -> bool:
    """ "Ferrer i Alòs", "Ortega y Gasset": a Catalan or Spanish family name of two joined by
    "i" or "y", written alone before an op. cit. (which stands for the title, so no title
    can follow the name)."""
    return (
        len(words) == 3
        and words[1] in COMPOUND_JOINS
        and all(w[:1].isupper() and w[1:].islower() for w in (words[0], words[2]))
    )


COMPOUND_JOINS = frozenset({"i", "y"})


def _name_word(word: str, index: int, length: int) -> bool:
    """A capitalised word of a name, or a join word between two names."""
    return word[:1].isupper() or (word in NAME_JOINS and 0 < index < length - 1)


def read_short(text: str, context: Context, targets: tuple[str, ...] = ()) -> Parsed:
    """ "Kireev, *Rossia-Kitai*, p. 167": names, a short title, a pinpoint."""
    supra = find_supra(text)
    if supra:
        before = text[: supra.start()]
        named = _law_author(before) if supra.group().lstrip("(").startswith("Fn") else None
        fields = {"_supra": supra.group("note"), **(named or _before_pointer(before, context))}
        return Parsed("misc", fields, locator_after(text, supra.end()))
    review = reviews.short_fields(text)
    if review:  # "Chanoir. Compte rendu. D’Salete, *Angola Janga*, 2018, art. cit., p. 265"
        author = " and ".join(names.split_names(review["author"]))
        fields = {"author": author, "title": clean_title(review["title"])}
        return Parsed("article", fields, _trailing_pinpoint(text) or _after_title(text))
    statute = parse_statute_short(text)
    if statute is not None:  # "Harbours Bill, sec. 4": a statute's name and its section
        return statute
    if et_al_alone(text.strip()):  # "Lee et al.": the names alone
        family = re.sub(r",?\s+et\s+al\.?$", "", text.strip().rstrip(". ") + ".")
        return Parsed("misc", {"author": " and ".join(names.split_names(family))})
    if FAMILY_ALONE_RE.fullmatch(text.strip().rstrip(". ")):  # "…, 2015); Borgman.": an author
        return Parsed("misc", {"author": text.strip().rstrip(". ")})  # cited for one work
    bare = FAMILY_PAGE_RE.fullmatch(text.strip()) if family_and_page(text) else None
    if bare:  # "Morton p. 47": the comma left out
        loc = text.strip().rstrip(".")[bare.end("name") :].strip()
        return Parsed("misc", {"author": bare.group("name")}, loc)
    untitled = names_and_pinpoint(text) or capitals_author_date(text)
    if untitled:  # "Buckles, 135", "Black 2001, 135": names, a year, a page; no title
        family, year, pinpoint = untitled
        fields = {"author": " and ".join(names.split_names(family))}
        return Parsed("misc", fields | ({"year": year} if year else {}), pinpoint)
    capitals = capitals_short(text)
    if capitals and any(f in context.abbreviations or f in context.hereafter for f in capitals[0]):
        capitals = None  # "AMB, Fondo Gobernación, caja 15": an archive the document abbreviates
    if capitals is not None and not titlespans.titles(text) and not INITIAL_RE.match(capitals[1]):
        families, title, pinpoint = capitals  # "CHARTIER, A Ordem do Discurso, p. 83"
        fields = {"author": " and ".join(families), "title": clean_title(title)}
        return Parsed("book", fields, pinpoint)
    plain = _colon_short(text) or _plain_short(text)
    if plain is not None:
        return plain
    periodical = short_periodical(text)
    if periodical is not None:  # "Wittow, 14 J. Internet L. 1": names, volume, journal, page
        return Parsed("article", *periodical)
    parsed = parse_full(text, context.abbreviations, targets)
    fields = {
        k: v
        for k, v in parsed.fields.items()
        if k in ("author", "editor", "title", "_person", "howpublished", "url", "doi")
    }
    case = short_case(text)
    if case:  # "*Chevron*, 467 U.S. at 865": the volume tells two Chevrons apart
        return Parsed(
            "misc", {"title": clean_title(text.split(",")[0]), "volume": case[0]}, case[1]
        )
    if capitals is not None and not fields.get("author"):
        fields["author"] = " and ".join(capitals[0])  # "AMARAL, **Ensino fundamental**, p. 111"
    fields.update(_listed_names(text))
    if "title" not in fields and not fields.get("author"):
        fields["title"] = clean_title(re.split(r",\s*(?=\S*\d)", text)[0])
    trailing = _trailing_pinpoint(text)
    if trailing and fields.get("title") and _words_within(fields["title"], trailing):
        fields.pop("title")  # "Dynatext, 152, 178", "Anon., kap. 8": the pinpoint, no title
    locator = parsed.locator or parsed.fields.get("pages") or _after_title(text)
    if trailing and (not locator or trailing.endswith(locator)):
        locator = trailing  # "152, 178": the whole list, not its last page
    return Parsed(parsed.entry_type, fields, locator)  # a short form's page range is a pinpoint


INITIAL_RE = uregex.compile(r"[A-Z]\.")  # "CANAL, J. «Un muerto inmortal»": given names follow


def _listed_names(text: str) -> dict[str, str]:
    """ "Gelderblom, De Jong en Jonker, ‘Formative Years’, 1070": family names listed with a
    comma before the marked short title. Read by the full-citation grammar, the names after
    the first comma would be its given names or the title."""
    found = titlespans.titles(text)
    head = text[: found[0].start()].strip(" ,") if found else ""
    if "," not in head or not namecues.name_only(head):
        return {}
    people = names.split_names(head)
    if len(people) < 2 or any("," in person for person in people):
        return {}  # "Smith, John": one name, inverted
    return {"author": " and ".join(people), "title": clean_title(found[0].group())}


def _words_within(title: str, pinpoint: str) -> bool:
    """Are TITLE's words all in PINPOINT? The title as read ("kap: 8") has its stops made
    colons, so the words, not the characters, are compared."""
    words = re.findall(r"\w+", title)
    return bool(words) and set(words) <= set(re.findall(r"\w+", pinpoint))


def _trailing_pinpoint(text: str) -> str | None:
    """The pinpoint after a short form's last words: "…, Brazil, 22" -> "22", "…, 152, 178"."""
    for match in re.finditer(r",\s+", text):
        tail = text[match.end() :].strip()
        if PINPOINT_RE.fullmatch(tail):
            return tail  # the first comma whose tail is all pinpoint: the longest tail
    return None


def _colon_short(text: str) -> Parsed | None:
    """ "Bell: Toposes and Local Set Theories, S. 17": the names, the short title, its pinpoint."""
    stated = statement.colon_short(text)
    if stated is None:
        return None
    people, rest = stated
    locator = end_pinpoint(rest) or _trailing_pinpoint(rest)  # "…, S. 17", "…, 420"
    title = rest[: rest.rstrip(" .").rfind(locator)].rstrip(" ,") if locator else rest
    return Parsed("book", {**people, "title": clean_title(title)}, locator)


# names, a title and a pinpoint, none with a comma of its own
PLAIN_SHORT_PARTS_RE = uregex.compile(
    r"^(?P<names>[^,]+),\s+(?P<title>[^,]+),\s+(?P<pinpoint>[^,]+)$"
)


# initials that close an inverted name before a capitalised title: "J M. ", "Т. А. "
INITIALS_OPENING_RE = uregex.compile(r"^(?:[A-Z]\.?\s+){0,2}[A-Z]\.\s+(?=[A-Z]\w)")


def _plain_short(text: str) -> Parsed | None:
    """ "Oduya, Harbour Lights and Quays, 12": names, a title nothing marks, a pinpoint.

    Without italics the words of the title could be read as more names ("Lights and
    Quays"); the shape of the short form says where each part is.
    """
    if titlespans.titles(text) or YEAR_RE.search(text) or not cues.PLAIN_SHORT_RE.match(text):
        return None
    parts = PLAIN_SHORT_PARTS_RE.match(text)
    if (
        parts is None
        or not (
            namecues.name_only(parts.group("names")) or _family_in_capitals(parts.group("names"))
        )
        or PINPOINT_RE.fullmatch(parts.group("title"))  # "Dynatext, 152, 178": two pages
    ):
        return None
    people, title = parts.group("names"), parts.group("title")
    initials = INITIALS_OPENING_RE.match(title)
    if initials:  # ISO 690: "GARDINER, J M. Contingency relations, сс. 334": the initials
        people, title = f"{people}, {initials.group().strip()}", title[initials.end() :]
    fields = {
        "author": " and ".join(names.split_names(people)),
        "title": clean_title(title),
    }
    return Parsed("book", fields, find_locator(parts.group("pinpoint")) or parts.group("pinpoint"))


# German law's authors in italics before "(Fn. 2)": "*Leistner*", "*Fuhlrott*/*Hiéramente*"
LAW_AUTHORS_RE = uregex.compile(r"\*[A-Z][\w'’-]+\*(?:\s?/\s?\*[A-Z][\w'’-]+\*)*")


def _law_author(before: str) -> dict[str, str] | None:
    """ "*Leistner*, (Fn. 2)": German law italicises the author, never a title, and points
    with "Fn." (Fußnote) to the note of the first citation."""
    found = LAW_AUTHORS_RE.fullmatch(before.strip(" ,"))
    if found is None:
        return None
    return {"author": " and ".join(names.split_names(found.group().replace("*", "")))}


def _before_pointer(before: str, context: Context) -> dict[str, str]:
    """The names and short title before a note pointer: "Smith, supra note 3", "*Osman v UK*
    (n 5)", "Lund, *Harbour Towns* (Anm. 2)"."""
    before = before.strip(" ,")
    lead = LEAD_IN_RE.match(f"{before} .")  # (a lead-in must be followed by something)
    before = before[lead.end() if lead else 0 :].strip(" ,")
    if not before:
        return {}  # "*supra* note 1": Bluebook's short form of a work with no author
    volume = VOLUME_FIRST_RE.match(before)  # "6 Donne, *supra* note 12": a volume of the work
    if volume and len(before) > volume.end():
        return {
            "volume": volume.group("volume"),
            **_before_pointer(before[volume.end() :], context),
        }
    opening = titlespans.titles(before)
    if opening and opening[0].start() == 0 and opening[0].end() == len(before):
        return {"title": clean_title(before)}  # a title alone
    before = before.strip("*")
    dated = names_and_pinpoint(before)
    if dated and dated[1] and not dated[2]:  # "Beek 1950 (wie Anm. 5)": names and a year
        family = re.sub(r",?\s+et\s+al\.?$", "", dated[0])
        return {"author": " and ".join(names.split_names(family)), "year": dated[1]}
    if namecues.name_only(before) or FAMILY_PAIR_RE.fullmatch(before):
        people = {"author": " and ".join(names.split_names(before))}
        # "Simpson, Leading Cases (n 4)": what follows the comma may be a title, not given names
        return {**people, "_pointed": before} if "," in before else people
    head = parse_full(before, context.abbreviations).fields
    found = {k: v for k, v in head.items() if k in ("author", "editor", "title")}
    # "Oxford Essays in Jurisprudence, supra note 4": read as names and a title, the words may
    # be the title alone; resolve tries them whole when the names fit no work of that note
    return {**found, "_pointed": before} if "author" in found else found


# "Smith & Jones", "STRACK / BILLERBECK" (a family name in capitals, as plain text prints small
# capitals, and the signs that join names: no word, which a title may hold)
FAMILY_PAIR_RE = uregex.compile(r"[A-Z][\w'’-]+(?:\s*[&/–]\s*[A-Z][\w'’-]+)*")


def _after_title(text: str) -> str | None:
    """ "Ellery, "Waterfront as Frontier," 219–21": the pages after the short title."""
    found = titlespans.titles(text)
    return find_locator(text[found[-1].end() :]) if found else None


def personal_fields(text: str) -> dict[str, str]:
    return {"note": text[:1].upper() + text[1:]}
