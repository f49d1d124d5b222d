"""The book a reference-list part appears in: its editors before it, and where its title ends.

"In D. S. Touretzky, editor, Neural Information …", "In Giles, C. L., and Cowan, J. D.,
editors, Advances …", "In Dale, R.; Mellish, C.; and Zock, M., eds., Current Research …",
"In: H. Eyferth, H. U. Otto (Hrsg.) Handbuch …", "in G.R. Evans and Martyn Percy (eds.),
Managing …": the names first, then a mark. The book's title then runs over its sentences
("The dialogical self in psychotherapy. An Introduction.") up to the imprint, the pages, a
volume, a publisher ("Logic and Data Bases, Plenum Press, New York, 1978") or an imprint in
parentheses ("(New York: Norton, 1995)"); the period of an abbreviation ("In Proc. Intl.
Joint Conf. Art. Intell., pages …") ends nothing.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, localeterms, uregex
from citekit.parse.imprint import MONTH_NUMBERS, PUBLISHER_WORDS_RE
from citekit.parse.imprintorder import only_place
from citekit.parse.places import is_whole_place
from citekit.parse.refeditors import venue_word

# names then an editors' mark: ", editor,", ", eds.,", " (Eds.),", " (Hgg.):", " (éd.),"
# (a mark then a comma: "In Book, eds. Names" names the book first)
# (the marks in brackets: lexicons/editor_marks, "(a cura di)", "(red.)", "(org.)", "(Hg.)")
PAREN_MARKS = {m.rstrip(".") for m in localeterms.EDITOR_MARKS} | {"editors", "editor"}
EDITORS_MARK_RE = uregex.compile(
    rf"^(?P<names>[^()\d]{{3,200}}?)(?:,?\s+\((?i:{lexicons.alternation(PAREN_MARKS)})\.?\)"
    r"[,.:]?|,\s+(?:[Ee]ditors?|[Ee]ds?\.?)[,:]|,\s+(?:[Ee]ds?|[Ee]ditors?)\.(?=\s[A-Z]))\s+"
)
# names that a period after their mark may close ("C. Jones and D. Smith, eds. Book"): an
# initial before a name among them, and no name after the mark, so that "In Book Title,
# eds. Terry Caelli, …" and "…, eds. Jacoby G. and …" name the book first
NAMED_RE = deferred.compile(r"\b[A-Z]\.\s?[A-Z]")
NAME_NEXT_RE = deferred.compile(r"[A-Z]\.\s|[A-Z][\w'’-]+\s(?:[A-Z]\.|[A-Z][\w'’-]+,)")
LOWER_START_RE = deferred.compile(r"(?!pp?\b|s\b)[a-z]")  # "and Rome", not "pp. 3" or "s. 3"
MAX_IMPRINT_PARTS = 3  # "Köppe, Cologne, pp. 37-82": publisher, place, numbers
NAME_WORDS = lexicons.words("name_particles") | lexicons.words("join_words") | {"&", "al"}
# where a book's title may end: a sentence, "edited by", pages, a volume, a date, an imprint
# in parentheses, a publisher after a comma
END_RE = deferred.compile(
    r"(?P<sentence>\.\s)|,\s*(?:edited|eds?\.)\s|,\s*(?:pp?\.|pages\b|[Vv]ol\.|volume\s+\d+\s+of\b)"
    r"|,\s*(?:[A-Z][a-z]+\.?\s)?(?:1[5-9]|20)\d\d\b|,\s*(?=Lecture\s+Notes\b|LNCS\b)"
    r"|\s\((?=[^()]*(?::\s[^()]*\d{4}\)|\b(?:eds?|pp?|S|Aufl|[Vv]ols?|edn)\.|[Ee]dition\b))"
    r"|,\s(?=[^,.()]{0,40}?(?P<publisher>" + PUBLISHER_WORDS_RE.pattern + r"))"
    # a publisher and year in parentheses, "(Cambridge University Press, 2004)"; pages in
    # parentheses, "(45–67)"; a volume and its pages, ", 1: 807–944"; "Volume 30" (not
    # "Volume 3: 1872–1878", a title's part and its own subtitle)
    r"|\s\((?=[^()]*" + PUBLISHER_WORDS_RE.pattern + r"[^()]*(?:1[5-9]|20)\d\d\))"
    r"|\s\((?=(?:pp?\.\s*)?\d+\s*[–-]\s*\d+\))|,\s*\d+:\s*\d|,?\s+[Vv]olume\s+\d+\b(?!:)"
    # bare pages after a comma, "In Proc. ACL, 23-30."
    r"|,\s*(?=\d+\s*[–-]+\s*\d+\b)"
    # where a conference met: ", White Plains, NY", ", Sydney, Australia, July 1991." at the end
    r"|,\s(?=[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.)(?!\w))"
    r"|,\s(?=[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s*[A-Z][\w'’-]+,?\s*"
    r"(?:[A-Z][a-z]+\.?,?\s+)?(?:\d{1,2}(?:[–-]\d{1,2})?,?\s*)?(?:1[5-9]|20)\d\d\.?$)"
)
ABBREVIATION_RE = deferred.compile(
    rf"(?:^|[\s(])(?:{lexicons.alternation(lexicons.words('venue_abbreviations'))}|[A-Z])$",
    re.IGNORECASE,
)
PLACE_PUBLISHER_RE = deferred.compile(r"^[^.,:]{2,40}:\s")  # "New York: Norton"
# a numbered series after the title: "…, new series, v. 14", "Collected Studies Series ; CS 113"
SERIES_RE = deferred.compile(r"\b[Ss]eries\b\s*[,;]?\s*(?:v\b|vol\b|no\b|\d|[A-Z]{1,4}\s?\d)")
INITIAL_RE = deferred.compile(r"(?:^|[\s(])[A-Za-z]$")  # a lone letter before a period: an initial
PAGES_FIRST_RE = deferred.compile(r"(?:pages|pp?\.)\s*\d")  # "Karlsruhe. pages 650-652."
# a sentence that starts the imprint, names people or gives numbers: the title has ended
IMPRINT_RE = deferred.compile(
    r"^[^.]*?:\s|^(?:[Ee]d(?:ited|s)?\.?|[Tt]rans(?:lated)?\.?|[Rr]eprinted)\b|\d"
)


def leading_editors(rest: str) -> tuple[list[str], str] | None:
    """ "D. S. Touretzky, editor, Neural …" -> (names block, "Neural …"), or None."""
    match = EDITORS_MARK_RE.match(rest)
    if not match or not _names_like(match.group("names")):
        return None
    mark = match.group()[match.end("names") :].strip()
    if mark.endswith(".") and "(" not in mark:
        after = rest[match.end() :]
        if not NAMED_RE.search(match.group("names")) or NAME_NEXT_RE.match(after):
            return None
    return match.group("names"), rest[match.end() :]


def _names_like(block: str) -> bool:
    words = block.replace(";", " ").replace(",", " ").split()
    return all(
        (w[:1].isupper() or w.strip(".").casefold() in NAME_WORDS) and not venue_word(w)
        for w in words
    )


def title_end(rest: str) -> int:
    """Where the book's title in REST ends (len(rest) if nowhere)."""
    for match in END_RE.finditer(rest):
        if match.group("sentence") and not _ends_sentence(rest, match.start(), match.end()):
            continue
        end = _place_before(rest, match.start()) if match.group("publisher") else match.start()
        return min(end, _place_end(rest))
    return _place_end(rest)


def _place_before(rest: str, end: int) -> int:
    """ "Book, Paris, Presses universitaires de France, 1985, p. 53-85": the place before
    the publisher is the imprint's too, when it is a place alone and a number follows the
    publisher."""
    start = rest.rfind(", ", 0, end)
    after = rest[end:].lstrip(" ,").split(", ")
    if start < 0 or (len(after) > 1 and not after[1][:1].isdigit()):
        return end  # "…, Austin, MIT Press, Cambridge, Mass.": a meeting's place, then the imprint
    segment = rest[start + 2 : end].strip()
    return start if only_place(segment) or is_whole_place(segment) else end


def _place_end(rest: str) -> int:
    """Where a comma opens an imprint without a colon, a place among its first two parts and
    a number closing it: "Book, Köppe, Cologne, pp. 37-82", "Book, Paris, Inserm, 2002"."""
    for match in re.finditer(r",\s", rest):
        parts = [p.strip(" .") for p in rest[match.end() :].split(", ")]
        if len(parts) > MAX_IMPRINT_PARTS or ":" in rest[match.end() :]:
            continue
        if any(LOWER_START_RE.match(p) for p in parts):
            continue  # "London, Paris, and Rome, pp. 37-82": the title's own places
        dated = parts[-1].split()[0].strip(".").casefold() in MONTH_NUMBERS  # "July 7-10"
        if any(only_place(p) for p in parts[:2]) and re.search(r"\d", parts[-1]) and not dated:
            return match.start()
    return len(rest)


def _ends_sentence(rest: str, stop: int, after: int) -> bool:
    """A period ends the title before an imprint, people or numbers, but not after an
    abbreviation or an initial, nor before a lower-case word, unless "Place: Publisher"
    follows; before a last sentence it does, before a sentence that more follow it does not
    ("Book. An Introduction. London: Sage")."""
    following = rest[after:]
    more = re.search(r"\.\s", following)
    sentence = following[: more.start()] if more else following
    if ABBREVIATION_RE.search(rest[:stop]) or sentence[:1].islower():
        if INITIAL_RE.search(rest[:stop]) and PLACE_PUBLISHER_RE.match(sentence):
            return _named_place(sentence)  # "Charles S. Peirce: A Chronological …": a name
        # (pages after the period: "Processing. pp. 2139-2142", whose "pp." ends no sentence)
        return bool(PLACE_PUBLISHER_RE.match(sentence) or PAGES_FIRST_RE.match(following))
    if IMPRINT_RE.search(sentence) or PUBLISHER_WORDS_RE.search(sentence):
        return True
    if SERIES_RE.search(sentence):
        return True  # "Book. Cambridge Studies in …, new series, v. 14. Press": its series
    if any(only_place(p.strip()) for p in sentence.split(",")[1:]):
        return True  # "Proceedings of … . ACM, New York, pp. 33–56": a publisher, its place
    return more is None


def _named_place(sentence: str) -> bool:
    """ "Boston: Beacon" after an initial's period is an imprint only when a place opens it;
    "Peirce: A Chronological Edition" goes on with the name the initial began."""
    head = sentence.split(":", 1)[0].strip()
    return only_place(head) or is_whole_place(head)
