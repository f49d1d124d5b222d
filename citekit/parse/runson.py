"""Does a citation cut at a full stop run on past the next piece: read ahead in the rest of the
note (a title's further sentences before its imprint, a journal in italics, "In:" and its
book), and the shapes of a piece's opening that rejoin also asks about."""

from __future__ import annotations

import re

from citekit.parse import (
    cues,
    deferred,
    headauthor,
    insentences,
    isoshape,
    namecues,
    places,
    reviews,
    shortforms,
    titlespans,
    uregex,
)
from citekit.parse.citestart import FAMILY_CAPITALS_RE, citation_start
from citekit.parse.containers import IN_RE
from citekit.parse.cutpoints import after_lead
from citekit.parse.known import KnownTitles
from citekit.parse.patterns import (
    GERMAN_EDITOR_PAREN,
    INNER_LEAD_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    YEAR_RE,
)


def cut_title_goes_on(prev: str, cur: str, rest: str, separator: str, known: KnownTitles) -> bool:
    """A title or a review cut at its own full stops (or a review's semicolons): a review
    runs on to its periodical, a known title goes on ("BOUREAU, Histoires d’un historien." +
    "Kantorowicz, p. 377"), a title's further sentence comes before its "in:"/"en", and the
    book a part is in goes on to its date."""
    if separator == ";":
        return reviews.runs_on(prev, cur, rest)
    if separator != ".":
        return False
    return (
        reviews.runs_on(prev, cur, rest)
        or (not known.empty() and known.title_goes_on(prev[citation_start(prev) :], cur))
        or (_titled_author(prev) and insentences.subtitle_before_in(cur, rest))
        or insentences.container_goes_on(prev, cur, rest)
        or headauthor.head_author_again(prev, cur)  # "… немецкая." + "Федье Ф. Воображаемое"
    )


def _titled_author(prev: str) -> bool:
    """Does PREV name its author and begin the title: "Debiais, Vincent: Urkunden in Stein",
    "Jean-Paul Zuñiga. “Muchos negros”"?"""
    if inverted_name_colon(prev):
        return True
    head = prev[citation_start(prev) :]
    if not titlespans.titles(head):
        return _plain_title_begun(head)
    return author_opens(head) and not YEAR_RE.search(head)


def _plain_title_begun(head: str) -> bool:
    """Plain text, where no italics or quotes mark the title: does HEAD name its author and
    begin the title, nothing after it ("M. MITSOU, Dai miti letterari alle tradizioni
    popolari", "S. Schmitt, L’obsession du calendrier")?"""
    return "*" not in head and "," in head and cues.unfinished_citation(head)


# German history styles: "Family, Given: Title", the title's own sentences may follow
INVERTED_NAME_COLON_RE = uregex.compile(
    r"(?:^|\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}:\s+[A-Z\d]"
)


SERIES_AFTER_RE = deferred.compile(r"\s+\([^()]+\)$")  # a series in brackets after the year
SENTENCE_STOP_RE = deferred.compile(r"(?<=\w\w)\.\s+")  # a full stop after a word, not an initial


def title_sentences_then_imprint(prev: str, rest: str, separator: str) -> bool:
    """ "Bauer, Hans: Vom Wechsler zum Bankier." + "Zur Geschichte des Bankwesens." +
    "Herausgegeben …, Basel 1989, S. 31": two sentences of the title before the imprint; the
    names also in their natural order ("Hanna Vogt (Hg.): Die Schule. Reform und Alltag.
    Kassel 1961") or as the same author's ("ders.: …")."""
    if (
        separator != "."
        or not (inverted := inverted_name_colon(prev))
        and not natural_name_colon(prev)
    ):
        return False
    first, stop, after = rest.partition(". ")
    second = SENTENCE_STOP_RE.split(after, 1)[0].rstrip(".")  # not at "E.E. Zunft"
    second = SERIES_AFTER_RE.sub("", second)  # "Mainz 1965 (Neue Bauhausbücher)"
    # German capitalises its nouns ("Zwischen Anbiederung und Verfolgung"): after natural-order
    # names a sentence opens a new source only with its own names' colon or comma
    named = author_opens(first) and (inverted or bool(re.search(r"[:,]", first)))
    return (
        bool(stop)
        and not named
        and not LEAD_IN_RE.match(first)
        and not cues.completes_citation(first)
        and cues.completes_citation(second)
    )


# German notes in natural order, "Vorname Name: Titel. Untertitel. Ort Jahr": the given names
# (an initial among them), the family name, "(Hg.)" for an editor, the colon; or the same
# author's "ders.:"/"dies.:"; at the note's start or after words of prose ("Kritisch dazu")
NATURAL_NAME_COLON_RE = uregex.compile(
    r"(?:^|(?<=\s))(?:(?P<name>[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+|[A-Z]\.\s*){0,2}[A-Z][\w'’-]+)"
    rf"(?:\s+{GERMAN_EDITOR_PAREN})?|(?i:ders|dies|dens)\.):\s+[A-Z\d„“\"«]"
)
PROSE_BEFORE_RE = re.compile(r"(?:^|[a-zäöüß]\.?\s)$")  # nothing, or a word of prose: "dazu "


def natural_name_colon(prev: str) -> bool:
    """Does PREV open a citation with German natural-order names and a colon ("Kritisch dazu
    Hanna Vogt: Die Schule", "ders.: Die Reform") and end without a pinpoint?"""
    found = NATURAL_NAME_COLON_RE.search(prev, 0, NAME_REACH + 40)
    if found is None or not PROSE_BEFORE_RE.search(prev[: found.start()]):
        return False
    named = found["name"] is None or namecues.starts_with_name(prev[found.start() :])
    return named and LOCATOR_START_RE.search(prev, found.end()) is None


def inverted_name_colon(prev: str) -> bool:
    """Does PREV name its author as "Family, Given:" and end without a pinpoint? (A pinpoint
    before the names is an earlier citation's: "Bachmann: Strassen, S. 369 sowie Schmitt,
    Jean-Claude: Les deux corps de la Vierge.")"""
    found = INVERTED_NAME_COLON_RE.search(prev, 0, NAME_REACH + 40)
    return found is not None and LOCATOR_START_RE.search(prev, found.end()) is None


# "Vigo: Ed. Ría, 2015", "Granada: Editorial de la Universidad, 2020": place, publisher, year
IMPRINT_SHAPE_RE = uregex.compile(
    r"""^(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}|\[s\.\s?l\.\]):\s+  # the place, or "[s.l.]"
    (?:[A-Z][^.;:]*?(?:\.[^.;:]*?)?|\[s\.\s?n\.\]),\s+      # the publisher ("Ed. Ría"), "[s.n.]"
    (?:1[4-9]|20)\d\d\b                            # the year""",
    re.VERBOSE,
)


# "Budapest, Grill, 1937. 112–118", "II. Budapest, Gondolat, 2007": a town, a publisher and
# the year set apart by commas (Hungarian notes put them after the title's full stop); the
# town must be a known place, or "Author, Title, 1937" would read as an imprint
COMMA_IMPRINT_RE = uregex.compile(
    r"""^(?:[IVX]+(?:[–-][IVX]+)?\.\s+)?(?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}),\s+
    [A-Z][^.;:,()]{0,60}?,\s+(?:1[4-9]|20)\d\d\b""",
    re.VERBOSE,
)


ROMAN_ALONE_RE = re.compile(r"[IVX]{1,5}(?:\s?[–-]\s?[IVX]{1,5})?")  # "II", "I–II"


def imprint_shape_opens(text: str) -> bool:
    """Does TEXT open with an imprint by its shape: "Vigo: Ed. Ría, 2015", or a known town,
    a publisher and the year set apart by commas ("Budapest, Grill, 1937")? A volume's
    number alone ("II", cut off by its full stop) stands between a title and its imprint."""
    if IMPRINT_SHAPE_RE.match(text) or ROMAN_ALONE_RE.fullmatch(text):
        return True
    match = COMMA_IMPRINT_RE.match(text)
    return bool(match) and places.is_place(match.group("place"))


# ENAH and other styles that end each part with a full stop: "Stock. Paris. 2017",
# "Prensas de la Universidad de Zaragoza. Saragosse. 2020": publisher, place, year; two places
# or publishers joined ("Routledge. New York; Abingdon. 2020")
SENTENCE_IMPRINT_RE = uregex.compile(
    r"^(?:[A-Z][\w'’&()-]*(?:[;,]?\s+[\w'’&()-]+){0,7}\.\s+){1,3}(?:1[4-9]|20)\d\d[a-z]?\b"
)


def imprint_sentences_follow(prev: str, rest: str, separator: str) -> bool:
    """Do the sentences of REST, up to a year, give the imprint of the title PREV ends with?

    In plain text no italics mark that title: a PREV that opens with a name is enough
    ("Bernard Vincent. La guerra de las Alpujarras, en …" + "Almeria. 2019: 122–137").
    """
    return (
        separator in ".;"  # "Routledge. New York; Abingdon. 2020": two places of one imprint
        and SENTENCE_IMPRINT_RE.match(rest) is not None
        and (titlespans.has_title(prev) or author_opens(_after_last_lead(prev)))
        and not cues.has_imprint(prev)
        and not shortforms.is_author_date(_after_last_lead(prev))  # "Lee et al. 2011; Park 2009"
    )


def plain_title_after(prev: str, cur: str) -> bool:
    """Is CUR a plain title, no comment, after a lead and names (PREV) that follow no
    citation? ("…, 2010. Hereafter: Römer II." names a work cited before it.)"""
    return not YEAR_RE.search(prev) and (not cues.is_commentary(cur) or _plain_title(cur))


def _plain_title(cur: str) -> bool:
    """Can CUR, a sentence after "see" and names alone, be their work's title in plain text,
    where no italics mark it ("Viz FELLER, Laurent." + "Listes d’objets et de personnes")?
    Its small words read as prose to is_commentary; a title has no verb of comment, opens
    with a capital and no word that opens prose ("Zu den Spannungen …")."""
    words = namecues.word_tokens(cur)
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[0].strip(",").casefold() not in cues.PROSE_OPENERS
        and not cues.PROSE_VERBS_RE.search(cur)
    )


def _after_last_lead(text: str) -> str:
    """TEXT from its last lead on: "Para una visión distinta, véase Bernard Vincent. La …"
    -> "Bernard Vincent. La …"."""
    leads = list(INNER_LEAD_RE.finditer(text)) if INNER_LEAD_RE.possible(text) else []
    return text[leads[-1].end() :] if leads else after_lead(text)


# a full stop that may end a title's sentence: "… en México. Prensas", "… (eds.). Ayuntamiento"
TITLE_STOP_RE = deferred.compile(r"(?<=[\w)?!])\.\s+(?=[A-Z\d¿¡])")
TITLE_SENTENCES = 2  # further sentences of a title read before its imprint


def title_sentences_before_imprint(prev: str, cur: str, rest: str, separator: str) -> bool:
    """ENAH in plain text: PREV is a name, a sentence of its own, and the title's first
    sentence ("Jordi Canal. Vida y violencia"); CUR and at most one more sentence are the
    title's (or its book's), then the imprint's sentences run to the year ("Élmer Mendoza
    y los espacios …. Prensas …. Saragosse. 2020")."""
    if separator != "." or "*" in prev or YEAR_RE.search(prev) or cues.has_imprint(prev):
        return False
    # the name after the note's last lead ("Para una visión distinta, véase Jordi Canal")
    name, stop, _ = _after_last_lead(prev[citation_start(prev) :]).partition(". ")
    if not stop or not namecues.name_only(name) or _new_sentence_source(cur):
        return False
    for count, match in enumerate(TITLE_STOP_RE.finditer(rest)):
        if count >= TITLE_SENTENCES:
            return False
        after = rest[match.end() :]
        if SENTENCE_IMPRINT_RE.match(after) or IMPRINT_SHAPE_RE.match(after):
            return True  # (a publisher reads as names: the imprint is tested first)
        if _new_sentence_source(after):
            return False
    return False


def _new_sentence_source(text: str) -> bool:
    """Does the sentence TEXT opens begin a source of its own: a lead-in, an ibid., a whole
    name alone ("Ana Ruiz. Title …"; one word, "Kantorowicz.", is a title's)?"""
    first = text.split(". ", 1)[0]
    named = namecues.name_only(first) and len(first.split()) > 1
    return bool(LEAD_IN_RE.match(text)) or cues.is_ibid(text) or named


def _lead_then_new_source(text: str) -> bool:
    """Does TEXT open a new source with a lead-in and a name ("See also Pierre Doe, *Title*
    …")? A short form before it ("Cochin, “Éloge,” 73.") is finished, not a title running on."""
    lead = LEAD_IN_RE.match(text)
    if lead is None or lead.group().strip().casefold().startswith("in"):
        return False
    return namecues.starts_with_name(text[lead.end() :])


def plain_title_runs_on(prev: str, cur: str, rest: str, separator: str) -> bool:
    """A plain title with full stops of its own ("C. KLAPISCH-ZUBER, In search of ancestors."
    + "The family genealogists of Florence …, in …, Turnhout, Brepols, 2017"): PREV has
    names and no more, CUR is no commentary and opens no name, and the citation's date
    comes before the note's next semicolon."""
    if separator != "." or "*" in prev or not cur[:1].isupper():
        return False  # italics would have marked the title
    named = _name_after_prose(prev)
    return (
        cues.unfinished_citation(named)
        and not (_opens_with_names(cur) and not _subtitle_word(named, cur))
        and not _lead_then_new_source(cur)
        and not cues.is_commentary(cur)
        and YEAR_RE.search(rest.split(";", 1)[0]) is not None
    )


PROSE_LEAD_WORDS = 4  # "Eine Ausnahme ist", "zuvor schon": words of comment before a name


def _name_after_prose(prev: str) -> str:
    """PREV from the full name that a few words of comment lead to ("Eine Ausnahme ist Martin
    H. Geyer, Verkehrte Welt", "zuvor schon Costantino Bresciani-Turroni, The Economics …"),
    PREV itself where it opens with its names or no such name follows."""
    if namecues.starts_with_name(prev):
        return prev
    words = prev.split(" ", PROSE_LEAD_WORDS + 1)
    for skip in range(1, min(PROSE_LEAD_WORDS, len(words) - 1) + 1):
        if any(w.endswith((",", ":", ";", ".")) for w in words[:skip]):
            break  # the lead is a few words of one clause, no list nor sentence
        body = " ".join(words[skip:])
        if _whole_name_closed(body):
            return body
    return prev


def _subtitle_word(named: str, cur: str) -> bool:
    """Is the one capitalised word that opens CUR ("Revolution, Inflation und Moderne") the
    subtitle's, after a title whose author NAMED gives in full ("Martin H. Geyer, …")? A
    further citation would name its author as fully, not by one word."""
    return namecues.leading_name_tokens(cur) == 1 and _whole_name_closed(named)


def _whole_name_closed(text: str) -> bool:
    """Does TEXT open with a given and a family name at least, closed by a comma ("Martin H.
    Geyer,"), not with words a joiner makes look like names ("Rollen- und Funktionswandel")?"""
    if not text[:1].isupper():
        return False  # "une lecture différente, …": words in small letters are no one's name
    count = namecues.leading_name_tokens(text)
    names = text.split()[:count]
    return count >= 2 and names[-1].endswith(",") and not namecues.prose_opener(names)


# a word joining two names: "Laconian and Chian fine ware", "Aufstellungskontext und
# programmatische Aussage" are title words that only open like "Smith and Jones"
NAME_JOIN_RE = uregex.compile(r"^\S+\s+(?:and|und|y|e|et|i|и|&)\s+(?P<after>[^,.:;()]*)")
NAME_AFTER_JOIN_WORDS = 4  # "Kai Brodersen", "Juan Carlos Ruiz Guadalajara": a name's words


def _opens_with_names(text: str) -> bool:
    """Does TEXT open with an author's names? One word joined to words that run on in small
    letters ("Laconian and Chian fine ware pottery") is the opening of a title's sentence,
    not two names ("Smith and Jones. …")."""
    if not namecues.starts_with_name(text):
        return False
    joined = NAME_JOIN_RE.match(text)
    if joined is None or namecues.leading_name_tokens(text) != 1:
        return True
    words = joined.group("after").split()[: NAME_AFTER_JOIN_WORDS + 1]
    small = [w for w in words if w[:1].islower() and w.casefold() not in namecues.PARTICLES]
    return not small


# at most three plain sentences (a title's), then a journal in italics: "Enfermedad y funerales
# de Galdós. *La Aventura de la Historia*, 255. 2020: 20–25"
JOURNAL_AHEAD_RE = deferred.compile(r"(?:[^.*;]{3,200}?\.\s+){0,3}?(?=\*[^*]+\*)")


def journal_follows(prev: str, rest: str, separator: str) -> bool:
    """ENAH and ISO 690 articles cut at their full stops: PREV names the authors (and the
    title), REST goes on to the journal and at once its year, the sentences between being
    the title's."""
    ahead = JOURNAL_AHEAD_RE.match(rest) if separator == "." and "*" in rest else None
    if ahead is None or not isoshape.journal_then_year(rest[ahead.end() :]):
        return False
    heads = [
        prev,
        prev[citation_start(prev) :],
        *(prev[m.end() :] for m in INNER_LEAD_RE.finditer(prev)),
    ]
    return (
        any(
            namecues.starts_with_name(head) or author_opens(head) or namecues.name_only(head)
            for head in heads[:4]
        )  # "Para el contexto, véase Jordi Canal": a name alone, no comma after it
        and not cues.has_imprint(prev)
        and not YEAR_RE.search(prev)
    )


SUBTITLE_RE = deferred.compile(
    r"[^.*;«»“”\"]{3,200}?\.\s+"
)  # one plain sentence: "Cultura visual. "


def subtitle_then_container(prev: str, rest: str, separator: str) -> bool:
    """ISO 690: "ZUÑIGA, J.-P. «Muchos negros»." + "Cultura visual." + "En GARCÍA, R.C. eds.
    *Africanos* …": a quoted title's subtitle, then the book or journal it is in."""
    if separator != "." or not titlespans.titles(prev) or YEAR_RE.search(prev):
        return False
    sentence = SUBTITLE_RE.match(rest)
    return (
        sentence is not None
        and opens_container(rest[sentence.end() :])
        and author_opens(prev)
        and not cues.has_imprint(prev)
    )


CAPITALS_WORD_RE = uregex.compile(r"[A-Z]{2,}[\s,-]")  # "GIMENO, H.", "VAL VALDIVIESO"


def opens_container(text: str) -> bool:
    """ "En *Revista*, 2017", "In: LIMA, R. (ed.) …": the book or journal a part belongs to."""
    found = IN_RE.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    if rest[:1] in '*“"«„' or CAPITALS_WORD_RE.match(rest):
        return True  # "En *Revista*", "En GIMENO, H. ed.": a title or an editor in capitals
    # "In: Lima, R. (ed.)", not "In Rome"; a web page's date after the word: "В: 23. 6. 2020"
    return ":" in found.group() and (rest[:1].isupper() or rest[:1].isdigit())


def author_opens(text: str) -> bool:
    """Does an author open TEXT, after a lead-in at most ("Véase MUSSET, A. Título")?"""
    return namecues.starts_with_name(text) or bool(FAMILY_CAPITALS_RE.search(text, 0, NAME_REACH))


NAME_REACH = 40  # characters: a lead-in ("En particular", "Para una visión diferente, ver")
