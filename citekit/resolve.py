"""Every citation -> the work it cites: full citations clustered, back-references resolved. Pure.

One ordered pass, as a reader reads: a full citation opens (or joins) a work; an ibid. takes
the work cited just before; an op. cit. the latest earlier work by its author; a short form
the earlier (or, failing that, later) work whose names and title it abbreviates. Doubt is
reported, never guessed: the citation keeps `work=None` and a diagnostic says why.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from citekit import containers_cited, identity, lexicons
from citekit.fulltext import FullTexts
from citekit.model import Citation, Code, Diagnostic, Kind, Resolution
from citekit.parse import HEREAFTER_SEPARATOR
from citekit.parse.shortforms import has_short_shape


@dataclass
class _Work:
    """A work as the pass knows it so far."""

    id: str
    fields: dict[str, str]
    entry_type: str
    has_full: bool
    first: int  # position of its first citation
    last: int = -1  # position of its latest citation (of any kind)
    hereafter: str = ""
    # worked out once its fields are settled (see _settle), as op. cit. asks them of every
    # work of an author: the folded family name of its first author ("" without one), and
    # its own page range (first, last), None without one
    lead: str = ""
    pages: tuple[int, int] | None = None


@dataclass
class _State:
    works: dict[str, _Work] = field(default_factory=dict)
    blocks: dict[str, list[str]] = field(default_factory=dict)
    block_titles: dict[str, list[str]] = field(default_factory=dict)  # parallel to blocks
    untitled: dict[str, list[str]] = field(default_factory=dict)  # block -> works without a title
    # (block, first word of a title) -> positions in the block of the titles opening with it
    openings: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    announced: list[_Work] = field(default_factory=list)  # works with a "hereafter" short form
    resolved: list[Citation] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    full_work: dict[int, str] = field(default_factory=dict)  # position -> work, from the sweep
    by_family: dict[str, list[str]] = field(default_factory=dict)  # any author's family -> works
    by_note: dict[int, list[Citation]] = field(default_factory=dict)  # note -> its citations so far
    # a family name no work has -> (families looked at, those of them that may be its spelling)
    drifted: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    full_texts: FullTexts = field(default_factory=FullTexts)  # the words of full citations
    # (book's author, a word of the book's title) -> chapters: a short form of the book names
    # its author and words of its title, so few chapters are compared, however long the book
    by_book_word: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    books: dict[str, str] = field(default_factory=dict)  # chapter's work -> its book's work
    book_works: set[str] = field(default_factory=set)  # those books' works

    def add(self, work: _Work) -> None:
        self.works[work.id] = work
        title = identity.title_words(work.fields.get("title") or work.fields.get("booktitle"))
        for key in identity.block_keys(work.fields):
            block = self.blocks.setdefault(key, [])
            self.openings.setdefault((key, title.partition(" ")[0]), []).append(len(block))
            block.append(work.id)
            self.block_titles.setdefault(key, []).append(title)
            if not title:
                self.untitled.setdefault(key, []).append(work.id)
        for name in identity.families(work.fields):
            self.by_family.setdefault(name, []).append(work.id)
        book_words = set(identity.title_words(work.fields.get("booktitle")).split())
        for name in containers_cited.container_families(work.fields):
            for word in book_words:
                self.by_book_word.setdefault((name, word), []).append(work.id)

    def by_author(self, name: str) -> list[_Work]:
        """Works with an author (or editor) of that family name, allowing spelling drift."""
        if name in self.by_family:
            ids = dict.fromkeys(self.by_family[name])
        else:
            ids = dict.fromkeys(i for k in self._spellings(name) for i in self.by_family[k])
        return list(map(self.works.__getitem__, ids))

    def _spellings(self, name: str) -> list[str]:
        """The family names of works that may be NAME spelt otherwise, in the order they came:
        only the names added since the last question are compared (families only grow)."""
        seen, found = self.drifted.get(name, (0, []))
        if seen < len(self.by_family):
            found = found + [k for k in list(self.by_family)[seen:] if identity.same_name(k, name)]
            self.drifted[name] = (len(self.by_family), found)
        return found

    def candidates(
        self, fields: dict[str, str], scorer: Callable[..., float] = fuzz.ratio
    ) -> list[_Work]:
        """Works sharing a block with FIELDS (first family name, first title word); in a large
        block only those whose titles come nearest, and in a block of more than REACH works
        the nearest of those within reach, so that cost stays linear."""
        title = identity.title_words(fields.get("title"))
        ids: dict[str, None] = {}
        for key in identity.block_keys(fields):
            block = self.blocks.get(key, [])
            if len(block) <= SHORTLIST or not title:
                ids.update(dict.fromkeys(block))
                continue
            titles = self.block_titles[key]
            if len(block) > REACH:
                block, titles = self._within_reach(key, title)
            near = process.extract(
                title,
                titles,
                scorer=scorer,
                limit=SHORTLIST,
                score_cutoff=identity.TITLE_SIMILARITY - 20,
            )
            ids.update(dict.fromkeys(block[index] for _, _, index in near))
            ids.update(dict.fromkeys(self.untitled.get(key, ())))
        return [self.works[i] for i in ids]

    def _within_reach(self, key: str, title: str) -> tuple[list[str], list[str]]:
        """The works of a block of more than REACH, and their titles, that a lookup scores
        (REACH at most): the latest half, and before them the latest whose title opens with
        TITLE's first word; in block order, so that equal scores rank as in a search of the
        whole block."""
        block, titles = self.blocks[key], self.block_titles[key]
        latest = len(block) - REACH // 2
        alike = self.openings.get((key, title.partition(" ")[0]), [])
        cut = bisect.bisect_left(alike, latest)
        older = alike[max(0, cut - REACH // 2) : cut]
        return (
            [block[i] for i in older] + block[latest:],
            [titles[i] for i in older] + titles[latest:],
        )


SHORTLIST = 8  # in a larger block (a prolific author) only the nearest titles are compared
# a block of more works than this is searched only in part (`_State._within_reach`), so that
# the fuzzy title search costs the same per lookup however long the book: a book of thousands
# of works by a few authors. The largest block in our documents (seeds, corpora, the real and
# generated sets) holds 14 works, so every one of them is searched whole, as before.
REACH = 256
Strategy = Callable[[Citation, int, _State], str | None]


def resolve(
    citations: tuple[Citation, ...],
) -> tuple[tuple[Citation, ...], tuple[Resolution, ...], tuple[Diagnostic, ...]]:
    """Give every citation its work id (or None, with a diagnostic), in document order."""
    state = _State()
    _open_works(citations, state)
    strategies: dict[Kind, Strategy] = {
        Kind.FULL: _resolve_full,
        Kind.SHORT: _resolve_short,
        Kind.IBID: _resolve_ibid,
        Kind.OP_CIT: _resolve_opcit,
        Kind.PERSONAL: _resolve_personal,
    }
    for position, citation in enumerate(citations):
        work = strategies[citation.kind](citation, position, state)
        if work is not None:
            state.works[work].last = position
        resolved = replace(citation, work=work)
        if work in state.book_works:  # the book is stated in its chapter's citation
            resolved = _as_book(resolved, state.works[work])
        state.resolved.append(resolved)
        state.by_note.setdefault(citation.note, []).append(resolved)
    return tuple(state.resolved), tuple(state.resolutions), tuple(state.diagnostics)


def _open_works(citations: tuple[Citation, ...], state: _State) -> None:
    """First sweep: cluster the full citations into works (so short forms can look ahead)."""
    for position, citation in enumerate(citations):
        if citation.kind is not Kind.FULL:
            continue
        match = _matching_full(citation, state)
        if match is None:
            match = _Work(
                f"w{len(state.works) + 1}",
                dict(citation.fields),
                citation.entry_type,
                True,
                position,
                hereafter=citation.fields.get("_hereafter", ""),
            )
            state.add(match)
        else:
            for key, value in citation.fields.items():
                match.fields.setdefault(key, value)
            match.hereafter = match.hereafter or citation.fields.get("_hereafter", "")
        state.full_work[position] = match.id
        state.full_texts.add(match.id, citation.text)
    state.announced = [w for w in state.works.values() if w.hereafter]
    for work in state.works.values():
        _settle(work)


def _settle(work: _Work) -> None:
    """Work out what op. cit. asks of WORK, once its fields no longer change."""
    work.lead = next(iter(identity.families(work.fields)), "")
    work.pages = _page_range(work.fields.get("pages", ""))


def _matching_full(citation: Citation, state: _State) -> _Work | None:
    for work in state.candidates(dict(citation.fields)):
        if identity.same_full_work(
            work.fields, citation.fields, work.entry_type, citation.entry_type
        ):
            return work
    return None


def _resolve_full(citation: Citation, position: int, state: _State) -> str | None:
    return state.full_work[position]


def _resolve_personal(citation: Citation, position: int, state: _State) -> str | None:
    work = _Work(f"p{len(state.works) + 1}", dict(citation.fields), "misc", True, position)
    _settle(work)
    state.works[work.id] = work
    return work.id


def _previous(state: _State, citation: Citation) -> list[Citation]:
    """The citations an ibid. can point back to: earlier in this note, else the last note."""
    same_note = state.by_note.get(citation.note, [])
    if same_note:
        return same_note[-1:]
    earlier = next((c for c in reversed(state.resolved) if c.note < citation.note), None)
    return state.by_note[earlier.note] if earlier else []


def _resolve_ibid(citation: Citation, position: int, state: _State) -> str | None:
    before = _previous(state, citation)
    works = list(dict.fromkeys(c.work for c in before))
    if not before:
        return _unresolved(
            state,
            citation,
            Code.IBID_UNRESOLVED,
            "ibid",
            "ibid. with no earlier citation to refer to",
        )
    if len(works) > 1 and _volume_clue(citation, before):
        works = [_volume_clue(citation, before)]  # "Tamtéž, díl 1" after one work in "díl 1"
    if len(works) > 1:
        works = _settle_by_pages(citation, works, before[0].note, state)
    if len(works) > 1:
        listed = "; ".join(c.text[:50] for c in before)
        return _unresolved(
            state,
            citation,
            Code.IBID_AMBIGUOUS,
            "ibid",
            f"ibid. after note {before[0].note}, which cites {len(works)} works ({listed})",
            candidates=tuple(w for w in works if w),
        )
    if works[0] is None:
        return _unresolved(
            state,
            citation,
            Code.IBID_UNRESOLVED,
            "ibid",
            "ibid. after a citation that could not be resolved",
        )
    state.resolutions.append(Resolution(citation.note, citation.index, "ibid", works[0]))
    return works[0]


# a volume named in a pinpoint: "díl 1, s. 205", "vol. II, p. 4", "Bd. 3, S. 7"
VOLUME_CLUE_RE = re.compile(
    r"\b(?:vol|vols|sv|díl|t|tome|Bd|Band|Teil|Т|т)\.?\s*(?P<number>[\dIVXLC]+)\b", re.IGNORECASE
)


def _volume_clue(citation: Citation, before: list[Citation]) -> str | None:
    """The one earlier work whose citation names the volume the ibid. names, if just one does."""
    clue = VOLUME_CLUE_RE.search(citation.locator or "")
    if not clue:
        return None
    wanted = " ".join(clue.group().casefold().replace(".", " ").split())
    named = {
        c.work
        for c in before
        for m in VOLUME_CLUE_RE.finditer(c.text)
        if " ".join(m.group().casefold().replace(".", " ").split()) == wanted
    }
    return named.pop() if len(named) == 1 and None not in named else None


def _settle_by_pages(
    citation: Citation, works: list[str | None], note: int, state: _State
) -> list[str | None]:
    """ "Ibid., p. 31" after a book and an article in pp. 33-48: the book, probably. A guess
    from page ranges, so the doubt is still reported."""
    fitting = _within_pages(citation, works, state)
    if len(fitting) != 1:
        return works
    message = f"ibid. after note {note}, which cites {len(works)} works; taking the only one"
    message += " whose pages can hold the page cited"
    state.diagnostics.append(
        Diagnostic(Code.IBID_AMBIGUOUS, f"note {citation.note}: {message}", citation.note)
    )
    return fitting


def _within_pages(citation: Citation, works: list[str | None], state: _State) -> list[str | None]:
    """Drop the articles and chapters whose page range cannot hold the ibid.'s page; if all
    or none can, the doubt stands."""
    if not citation.locator or any(w is None for w in works):
        return works
    fitting = [w for w in works if _page_fits(state.works[w], citation.locator)]
    return fitting if len(fitting) == 1 else works


def _unresolved(
    state: _State,
    citation: Citation,
    code: Code,
    rule: str,
    message: str,
    candidates: tuple[str, ...] = (),
) -> None:
    state.diagnostics.append(Diagnostic(code, f"note {citation.note}: {message}", citation.note))
    state.resolutions.append(Resolution(citation.note, citation.index, rule, None, candidates))
    return


def _resolve_opcit(
    citation: Citation, position: int, state: _State, *, pointer: int | None = None
) -> str | None:
    """The latest earlier work by that author; co-authors only when no first author fits.
    POINTER: the note the citation says the work was first cited in, where that note (and
    its neighbours) cite nothing of the author's: the work first cited nearest before it."""
    names = identity.families(citation.fields)
    if citation.fields.get("title") or citation.fields.get("_supra"):
        return _resolve_short(citation, position, state)  # "Smith, op. cit. (note 3)": a pointer
    if not names:  # "A.a.O., S. 5": the work just cited, as an ibid.
        return _resolve_ibid(citation, position, state)
    name = names[0]
    earlier = [w for w in state.by_author(name) if w.last >= 0 and w.first < position]
    firsts = (
        [w for w in earlier if w.lead == name or identity.same_name(w.lead, name)] if name else []
    )
    pool = firsts or [w for w in earlier if _any_author_is(w, name)]
    pool = pool or _named_in_full_texts(name, position, state)
    cited = _numbers(citation.locator or "")  # without a page number every work fits
    page = cited[0] if cited else 0
    fitting = (
        cited and [w for w in pool if w.pages is None or w.pages[0] <= page <= w.pages[1]]
    ) or pool
    if not fitting:
        return _unresolved(
            state,
            citation,
            Code.OPCIT_UNRESOLVED,
            "op-cit",
            f"op. cit. for {names[0].title()}, who has no work cited earlier",
        )
    best = _nearest_before(fitting, pointer, citation.note, state)
    best = best or max(fitting, key=lambda w: w.last)
    ids = tuple(w.id for w in fitting)
    if len(fitting) > 1:
        state.diagnostics.append(
            Diagnostic(
                Code.OPCIT_AMBIGUOUS,
                f"note {citation.note}: op. cit. for {names[0].title()}, who has "
                f"{len(fitting)} earlier works; taking the one "
                + ("cited last" if pointer is None else f"first cited before note {pointer}"),
                citation.note,
            )
        )
    state.resolutions.append(Resolution(citation.note, citation.index, "op-cit", best.id, ids))
    return best.id


def _named_in_full_texts(family: str, position: int, state: _State) -> list[_Work]:
    """Earlier works whose full citation opens with FAMILY, though their parsed names do not
    (plain text: see citekit.fulltext)."""
    works = [state.works[w] for w in state.full_texts.named(family)]
    return [w for w in works if w.last >= 0 and w.first < position]


def _any_author_is(work: _Work, name: str) -> bool:
    return any(identity.same_name(f, name) for f in identity.families(work.fields))


def _page_fits(work: _Work, locator: str | None) -> bool:
    """A work with its own page range cannot hold a pinpoint outside it."""
    cited = _numbers(locator or "")
    return work.pages is None or not cited or work.pages[0] <= cited[0] <= work.pages[1]


def _page_range(pages: str) -> tuple[int, int] | None:
    """(first, last) of a range of pages, None without one: "912–45" -> (912, 945)."""
    span = _numbers(pages)
    if len(span) < 2:
        return None
    first, last = span[0], span[1]
    if last < first and len(str(last)) < len(str(first)):  # "912–45": the last page shortened
        last = int(str(first)[: -len(str(last))] + str(last))
    return first, last


@lru_cache(maxsize=16384)
def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def _resolve_short(citation: Citation, position: int, state: _State) -> str | None:
    """The work whose names and title this short form abbreviates; earlier ones first."""
    if citation.fields.get("_supra"):
        return _resolve_supra(citation, position, state)
    if _title_is_ibid(citation) and identity.families(citation.fields):
        # "Pennington, *ibid.*, 387" (Medical History): that author's work cited last
        bare = {k: v for k, v in citation.fields.items() if k != "title"}
        return _resolve_opcit(replace(citation, fields=bare), position, state)
    hereafter = _by_hereafter(citation, state)
    matches = hereafter or _short_matches(citation, state) or _in_full_texts(citation, state)
    earlier = [w for w in matches if w.first < position]
    if earlier:
        best = max(_whole_title(citation, earlier), key=lambda w: w.last)
        state.resolutions.append(
            Resolution(
                citation.note,
                citation.index,
                "hereafter" if hereafter else "short",
                best.id,
                tuple(w.id for w in earlier),
            )
        )
        if not best.has_full:
            _short_without_full(state, citation)
        return best.id
    later = [w for w in matches if w.has_full]
    if later:
        work = min(later, key=lambda w: w.first)
        state.diagnostics.append(
            Diagnostic(
                Code.SHORT_BEFORE_FULL,
                f"note {citation.note}: short form {citation.text[:60]!r} "
                "comes before the work's full citation",
                citation.note,
            )
        )
        state.resolutions.append(Resolution(citation.note, citation.index, "short", work.id))
        return work.id
    return _book_of_chapter(citation, position, state) or _short_only_work(
        citation, position, state
    )


IBID_WORDS = lexicons.words("ibid_words")


def _title_is_ibid(citation: Citation) -> bool:
    """Is the short form's title an ibid. word ("Ashby, *ibid.*, 40")?"""
    return citation.fields.get("title", "").strip(" .*").casefold() in IBID_WORDS


def _book_of_chapter(citation: Citation, position: int, state: _State) -> str | None:
    """The book an earlier chapter's citation names in full, when the short form cites it
    ("Compardon, *Massé*" after "…, in Emile Compardon, *Un artiste oublié: J. B. Massé*")."""
    names = identity.families(citation.fields)
    words = identity.title_words(citation.fields.get("title")).split()
    if not names or not words:
        return None
    chapters = [state.works[w] for w in state.by_book_word.get((names[0], words[0]), [])]
    chapter = next(
        (
            c
            for c in chapters
            if c.first < position and containers_cited.names_book(citation.fields, c.fields)
        ),
        None,
    )
    if chapter is None:
        return None
    if chapter.id not in state.books:
        entry_type, fields = containers_cited.book_of(chapter.fields)
        book = _Work(f"b{len(state.works) + 1}", fields, entry_type, True, chapter.first)
        state.add(book)
        state.books[chapter.id] = book.id
        state.book_works.add(book.id)
    state.resolutions.append(
        Resolution(citation.note, citation.index, "short", state.books[chapter.id])
    )
    return state.books[chapter.id]


def _as_book(citation: Citation, book: _Work) -> Citation:
    """A short form of a book known from its chapter's citation, carrying the book's fields
    (marked: the merge takes them as a full citation's) to the book's entry."""
    own = {k: v for k, v in citation.fields.items() if k not in ("author", "editor", "title")}
    fields = {**own, **book.fields, containers_cited.BOOK_MARK: "1"}
    return replace(citation, fields=fields, entry_type=book.entry_type)


def _whole_title(citation: Citation, works: list[_Work]) -> list[_Work]:
    """Of several works, those whose whole title the citation gives: "Trade Wars and Trade
    Talks with Data" is that article, not "Trade Wars and Trade Talks" cited since."""
    title = identity.title_words(citation.fields.get("title"))
    whole = [w for w in works if title and identity.title_words(w.fields.get("title")) == title]
    return whole or works


def _short_only_work(citation: Citation, position: int, state: _State) -> str:
    work = _Work(
        f"w{len(state.works) + 1}", dict(citation.fields), citation.entry_type, False, position
    )
    _settle(work)
    state.add(work)
    _short_without_full(state, citation)
    state.resolutions.append(Resolution(citation.note, citation.index, "short", work.id))
    return work.id


def _short_without_full(state: _State, citation: Citation) -> None:
    """Report a short form whose full citation is nowhere: only when the span is shaped as
    a short form. One that goes on after its title (a container, a place, prose) may be a
    first citation that lacks its imprint, and noise there would hide the real findings."""
    if not has_short_shape(citation.text):
        return
    state.diagnostics.append(
        Diagnostic(
            Code.SHORT_WITHOUT_FULL,
            f"note {citation.note}: short form {citation.text[:60]!r} has "
            "no full citation anywhere in the document",
            citation.note,
        )
    )


def _by_hereafter(citation: Citation, state: _State) -> list[_Work]:
    """The works whose announced form the citation uses; of several, the one whose form comes
    last ("NA, SPÚ, kart. 305": the fonds SPÚ, inside the archive NA, is the more specific)."""
    folded = identity.fold(citation.text)
    reach = {w.id: _form_end(citation.text, folded, w.hereafter) for w in state.announced}
    furthest = max(reach.values(), default=-1)
    return [w for w in state.announced if furthest >= 0 and reach[w.id] == furthest]


def _form_end(text: str, folded: str, forms: str) -> int:
    """Where the last of FORMS used in the text ends (-1: none is used). A form in capitals
    ("NA") must be written in capitals: the Czech word "na" is no archive."""
    ends = [-1]
    for form in filter(None, forms.split(HEREAFTER_SEPARATOR)):
        if any(c.islower() for c in form):
            found = re.search(rf"(?<!\w){re.escape(identity.fold(form))}(?!\w)", folded)
        else:
            found = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)
        ends.append(found.end() if found else -1)
    return max(ends)


def _short_matches(citation: Citation, state: _State) -> list[_Work]:
    """Works whose family names agree and whose title the short title abbreviates."""
    fields = citation.fields
    names = identity.families(fields)
    out = []
    for work in state.candidates(dict(fields), fuzz.partial_ratio):
        if work.id.startswith("p"):
            continue
        known = identity.families(work.fields)
        if names and known and not any(identity.same_name(names[0], f) for f in known):
            continue
        if fields.get("volume") and work.fields.get("volume") not in (None, fields["volume"]):
            continue  # "*Chevron*, 467 U.S. at 865" is not an article in volume 92
        if fields.get("year") and work.fields.get("year", fields["year"])[:4] != fields["year"][:4]:
            continue  # "Black 2001, 135" is not Black's book of 1998
        if _short_title_fits(fields, work):
            out.append(work)
    return _numbered_alike(fields.get("title"), out)


def _in_full_texts(citation: Citation, state: _State) -> list[_Work]:
    """Works whose full citation's words hold the short form's family name and short title,
    though their parsed fields do not (plain text: see citekit.fulltext)."""
    names = identity.families(citation.fields)
    title = citation.fields.get("title")
    if not names or not title:
        return []
    works = [state.works[w] for w in state.full_texts.find(names[0], title)]
    return [w for w in works if not _names_container(title, w)]


def _names_container(title: str, work: _Work) -> bool:
    """Does TITLE name the book or journal WORK appeared in, not WORK itself ("Radchenko,
    *Cold History*" after a chapter by Radchenko in *Cold History*)?"""
    containers = (work.fields.get(k) for k in ("booktitle", "journal"))
    return any(
        identity.titles_match(title, c, partial=True) >= identity.TITLE_SIMILARITY
        for c in containers
        if c
    )


def _numbered_alike(title: str | None, works: list[_Work]) -> list[_Work]:
    """Of several works, those whose titles carry the numbers of the short title ("Volume 2"
    is volume 2, not the volume 3 cited last); all of them when none does."""
    if len(works) < 2:
        return works
    return [w for w in works if identity.carries_numbers(title, w.fields.get("title"))] or works


def _short_title_fits(fields: dict[str, str], work: _Work) -> bool:
    title = fields.get("title")
    if fields.get("_person"):
        return (
            identity.same_archive(fields, work.fields)
            or bool(title)
            and identity.titles_match(title, work.fields.get("title"), partial=True) >= 90
        )
    if not title:
        return bool(identity.families(fields))
    target = work.fields.get("title") or work.fields.get("booktitle")
    return identity.titles_match(title, target, partial=True) >= identity.TITLE_SIMILARITY


# a note pointer may be off by a note or two: the note it names first, then its neighbours
SUPRA_REACH = (0, -1, 1, -2, 2)


def _resolve_supra(citation: Citation, position: int, state: _State) -> str | None:
    """ "Smith, supra note 7", "Smith (n 7) 45": the work of that name cited in note 7 (or a
    note or two away); else the one work note 7 cites; else the short form's own match."""
    note = int(citation.fields["_supra"])
    for offset in SUPRA_REACH:
        cited = [c for c in state.by_note.get(note + offset, []) if c.work in state.works]
        fitting = [c for c in cited if _fits_pointer(citation, state.works[c.work])]
        if fitting:
            state.resolutions.append(
                Resolution(citation.note, citation.index, "supra", fitting[0].work)
            )
            return fitting[0].work
    named = {c.work for c in state.by_note.get(note, []) if c.work in state.works}
    unnamed = len(named) == 1 and not identity.families(state.works[next(iter(named))].fields)
    if len(named) == 1 and (not identity.families(citation.fields) or unnamed):
        work = named.pop()  # "*Osman* (n 5)", or a note whose author the running text named
        state.resolutions.append(Resolution(citation.note, citation.index, "supra", work))
        return work
    bare = replace(citation, fields={k: v for k, v in citation.fields.items() if k != "_supra"})
    names = identity.families(bare.fields)
    if citation.kind is Kind.OP_CIT and _earlier_by(names, position, state):
        # "Granada, op. cit. (note 57)" where note 57 cites no Granada: the pointer is off by
        # more than a note or two, the name is right; the pointer still says how far back
        return _resolve_opcit(bare, position, state, pointer=note)
    if identity.families(bare.fields) or bare.fields.get("title"):
        return _resolve_short(bare, position, state)  # the pointer is wrong; the names are not
    return _unresolved(
        state,
        citation,
        Code.SHORT_WITHOUT_FULL,
        "supra",
        f"'supra note {note}' points to a note that cites no such work",
    )


def _earlier_by(names: list[str], position: int, state: _State) -> bool:
    """Has the first of NAMES a work cited before POSITION?"""
    return bool(names) and any(w.first < position for w in state.by_author(names[0]))


def _nearest_before(
    works: list[_Work], pointer: int | None, note: int, state: _State
) -> _Work | None:
    """Of WORKS, the one first cited nearest before note POINTER (a note or two after it
    allowed, as pointers slip), for a citation in NOTE; None without a pointer or such a work."""
    if pointer is None or pointer >= note:
        return None  # no pointer, or one to this note or a later one: no clue at all
    reach = pointer + SUPRA_REACH[-1]
    firsts = [(state.resolved[w.first].note, w) for w in works if w.first < len(state.resolved)]
    before = [(first, w) for first, w in firsts if first <= reach]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _fits_pointer(citation: Citation, work: _Work) -> bool:
    """Do the names (or, without names, the short title) of CITATION fit WORK?"""
    if work.id.startswith("p"):
        return False
    names, known = identity.families(citation.fields), identity.families(work.fields)
    if names:
        if any(identity.same_name(names[0], f) for f in known):
            return True
        pointed = citation.fields.get("_pointed", "")  # the names may be a title's words
        return len(pointed.split()) > 2 and _short_title_fits({"title": pointed}, work)
    title = citation.fields.get("title")
    return bool(title) and _short_title_fits({"title": title}, work)
