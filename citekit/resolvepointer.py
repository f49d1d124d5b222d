"""Back-references that point: op. cit. (the latest earlier work by the author) and note
pointers ("supra note 7", "(n 7)", "op. cit. (note 7)"), which may be off by a note or two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citekit import identity, lexicons, notetexts
from citekit.model import Citation, Code, Diagnostic, Kind, Resolution
from citekit.parse.patterns import IBID_RE
from citekit.resolveibid import resolve_ibid
from citekit.resolveshort import names_container, resolve_short, short_title_fits
from citekit.resolvestate import State, Work, numbers, unresolved
from citekit.resolvetitleword import titled_by_name


def resolve_short_form(citation: Citation, position: int, state: State) -> str | None:
    """A short form: by its note pointer where it has one ("Smith (n 7) 45"), else by its
    names and title."""
    if citation.fields.get("_supra"):
        return resolve_supra(citation, position, state)
    if _title_is_ibid(citation) and identity.families(citation.fields):
        # "Pennington, *ibid.*, 387" (Medical History): that author's work cited last
        bare = {k: v for k, v in citation.fields.items() if k != "title"}
        return resolve_opcit(replace(citation, fields=bare), position, state)
    return resolve_short(citation, position, state)


def resolve_named_ibid(citation: Citation, position: int, state: State) -> str | None:
    """An ibid.: the work just cited; with its author's name before the word ("*Schulze*,
    ebd. Rn. 18", "A. Stańko (tamże, s. 309)"), that author's work cited last, as
    "Pennington, *ibid.*, 387" is read above."""
    named = identity.families(citation.fields)
    earlier = named and state.cited_before(named[0], position)
    if earlier:
        return resolve_opcit(citation, position, state)
    return resolve_ibid(citation, position, state)


def _title_is_ibid(citation: Citation) -> bool:
    """Is the short form's title an ibid. word ("Ashby, *ibid.*, 40")?"""
    return IBID_RE.fullmatch(citation.fields.get("title", "").strip(" .*")) is not None


def resolve_opcit(
    citation: Citation, position: int, state: State, *, pointer: int | None = None
) -> str | None:
    """The latest earlier work by that author; co-authors only when no first author fits.
    POINTER: the note the citation says the work was first cited in, where that note (and
    its neighbours) cite nothing of the author's: the work first cited nearest before it."""
    names = identity.families(citation.fields)
    if citation.fields.get("title") or citation.fields.get("_supra"):
        in_journal = _by_container(citation, position, state)  # "Parnas, *Am. Sci.*, op. cit."
        if in_journal is not None:
            return in_journal
        return resolve_short_form(citation, position, state)  # "Smith, op. cit. (note 3)"
    if not names:  # "A.a.O., S. 5": the work just cited, as an ibid.
        return resolve_ibid(citation, position, state)
    name = names[0]
    earlier = state.cited_before(name, position)
    firsts = (
        [w for w in earlier if w.lead == name or identity.same_name(w.lead, name)] if name else []
    )
    pool = _every_author_named(name, firsts) or [w for w in earlier if _any_author_is(w, name)]
    pool = _whole_family_written(citation.text, pool)
    pool = pool or _named_in_full_texts(name, position, state)
    pool = pool or titled_by_name(citation, position, state)  # "*Sommario*, cit."
    cited = numbers(citation.locator or "")  # without a page number every work fits
    page = cited[0] if cited else 0
    fitting = (
        cited and [w for w in pool if w.pages is None or w.pages[0] <= page <= w.pages[1]]
    ) or pool
    fitting = _articles_if_art_cit(citation, fitting)
    if not fitting:
        return unresolved(
            state,
            citation,
            Code.OPCIT_UNRESOLVED,
            "op-cit",
            f"op. cit. for {names[0].title()}, who has no work cited earlier",
        )
    best = _nearest_before(fitting, pointer, citation.note, state)
    best = best or max(fitting, key=lambda w: w.last)
    ids = tuple(w.id for w in fitting)
    candidates = _articles_if_art_cit(citation, pool)
    if len(candidates) > 1:
        _ambiguous(state, citation, len(candidates), _taken(fitting, pointer))
    state.resolutions.append(Resolution(citation.note, citation.index, "op-cit", best.id, ids))
    return best.id


def _by_container(citation: Citation, position: int, state: State) -> str | None:
    """ "Parnas, *American Scientist*, op. cit.": the author's earlier work in the journal (or
    book) the op. cit. names, where that name is no title of the author's; the latest of them."""
    names, title = identity.families(citation.fields), citation.fields.get("title")
    if not names or not title or citation.fields.get("_supra"):
        return None
    earlier = state.cited_before(names[0], position)
    if any(short_title_fits(citation.fields, w) for w in earlier):
        return None  # the title names a work of the author's: a short form as any other
    fitting = [w for w in earlier if names_container(title, w, partial=False)]
    if not fitting:
        return None
    best = max(fitting, key=lambda w: w.last)
    ids = tuple(w.id for w in fitting)
    state.resolutions.append(Resolution(citation.note, citation.index, "op-cit", best.id, ids))
    return best.id


JOINED_NAMES_RE = re.compile(
    rf"\s+(?:{lexicons.alternation(lexicons.words('join_words'))}|&)\s+"
)  # "salazar y pinto", "lansing and kremer"


def _every_author_named(name: str, works: list[Work]) -> list[Work]:
    """Of several works, those whose authors include every family a joint op. cit. names
    ("Salazar y Pinto, ob. cit." is their joint book, not Pinto Vallejos's cited since)."""
    if len(works) < 2 or " " not in name:
        return works
    parts = JOINED_NAMES_RE.split(name)
    if len(parts) < 2:
        return works
    named = [
        w
        for w in works
        if all(any(identity.same_name(p, f) for f in identity.families(w.fields)) for p in parts)
    ]
    return named or works


def _whole_family_written(text: str, works: list[Work]) -> list[Work]:
    """Of several works, those whose first author's family name is the whole name written
    before the comma: "Barrios García, op. cit." is Barrios García's book, not García de
    Cortázar's, though both names hold "García"."""
    if len(works) < 2:
        return works
    written = identity.fold(text.split(",", 1)[0])
    return [w for w in works if w.lead == written] or works


def _ambiguous(state: State, citation: Citation, count: int, taken: str) -> None:
    """Report an op. cit. whose author has COUNT earlier works: a page only one of them holds
    settles which is taken, but the reader still had to ask (`opcit-ambiguous`); "art. cit."
    answers the question itself, when the author has one article."""
    name = identity.families(citation.fields)[0].title()
    message = f"op. cit. for {name}, who has {count} earlier works; taking {taken}"
    state.diagnostics.append(
        Diagnostic(
            Code.OPCIT_AMBIGUOUS, f"note {citation.note}: {message}", citation.note, citation.index
        )
    )


def _taken(fitting: list[Work], pointer: int | None) -> str:
    if len(fitting) == 1:
        return "the one whose pages hold the page cited"
    return "the one cited last" if pointer is None else f"the one first cited before note {pointer}"


# "art. cit." (articulum citatum) names an article or a chapter, "op. cit." any work
ART_CIT_RE = re.compile(r"\bart\.?\s?cit\b", re.IGNORECASE)
PART_TYPES = frozenset({"article", "incollection", "inproceedings", "inbook"})


def _articles_if_art_cit(citation: Citation, works: list[Work]) -> list[Work]:
    """Of an author's works, the articles and chapters where the citation says "art. cit."
    ("Brown, art. cit." after Brown's article and, later, a book of his); else WORKS."""
    if len(works) < 2 or "cit" not in citation.text or not ART_CIT_RE.search(citation.text):
        return works
    return [w for w in works if w.entry_type in PART_TYPES] or works


def _named_in_full_texts(family: str, position: int, state: State) -> list[Work]:
    """Earlier works whose full citation opens with FAMILY, though their parsed names do not
    (plain text: see citekit.fulltext)."""
    works = [state.works[w] for w in state.full_texts.named(family)]
    return [w for w in works if w.last >= 0 and w.first < position]


def _any_author_is(work: Work, name: str) -> bool:
    return any(identity.same_name(f, name) for f in identity.families(work.fields))


# a note pointer may be off by a note or two: the note it names first, then its neighbours
SUPRA_REACH = (0, -1, 1, -2, 2)


def resolve_supra(citation: Citation, position: int, state: State) -> str | None:
    """ "Smith, supra note 7", "Smith (n 7) 45": the work of that name cited in note 7 (or a
    note or two away); else the one work note 7 cites; else the short form's own match."""
    note = int(citation.fields["_supra"])
    untitled: list[Citation] = []  # the author's works the pointer reaches, of another title
    for offset in SUPRA_REACH:
        cited = [c for c in state.by_note.get(note + offset, []) if c.work in state.works]
        fitting = _titled_first(
            citation, [c for c in cited if _fits_pointer(citation, state.works[c.work])], state
        )
        if fitting and not _title_fits_none(citation, fitting, state):
            state.resolutions.append(
                Resolution(citation.note, citation.index, "supra", fitting[0].work)
            )
            return fitting[0].work
        untitled = untitled or fitting
    if untitled:  # no work the pointer reaches has the short title: the nearest by the author
        state.resolutions.append(
            Resolution(citation.note, citation.index, "supra", untitled[0].work)
        )
        return untitled[0].work
    named = {c.work for c in state.by_note.get(note, []) if c.work in state.works}
    unnamed = len(named) == 1 and not identity.families(state.works[next(iter(named))].fields)
    if len(named) == 1 and (not identity.families(citation.fields) or unnamed):
        work = named.pop()  # "*Osman* (n 5)", or a note whose author the running text named
        state.resolutions.append(Resolution(citation.note, citation.index, "supra", work))
        return work
    earlier = note < citation.note  # a note's own citations are not all read yet
    cited = state.by_note.get(note, []) if earlier else []
    words = notetexts.pointed_work(citation, state.note_texts.texts.get(note, ""), cited)
    if words is not None:
        state.resolutions.append(Resolution(citation.note, citation.index, "supra-words", words))
        return words
    bare = replace(citation, fields={k: v for k, v in citation.fields.items() if k != "_supra"})
    names = identity.families(bare.fields)
    if citation.kind is Kind.OP_CIT and _earlier_by(names, position, state):
        # "Granada, op. cit. (note 57)" where note 57 cites no Granada: the pointer is off by
        # more than a note or two, the name is right; the pointer still says how far back
        return resolve_opcit(bare, position, state, pointer=note)
    if identity.families(bare.fields) or bare.fields.get("title"):
        return resolve_short_form(bare, position, state)  # the pointer is wrong, not the names
    return unresolved(
        state,
        citation,
        Code.SHORT_WITHOUT_FULL,
        "supra",
        f"'supra note {note}' points to a note that cites no such work",
    )


def _title_fits_none(citation: Citation, fitting: list[Citation], state: State) -> bool:
    """Does the short form state a title that no work of FITTING has? "Janion, *Romantyzm,
    rewolucja…* (n. 4)" where note 4 cites Janion's other book: the pointer is off by a note,
    and the note beside it may cite the one titled so."""
    title = citation.fields.get("title")
    return bool(title) and not any(
        short_title_fits({"title": title}, state.works[c.work]) for c in fitting
    )


def _titled_first(citation: Citation, fitting: list[Citation], state: State) -> list[Citation]:
    """Of the FITTING citations of the note pointed to, those whose work the short form's title
    fits, where it has one and the note cites several of the author's works ("Simpson, Leading
    Cases (n 4)" after a note citing "Ibid" of one Simpson and then another)."""
    pointed = citation.fields.get("_pointed", "")
    title = citation.fields.get("title") or pointed.partition(",")[2].strip()
    if not title or len({c.work for c in fitting}) < 2:
        return fitting
    return [
        c for c in fitting if short_title_fits({"title": title}, state.works[c.work])
    ] or fitting


def _earlier_by(names: list[str], position: int, state: State) -> bool:
    """Has the first of NAMES a work cited before POSITION?"""
    if not names:
        return False
    if works := state.by_family.get(names[0]):  # in the order first cited: the first is earliest
        return next(iter(works.values())).first < position
    return any(w.first < position for w in state.by_author(names[0]))


def _nearest_before(works: list[Work], pointer: int | None, note: int, state: State) -> Work | None:
    """Of WORKS, the one first cited nearest before note POINTER (a note or two after it
    allowed, as pointers slip), for a citation in NOTE; None without a pointer or such a work."""
    if pointer is None or pointer >= note:
        return None  # no pointer, or one to this note or a later one: no clue at all
    reach = pointer + SUPRA_REACH[-1]
    firsts = [(state.resolved[w.first].note, w) for w in works if w.first < len(state.resolved)]
    before = [(first, w) for first, w in firsts if first <= reach]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _fits_pointer(citation: Citation, work: Work) -> bool:
    """Do the names (or, without names, the short title) of CITATION fit WORK?"""
    if work.id.startswith("p"):
        return False
    names, known = identity.families(citation.fields), identity.families(work.fields)
    if names:
        if any(identity.same_name(names[0], f) for f in known):
            return True
        pointed = citation.fields.get("_pointed", "")  # the names may be a title's words
        return len(pointed.split()) > 2 and short_title_fits({"title": pointed}, work)
    title = citation.fields.get("title")
    return bool(title) and short_title_fits({"title": title}, work)
