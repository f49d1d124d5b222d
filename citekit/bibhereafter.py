"""The short forms a bibliography entry announces, and the works the notes cite by them.

An entry may name the short form its notes will use, as a note's full citation does:
"Spinoza, Baruch, *Ethica more geometrico demonstrata* (hereafter *Etica*), …", "… [im
Folgenden: KSA]", or with a second name for the work ("… *Ethica …* detta anche *Etica*").
The notes then cite "Etica seconda parte proposizione 6" and nothing else ties that span to
the entry: its title is another, its author is not named. The forms go to the note parser as
the notes' own "hereafter" forms do (a note citing one is a citation), and a work without
names whose citations open with an entry's form is that entry's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from citekit import lexicons
from citekit.identity import fold
from citekit.model import Citation, Work
from citekit.parse import memo
from citekit.parse.context import HEREAFTER_ANYWHERE_RE, Context
from citekit.parse.hereaftersentence import announced_forms
from citekit.parse.reference import Reference

# "detta anche *Etica*", "also known as “the Ethics”": an alias phrase, then a marked title
ALIAS_RE = re.compile(
    r"(?<!\w)"
    + lexicons.alternation(lexicons.words("alias_phrases"))
    + r"\s*[:,]?\s+(?:\*(?P<italic>[^*]{1,60})\*|[“\"](?P<quoted>[^”\"]{1,60})[”\"])",
    re.IGNORECASE,
)
SPACE_BEFORE_MARK_RE = re.compile(r"\s+([,.;:])")  # "*Letters* , Leiden": the gap a cut form leaves
FORM_LEAST = 2  # characters of a form: one letter announces nothing a note could be told by


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of each entry twice: its forms, its work
def forms(text: str) -> tuple[str, ...]:
    """The short forms an entry's TEXT announces: ("Etica",), ("KSA",); () where none."""
    found = [m.group("abbr") for m in HEREAFTER_ANYWHERE_RE.finditer(text)]
    found += announced_forms(text)
    found += [m.group("italic") or m.group("quoted") for m in ALIAS_RE.finditer(text)]
    cleaned = (" ".join(form.strip(' .,*“”"').split()) for form in found)
    return tuple(dict.fromkeys(form for form in cleaned if len(form) >= FORM_LEAST))


def without_forms(text: str) -> str:
    """An entry's TEXT without the phrases that announce its short forms, which are no field
    of it: "*Letters* (hereafter *L*), Leiden" -> "*Letters*, Leiden"."""
    if not (HEREAFTER_ANYWHERE_RE.search(text) or ALIAS_RE.search(text)):
        return text
    text = ALIAS_RE.sub("", HEREAFTER_ANYWHERE_RE.sub("", text))
    return SPACE_BEFORE_MARK_RE.sub(r"\1", text)


def with_listed_forms(context: Context, entries: Iterable[Reference]) -> Context:
    """CONTEXT with the short forms the bibliography's ENTRIES announce among its own."""
    listed = tuple(form for entry in entries for form in forms(entry.text))
    if not listed:
        return context
    return replace(context, hereafter=tuple(dict.fromkeys(context.hereafter + listed)))


def by_listed_form(
    works: Sequence[Work],
    found: dict[str, int | None],
    citations: Sequence[Citation],
    entries: Sequence[Reference],
) -> dict[str, int]:
    """Works no entry matched, without names, whose citations open with the short form one
    entry (and one only) announces: work id -> that entry's place."""
    announced: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        for form in forms(entry.text):
            announced.setdefault(fold(form), []).append(index)
    if not announced:
        return {}
    openings: dict[str, list[str]] = {}
    for citation in citations:
        if citation.work is not None and found.get(citation.work) is None:
            openings.setdefault(citation.work, []).append(fold(citation.text))
    out = {}
    for work in works:
        if found.get(work.id) is not None or work.fields.get("author"):
            continue
        index = _announcing_entry(openings.get(work.id, ()), announced)
        if index is not None:
            out[work.id] = index
    return out


def _announcing_entry(texts: Iterable[str], announced: dict[str, list[int]]) -> int | None:
    """The one entry whose form opens one of TEXTS (folded), else None."""
    for text in texts:
        for form, indexes in announced.items():
            opens = text == form or text.startswith(form + " ")
            if opens and len(indexes) == 1:
                return indexes[0]
    return None
