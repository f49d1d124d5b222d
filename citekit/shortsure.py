"""Short forms whose missing full citation is no sure finding (`short-without-full`).

A finding that is false costs a clean document its whole diagnostics figure, so a short form
that no full citation answers is reported only where the span is surely a repeat. It is not:
- where it runs on from the note's full citation with no separator but a full stop or a comma
  ("Casebook, female patients, 1852-1854. Bethlem Museum of the Mind, Beckenham. CB-058,
  f. 37"; "…: Grundlagen. In: Dies. (Hg.): Linked Data. Walter de Gruyter, Berlin, S. 1-44"):
  the splitter cut the full citation, and the rest reads as a short form;
- where it states that its work is undated ("…, Rio de Janeiro: F. Briguiet, [s.d.], p. 398"):
  an imprint, which no short form repeats;
- where its marked title is too long for a short title ("“In spite of the severe criticism we
  have made of reports of cure, there still remains …”"): a quotation, or a whole title;
- where an op. cit. phrase says the work was cited before and an earlier note's prose holds
  its title, and its author's name near it if it names one ("Rys historyczny oddziałów AK…,
  dz. cyt." after "(Rys historyczny oddziałów AK w rejonie Dębicy…; spisany przez …,
  Maszynopis w zbiorach autora)"): the first mention is there, in prose or in parentheses,
  only not read as a citation. Not where another work's citation holds the words ("F. Guida,
  *Michelangelo Pinto*, cit." after "E. Vecchi Pinto, *Michelangelo Pinto da Roma …*").
A repeat is answered, no finding, where the work's first citation, though read as a short form,
states what the repeat lacks: a year, a container's title, a no-date mark ("RUCH, G.,
*História geral da civilização: …*, Rio de Janeiro: F. Briguiet, [s.d.], p. 398" before
"RUCH, *História geral da civilização*, p. 179"; "Fridenson: «Reciprocity …», en … (eds.):
*Business, Ethics and Institutions*, …" before "Fridenson, «Reciprocity …», p. 128"): that
first citation was the full one, only its kind was misread (citekit.resolveshort asks).
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.model import Citation, Kind
from citekit.parse import localeterms, titlespans
from citekit.parse.names import family
from citekit.parse.patterns import YEAR_RE, find_opcit
from citekit.resolvestate import State, Work
from citekit.shortdoubt import LONG_TITLE_WORDS

# what may stand between a full citation and the rest of it the splitter cut off
RUN_ON_RE = re.compile(r"[\s.,–—-]*")
# the letters an op. cit.'s title must have to be looked for in the notes' words ("Ebd.",
# "Werke" would be found in any prose)
MIN_TITLE_LETTERS = 12
NEAR = 120  # characters either side of the title where a named author's family name stands


def unsure_without_full(citation: Citation, state: State) -> bool:
    """Is CITATION's missing full citation no sure finding (see the module's docstring)?"""
    return (
        NO_DATE_RE.search(citation.text) is not None  # "…, Rio de Janeiro: Briguiet, [s.d.]"
        or _runs_on_from_full(citation, state)
        or _long_marked_title(citation.text)
        or _op_cit_named_earlier(citation, state)
    )


def _runs_on_from_full(citation: Citation, state: State) -> bool:
    same_note = state.by_note.get(citation.note, [])
    text = state.note_texts.texts.get(citation.note, "")
    if not same_note or same_note[-1].kind is not Kind.FULL or not text:
        return False
    before = same_note[-1].text
    end = text.find(before)
    start = text.find(citation.text[:30], end + len(before)) if end >= 0 else -1
    return start >= 0 and RUN_ON_RE.fullmatch(text[end + len(before) : start]) is not None


def _long_marked_title(text: str) -> bool:
    found = titlespans.titles(text)
    return bool(found) and len(found[0].group().split()) >= LONG_TITLE_WORDS


def _op_cit_named_earlier(citation: Citation, state: State) -> bool:
    title = citation.fields.get("title", "").strip(" *.,…")
    if not find_opcit(citation.text) or len(re.sub(r"\W", "", title)) < MIN_TITLE_LETTERS:
        return False
    name = citation.fields.get("author", "").split(" and ")[0]
    notes = state.note_texts
    return any(
        not _inside_citation(match, state.by_note.get(note, []), notes.texts[note])
        and (not name or notes.holds_near(note, family(name), match.start(), match.end(), NEAR))
        for note, match in notes.phrase_matches(title, citation.note)
    )


def _inside_citation(match: re.Match[str], cited: list[Citation], text: str) -> bool:
    """Does the title stand in one of its note's citations (another work's title holds its
    words: "E. Vecchi Pinto, *Michelangelo Pinto da Roma a Torino …*"), not in its prose?"""
    for citation in cited:
        start = text.find(citation.text[:30])
        if 0 <= start <= match.start() < start + len(citation.text):
            return True
    return False


# what a first citation states beyond a repeat: a year, a no-date mark ("[s.d.]", "o. J."),
# a container's editors ("en Jones y Colpan (eds.): …", "in: Müller (Hg.): …")
NO_DATE_RE = re.compile(rf"(?<!\w)(?:{lexicons.alternation(localeterms.NO_DATE)})")
EDITOR_MARK_RE = re.compile(
    rf"\((?:{lexicons.alternation(localeterms.EDITOR_MARKS)})\)", re.IGNORECASE
)
# characters the first citation must run beyond the repeat: an imprint or a container's name
WHOLE_EXTRA = 25


def first_cited_whole(work: Work, citation: Citation, state: State) -> bool:
    """Did WORK's first citation, read as a short form, state what CITATION (a repeat) lacks:
    a year, a no-date mark, a container's marked title or its editors? Then it was the full
    citation."""
    if not 0 <= work.first < len(state.resolved):
        return False
    first = state.resolved[work.first]
    if first is citation or len(first.text) < len(citation.text) + WHOLE_EXTRA:
        return False
    if len(titlespans.titles(first.text)) > len(titlespans.titles(citation.text)):
        return True  # "…», en Jones y Colpan (eds.): *Business, Ethics and Institutions*"
    return any(
        pattern.search(first.text) and not pattern.search(citation.text)
        for pattern in (YEAR_RE, NO_DATE_RE, EDITOR_MARK_RE)
    )
