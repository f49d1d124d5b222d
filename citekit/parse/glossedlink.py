"""A note of running prose that links a word of it cites no page: "Este algoritmo aún tiene un
nombre – [búsqueda binaria](…).", "[Zooniverse](…) is the world's largest platform …".

Web articles link terms in their notes as in their text; the link glosses the term. A note
that points to a page says so: a lead-in ("See …", "Vgl."), the address written out, a title
that the link shows. A note that does none of these, and reads as a sentence (it opens as
prose, holds a verb of prose or runs to a second sentence), is commentary.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.model import Note
from citekit.parse import deferred
from citekit.parse.cues import FIRST_SENTENCE_RE, PROSE_VERBS_RE, TITLE_SMALL_WORDS, is_commentary
from citekit.parse.namecues import prose_opener, word_tokens
from citekit.parse.patterns import LEAD_IN_RE, URL_RE
from citekit.parse.wordtrie import whole_words_re

_TERM_WORDS_MAX = 4  # a linked term: "búsqueda binaria", "Zooniverse"; a title is longer
# a lead-in anywhere in the note points to the page: "…, the results. See the list here."
POINTER_RE = deferred.compile(
    r"(?:^|[\s(])(?:see|cf\.|siehe|vgl\.|voir|véase|vedi|zie)\b", re.IGNORECASE
)


# the author's own voice: "I think", "I’m indebted", "pointing me to", "reminds us"
FIRST_PERSON_RE = whole_words_re(lexicons.words("first_person_words"))
# "I think", "I’m": not the roman numeral of "Article I, Section 8", "Part I of the report"
FIRST_PERSON_I_RE = deferred.compile(
    r"\bI(?:[’'](?:m|ve|d|ll)\b|\s+(?!(?:and|or|of|in|to|the|an?|at|by|for|on|with)\b)[a-z])"
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def glosses_terms(note: Note) -> bool:
    """Is NOTE prose whose links only gloss a term or two of it?"""
    text = note.text
    if not note.links or URL_RE.search(text) or POINTER_RE.search(text) or LEAD_IN_RE.match(text):
        return False
    if any(_shows_title(text[link.start : link.end]) for link in note.links):
        return False  # the link shows a title: the note names the page
    if not is_commentary(text):
        return False
    return (
        prose_opener(word_tokens(text)[:3])
        or PROSE_VERBS_RE.search(text) is not None
        or FIRST_SENTENCE_RE.search(text.rstrip(" .")) is not None
        or _speaks_in_own_voice(text)
    )


def _shows_title(shown: str) -> bool:
    """Does a link's visible text read as a title: more than a term or two, and marked as a
    title (quoted, in italics) or in Title Case? A run of prose linked whole ("according to
    the Neatline forums", "how Davies’s method for re-projecting tiles works") is no title."""
    if len(shown.split()) <= _TERM_WORDS_MAX:
        return False
    if shown.lstrip()[:1] in "*“\"‘'«„":
        return True
    big = [w for w in _WORD_RE.findall(shown) if w.casefold() not in TITLE_SMALL_WORDS]
    return sum(w[0].isupper() for w in big) * 2 > len(big)


def _speaks_in_own_voice(text: str) -> bool:
    """ "Thanks to X for pointing this out!", "I’m indebted to …", "as X reminds us"."""
    return (
        "!" in text
        or FIRST_PERSON_RE.search(text) is not None
        or FIRST_PERSON_I_RE.search(text) is not None
    )
