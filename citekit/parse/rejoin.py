"""Which cuts to undo: the sentences of one citation put back together ("Name. *Title*.
Place, 2001"), judged by reading the pieces on both sides of each cut."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import (
    cues,
    insentences,
    isoshape,
    memo,
    namecues,
    plaintitles,
    reviews,
    segments,
    statement,
    titlespans,
    uregex,
)
from citekit.parse.citestart import FAMILY_CAPITALS_RE, citation_start
from citekit.parse.containers import IN_RE
from citekit.parse.cutpoints import Piece, after_lead, bracketed
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.patterns import (
    ACCESSED_RE,
    DITTO_DASHES_RE,
    EDITOR_MARK_RE,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
)
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.shortforms import is_bare_citation

CONTRIBUTOR_START_RE = uregex.compile(
    r"(?:Hg\.|hg\.|Hrsg\.|hrsg\.|[Ee]d\.|[Ee]ds\.|[Ee]dited\s+by|éd\.|[Tt]rans\.|[Tt]ranslated|übers\."
    r"|Tradução|Traducción|Traduzione|Traduction|Organização|\d+\.\s?ed\."
    r"|[Üü]bersetzt|[Tt]rad\.|a\s+cura|In:(?=\s+[A-Z]))\s"
)
LINK_LABEL_RE = re.compile(r"\b(?:URL|online|en\s+ligne|disponible\s+en|available\s+at)\b", re.I)


def _opens_with_imprint(text: str) -> bool:
    """ "Новосибирск: Наука, 1978. С. 112", "São Paulo: Companhia das Letras, 2015"."""
    place = re.match(r"([^.,;:]{1,30}\.?(?:\s*;\s*[^.,;:]{1,30}\.?)?)\s*:\s+\S", text)
    places = place.group(1).split(";") if place else []
    return bool(places) and all(segments.is_place(p) for p in places) and bool(YEAR_RE.search(text))


def _absorb_descriptions(text: str, merged: list[Piece]) -> list[Piece]:
    """Dated documents listed before their archive ("A to B, 3 May; C to D, 5 May. X Papers")."""
    out: list[Piece] = []
    for piece in reversed(merged):
        span = piece.text(text)
        if (
            out
            and cues.document_description(span)
            and not cues.is_archival(span)
            and cues.is_archival(out[-1].text(text))
            and cues.document_description(out[-1].text(text).split(". ")[0])
        ):
            out[-1] = Piece(piece.start, out[-1].end)
            continue
        out.append(piece)
    return out[::-1]


def merge_pieces(
    text: str, found: list[tuple[Piece, str]], known: KnownTitles = NO_TITLES
) -> list[Piece]:
    """Put back together the sentences of one citation ("Name. *Title*. (Place, 2001)");
    a sentence that names a KNOWN work before commentary is one whole."""
    merged: list[Piece] = []
    joined_by: list[str] = []
    for piece, kind in found:
        prev, cur = (merged[-1].text(text) if merged else ""), piece.text(text)
        whole = bracketed(text, piece) or bool(merged) and bracketed(text, merged[-1])
        if (
            merged
            and not whole
            and (
                (_continues(prev, cur, joined_by[-1]) and not _ends_known(prev, cur, known))
                or _imprint_sentences_follow(prev, text[piece.start :], joined_by[-1])
                or _plain_title_runs_on(prev, cur, text[piece.start :], joined_by[-1])
                or _journal_follows(prev, text[piece.start :], joined_by[-1])
                or _subtitle_then_container(prev, text[piece.start :], joined_by[-1])
                or _title_sentences_then_imprint(prev, text[piece.start :], joined_by[-1])
                or _cut_title_goes_on(prev, cur, text[piece.start :], joined_by[-1], known)
                or _title_sentences_before_imprint(prev, cur, text[piece.start :], joined_by[-1])
                or plaintitles.title_runs_to_imprint(prev, text[piece.start :], joined_by[-1])
            )
        ):
            merged[-1] = Piece(merged[-1].start, piece.end)
            joined_by[-1] = kind
            continue
        merged.append(piece)
        joined_by.append(kind)
    return _absorb_descriptions(text, merged)


def _cut_title_goes_on(prev: str, cur: str, rest: str, separator: str, known: KnownTitles) -> bool:
    """A title or a review cut at its own full stops (or a review's semicolons): a review
    runs on to its periodical, a known title goes on ("BOUREAU, Histoires d’un historien." +
    "Kantorowicz, p. 377"), a title's further sentence comes before its "in:"/"en", and the
    book a part is in goes on to its date."""
    if separator == ";":
        return reviews.runs_on(prev, cur, rest)
    if separator != ".":
        return False
    return (
        reviews.runs_on(prev, cur, rest)
        or (not known.empty() and known.title_goes_on(prev[citation_start(prev) :], cur))
        or (_titled_author(prev) and insentences.subtitle_before_in(cur, rest))
        or insentences.container_goes_on(prev, cur, rest)
    )


def _titled_author(prev: str) -> bool:
    """Does PREV name its author and begin the title: "Debiais, Vincent: Urkunden in Stein",
    "Jean-Paul Zuñiga. “Muchos negros”"?"""
    if _inverted_name_colon(prev):
        return True
    head = prev[citation_start(prev) :]
    if not titlespans.titles(head):
        return _plain_title_begun(head)
    return _author_opens(head) and not YEAR_RE.search(head)


def _plain_title_begun(head: str) -> bool:
    """Plain text, where no italics or quotes mark the title: does HEAD name its author and
    begin the title, nothing after it ("M. MITSOU, Dai miti letterari alle tradizioni
    popolari", "S. Schmitt, L’obsession du calendrier")?"""
    return "*" not in head and "," in head and cues.unfinished_citation(head)


def _new_source_after_comment(prev: str, cur: str) -> bool:
    """Is PREV a finished citation (an imprint, or names and a page) and CUR a sentence of
    comment that leads, by "see", "cf.", "voir" …, to a source of its own?"""
    if not INNER_LEAD_RE.possible(cur) or _opens_container(cur):
        return False  # the cheap tests first: no lead word at all, or "In: GRINBERG, Keila; …"
    start = citation_start(cur)
    return (
        start > 0
        and INNER_LEAD_RE.search(cur[:start] + " X") is not None
        and (cues.has_imprint(prev) or is_bare_citation(prev[citation_start(prev) :]))
    )


def _ends_known(prev: str, cur: str, known: KnownTitles) -> bool:
    """PREV cites a KNOWN work and CUR is commentary: "Zindel, FC Basel. A revised …"."""
    return known.cites(prev) and cues.is_commentary(cur) and not YEAR_RE.search(cur)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same sentences
def _continues(prev: str, cur: str, separator: str) -> bool:
    """Does CUR carry on the citation begun in PREV (they were split at a full stop)?"""
    if cues.document_description(prev) and cues.is_archival(cur) and not cues.is_archival(prev):
        return separator in ".;"  # "Memo, A to B, 3 May 1949; ... . Box 3, Acheson Papers"
    if separator == ";":
        return _name_list_goes_on(prev, cur)
    if separator != ".":
        return False
    if _new_source_after_comment(prev, cur):
        return False  # "… (New York, 2000)." + "For a critique of X, see Audra Simpson, …"
    if isoshape.journal_then_year(cur) and isoshape.names_then_title(prev):
        return True  # ISO 690: "GARDINER, J M. Title." + "*Journal*. 1991, vol. 17, p. 335"
    if prev.rstrip(" .")[-1:] in ("’", "”", '"', "'") and ITALIC_JOURNAL_RE.match(cur):
        return True  # "Metcalf & Crawford, ‘Where are…’." + "*Big Data & Society*, 3.1 (2016)"
    lead = LEAD_IN_RE.match(cur)
    if lead and not lead.group().strip().casefold().startswith("in"):
        return False  # "…, 18 February 2019." + "See also Deknatel, “…”": a new source
    if _access_date_only(cur) and not _link_only(prev):
        return True  # "…, https://…. Consulté le 3 décembre 2017": the web page's access date
    if _opens_with_imprint(cur) and not cues.has_imprint(prev) and not _opens_with_imprint(prev):
        return True  # "Сб. документов / под ред. А. С. Морозова." + "Новосибирск: Наука, 1978"
    if IMPRINT_SHAPE_RE.match(cur) and _title_given(prev) and not cues.has_imprint(prev):
        return True  # "ROCA, A. *Puertos*." + "Vigo: Ed. Ría, 2015": any place, by its shape
    if _publisher_year(cur) and titlespans.has_title(prev) and not cues.has_imprint(prev):
        return True  # "Stone, *The War of Desire*." + "MIT Press, 1996": no place before it
    if (
        _opens_container(cur)
        and _author_opens(prev[citation_start(prev) :])  # after "Para una visión …, véase"
        and not cues.has_imprint(prev)
        and not re.search(r"\d", end_pinpoint(prev) or "")  # "…, p. 173. In Brezhnev's …"
    ):
        return True  # "MUSSET, A. Title." + "En *Revista* …" / "In: LIMA, R. (ed.), *Book* …"
    if DITTO_DASHES_RE.fullmatch(prev.strip()):
        return True  # "______. Cidade febril …": the same author again (ABNT, Chicago)
    if titlespans.has_title(cur) and _lead_then_names(prev):
        return True  # "Para una visión distinta, véase Jordi Canal." + "*Vida y violencia*. …"
    if (
        (namecues.name_only(prev) and not _iso_names_and_title(prev))
        or namecues.ends_with_editor_mark(prev)
        or CONTRIBUTOR_START_RE.match(cur)
    ):
        return True  # "… Poesie." + "Hg. v. Rudolf Borchardt, München 1926"
    if _opens_with_editors(cur) and not cues.has_imprint(prev) and not namecues.name_only(prev):
        return True  # ISO 690: "Title." + "Gary A. STRINGER, ed. Place: Publisher, 1995"
    if cur[:1] in "(" or cur[:1].islower() or cues.locator_only(cur):
        return not cues.is_commentary(cur)
    if (
        titlespans.has_title(cur)
        and not titlespans.has_title(prev)
        and namecues.starts_with_name(prev)
        and not cues.is_commentary(prev)
        and not (end_pinpoint(prev) and cues.is_commentary(cur))  # "…, p.420." + "My view …"
    ):
        return True
    if (
        cues.has_imprint(cur)
        and not titlespans.has_title(cur)
        and not namecues.starts_with_name(cur)
    ):
        return titlespans.has_title(prev) and not cues.has_imprint(prev)
    if _title_then_opcit(cur) and _lead_then_names(prev):  # the cheap test first
        return True  # "véase Bernard Vincent." + "La guerra de las Alpujarras, op. cit., p. 128"
    if _subtitle_before_opcit(prev, cur):
        return True  # "ROGER CHARTIER, Le Migrazioni dei testi." + "Scrivere …, cit., p. 420"
    if _title_runs_on(prev, cur):
        return True  # "…,” in Stocks, Seasons and Sales." + "Food Supplies … (Brepols, 2019), 94"
    if _inverted_name_colon(prev) and cues.completes_citation(cur) and not _author_opens(cur):
        return True  # "Weick, Gabriel: Wohnungsmarkt … 1989." + "Mietpreiskontrolle, Basel 2018"
    if cues.unfinished_citation(_plain_author(prev)) and cues.completes_citation(cur):
        return (
            True  # "Anna Kettler: Die Republik der Übersetzer." + "Literarischer …, Göttingen 2008"
        )
    return cues.is_archival(prev) and cues.archival_detail(cur)


def _title_given(prev: str) -> bool:
    """Has PREV given a title: in italics or quotes, or in plain text after ISO 690's names
    ("DEBIAIS, V. Apuntes …. En GIMENO, H. ed. Representatividad …")?"""
    if titlespans.has_title(prev):
        return True
    return "*" not in prev and isoshape.names_then_title(prev[citation_start(prev) :])


def _iso_names_and_title(prev: str) -> bool:
    """ "EUSTACE, Sébastien. Poetry": ISO 690's names and a title, which may read as one more
    name ("Poetry"); the sentence after it is no part of them."""
    head = isoshape.head_re().match(prev) if ". " in prev and prev[:2].isupper() else None
    return head is not None and re.search(r"[^\W\d_]{3}", head.group("title")) is not None


# German history styles: "Family, Given: Title", the title's own sentences may follow
INVERTED_NAME_COLON_RE = uregex.compile(
    r"(?:^|\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}:\s+[A-Z\d]"
)


SENTENCE_STOP_RE = re.compile(r"(?<=\w\w)\.\s+")  # a full stop after a word, not an initial


def _title_sentences_then_imprint(prev: str, rest: str, separator: str) -> bool:
    """ "Bauer, Hans: Vom Wechsler zum Bankier." + "Zur Geschichte des Bankwesens." +
    "Herausgegeben …, Basel 1989, S. 31": two sentences of the title before the imprint."""
    if separator != "." or not _inverted_name_colon(prev):
        return False
    first, stop, after = rest.partition(". ")
    second = SENTENCE_STOP_RE.split(after, 1)[0]  # not at "E.E. Zunft"
    return (
        bool(stop)
        and not _author_opens(first)
        and not LEAD_IN_RE.match(first)
        and not cues.completes_citation(first)
        and cues.completes_citation(second)
    )


def _inverted_name_colon(prev: str) -> bool:
    """Does PREV name its author as "Family, Given:" and end without a pinpoint?"""
    return (
        INVERTED_NAME_COLON_RE.search(prev, 0, NAME_REACH + 40) is not None
        and LOCATOR_START_RE.search(prev) is None
    )


EDITORS_SPAN = 80  # characters: the longest list of editors read before their mark


def _opens_with_editors(text: str) -> bool:
    """ "Gary A. STRINGER, ed. Bloomington: Indiana UP, 1995": names, the mark that makes them
    editors, and at once the imprint (no title of their own: the title was before)."""
    mark = EDITOR_MARK_RE.search(text, 0, EDITORS_SPAN)
    return (
        mark is not None
        and mark.start() > 0
        and namecues.name_only(text[: mark.start()])
        and _opens_with_imprint(text[mark.end() :].lstrip(" .,"))
    )


def _subtitle_before_opcit(prev: str, cur: str) -> bool:
    """A short form whose title has a full stop: PREV names the author and the title's first
    sentence, CUR ends the title with "cit." (no name of its own before the marker)."""
    marker = find_opcit(cur)
    return (
        marker is not None
        and marker.start() > 0
        and not namecues.name_only(cur[: marker.start()].strip(" ,"))  # not "Jones, cit."
        and namecues.starts_with_name(prev)
        and find_opcit(prev) is None
        and not YEAR_RE.search(prev)
    )


def _title_then_opcit(cur: str) -> bool:
    """ "La guerra de las Alpujarras, op. cit., p. 128": title words, no names, then the marker."""
    marker = find_opcit(cur)
    head = cur[: marker.start()].strip(" ,*") if marker else ""
    return (
        head[:1].isupper()
        and not namecues.name_only(head)
        and len(head.split()) <= SHORT_TITLE_WORDS
    )


SHORT_TITLE_WORDS = 15  # a short title; more words are a sentence of prose


def _title_runs_on(prev: str, cur: str) -> bool:
    """A container named in plain text after a quoted title, cut at a full stop of its own
    ("Ludica. Annali di storia …"): PREV has no figure after its title, CUR dates it."""
    found = titlespans.titles(prev)
    if not found or found[-1].start() == 0:
        return False
    after = prev[found[-1].end() :].strip(' ,.”’"')
    return (
        bool(after)
        and not re.search(r"\d", after)
        and not titlespans.titles(cur)
        and bool(YEAR_RE.search(cur))
        and not cues.is_commentary(cur)
        and not cues.is_citation(after)
    )


# "Vigo: Ed. Ría, 2015", "Granada: Editorial de la Universidad, 2020": place, publisher, year
IMPRINT_SHAPE_RE = uregex.compile(
    r"""^(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}|\[s\.\s?l\.\]):\s+  # the place, or "[s.l.]"
    (?:[A-Z][^.;:]*?(?:\.[^.;:]*?)?|\[s\.\s?n\.\]),\s+      # the publisher ("Ed. Ría"), "[s.n.]"
    (?:1[4-9]|20)\d\d\b                            # the year""",
    re.VERBOSE,
)


# an article's quoted title closed by a full stop, then its italic journal, volume and dated
# brackets: the journal's name may look like names ("*Big Data & Society*"), the shape decides
ITALIC_JOURNAL_RE = re.compile(
    r"^\*[^*]{2,120}\*,?\s+\d{1,4}(?:[./,]\s?\d{1,4})?\s*\([^():;]*\b(?:1[5-9]|20)\d\d\)"
)
# "MIT Press, 1996", "Cambridge University Press, 2010, p. 4": a publisher and its year alone
PUBLISHER_YEAR_RE = re.compile(r"^(?P<publisher>[A-Z][^.;:()\d]{1,60}?),\s+(?:1[5-9]|20)\d\d\b")


def _publisher_year(text: str) -> bool:
    """Does TEXT open with a publisher, known by its words, then the year?"""
    match = PUBLISHER_YEAR_RE.match(text)
    return bool(match) and PUBLISHER_WORDS_RE.search(match.group("publisher")) is not None


# ENAH and other styles that end each part with a full stop: "Stock. Paris. 2017",
# "Prensas de la Universidad de Zaragoza. Saragosse. 2020": publisher, place, year; two places
# or publishers joined ("Routledge. New York; Abingdon. 2020")
SENTENCE_IMPRINT_RE = uregex.compile(
    r"^(?:[A-Z][\w'’&()-]*(?:[;,]?\s+[\w'’&()-]+){0,7}\.\s+){1,3}(?:1[4-9]|20)\d\d[a-z]?\b"
)


def _imprint_sentences_follow(prev: str, rest: str, separator: str) -> bool:
    """Do the sentences of REST, up to a year, give the imprint of the title PREV ends with?

    In plain text no italics mark that title: a PREV that opens with a name is enough
    ("Bernard Vincent. La guerra de las Alpujarras, en …" + "Almeria. 2019: 122–137").
    """
    return (
        separator in ".;"  # "Routledge. New York; Abingdon. 2020": two places of one imprint
        and SENTENCE_IMPRINT_RE.match(rest) is not None
        and (titlespans.has_title(prev) or _author_opens(after_lead(prev)))
        and not cues.has_imprint(prev)
    )


# a full stop that may end a title's sentence: "… en México. Prensas", "… (eds.). Ayuntamiento"
TITLE_STOP_RE = re.compile(r"(?<=[\w)?!])\.\s+(?=[A-Z\d¿¡])")
TITLE_SENTENCES = 2  # further sentences of a title read before its imprint


def _title_sentences_before_imprint(prev: str, cur: str, rest: str, separator: str) -> bool:
    """ENAH in plain text: PREV is a name, a sentence of its own, and the title's first
    sentence ("Jordi Canal. Vida y violencia"); CUR and at most one more sentence are the
    title's (or its book's), then the imprint's sentences run to the year ("Élmer Mendoza
    y los espacios …. Prensas …. Saragosse. 2020")."""
    if separator != "." or "*" in prev or YEAR_RE.search(prev) or cues.has_imprint(prev):
        return False
    name, stop, _ = after_lead(prev[citation_start(prev) :]).partition(". ")
    if not stop or not namecues.name_only(name) or _new_sentence_source(cur):
        return False
    for count, match in enumerate(TITLE_STOP_RE.finditer(rest)):
        if count >= TITLE_SENTENCES:
            return False
        after = rest[match.end() :]
        if SENTENCE_IMPRINT_RE.match(after) or IMPRINT_SHAPE_RE.match(after):
            return True  # (a publisher reads as names: the imprint is tested first)
        if _new_sentence_source(after):
            return False
    return False


def _new_sentence_source(text: str) -> bool:
    """Does the sentence TEXT opens begin a source of its own: a lead-in, an ibid., a whole
    name alone ("Ana Ruiz. Title …"; one word, "Kantorowicz.", is a title's)?"""
    first = text.split(". ", 1)[0]
    named = namecues.name_only(first) and len(first.split()) > 1
    return bool(LEAD_IN_RE.match(text)) or cues.is_ibid(text) or named


def _lead_then_new_source(text: str) -> bool:
    """Does TEXT open a new source with a lead-in and a name ("See also Pierre Doe, *Title*
    …")? A short form before it ("Cochin, “Éloge,” 73.") is finished, not a title running on."""
    lead = LEAD_IN_RE.match(text)
    if lead is None or lead.group().strip().casefold().startswith("in"):
        return False
    return namecues.starts_with_name(text[lead.end() :])


def _plain_title_runs_on(prev: str, cur: str, rest: str, separator: str) -> bool:
    """A plain title with full stops of its own ("C. KLAPISCH-ZUBER, In search of ancestors."
    + "The family genealogists of Florence …, in …, Turnhout, Brepols, 2017"): PREV has
    names and no more, CUR is no commentary and opens no name, and the citation's date
    comes before the note's next semicolon."""
    return (
        separator == "."
        and "*" not in prev  # italics would have marked the title
        and cur[:1].isupper()
        and cues.unfinished_citation(prev)
        and not namecues.starts_with_name(cur)
        and not _lead_then_new_source(cur)
        and not cues.is_commentary(cur)
        and YEAR_RE.search(rest.split(";", 1)[0]) is not None
    )


# at most three plain sentences (a title's), then a journal in italics: "Enfermedad y funerales
# de Galdós. *La Aventura de la Historia*, 255. 2020: 20–25"
JOURNAL_AHEAD_RE = re.compile(r"(?:[^.*;]{3,200}?\.\s+){0,3}?(?=\*[^*]+\*)")


def _journal_follows(prev: str, rest: str, separator: str) -> bool:
    """ENAH and ISO 690 articles cut at their full stops: PREV names the authors (and the
    title), REST goes on to the journal and at once its year, the sentences between being
    the title's."""
    ahead = JOURNAL_AHEAD_RE.match(rest) if separator == "." and "*" in rest else None
    if ahead is None or not isoshape.journal_then_year(rest[ahead.end() :]):
        return False
    heads = [
        prev,
        prev[citation_start(prev) :],
        *(prev[m.end() :] for m in INNER_LEAD_RE.finditer(prev)),
    ]
    return (
        any(
            namecues.starts_with_name(head) or _author_opens(head) or namecues.name_only(head)
            for head in heads[:4]
        )  # "Para el contexto, véase Jordi Canal": a name alone, no comma after it
        and not cues.has_imprint(prev)
        and not YEAR_RE.search(prev)
    )


SUBTITLE_RE = re.compile(r"[^.*;«»“”\"]{3,200}?\.\s+")  # one plain sentence: "Cultura visual. "


def _subtitle_then_container(prev: str, rest: str, separator: str) -> bool:
    """ISO 690: "ZUÑIGA, J.-P. «Muchos negros»." + "Cultura visual." + "En GARCÍA, R.C. eds.
    *Africanos* …": a quoted title's subtitle, then the book or journal it is in."""
    if separator != "." or not titlespans.titles(prev) or YEAR_RE.search(prev):
        return False
    sentence = SUBTITLE_RE.match(rest)
    return (
        sentence is not None
        and _opens_container(rest[sentence.end() :])
        and _author_opens(prev)
        and not cues.has_imprint(prev)
    )


def _lead_then_names(text: str) -> bool:
    """Does TEXT end with a lead ("see") and names only: "Para una visión distinta, véase
    Jordi Canal" (the title follows in the next sentence)?"""
    lead = LEAD_IN_RE.match(text)
    if lead and namecues.name_only(text[lead.end() :]):
        return True
    return any(namecues.name_only(text[m.end() :]) for m in INNER_LEAD_RE.finditer(text))


def _plain_author(text: str) -> str:
    """TEXT with an author in italics, as German law prints it, made plain, a lead-in
    dropped: "Siehe *Greyerz*, Passagen und Stationen" -> "Greyerz, Passagen und Stationen"."""
    lead = LEAD_IN_RE.match(text)
    return statement.plain_names(text[lead.end() :] if lead else text)


CAPITALS_WORD_RE = uregex.compile(r"[A-Z]{2,}[\s,-]")  # "GIMENO, H.", "VAL VALDIVIESO"


def _opens_container(text: str) -> bool:
    """ "En *Revista*, 2017", "In: LIMA, R. (ed.) …": the book or journal a part belongs to."""
    found = IN_RE.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    if rest[:1] in '*“"«„' or CAPITALS_WORD_RE.match(rest):
        return True  # "En *Revista*", "En GIMENO, H. ed.": a title or an editor in capitals
    # "In: Lima, R. (ed.)", not "In Rome"; a web page's date after the word: "В: 23. 6. 2020"
    return ":" in found.group() and (rest[:1].isupper() or rest[:1].isdigit())


def _author_opens(text: str) -> bool:
    """Does an author open TEXT, after a lead-in at most ("Véase MUSSET, A. Título")?"""
    return namecues.starts_with_name(text) or bool(FAMILY_CAPITALS_RE.search(text, 0, NAME_REACH))


NAME_REACH = 40  # characters: a lead-in ("En particular", "Para una visión diferente, ver")


def _access_date_only(text: str) -> bool:
    """A sentence that is only an access date ("Accessed 3 May 2019", "Consulté le …")."""
    match = ACCESSED_RE.match(text.strip())
    return match is not None and match.end() >= len(text.strip().rstrip(" .)]"))


def _link_only(text: str) -> bool:
    """Only a link and its label ("URL : http://…"): it is attached by the link rules, and
    an access date after it goes with it, not into a citation of its own."""
    rest = LINK_LABEL_RE.sub("", URL_RE.sub("", text))
    return not any(c.isalpha() for c in rest)


# a name in capitals that ends a piece: "… *in*: CARVALHO, Maria", "DE SOUSA BASTOS, Ana C."
CAPITALS_NAME_AT_END_RE = uregex.compile(
    r"""(?:^|(?<=[\s:(]))
    [A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+)*,\s+      # the family name in capitals
    (?:(?:[A-Z][\w'’-]*\.?|d[aeo]s?|von|van)\s*){1,5}  # given names, initials, particles
    (?:\([^()]*\))?$                              # a role: "(Orgs.)", "(ed.)"
    """,
    re.VERBOSE,
)


def _name_list_goes_on(prev: str, cur: str) -> bool:
    """ABNT and ISO 690 list authors with semicolons, family names in capitals: "In:
    GRINBERG, Keila; SALLES, Ricardo (org.)", "FRIDENSON, Patrick ; FRIDENSON, Michelle,
    L'empreinte …": a piece that ends with such a name alone, the next opening with one."""
    first = cur.split(",")[0].strip()
    if (
        "," in cur
        and first.isupper()
        and len(first) > 1
        and CAPITALS_NAME_AT_END_RE.search(prev.rstrip(" .")) is not None
    ):
        return True
    # Zotero's German styles: "Prinz, Claudia; Schlotheuber, Eva; Hohls, Rüdiger: Vorwort …",
    # "in: Wozniak, Thomas; Nemitz, Jürgen; Rohwedder, Uwe (Hg.): …": the next piece is a name
    # alone, or one that a colon or a role closes
    return (
        INVERTED_NAME_AT_END_RE.search(prev.rstrip(" ")) is not None
        and INVERTED_NAME_OPENS_RE.match(cur) is not None
    )


# one inverted name, family and given names as written ("Wozniak, Thomas", "Hohls, Rüdiger")
INVERTED_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2}"
INVERTED_NAME_AT_END_RE = uregex.compile(rf"(?:^|(?<=[\s:(]))(?:{INVERTED_NAME})$")
INVERTED_NAME_OPENS_RE = uregex.compile(rf"^(?:{INVERTED_NAME})(?:\s*\([^()]*\))?\s*(?::\s|$)")
