"""Short forms: the work whose names and title a short form abbreviates, earlier ones first;
"hereafter" forms; books known from their chapters' citations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from citekit import containers_cited, identity, notetexts, periodicalnamed
from citekit.bodyacronym import abbreviates_body
from citekit.editions import named_in_title
from citekit.model import Citation, Code, Diagnostic, Resolution
from citekit.parse import HEREAFTER_SEPARATOR
from citekit.parse.archivalunits import holds_holding
from citekit.parse.archives import MANUSCRIPT_RE
from citekit.parse.cues import is_archival
from citekit.parse.patterns import find_opcit
from citekit.parse.shortforms import bluebook_short, has_short_shape
from citekit.resolveedition import by_contributor
from citekit.resolveletter import by_letter
from citekit.resolvenamelist import named_by_list
from citekit.resolvereference import by_reference
from citekit.resolvesigla import by_initials, by_siglum
from citekit.resolvestate import State, Work, page_fits, settle
from citekit.resolvesubtitle import titled_by_subtitle
from citekit.resolvetitlehead import titled_by_head
from citekit.resolvetitleword import titled_by_name
from citekit.resolvevolume import book_work, container_named_earlier, edited_volume
from citekit.resolveyear import year_fits
from citekit.shortdoubt import (
    cites_by_abbreviation,
    cites_by_division,
    whole_name_and_title_only,
)
from citekit.shortsure import first_cited_whole, unsure_without_full


def resolve_short(citation: Citation, position: int, state: State) -> str | None:
    """The work whose names and title this short form abbreviates; earlier ones first. (A
    short form with a note pointer goes to citekit.resolvepointer first.)"""
    hereafter = _by_hereafter(citation, state) or by_siglum(citation, state)  # "GA 3, 28"
    hereafter = hereafter or by_reference(citation, position, state)  # "Add MS 21254, fol. 41"
    hereafter = hereafter or by_letter(citation, state)  # "Weldon to Pearson, November 16, 1901"
    matches = hereafter or short_matches(citation, state) or _in_full_texts(citation, state)
    matches = matches or titled_by_name(citation, position, state)  # "Argonauts, 100"
    matches = matches or edited_volume(citation, position, state)  # "Bernstein, 1998, 63"
    matches = matches or by_contributor(citation, position, state)  # "Allott, no. 61"
    matches = matches or named_by_list(citation, position, state)  # "Bordwell, Staiger and …"
    matches = matches or titled_by_head(citation, position, state)  # "Selected Letters, 40"
    matches = matches or by_initials(citation, state)  # "*PI* §217"
    matches = matches or titled_by_subtitle(citation, position, state)  # "*Final Report*, 3"
    earlier = _named_alike(citation, [w for w in matches if w.first < position])
    if earlier and _opened_later(citation, earlier, [w for w in matches if w.first > position]):
        earlier = []  # "Fine, *Sit-Down*" is *Sit-Down: The General Motors Strike*, cited later
        matches = [w for w in matches if w.first > position]
    if earlier:
        held = _title_words_held(citation, earlier)
        held = _title_opens(citation, held)
        held = _in_cited_volume(citation, held)
        best = max(_whole_title(citation, _pages_hold(citation, held)), key=lambda w: w.last)
        state.resolutions.append(
            Resolution(
                citation.note,
                citation.index,
                "hereafter" if hereafter else "short",
                best.id,
                tuple(w.id for w in earlier),
            )
        )
        if not best.has_full and not (
            _name_and_page(citation) or first_cited_whole(best, citation, state)
        ):
            _short_without_full(state, citation)
        return best.id
    later = [w for w in matches if w.has_full]
    if later:
        work = min(later, key=lambda w: w.first)
        if work.first_note == citation.note or container_named_earlier(citation, position, state):
            # "‘Title’ … ; *Title*, http://…": the note cites it; "Amory and Hall, *Colonial
            # Book*": an earlier chapter's citation named the volume in full
            state.resolutions.append(Resolution(citation.note, citation.index, "short", work.id))
            return work.id
        state.diagnostics.append(
            Diagnostic(
                Code.SHORT_BEFORE_FULL,
                f"note {citation.note}: short form {citation.text[:60]!r} "
                "comes before the work's full citation",
                citation.note,
                citation.index,
            )
        )
        state.resolutions.append(Resolution(citation.note, citation.index, "short", work.id))
        return work.id
    return (
        _book_of_chapter(citation, position, state)
        or _in_note_words(citation, state)
        or _short_only_work(citation, position, state)
    )


def _in_note_words(citation: Citation, state: State) -> str | None:
    """The work of the full citation an earlier note's words hold, where no parsed citation
    matched (citekit.notetexts)."""
    found = state.note_texts.find(citation)
    if found is None:
        return None
    text = state.note_texts.texts[found.note]
    work = notetexts.cited_there(found, text, state.by_note.get(found.note, []))
    if work is not None:
        state.resolutions.append(Resolution(citation.note, citation.index, "short-in-note", work))
    return work


def _opened_later(citation: Citation, earlier: list[Work], later: list[Work]) -> bool:
    """Does a work cited in full later have a title that opens with the short title, where
    no earlier work's does and no earlier work's pages hold the pinpoint? "Fine, *Sit-Down*,
    156–78" after Fine's article "The General Motors Sit-Down Strike" (pages 691–713) is his
    book *Sit-Down: …*, given in full two notes on. (A short title may leave out a title's first
    words, "Henderson, *Cotton Famine*": the words alone do not decide.)"""
    if not later or not citation.fields.get("title") or not citation.locator:
        return False
    if any(w.pages is None or page_fits(w, citation.locator) for w in earlier):
        return False
    return not _title_opens_any(citation, earlier) and _title_opens_any(
        citation, [w for w in later if w.has_full]
    )


def _title_opens_any(citation: Citation, works: list[Work]) -> bool:
    title = identity.title_words(citation.fields.get("title"))
    return bool(title) and any(_opens_with(w, title) for w in works)


def _book_of_chapter(citation: Citation, position: int, state: State) -> str | None:
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
    book = book_work(chapter, state)
    state.resolutions.append(Resolution(citation.note, citation.index, "short", book.id))
    return book.id


def as_book(citation: Citation, book: Work) -> Citation:
    """A short form of a book known from its chapter's citation, carrying the book's fields
    (marked: the merge takes them as a full citation's) to the book's entry."""
    own = {k: v for k, v in citation.fields.items() if k not in ("author", "editor", "title")}
    fields = {**own, **book.fields, containers_cited.BOOK_MARK: "1"}
    return replace(citation, fields=fields, entry_type=book.entry_type)


def _named_alike(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several works, those that name the short form's author: "Klumpke, *Rosa Bonheur*"
    is Klumpke's book, not the unsigned "Rosa Bonheur sketchbook" cited since."""
    names = identity.families(citation.fields)
    if not names or len(works) < 2:
        return works
    named = [
        w
        for w in works
        if any(identity.same_name(names[0], f) for f in identity.families(w.fields))
    ]
    return _all_named(names, named) or named or works


def _all_named(names: list[str], works: list[Work]) -> list[Work]:
    """Of works naming the first author, those naming every author the short form gives:
    "Lansing and Kremer, 101" is their joint article, not Lansing's book cited since."""
    if len(names) < 2 or len(works) < 2:
        return works
    return [
        w
        for w in works
        if all(any(identity.same_name(n, f) for f in identity.families(w.fields)) for n in names)
    ]


def _whole_title(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several works, those whose whole title the citation gives: "Trade Wars and Trade
    Talks with Data" is that article, not "Trade Wars and Trade Talks" cited since."""
    title = identity.title_words(citation.fields.get("title"))
    whole = [w for w in works if title and identity.title_words(w.fields.get("title")) == title]
    return whole or works


# the volume a pinpoint opens with: "7:133", "vol. 7, 133", "II, 232"
CITED_VOLUME_RE = re.compile(r"^(?:vol\.\s*)?(?P<volume>\d{1,3}|[IVXLC]+)(?::\s*\d|,\s*\d)")


def _in_cited_volume(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several volumes of one edition, the one the pinpoint names: "*Correspondence*,
    7:133" is volume 7, though volume 8 was cited since."""
    found = CITED_VOLUME_RE.match(citation.locator or "")
    if len(works) < 2 or found is None:
        return works
    named = [w for w in works if w.fields.get("volume") == found.group("volume")]
    return named or works


def _pages_hold(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several works, those whose page range holds the pinpoint: "Stradling and Stradling,
    533" is their article of pages 515–35, not their book cited since; and none whose range
    leaves it out."""
    if len(works) < 2 or not citation.locator:
        return works
    fitting = [w for w in works if page_fits(w, citation.locator)]
    holding = [w for w in fitting if w.pages is not None]
    return holding or fitting or works


def _title_opens(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several works, those whose title opens with the short title: "Weisberg et al.,
    *Japonisme*" is "Japonisme: Japanese Influence on French Art", not "Aspects of Japonisme"
    cited since."""
    title = identity.title_words(citation.fields.get("title"))
    if not title or len(works) < 2:
        return works
    return [w for w in works if _opens_with(w, title)] or works


def _opens_with(work: Work, title: str) -> bool:
    """Does WORK's title (its words, articles and prepositions aside) open with TITLE's?"""
    return f"{identity.title_words(work.fields.get('title'))} ".startswith(f"{title} ")


def _title_words_held(citation: Citation, works: list[Work]) -> list[Work]:
    """Of several works, those whose titles hold every word of the short title: "Webb,
    *Pilgrims*" is "Pilgrims and Pilgrimage in the Medieval West", not "Pilgrimage in Medieval
    England" cited since, though both open alike."""
    words = set(identity.title_words(citation.fields.get("title")).split())
    if not words or len(works) < 2:
        return works
    held = [w for w in works if words <= set(identity.title_words(w.fields.get("title")).split())]
    return held or works


def _short_only_work(citation: Citation, position: int, state: State) -> str:
    work = Work(
        f"w{len(state.works) + 1}", dict(citation.fields), citation.entry_type, False, position
    )
    settle(work)
    state.add(work)
    _short_without_full(state, citation)
    state.resolutions.append(Resolution(citation.note, citation.index, "short", work.id))
    return work.id


def _name_and_page(citation: Citation) -> bool:
    """ "Rodríguez Flores, 17" after "Rodríguez Flores, *El perdón real*, 26": a name and a
    page repeat the titled short form of a work cited only so, which was reported; the
    finding is that form's, not each repeat's."""
    fields = citation.fields
    return bool(fields.get("author")) and not (fields.get("title") or fields.get("year"))


def _short_without_full(state: State, citation: Citation) -> None:
    """Report a short form whose full citation is nowhere: only when the span is shaped as
    a short form. One that goes on after its title (a container, a place, prose) may be a
    first citation that lacks its imprint, and noise there would hide the real findings."""
    text = citation.text
    if not has_short_shape(text) or whole_name_and_title_only(text, citation.fields):
        return  # (citekit.shortdoubt)
    if cites_by_abbreviation(text) or cites_by_division(text):
        return  # "*CCAG* 7.213", "Tacitus, *Agricola* 21": a standard work the field knows
    if _names_nothing(citation):
        return  # "Op. cit., p. 139": the work the prose names, no short form of one
    if bluebook_short(text):
        return  # "Pine, 412 F.3d at 226": its volume and reporter find the case; an opinion's
        # notes repeat what its text cites in full, which is not among the notes
    if MANUSCRIPT_RE.search(text) or is_archival(text) or holds_holding(text):
        return  # "…, MS gr. 129D, fol. 67r", "…, Kraus Papers, box 8": no first citation differs
    if periodicalnamed.names_container(citation.fields, (w.fields for w in state.works.values())):
        return  # "the special issue of *Capital & Class*": a journal an article is in
    if state.note_texts.find(citation):
        return  # an earlier note's words may hold its full citation (citekit.notetexts)
    if unsure_without_full(citation, state):
        return  # a cut full citation, a quotation, a first mention in prose (citekit.shortsure)
    state.diagnostics.append(
        Diagnostic(
            Code.SHORT_WITHOUT_FULL,
            f"note {citation.note}: short form {citation.text[:60]!r} has "
            "no full citation anywhere in the document",
            citation.note,
            citation.index,
        )
    )


def _names_nothing(citation: Citation) -> bool:
    """Is the span an op. cit. phrase and its pinpoint, no name or title before it ("Op. cit.,
    p. 139")? It points to the work the sentence names; no full citation is missing for it."""
    found = find_opcit(citation.text)
    return found is not None and not re.search(r"\w", citation.text[: found.start()])


def _by_hereafter(citation: Citation, state: State) -> list[Work]:
    """The works whose announced form the citation uses; of several, the one whose form comes
    last ("NA, SPÚ, kart. 305": the fonds SPÚ, inside the archive NA, is the more specific)."""
    if not state.announced:
        return []  # no work announced a form: the text need not be folded
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


def short_matches(citation: Citation, state: State) -> list[Work]:
    """Works whose family names agree and whose title the short title abbreviates."""
    fields = citation.fields
    names = identity.families(fields)
    out = []
    for work in state.candidates(dict(fields), fuzz.partial_ratio, narrow=True):
        if work.id.startswith("p"):
            continue
        known = identity.families(work.fields)
        if (
            names
            and known
            and not _names_work(names[0], known, work)
            and not abbreviates_body(fields.get("author"), work.fields.get("author"))
        ):
            continue  # "PSAC" names the President's Science Advisory Committee
        if names and not known and not fields.get("title"):
            continue  # "Lee et al." names a person: not a page that names nobody
        if fields.get("volume") and work.fields.get("volume") not in (None, fields["volume"]):
            continue  # "*Chevron*, 467 U.S. at 865" is not an article in volume 92
        if fields.get("year") and work.fields.get("year", fields["year"])[:4] != fields["year"][:4]:
            continue  # "Black 2001, 135" is not Black's book of 1998
        if fields.get("year") and not year_fits(fields["year"], work, state):
            continue  # nor "Heidegger 1959, 108-9", which only its words date
        if short_title_fits(fields, work):
            out.append(work)
    return _numbered_alike(fields.get("title"), out)


def _names_work(name: str, known: list[str], work: Work) -> bool:
    """Is NAME one of the work's family names, or the subject its edition is of ("Keats,
    *Poems*" for "The Poems of John Keats", ed. Miriam Allott)?"""
    return any(identity.same_name(name, f) for f in known) or named_in_title(name, work.fields)


def _in_full_texts(citation: Citation, state: State) -> list[Work]:
    """Works whose full citation's words hold the short form's family name and short title,
    though their parsed fields do not (plain text: see citekit.fulltext)."""
    names = identity.families(citation.fields)
    title = citation.fields.get("title")
    if not names or not title:
        return []
    works = [state.works[w] for w in state.full_texts.find(names[0], title)]
    return [w for w in works if not names_container(title, w)]


def names_container(title: str, work: Work, *, partial: bool = True) -> bool:
    """Does TITLE name the book or journal WORK appeared in, not WORK itself ("Radchenko,
    *Cold History*" after a chapter by Radchenko in *Cold History*)? PARTIAL lets TITLE be a
    short form of the container's name."""
    containers = (work.fields.get(k) for k in ("booktitle", "journal"))
    return any(
        identity.titles_match(title, c, partial=partial) >= identity.TITLE_SIMILARITY
        for c in containers
        if c
    )


def _numbered_alike(title: str | None, works: list[Work]) -> list[Work]:
    """Of several works, those whose titles carry the numbers of the short title ("Volume 2"
    is volume 2, not the volume 3 cited last); all of them when none does."""
    if len(works) < 2:
        return works
    return [w for w in works if identity.carries_numbers(title, w.fields.get("title"))] or works


def short_title_fits(fields: dict[str, str], work: Work) -> bool:
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
