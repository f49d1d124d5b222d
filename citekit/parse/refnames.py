"""The author block that opens a reference-list entry, as styles print it.

Chicago and MLA invert the first name only ("Craik, F. I. M., and J. C. Rabinowitz."), APA and
Harvard invert every name ("Belliveau, J. W., Kennedy Jr, D. N., & Rosen, B. R. (1991)."),
Vancouver writes "Family INITIALS" ("Williams JM, Colomb GC."), some lists join names with
semicolons. Each comes back as "Family, Given" strings and the text after the block.
"""

from __future__ import annotations

import re

from citekit.parse import deferred, names, uregex
from citekit.parse.invertednames import inverted_people
from citekit.parse.patterns import ABBREVIATIONS
from citekit.parse.prefilter import guarded
from citekit.parse.refheadshapes import (
    bracketed_initials,
    direct_colon,
    leading_year,
    names_comma_year,
    status_for_year,
    year_first,
)
from citekit.parse.refpeople import (
    EDITOR_MARK_RE,
    INITIALS_RE,
    JOIN_RE,
    Head,
    people_head,
    split_people,
)
from citekit.parse.refvancouver import (
    ET_AL_RE,
    VANCOUVER_BLOCK_RE,
    names_match,
    names_people,
    vancouver_editors,
)
from citekit.parse.refvancouver import people as _vancouver_people
from citekit.parse.refyearheads import (
    NAMES_END_RE,
    ONE_NAME_INITIAL_RE,
    TITLE_WORDS,
    after_dash,
    bare_year,
    comma_year,
    dot_year,
    et_al_after,
    has_title_marks,
    names_block,
    paren_year,
    worded,
    year_after,
)
from citekit.parse.slashnames import slash_head

# a dash standing for the previous entry's authors: "———.", "---,", "______."; one dash
# before a comma where a PDF's text kept one of the rule's dashes ("–, 2007: Title."); one em
# dash and a full stop, as a word processor makes of MLA's "---."
SAME_AUTHOR_RE = re.compile(r"^(?:[—–―-]{2,}|_{3,}|[—–―-](?=,)|—(?=\.\s))\s*[.,]?\s*")
# a same-author word opening an entry, with its stop and the colon or comma after it
SAME_AUTHOR_WORD_RE = re.compile(r"^(?P<word>[A-Z][^\W\d_]*)\.?\s?[:,.]\s*")

# a title opens: "Smith, J. “Title.”", "J. Tromp, "How to…"", "M. Wolfe, ``Optimizing…''",
# "Bakhtin, Mikhail M. ‘Forms of Time…’" (a single quote before a word), MHRA's 'Title'
TITLE_NEXT_RE = re.compile(r"[.,]?\s+(?=[“\"*«„]|‘(?=[^\W\d_])|``|'[A-Z])")
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
# MLA's editor after a title, no names' mark: "Nash, J. Plain Songs. Ed. A. Brown." (a word's
# period, then "Ed." with no comma or bracket)
TITLE_THEN_ED_RE = deferred.compile(r"[a-z]{2}\.\s+Eds?\.\s+$")
# one inverted name, its given names ending with an initial, then a word: "Lincoln, Matthew D.
# Europop: Historical …" is the name, then a title's first word before its colon
INVERTED_THEN_WORD_RE = deferred.compile(
    r"^[A-Z][\w'’-]+,\s(?:[A-Z][\w'’-]+\s)+[A-Z]\.\s[A-Z][\w'’-]+$"
)
COLON_HEAD_RE = uregex.compile(r"^(?P<names>[^:;“”\"*«()\d]{3,200}?):\s+")  # "Lee, L.: Title"
MAX_COLON_WORDS = 30
# the end of a name: Vancouver's initials ("Meyers W") or a family after an initial ("J. Lund")
# ("J Pedersen": an initial without its period, as medical lists print it)
NAME_END_RE = uregex.compile(r"(?:^|\s)[A-Z]{1,2}\.?$|(?:^|\s)[A-Z](?:\.\s*|\s)[A-Z][\w'’-]+$")
# initials, then two words: "Gray, J. Transaction Processing: Concepts …" (the title's head;
# a given name after an initial is one word: "Oppenheimer, J. Robert")
INITIALS_THEN_WORDS_RE = deferred.compile(r"^(?:[A-Z]\.\s*)+[A-Z][\w'’-]*\s+\S")
PERIOD_INITIALS_RE = deferred.compile(r"^(?:and\s+|&\s+)?(?:[A-Z]\.[\s-]?){1,4}$")  # "A.", "J. D."
SURE_NAMES_RE = deferred.compile(
    r"(?:^|\s)[A-Z]{1,2}\.?(?:,|$|\s)|,|\s(?:and|&)\s"
)  # "Lee J", "Lee, L."
# a name with another in parentheses: "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches).",
# "Esty, Joshua (Jed).", "Anon (probably August Klingemann)."
ALIAS_RE = uregex.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:,\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)?)"
    r"\s\((?P<alias>(?=[^()]*[^\W\d_]{3})[^()\d]{2,60})\)(?=[.,])"  # words, no date
)
# a film's director after its title (MLA): "A Civil Action. Dir. Steven Zaillian."
FILM_ROLE_RE = re.compile(r"^(?:Dir\.|Directed\s+by)\s")
LEAD_YEAR_RE = deferred.compile(
    r"^\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?[.,]?\s+"
)  # "2003, Title"
# names in direct order with initials, as computing lists print them: "M. Kitsuregawa, H.
# Tanaka, and T. Moto-oka." or "A. Bookstein and S. T. Klein, Detecting …"
_INITIALS = r"(?:[A-Z]-[A-Z]\.|[A-Z]\.(?:\s?-?[A-Z]\.)*)"  # "J. D.", "J.-L.", "J-L."
_PARTICLE = r"(?:van|von|de|der|den|da|di|la|le|du|del|dos|das)"
# "J. D. Smith", "B. van der Pol", "U. Nunes da Rocha" (a family name of two joined by a particle)
_JOINED_FAMILY = rf"(?:\s{_PARTICLE}(?:\s{_PARTICLE})?\s[A-Z][\w'’-]+)?"  # " da Rocha"
_SAINT = r"(?:Ste?\.\s)?"  # "G. E. M. de Ste. Croix": an abbreviated Saint inside the family name
# its particle may be capitalised ("A. El Abbadi", "A. Van Gelder", "J. De Smet")
_DIRECT_CAP_PARTICLE = r"(?:De|Van|Von|Le|La|Du|Di|Da|Del|Della|Des|Dos|Ten|Ter|El|Al)"
_DNAME = (
    rf"{_INITIALS}\s?(?:(?:{_PARTICLE}|{_DIRECT_CAP_PARTICLE})\s)*{_SAINT}[A-Z][\w'’-]+"
    rf"{_JOINED_FAMILY}"
)
# what joins the last name to the others: "and", "&", French and Latin "et" (not "et al.")
_LAST_JOIN = r"(?:and|&|et(?!\s+al\b))"
# a dash between names, as Italian lists print them: "P. Noble - L. Polak - C. Isoz, Title"
_NAME_DASH = r"\s[-–]"
DIRECT_RE = uregex.compile(
    rf"^(?P<names>{_DNAME}(?:(?:,|{_NAME_DASH})\s+{_DNAME})*(?:,?\s+{_LAST_JOIN}\s+{_DNAME})?"
    r"(?:,?\s+et\s+al\.?)?)"
    r"(?P<end>[,.])\s+"
)
# names inverted, each with initials only, closed by a comma before the title: "Card, S. K.,
# Robertson, G. G., Mackinlay, J. D., The Information …", "Ferrière L., Koeberl C., and Mader D.,"
# a family name, its particles before it in small or capital letters ("van der Mast", "De
# Schreye", "Le Roux"), a generation's suffix after it
_CAP_PARTICLE = r"(?:De|Van|Von|Le|La|Du|Di|Da|Del|Della|Des|Dos|Ten|Ter)(?=\s[a-zA-Z])"
_FAMILY = rf"(?:(?:(?!and\s)[a-z]+|{_CAP_PARTICLE})\s){{0,2}}[A-Z][\w'’-]+(?:\s(?:Jr|Sr)\.?)?"
# (a suffix may follow the initials too: "King, D. T. Jr., Nethery, T. L., …")
_SUFFIX_AFTER = r"(?:,?\s(?:Jr|Sr)\.)"
_INAME = rf"{_FAMILY}(?:,\s*|\s+){_INITIALS}{_SUFFIX_AFTER}?"
INVERTED_LIST_RE = uregex.compile(
    rf"^(?P<names>{_INAME}(?:(?:,\s*|\s*;\s*|,?\s+(?:and|&|et)\s+){_INAME})*(?:,?\s+et\s+al\.)?)"
    # a comma, or the last initial's period before a word that no comma or "and" follows (or
    # before the article "A", which no period makes an initial: "Minsky, M. A framework …")
    r"(?P<end>,\s+|(?<=[,\s.][A-Z]\.)\s+(?=[A-Z][\w'’-]*[a-z]|A\s[^\W\d_])"
    r"(?![A-Z][\w'’-]+(?:,|\s+and\s+(?![a-z]))))"  # "Johnson, M. Detecting and exorcising …"
    r"(?!(?:and|&)\s|et\s+al\b|[A-Z]\.|[A-Z][\w'’-]+,\s*[A-Z]\.)"  # no name follows
)
# names in direct order, given names written out, before a comma or period and the title:
# "Barry Lund, Digital …", "Albert R. Meyer and Mitchell Wand. Continuation …"
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|la|le|du|del)\s+)*"
_FULL = rf"(?:[A-Z][\w'’-]*\s+|[A-Z]\.\s*){{1,3}}{_PARTICLES}[A-Z][\w'’-]+(?:,?\s+(?:Jr|Sr)\.?)?"
FULL_DIRECT_RE = uregex.compile(
    rf"^(?P<names>{_FULL}(?:,\s+{_FULL})*(?:,?\s+{_LAST_JOIN}\s+{_FULL})?)(?P<end>[,.])\s+"
    r"(?=[A-Z“\"‘«`]|(?:1[5-9]|20)\d\d[a-z]?[.,]?\s+[“\"‘«])"  # a title, or its year first
    r"(?![A-Z][\w'’-]+(?:\s[A-Z]\.)*\.\s)"  # "Van Seters, John. …": inverted
)
# initials run together ("Delany AM, Amling M."): no given name and initial in direct order
RUN_TOGETHER_RE = re.compile(r"\s[A-Z]-?[A-Z](?:-?[A-Z])?(?:,|$)")
JOIN_NEXT_RE = re.compile(r"(?:&|and|et)\s+(?!al\b)[A-Z]")  # "& Prijatel P.": another name
NAME_GOES_ON_RE = re.compile(r"[A-Z][\w'’-]+(?:,|\s+and\s)")  # "Wittie, …", "Meyer and …"
# one word closed by a period after "Given I.": the family name ("Gunter M. Ziegler. Title")
# ("Ziegler G. Polytopes. Berlin: Springer; 1995." is Vancouver's: an imprint follows the word)
FAMILY_SENTENCE_RE = deferred.compile(
    r"(?:[a-z]+\s)?[A-Z][\w'’-]*[a-z][\w'’-]*\.\s+(?![^.:]{2,40}:\s)(?=\S)"
)
# a comma part that opens with an English article opens a title, no name ("A." is an initial);
# the comma first, its letter looked behind for after it: the engine skips to commas
ARTICLE_PART_RE = re.compile(r",(?<=[^\W\d_],)\s+(?=(?:The|An|A)\s+[^\W\d_])")
INITIAL_RE = re.compile(r"^[A-Z]\.,?$")  # one initial with its period: "A.", "J.,"


# a name no document holds, in the shape of an entry's first name, for the names a dash repeats
DASH_STAND_IN = "Ydemann, X."


def _after_dash(rest: str, previous: Head) -> Head:
    """The head of an entry whose names a dash repeats: its year where the dash's own year
    finders read one ("———. 1820.", "———. (1820)."), else names and a year read after the
    stand-in of the names repeated ("——, 2007: Title.", "——, and C. J. Wild, 1996: Title.",
    AMS's habit): the names before, then the co-authors the entry adds."""
    head = after_dash(rest, previous)
    if head.year is not None:
        return head
    stood = read_head(f"{DASH_STAND_IN}, {rest}")
    if stood.year is None or stood.people[:1] != (DASH_STAND_IN,):
        return head
    people = previous.people + stood.people[1:]
    return Head(people, previous.role, stood.year, stood.rest, stood.comma)


def _same_author_word(text: str) -> re.Match[str] | None:
    """A word for "the same author" where a dash could stand: "Ders.: *Title*", "Idem, …"."""
    word = SAME_AUTHOR_WORD_RE.match(text)
    return word if word and word.group("word").casefold() in names.SAME_AUTHOR else None


def read_head(text: str, previous: Head | None = None) -> Head:
    """Split off the names (and a year printed right after them) from an entry's text."""
    dash = SAME_AUTHOR_RE.match(text) or _same_author_word(text)
    if dash and previous is not None:
        return _after_dash(text[dash.end() :], previous)
    alias = ALIAS_RE.match(text)
    if alias and not EDITOR_MARK_RE.search(f"({alias.group('alias')})"):
        text = alias.group("name") + text[alias.end() :]  # the rest is the same text's end
    finders = (
        year_first,
        bracketed_initials,
        paren_year,
        status_for_year,
        _vancouver,
        dot_year,
        bare_year,
        comma_year,
        names_comma_year,
        _editors_head,
        slash_head,
        _colon_head,
        direct_colon,
        _inverted_pairs,
        _inverted_then_full,
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
            return leading_year(year_after(et_al_after(head)))
    return Head((), "author", None, text)


def _vancouver(text: str) -> Head | None:
    editors = vancouver_editors(text)
    if editors:
        return Head(editors[0], "editor", None, editors[1])
    match = names_match(text)
    if not match or JOIN_NEXT_RE.match(text, match.end()):
        return None  # "Johnson S. & Prijatel P., 2013.": the names go on after the period
    single = re.search(r"\s[A-Z]$", match.group("names"))  # "Larry D", never "Freedman DN"
    goes_on = NAME_GOES_ON_RE.match(text, match.end()) or FAMILY_SENTENCE_RE.match(
        text, match.end()
    )
    run_together = RUN_TOGETHER_RE.search(match.group("names"))  # "Delany AM": Vancouver's own
    if single and goes_on and not run_together and FULL_DIRECT_RE.match(text):
        return None  # "Larry D. Wittie, Gudjun …": a given name and initial, not "Family I."
    return Head(names_people(match), "author", None, text[match.end() :])


def _editors_head(text: str) -> Head | None:
    """ "L Douglas Kiel, Euel W Elliott (ed.), Chaos Theory …": the names are the editors'."""
    match = EDITORS_HEAD_RE.match(text)
    block = match.group("names").strip(" ,") if match else ""
    if not names_block(block) or TITLE_THEN_ED_RE.search(match.group()):
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


def _colon_head(text: str) -> Head | None:
    """ "White J, Reader A, Beck M: The periodontal …", "Reinermann, H.: Der Sektor …",
    "Boucher, O., Myhre, G., and Myhre, A.: Direct …": names closed by a colon (medical and
    German lists). The block must show it holds names (an initial, an inverted name, several
    names, or a year after the colon) and no sentence ("Smith, John. Harbour Lights: A
    History" opens with a title)."""
    match = COLON_HEAD_RE.match(text)
    block = match.group("names").strip(" ,") if match else ""
    if not names_block(block) or len(block.split()) > MAX_COLON_WORDS:
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
        and not INITIALS_THEN_WORDS_RE.match(last)
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


def _inverted_pairs(text: str) -> Head | None:
    """ "Gould, Cecil, Michelangelo. Battle of Cascina, Newcastle upon Tyne 1966."."""
    found = inverted_people(text)
    if found is None:
        return None
    people, mark, rest = found
    return Head(tuple(people), "author", None, rest, comma=mark == ",")


def direct_head(text: str) -> Head | None:
    """ "M. Kitsuregawa, H. Tanaka, and T. Moto-oka. Title…", "P. Lund - T. Hale, Title":
    every name in direct order."""
    match = DIRECT_RE.match(text)
    if not match:
        return None
    block = re.sub(rf",\s|{_NAME_DASH}\s", ";", ET_AL_RE.sub("", match.group("names")))
    people = [names.to_family_given(p) for p in JOIN_RE.split(block) if p]
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
    found = re.findall(
        rf"(?<![\w'’-])({_FAMILY})(?:,\s*|\s+)({_INITIALS})({_SUFFIX_AFTER}?)", block
    )
    people = tuple(_inverted_person(*person) for person in found)
    people += ("others",) * bool(ET_AL_RE.search(block))  # "Deleers, M., et al., Title"
    comma = match.group("end").startswith(",")
    rest = text[match.end() :].strip()
    if not comma and len(people) < 2 and not rest.startswith("A "):
        return None  # "McLay, R. Timothy.": the given name goes on after the initial
    return Head(people, "author", None, rest, comma=comma)


def _inverted_person(family: str, initials: str, suffix: str) -> str:
    """ "Baes Jr.", "C. F." -> "Baes, Jr., C. F."; "King", "D. T.", " Jr." likewise: a suffix
    before or after the initials in BibTeX's "Last, Jr, First"."""
    before = SUFFIX_END_RE.search(family)
    if before:
        family, suffix = family[: before.start()], before.group("suffix")
    suffix = suffix.strip(" ,.")
    return f"{family}, {suffix}., {initials}" if suffix else f"{family}, {initials}"


SUFFIX_END_RE = re.compile(r"\s(?P<suffix>Jr|Sr)\.?$")


def full_names_head(text: str) -> Head | None:
    """ "Daniel P. Huttenlocher, Klara Kedam and Micha Sharir. The upper …": two names or
    more in direct order, given names written out, closed by a full stop (BibTeX's plain
    style, ACM's); None for one name or names closed by a comma, as a note prints them."""
    head = _full_names(text)
    if head is None or head.comma or len(head.people) < 2 or _closed_by_abbreviation(text):
        return None
    return head


def _closed_by_abbreviation(text: str) -> bool:
    """Is the full stop after the names an abbreviation's ("Ana Roca, U.S. Chief Info.
    Officer, …": an office after one author), so that no list of names ends there?"""
    match = FULL_DIRECT_RE.match(text)
    last = match.group("names").split()[-1].casefold() if match else ""
    return match is not None and match.group("end") == "." and last in ABBREVIATIONS


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


# the first name inverted, the others in direct order joined by "and", a comma before the
# title (Chicago's order with no year after the names): "Kinsland, Gary L., Manuel Hurtado
# and Kevin O. Pope, Detection of …"
INVERTED_THEN_FULL_RE = uregex.compile(
    rf"^(?P<first>[A-Z][\w'’-]+,\s(?:[A-Z][\w'’-]*\.?\s?){{1,3}}),\s+"
    rf"(?P<names>(?:(?:{_FULL},\s+)*{_FULL},?\s+)?(?:and|&)\s+{_FULL})(?P<end>\.?,)\s+(?=[A-Z“\"‘«])"
)


def _inverted_then_full(text: str) -> Head | None:
    match = INVERTED_THEN_FULL_RE.match(text) if " and " in text[:200] else None
    if not match or _title_words(match.group("first") + " " + match.group("names")):
        return None
    block = match.group("names").replace(", and ", " and ")
    people = [names.to_family_given(p) for p in JOIN_RE.split(block.replace(", ", ";")) if p]
    first = match.group("first").strip()
    return Head((first, *people), "author", None, text[match.end() :].strip(), True)


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
        return people_head(initial.group(), None, text[initial.end() :], inverted=False)
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
        return people_head(block[: article.start()], None, text[article.end() :], inverted=False)
    if len(block.split()) > 30 or has_title_marks(block) or worded(block):
        return None
    return people_head(block, None, text[match.end() :], inverted=False)
