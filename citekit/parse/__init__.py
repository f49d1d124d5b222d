"""Note -> Citations (pure): split the note, classify each span, parse its fields.

The modules form layers; each imports only from the layers before it (no cycles:
tests/test_imports.py), and the word lists come from citekit/lexicons:
uregex, prefilter, memo -> patterns -> imprint, names, context -> segments, bluebook -> cues
-> elements, inherit, split -> containers, plain, archives -> fields, classify -> backrefs
-> here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import chain

from citekit.model import Citation, Kind, Link, Note
from citekit.parse import context as _context
from citekit.parse import (
    cues,
    deferred,
    memo,
    names,
    quotedtail,
    subverbo,
    uregex,
)
from citekit.parse.backrefs import locator_after, personal_fields, read_opcit, read_short
from citekit.parse.bracketpin import pinpoints_after_brackets
from citekit.parse.classify import classify, ditto_end
from citekit.parse.context import HEREAFTER_ANYWHERE_RE, Context
from citekit.parse.cutpoints import Piece, trim, whole
from citekit.parse.ditto import parse_after_mark
from citekit.parse.editorialremark import without_remark
from citekit.parse.elements import Parsed, clean_title, pages_or_locator
from citekit.parse.entrychecks import checked, checked_entry
from citekit.parse.entrypinpoint import entry_pinpoint, without_pinpoint_pages
from citekit.parse.entryreading import entry_over_note
from citekit.parse.entryruns import Stretch, entry_run
from citekit.parse.fields import parse_full
from citekit.parse.glossedlink import glosses_terms
from citekit.parse.glossednames import family_first, without_glosses
from citekit.parse.ibidbracket import bracketed_ibid, named_before
from citekit.parse.ibidpair import ibid_word
from citekit.parse.inherit import (
    BOOK_NOTE,
    IN_PREVIOUS,
    inherit_authors,
    inherit_containers,
    part_of_previous,
)
from citekit.parse.known import (
    NO_TITLES,
    KnownTitles,
    is_known_title,
    learn,
    names_known_author,
)
from citekit.parse.knownsentence import known_stretches
from citekit.parse.labelled import combine, combine_entry
from citekit.parse.leadentry import lead_entry
from citekit.parse.letteredpages import with_letters
from citekit.parse.letterhead import is_letter_heading
from citekit.parse.namedibid import author_written, ibid_author, named_ibid
from citekit.parse.pagerange import full_pages
from citekit.parse.partin import book_pointer, without_book_pointer
from citekit.parse.patterns import (
    HEREAFTER_RE,
    LEAD_IN_RE,
    URL_RE,
    cit_alone,
)
from citekit.parse.possessor import author_from_prose
from citekit.parse.proceedings import proceedings_in_title
from citekit.parse.pronounauthor import pronoun_end
from citekit.parse.quotedshort import with_quoted_shorts
from citekit.parse.quotedyear import known_author_year
from citekit.parse.reference import Reference
from citekit.parse.refnote import direct_order, entry_notes, whole_entry
from citekit.parse.refworks import online_reference_entry
from citekit.parse.shortforms import AUTHOR_DIVISION_RE, is_author_date, short_even_linked
from citekit.parse.sigla import announce, document_sigla, read_siglum
from citekit.parse.split import SAME_AUTHOR_PREFIX, link_only, split_note
from citekit.parse.surnamepage import surname_page
from citekit.parse.titleafterlead import title_after_lead
from citekit.parse.titlepinpoint import opens_known_title
from citekit.parse.titlerepeat import title_shorts
from citekit.parse.vancouverruns import vancouver_run
from citekit.parse.web import online_post
from citekit.parse.wrappedurl import typed_address
from citekit.parse.yearhead import year_head

URL_START_RE = deferred.compile(r"(?:https?|ftp)://", re.IGNORECASE)  # a link to another site
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
    built = _context.build_context(texts)
    sigla = built.hereafter + tuple(document_sigla(texts))  # "KrV A 51/B 75", "GA 3, 28"
    return replace(built, entries=entry_notes(texts), hereafter=sigla)


def parse_note(
    note: Note, context: Context = _EMPTY, known: KnownTitles = NO_TITLES
) -> tuple[Citation, ...]:
    """The citations NOTE makes, in order, each with its kind, fields and locator.

    KNOWN: the titles the document cites in full (see parse_notes), to find their short
    forms where no italics or quotes mark them.
    """
    run = entry_run(note.text) or vancouver_run(note.text)
    if run is not None:  # "…include Bishop, C. 2006. Title. Springer; Koller, D. …": entries
        return _run_citations(note, run, context, known)
    led = lead_entry(note.text, loose=context.entries)
    if led is not None:  # a reference-list entry as a note: read whole, never split
        return (_entry_citation(note, led[1], led[0]),)
    inverted = _inverted_note(note, context)
    if inverted is not None:
        return inverted
    return _or_whole_entry(note, context, _read(note, context, _split(note.text, context, known)))


def _run_citations(
    note: Note, run: tuple[Stretch, ...], context: Context, known: KnownTitles
) -> tuple[Citation, ...]:
    """The citations of NOTE's stretches: each entry read by the entry reader, what stands
    between them ("Ross 1985:48; ", "; compare Lane 2001:60") by the note grammar."""
    out: list[Citation] = []
    for stretch in run:
        text = note.text[stretch.start : stretch.end]
        if stretch.entry is not None:
            out.append(_entry_citation(note, stretch.entry, text))
            continue
        part = _part_of(note, stretch)
        out.extend(_read(part, context, _split(part.text, context, known)))
    return tuple(replace(citation, index=index) for index, citation in enumerate(out))


def _part_of(note: Note, stretch: Stretch) -> Note:
    """The stretch of NOTE as a note of its own, its links' offsets moved with it."""
    links = tuple(
        replace(link, start=link.start - stretch.start, end=link.end - stretch.start)
        for link in note.links
        if stretch.start <= link.start and link.end <= stretch.end
    )
    return replace(note, text=note.text[stretch.start : stretch.end], links=links)


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
    if not context.entries or is_author_date(note.text.strip().rstrip(". ")):
        return cited  # "Jurafsky and Martin 2000, 190.": a short form, no entry
    if cited and year_head(note.text) is not None:
        return cited  # "Sirajul Islam (1979), Title, Dacca: …": the note grammar's reading
    entry = entry_over_note(note.text, cited) if cited else whole_entry(note.text)
    return (_entry_citation(note, entry),) if entry is not None else cited


def _split(text: str, context: Context, known: KnownTitles) -> list[tuple[Piece, str]]:
    known_forms = context.hereafter + context.archive_sigla  # "AN, Série Justiça, IJ6 474"
    if known is NO_TITLES:
        return with_quoted_shorts(text, list(_split_unaided(text, known_forms)))
    return with_quoted_shorts(text, split_note(text, known_forms, known))


@lru_cache(maxsize=memo.PER_DOCUMENT)
def _split_unaided(text: str, known_forms: tuple[str, ...]) -> tuple[tuple[Piece, str], ...]:
    """The first reading's split, kept: the second reading compares its own with it."""
    return tuple(split_note(text, known_forms))


def _read(note: Note, context: Context, found: list[tuple[Piece, str]]) -> tuple[Citation, ...]:
    """The citations of NOTE cut at FOUND, each classified and parsed."""
    out = []
    if (
        not found
        and any(URL_START_RE.match(link.target) for link in note.links)
        and not glosses_terms(note)  # "[Zooniverse](…) is the world's largest platform …"
    ):
        found = [_after_lead_in(note.text)]  # a note that only links to a page cites that page
    targets = _link_targets(note, [piece for piece, _ in found])
    for index, (piece, prefix) in enumerate((p, x) for p, x in found if p in targets):
        text = piece.text(note.text)
        pronoun = pronoun_end(text)  # "see also his ‘Structure and Style …’"
        text = without_remark(text[pronoun:])  # "…, 34 (translation mine)"
        cited = quotedtail.head(text)  # "…, 552: “Cum harmonia …”": the quotation is no field
        kind = classify(cited, context)
        if kind is Kind.SHORT and _links_out(targets[piece]) and not short_even_linked(cited):
            kind = Kind.FULL  # '"Mobile System Requirements".' linked: a web page, not a short form
        read = partial(_parse, context=context, targets=targets[piece])
        kind, parsed = subverbo.read(cited, kind, read)  # "…, s.v. “Entry”": a locator
        if kind is Kind.OP_CIT and parsed.fields.get("title") and cit_alone(cited):
            kind = Kind.SHORT  # "Rossi, *Storia*, cit.": Italian's short form, not an op. cit.
        author_from_prose(parsed.fields, text, prefix)
        if kind is Kind.FULL:
            announce(parsed.fields, prefix)  # "cited as KrV … in the translation of" it
        same = prefix == SAME_AUTHOR_PREFIX or names.is_same_author(prefix)  # "du même auteur, "
        # "; and *Title*, 45": a short title finds its work; the author before may be another's
        same = same and not (kind is Kind.SHORT and prefix == SAME_AUTHOR_PREFIX)
        if (same or pronoun) and out and "author" not in parsed.fields:
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
    first = pinpoints_after_brackets(first)  # "(Basel 1991) 260", where the document's habit
    full = (c.fields for cited in first for c in cited if c.kind is Kind.FULL)
    known = learn(chain(full, listed))
    out = []
    titled: KnownTitles | None = None  # every titled citation's title, learnt when first needed
    repeated = title_shorts(notes, first)  # "Copyright Infringements, 475" in two notes
    for at, (note, cited) in enumerate(zip(notes, first, strict=True)):
        starts = [note.text.find(c.text) for c in cited]
        alone = not cited and cues.title_only(note.text)
        if not cited:  # a title alone: its author named in the running text, its data listed
            titled = titled or learn(chain((c.fields for f in first for c in f), listed))
        # "Ramsey, Philosophical Papers.", "*Seeing Like a State*": a known work, read whole
        if (not cited and _names_known_title(note.text, known)) or (
            alone and is_known_title(note.text, titled)
        ):
            cited = _read(note, context, [(whole(note.text), "")])
        elif not cited and (title := title_after_lead(note.text, titled)) is not None:
            cited = _read(note, context, [(title, "")])  # "Cf. “Women Scholars”."
        elif not cited and (short := surname_page(note, known)) is not None:
            cited = short  # "Lepore 133.": a cited author's name and a page
        elif at in repeated:
            cited = (repeated[at],)  # a title nothing marks, cited again with a pinpoint
        elif names_known_author(note.text, known, starts) or opens_known_title(
            note.text, known.whole_titles, set(starts)
        ):  # "Tempest 5.1.275–76": a known title alone and its pinpoint
            cited = _read_again(note, cited, context, known)
        if not cited and (stretches := known_stretches(note.text, known, titled or known)):
            cited = _read(note, context, [(piece, "") for piece in stretches])
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
    if citation.kind is Kind.FULL and (dated := known_author_year(citation.text, known)):
        return replace(citation, kind=Kind.SHORT, fields=dated)  # "Bernstein, 1998"
    if citation.kind is Kind.SHORT and (family := _expanded_author(citation, known)):
        return replace(citation, fields={**citation.fields, "author": family})  # "Thuc. 2.40.1"
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


def _expanded_author(citation: Citation, known: KnownTitles) -> str | None:
    """The known family name a passage's abbreviated author stands for ("Thuc. 2.40.1")."""
    author = citation.fields.get("author", "")
    if " " in author or not AUTHOR_DIVISION_RE.fullmatch(citation.text):
        return None
    family = known.expand(author)
    return family.capitalize() if family else None


def _read_again(
    note: Note, cited: tuple[Citation, ...], context: Context, known: KnownTitles
) -> tuple[Citation, ...]:
    """NOTE read with the KNOWN titles; CITED, the first reading, where they cut it no
    differently (the rest of a reading follows from the cut alone)."""
    if entry_run(note.text) is not None or lead_entry(note.text, loose=context.entries):
        return cited  # an entry is read whole, whatever the document cites
    if context.entries and direct_order(note.text) is not None:
        return cited
    found = _split(note.text, context, known)
    if found == _split(note.text, context, NO_TITLES):
        return cited
    return _or_whole_entry(note, context, _read(note, context, found))


def _entry_citation(note: Note, entry: Reference, text: str | None = None) -> Citation:
    text = text or note.text.strip()
    pinpoint = entry_pinpoint(text, entry.fields)  # read before a labeller makes it `pages`
    entry = checked_entry(combine_entry(entry))
    fields = without_pinpoint_pages(entry.fields, pinpoint)  # a copy
    if fields.get("pages"):
        fields["pages"] = with_letters(fields["pages"], text)
    entry_type = proceedings_in_title(entry.entry_type, fields, entry.text)  # adds a booktitle
    return Citation(
        note=note.number,
        index=0,
        text=text,
        kind=Kind.FULL,
        locator=pinpoint,
        fields=fields,
        entry_type=entry_type,
    )


PLURAL_DESCRIPTOR_RE = re.compile(
    r"^(?:papers|articles|essays|chapters|contributions|Beiträge"
    r"|Vorträge|communications|interventi|ponencias)\b",
    re.IGNORECASE,
)


def _after_lead_in(text: str) -> tuple[Piece, str]:
    """All of TEXT as the piece that cites a linked page, less its lead-in, which is comment:
    "See also X’s post on “Title.”", "See the [documentation](…), accessed …"."""
    lead = LEAD_IN_RE.match(text)
    if lead is None:
        return whole(text), ""
    return trim(text, lead.end(), len(text)), text[: lead.end()]


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
    if not links:  # most notes: every piece kept, none with a target
        return dict.fromkeys(pieces, ())
    spans = tuple((link.start, link.end) for link in links)
    only = [link_only(note.text, p, spans) for p in pieces]
    # "see http://… and http://…": where only addresses come before, an address is one more
    # page cited, not a link of the citation before it
    kept = [p for i, p in enumerate(pieces) if not (only[i] and not all(only[:i]))]
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
    return tuple(
        Link(m.start("url"), m.end("url"), typed_address(text, m.start("url"), m.group("url")))
        for m in URL_RE.finditer(text)
    )


def _parse(text: str, kind: Kind, context: Context, targets: tuple[str, ...] = ()) -> Parsed:
    if kind is Kind.IBID:
        inner = None if named_ibid(text.strip()) else bracketed_ibid(text)
        if inner:  # "„Klamra” (tamże, s. 14-15) pisze: …": the back-reference in its brackets
            parsed = _ibid(inner)
            named = named_before(text)  # "A. Stańko (tamże, …) pisze": whose work it repeats
            if not named:
                return parsed
            return replace(parsed, fields={**parsed.fields, "author": author_written(named)})
        return _ibid(text.strip())
    if kind is Kind.OP_CIT:
        return read_opcit(text)
    if kind is Kind.PERSONAL:
        return Parsed("misc", personal_fields(text))
    if kind is Kind.SHORT and is_letter_heading(text):  # "Weldon to Pearson, November 16, 1901"
        return Parsed("unpublished", {"title": text.strip(" .")})  # its date is no pinpoint
    if kind is Kind.SHORT:
        return read_siglum(text, context.hereafter) or read_short(text, context, targets)
    in_previous = part_of_previous(text)
    if in_previous is not None:
        return _part_of_previous(text, in_previous, context)
    text, glossed = without_glosses(text)  # "Sima Qian 司馬遷, *Shiji* …": the name, romanised
    pointer = book_pointer(text)  # "…, in: Cahan (Hg.): Helmholtz (wie Anm. 13), S. 291–333"
    text = without_book_pointer(text, pointer) if pointer else text
    ditto = ditto_end(text)
    read = partial(parse_full, abbreviations=context.abbreviations, targets=targets)
    parsed = combine(parse_after_mark(text[ditto:], read) if ditto else read(text), text[ditto:])
    if glossed:  # the characters' order: family name first
        parsed = Parsed(parsed.entry_type, family_first(parsed.fields, glossed), parsed.locator)
    parsed = online_reference_entry(online_post(checked(parsed, text[ditto:]), text[ditto:]))
    parsed = Parsed(
        proceedings_in_title(parsed.entry_type, parsed.fields, text[ditto:]),
        parsed.fields,
        parsed.locator,
    )
    if parsed.fields.get("pages"):  # "267:L618-24": "L618–L624"
        parsed.fields["pages"] = with_letters(full_pages(parsed.fields["pages"]), text)
    if pointer:
        parsed.fields[BOOK_NOTE] = pointer.group("note")  # inherit_containers reads its book
    if ditto and "author" not in parsed.fields:
        parsed.fields["author"] = "idem"  # inherit_authors puts the name of the work before
    forms = [m.group("abbr").strip(" .*") for m in HEREAFTER_ANYWHERE_RE.finditer(text)]
    single = HEREAFTER_RE.search(text)
    forms = forms or ([single.group("abbr").strip(" .*")] if single else [])
    if forms:  # "Národní archiv (dále NA), fond … (dále PMR)": every form it announces
        parsed.fields["_hereafter"] = HEREAFTER_SEPARATOR.join(forms)
    return parsed


def _ibid(text: str) -> Parsed:
    """ "Ebd., S. 4"; "*Schulze*, ebd. Rn. 18": the name says whose work the ibid. repeats."""
    named = named_ibid(text)
    body = text[named.end() :] if named else text
    if named and "(" in named.group("open"):
        body = body.rstrip(" .")[:-1]  # "(tamże, s. 9)": the bracket closed, no pinpoint's
    match, end = ibid_word(body)
    fields = {"_word": match.group("word").casefold()}
    fields.update({"author": ibid_author(named)} if named else {})
    return Parsed("misc", fields, locator_after(body, end))


def _part_of_previous(text: str, marker: re.Match[str], context: Context) -> Parsed:
    """ "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509": names and title here,
    the book from the citation before (inherit_containers fills it in)."""
    head = parse_full(text[: marker.start()], context.abbreviations).fields
    fields = {k: v for k, v in head.items() if k in ("author", "editor", "title")}
    fields[IN_PREVIOUS] = "1"
    locator = pages_or_locator(locator_after(text, marker.end()), fields)
    return Parsed("incollection", fields, locator)
