"""Which cuts to undo: the sentences of one citation put back together ("Name. *Title*.
Place, 2001"), judged by reading the pieces on both sides of each cut."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import (
    cues,
    deferred,
    isoshape,
    isotitlerun,
    memo,
    namecues,
    ownauthor,
    plaintitles,
    possessor,
    publisherlist,
    quotedhead,
    quotedin,
    reviews,
    segments,
    statement,
    subtitleword,
    titlecontainer,
    titlespans,
    uregex,
)
from citekit.parse.capitalsbody import capitals_body_then_title
from citekit.parse.cases import conjoined_case
from citekit.parse.citestart import citation_start
from citekit.parse.cutpoints import Piece, after_lead, bracketed, protected
from citekit.parse.describeditem import parse_described_item
from citekit.parse.folios import cited_to_folio
from citekit.parse.ibidspan import ends_ibid, same_author_opens
from citekit.parse.imprint import PUBLISHER_WORDS_RE
from citekit.parse.joins import join_points
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.linktrailer import link_trailer
from citekit.parse.partsequel import part_sequel
from citekit.parse.patterns import (
    ACCESSED_RE,
    DITTO_DASHES_RE,
    EDITOR_MARK_RE,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
)
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.runson import (
    author_opens,
    cut_title_goes_on,
    imprint_sentences_follow,
    imprint_shape_opens,
    inverted_name_colon,
    journal_follows,
    opens_container,
    plain_title_after,
    plain_title_runs_on,
    subtitle_then_container,
    title_sentences_before_imprint,
    title_sentences_then_imprint,
)
from citekit.parse.shortforms import is_bare_citation

CONTRIBUTOR_START_RE = uregex.compile(
    r"(?:Hg\.|hg\.|Hrsg\.|hrsg\.|[Ee]d\.|[Ee]ds\.|[Ee]dited\s+by|éd\.|[Tt]rans\.|[Tt]ranslated|übers\."
    r"|Tradução|Traducción|Traduzione|Traduction|Organização|\d+\.\s?ed\."
    r"|[Üü]bersetzt|[Tt]rad\.|a\s+cura|In:(?=\s+[A-Z]))\s"
)

LINK_LABEL_RE = deferred.compile(
    r"\b(?:URL|online|en\s+ligne|disponible\s+en|available\s+at)\b", re.I
)


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
                or imprint_sentences_follow(prev, text[piece.start :], joined_by[-1])
                or plain_title_runs_on(prev, cur, text[piece.start :], joined_by[-1])
                or journal_follows(prev, text[piece.start :], joined_by[-1])
                or subtitle_then_container(prev, text[piece.start :], joined_by[-1])
                or title_sentences_then_imprint(prev, text[piece.start :], joined_by[-1])
                or cut_title_goes_on(prev, cur, text[piece.start :], joined_by[-1], known)
                or title_sentences_before_imprint(prev, cur, text[piece.start :], joined_by[-1])
                or plaintitles.title_runs_to_imprint(prev, text[piece.start :], joined_by[-1])
                or publisherlist.publishers_go_on(prev, text[piece.start :], joined_by[-1])
                or quotedhead.title_open_at_cut(prev, text[piece.start :], joined_by[-1])
                or (joined_by[-1] == "." and quotedin.names_after_cited_in(prev))
                or subtitleword.subtitle_after_head(prev, text[piece.start :], joined_by[-1])
                or (
                    len(merged) == 1  # the note's first sentence: "Title." + "Sub, red. X, …"
                    and subtitleword.collection_title_goes_on(prev, cur, joined_by[-1])
                )
                or isoshape.container_author_ends(prev, joined_by[-1])
                or isotitlerun.title_goes_on(prev, cur, text[piece.start :], joined_by[-1])
                or capitals_body_then_title(prev, text[piece.start :], joined_by[-1])
                or same_author_opens(prev, text[piece.start :], joined_by[-1])
            )
        ):
            merged[-1] = Piece(merged[-1].start, piece.end)
            joined_by[-1] = kind
            continue
        merged.append(piece)
        joined_by.append(kind)
    return _absorb_descriptions(text, merged)


def _new_source_after_comment(prev: str, cur: str) -> bool:
    """Is PREV a finished citation (an imprint, or names and a page) and CUR a sentence of
    comment that leads, by "see", "cf.", "voir" …, to a source of its own?"""
    if not INNER_LEAD_RE.possible(cur) or opens_container(cur):
        return False  # the cheap tests first: no lead word at all, or "In: GRINBERG, Keila; …"
    start = citation_start(cur)
    return (
        start > 0
        and INNER_LEAD_RE.search(cur[:start] + " X") is not None
        and (
            cues.has_imprint(prev)
            or is_bare_citation(prev[citation_start(prev) :])
            or cited_to_folio(prev)
        )
    )


def _ends_known(prev: str, cur: str, known: KnownTitles) -> bool:
    """PREV cites a KNOWN work and CUR is commentary: "Zindel, FC Basel. A revised …"."""
    return not YEAR_RE.search(cur) and known.cites(prev) and cues.is_commentary(cur)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same sentences
def _continues(prev: str, cur: str, separator: str) -> bool:
    """Does CUR carry on the citation begun in PREV (they were split at a full stop)?"""
    if ends_ibid(prev, cur, separator):
        return False  # "Ibid." + "The despatch arrived in May"; "Ibid., 3 May; TNA, CO 273"
    if parse_described_item(prev) is not None and not cues.archival_detail(cur):
        return False  # "…, akte 96 (inventaris …, 1676)." + "Afgedrukt bij Montias, *Title*, 339"
    if cues.document_description(prev) and cues.is_archival(cur) and not cues.is_archival(prev):
        return separator in ".;"  # "Memo, A to B, 3 May 1949; ... . Box 3, Acheson Papers"
    if separator == ";":
        if link_trailer(cur):
            return True  # "…, fol. 124r; Digitalisat: https://…": the same work's link
        return (
            _name_list_goes_on(prev, cur)
            or titlecontainer.subtitle_after_semicolon(prev, cur)
            or conjoined_case(prev, cur)  # "*A v B*; *C v D* [2019] UKSC 41": one judgment
            or part_sequel(prev, cur)  # "…, Pt. I, 1861, 21:161-175; Pt. III, 1862, 23:12-24"
        )
    if separator != ".":
        return False
    if link_trailer(cur) and not _link_only(prev) and _names_a_work(prev):
        return True  # "*Hemeroteca Digital Brasileira*." + "Disponível em: <http://…>" (ABNT)
    if _new_source_after_comment(prev, cur):
        return False  # "… (New York, 2000)." + "For a critique of X, see Audra Simpson, …"
    if ownauthor.opens_with_author_and_title(cur) and not reviews.REVIEW_RE.search(prev[-40:]):
        return False  # "Liget Bible, Paris, BnF." + "Mielle, *Prêcher*, 207": a source of its own
    if isoshape.journal_then_year(cur) and isoshape.names_then_title(prev):
        return True  # ISO 690: "GARDINER, J M. Title." + "*Journal*. 1991, vol. 17, p. 335"
    if titlecontainer.journal_after_quote(prev, cur):
        return True  # "Metcalf & Crawford, ‘Where are…’." + "*Big Data & Society*, 3.1 (2016)"
    lead = LEAD_IN_RE.match(cur)
    if lead and not lead.group().strip().casefold().startswith("in"):
        return False  # "…, 18 February 2019." + "See also Deknatel, “…”": a new source
    if _access_date_only(cur) and not _link_only(prev):
        return True  # "…, https://…. Consulté le 3 décembre 2017": the web page's access date
    if _opens_with_imprint(cur) and not cues.has_imprint(prev) and not _opens_with_imprint(prev):
        return True  # "Сб. документов / под ред. А. С. Морозова." + "Новосибирск: Наука, 1978"
    if imprint_shape_opens(cur) and _title_given(prev) and not cues.has_imprint(prev):
        return True  # "ROCA, A. *Puertos*." + "Vigo: Ed. Ría, 2015": any place, by its shape
    if _publisher_year(cur) and titlespans.has_title(prev) and not cues.has_imprint(prev):
        return True  # "Stone, *The War of Desire*." + "MIT Press, 1996": no place before it
    if (
        opens_container(cur)
        and author_opens(prev[citation_start(prev) :])  # after "Para una visión …, véase"
        and not cues.has_imprint(prev)
        and not re.search(r"\d", end_pinpoint(prev) or "")  # "…, p. 173. In Brezhnev's …"
    ):
        return True  # "MUSSET, A. Title." + "En *Revista* …" / "In: LIMA, R. (ed.), *Book* …"
    if DITTO_DASHES_RE.fullmatch(prev.strip()):
        return True  # "______. Cidade febril …": the same author again (ABNT, Chicago)
    if _lead_then_names(prev) and (titlespans.has_title(cur) or plain_title_after(prev, cur)):
        return True  # "…, véase Jordi Canal." + "*Vida y violencia*. …" (or plain: "Vida y …")
    if (
        (namecues.name_only(prev) and not _iso_names_and_title(prev))
        or _names_after_join(prev)
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
        and not possessor.prose_about(prev, cur)  # "Klein and D'Ignazio point out …" + "*T*, 7"
        and not _comment_after_pinpoint(prev, cur)  # "…, p.420." + "My view …"
    ):
        return True
    if (
        cues.has_imprint(cur)
        and not titlespans.has_title(cur)
        and not namecues.starts_with_name(cur)
    ):
        titled = titlespans.has_title(prev) or titlecontainer.journal_runs_on(prev, cur)
        return titled and not cues.has_imprint(prev) and not _comment_after_pinpoint(prev, cur)
    if _title_then_opcit(cur) and _lead_then_names(prev):  # the cheap test first
        return True  # "véase Bernard Vincent." + "La guerra de las Alpujarras, op. cit., p. 128"
    if _subtitle_before_opcit(prev, cur):
        return True  # "ROGER CHARTIER, Le Migrazioni dei testi." + "Scrivere …, cit., p. 420"
    if _title_runs_on(prev, cur):
        return True  # "…,” in Stocks, Seasons and Sales." + "Food Supplies … (Brepols, 2019), 94"
    if (
        inverted_name_colon(prev)
        and cues.completes_citation(cur)
        and not author_opens(cur)
        and not _comment_after_pinpoint(prev, cur)
    ):
        return True  # "Weick, Gabriel: Wohnungsmarkt … 1989." + "Mietpreiskontrolle, Basel 2018"
    if cues.unfinished_citation(_plain_author(prev)) and titlecontainer.completes(cur):
        return (
            True  # "Anna Kettler: Die Republik der Übersetzer." + "Literarischer …, Göttingen 2008"
        )
    return cues.is_archival(prev) and cues.archival_detail(cur)


# a bare page or range after the name's comma: "Epstein, 243", "Coleman, 95–98"; after the
# comma a closing quotation mark holds (American punctuation): "Smith, “Forum,” 3–4"
BARE_PAGE_END_RE = re.compile(r",[”’\"]?\s+(?:at\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?$")


def _names_a_work(prev: str) -> bool:
    """Does PREV name a work a link may belong to: a marked title, or a citation in plain
    text ("Evelyne Polt-Heinzl: Alfred Polgar. (4) Der Zeitkritiker. Erstellt im Juni 2016")?"""
    return (
        titlespans.has_title(prev)
        or cues.is_citation(prev)
        or namecues.starts_with_name(after_lead(prev[citation_start(prev) :]))
    )


def _ends_pinpointed(prev: str) -> bool:
    """Does PREV end with its pinpoint, labelled or bare ("Epstein, 243"), so that a sentence
    after it is no title of its own ("The older account in E. P. Thompson, *Title* …")?"""
    return bool(end_pinpoint(prev) or BARE_PAGE_END_RE.search(prev.rstrip(" .")))


def _comment_after_pinpoint(prev: str, cur: str) -> bool:
    """Is CUR a sentence of comment after a citation PREV that closed with its pinpoint
    ("…, 70–74." + "Crosby's first edition appeared in 1976 as …"; "Smith, “Forum,” 3–4." +
    "An image of … (1963) is available …"), not the rest of PREV?"""
    return _ends_pinpointed(prev) and cues.is_commentary(cur)


def _names_after_join(prev: str) -> bool:
    """Does PREV end with a finished citation, a join word and the next one's names alone
    ("…, s. 272 a QUATEMBER, Ursula" + "*Die Ausgestaltung*, s. 39"; "…, p. 7 and SMITH,
    Anne" + "*Peace*")? The sentence after them is that citation's title; split.py parts the
    two citations at the join word afterwards."""
    points = join_points(prev, protected(prev))
    return bool(points) and namecues.name_only(prev[points[-1].end() :])


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
    marker = find_opcit(cur) or titlecontainer.ellipsis_end(cur)
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


# "MIT Press, 1996", "Cambridge University Press, 2010, p. 4": a publisher and its year alone
PUBLISHER_YEAR_RE = re.compile(r"^(?P<publisher>[A-Z][^.;:()\d]{1,60}?),\s+(?:1[5-9]|20)\d\d\b")


def _publisher_year(text: str) -> bool:
    """Does TEXT open with a publisher, known by its words, then the year?"""
    match = PUBLISHER_YEAR_RE.match(text)
    return bool(match) and PUBLISHER_WORDS_RE.search(match.group("publisher")) is not None


def _lead_then_names(text: str) -> bool:
    """Does TEXT end with a lead ("see") and names only: "Para una visión distinta, véase
    Jordi Canal" (the title follows in the next sentence)?"""
    lead = LEAD_IN_RE.match(text)
    if lead and namecues.name_only(text[lead.end() :]):
        return True
    inner = any(namecues.name_only(text[m.end() :]) for m in INNER_LEAD_RE.finditer(text))
    return inner or titlecontainer.colon_then_names(text)


def _plain_author(text: str) -> str:
    """TEXT with an author in italics, as German law prints it, made plain, a lead-in
    dropped: "Siehe *Greyerz*, Passagen und Stationen" -> "Greyerz, Passagen und Stationen";
    after a comment, from the pointer on ("Für den Kontext vgl. Gould, Cecil, Michelangelo")."""
    lead = LEAD_IN_RE.match(text)
    text = text[lead.end() :] if lead else text
    inner = None
    if INNER_LEAD_RE.possible(text):
        inner = next(reversed(list(INNER_LEAD_RE.finditer(text))), None)
    if inner is not None and namecues.starts_with_name(text[inner.end() :]):
        text = text[inner.end() :]
    return statement.plain_names(text)


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
INVERTED_NAME_OPENS_RE = uregex.compile(  # "Graham, Mark u. a.:" the last of several names
    rf"^(?:{INVERTED_NAME})(?:\s+(?:u\.\s?a\.|et\s+al\.))?(?:\s*\([^()]*\))?\s*(?::\s|$)"
)
