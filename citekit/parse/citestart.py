"""Where the source begins in a piece that opens with a lead-in or commentary ("See also
Doe, *Title*"), and whether a span cites a work at all."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import (
    cues,
    memo,
    namecues,
    plainimprint,
    quotelead,
    titlecontainer,
    titlespans,
    uregex,
)
from citekit.parse.cases import case_fields
from citekit.parse.containers import CONTAINER_WORDS
from citekit.parse.cutpoints import protected
from citekit.parse.datedhead import opens_with_author_date
from citekit.parse.ibids import inner_ibid
from citekit.parse.joins import join_points
from citekit.parse.namecolon import name_colon
from citekit.parse.patterns import (
    BY_NAME_IN_RE,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    NAME_BEFORE_RE,
    NAME_THEN_TITLE_RE,
    POSSESSIVE_RE,
    URL_RE,
    VOLUME_FIRST_RE,
    find_opcit,
    find_supra,
    italic_spans,
    quoted_spans,
)
from citekit.parse.prosenamelist import list_start
from citekit.parse.prosestart import (
    AFTER_SMALL_WORD_RE,
    SOURCE_LEAD_WORDS,
    author_date_after_comma,
    capitals_after_prose,
    cites,
    name_after_colon,
    name_after_comma,
    name_after_prose_word,
    plain_short_after_prose,
    reported_case,
)
from citekit.parse.shortforms import (
    OPENING_PARTICLES,
    is_author_date,
    is_bare_citation,
    is_statute,
)
from citekit.parse.siteprose import site_after_prose
from citekit.parse.yearhead import year_head_after_prose
from citekit.parse.yearpointer import year_pointer_in_sentence


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the second reading asks again of the same pieces
def citation_start(text: str) -> int:
    """Where the source begins in a piece that opens with a lead-in or commentary, past a
    passage it quotes before naming the source ('“…” Anders Winroth, The Making …')."""
    start = _source_start(text)
    particle = PARTICLE_BEFORE_RE.search(text, 0, start) if start else None
    if particle and _particle_author_date(text[particle.start() :]):
        start = particle.start()  # "As argued by de Certeau 1984, 12": the particle is his
    if start and CONTRIBUTED_BY_END_RE.search(text, 0, start):
        return 0  # "Die summa …, ed. by |Johann Friedrich Schulte (…)": the editor, not the author
    return start + quotelead.source_after_quotations(text[start:])


# "and", "y", "og" between a semicolon and a title in its marks: the next source, joined
TITLE_AFTER_CONJUNCTION_RE = uregex.compile(
    r"^(?:and|e|y|i|und|sowie|et|og|och|oraz)\s+(?=[*“\"‘«„])"
)
# a family name's opening particle just before where a source was found to start
PARTICLE_BEFORE_RE = uregex.compile(rf"(?<!\S)(?:{OPENING_PARTICLES})\s+(?:Ste?\.\s+)?$")
# what stands before an editor's or translator's name: "…, ed. by ", "edited by ", "trans. "
CONTRIBUTED_BY_END_RE = uregex.compile(
    r"(?:\bed\.(?:\s+by)?|\bedited\s+by|\btrans(?:\.|lated\s+by)|\bhg\.\s*v\.|\bhrsg\.\s*v\.|\bherausgegeben"
    r"\s+von|\béd\.\s+par|\ba\s+cura\s+di)\s+$"
)


def _italic_signal(lead: re.Match[str]) -> bool:
    """Is LEAD a signal set in italics ("*See generally* Office of the Under Sec’y of Def. for
    …")? Law reviews italicise a signal and nothing else before the source: what follows is
    the source when a capital opens it, however its words read (a body's name in small words
    reads as prose)."""
    return lead.group("lead_star") is not None and lead.group().rstrip(" :,").endswith("*")


def _names_ibid(before: str) -> bool:
    """ "Pennington, *ibid.*, 387" (Medical History): the author's names and a comma before the
    ibid. belong to the citation, a short form of that author's work cited last."""
    stripped = before.rstrip(" *")
    return stripped.endswith(",") and namecues.name_only(stripped[:-1])


def _particle_author_date(text: str) -> bool:
    """ "van Dijk 2004: 12", "de Certeau 1984, 12": a family name whose particle opens it in
    lower case, then a year (is_author_date reads it)."""
    return text[:1].islower() and is_author_date(text.rstrip(". "))


def _commentary_after_lead(text: str) -> bool:
    return cues.is_commentary(text) and not _particle_author_date(text)


def _source_start(text: str) -> int:
    if namecues.SAME_AUTHOR_RE.match(text):
        return 0  # "______. Cidade febril …", "Id., Storia …": the same author's next work
    match = LEAD_IN_RE.match(text)
    if match and _italic_signal(match) and text[match.end() : match.end() + 1].isupper():
        return match.end()  # "*See generally* Office of the Under Sec’y of Def. …": the source
    if match and is_statute(text[match.end() :]):
        return match.end()  # "Jf. Act of Supremacy (1558) par. 43": "Act of …" is no prose
    if match and not _commentary_after_lead(_after_leads(text[match.end() :])):
        return match.end() + _source_start(text[match.end() :])
    volume = VOLUME_FIRST_RE.match(text)
    rest = text[volume.end() :] if volume else ""
    if rest and namecues.starts_with_name(rest) and _source_start(rest) == 0:
        return 0  # "24 Richard A. Lord, *Williston on Contracts* § 65:1": the volume opens it
    if _titled_supra(text) or _titled_opcit(text):
        return 0  # "Convention for the Protection of Human Rights, *supra* note 6 at 36"
    adverb = _after_sentence_adverb(text)
    if adverb is not None:
        return adverb  # "So Earman, *Abject Failure*, 51, who thinks …"
    ibid_at = inner_ibid(text)
    if ibid_at and not cues.has_source(text[:ibid_at]) and not _names_ibid(text[:ibid_at]):
        return ibid_at  # "As argued in ibid., sec. 19 and …": the ibid. comes first
    backref = _backref_name(text)
    if backref and not namecues.starts_with_name(text) and find_opcit(text):
        inner = _after_inner_lead(text)
        if inner is not None and inner < backref and _name_sentence_before(text[inner:backref]):
            return inner  # "véase Bernard Vincent. La guerra de las Alpujarras, op. cit."
        if inner is not None and inner < backref and _names_to_opcit(text[inner:]):
            return inner  # "…, vezi LEWIS, David, *Op. cit.*": ISO 690's inverted names
        return backref  # "Sobre a Gazeta da Tarde, ver MACHADO, op. cit., p. 140"
    joined = namecues.CONJUNCTION_RE.match(text)  # "…; e COSTA, Emília Viotti da. Da senzala …"
    if joined and namecues.starts_with_name(text[joined.end() :]):
        return joined.end()
    joined = TITLE_AFTER_CONJUNCTION_RE.match(text)
    if joined:
        return joined.end()  # "…: 33–82; y *Castigar y perdonar*, 145–66": the title opens it
    opens_with_source = (
        namecues.starts_with_name(text)
        or text.lstrip()[:1] in "*“\"‘'«„"
        or cues.is_ibid(text)
        or FAMILY_CAPITALS_RE.match(text) is not None  # "MUSSET, A. Between … Sciences: …"
    )
    if reported_case(text) or _particle_author_date(text) or opens_with_author_date(text):
        return 0  # "Boulton v Jones (n 2) and …", "Bauer 1989, s. 9 och …": a source opens it
    start = None if opens_with_source else _source_after_prose(text)
    if start is None and not opens_with_source:
        start = site_after_prose(text)  # "… están digitalizados en el Portal de …, http://…"
    if start is not None:
        return start
    if not cues.is_commentary(text):
        if namecues.starts_with_name(text):
            return 0
        # "Die bei Schorbach (1888), S. XI, …": German capitalises the prose's nouns
        found = year_pointer_in_sentence(text) or capitals_after_prose(text)
        return found or _pointer_after_lead_word(text) or 0
    for finder in (
        _backref_name,
        _name_before_pointer,
        _after_inner_lead,
        _case_name,
        year_head_after_prose,  # "The classic study is Ranajit Guha (1963), Title, …"
        name_after_prose_word,
        _in_name,
        _name_then_title,
        name_colon,
        _by_name,
        _possessive,
        name_after_colon,
        _first_title,
        _family_in_capitals,
        name_after_comma,
        author_date_after_comma,
        plain_short_after_prose,
        year_pointer_in_sentence,  # "… verbundenen Zuschreibungen Weingart (2012), S. 203"
    ):
        position = finder(text)
        if position is not None:
            return position
    return 0


# a sentence adverb, then a family name, its comma and a title or a page: "So Earman, *Abject
# Failure*", "Thus Fogelin, 41–43" (not "In:", "So,", nor "In French, also in …"), or its
# year in brackets: "Nach Schneider (2009), S. 140", "Secondo Croce (1917), p. 12"
ADVERB_THEN_WORD_RE = re.compile(
    r"(?P<adverb>[A-Z][a-z]{1,9})\s+(?=[A-Z][\w'’-]+(?:,\s+(?:[*“\"‘«]|\d)|(?P<year>\s\(\d{4}[a-z]?\),\s)))"
)


def _after_sentence_adverb(text: str) -> int | None:
    """Where a source opens after the adverb that opens the sentence ("So Earman, *Abject
    Failure*, 51"; "Thus Fogelin, 41–43"): the adverb's next word opens a name and the rest
    cites, with no lead-in further on that would start it ("On Hume, see …")."""
    match = ADVERB_THEN_WORD_RE.match(text)
    if match is None or not namecues.prose_opener([match["adverb"], text[match.end() :]]):
        return None
    rest = text[match.end() :]
    if _after_inner_lead(rest) is not None:
        return None
    if (namecues.starts_with_name(rest) or match["year"]) and cites(rest, ()):
        return match.end()  # one family name before its year is no name's shape of its own
    return None


def _source_after_prose(text: str) -> int | None:
    """Where the source begins in TEXT, which does not open with one, after a lead word or
    prose ("On this paradigm see Vladislav Zubok …", "Zum Begriff grundlegend Fritz Strich:
    …", "… with caution: Reilly, *…*"); None where nothing says so."""
    inner = _after_inner_lead(text)
    if inner and not cues.has_source(text[:inner]):
        return inner
    colon = titlecontainer.names_after_colon(text)
    family = FAMILY_CAPITALS_RE.match(text, colon) if colon is not None else None
    if family is not None and not _publisher_in_imprint(text, family):
        return colon  # "Как показано в работе: EUSTACE, Sébastien. Poetry: …" (ISO 690)
    for finder in (name_colon, _name_then_title):
        start = finder(text)
        if (
            start
            and not titlespans.titles(text[:start])
            and not cues.has_imprint(text[:start])
            and not cues.is_archival(text[:start])
            and not URL_RE.search(text[:start])  # "Title - Site, https://…, Stand: 06.07.2020"
            and not plainimprint.opens_place_colon(text, start)  # "…, Rio de Janeiro: …"
        ):
            return start
    return None


def _names_to_opcit(text: str) -> bool:
    """ "LEWIS, David, *Op. cit.*", "RAYET, Olivier și THOMAS, Albert, op. cit.": names only,
    family first, up to the op. cit. word (the comma inside a name is no end of prose)."""
    marker = find_opcit(text)
    return marker is not None and namecues.name_only(text[: marker.start()].rstrip(" ,*"))


def _name_sentence_before(text: str) -> bool:
    """ "Bernard Vincent. La guerra de las" (ENAH short forms): a name, a full stop, the title."""
    head, stop, _ = text.partition(". ")
    return bool(stop) and namecues.name_only(head)


# a short title before "supra": "Convention for the Protection of Human Rights, *supra* note 6"
SUPRA_TITLE_RE = uregex.compile(r"^(?P<title>[A-Z][^,;:]+),\s*\*?supra\b")


def _titled_opcit(text: str) -> bool:
    """A title, every long word capitalised, then an op. cit. word, no name before it: "The
    History of Cartography, dz. cyt., t. 2.2" (an edited work cited by its title)."""
    if not text[:1].isupper() or "," not in text:
        return False  # the cheap tests first
    marker = find_opcit(text)
    if marker is None or LEAD_IN_RE.match(text):
        return False
    head = text[: marker.start()].rstrip(" ,*")
    if "," in head or not head[:1].isupper():
        return False
    if INNER_LEAD_RE.possible(head) and INNER_LEAD_RE.search(head):
        return False  # "Zu den Spannungen vgl. Wick, a.a.O.": prose, a lead, the author
    words = re.findall(r"[^\W\d_]{4,}", head)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _titled_supra(text: str) -> bool:
    """Does a title, every long word capitalised, stand before "supra" (no prose lead-in)?"""
    found = SUPRA_TITLE_RE.match(text) if "supra" in text else None  # (every match holds it)
    if found is None or LEAD_IN_RE.match(text):
        return False
    words = re.findall(r"[^\W\d_]{4,}", found.group("title"))
    return bool(words) and all(w[0].isupper() for w in words)


def _case_name(text: str) -> int | None:
    """ "This is discussed in Council of Civil Service Unions v UK, 10 269, 42 (1987)": the
    parties of a case with its report after prose."""
    for match in AFTER_SMALL_WORD_RE.finditer(text):
        fields = case_fields(text[match.end() :])
        if fields and ("volume" in fields or "year" in fields):
            return match.end()
    return None


def _after_leads(text: str) -> str:
    """TEXT after any further lead-ins: "See, for example: Prinz and Schiewe, *…*" is led in
    twice, and what is commentary is judged after both."""
    match = LEAD_IN_RE.match(text)
    while match:
        text = text[match.end() :]
        match = LEAD_IN_RE.match(text)
    return text


def _backref_name(text: str) -> int | None:
    """ "See this view in Radchenko, Op. cit., p. 42": the name before the marker opens it."""
    ibid_at = inner_ibid(text)
    if ibid_at:
        return ibid_at
    marker = find_opcit(text)
    if marker is None:
        return None
    before = text[: marker.start()]
    et_al = ET_AL_TAIL_RE.search(before)  # "Vincent Debiais *et al.*, art. cit."
    if et_al:
        before = before[: et_al.start()]
    else:
        head, comma, title = before.rstrip(" ,*").rpartition(",")
        plain = comma and "*" not in before and _plain_short_title(title)  # no italics at all
        named = NAME_BEFORE_RE.search(head) if plain else None
        if named:
            return named.start()  # "si veda SYLVAIN PIRON, Cartes et diagrammes …, cit.": the title
    run = NAME_BEFORE_RE.search(before)
    return run.start() if run else None


def opens_with_pointed_name(text: str) -> bool:
    """Does TEXT open with a name and a pointer to the note of its full citation ("Daube (n 3)
    270")?"""
    return _name_before_pointer(text) == 0


def _name_before_pointer(text: str) -> int | None:
    """ "for the later law, Daube (n 3) 270", "… see Clark, supra note 4, at 12": a name right
    before a pointer to the note of the full citation opens a short form (OSCOLA, Bluebook)."""
    pointer = find_supra(text)
    if pointer is None:
        return None
    run = NAME_BEFORE_RE.search(text, 0, pointer.start())
    if run is None:
        return None
    start = run.start()
    while co_author := CO_AUTHOR_BEFORE_RE.search(text, 0, start):
        start = co_author.start()  # "Moreham and Warby (n 1)": the first author opens it
    return start


def _pointer_after_lead_word(text: str) -> int | None:
    """ "Ansätze bei Wick (wie Anm. 6), S. 30", "Early forms in Daube (n 3) 270": a name and
    its pointer to the full citation's note after the word that leads prose to a source,
    where German capitals make the prose's nouns read as a name ("Ansätze")."""
    start = _name_before_pointer(text)
    if not start:
        return None
    before = text[:start].split()
    word = before[-1].casefold() if before else ""
    # "Breen to Mayer (n. 4)": a letter's writer and recipient, not prose before a name
    return start if word in SOURCE_LEAD_WORDS and word != "to" else None


# a co-author's name and the joiner before the next one: "Moreham and ", "Lund, "
CO_AUTHOR_BEFORE_RE = re.compile(
    r"(?<!\S)(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+(?:,\s+|,?\s+(?:and|&)\s+)$"
)


def _plain_short_title(text: str) -> bool:
    """Is TEXT, between a name's comma and "cit.", a title nothing marks ("Aurora Leigh",
    "Cartes et diagrammes d'Opicino")? Capitalised, no figure, more than one word."""
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and not re.search(r"\d", text)


ET_AL_TAIL_RE = re.compile(r"\s*\*?et(?:\s|\xa0)+al\.?\*?,?\s*\*?$")


def _after_inner_lead(text: str) -> int | None:
    """After "see" (the first one that leads to a source), else after a bare "in:"."""
    first_in = None  # the first bare "in:" that leads to a source, if no "see" does
    for match in INNER_LEAD_RE.finditer(text):
        is_in = match.group().strip().casefold().startswith("in")
        rest = text[match.end() :]
        if is_in and namecues.SAME_AUTHOR_RE.match(rest):
            continue  # "…, in: Ders., *Book*": the book of the citation before it, by its author
        if (is_in and first_in) or not (
            cues.has_source(rest) or is_bare_citation(rest) or _bare_then_join(rest)
        ):
            continue  # (stop at the first lead that fits: each test reads the rest of the text)
        if not is_in:
            return match.end()
        first_in = match
    if first_in is None:
        return None
    # "K tomu Jiří ŠOUŠA, Titul, in: Pavel Kocman (ed.)": the author
    author = CAPITALS_NAME_RE.search(text[: first_in.start()])
    return author.start() if author else first_in.end()


def _bare_then_join(text: str) -> bool:
    """ "Ober 1989: 338–9 and de Ste. Croix 1981: 289": two short forms joined by a word (a
    full citation after the word would have answered has_source)."""
    joins = join_points(text, protected(text))
    return (
        len(joins) == 1
        and is_bare_citation(text[: joins[0].start()])
        and is_bare_citation(text[joins[0].end() :].rstrip(". "))
    )


# a family name in capitals after a given name: ABNT, Czech and French habit ("Jiří ŠOUŠA,")
CAPITALS_NAME_RE = uregex.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z]{2,}(?:-[A-Z]{2,})?,")


def _name_then_title(text: str) -> int | None:
    mask = protected(text)
    for match in NAME_THEN_TITLE_RE.finditer(text):
        if not mask[match.start("name")]:  # not the end of a title: 'and Predictions," in'
            return list_start(text, match.start("name"))
    return None


IN_NAME_RE = uregex.compile(
    r"(?:,\s+|\s)(?:in|dans|en|nella|nel)\s+(?P<name>(?:[A-Z]\.\s?)+[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+),"
)


def _in_name(text: str) -> int | None:
    """ "la lettera a Tania del 7 settembre 1931, in A. Gramsci, Lettere …": the book's author."""
    match = IN_NAME_RE.search(text)
    if match is None or titlespans.titles(text[: match.start()]):
        return None  # "in his “Title,” in Sherman Garnett, ed.": the title came first
    return match.start("name") if cues.has_source(text[match.start("name") :]) else None


FAMILY_CAPITALS_RE = uregex.compile(r"(?<!\w)(?P<name>[A-Z]{3,}(?:-[A-Z]{2,})?),\s+(?=\S)")


def _family_in_capitals(text: str) -> int | None:
    """ABNT: "ver a discussão de ALONSO, Flores, votos e balas, p. 250": the family name in
    capitals opens the short form, not the title after it."""
    mask = protected(text)
    for match in FAMILY_CAPITALS_RE.finditer(text):
        if mask[match.start()] or _publisher_in_imprint(text, match):
            continue
        if cues.is_citation(text[match.start() :]):
            return match.start()
    return None


# the place and colon of an imprint, in the clause before a word in capitals: "Moskva: Izd-vo
# AN SSSR, 1962", "Екатеринбург: УрО РАН, 2008", the place abbreviated ("М.: АСТ, 2003")
IMPRINT_COLON_BEFORE_RE = uregex.compile(r"(?:^|[.;]\s)[^.;]*\.?:\s[^.;:]*$")  # "М.: АСТ"
YEAR_NEXT_RE = uregex.compile(r"(?:1[5-9]|20)\d\d\b")


def _publisher_in_imprint(text: str, match: re.Match[str]) -> bool:
    """ "…. Екатеринбург: УрО РАН, 2008, с. 30": a word in capitals after the place's colon and
    before the year names the publisher (an academy, a press by its initials), not an author."""
    return bool(
        YEAR_NEXT_RE.match(text, match.end())
        and IMPRINT_COLON_BEFORE_RE.search(text, 0, match.start())
    )


def _by_name(text: str) -> int | None:
    match = BY_NAME_IN_RE.search(text)
    return match.start("name") if match and titlespans.has_title(text[match.end() :]) else None


def _possessive(text: str) -> int | None:
    match = POSSESSIVE_RE.search(text)
    return match.start("pos") if match else None


# the word that introduces a container, right before its title: "En *Revista*", "In: *Book*"
CONTAINER_BEFORE_RE = uregex.compile(rf"(?<![\w.]){CONTAINER_WORDS}\s*:?\s*$")


# a name and its comma, nothing else, between a clause's comma and the title: "Lotte Hellinga, "
NAME_BEFORE_TITLE_RE = re.compile(r"[^\W\d_][^,;:()\d]{1,60},\s+")


def _first_title(text: str) -> int | None:
    """Where the first italic or quoted span opens, a back-reference word in italics aside."""
    italics = (m for m in italic_spans(text) if not titlespans.is_marker(titlespans.span_body(m)))
    found = (next(italics, None), next(quoted_spans(text), None))
    titles = [m.start() for m in found if m]
    if not titles:
        return None
    first = min(titles)
    named = name_after_comma(text) if text.find(", ", 0, first) >= 0 else None
    if named is not None and NAME_BEFORE_TITLE_RE.fullmatch(text, named, first):
        return named  # "and, for England, Lotte Hellinga, 'Printing', in *…*": the author
    if CONTAINER_BEFORE_RE.search(text, 0, first):
        # "… distinta, MUSSET, A. Between … Sciences. En *History*": that title is the
        # container; the author in capitals before it opens the citation
        named = _family_in_capitals(text)
        return named if named is not None and named < first else first
    return first
