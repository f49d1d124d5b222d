"""Titles with full stops of their own around the "in:" of a part: "Debiais, Vincent: Urkunden
in Stein. Funktionen und Wirkungen urkundlicher Inschriften, in: *Bolle, Katarina* (Hgg.):
Inschriftenkulturen im kommunalen Italien. Traditionen, Berlin 2019, S. 65–90". The splitter
cuts such a citation at each full stop; these tests say which cuts to undo.
"""

from __future__ import annotations

import re

from citekit.parse import cues, deferred, places, uregex
from citekit.parse.containers import CONTAINER_WORDS
from citekit.parse.patterns import LEAD_IN_RE, PAGE_WORDS, YEAR_RE

# ", in: *Bolle* …", ", en *Africanos* …", ", [w:] Książka": the book or journal a part is in,
# after its title
IN_MARK_RE = uregex.compile(rf",\s+\[?(?i:{CONTAINER_WORDS})(?::\]|:?)\s+(?=[*“\"«„A-Z\d])")


# an author as these styles print one: "Schmitt, Jean-Claude:", "*Debiais*:", "J.-C. Schmitt,"
AUTHOR_OPENS_RE = uregex.compile(
    r"^(?:[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}:|\*[^*]{2,60}\*\s*[:/,]"
    r"|(?:[A-Z]\.[\s-]?)+[A-Z][\w'’-]+[,:])"
)


def _new_source(cur: str) -> bool:
    """Does CUR open a source of its own (a lead-in, an author) or is it commentary? (A
    title's words look like names too often for starts_with_name to say.)"""
    return bool(LEAD_IN_RE.match(cur) or AUTHOR_OPENS_RE.match(cur)) or cues.is_commentary(cur)


def _dated_ahead(rest: str) -> bool:
    """Is there a year in REST before the note's next semicolon (the citation's imprint)?"""
    return YEAR_RE.search(rest.split(";", 1)[0]) is not None


# a pinpoint that closes a citation: "…, Traditionen, S. 65 (86)", "…, p. 17", "…, с. 284"
PINPOINT_END_RE = uregex.compile(rf",\s+{PAGE_WORDS}\s?\d[\d\s(),–-]*\)?\.?$")


def _pinpointed_ahead(rest: str) -> bool:
    """Does REST close with a pinpoint before the note's next semicolon? German law notes
    cite a part in its book with no date ("…, in: Bolle/Van Hohe, Inschriftenkulturen im
    kommunalen Italien." + "Traditionen, S. 65 (86)"): the page ends the citation."""
    return PINPOINT_END_RE.search(rest.split(";", 1)[0].strip()) is not None


def subtitle_before_in(cur: str, rest: str) -> bool:
    """Is CUR a title's further sentence, then the "in:" of the book it is in ("Funktionen
    und Wirkungen …, in: *Bolle* (Hgg.): …"), the citation dated before the next semicolon?
    (The caller knows PREV named the author and began the title.)"""
    mark = IN_MARK_RE.search(cur)
    return (
        mark is not None
        and not re.search(r"[\d,;:]", cur[: mark.start()])
        and not (LEAD_IN_RE.match(cur) or AUTHOR_OPENS_RE.match(cur))  # a title reads as prose
        and _dated_ahead(rest)
    )


def container_goes_on(prev: str, cur: str, rest: str) -> bool:
    """Has PREV opened the book a part is in, with no date yet, and does CUR carry on that
    book's title ("…, in: *Monnet* (Hgg.): Europa." + "Die Gegenwart unserer Geschichte." +
    "Band II : …, Darmstadt 2019, S. 9–13")?"""
    marks = list(IN_MARK_RE.finditer(prev))
    return (
        bool(marks)
        and not YEAR_RE.search(prev, marks[-1].end())
        and not re.search(r"\d", prev[marks[-1].end() :])
        and not (
            _new_source(cur) and not _plain_book_ends_at_imprint(prev[marks[-1].end() :], cur, rest)
        )
        and (_dated_ahead(rest) or _pinpointed_ahead(rest))
    )


# the editors that close a book's title in plain text: ", a cura di P. LANARO", ", red. F. Locher",
# ", ed. by J. Smith", ", Helena Gimeno (ed.)"
EDITORS_AFTER_RE = uregex.compile(
    r",\s+(?:a\s+cura\s+di|red\.|ed\.|eds\.|éd\.|dir\.|hrsg\.\s+v\.|edited\s+by)\s+[A-Z]"
    r"|,\s+[A-Z][^,;()]{2,60}\((?:eds?|red|dir|éds?|Hg|Hgg|Hrsg|a\s+cura\s+di)\.?\)"
)


def _plain_book_goes_on(book: str, cur: str) -> bool:
    """In plain text the book's further sentence reads like prose ("Da Omero a Elytis." + "La
    metafora del mito …, a cura di M. MIANO - A. ZIMBONE, Caltanissetta, …, 2019"): no
    italics began the book, no lead-in or author opens CUR, and its editors close its title
    before the year."""
    if "*" in book or LEAD_IN_RE.match(cur) or AUTHOR_OPENS_RE.match(cur):
        return False
    editors = EDITORS_AFTER_RE.search(cur)
    return editors is not None and YEAR_RE.search(cur, editors.end()) is not None


def _plain_book_ends_at_imprint(book: str, cur: str, rest: str) -> bool:
    """A plain book title's further sentence read as prose: its editors close it, or the
    imprint follows within two sentences ("en Le Pouvoir des listes II." + "Listes
    d'objets." + "Editions de la Sorbonne, Paris, 2020, p. 17")."""
    return _plain_book_goes_on(book, cur) or (
        "*" not in book
        and not (LEAD_IN_RE.match(cur) or AUTHOR_OPENS_RE.match(cur))
        and _publisher_place_year_ahead(rest)
    )


# a full stop that may end a title's sentence: "… Moyen Âge II. Listes", "… World. Offered"
TITLE_STOP_RE = deferred.compile(r"(?:(?<=\w\w)|(?<=[)?!]))\.\s+(?=[A-Z\d¿¡])")  # no initial
# "Editions de la Sorbonne, Paris, 2020", "Brill Academic Pub, Leiden, 2002": a publisher, a
# known town and the year, set apart by commas
PUBLISHER_PLACE_YEAR_RE = uregex.compile(
    r"[A-Z][^.;:,()]{1,60}?,\s+(?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}),\s+"
    r"(?:1[4-9]|20)\d\d\b"
)
TITLE_SENTENCES_AHEAD = 3  # the title's further sentences read before its imprint


def _publisher_place_year_ahead(rest: str) -> bool:
    """Does an imprint (publisher, known town, year) open one of REST's next sentences?"""
    for count, stop in enumerate(TITLE_STOP_RE.finditer(rest.split(";", 1)[0])):
        if count >= TITLE_SENTENCES_AHEAD:
            return False
        imprint = PUBLISHER_PLACE_YEAR_RE.match(rest, stop.end())
        if imprint is not None:
            return places.is_place(imprint.group("place"))
    return False
