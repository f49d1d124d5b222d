"""Prose between a join word and the source it brings in:

    …, Speculum 65 (1990): 1–10, und jüngst für den Kontext religiöser Literatur Liv Ingeborg
    Lied und Hugo Lundhaug, „Studying Snapshots …“, in …, 1–19
    …, 253–342, außerdem zum dokumentarischen Editionsparadigma exemplarisch Elena Pierazzo, „…“

A few words in small letters after the join word say why the next source is cited; the source
starts at its author's names. Only words stand there, a comma between them at most ("…, and
the comments on it, as well as responses such as Mark Gongloff, ‘…’"): no number, no bracket.
"""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import cues, deferred, namecues
from citekit.parse.citestart import citation_start, opens_with_pointed_name
from citekit.parse.names import JOINERS

PROSE_SPAN = 90  # characters of prose a join word may stand before its source
WORDS_ONLY_RE = deferred.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*)*\s+"
)
# the same with commas between the words, and after them ("for a sceptical view, Wolff, …"):
# the source after them must open with a name
WORDS_COMMAS_RE = deferred.compile(
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:,?\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*)*,?\s+"
)
# "der", "the", "la": a capital word after an article is a noun ("der Ostsee"), not a name
ARTICLES = lexicons.words("title_stopwords")
NAME_WORDS = 3  # words of one author's name: "Liv Ingeborg Lied"


def source_after_prose(tail: str) -> int:
    """Where the source starts in TAIL, the text after a join word, when TAIL opens with a few
    words of prose in small letters; 0 when it does not."""
    if not tail[:1].islower():
        return 0
    start = citation_start(tail)
    if not 0 < start <= PROSE_SPAN or not _words_only(tail, start):
        return 0
    return _first_author(tail, start)


def _words_only(tail: str, start: int) -> bool:
    """Only words before START; commas too where a name or an ibid. opens the source there
    ("…, y para la Tierra de Ávila, ibídem, vol. II"; not "… 1904 e i cattolici, in «Rivista
    …»": the container of the same citation)."""
    if WORDS_ONLY_RE.fullmatch(tail[:start]):
        return True
    if not WORDS_COMMAS_RE.fullmatch(tail[:start]):
        return False
    return (
        cues.is_ibid(tail[start:])
        or namecues.starts_with_name(tail[start : start + namecues.NAME_SPAN])
        or opens_with_pointed_name(tail[start:])
    )  # "for the later law, Daube (n 3) 270"


def _first_author(tail: str, start: int) -> int:
    """START moved back over the words of names before it: a given name the start missed
    ("Jane |Roe and Tom Poe"), a co-author a joiner ties to it ("Liv Ingeborg Lied und |Hugo
    Lundhaug"); at most a name's words for each author."""
    words = tail[:start].split()
    taken, group = 0, 1  # the author found at START is a name a joiner may follow
    for place in range(len(words) - 1, -1, -1):
        word = words[place]
        if word.casefold() in JOINERS and group:
            group = 0
        elif group < NAME_WORDS and _name_word(word, words[place - 1] if place else ""):
            group += 1
        else:
            break
        taken += 1
    while taken and words[len(words) - taken].casefold() in JOINERS:
        taken -= 1  # a joiner with no name before it belongs to the prose
    return len(" ".join(words[: len(words) - taken])) + 1 if taken else start


def _name_word(word: str, before: str) -> bool:
    return word[:1].isupper() and namecues.name_token(word) and before.casefold() not in ARTICLES
