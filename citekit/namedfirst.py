"""A short form that nothing answers, naming its author in full with a title: a full citation.

"Alice Thornton, *Book 1: The First Book of My Life*, 68" has the shape of a Chicago short
form (author, title, page) but not its habit: a short form drops the given name ("Thornton,
*Book 1*, 66"), since the reader met the person in the full citation before. Where no full
citation of the work stands anywhere in the notes (the resolver found none, before or after)
and the document has no bibliography to answer it, a citation that writes the author's given
name before the family, and sets its title off, is the work's first and fullest citation (a
manuscript, a project's edition, a book cited without its imprint), not a short form with
nothing behind it: it opens the work, and its later short forms find it.
"""

from __future__ import annotations

from dataclasses import replace

from citekit import biblang, lexicons
from citekit.model import Citation, Code, Diagnostic, Kind
from citekit.parse.patterns import find_opcit, find_supra
from citekit.resolvestate import State, Work, settle

MARKS = "*_“\"‘'«„"  # what opens an italic or quoted title: "*Book 1*", "‘Letter to …’"
MIN_GIVEN = 2  # letters: "Alice" is a given name, "A." an initial (a short form may keep it)
# where a short form writes two surnames ("Heras Santos, “Indultos …,” 116"): a first word is
# a given name there only when it is a known one (lexicons/hispanic_given_names.txt)
TWO_SURNAME_LANGUAGES = frozenset({"spanish", "portuguese", "catalan"})
GIVEN_NAMES = lexicons.words("hispanic_given_names") | lexicons.words("byname_given_names")


def named_in_full(citation: Citation) -> bool:
    """Is CITATION a short form that gives a set-off title and opens with its first author's
    given name, then the family, with no word that points back ("cit.", "supra")?"""
    if citation.kind is not Kind.SHORT:
        return False
    fields = citation.fields
    author, title = fields.get("author"), fields.get("title")
    if not author or not title or "year" in fields or _points_back(citation.text):
        return False  # "Leopoldo Spini, *Résumé*, cit., p. 3": Italian's short form
    if not _marked(title, citation.text):
        return False  # "Joint Dissent, slip opin.": a title the writer did not set off
    family, _, given = author.split(" and ")[0].partition(", ")
    first = given.split(" ")[0] if given else ""
    if len(first) < MIN_GIVEN or first.endswith(".") or not family:
        return False
    if not citation.text.lstrip(MARKS).startswith(f"{given} {family}"):
        return False
    return first.casefold() in GIVEN_NAMES or _one_surname_language(title)


def _one_surname_language(title: str) -> bool:
    """Is TITLE in a language whose writers seldom cite a person by two surnames? (Not known
    is not enough: "Colón de Larriátegui, *Juzgado militares*" is a Spanish short form.)"""
    language = biblang.detect(title)
    return language is not None and language not in TWO_SURNAME_LANGUAGES


def first_in_full(citation: Citation, work: str | None, state: State) -> bool:
    """Is CITATION named in full, and has the resolver found no full citation for it (no
    work, or only one that short forms opened)?"""
    answered = work is not None and state.works[work].has_full
    return not answered and named_in_full(citation)


def as_full(
    citation: Citation, work: str | None, position: int, state: State
) -> tuple[Citation, str]:
    """CITATION as the full citation of WORK (of a work it opens, where the resolver gave it
    none); the resolver's finding that it was a short form with nothing behind it taken back."""
    if state.diagnostics and _finding_of(state.diagnostics[-1], citation):
        state.diagnostics.pop()  # what the resolver just recorded of it: the last entries
    last = state.resolutions[-1] if state.resolutions else None
    if last is not None and (last.note, last.index) == (citation.note, citation.index):
        state.resolutions.pop()
    if work is None:
        return replace(citation, kind=Kind.FULL), _opened(citation, position, state)
    opened = state.works[work]  # made of the short form's words: now of a full citation's
    opened.has_full, opened.first_note = True, citation.note
    state.full_texts.add(work, citation.text)
    return replace(citation, kind=Kind.FULL), work


def _opened(citation: Citation, position: int, state: State) -> str:
    work = Work(
        f"n{len(state.works) + 1}",
        dict(citation.fields),
        citation.entry_type,
        True,
        position,
        first_note=citation.note,
    )
    settle(work)
    state.add(work)
    state.full_texts.add(work.id, citation.text)
    return work.id


def _finding_of(diagnostic: Diagnostic, citation: Citation) -> bool:
    where = (diagnostic.note, diagnostic.citation)
    return diagnostic.code is Code.SHORT_WITHOUT_FULL and where == (citation.note, citation.index)


def _points_back(text: str) -> bool:
    return find_opcit(text) is not None or find_supra(text) is not None


def _marked(title: str, text: str) -> bool:
    """Is TITLE set in italics or quotation marks in TEXT?"""
    at = text.find(title[:12])
    return at > 0 and text[at - 1] in MARKS
