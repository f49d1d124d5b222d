"""Note -> Citations (pure): split the note, classify each span, parse its fields.

The modules form layers; each imports only from the layers before it (no cycles:
tests/test_imports.py), and the word lists come from citekit/lexicons:
uregex, prefilter, memo -> patterns -> imprint, names, context -> segments, bluebook -> cues
-> elements, inherit, split -> containers, plain, archives -> fields, classify -> here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from citekit.model import Citation, Kind, Link, Note
from citekit.parse import context as _context
from citekit.parse import (
    cues,
    memo,
    namecues,
    names,
    quotedtail,
    reviews,
    statement,
    titlespans,
    uregex,
)
from citekit.parse.bluebook import short_case, short_periodical
from citekit.parse.classify import classify, ditto_end
from citekit.parse.context import HEREAFTER_ANYWHERE_RE, Context
from citekit.parse.cutpoints import Piece, whole
from citekit.parse.elements import Parsed, clean_title, pages_or_locator
from citekit.parse.fields import parse_full
from citekit.parse.imprint import find_locator
from citekit.parse.inherit import IN_PREVIOUS, inherit_authors, inherit_containers, part_of_previous
from citekit.parse.known import (
    NO_TITLES,
    KnownTitles,
    is_known_title,
    learn,
    names_known_author,
)
from citekit.parse.labelled import combine, combine_entry
from citekit.parse.newspapers import newspaper_issue
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import (
    HEREAFTER_RE,
    IBID_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    PROSE_AUTHOR_RE,
    SUPRA_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
    find_supra,
)
from citekit.parse.pinpoint import without_note_pointer
from citekit.parse.reference import Reference
from citekit.parse.refnote import direct_order, entry_notes, reference_note, whole_entry
from citekit.parse.shortforms import PINPOINT_RE, capitals_short, names_and_pinpoint
from citekit.parse.split import SAME_AUTHOR_PREFIX, link_only, split_note
from citekit.parse.statutes import parse_statute_short

URL_START_RE = re.compile(r"(?:https?|ftp)://", re.IGNORECASE)  # a link to another site
HEREAFTER_SEPARATOR = "|"  # between the short forms one citation announces

__all__ = [
    "HEREAFTER_SEPARATOR",
    "Context",
    "build_context",
    "inherit_authors",
    "inherit_containers",
    "parse_note",
    "second_reading",
]

_EMPTY = Context()


def build_context(texts: Iterable[str]) -> Context:
    """What the notes of a document define (abbreviations, "hereafter" forms), and whether
    they are reference-list entries."""
    texts = list(texts)
    return replace(_context.build_context(texts), entries=entry_notes(texts))


def parse_note(
    note: Note, context: Context = _EMPTY, known: KnownTitles = NO_TITLES
) -> tuple[Citation, ...]:
    """The citations NOTE makes, in order, each with its kind, fields and locator.

    KNOWN: the titles the document cites in full (see parse_notes), to find their short
    forms where no italics or quotes mark them.
    """
    entry = reference_note(note.text, loose=context.entries)
    if entry is not None:  # a reference-list entry as a note: read whole, never split
        return (_entry_citation(note, entry),)
    inverted = _inverted_note(note, context)
    if inverted is not None:
        return inverted
    return _or_whole_entry(note, context, _read(note, context, _split(note.text, context, known)))


def _inverted_note(note: Note, context: Context) -> tuple[Citation, ...] | None:
    """In a document of entries, "Debussy, Claude, Pelléas et Mélisande (…, 1985).": one full
    citation, read by the note grammar in direct order ("Claude Debussy, Pelléas …")."""
    direct = direct_order(note.text) if context.entries else None
    if direct is None:
        return None
    parsed = _parse(direct, Kind.FULL, context)
    citation = Citation(
        note=note.number,
        index=0,
        text=note.text.strip(),
        kind=Kind.FULL,
        locator=parsed.locator,
        fields=parsed.fields,
        entry_type=parsed.entry_type,
    )
    return (citation,)


def _or_whole_entry(
    note: Note, context: Context, cited: tuple[Citation, ...]
) -> tuple[Citation, ...]:
    """CITED, or, where the note grammar found nothing in a note of a document of entries,
    the whole note read as one entry ("Back to Chernobyl. Dir. Bill Kurtis. WGBH, 1989.")."""
    if cited or not context.entries:
        return cited
    entry = whole_entry(note.text)
    return (_entry_citation(note, entry),) if entry is not None else cited


def _split(text: str, context: Context, known: KnownTitles) -> list[tuple[Piece, str]]:
    known_forms = context.hereafter + context.archive_sigla  # "AN, Série Justiça, IJ6 474"
    if known is NO_TITLES:
        return list(_split_unaided(text, known_forms))
    return split_note(text, known_forms, known)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def _split_unaided(text: str, known_forms: tuple[str, ...]) -> tuple[tuple[Piece, str], ...]:
    """The first reading's split, kept: the second reading compares its own with it."""
    return tuple(split_note(text, known_forms))


def _read(note: Note, context: Context, found: list[tuple[Piece, str]]) -> tuple[Citation, ...]:
    """The citations of NOTE cut at FOUND, each classified and parsed."""
    out = []
    if not found and any(URL_START_RE.match(link.target) for link in note.links):
        found = [(whole(note.text), "")]  # a note that only links to a page cites that page
    targets = _link_targets(note, [piece for piece, _ in found])
    for index, (piece, prefix) in enumerate((p, x) for p, x in found if p in targets):
        text = piece.text(note.text)
        cited = quotedtail.head(text)  # "…, 552: “Cum harmonia …”": the quotation is no field
        kind = classify(cited, context)
        if kind is Kind.SHORT and _links_out(targets[piece]) and not find_supra(cited):
            kind = Kind.FULL  # '"Mobile System Requirements".' linked: a web page, not a short form
        parsed = _parse(cited, kind, context, targets[piece])
        if kind is Kind.OP_CIT and parsed.fields.get("title"):
            kind = Kind.SHORT  # "Nowak, *Spławy*, op. cit.": a title makes it a short form
        _author_from_prose(parsed, text, prefix)
        if prefix == SAME_AUTHOR_PREFIX and out and "author" not in parsed.fields:
            previous = out[-1].fields.get("author")  # "…, and *Another Book* (…)"
            parsed.fields.update({"author": previous} if previous else {})
        out.append(
            Citation(
                note=note.number,
                index=index,
                text=text,
                kind=kind,
                locator=parsed.locator,
                fields=parsed.fields,
                entry_type=parsed.entry_type,
            )
        )
    return _share_plural_descriptor(tuple(out))


def second_reading(
    notes: Sequence[Note],
    first: Sequence[tuple[Citation, ...]],
    context: Context = _EMPTY,
    listed: Sequence[Mapping[str, str]] = (),
) -> list[tuple[Citation, ...]]:
    """The citations of NOTES read again where the FIRST reading may have missed a short form.

    The full citations of the first reading, and the works LISTED in the document's
    bibliography (their fields), tell which titles the document cites and who wrote them; a
    note that names one of those authors elsewhere than at the start of a citation found in
    it is read again with that knowledge ("Young, Ways of Reading Scripture" in plain text,
    where no italics mark the title). Other notes keep their first reading, so the cost
    stays that of one reading and a scan.
    """
    full = (c.fields for cited in first for c in cited if c.kind is Kind.FULL)
    known = learn(chain(full, listed))
    out = []
    titled: KnownTitles | None = None  # every titled citation's title, learnt when first needed
    for note, cited in zip(notes, first, strict=True):
        starts = [note.text.find(c.text) for c in cited]
        alone = not cited and cues.title_only(note.text)
        if alone:  # a title alone: its author named in the running text, its data listed
            titled = titled or learn(chain((c.fields for f in first for c in f), listed))
        # "Ramsey, Philosophical Papers.", "*Seeing Like a State*": a known work, read whole
        if (not cited and _names_known_title(note.text, known)) or (
            alone and is_known_title(note.text, titled)
        ):
            cited = _read(note, context, [(whole(note.text), "")])
        elif names_known_author(note.text, known, starts):
            cited = _read_again(note, cited, context, known)
        out.append(tuple(_as_known_short(c, known) for c in cited))
    return out


# a plain short form with no pinpoint: names, a comma, a title nothing marks
NAMES_TITLE_RE = uregex.compile(
    r"^(?P<names>[^,;:()]{2,60}),\s+(?P<title>[A-Z][^,;()]{2,150}?)\.?$"
)


def _names_known_title(text: str, known: KnownTitles) -> bool:
    """Is TEXT all a known author's name, a comma and the start of one of their titles?"""
    text = text.strip()
    return NAMES_TITLE_RE.match(text) is not None and known.cites(text.rstrip("."))


def _as_known_short(citation: Citation, known: KnownTitles) -> Citation:
    """ "Ramsey, Philosophical Papers": in plain text a short form without a pinpoint has the
    shape of an inverted name or a note to a person; a known author and the opening of one of
    their titles say it is the short form of that work."""
    if citation.kind is not Kind.SHORT or citation.locator:
        return citation
    parts = NAMES_TITLE_RE.match(citation.text.strip())
    if parts is None or not known.cites(citation.text):
        return citation
    fields = {
        "author": " and ".join(names.split_names(parts.group("names"))),
        "title": clean_title(parts.group("title")),
    }
    return replace(citation, fields=fields, entry_type="book")


def _read_again(
    note: Note, cited: tuple[Citation, ...], context: Context, known: KnownTitles
) -> tuple[Citation, ...]:
    """NOTE read with the KNOWN titles; CITED, the first reading, where they cut it no
    differently (the rest of a reading follows from the cut alone)."""
    if reference_note(note.text, loose=context.entries) is not None:
        return cited  # an entry is read whole, whatever the document cites
    if context.entries and direct_order(note.text) is not None:
        return cited
    found = _split(note.text, context, known)
    if found == _split(note.text, context, NO_TITLES):
        return cited
    return _or_whole_entry(note, context, _read(note, context, found))


def _entry_citation(note: Note, entry: Reference) -> Citation:
    entry = combine_entry(entry)
    return Citation(
        note=note.number,
        index=0,
        text=note.text.strip(),
        kind=Kind.FULL,
        locator=None,
        fields=dict(entry.fields),
        entry_type=entry.entry_type,
    )


PLURAL_DESCRIPTOR_RE = re.compile(
    r"^(?:papers|articles|essays|chapters|contributions|Beiträge"
    r"|Vorträge|communications|interventi|ponencias)\b",
    re.IGNORECASE,
)


def _links_out(targets: tuple[str, ...]) -> bool:
    """Does the span link to another site? A short form points back to a work the reader has
    met; a span that links out gives the work's place, as a first citation does."""
    return any(URL_START_RE.match(target) for target in targets)


def _share_plural_descriptor(citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """ "A, “X”; B, “Y”; C, “Z,” papers presented at …": the description is all three's."""
    out = list(citations)
    for position, citation in enumerate(citations):
        shared = citation.fields.get("howpublished", "")
        if not PLURAL_DESCRIPTOR_RE.match(shared):
            continue
        extra = {
            k: citation.fields[k] for k in ("howpublished", "year", "month") if k in citation.fields
        }
        for earlier in range(position):
            bare = out[earlier]
            if set(bare.fields) <= {"author", "title"} and bare.fields.get("title"):
                out[earlier] = replace(
                    bare,
                    kind=Kind.FULL,
                    entry_type=citation.entry_type,
                    fields={**bare.fields, **extra},
                )
    return tuple(out)


def _link_targets(note: Note, pieces: list[Piece]) -> dict[Piece, tuple[str, ...]]:
    """The citation pieces of NOTE, each with the targets of its links.

    A link outside every piece (in commentary: "Available here."), or one whose piece is
    only its visible text ("online", a trailing "[link](url)"), belongs to the citation
    before it (or, before the first citation, to that one); such a piece is then no
    citation of its own.
    """
    links = note.links or _typed_links(note.text)
    spans = tuple((link.start, link.end) for link in links)
    kept = [p for i, p in enumerate(pieces) if not (i and link_only(note.text, p, spans))]
    out: dict[Piece, list[str]] = {piece: [] for piece in kept}
    for link in links:
        owner = next((p for p in kept if p.start <= link.start and link.end <= p.end), None)
        before = [p for p in kept if p.end <= link.start]
        owner = owner or (before[-1] if before else next(iter(kept), None))
        if owner is not None:
            out[owner].append(link.target)
    return {piece: tuple(found) for piece, found in out.items()}


def _typed_links(text: str) -> tuple[Link, ...]:
    """The addresses typed out in a note without links (plain text): "… p. 339. Disponible en:
    https://…" belongs to the citation before it, as a link there would."""
    if "http" not in text and "www." not in text:
        return ()
    return tuple(Link(m.start("url"), m.end("url"), m.group("url")) for m in URL_RE.finditer(text))


def _parse(text: str, kind: Kind, context: Context, targets: tuple[str, ...] = ()) -> Parsed:
    if kind is Kind.IBID:
        match = IBID_RE.match(text.strip())
        return Parsed("misc", {"_word": match.group("word").casefold()}, _rest(text, match.end()))
    if kind is Kind.OP_CIT:
        return _opcit(text)
    if kind is Kind.PERSONAL:
        return Parsed("misc", _personal_fields(text))
    if kind is Kind.SHORT:
        return _short(text, context, targets)
    in_previous = part_of_previous(text)
    if in_previous is not None:
        return _part_of_previous(text, in_previous, context)
    ditto = ditto_end(text)
    parsed = combine(parse_full(text[ditto:], context.abbreviations, targets), text[ditto:])
    parsed = newspaper_issue(parsed, text[ditto:])
    if parsed.fields.get("pages"):
        parsed.fields["pages"] = full_pages(parsed.fields["pages"])
    if ditto and "author" not in parsed.fields:
        parsed.fields["author"] = "idem"  # inherit_authors puts the name of the work before
    forms = [m.group("abbr").strip(" .*") for m in HEREAFTER_ANYWHERE_RE.finditer(text)]
    single = HEREAFTER_RE.search(text)
    forms = forms or ([single.group("abbr").strip(" .*")] if single else [])
    if forms:  # "Národní archiv (dále NA), fond … (dále PMR)": every form it announces
        parsed.fields["_hereafter"] = HEREAFTER_SEPARATOR.join(forms)
    return parsed


def _part_of_previous(text: str, marker: re.Match[str], context: Context) -> Parsed:
    """ "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509": names and title here,
    the book from the citation before (inherit_containers fills it in)."""
    head = parse_full(text[: marker.start()], context.abbreviations).fields
    fields = {k: v for k, v in head.items() if k in ("author", "editor", "title")}
    fields[IN_PREVIOUS] = "1"
    locator = pages_or_locator(_rest(text, marker.end()), fields)
    return Parsed("incollection", fields, locator)


def _author_from_prose(parsed: Parsed, text: str, prefix: str) -> None:
    """ "Stephen Hanson wrote ... “Title”": the author named in the commentary before the title."""
    if "author" in parsed.fields or "editor" in parsed.fields or namecues.starts_with_name(text):
        return
    match = PROSE_AUTHOR_RE.match(prefix.strip())
    if match and (parsed.fields.get("title") or parsed.fields.get("booktitle")):
        parsed.fields["author"] = " and ".join(names.split_names(match.group("name")))


def _rest(text: str, start: int) -> str | None:
    """The locator that follows a back-reference word: "Ibid., p. 4." -> "p. 4"."""
    rest = text[start:].strip(" ,.;:*")  # as written: "p. 4", "at 45" (Bluebook)
    return without_note_pointer(rest)  # "op. cit. (note 3), 45": the pointer is no pinpoint


def _opcit(text: str) -> Parsed:
    """ "Radchenko, *Op. cit.*, p. 47": the author before the marker, the locator after."""
    text = statement.plain_marks(text)  # "Natalia Muchnik *et al.*, *op. cit.*"
    marker = find_opcit(text)
    before = text[: marker.start()].strip(" ,.*")
    fields: dict[str, str] = {}
    titles = titlespans.titles(before)
    if titles:
        fields["title"] = clean_title(titles[0].group())
        before = before[: titles[0].start()]
    else:  # "A. Gramsci, Quaderni del carcere, cit.": names, then a short title
        initials = re.search(r"(?:^|\s)\w\.$", text[: marker.start()].rstrip(" ,*"))
        count = namecues.leading_name_tokens(before + ("." if initials else ","))  # "Ильина Т. В."
        words = before.split()
        co_authors = _co_authors(words, marker.group())
        count = len(words) if co_authors or _family_in_capitals(before) else count
        title = clean_title(" ".join(words[count:]))
        if title:
            fields["title"] = title
        before = " and ".join(before.split(",")) if co_authors else " ".join(words[:count])
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
    locator = _rest(rest, 0)
    if locator and PROSE_AFTER_RE.match(locator) and not LOCATOR_START_RE.match(locator):
        locator = None  # "Grossman, *op. cit.*, (note 14) provide additional …": prose goes on
    return Parsed("misc", fields, locator)


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
    three capitalised words) is a co-author ("…, Quaderni, cit." may be a short title)."""
    parts = " ".join(words).split(",")
    return (
        marker.casefold().lstrip("*").startswith("op")
        and len(parts) >= 2
        and all(1 <= len(p.split()) <= CO_AUTHOR_WORDS for p in parts)
        and all(w[:1].isupper() for p in parts for w in p.split())
    )


def _short(text: str, context: Context, targets: tuple[str, ...] = ()) -> Parsed:
    """ "Kireev, *Rossia-Kitai*, p. 167": names, a short title, a pinpoint."""
    supra = find_supra(text)
    if supra:
        fields = {"_supra": supra.group("note"), **_before_pointer(text[: supra.start()], context)}
        return Parsed("misc", fields, _rest(text, supra.end()))
    review = reviews.short_fields(text)
    if review:  # "Chanoir. Compte rendu. D’Salete, *Angola Janga*, 2018, art. cit., p. 265"
        author = " and ".join(names.split_names(review["author"]))
        fields = {"author": author, "title": clean_title(review["title"])}
        return Parsed("article", fields, _trailing_pinpoint(text) or _after_title(text))
    statute = parse_statute_short(text)
    if statute is not None:  # "Harbours Bill, sec. 4": a statute's name and its section
        return statute
    untitled = names_and_pinpoint(text)
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
    plain = _plain_short(text)
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
    if "title" not in fields and not fields.get("author"):
        fields["title"] = clean_title(re.split(r",\s*(?=\S*\d)", text)[0])
    trailing = _trailing_pinpoint(text)
    if trailing and fields.get("title") and fields["title"] in trailing:
        fields.pop("title")  # "Dynatext, 152, 178": the figures are the pinpoint, not a title
    locator = parsed.locator or parsed.fields.get("pages") or _after_title(text)
    if trailing and (not locator or trailing.endswith(locator)):
        locator = trailing  # "152, 178": the whole list, not its last page
    return Parsed(parsed.entry_type, fields, locator)  # a short form's page range is a pinpoint


INITIAL_RE = uregex.compile(r"[A-Z]\.")  # "CANAL, J. «Un muerto inmortal»": given names follow


def _trailing_pinpoint(text: str) -> str | None:
    """The pinpoint after a short form's last words: "…, Brazil, 22" -> "22", "…, 152, 178"."""
    for match in re.finditer(r",\s+", text):
        tail = text[match.end() :].strip()
        if PINPOINT_RE.fullmatch(tail):
            return tail  # the first comma whose tail is all pinpoint: the longest tail
    return None


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


def _before_pointer(before: str, context: Context) -> dict[str, str]:
    """The names and short title before a note pointer: "Smith, supra note 3", "*Osman v UK*
    (n 5)", "Lund, *Harbour Towns* (Anm. 2)"."""
    before = before.strip(" ,")
    lead = LEAD_IN_RE.match(f"{before} .")  # (a lead-in must be followed by something)
    before = before[lead.end() if lead else 0 :].strip(" ,")
    if not before:
        return {}  # "see also above, n. 7": no names, no title
    opening = titlespans.titles(before)
    if opening and opening[0].start() == 0 and opening[0].end() == len(before):
        return {"title": clean_title(before)}  # a title alone
    before = before.strip("*")
    if namecues.name_only(before) or FAMILY_PAIR_RE.fullmatch(before):
        return {"author": " and ".join(names.split_names(before))}
    head = parse_full(before, context.abbreviations).fields
    found = {k: v for k, v in head.items() if k in ("author", "editor", "title")}
    # "Oxford Essays in Jurisprudence, supra note 4": read as names and a title, the words may
    # be the title alone; resolve tries them whole when the names fit no work of that note
    return {**found, "_pointed": before} if "author" in found else found


FAMILY_PAIR_RE = uregex.compile(r"[A-Z][\w'’-]+(?:\s*&\s*[A-Z][\w'’-]+)?")  # "Smith & Jones"


def _after_title(text: str) -> str | None:
    """ "Ellery, "Waterfront as Frontier," 219–21": the pages after the short title."""
    found = titlespans.titles(text)
    return find_locator(text[found[-1].end() :]) if found else None


def _personal_fields(text: str) -> dict[str, str]:
    return {"note": text[:1].upper() + text[1:]}
