"""The author block that opens a reference-list entry, as styles print it.

Chicago and MLA invert the first name only ("Craik, F. I. M., and J. C. Rabinowitz."), APA and
Harvard invert every name ("Belliveau, J. W., Kennedy Jr, D. N., & Rosen, B. R. (1991)."),
Vancouver writes "Family INITIALS" ("Williams JM, Colomb GC."), some lists join names with
semicolons. Each comes back as "Family, Given" strings and the text after the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from citekit import lexicons
from citekit.parse import names, uregex
from citekit.parse.prefilter import guarded
from citekit.parse.refvancouver import (
    ET_AL_RE,
    VANCOUVER_BLOCK_RE,
    VANCOUVER_RE,
    vancouver_editors,
)
from citekit.parse.refvancouver import people as _vancouver_people

# a dash standing for the previous entry's authors: "———.", "---,", "______."
SAME_AUTHOR_RE = re.compile(r"^(?:[—–―-]{2,}|_{3,})\s*[.,]?\s*")
# "(1991).", "(2008a),", "(n.d.)." after APA and Harvard names
PAREN_YEAR_RE = re.compile(
    r"\s*\((?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?"  # "(July 1978)"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)(?:,[^)]*)?\)[.,:]?\s+"
)
# "Babb, Florence. 1989. Between Field..." (Chicago author-date)
DOT_YEAR_RE = re.compile(
    r"(?<=[^\W\d_]|\.)[.,]?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.)\.\s+"
)
# a name in direct order: an initial before the family name, "David R. Cheriton", "K. H. Wolf"
DIRECT_NAME_RE = uregex.compile(r"(?:^|\s)[A-Z]\.\s*[A-Z][\w'’-]*[a-z][\w'’-]*$")
# where the names block ends in Chicago/MLA order: a period after a word that is no initial
NAMES_END_RE = uregex.compile(r"(?<![\s.][A-Z])(?<!^[A-Z])(?<!\b(?:Jr|Sr|St|Dr))\.\s+(?=[\W\w])")
# one name ending in an initial, then a plain title: "Scott, James C. Seeing Like a State.",
# "Lincoln, Matthew D. Europop: Historical …"
# ("Stein, Stanley J. Vassouras, a Brazilian …": after a given name and an initial, a word
# and a comma open the title; "McLay, R. Timothy." is an initial and a given name)
ONE_NAME_INITIAL_RE = uregex.compile(
    r"^[^,.]+,\s+(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:[A-Z]\.\s?){1,2}(?=\s*[A-Z][a-z]+[\s:])"
    r"|(?:[A-Z][\w'’-]+\s+){1,2}(?:[A-Z]\.\s?){1,2}(?=\s*[A-Z][a-z]+,\s))"
)
# a title opens: "Smith, J. “Title.”", "J. Tromp, "How to…"", "M. Wolfe, ``Optimizing…''",
# "Bakhtin, Mikhail M. ‘Forms of Time…’" (a single quote before a word), MHRA's 'Title'
TITLE_NEXT_RE = re.compile(r"[.,]?\s+(?=[“\"*«„]|‘(?=[^\W\d_])|``|'[A-Z])")
EDITOR_MARK_RE = re.compile(
    r"[,\s]*(?:\((?:eds?|Hrsg|dir|coord)\.?\)|\b(?:eds?|editors?|Hrsg|dir|comp|comps)\.?)\s*$",
    re.IGNORECASE,
)
ET_AL_LEAD_RE = re.compile(r"^et\s+al\.?,?\s+")  # left after the names: "Lee J. et al., …"
# names closed by an editors' mark, as the editors of a book open its entry: "A. Elmagarmid,
# editor. Transaction …", "M. C. Ferris and J.-S. Pang (editors). …", "Grinblatt, A., ed. …"
# (behind its words, "ed", "dir" …: the lazy names are tried at every length up to 200)
EDITORS_HEAD_RE = guarded(
    uregex.compile(
        r"^(?P<names>[^()\d:;“”\"*«]{3,200}?)(?:,\s*|\s+)"
        r"(?:\((?:eds?|editors?|Hrsg|Hgg|éds?|dir)\.?\)|(?:eds?\.|editors?)(?=[.,:]?\s))[.,:]?\s+",
        re.IGNORECASE,
    ),
    shortest=2,
)
# a year after names with no period, then the title: " 1976 Directions", " 1988 [1964]. “The"
BARE_YEAR_RE = re.compile(
    r"(?<=[^\W\d_]|\.)\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:\s+\[(?:1[5-9]|20)\d\d\]\.?)?\s+"
    r"(?=[A-Z“\"‘«])"
)
WORD_END_RE = re.compile(r"[^\W\d_]{2}\.$")  # a sentence's end: "Crossings."
# what a match of DOT_YEAR_RE and of BARE_YEAR_RE holds: the year and what follows it. Both
# open with a look-behind, so the engine tries them at every position of a note; these open
# with a digit and are looked for first (most notes have no year so placed)
YEAR_DOT_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\.\s|n\.\s?d\.\.\s")  # "1989. ", "n.d.. "
YEAR_SPACE_RE = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?\s")  # "1976 "
# one inverted name, its given names ending with an initial, then a word: "Lincoln, Matthew D.
# Europop: Historical …" is the name, then a title's first word before its colon
INVERTED_THEN_WORD_RE = re.compile(r"^[A-Z][\w'’-]+,\s(?:[A-Z][\w'’-]+\s)+[A-Z]\.\s[A-Z][\w'’-]+$")
COLON_HEAD_RE = uregex.compile(r"^(?P<names>[^:;“”\"*«()\d]{3,200}?):\s+")  # "Lee, L.: Title"
MAX_COLON_WORDS = 30
# the end of a name: Vancouver's initials ("Meyers W") or a family after an initial ("J. Lund")
NAME_END_RE = uregex.compile(r"(?:^|\s)[A-Z]{1,2}\.?$|(?:^|\s)[A-Z]\.\s*[A-Z][\w'’-]+$")
PERIOD_INITIALS_RE = re.compile(r"^(?:and\s+|&\s+)?(?:[A-Z]\.[\s-]?){1,4}$")  # "A.", "J. D."
SURE_NAMES_RE = re.compile(r"(?:^|\s)[A-Z]{1,2}\.?(?:,|$|\s)|,|\s(?:and|&)\s")  # "Lee J", "Lee, L."
# a name with another in parentheses: "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches).",
# "Esty, Joshua (Jed).", "Anon (probably August Klingemann)."
ALIAS_RE = uregex.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:,\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)?)"
    r"\s\((?P<alias>(?=[^()]*[^\W\d_]{3})[^()\d]{2,60})\)(?=[.,])"  # words, no date
)
# a film's director after its title (MLA): "A Civil Action. Dir. Steven Zaillian."
FILM_ROLE_RE = re.compile(r"^(?:Dir\.|Directed\s+by)\s")
# a year, its letter and a comma or colon opening what follows the names: "2004b, MNRAS"
COMMA_YEAR_RE = re.compile(r"^(?P<year>(?:1[5-9]|20)\d\d)[a-z]?[,:]\s+")
LEAD_YEAR_RE = re.compile(r"^\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?[.,]?\s+")  # "2003, Title"
NAME_WORDS = lexicons.words("name_particles") | lexicons.words("join_words") | {"&", "al"}
EDITION_WORD_RE = re.compile(r"\b(?:Rev|Revised|New|Enl|Repr)\.?$", re.IGNORECASE)  # "Rev. ed."
# names in direct order with initials, as computing lists print them: "M. Kitsuregawa, H.
# Tanaka, and T. Moto-oka." or "A. Bookstein and S. T. Klein, Detecting …"
_INITIALS = r"(?:[A-Z]-[A-Z]\.|[A-Z]\.(?:\s?-?[A-Z]\.)*)"  # "J. D.", "J.-L.", "J-L."
_PARTICLE = r"(?:van|von|de|der|den|da|di|la|le|du|del|dos|das)"
# "J. D. Smith", "B. van der Pol", "U. Nunes da Rocha" (a family name of two joined by a particle)
_JOINED_FAMILY = rf"(?:\s{_PARTICLE}(?:\s{_PARTICLE})?\s[A-Z][\w'’-]+)?"  # " da Rocha"
_DNAME = rf"{_INITIALS}\s?(?:{_PARTICLE}\s)*[A-Z][\w'’-]+{_JOINED_FAMILY}"
DIRECT_RE = uregex.compile(
    rf"^(?P<names>{_DNAME}(?:,\s+{_DNAME})*(?:,?\s+(?:and|&)\s+{_DNAME})?(?:,?\s+et\s+al\.?)?)"
    r"(?P<end>[,.])\s+"
)
# names inverted, each with initials only, closed by a comma before the title: "Card, S. K.,
# Robertson, G. G., Mackinlay, J. D., The Information …", "Ferrière L., Koeberl C., and Mader D.,"
_FAMILY = r"(?:(?!and\s)[a-z]+\s){0,2}[A-Z][\w'’-]+(?:\s(?:Jr|Sr)\.?)?"
_INAME = rf"{_FAMILY}(?:,\s*|\s+){_INITIALS}"
INVERTED_LIST_RE = uregex.compile(
    rf"^(?P<names>{_INAME}(?:(?:,\s*|\s*;\s*|,?\s+(?:and|&|et)\s+){_INAME})*(?:,?\s+et\s+al\.)?)"
    # a comma, or the last initial's period before a word that no comma or "and" follows
    r"(?P<end>,\s+|(?<=[,\s.][A-Z]\.)\s+(?=[A-Z][\w'’-]*[a-z])(?![A-Z][\w'’-]+(?:,|\s+and\s)))"
    r"(?!(?:and|&)\s|et\s+al\b|[A-Z]\.|[A-Z][\w'’-]+,\s*[A-Z]\.)"  # no name follows
)
# names in direct order, given names written out, before a comma or period and the title:
# "Barry Lund, Digital …", "Albert R. Meyer and Mitchell Wand. Continuation …"
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|la|le|du|del)\s+)*"
_FULL = rf"(?:[A-Z][\w'’-]*\s+|[A-Z]\.\s*){{1,3}}{_PARTICLES}[A-Z][\w'’-]+(?:,?\s+(?:Jr|Sr)\.?)?"
FULL_DIRECT_RE = uregex.compile(
    rf"^(?P<names>{_FULL}(?:,\s+{_FULL})*(?:,?\s+(?:and|&)\s+{_FULL})?)(?P<end>[,.])\s+"
    r"(?=[A-Z“\"‘«`])(?![A-Z][\w'’-]+(?:\s[A-Z]\.)*\.\s)"  # "Van Seters, John. …": inverted
)
JOIN_NEXT_RE = re.compile(r"(?:&|and|et)\s+(?!al\b)[A-Z]")  # "& Prijatel P.": another name
NAME_GOES_ON_RE = re.compile(r"[A-Z][\w'’-]+(?:,|\s+and\s)")  # "Wittie, …", "Meyer and …"
# one word closed by a period after "Given I.": the family name ("Gunter M. Ziegler. Title")
# ("Ziegler G. Polytopes. Berlin: Springer; 1995." is Vancouver's: an imprint follows the word)
FAMILY_SENTENCE_RE = re.compile(
    r"(?:[a-z]+\s)?[A-Z][\w'’-]*[a-z][\w'’-]*\.\s+(?![^.:]{2,40}:\s)(?=\S)"
)
TITLE_WORDS = lexicons.words("title_stopwords") - lexicons.words("join_words")
# a comma part that opens with an English article opens a title, no name ("A." is an initial)
ARTICLE_PART_RE = re.compile(r"(?<=[^\W\d_]),\s+(?=(?:The|An|A)\s+[^\W\d_])")
# words a names block may hold in lower case: particles ("van"), joins, a body's short words
SMALL_WORDS = (
    lexicons.words("title_stopwords")
    | lexicons.words("name_particles")
    | lexicons.words("join_words")
    | {"et", "al", "eds", "ed", "jr", "sr"}
)
INITIALS_RE = uregex.compile(r"^(?:[A-Z]\.?[\s-]?){1,4}$")  # "J. W.", "JM", "F.", "J.-P."
INITIAL_RE = re.compile(r"^[A-Z]\.,?$")  # one initial with its period: "A.", "J.,"
SUFFIX_RE = re.compile(r"(?:Jr|Sr|III|II|IV)\.?")  # a name's suffix, a comma part of its own
# "and", "&", ";" and other languages' "und", "et" (never "et al.") between names; "e", "y"
# only before a whole name ("Feiner e Magnus Löhrer"): "Ortega y Gasset" is one family name
JOIN_RE = re.compile(
    r"\s*(?:,\s*)?(?:\b(?:and|und|et(?!\s+al\b))\b|\b[ey](?=\s+[A-Z][\w'’.-]*\s+(?:[a-z]+\s+)?[A-Z])"
    r"|&|;)\s*"
)


@dataclass(frozen=True, slots=True)
class Head:
    """The names at the start of an entry, their role, the year if it follows them, the rest."""

    people: tuple[str, ...]
    role: str  # "author" | "editor"
    year: str | None
    rest: str
    comma: bool = False  # the names end at a comma, as a title does after them (no period)


def read_head(text: str, previous: Head | None = None) -> Head:
    """Split off the names (and a year printed right after them) from an entry's text."""
    dash = SAME_AUTHOR_RE.match(text)
    if dash and previous is not None:
        return _after_dash(text[dash.end() :], previous)
    alias = ALIAS_RE.match(text)
    if alias and not EDITOR_MARK_RE.search(f"({alias.group('alias')})"):
        text = alias.group("name") + text[alias.end() :]  # the rest is the same text's end
    finders = (
        _paren_year,
        _vancouver,
        _dot_year,
        _bare_year,
        _editors_head,
        _colon_head,
        direct_head,
        _inverted_list,
        _full_names,
        _plain,
    )
    for finder in finders:
        head = finder(text)
        if head is not None and FILM_ROLE_RE.match(head.rest):
            break  # "The Arrival. Dir. David Twohy.": MLA's film, its title first
        if head is not None:
            return _year_after(_et_al_after(head))
    return Head((), "author", None, text)


def _et_al_after(head: Head) -> Head:
    """ "Benecke G. et al., J. Appl. Cryst.": "et al." after the names' period is theirs."""
    match = ET_AL_LEAD_RE.match(head.rest) if head.people else None
    if match is None:
        return head
    people = head.people if "others" in head.people else (*head.people, "others")
    return replace(head, people=people, rest=head.rest[match.end() :])


def _year_after(head: Head) -> Head:
    """ "Ascasibar Y., Markevitch M., 2006, ApJ, 650, 102", "Liu, W.F., 2002, Savings …":
    the year after the names' comma (astronomy's and economics' lists); a comma after it
    ends the title too."""
    year = COMMA_YEAR_RE.match(head.rest) if head.people and head.year is None else None
    if year is None:
        return head
    rest = head.rest[year.end() :]
    return replace(head, year=year.group("year"), rest=rest, comma=year.group().rstrip()[-1] == ",")


def _after_dash(rest: str, previous: Head) -> Head:
    paren = PAREN_YEAR_RE.match(" " + rest)
    dot = DOT_YEAR_RE.match("a. " + rest, 1)  # "———. 1820. Robin Hood": read as after a word
    year, start = (paren, paren.end() - 1) if paren else (dot, dot.end() - 3 if dot else 0)
    if year:
        return Head(previous.people, previous.role, year.group("year"), rest[start:].lstrip(" .,"))
    return Head(previous.people, previous.role, None, rest)


def _paren_year(text: str) -> Head | None:
    match = PAREN_YEAR_RE.search(text[:400])
    if not match or _has_title_marks(text[: match.start()]) or _worded(text[: match.start()]):
        return None
    return _head(text[: match.start()], match.group("year"), text[match.end() :], inverted=True)


def _worded(block: str) -> bool:
    """ "Good chemistry. (1996)": a title's lower-case words before the year, no names (a
    body's name holds only short words in lower case: "Alliance for Excellent Education")."""
    words = (w.strip(",.;:&") for w in block.split())
    return any(w[:1].islower() and w.casefold() not in SMALL_WORDS for w in words if w)


def _dot_year(text: str) -> Head | None:
    match = DOT_YEAR_RE.search(text[:400]) if YEAR_DOT_RE.search(text, 0, 400) else None
    if not match or _has_title_marks(text[: match.start()]) or match.start() < 2:
        return None
    block = text[: match.start()]
    initial = ONE_NAME_INITIAL_RE.match(block + " ")
    if initial and initial.end() < len(block):
        return None  # "Klosinski, Lee E. Meals in Mark. 1988.": a title before the year
    if NAMES_END_RE.search(block + " x") and NAMES_END_RE.search(block + " x").end() < len(block):
        return None  # a period inside: a title, not names
    return _head(block, match.group("year"), text[match.end() :], inverted=False)


def _bare_year(text: str) -> Head | None:
    """ "Anderson, Robert C. 1976 Directions of a Town.", "Barthes, Roland 1988 [1964].":
    the year after the names with no period (American anthropology's style)."""
    match = BARE_YEAR_RE.search(text[:300]) if YEAR_SPACE_RE.search(text, 0, 300) else None
    if not match or not _names_block(text[: match.start()].strip(" ,")):
        return None
    sentence = NAMES_END_RE.search(text[: match.start()] + " x")
    if (sentence and sentence.end() <= match.start()) or WORD_END_RE.search(text[: match.start()]):
        return None  # "Smith, John. Harbour Lights 1990 …", "Oduya, T. Crossings. 1988.": a title
    return _head(text[: match.start()], match.group("year"), text[match.end() :], inverted=False)


def _vancouver(text: str) -> Head | None:
    editors = vancouver_editors(text)
    if editors:
        return Head(editors[0], "editor", None, editors[1])
    match = VANCOUVER_RE.match(text)
    if not match or JOIN_NEXT_RE.match(text, match.end()):
        return None  # "Johnson S. & Prijatel P., 2013.": the names go on after the period
    single = re.search(r"\s[A-Z]$", match.group("names"))  # "Larry D", never "Freedman DN"
    goes_on = NAME_GOES_ON_RE.match(text, match.end()) or FAMILY_SENTENCE_RE.match(
        text, match.end()
    )
    if single and goes_on and FULL_DIRECT_RE.match(text):
        return None  # "Larry D. Wittie, Gudjun …": a given name and initial, not "Family I."
    return Head(_vancouver_people(match.group("names")), "author", None, text[match.end() :])


def _editors_head(text: str) -> Head | None:
    """ "L Douglas Kiel, Euel W Elliott (ed.), Chaos Theory …": the names are the editors'."""
    match = EDITORS_HEAD_RE.match(text)
    block = match.group("names").strip(" ,") if match else ""
    if not _names_block(block):
        return None
    rest = text[match.end() :]
    year = LEAD_YEAR_RE.match(rest)
    # "(ed.), Chaos Theory …, University …": after a comma, a comma ends the title too
    comma = (match.group() + (year.group() if year else "")).rstrip().endswith(",")
    return Head(
        tuple(_editor_people(block)),
        "editor",
        year.group("year") if year else None,
        rest[year.end() if year else 0 :].strip(),
        comma,
    )


def _names_block(block: str) -> bool:
    """Capitalised names and their particles, no title's words, no edition ("Rev. ed.")."""
    words = block.replace(",", " ").split()
    return (
        bool(words)
        and all(w[:1].isupper() or w.strip(".").casefold() in NAME_WORDS for w in words)
        and not any(
            len(w.strip(",.")) > 1 and w.strip(",.").casefold() in TITLE_WORDS for w in words
        )
        and not EDITION_WORD_RE.search(block)
    )


def _colon_head(text: str) -> Head | None:
    """ "White J, Reader A, Beck M: The periodontal …", "Reinermann, H.: Der Sektor …",
    "Boucher, O., Myhre, G., and Myhre, A.: Direct …": names closed by a colon (medical and
    German lists). The block must show it holds names (an initial, an inverted name, several
    names, or a year after the colon) and no sentence ("Smith, John. Harbour Lights: A
    History" opens with a title)."""
    match = COLON_HEAD_RE.match(text)
    block = match.group("names").strip(" ,") if match else ""
    if not _names_block(block) or len(block.split()) > MAX_COLON_WORDS:
        return None
    sentence = NAMES_END_RE.search(block + " x")
    rest = text[match.end() :]
    year = LEAD_YEAR_RE.match(rest)
    if (sentence and sentence.end() <= len(block)) or not (SURE_NAMES_RE.search(block) or year):
        return None  # "Moby Dick: Or, the Whale": two capitalised words are no sure names
    if not _ends_with_name(block) or INVERTED_THEN_WORD_RE.match(block):
        return None  # "Gleick, James, Chaos: Making …": the title's first words before its colon
    vancouver = VANCOUVER_BLOCK_RE.fullmatch(block.rstrip(" ."))
    people = _vancouver_people(block) if vancouver else _editor_people(block)
    return Head(
        tuple(people),
        "author",
        year.group("year") if year else None,
        rest[year.end() if year else 0 :].strip(),
    )


def _ends_with_name(block: str) -> bool:
    """The last comma part of a names block ends a name: initials ("Myhre, A."), a Vancouver
    name ("Meyers W"), a name with an initial ("J. Pedersen"), or the given names of a
    single inverted name ("Behrens, Rudolf")."""
    parts = [p.strip() for p in block.split(",")]
    last = parts[-1]
    if len(parts) == 1 or PERIOD_INITIALS_RE.match(last) or NAME_END_RE.search(last):
        return True
    family = [w for w in parts[0].split() if w[:1].isupper()]  # "Behrens", "van Arragon"
    return (
        len(parts) == 2
        and len(family) == 1
        and len(last.split()) <= 3
        and not JOIN_RE.search(f" {block} ")
    )


def _editor_people(block: str) -> list[str]:
    """ "Giles, C. L., and Cowan, J. D." (inverted), "Mark Keane, Padraig Cunningham, and Ruth
    Byrne" (direct), "Grinblatt, A." (one name inverted)."""
    block = ET_AL_RE.sub("", block)
    parts = block.split(",")
    if any(INITIALS_RE.match(p.strip()) for p in parts[1:]) or ";" in block:
        return split_people(block, inverted=True)
    if len(parts[0].split()) >= 2:
        return [names.to_family_given(p) for p in JOIN_RE.split(block.replace(", ", ";")) if p]
    return split_people(block, inverted=False)


def direct_head(text: str) -> Head | None:
    """ "M. Kitsuregawa, H. Tanaka, and T. Moto-oka. Title…": every name in direct order."""
    match = DIRECT_RE.match(text)
    if not match:
        return None
    block = ET_AL_RE.sub("", match.group("names"))
    people = [names.to_family_given(p) for p in JOIN_RE.split(block.replace(", ", ";")) if p]
    if ET_AL_RE.search(match.group("names")):
        people.append("others")
    comma = match.group("end") == ","
    return Head(tuple(people), "author", None, text[match.end() :].strip(), comma)


def _inverted_list(text: str) -> Head | None:
    """ "Card, S. K., Robertson, G. G., Mackinlay, J. D., The Information Visualizer, …",
    "Geddes, K., Czapor, S., and Labahn, G. Algorithms for …"."""
    match = INVERTED_LIST_RE.match(text)
    if not match:
        return None
    block = re.sub(r"(?:^|\s)(?:and|&|et(?!\s+al\b))\s+", " ", match.group("names"))
    found = re.findall(rf"(?<![\w'’-])({_FAMILY})(?:,\s*|\s+)({_INITIALS})", block)
    people = tuple(f"{family}, {initials}" for family, initials in found)
    people += ("others",) * bool(ET_AL_RE.search(block))  # "Deleers, M., et al., Title"
    comma = match.group("end").startswith(",")
    if not comma and len(people) < 2:
        return None  # "McLay, R. Timothy.": the given name goes on after the initial
    return Head(people, "author", None, text[match.end() :].strip(), comma=comma)


def _full_names(text: str) -> Head | None:
    """ "Barry Lund, Digital …", "Albert R. Meyer and Mitchell Wand. Continuation …": names in
    direct order with given names written out; none may be a title's word."""
    match = FULL_DIRECT_RE.match(text)
    if not match or _title_words(match.group("names")):
        return None
    block = match.group("names")
    people = [names.to_family_given(p) for p in JOIN_RE.split(block.replace(", ", ";")) if p]
    comma = match.group("end") == ","
    return Head(tuple(people), "author", None, text[match.end() :].strip(), comma)


def _title_words(block: str) -> bool:
    """A title's word among the names ("A." is an initial: "Lawrence A. Cunningham")."""
    return any(
        w.strip(",.").casefold() in TITLE_WORDS for w in block.split() if not INITIAL_RE.match(w)
    )


def _plain(text: str) -> Head | None:
    if text[:1] in "“\"*«„‘'":
        return None  # a title first: the work has no author
    match = NAMES_END_RE.search(text[:300])
    initial = ONE_NAME_INITIAL_RE.match(text)
    if initial and (not match or initial.end() < match.start()):
        return _head(initial.group(), None, text[initial.end() :], inverted=False)
    quoted = TITLE_NEXT_RE.search(text[:300])
    if quoted and (not match or quoted.start() < match.start()):
        match = quoted
    if not match:
        return None
    block = text[: match.start() + 1]  # with its period: "James C." keeps the initial's
    article = ARTICLE_PART_RE.search(block)
    if article and all(len(p.split()) > 1 for p in block[: article.start()].split(", ")):
        # "Cristina Rocca, Luigi Provero, The Dead and Their Gifts.": direct-order names end
        # before the title (after inverted ones, "Chiang, Mung, The Power of Networks", a
        # document's short forms may cite the names and title apart: left as they were)
        return _head(block[: article.start()], None, text[article.end() :], inverted=False)
    if len(block.split()) > 30 or _has_title_marks(block) or _worded(block):
        return None
    return _head(block, None, text[match.end() :], inverted=False)


def _head(block: str, year: str | None, rest: str, *, inverted: bool) -> Head:
    block = block.strip(" ,")
    if re.search(r"\s[A-Z]\.\s[A-Z]$", block):
        block += "."  # "Weiler, H. A. 2012.": the year's match took the initial's period
    if not re.search(r"\b[A-Z]\.$", block):
        block = block.rstrip(".")
    role = "editor" if EDITOR_MARK_RE.search(block) else "author"
    block = EDITOR_MARK_RE.sub("", block)
    others = bool(ET_AL_RE.search(block))
    if VANCOUVER_BLOCK_RE.fullmatch(block.strip(" .,")):  # "Sampson P, Hughes AM (2015)"
        return Head(
            _vancouver_people(block),
            role,
            year[:4] if year and year[:1].isdigit() else None,
            rest.strip(),
        )
    people = split_people(ET_AL_RE.sub("", block), inverted=inverted)
    if others:
        people.append("others")
    year = None if year and not year[:1].isdigit() else year
    return Head(tuple(people), role, year[:4] if year else None, rest.strip())


def split_people(block: str, *, inverted: bool, first: bool = True) -> list[str]:
    """ "Craik, F. I. M., and J. C. Rabinowitz" -> ["Craik, F. I. M.", "Rabinowitz, J. C."]."""
    if ";" in block:  # "Harley, J. B.; Woodward, David": every name inverted, one per part
        chunks = [c.strip(" ,") for c in JOIN_RE.split(block) if c.strip(" ,")]
        return [c if "," in c else names.to_family_given(c) for c in chunks]
    parts, after_join = _parts(block)
    if _all_direct(parts):
        return [names.to_family_given(p) for p in parts]  # "John Lafferty, Andrew McCallum, …"
    every = inverted or (len(parts) > 2 and _is_initials(parts[1]) and _is_initials(parts[3:4]))
    out: list[str] = []
    i = 0
    while i < len(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        paired = nxt is not None and i + 1 not in after_join  # "Harry Heffes and David L."
        if paired and ((i == 0 and first) or every) and _given_after(parts[i], nxt):
            out.append(f"{parts[i]}, {nxt}")
            i += 2
            continue
        out.append(names.to_family_given(parts[i]))
        i += 1
    return out


def _all_direct(parts: list[str]) -> bool:
    """Three or more names, each of two or more words and no initials alone: written in
    direct order, whatever the style inverts ("John Lafferty, Andrew McCallum, and Fernando
    Pereira. 2001."); two parts may be one inverted name ("García Márquez, Gabriel José")."""
    return len(parts) >= 3 and all(
        len(p.split()) >= 2 and not _is_initials(p) and p[:1].isupper() for p in parts
    )


def _parts(block: str) -> tuple[list[str], set[int]]:
    """The comma-separated parts of a names block, and which of them follow an "and"."""
    parts: list[str] = []
    after_join: set[int] = set()
    for index, chunk in enumerate(JOIN_RE.split(block)):
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        if index and pieces:
            after_join.add(len(parts))
        for piece in pieces:
            if parts and SUFFIX_RE.fullmatch(piece):
                parts[-1] = f"{parts[-1]} {piece}"  # "Pettingill, O. S., Jr.": the name's suffix
            else:
                parts.append(piece)
    return parts, after_join


def _given_after(family: str, given: str) -> bool:
    if DIRECT_NAME_RE.search(family):
        return False  # "David R. Cheriton, Hendrik A. Goosen": a whole name, no family alone
    if _is_initials(given) or given.lower().rstrip(".") in {"jr", "sr"}:
        return True
    return len(given.split()) <= 3 and len(family.split()) <= 3


def _is_initials(part: str | list[str]) -> bool:
    if isinstance(part, list):
        return not part or _is_initials(part[0])
    return bool(INITIALS_RE.match(part.strip()))


def _has_title_marks(block: str) -> bool:
    return any(mark in block for mark in '“”"*«»„:?!') or bool(re.search(r"\d", block))
