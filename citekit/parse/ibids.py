"""Where an ibid. opens inside a span of commentary: "see also ibid.", "si veda *ibid.*",
"discussed in ibid 43", "Jak pokazuje Tamże". The ibid words are lexicons/ibid_words.txt."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import uregex
from citekit.parse.patterns import IBID_WORDS
from citekit.parse.prefilter import folded

# "see also ibid.", "si veda *ibid.*", "discussed in ibid 43", "zob. tamże": a lead word
# inside commentary, then an ibid word (lexicons/ibid_words.txt) that opens the citation;
# in italics it is the whole emphasis ("*ibid.*"), not the first word of a title
INNER_IBID_RE = uregex.compile(
    r"(?i:(?<!\w)(?:see|voir|vgl\.|cf\.|cfr\.|siehe|véase|zie|si\s+veda|vedi|zob\.|por\.|ver|vide"
    r"|см\.|ср\.|in|dans|en|nel|in:)(?:\s+(?:also|aussi|toutefois|auch|ook|anche|też|także|также))?)"
    rf"[:,]?\s+(?=(?P<star>\*)?(?i:{IBID_WORDS})(?!\w)\.?(?(star)\*))"
)


# prose, then an ibid word (three letters or more: no "id", no "ib") that ends the span or
# goes on with a pinpoint or a join: "The standard account is ibid", "Jak pokazuje Tamże"
LONG_IBID_WORDS = lexicons.alternation(w for w in lexicons.words("ibid_words") if len(w) >= 3)
PROSE_IBID_RE = uregex.compile(
    rf"(?<=\s)(?=(?P<star>\*)?(?i:{LONG_IBID_WORDS})\b\.?(?(star)\*)"
    r"(?:$|[,;:]|\s+(?:\d|[pPsS]\.|pp\.|С\.|с\.)|\s+(?:and|et|e|y|i|oraz|und|sowie|en)\s))"
)


# Bluebook's "Id." after prose, with no italics to mark it: capitalised, then its pinpoint
# ("The standard account is Id. at 39") or nothing; "id" alone is too common a word
PROSE_ID_RE = uregex.compile(r"(?<=\s)(?=\*?Id\.\*?(?:\s+at\s+\d|\s*$|[,;]))")


# every match of the three patterns holds an ibid word ("там" of "там же"), folded as the engine
# folds: a text without one is answered at once, as each pattern is tried at every position
IBID_OPENERS = tuple(folded(word.split()[0]) for word in lexicons.words("ibid_words"))


# each of the three patterns finds an ibid word after a space, or a space and "*", and ends
# it where no word character follows ("(?!\w)", "\b", "Id."): "Ibid., p. 4" and "… Party
# Ideology" hold none. Looked for in the folded text: folding keeps each character's place and
# makes no character a word character that was not one (iota's fold, U+0345, is not one)
# (longest first; words of one length in a fixed order, so that every run writes the same
# pattern, which patterncache then finds compiled)
OPENS_AFTER_SPACE_RE = re.compile(
    r"\s\*?(?:"
    + "|".join(map(re.escape, sorted(IBID_OPENERS, key=lambda word: (-len(word), word))))
    + r")(?!\w)"
)


@lru_cache(maxsize=1024)  # the splitter asks twice of each span
def inner_ibid(text: str) -> int | None:
    """Where an ibid. after a lead word or a clause of prose begins, if one does."""
    if not _opens_after_space(folded(text)):
        return None
    found = INNER_IBID_RE.search(text) or PROSE_IBID_RE.search(text) or PROSE_ID_RE.search(text)
    return found.end() if found else None


def _opens_after_space(low: str) -> bool:
    """Does an ibid word stand whole after a space, or a space and "*", in LOW (a folded text)?"""
    return OPENS_AFTER_SPACE_RE.search(low) is not None
