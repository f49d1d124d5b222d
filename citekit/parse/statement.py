"""The names a citation opens with, in the forms the title grammar does not read.

German and Central European styles open with inverted names ended by a colon ("Kaufmann,
Jean-Claude: Kochende Leidenschaft, Konstanz 2006"; "Gephart, Werner/Witte, Daniel (Hgg.):
Recht als Kultur"), and German legal styles print authors and editors in italics ("*Peier*,
Die Steuerharmonisierung, S. 164"; "in: *Wallraff, Martin* (Hg.): Gelehrte …"). Italic
names are taken out of the emphasis, so that they are not read as titles; a leading colon
statement is turned into the "Given Family, Title" order the grammar reads, and its names
are kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from citekit import lexicons
from citekit.parse import deferred, names, places, uregex
from citekit.parse.patterns import (
    CREDIT_RE,
    IMPRINT_PAREN_RE,
    LEAD_IN_RE,
    MEDIUM_AFTER_TITLE_RE,
    ORGANISATION_RE,
    QUOTED_RE,
    YEAR,
)

ET_AL = r"(?:\s+(?:u\.\s?a\.|et\s+al\.))"
PARTICLES = r"(?:von|van|de|der|den|da|di|du|le|la|dos|das|del|zu|ten|ter)"
# one word, after particles: "Kaufmann-Heinimann", "Van Hohe" (never "Thomas Pardoe,")
FAMILY = rf"(?:(?i:{PARTICLES})\s+)?[A-Z][\w'’-]+"
# "Beat Matthias von", "M.A.", "Hermann L.": words, then initials ("A. Pedro" is a title's)
FULL_WORD = r"[A-Z][\w'’-]+"
INITIALS = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
GIVEN = rf"(?:{FULL_WORD}(?:\s+{FULL_WORD}){{0,2}}(?:\s+{INITIALS})?|{INITIALS})(?:\s+{PARTICLES})?"
INVERTED = rf"{FAMILY},\s+{GIVEN}"
# before the statement's colon an initial may open the given names: "Geiger, R. Stuart:"
INVERTED_BEFORE_COLON = rf"{FAMILY},\s+(?:{INITIALS}\s+{FULL_WORD}|{GIVEN})"
NATURAL = rf"(?:[A-Z][\w.'’-]*\s+){{1,3}}{FAMILY}"  # "Paul Billerbeck", after "und"
JOIN = r"(?:\s*/\s*|\s*;\s+|\s+(?:und|and|et|e|y|i|a)\s+)"
JOIN_SPLIT_RE = deferred.compile(r"/|;\s|\s(?:und|and|et|e|y|i|a)\s")  # a list, not one name
# a name in natural order only after a joining word of the styles that write so ("Strack,
# Hermann L. und Paul Billerbeck:"): after "and" it is a title's words ("Bookstalls and …")
NATURAL_JOIN = r"(?:\s+(?:und|et|e|y|i)\s+)"
# "(Hg.)", "(Hgg.)", "(Hrsg.)", "(eds.)", "(dir.)", "(Orgs.)": the names edited the work
NOT_NAME_WORDS = lexicons.words("title_stopwords") | lexicons.words("title_case_small_words")
EDITOR_WORDS = r"(?:Hgg?\.|Hrsg\.|eds?\.|Eds?\.|dir\.|éds?\.|orgs?\.|Orgs?\.|coords?\.|red\.)"
COLON_STATEMENT_RE = uregex.compile(
    rf"""^\*{{0,2}}(?P<names>{INVERTED_BEFORE_COLON}(?:\*{{0,2}}{JOIN}\*{{0,2}}{INVERTED_BEFORE_COLON}|{NATURAL_JOIN}{NATURAL})*)
        (?P<others>\s+(?:u\.\s?a\.|et\s+al\.))?(?:\s*\((?P<role>{EDITOR_WORDS})\))?\*{{0,2}}
        \s*:\s+(?P<rest>\S.*)$""",
    re.VERBOSE,
)
# German "Vorname Name, Vorname Name: Titel": names in natural order, listed with commas (or
# "/" and "und"), then the colon ("Jeremy Freese, David Peterson: Replication …", "John P.A.
# Ioannidis: Why Most …"); one name alone only with an initial, since "Open Science: A
# Primer" and "Manfred Broy: …" are read by the grammar
NATURAL_NAME = (
    rf"(?:(?:{FULL_WORD}\s+){{1,2}}(?:{INITIALS}\s*)?|{INITIALS}\s*)"
    rf"(?:(?<=\s){PARTICLES}\s+)*(?<=[\s.]){FULL_WORD}"
)
NATURAL_COLON_RE = uregex.compile(
    rf"""^(?P<names>{NATURAL_NAME}(?:(?:,\s+|\s*/\s*|\s+(?:und|et|e|y)\s+){NATURAL_NAME})*)
        (?:\s*\((?P<role>{EDITOR_WORDS})\))?\s*:\s+(?P<rest>\S.*)$""",
    re.VERBOSE,
)
# "Verlag 2006": a publisher and year after an imprint's colon; not a title's sentence, ended by
# its full stop ("Bauhaus-Pädagogik. Köln 1982"), nor a title's span of years ("Das Bauhaus
# 1919–1933")
IMPRINT_REST_RE = re.compile(
    rf"(?:(?![^\W\d_]{{2}}\.\s)[^,;:()]){{1,60}}\s\(?{YEAR}\b(?!\s*[-–]\s*\d)"
)
NATURAL_SPLIT_RE = re.compile(r",\s+|\s*/\s*|\s+(?:und|et|e|y)\s+")
# the names of a book's editors after "in:", inverted as the author's were ("in: *Gephart,
# Werner*/*Witte, Daniel* (Hgg.):"); one inverted name alone the grammar reads already
IN_EDITORS_RE = uregex.compile(
    rf"""(?<=\bin:\s)\*{{0,2}}(?P<names>{INVERTED}(?:\*{{0,2}}{JOIN}\*{{0,2}}{INVERTED}|{NATURAL_JOIN}{NATURAL})*)
        \*{{0,2}}(?P<others>\s+(?:u\.\s?a\.|et\s+al\.))?\s*\((?P<role>{EDITOR_WORDS})\)\s*:""",
    re.VERBOSE,
)
# a plain title between the statement's colon and "in:" (", in: *Journal* 8", ", in: Editor
# (Hg.): Book"): quoted, so that its commas do not read as names ("Direct Reference,
# Propositional Attitudes, and Semantic Content, in: …")
TITLE_BEFORE_IN_RE = deferred.compile(r"^(?P<title>[^*„“”«»\"]{3,}?),\s+in:\s+(?=\S)")
# a short form of the colon styles: family names, then the short title ("**Monnet**/**Rader**:
# Einführung, S. 13", "Hoepfner u. a.: Haus und Stadt", "Wankel u. a. (hg. von): Die Inschriften")
# each name's emphasis closed before the colon: "*Power: A Radical View*" is a title
SHORT_FAMILY = rf"(?:\*\*{FAMILY}\*\*|\*{FAMILY}\*|{FAMILY})"
COLON_SHORT_RE = uregex.compile(
    rf"""^(?P<names>{SHORT_FAMILY}(?:\s*/\s*{SHORT_FAMILY})*)(?P<others>\s+(?:u\.\s?a\.|et\s+al\.))?
        (?:\s*\((?P<role>hg\.\s+v(?:on|\.)|{EDITOR_WORDS})\))?\s*:\s+(?P<title>[^\s:].*)$""",
    re.VERBOSE,
)
# "*Krüger u. a.*", "*Sandri* u. a.": "et al." inside the italics or after them
# "*Peier*,", "*Meinhardt*/*Ranft*,", "*Wallraff, Martin* (Hg.):", "*Gephart, Werner*/": an
# italic span holding a family name or an inverted name, then what follows names (what may
# stand before the "*" is looked at after it: a pattern opening with its asterisk is tried only
# where there is one)
ITALIC_NAME_RE = uregex.compile(
    rf"\*(?:(?<=^\*)|(?<=in:\s\*)|(?<=/\*))(?P<name>{FAMILY}(?:,\s+{GIVEN})?{ET_AL}?)\*"
    rf"(?={ET_AL}?\s*(?:[,/:]|\({EDITOR_WORDS}\)))"
)


# ISO 690, ABNT, ENAH: "MUSSET, A. Title. En *Journal*…", "Patrick Fridenson. Title, en *Book*…":
# the names a sentence of their own, then a plain title, then the word that opens its container
# "DÍAZ LÓPEZ, J. P."
CAPS_NAME = r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*,\s+[A-Z]\.(?:\s?-?[A-Z]\.)*"
# "Patrick Fridenson", "Berthold F. Weber" (an initial inside, never last: the stop after it)
PLAIN_NAME = rf"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.(?=\s+[A-Z][\w'’-])|{PARTICLES})){{1,3}}"
LIST_JOIN = r"(?:,\s+(?:and|und|et|y)|,|\s+(?:y|and|et|e|i|und|a))\s+"  # ", and": a serial comma
CONTAINER_WORDS = lexicons.alternation(lexicons.words("container_words"))
# after the names: a plain title, then the word that opens its container or the container itself
# in italics (ABNT: "…, Title, *Journal*, v. 28"); the citation is read again with it quoted
# not an initial ("Т. А.") nor an editors' mark ("Gorman and Eric W. Robinson, eds., ‘…’"), nor a
# quoted title that a stop breaks before it closes ("‘Planets. I. In Situ Simulations’": its "In"
# is not a container's); a title quoted after a comma ends the names ("Jade C. Bond, David P.
# O’Brien, and Dante S. Lauretta, ‘…"): the quoted title's own grammar reads those
NOT_TITLE = r"[^\W\d_]\.|(?:eds?|dirs?|coords?|comps?|orgs?)\.,|[«„“\"‘][^’”»\"]*?[.,]\s"
PLAIN_TITLE = r"(?:(?!,\s+[«„“\"‘])[^*])+?"
TITLE_THEN = rf"\s+(?!{NOT_TITLE})(?P<title>{PLAIN_TITLE})[.,]\s+(?P<rest>"
IN_CONTAINER = rf"(?:{CONTAINER_WORDS}):?\s+(?![«„“\"‘])\S.*)$"  # «Journal»: the grammar's
IN_OR_ITALIC = rf"(?:{CONTAINER_WORDS}):?\s+\S.*|\*[^*\s].*)$"
# ABNT: "FRIDENSON, Patrick ; FRIDENSON, Michelle": family in capitals, given names as written
ABNT_NAME = rf"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*,\s+{GIVEN}"
NAME_SENTENCE_RES = (
    uregex.compile(
        rf"^(?P<names>{CAPS_NAME}(?:{LIST_JOIN}{CAPS_NAME})*){TITLE_THEN}{IN_OR_ITALIC}"
    ),
    uregex.compile(rf"^(?P<names>{ABNT_NAME}(?:\s*;\s*{ABNT_NAME})*),{TITLE_THEN}{IN_OR_ITALIC}"),
    uregex.compile(
        rf"^(?P<names>{PLAIN_NAME}(?:{LIST_JOIN}{PLAIN_NAME})*)\.{TITLE_THEN}{IN_OR_ITALIC}"
    ),
    uregex.compile(  # "Yves Cohen, Foules, in Béatrice Delaurenti (dir.), *De la contagion*"
        rf"^(?P<names>{PLAIN_NAME}(?:{LIST_JOIN}{PLAIN_NAME})*),{TITLE_THEN}{IN_CONTAINER}"
    ),
)
# emphasis that is only typography: "*in*:" (ABNT), "**Journal**" (bold containers)
ITALIC_WORD_RE = uregex.compile(rf"\*({CONTAINER_WORDS})\*(?=\s*:?\s)")
BOLD_RE = uregex.compile(r"\*\*(?<!\*\*\*)(?=[^*\s])(?P<body>[^*]+?)(?<=[^*\s])\*\*(?!\*)")


# "Natalia Muchnik *et al.* *L’Europe*": the ENAH style sets "et al." in italics, no title
ITALIC_ET_AL_RE = re.compile(r"\*(et(?:\s|\xa0)+al\.?)\*")


def plain_marks(text: str) -> str:
    """ "…, *in*: X (Orgs.), **Livro**" -> "…, in: X (Orgs.), *Livro*": bold is emphasis too;
    "*et al.*" is plain."""
    if "*" not in text:
        return text  # every pattern here matches an asterisk
    text = ITALIC_ET_AL_RE.sub(r"\1", text) if "al" in text else text
    return BOLD_RE.sub(lambda m: f"*{m.group('body')}*", ITALIC_WORD_RE.sub(r"\1", text))


def name_sentence(text: str) -> tuple[str, dict[str, str]] | None:
    """ "MUSSET, A. Title. En *Journal*. 2017, vol. 1" -> ("MUSSET, A., “Title,” En *Journal*.
    2017, vol. 1", {"author": "MUSSET, A"}): the plain title quoted, as the grammar reads it."""
    if not _two_stops_before_emphasis(text):
        return None
    for pattern in NAME_SENTENCE_RES:
        found = pattern.match(text)
        if found and not QUOTED_RE.fullmatch(found.group("title").strip()):  # quoted already
            people = names.split_names(found.group("names"))
            if not people:
                return None
            head = " and ".join(_natural(name) for name in people)
            title, rest = found.group("title"), found.group("rest")
            return f"{head}, “{title},” {rest}", {"author": " and ".join(people)}
    return None


# a stop or comma, then a space: one ends the names, one the title
STOP_SPACE_RE = re.compile(r"[.,]\s")


def _two_stops_before_emphasis(text: str) -> bool:
    """Could one of NAME_SENTENCE_RES match? Each needs "[.,]" and a space after the names
    (pattern 1's names end "A." before the title's space) and again after the title, and
    neither names nor title hold a "*": two of them, apart, before the first "*"."""
    star = text.find("*")
    return len(STOP_SPACE_RE.findall(text, 0, star if star >= 0 else len(text))) >= 2


def plain_names(text: str) -> str:
    """ "*Meinhardt*/*Ranft*, Die Sozialstruktur" -> "Meinhardt/Ranft, Die Sozialstruktur"."""
    if ITALIC_NAME_RE.search(text) is None or not _title_follows(text):
        return text
    return ITALIC_NAME_RE.sub(lambda m: m.group("name"), text)


def opens_with_italic_name(text: str) -> bool:
    """ "*Peier*, Die Steuerharmonisierung": the author in italics, as German law prints it."""
    found = ITALIC_NAME_RE.search(text)
    return bool(found) and found.start() == 0 and _title_follows(text)


def _title_follows(text: str) -> bool:
    """Something besides names and numbers follows the italics: "*Ulysses*, Paris 1922" is a
    title and its imprint, "*Peier*, Die Steuerharmonisierung" a name and a title; a medium
    or a maker named after them ("*Network*, Film, directed by …") makes them a film's title."""
    found = ITALIC_NAME_RE.search(text)
    if CREDIT_RE.search(text, found.end()) or MEDIUM_AFTER_TITLE_RE.match(text, found.start()):
        return False
    rest = text[found.end() :]
    words = re.findall(r"[^\W\d_]{2,}", ITALIC_NAME_RE.sub("", rest))
    return len(words) >= 2


def colon_statement(text: str) -> tuple[str, dict[str, str]] | None:
    """ "Kaufmann, Jean-Claude: Kochende Leidenschaft, …" -> ("Jean-Claude Kaufmann,
    Kochende Leidenschaft, …", {"author": "Kaufmann, Jean-Claude"})."""
    # every match holds an inverted name's "," and the statement's ":" (no other case)
    found = COLON_STATEMENT_RE.match(text) if ":" in text and "," in text else None
    if found is None:
        return None
    people = names.split_names(found.group("names").replace("*", ""))
    if not people:
        return None
    if found.group("others"):
        people.append("others")
    role = "editor" if found.group("role") else "author"
    natural = " and ".join(_natural(name) for name in people if name != "others")
    mark = ", ed." if role == "editor" else ""
    rest = _quoted_title(_natural_editors(found.group("rest")))
    return f"{natural}{mark}, {rest}", {role: " and ".join(people)}


# "*Wijk* (2017), Open access in the Netherlands. In: …", "*Hirschmann/Verdicchio* (2017), Open
# Access in der Schweiz. In: …": family names, the year in brackets, then the title (German
# author-year notes); "Mokyr (2009), 450–56" is a short form, its rest no title
YEAR_STATEMENT_RE = uregex.compile(
    rf"""^(?P<names>{SHORT_FAMILY}(?:\s*/\s*{SHORT_FAMILY})*|\*{FAMILY}(?:/{FAMILY})+\*)\s*\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)
        \s*[,:]\s+(?P<title>(?!(?:S|p|pp|Bd|vol)\.\s)[A-ZÀ-Þ„“"‘«][^.]*?[^\W\d_]{{2,}}[^.]*?)\.\s+(?P<rest>\S.*)$""",
    re.VERBOSE,
)


# set while a statement's rewritten text is read again: "Ferry, Luc: Homo Aestheticus: The …"
# becomes "Luc Ferry, Homo Aestheticus: The …", whose title is no second name
_REWRITTEN: ContextVar[bool] = ContextVar("rewritten", default=False)


@contextmanager
def rewritten() -> Iterator[None]:
    token = _REWRITTEN.set(True)
    try:
        yield
    finally:
        _REWRITTEN.reset(token)


def natural_colon_statement(text: str) -> tuple[str, dict[str, str]] | None:
    """ "Klaus Fiedler, Norbert Schwarz: Questionable …, in: …" -> ("Klaus Fiedler and Norbert
    Schwarz, “Questionable …,” in: …", {"author": "Fiedler, Klaus and Schwarz, Norbert"})."""
    found = NATURAL_COLON_RE.match(text) if ":" in text and not _REWRITTEN.get() else None
    if found is None:
        return None
    listed = NATURAL_SPLIT_RE.split(found.group("names"))
    if len(listed) == 1 and not re.search(INITIALS, listed[0]):
        return None
    if len({_initials_only(name) for name in listed}) > 1:
        return None  # "G. Sereny, Cries Unheard: Why …": a title after the name, no second name
    if any(_not_a_name_word(word) for name in listed for word in name.split()):
        return None  # "Open Science, Open Data: …", "The Web, Its Users: …": a title's words
    if (
        places.is_place(listed[-1])
        or places.is_whole_place(listed[-1])
        or IMPRINT_REST_RE.match(found.group("rest"))
    ):
        return None  # "…, Martin Luther, Bad Homburg: Verlag 2006": an imprint's colon
    if any(name.split()[-1].isupper() for name in listed):
        return None  # "Daniel E. MILLER, Antonín Švehla: mistr …": capitals mark the authors
    if IMPRINT_PAREN_RE.search(found.group("rest")):
        return None  # "Ann Ryan, Japan’s First Novel: Ukigumo (New York: …, 1967)": Chicago's
    people = [n for name in listed for n in names.split_names(name)]
    role = "editor" if found.group("role") else "author"
    mark = ", ed." if role == "editor" else ""
    rest = _quoted_title(_natural_editors(found.group("rest")))
    return f"{' and '.join(listed)}{mark}, {rest}", {role: " and ".join(people)}


def _initials_only(name: str) -> bool:
    """Are the given names of NAME initials ("M. Broy"), not words ("Manfred Broy")?"""
    return re.match(rf"{INITIALS}\s*\S+$", name) is not None


def _not_a_name_word(word: str) -> bool:
    """A word no name holds: a title's small word, an organisation's, a possessive."""
    possessive = word.endswith(("’s", "'s"))
    return possessive or word.casefold() in NOT_NAME_WORDS or bool(ORGANISATION_RE.search(word))


def year_statement(text: str) -> tuple[str, dict[str, str]] | None:
    """ "*Wijk* (2017), Open access in the Netherlands. In: S./M. (Hrsg.), Buch" -> ("Wijk,
    “Open access in the Netherlands,” In: …", {"author": "Wijk", "year": "2017"})."""
    found = YEAR_STATEMENT_RE.match(text) if "(" in text else None
    if found is None or len(found.group("title").split()) < 2:
        return None
    people = [n.strip(" *") for n in found.group("names").split("/")]
    rest = f"“{found.group('title')},” {found.group('rest')}"
    return f"{' and '.join(people)}, {rest}", {
        "author": " and ".join(people),
        "year": found.group("year"),
    }


def any_statement(text: str) -> tuple[str, dict[str, str]] | None:
    """The names a statement of its own opens TEXT with, read by whichever form it takes."""
    return (
        natural_colon_statement(text)
        or name_sentence(text)
        or colon_statement(text)
        or year_statement(text)
    )


def _quoted_title(rest: str) -> str:
    """ "Title, in: …" -> "“Title,” in: …": the grammar reads a quoted title whole."""
    found = TITLE_BEFORE_IN_RE.match(rest) if "in:" in rest else None
    if found is None:
        return rest
    return f"“{found.group('title')},” in: {rest[found.end() :]}"


def _natural_editors(rest: str) -> str:
    """ "in: Gephart, Werner/Witte, Daniel (Hgg.):" -> "in: Werner Gephart and Daniel Witte
    (Hgg.):", the order in which the grammar reads a list of editors."""
    found = IN_EDITORS_RE.search(rest) if "in:" in rest else None
    if found is None or not (JOIN_SPLIT_RE.search(found.group("names")) or found.group("others")):
        return rest
    people = names.split_names(found.group("names").replace("*", ""))
    if not people:
        return rest
    natural = " and ".join(_natural(name) for name in people)
    others = " et al." if found.group("others") else ""
    role = found.group("role")
    return f"{rest[: found.start()]}{natural}{others} ({role}):{rest[found.end() :]}"


def _natural(name: str) -> str:
    family, _, given = name.partition(", ")
    return f"{given} {family}".strip()


# a bare page closing a short form: "…, 420", "…, 12–14"
BARE_PAGE_END_RE = deferred.compile(r",\s+\d+(?:\s*[-–]\s*\d+)?\.?$")


def colon_short_with_page(text: str) -> bool:
    """ "Babits: Az írástudók árulása, 420": names, a colon, a short title and a bare page (a
    page label, "S. 17", is found without this); not a place and its publisher ("Новосибирск:
    Наука, 19")."""
    found = COLON_SHORT_RE.match(text) if ":" in text and BARE_PAGE_END_RE.search(text) else None
    if found is None or not (found["title"][0].isupper() or found["title"][0] in '*“‘«"'):
        return False  # "Note: this is prose, 12"
    return not places.is_place(found.group("names").strip("* "))


def colon_short(text: str) -> tuple[dict[str, str], str] | None:
    """ "**Monnet**/**Rader**: Einführung, S. 13" -> ({"author": "Monnet and Rader"},
    "Einführung, S. 13"): the names of a short form ended by a colon, and what follows them.

    Without it the title's words read as more names ("Toposes and Local Set Theories")."""
    found = COLON_SHORT_RE.match(text) if ":" in text else None
    if found is None or LEAD_IN_RE.match(text):  # "Dazu: Häfen und Kanäle" opens no names
        return None
    people = [n.strip("* ") for n in found.group("names").split("/")]
    if found.group("others"):
        people.append("others")
    role = "editor" if found.group("role") else "author"
    return {role: " and ".join(people)}, found.group("title")
