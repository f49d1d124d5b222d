"""Where a note joins two citations with a word, not a semicolon ("…, 12 and Jones, …").

Only the places are found here; split.py decides, by reading both sides, whether a place
really parts two citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citekit import lexicons
from citekit.parse import deferred

# " and ", " sowie ", " et ", " oraz ": lexicons/join_words.txt, spaces around, as written; a
# comma may stand before the word ("…, S. 6, sowie Vasari, …", "… (hereafter *LM*), and ECL …"),
# and after it, before a few words of comment ("…, 5–12, and, for a sceptical view, Wolff, …")
JOIN_RE = deferred.compile(
    rf"(?P<comma>,)?\s+(?P<word>{lexicons.alternation(lexicons.words('join_words'))}),?\s+(?=\S)"
)
# "Contrast Gomme 1956: 195 with Hornblower …", "Compare Brown, 240 with S. Lancel, …": "with"
# joins two sources compared (split.py still asks that both sides cite, the second open a source)
WITH_RE = deferred.compile(r"(?P<comma>,)?\s+(?:read\s+)?(?P<word>with)\s+(?=\S)")  # "…, read with"
# the first word of each join word ("as" of "as well as"): JOIN_RE needs one between spaces, as
# a whole word of the span's split (~1 µs), while JOIN_RE tries its list at every space (10-30 µs)
JOIN_OPENERS = frozenset(word.split()[0] for word in lexicons.words("join_words"))
COMMA_OPENERS = frozenset(f"{word}," for word in JOIN_OPENERS)  # "and,": a comment follows
# after a comma, Spanish and French "en" opens a container ("…», en Mercedes Ortiz (coord.), …"),
# also right after a quoted title, the comma inside the quote or none ("“Muros,” en *Estudios*",
# "“Crisis” en *ed.* Werner Bonefeld, …": Chicago notes in Spanish); a Dutch "en" (and) joins two
# citations after a pinpoint, not straight after a chapter's title; so does the Danish,
# Norwegian and Swedish "i" (in) after a comma ("»Kapitel«, i Claus Bjørn (red.): *Bog*"),
# where Catalan and Polish "i" (and) take no comma before it; the Czech and Slovak "a" (and)
# takes none either, and after a closing quote it is the article of a title's next words
# ("‚Placing' a Maritime Territory …", "“Europe” a Evropa")
NOT_AFTER_COMMA = frozenset({"a", "en", "i"})
QUOTE_ENDS = ("”", '"', "’", "»", "«")  # "«" closes the Danish and German »Titel«
# ", 2015, et José Luis García (éd.), *Rey* …, 2017": a bare year before ", et" ends an imprint in
# a list of books that one title names (a review's), not a citation with its pinpoint
YEAR_END_RE = deferred.compile(r",\s*(?:1[5-9]|20)\d\d$")
# a page numbered in small roman numerals, as prefaces are: "xi", "lxxiv" (never empty)
ROMAN_PAGE = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
# what a finished citation ends with: a pinpoint or year (arabic or a preface's roman), a
# bracket, a closing quote or emphasis, a URL (bare or in "<>"), or a back-reference word
# ("op. cit.", "ibid", "a.a.O.")
BACKREF_WORDS = lexicons.alternation({*lexicons.words("ibid_words"), "cit", "cyt", "o"})
CITATION_END_RE = deferred.compile(
    rf"(?:\d[a-z]?|[)\]>*”’»\"'/]|(?<!\w)(?i:{BACKREF_WORDS}|passim|ff|f|sq|sqq)\.?"
    rf"|(?<=[\s–-]){ROMAN_PAGE}"  # a preface's page: "…, op. cit., lxxiv, and see …"
    r"|(?:https?://|www\.)[^\s<>]*[\w/])$"
)


def join_points(
    span: str, mask: bytes, finished: Callable[[str, str], bool] | None = None
) -> list[re.Match[str]]:
    """The join words of SPAN outside titles and brackets (MASK) that follow a finished
    citation, in order. FINISHED(head, rest): whether a head that ends otherwise is one all the
    same (a known work's short form: "Roch: Die kaiserzeitliche Münzprägung Milets sowie …")."""
    words = span.split()
    compared = "with" in words
    if not compared and not has_join_word(words):
        return []
    found = list(JOIN_RE.finditer(span))
    if compared:
        found = sorted([*found, *WITH_RE.finditer(span)], key=lambda m: m.start())
    return [
        match
        for match in found
        if not mask[match.start()]
        and (
            CITATION_END_RE.search(span, 0, match.start())
            or (finished is not None and finished(span[: match.start()], span[match.start() :]))
        )
        and not _not_after_comma(span[: match.start()], match)
    ]


def has_join_word(words: list[str]) -> bool:
    """Is one of WORDS (a span's split) a join word, alone or with a comma after it ("and,")?
    The cheap test before JOIN_RE: two set tests, no loop over the words."""
    return not (JOIN_OPENERS.isdisjoint(words) and COMMA_OPENERS.isdisjoint(words))


def _not_after_comma(head: str, match: re.Match[str]) -> bool:
    """Does the comma before the join word leave the parts together?"""
    if match.group("comma"):
        return (
            match.group("word").casefold() in NOT_AFTER_COMMA
            or YEAR_END_RE.search(head) is not None
        )
    return head.endswith(QUOTE_ENDS) and match.group("word").casefold() in NOT_AFTER_COMMA
