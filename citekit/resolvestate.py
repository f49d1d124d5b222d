"""What the resolving pass knows: the works so far, their blocks and indexes, and the
records it keeps (resolutions, diagnostics). Shared by the strategies of citekit.resolve.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from citekit import containers_cited, editions, identity
from citekit.fulltext import FullTexts
from citekit.model import Citation, Code, Diagnostic, Resolution
from citekit.notetexts import NoteTexts
from citekit.parse.patterns import PRESS_MARK_RE
from citekit.resolvenarrow import BlockWords


@dataclass
class Work:
    """A work as the pass knows it so far."""

    id: str
    fields: dict[str, str]
    entry_type: str
    has_full: bool
    first: int  # position of its first citation
    last: int = -1  # position of its latest citation (of any kind)
    hereafter: str = ""
    first_note: int = 0  # the note of its first full citation
    # worked out once its fields are settled (see settle), as op. cit. asks them of every
    # work of an author: the folded family name of its first author ("" without one), and
    # its own page range (first, last), None without one
    lead: str = ""
    pages: tuple[int, int] | None = None
    # its full citations give two page ranges (an article and its reprint as a chapter,
    # taken for one work): it has no one range to hold a pinpoint or leave it out
    ranges_differ: bool = False


@dataclass
class State:
    works: dict[str, Work] = field(default_factory=dict)
    blocks: dict[str, list[str]] = field(default_factory=dict)
    block_titles: dict[str, list[str]] = field(default_factory=dict)  # parallel to blocks
    untitled: dict[str, list[str]] = field(default_factory=dict)  # block -> works without a title
    # (block, first word of a title) -> positions in the block of the titles opening with it
    openings: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    # parallel to openings: those works' ids and titles, so that a large block's lookup
    # slices them (`State._within_reach`) instead of gathering them one by one
    opening_ids: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    opening_titles: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    words: BlockWords = field(default_factory=BlockWords)  # a short form's lookup narrowed
    announced: list[Work] = field(default_factory=list)  # works with a "hereafter" short form
    resolved: list[Citation] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    full_work: dict[int, str] = field(default_factory=dict)  # position -> work, from the sweep
    # any author's family -> its works by id, each once, in order (asked at every op. cit.)
    by_family: dict[str, dict[str, Work]] = field(default_factory=dict)
    # a family of by_family -> the ids of its works cited so far, the latest cited last (a
    # work is moved to the end when cited again), and a work -> the families it is under
    recent: dict[str, dict[str, None]] = field(default_factory=dict)
    filed_under: dict[str, list[str]] = field(default_factory=dict)
    by_note: dict[int, list[Citation]] = field(default_factory=dict)  # note -> its citations so far
    # a family name no work has -> (families looked at, those of them that may be its spelling)
    drifted: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    full_texts: FullTexts = field(default_factory=FullTexts)  # the words of full citations
    note_texts: NoteTexts = field(default_factory=NoteTexts)  # the words of every note
    # (book's author, a word of the book's title) -> chapters: a short form of the book names
    # its author and words of its title, so few chapters are compared, however long the book
    by_book_word: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    books: dict[str, str] = field(default_factory=dict)  # chapter's work -> its book's work
    book_works: set[str] = field(default_factory=set)  # those books' works
    # a translator's or editor's family -> the works with an author they translated or edited
    by_contributor: dict[str, list[str]] = field(default_factory=dict)
    # the first word of a title's subtitle -> the works (citekit.resolvesubtitle)
    by_subtitle: dict[str, list[str]] = field(default_factory=dict)
    # an archival item's call number, folded without spaces -> its work (resolvereference)
    by_reference: dict[str, str] = field(default_factory=dict)
    cited_again: set[int] = field(default_factory=set)  # full-looking, found by call number

    def add(self, work: Work) -> None:
        self.works[work.id] = work
        title = identity.title_words(work.fields.get("title") or work.fields.get("booktitle"))
        for key in identity.block_keys(work.fields):
            block = self.blocks.setdefault(key, [])
            opening = (key, title.partition(" ")[0])
            self.openings.setdefault(opening, []).append(len(block))
            self.opening_ids.setdefault(opening, []).append(work.id)
            self.opening_titles.setdefault(opening, []).append(title)
            block.append(work.id)
            self.block_titles.setdefault(key, []).append(title)
            if not title:
                self.untitled.setdefault(key, []).append(work.id)
        self.filed_under[work.id] = identity.families(work.fields)
        for name in self.filed_under[work.id]:
            self.by_family.setdefault(name, {})[work.id] = work
        for name in editions.contributors(work.fields):  # "Allott, no. 61": his translation
            self.by_contributor.setdefault(name, []).append(work.id)
        if work.entry_type == "unpublished" and work.fields.get("note"):  # "MH 106/2101"
            self.by_reference.setdefault(reference_key(work.fields["note"]), work.id)
        if work.entry_type == "unpublished" and (press := press_mark(work.fields.get("title"))):
            self.by_reference.setdefault(reference_key(press), work.id)  # "Tiberius B. iv"
        subtitle = identity.title_words(work.fields.get("title", "").partition(":")[2])
        if subtitle:  # "…: Final Report of …" (citekit.resolvesubtitle)
            self.by_subtitle.setdefault(subtitle.partition(" ")[0], []).append(work.id)
        book_words = set(identity.title_words(work.fields.get("booktitle")).split())
        for name in containers_cited.container_families(work.fields):
            for word in book_words:
                self.by_book_word.setdefault((name, word), []).append(work.id)

    def by_author(self, name: str) -> list[Work]:
        """Works with an author (or editor) of that family name, allowing spelling drift."""
        if name in self.by_family:
            return list(self.by_family[name].values())
        spelt = {i: w for k in self._spellings(name) for i, w in self.by_family[k].items()}
        return list(spelt.values())

    def cite(self, work_id: str, position: int) -> None:
        """WORK_ID is cited at POSITION: its latest citation, and its place in `recent`."""
        self.works[work_id].last = position
        for name in self.filed_under.get(work_id, ()):
            latest = self.recent.setdefault(name, {})
            latest.pop(work_id, None)
            latest[work_id] = None

    def cited_before(self, name: str, position: int) -> list[Work]:
        """The works of by_author(NAME) cited so far and first cited before POSITION, in its
        order (first cited first). Asked at every op. cit.: of an author with more than
        OPCIT_REACH such works (a book of thousands of works by a few authors) only the
        OPCIT_REACH cited latest, so that cost stays linear in the book's length."""
        if name not in self.by_family:
            return [w for w in self.by_author(name) if w.last >= 0 and w.first < position]
        latest = self.recent.get(name, {})
        if len(latest) <= OPCIT_REACH:
            works = (self.works[i] for i in latest)
            return sorted((w for w in works if w.first < position), key=_first_cited)
        kept: list[Work] = []
        for work_id in reversed(latest):
            work = self.works[work_id]
            if work.first < position:
                kept.append(work)
                if len(kept) == OPCIT_REACH:
                    break
        return sorted(kept, key=_first_cited)

    def has_works_by(self, name: str) -> bool:
        """bool(by_author(NAME)), without gathering the works."""
        return name in self.by_family or bool(self._spellings(name))

    def _spellings(self, name: str) -> list[str]:
        """The family names of works that may be NAME spelt otherwise, in the order they came:
        only the names added since the last question are compared (families only grow)."""
        seen, found = self.drifted.get(name, (0, []))
        if seen < len(self.by_family):
            found = found + [k for k in list(self.by_family)[seen:] if identity.same_name(k, name)]
            self.drifted[name] = (len(self.by_family), found)
        return found

    @staticmethod
    def _lookup_keys(fields: dict[str, str], short: bool) -> list[str]:
        """The blocks to search; a short form read as a person's papers ("Clarke Papers,
        1:299") searches its title's block too, for the edition of that name ("*The Clarke
        Papers*, ed. C. H. Firth"), which plain text cannot tell from a collection."""
        keys = identity.block_keys(fields)
        if short and fields.get("_person") and fields.get("title"):
            keys = keys + identity.block_keys({"title": fields["title"]})
        return keys

    def candidates(
        self,
        fields: dict[str, str],
        scorer: Callable[..., float] = fuzz.ratio,
        *,
        narrow: bool = False,
    ) -> list[Work]:
        """Works sharing a block with FIELDS (first family name, first title word); in a large
        block only those whose titles come nearest, and in a block of more than REACH works
        the nearest of those within reach, so that cost stays linear. NARROW (a short form):
        in a large block only the works that may pass its tests are ranked (resolvenarrow)."""
        title = identity.title_words(fields.get("title"))
        ids: dict[str, None] = {}
        for key in self._lookup_keys(fields, narrow):
            block = self.blocks.get(key, [])
            if len(block) <= SHORTLIST or not title:
                ids.update(dict.fromkeys(block))
                continue
            if len(block) > REACH:
                block, titles = self._within_reach(key, title)
            elif narrow:
                block, titles = self._narrowed(key, title, fields)
            else:
                titles = self.block_titles[key]
            near = process.extract(
                title,
                titles,
                scorer=scorer,
                limit=SHORTLIST,
                score_cutoff=identity.TITLE_SIMILARITY - 20,
            )
            for _, _, index in near:  # (a loop: no generator and dict made per lookup)
                ids[block[index]] = None
            ids.update(dict.fromkeys(self.untitled.get(key, ())))
        return [self.works[i] for i in ids]

    def _narrowed(
        self, key: str, title: str, fields: dict[str, str]
    ) -> tuple[list[str], list[str]]:
        """The works of block KEY, and their titles, that the lookup of a short form (its
        FIELDS, its folded TITLE) ranks."""
        block, titles = self.blocks[key], self.block_titles[key]

        def people(position: int) -> list[str]:
            return identity.families(self.works[block[position]].fields)

        name = next(iter(identity.families(fields)), "")
        kept = self.words.narrowed(key, titles, people, title, name)
        return [block[i] for i in kept], [titles[i] for i in kept]

    def _within_reach(self, key: str, title: str) -> tuple[list[str], list[str]]:
        """The works of a block of more than REACH, and their titles, that a lookup scores
        (REACH at most): the latest half, and before them the latest whose title opens with
        TITLE's first word; in block order, so that equal scores rank as in a search of the
        whole block."""
        block, titles = self.blocks[key], self.block_titles[key]
        latest = len(block) - REACH // 2
        opening = (key, title.partition(" ")[0])
        cut = bisect.bisect_left(self.openings.get(opening, []), latest)
        older = slice(max(0, cut - REACH // 2), cut)
        return (
            self.opening_ids.get(opening, [])[older] + block[latest:],
            self.opening_titles.get(opening, [])[older] + titles[latest:],
        )


SHORTLIST = 8  # in a larger block (a prolific author) only the nearest titles are compared


# a block of more works than this is searched only in part (`State._within_reach`), so that
# the fuzzy title search costs the same per lookup however long the book: a book of thousands
# of works by a few authors. The largest block in our documents (seeds, corpora, the real and
# generated sets) holds 14 works, so every one of them is searched whole, as before.
REACH = 256


# of an author with more works cited than this, op. cit. weighs the ones cited latest
# (`State.cited_before`); in our documents an author has at most a few dozen works.
OPCIT_REACH = 64


def _first_cited(work: Work) -> int:
    return work.first


Strategy = Callable[[Citation, int, State], str | None]


def settle(work: Work) -> None:
    """Work out what op. cit. asks of WORK, once its fields no longer change."""
    work.lead = next(iter(identity.families(work.fields)), "")
    work.pages = None if work.ranges_differ else page_range(work.fields.get("pages", ""))


def unresolved(
    state: State,
    citation: Citation,
    code: Code,
    rule: str,
    message: str,
    candidates: tuple[str, ...] = (),
) -> None:
    state.diagnostics.append(
        Diagnostic(code, f"note {citation.note}: {message}", citation.note, citation.index)
    )
    state.resolutions.append(Resolution(citation.note, citation.index, rule, None, candidates))
    return


def press_mark(text: str | None) -> str | None:
    """The Cotton shelfmark TEXT gives, without the collection's name: "Nero D. iv" of
    "Cotton MS Nero D. iv"; a later note cites the manuscript by it alone."""
    found = PRESS_MARK_RE.search(text) if text else None
    return found.group() if found else None


def reference_key(reference: str) -> str:
    """A call number as matched: "Add MS 21254", "add ms 21254" alike."""
    return "".join(reference.split()).casefold()


def page_fits(work: Work, locator: str | None) -> bool:
    """A work with its own page range cannot hold a pinpoint outside it."""
    cited = numbers(locator or "")
    return work.pages is None or not cited or work.pages[0] <= cited[0] <= work.pages[1]


def page_range(pages: str) -> tuple[int, int] | None:
    """(first, last) of a range of pages, None without one: "912–45" -> (912, 945)."""
    span = numbers(pages)
    if len(span) < 2:
        return None
    first, last = span[0], span[1]
    if last < first and len(str(last)) < len(str(first)):  # "912–45": the last page shortened
        last = int(str(first)[: -len(str(last))] + str(last))
    return first, last


NUMBER_RE = re.compile(r"\d+")


@lru_cache(maxsize=16384)
def numbers(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in NUMBER_RE.findall(text))
