"""A note that quotes a passage and then names its source without a full stop between:
'“… consisted mostly of quotations” Anders Winroth, The Making of Gratian’s Decretum (…,
2000), 191', 'Furthermore, “Sicut uetus testamentum … Concordia.” Noonan, ‘Gratian Slept
Here’, p. 165'. In Markdown the title's italics tell the quotation from the source; in plain
text only the quotation's own shape does: prose (mostly lower-case words), where a quoted title
is in title case, then at once a name opening a citation, full or short."""

from __future__ import annotations

import re

from citekit.parse import cues, deferred, namecues
from citekit.parse.patterns import quoted_spans
from citekit.parse.pinpoint import end_pinpoint
from citekit.parse.shortforms import has_short_shape

PROSE_WORDS_MIN = 6  # a quoted title is rarely this long with so few capitals
CAPITALS_SHARE_MAX = 0.4  # title case capitalises most words; prose few
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
GAP_RE = deferred.compile(
    r"\s+"
)  # a quotation, then the name: no comma (a title's: '“T,” Journal')


DIGIT_RE = re.compile(r"\d")


def source_after_quotations(text: str) -> int:
    """Where the source begins when TEXT quotes prose and a citation follows the quotation at
    once ('“… quotations” Anders Winroth, *Title* (…)'); 0 when it does not. Nothing before
    the quotation may cite: the quotation is then the note's own, not a title's."""
    for quote in quoted_spans(text):
        before = text[: quote.start()]
        if cues.has_imprint(before) or DIGIT_RE.search(before):
            return 0  # a citation before it: the quotation may belong to that one
        if not _prose(quote.group()) or before.rstrip().endswith(","):
            continue  # "Demetrio Ferrán Alfín, «Los republicanos …»": the author's title
        gap = GAP_RE.match(text, quote.end())
        if gap is None or quote.group()[:-1].rstrip().endswith(","):
            continue
        start = gap.end()
        rest = text[start:]
        if namecues.starts_with_name(rest) and (
            cues.has_imprint(rest) or has_short_shape(rest) or _names_a_title(rest)
        ):
            return start
        if _titled_source(rest) and _passage(quote.group()):
            return start  # '“…” *The Life of …*, London, 1865, p. 168'
    return 0


TITLE_FIRST_RE = deferred.compile(r"\*[^*]{3,}\*")  # a source that opens with its title in italics


PASSAGE_WORDS_MIN = 25  # a quoted title in sentence case is seldom this long
SENTENCE_INSIDE_RE = re.compile(r"[.!?;]\s+[A-Z]")  # "… confession. The first circle …"


def _passage(quoted: str) -> bool:
    """Is QUOTED a passage, not an article's title in sentence case ('Smith. “A study of
    things.” *Journal* 5')? It holds sentences of its own, or more words than titles have."""
    return (
        bool(SENTENCE_INSIDE_RE.search(quoted)) or len(WORD_RE.findall(quoted)) >= PASSAGE_WORDS_MIN
    )


def _titled_source(rest: str) -> bool:
    """Does REST open with a title in italics and go on to an imprint or a pinpoint ("*The
    Life of …, by Himself*, translated by Knox, London, 1865, p. 168")? The quotation before
    it is the passage that work is cited for (the author named in the title or the prose)."""
    return TITLE_FIRST_RE.match(rest) is not None and (
        cues.has_imprint(rest) or end_pinpoint(rest) is not None
    )


def _names_a_title(rest: str) -> bool:
    """A name, its marked title, a pinpoint at most: "R. L. Stevenson: *Letters*, II 355" (older
    notes give the source so, without imprint). Prose after the quotation scores below it."""
    return cues.has_title(rest) and cues.citation_score(rest) >= CITATION_SCORE_MIN


CITATION_SCORE_MIN = 3  # as cues.is_citation asks of a span with no other cue


def _prose(quoted: str) -> bool:
    """Is QUOTED a passage of prose rather than a title: enough words, few of them capitalised?"""
    words = WORD_RE.findall(quoted)
    if len(words) < PROSE_WORDS_MIN:
        return False
    capitals = sum(1 for w in words[1:] if w[0].isupper())
    return capitals / (len(words) - 1) <= CAPITALS_SHARE_MAX
