"""A note of running prose that links a word of it cites no page: "Este algoritmo aún tiene un
nombre – [búsqueda binaria](…).", "[Zooniverse](…) is the world's largest platform …".

Web articles link terms in their notes as in their text; the link glosses the term. A note
that points to a page says so: a lead-in ("See …", "Vgl."), the address written out, a title
that the link shows. A note that does none of these, and reads as a sentence (it opens as
prose, holds a verb of prose or runs to a second sentence), is commentary.
"""

from __future__ import annotations

import re

from citekit.model import Note
from citekit.parse import deferred
from citekit.parse.cues import FIRST_SENTENCE_RE, PROSE_VERBS_RE, is_commentary
from citekit.parse.namecues import prose_opener, word_tokens
from citekit.parse.patterns import LEAD_IN_RE, URL_RE

_TERM_WORDS_MAX = 4  # a linked term: "búsqueda binaria", "Zooniverse"; a title is longer
# a lead-in anywhere in the note points to the page: "…, the results. See the list here."
POINTER_RE = deferred.compile(
    r"(?:^|[\s(])(?:see|cf\.|siehe|vgl\.|voir|véase|vedi|zie)\b", re.IGNORECASE
)


def glosses_terms(note: Note) -> bool:
    """Is NOTE prose whose links only gloss a term or two of it?"""
    text = note.text
    if not note.links or URL_RE.search(text) or POINTER_RE.search(text) or LEAD_IN_RE.match(text):
        return False
    if any(len(text[link.start : link.end].split()) > _TERM_WORDS_MAX for link in note.links):
        return False  # the link shows a title: the note names the page
    if not is_commentary(text):
        return False
    return (
        prose_opener(word_tokens(text)[:3])
        or PROSE_VERBS_RE.search(text) is not None
        or FIRST_SENTENCE_RE.search(text.rstrip(" .")) is not None
    )
