"""Editors named after the title of the book a reference-list part appears in.

Besides "In NAMES (Eds.), Book" (refbook) and "Book, edited by NAMES" (refbody), lists print
the book's editors after its title with a bare mark: "In Book, eds. Terry Caelli and Dick de
Ridder, 378–86.", "Theories of Memory. Ed. A. C. Collins and M. A. Conway. Hillsdale",
"in Book (R. Chellappa, ed.), pp. 131–157", "(Eds D Armitage, F Berkes) pp. 208–227",
"Progress in Pattern Recognition, Vol. 1, Laveen N. Kanal and Azriel Rosenfeld (Eds.).",
"In Proceedings of …, E. Neuhold, Ed. North-Holland". `take_editors` finds them, puts them
in the fields and gives back the text without them, a sentence's end in their place.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import deferred, names, refpeople, refvancouver

# names inside parentheses with the mark: "(R. Chellappa, ed.)", "(Eds D Armitage, F Berkes)"
PAREN_RE = deferred.compile(
    r"\s*\((?:(?P<before>[A-Z][^()]*?),?\s+(?:[Ee]ds?|[Ee]ditors?)\.?"
    r"|(?:[Ee]ds?|[Ee]ditors?)\.?\s+(?P<after>[A-Z][^();:]*?))\)[.,]?"
)
# a mark after names: " (Eds.)", ", Ed.", " Eds.,", ", editors"; lower-case "ed." only in
# parentheses ("2nd ed.", "Rev. ed." are editions)
MARK_RE = deferred.compile(
    r",?\s+(?:\((?:[Ee]ds?|[Ee]ditors?|Hrsg|Hgg)\.?\)|(?:Eds?\.|Editors?\b|editors?\b))[.,:]?(?!\s*\d)"
)
# a mark before names: ", eds. Terry Caelli", ". Ed. A. C. Collins", ", ed. Julia Barrow"
MARK_FIRST_RE = deferred.compile(r"(?:,\s+(?:[Ee]ds?\.)|\.\s+Eds?\.)\s+(?=[A-Z][\w.'’-]*\s)")
# where names after a mark end: a period after a full word, a comma before a number, "pp."
# or a lower-case word, an opening parenthesis
NAMES_STOP_RE = deferred.compile(
    r"(?<![\s.][A-Z])(?<!^[A-Z])\.(?:\s|$)|,\s*(?=\d|pp?\.|(?!and\b|et\b)[a-z])|\s\(|$"
)
# an editors' mark opening a book's part: "Eds. Names, Book", "Editors: Names, Book", "Hrsg. …"
OPENING_MARK_RE = deferred.compile(
    r"(?:[Ee]ds?\.|[Ee]ditors?:?|[Ee]dited\s+by|Hrsg\.|Hg\.)\s+(?=[A-Z])"
)
EDITION_WORDS = lexicons.words("edition_words")  # "Rev", "Enl": "(Rev. ed.)" is an edition
VENUE_WORDS = lexicons.words("venue_abbreviations") - {"ann"}  # "Proc", "Conf", "Int"
NAME_WORDS = lexicons.words("name_particles") | lexicons.words("join_words") | {"&", "al", "et"}
JOINED_RE = deferred.compile(r"\s(?:and|&)\s")
WORD_END_RE = deferred.compile(r"[^\W\d_]{2}\.$")  # a sentence's end: "Studies."
SENTENCE_END_RE = deferred.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])\.\s")  # no initial's period


def take_editors(rest: str, fields: dict[str, str], *, marked_first: bool = True) -> str:
    """REST without the editors it names after a book's title; they go to fields["editor"]
    unless it has them. `marked_first`: "eds. Names" too (a book title's end, which the
    caller may want to see, is then gone)."""
    finders = (_mark_opening, _in_parentheses, _mark_after) + (
        (_mark_first,) if marked_first else ()
    )
    for find in finders:
        found = find(rest)
        if found is not None:
            people, start, end = found
            fields.setdefault("editor", " and ".join(people))
            after = rest[end:].lstrip(" ,.")
            if start == 0:
                return after  # "Eds. A. Jones & B. Brown, Book": the book follows them
            joint = ", " if after[:1].islower() or after[:1].isdigit() else ". "  # "…, pp. 3–9"
            return f"{rest[:start].rstrip(' ,.')}{joint}{after}".strip(" ,")
    return rest


def _mark_opening(rest: str) -> tuple[list[str], int, int] | None:
    """ "Eds. A. Jones & B. Brown, Book Title": the mark, then the names up to the first comma
    part that is no name (the book's title)."""
    match = OPENING_MARK_RE.match(rest) if rest[:1] in "EeH" else None
    if match is None:
        return None
    parts = rest[match.end() :].split(", ")
    take = 0
    while take < len(parts) - 1 and _names_like(parts[take]) and _name_part(parts[take]):
        take += 1
    block = ", ".join(parts[:take])
    if not block or SENTENCE_END_RE.search(block):
        return None  # "Ed. Alan Brown and Tom Jones. New York: …": MLA's editors, no book after
    return _people(block), 0, match.end() + len(block)


def _name_part(part: str) -> bool:
    """A comma part of names: initials, a join, or a short run of words ("Jess")."""
    return bool(JOINED_RE.search(f" {part} ")) or _initialled(part) or len(part.split()) <= 2


def _in_parentheses(rest: str) -> tuple[list[str], int, int] | None:
    match = PAREN_RE.search(rest)
    if not match:
        return None
    block = match.group("before") or match.group("after")
    if block.strip(" .").casefold() in EDITION_WORDS:
        return None
    return (_people(block), match.start(), match.end()) if _names_like(block) else None


def _mark_first(rest: str) -> tuple[list[str], int, int] | None:
    match = MARK_FIRST_RE.search(rest)
    if not match:
        return None
    after = rest[match.end() :]
    stop = NAMES_STOP_RE.search(after)
    block = after[: stop.start() if stop else len(after)]
    block = block[: _series_end(block)]
    if not _names_like(block):
        return None
    return _people(block), match.start(), match.end() + len(block)


def _mark_after(rest: str) -> tuple[list[str], int, int] | None:
    """ "…, Vol. 1, Laveen N. Kanal and Azriel Rosenfeld (Eds.)": the comma parts before the
    mark that are names; one part unless an "and" joins several or initials follow families."""
    for match in MARK_RE.finditer(rest):
        before = rest[: match.start()]
        if WORD_END_RE.search(before):
            continue  # "Shore Studies. Ed. A. C. Lund": the mark opens the names after it
        sentences = [m.end() for m in SENTENCE_END_RE.finditer(before)]
        opening = max([before.rfind("("), before.rfind(":"), *sentences])
        parts = before[opening + 1 :].split(",")
        block = _names_parts(parts)
        if block:
            return _people(block), match.start() - len(block), match.end()
    return None


def _names_parts(parts: list[str]) -> str:
    """The last comma parts that are names: "Kanal and Rosenfeld"; "Giles, C. L., and Cowan,
    J. D."; "A. Allen, J. Hendler, A. Tate" (every part a name with initials)."""
    take = 1
    while take < len(parts):
        part = parts[-take - 1].strip()
        joined = JOINED_RE.search(",".join(parts[-take:])) is not None
        initials = refpeople.INITIALS_RE.match(part) or refpeople.INITIALS_RE.match(
            parts[-take].strip()
        )
        if not _names_like(part) or not (joined or initials or _initialled(part)):
            break
        take += 1
    block = ",".join(parts[-take:])
    if len(block.split()) < 2 and take < len(parts):
        return ""  # "Lederman, Jess, Editors": a given name alone, its family before it
    return block if _names_like(block) and re.search(r"[^\W\d]{2}", block) else ""


def _initialled(part: str) -> bool:
    """ "A. Tate", "Jacoby G.": a name with an initial, as a list's names are printed."""
    return re.search(r"(?:^|\s)[A-Z]\.", part.strip()) is not None


def _series_end(names: str) -> int:
    """Where "Terry Caelli, Adnan Amin, and Dick de Ridder, ASP Conf." ends: the names run to
    the last part an "and" joins; without one, to the first comma, or over the parts that
    are families with initials."""
    parts = names.split(", ")
    joined = [i for i, p in enumerate(parts) if JOINED_RE.search(f" {p}")]
    last = joined[-1] if joined else 0
    while not joined and last + 1 < len(parts) and _family_initials(parts[last + 1]):
        last += 1  # "eds. Feretti L., Gioia I.M., Giovannini G., ASSL": names with initials
    return len(", ".join(parts[: last + 1]))


def _family_initials(part: str) -> bool:
    """ "Gioia I.M.", "Barnes J.": a family name and its initials, as astronomy prints them."""
    return re.fullmatch(r"[A-Z][\w'’-]+\s(?:[A-Z]\.-?)+", part.strip()) is not None


def _names_like(block: str) -> bool:
    words = block.replace(";", " ").replace(",", " ").split()
    return (
        bool(words)
        and all(w[:1].isupper() or w.strip(".").casefold() in NAME_WORDS for w in words)
        and not any(venue_word(w) for w in words)
    )


def venue_word(word: str) -> bool:
    """ "Proc.", "Int.", "Conf.": a venue's abbreviated word, no name's (an initial is one
    letter; "Ann." is the venue's word only after another: "Ann. Phys.")."""
    return len(word) > 3 and word.endswith(".") and word[:-1].casefold() in VENUE_WORDS


def _people(block: str) -> list[str]:
    block = block.strip(" ,")
    if not re.search(r"\b[A-Z]\.$", block):
        block = block.rstrip(".")  # "Birk A." keeps its initial's period
    others = refvancouver.ET_AL_RE.search(block) is not None
    block = refvancouver.ET_AL_RE.sub("", block)
    parts = [p.strip() for p in refpeople.JOIN_RE.split(block) for p in p.split(",")]
    inverted = any(refpeople.INITIALS_RE.match(p) for p in parts[1:] if p)
    if inverted or ";" in block:
        people = refpeople.split_people(block, inverted=True, first=False)
    else:
        people = [
            names.to_family_given(p)
            for p in refpeople.JOIN_RE.split(block.replace(", ", ";"))
            if p.strip()
        ]
    return people + ["others"] * others


# the book's people named before its italic title, with no mark of editing: "Names, *Book*"
_BOOK_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
NAMES_THEN_ITALIC_RE = deferred.compile(
    rf"^(?P<names>{_BOOK_NAME}(?:,?\s+(?:and|&)\s+{_BOOK_NAME})?)[,.]\s+(?=\*[^*]+\*)"
)


def take_book_people(rest: str, fields: dict[str, str]) -> str:
    """ "in Hallvard Fossheim and Helene Ingierd, *Internet Research Ethics*, Oslo: …": the
    names before the book's title are its people (its authors, as no "(eds)" says otherwise);
    REST after them."""
    named = NAMES_THEN_ITALIC_RE.match(rest)
    if named is None:
        return rest
    fields["bookauthor"] = " and ".join(names.split_names(named.group("names")))
    return rest[named.end() :]
