"""A plain title cut at a full stop or semicolon of its own, its imprint or container after it.

"S. STEINBERG, Le pouvoir féodal au féminin." + "Une évaluation à partir des rôles de ban
(France, XVIe-XVIIe siècle), in Nel Solco di Teodora": italics would have held the title
together; in plain text the sentence after the cut is more of the title when it runs,
with no name of its own, into ", in" and the container's capital. "Gitta Sereny, Cries
Unheard: Why Children Kill" + "The Story of Mary Bell (New York: …, 1999)": a subtitle's
second part after a semicolon, the imprint after it.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import cues, deferred, namecues
from citekit.parse.patterns import LEAD_IN_RE

CONTAINER_WORDS = lexicons.alternation(lexicons.words("container_words"))  # "in", "dans", "w"
# ", in Nel Solco", ", dans « Revue", ", [w:] Księga", ", In: Lima": the container after a title
CONTAINER_AFTER_RE = deferred.compile(rf",\s+\[?{CONTAINER_WORDS}\]?:?\s+[«“\"„]?\s?(?=[^\W\d_])")
TITLE_WORDS_MAX = 40  # the rest of a title; more is prose


def completes(cur: str) -> bool:
    """Does CUR finish the citation whose names and title's first sentence came before it?"""
    return cues.completes_citation(cur) or runs_to_container(cur)


def runs_to_container(cur: str) -> bool:
    """Does CUR carry on a title, opening with no name or lead-in, up to ", in Container"?"""
    if ", " not in cur:
        return False  # the cheap test first: the comma before the container word
    found = CONTAINER_AFTER_RE.search(cur)
    if found is None or not cur[found.end() : found.end() + 1].isupper():
        return False
    head = cur[: found.start()]
    return (
        head[:1].isupper()
        and len(head.split()) <= TITLE_WORDS_MAX
        and LEAD_IN_RE.match(cur) is None
        and not namecues.starts_with_name(cur)
    )


def subtitle_after_semicolon(prev: str, cur: str) -> bool:
    """Is CUR, cut from PREV at a semicolon, the second part of PREV's subtitle ("…: Why
    Children Kill; The Story of Mary Bell (New York, 1999)"), not a second work?"""
    if ": " not in prev or not cur[:1].isupper():
        return False  # the cheap tests first: a subtitle before the cut ("3:92" is a volume's
        # page, no subtitle's colon), a capital after it
    first, _, rest = cur.partition(" ")
    if first.endswith(".") or rest[:1].isdigit():
        return False  # "…, Bamberger theologische Studien ; Bd. 6 (…)": a series' volume
    return (
        cues.unfinished_citation(prev)
        and cues.completes_citation(cur)
        and not namecues.starts_with_name(cur)
        and LEAD_IN_RE.match(cur) is None
    )


# the ellipsis that ends a shortened title, before its pinpoint or at the end: "Land of Ionia.
# Society and economy…, s. 142" (Polish notes), as "cit." ends one elsewhere
ELLIPSIS_END_RE = deferred.compile(r"(?:\.\.\.|…)(?=,|\s*$)")


def ellipsis_end(cur: str) -> re.Match[str] | None:
    """Where a shortened title's closing ellipsis stands in CUR, if it has one."""
    return ELLIPSIS_END_RE.search(cur) if "…" in cur or "..." in cur else None


# the prose's colon, then a family name in capitals: "Как показано в работе: EUSTACE, Sébastien"
COLON_CAPITALS_RE = deferred.compile(r":\s+(?=[^\W\d_a-zà-ÿа-я]{2,}[\w-]*,\s)")


def colon_then_names(text: str) -> bool:
    """Does TEXT end with prose, a colon and names only, as ISO 690 and ABNT notes announce the
    source ("As shown in: SMITH, John"), its title in the next sentence?"""
    if ": " not in text:
        return False  # the cheap test first
    found = list(COLON_CAPITALS_RE.finditer(text))
    return bool(found) and namecues.name_only(text[found[-1].end() :])


PROSE_COLON_REACH = 200  # characters of prose before the colon that announces the source
CONTAINER_SET = frozenset(w.casefold() for w in lexicons.words("container_words"))


def names_after_colon(text: str) -> int | None:
    """Where the words after the first colon of TEXT begin, when prose and not a container
    word ("*in*: SCHMALTZ, Bernhard", the editors of a book) comes before it; else None."""
    colon = text.find(": ", 0, PROSE_COLON_REACH)
    if colon <= 0:
        return None
    before = text[:colon].split()[-1].strip("*[]").casefold()
    return None if before in CONTAINER_SET else colon + 2


# the rest of a journal's name, its volume and dated brackets: "Revista de estudos celtas 1/20
# (2020)", "Annales. Histoire 12 (1999)"
JOURNAL_VOLUME_RE = deferred.compile(
    r"^[^\W\d_][^\d()]{0,100}?\s\d{1,4}(?:[./]\d{1,4})?\s*\((?:1[5-9]|20)\d\d\)"
)
JOURNAL_HEAD_WORDS = 4  # "Brathair", "Ludica", "Annales": a journal's name before its full stop


def journal_runs_on(prev: str, cur: str) -> bool:
    """Is CUR more of the journal PREV began naming after its plain title ("Benoît Grévin,
    L’ars dictaminis et la poésie, Brathair." + "Revista de estudos celtas 1/20 (2020), S. 34")?"""
    if ", " not in prev or JOURNAL_VOLUME_RE.match(cur) is None:
        return False  # the cheap tests first: a segment before the cut, a volume and year after
    head = prev.rsplit(", ", 1)[1]
    return (
        head[:1].isupper()
        and not any(c.isdigit() for c in head)
        and len(head.split()) <= JOURNAL_HEAD_WORDS
        and cues.unfinished_citation(prev)
        and not namecues.starts_with_name(cur)
    )


# an article's quoted title closed by a full stop, then its italic journal, volume and dated
# brackets: the journal's name may look like names ("*Big Data & Society*"), the shape decides
ITALIC_JOURNAL_RE = deferred.compile(
    r"^\*[^*]{2,120}\*,?\s+(?:\d{1,4}(?:[./,]\s?\d{1,4})?\s*\([^():;]*\b(?:1[5-9]|20)\d\d\)"
    r"|\d{1,4}\s?:\s?\d+(?:\s*[-–]\s*\d+)?\s*$)"  # or volume:page alone: "*Behemoth* 1:115"
)
# the same in plain text: "Nature Genetics 43 (August 2011): 1022–25", "Occup. Hyg. 43, no. 4
# (1999)" (no quotation mark, no name list's "and" or comma before the volume's figures)
PLAIN_JOURNAL_RE = deferred.compile(
    r"^[^\W\d_][^\d()“”\"*;:,]{1,120}?\s(?!(?:1[5-9]|20)\d\d\b)\d{1,4},?(?:\s+nos?\.\s*[\w–-]+)?\s*"
    r"\([^():;]*\b(?:1[5-9]|20)\d\d\)(?::\s*\d|[.,]|$)"
)
# or a journal that has accepted the article, which no volume or year dates yet: "*Cultural
# Analytics*, forthcoming", "*Signs* (in press)" (lexicons/unpublished_words.txt)
ITALIC_JOURNAL_PENDING_RE = deferred.compile(
    r"^\*[^*]{2,120}\*,?\s+\(?"
    + lexicons.alternation(lexicons.words("unpublished_words"))
    + r"\)?[.,]?\s*$",
    re.IGNORECASE,
)
QUOTE_CLOSES = ("’", "”", "“", '"', "'")  # "“" closes a German „quotation“


def journal_after_quote(prev: str, cur: str) -> bool:
    """Is CUR the journal of the article whose quoted title PREV closes with a full stop?
    In plain text PREV may also end with the journal's first abbreviation ("“Title,” Ann.")."""
    if prev.rstrip(" .")[-1:] in QUOTE_CLOSES:
        return bool(
            ITALIC_JOURNAL_RE.match(cur)
            or PLAIN_JOURNAL_RE.match(cur)
            or ITALIC_JOURNAL_PENDING_RE.match(cur)
        )
    if prev.rfind("“") > prev.rfind("”"):  # the cut took the full stop and its closing mark
        return bool(PLAIN_JOURNAL_RE.match(cur) or ITALIC_JOURNAL_PENDING_RE.match(cur))
    head = prev.rstrip(" .")
    close = max(head.rfind(q) for q in QUOTE_CLOSES)
    tail = head[close + 1 :].strip(" ,") if close > 0 else ""
    return (
        0 < len(tail.split()) <= JOURNAL_HEAD_WORDS
        and tail[:1].isupper()
        and not any(c.isdigit() for c in tail)
        and PLAIN_JOURNAL_RE.match(cur) is not None
    )
