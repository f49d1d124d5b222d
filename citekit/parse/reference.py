"""One reference-list entry -> BibTeX fields: names first, then title, then the rest.

Used for the entries of a document's bibliography and for a plain list of references; the
note parser (fields.py) reads notes, whose order differs (names, title, then imprint in
parentheses). Styles read: Chicago and Turabian bibliography, MLA, APA, Harvard, Chicago
author-date, Vancouver and numbered lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citekit import lexicons
from citekit.parse import (
    deferred,
    memo,
    names,
    refacs,
    refbody,
    refbook,
    refimprint,
    reflinks,
    refnames,
    refpeople,
    reftail,
    refyearheads,
    runonjournal,
    sitesuffix,
)
from citekit.parse.elements import Parsed
from citekit.parse.eprints import preprint_type, take_eprint
from citekit.parse.imprint import MONTH_NUMBERS
from citekit.parse.journalhead import journal_back
from citekit.parse.leadeditors import take as take_lead_editors
from citekit.parse.paperfirst import paper_entry
from citekit.parse.proceedings import meeting_place, trailing_place
from citekit.parse.refcorporate import corporate_head
from citekit.parse.refnames import Head
from citekit.parse.refsentence import container_sentence
from citekit.parse.segments import SERIES_WORDS_RE
from citekit.parse.seriesparen import take_series
from citekit.parse.unfielded import without_unfielded
from citekit.parse.web import online_post

NUMBER_RE = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|\d+\.(?!\d))\s*")  # "[12] ", "12. ", "(12) "
SPACE_COMMA_RE = deferred.compile(r"\s+(?=,)")
GLUED_QUOTE_RE = deferred.compile(
    r"(?<=\w\.)(?=[‘“])"
)  # a title's quote typed right after a full stop
# "Hallett R,Sutherland C": the letter before the comma tested after it, so that the engine
# skips from comma to comma
TIGHT_COMMA_RE = re.compile(r",(?<=[^\W\d_],)(?=[A-Z][\w'’.-]*[\s,])")
# a quoted title closes with the mark that pairs its opening one: “…” "…" «…» „…“ ‘…’ (an
# apostrophe inside a word closes none: ‘What’s the story’; nor a plural's before the title's
# next word when a mark closes it further on: ‘Cyberlibertarians’ Digital Deletion of the Left’;
# nor one that closes a quotation inside it)
QUOTED_RE = deferred.compile(
    r"^(?:“(?P<a>.+?)”|\"(?P<b>.+?)\"|«\s?(?P<c>.+?)\s?»|„(?P<d>.+?)“"
    r"|‘(?P<e>(?:[^‘]|‘[^‘’]{1,60}’(?![^\W\d_]))+?)"  # a quotation inside: "Zur ‘Kultur’ der"
    r"(?:(?<!s)’|’(?!\s[A-Z][^’‘]{0,80}’(?![^\W\d_])))(?![^\W\d_])"
    r"|'(?P<f>[^']+)'(?=[.,])|``(?P<g>.+?)(?:''|‘’|’’|”)"
    r"|’(?P<h>(?:[^’]|’(?=[^\W\d_]))+?)’(?=[.,]))[.,]?\s*"  # ’Title’, as LaTeX prints 'Title'
)
ITALIC_ET_AL_RE = deferred.compile(r"\*(et al\.?)\*")
# names set in small capitals, their "and" with them (ACM's old style): "BLAME, P. W., AND
# HASTAD, J.", "CALLAHAN, D. AND KOBLENZ, B.": an "AND" after an initial, before an inverted name
CAPITAL_AND_RE = deferred.compile(r"(?:(?<=[A-Z]\.\s)|(?<=[A-Z]\.,\s))AND(?=\s+[A-Z][\w'’-]*,)")
ITALIC_RE = deferred.compile(r"^\*(?P<title>[^*]+)\*[.,]?\s*")
# a plain title ends at a period (or ? !) followed by a space and a capital, quote or emphasis
PLAIN_END_RE = deferred.compile(
    r"(?<!\b[A-Z])(?<!\b[Vv]ol)(?<!\bNo)(?<!\bpp)(?<!\bp)(?<!,\sed)(?<!,\strans)"
    r"(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)"  # "St. Paul, MN": a town's Saint, Mount, Fort
    r"(?P<end>[.?!])(?P<quote>”)?\s+(?=[A-Z0-9*“\"«(\[]|In\b|arXiv\b)"  # "“Fawn.” Edited by"
)

ISSUE_DATE_RE = deferred.compile(
    r"\((?:1[5-9]|20)\d\d[a-z]?,\s*(?P<month>[^\W\d_]+\.?)(?:\s+\d{1,2})?\)"
)
COMMA_END_RE = deferred.compile(r",\s+")  # where a plain title after comma-ended names ends
LOWER_WORD_RE = deferred.compile(r"[a-zà-ÿ][\w'’]*")  # "l’élu", "and": a word in small letters
# small words after a comma that open what follows a title, not the title's next words:
# "in", "pp", "ed" (lexicons/title_comma_openers), "working paper", "thesis"
LOWER_OPENERS = (
    lexicons.words("title_comma_openers")
    | {phrase.split()[0] for phrase in lexicons.words("unpublished_words")}
    | lexicons.words("medium_words")
)
# a book's imprint in parentheses closing the entry: "Title (CUP, 1977).", "(Leeds: Tern, 1990)"
PAREN_IMPRINT_END_RE = deferred.compile(
    r"\s\((?![Aa]ccessed|[Rr]etrieved|[Vv]iewed)(?P<imprint>[^()]*?(?::\s|[,;]\s)[^()]*?"
    r"\b(?:1[5-9]|20)\d\d)\)\.?$"
)
# "Title. Subtitle. In Editors (Eds.), Book": the title runs to the container's "In" (after a
# comma too when a colon follows it, as Elsevier prints it: "Title, in: Book")
# (or after a comma when editors marked in brackets follow: "Title, in Rossi, A. (a cura di),")
IN_MARK_RE = deferred.compile(  # "In", Spanish "En", Portuguese "Em:", Polish "W:"
    r"(?<=[^\W\d_]{2})(?:[.?!]|,(?=\s[Ii]n:)|,(?=\s[Ii]n\s[^()]{2,80}\((?i:eds?|editors?|a\scura\sdi"
    r"|hrsg|hgg?|dir|coord|éds?)\.?\)))\s+(?P<in>(?:In|in|En):?\s(?=\s*[A-Z*“\"])|(?:Em|W):\s(?=\s*[A-Z*“\"]))"
)
# a comma and the proceedings a paper is in, where no sentence's end closed the title (names
# closed by a period): "Title, Proceedings of the 30th …", "Title, in Proceedings 4th …"
PROCEEDINGS_AFTER_COMMA_RE = deferred.compile(
    r"(?<=[^\W\d_]{2}),\s+(?P<in>(?:[Ii]n:?\s+)?(?:the\s+)?(?:Proceedings|Proc\.)\s+(?:of\s|on\s|[A-Z\d]))"
)
MAX_TITLE_WORDS = 40
MAX_SUBTITLE_WORDS = 12
# sentences an article's title may run on past its first full stop (_article_title_end), and
# the numbers that show the periodical after them
MAX_TITLE_SENTENCES = 2
ARTICLE_NUMBERS = {"volume", "pages"}
SMALL_WORD_RE = deferred.compile(r"\b(?!(?:and|et|und)\b)[a-z]")  # a word in small letters
QUOTE_CLOSE_RE = deferred.compile(r"[”»\"’]\s*,")  # a quoted title's close, then its container
# a sentence after a title that is no subtitle: numbers, a colon, people or an edition
NO_SUBTITLE_RE = deferred.compile(
    r"\d|:|\bby\b|\b(?:[Ee]dit|[Tt]rans|[Rr]evis|[Rr]epr|[Ee]dn?\b|[Vv]ols?\b)"
    r"|\b(?:Hrsg|Hg|Herausgegeben|Ediert|Übersetzt)\b|\bMit\s+einem\s+\w+\s+von\b",  # German
    re.UNICODE,
)
# what follows a book's title: its imprint ("Ross-on-Wye, UK: PCCS Books") or its editors
# (German: "Hrsg. von", "Ediert von", "Übersetzt von", "Mit einem Vorwort von")
BOOK_NEXT_RE = deferred.compile(
    r"[^.,:\d]{2,40}(?:,\s[A-Z][\w.]*)?:\s(?=[A-Z])|(?:Edited|Translated)\s+by\s"
    r"|(?:Hrsg\.|Hg\.|Herausgegeben|Ediert|Übersetzt|Mit\s+einem\s+\w+)\s+(?:von|v\.)\s"
)
# a part's container right after the names and year, no title: "Arnaud, K.A., 1996, in
# Astronomical Data Analysis Software and Systems V, eds. …"
CONTAINER_FIRST_RE = deferred.compile(r"^[Ii]n:?\s+(?=[A-Z“‘\"'*])")
SENTENCE_WORD_RE = deferred.compile(r"[^\W\d_]{8,}\.\s")  # "Induction. ": no abbreviation's period
ACRONYM_RE = deferred.compile(
    r"[A-Z][A-Za-z&]{1,5}"
)  # a journal's initials: "ApJ", "MNRAS", "JHEP"
MAX_UNTITLED_WORDS = 5  # an abbreviated journal's name: "Proc. Natl. Acad. Sci. USA"
TITLE_SPLIT_RE = deferred.compile(r"[.,]\s+(?=[^\W\d_])")  # where a periodical may start in a title

# "(pp. 175–184)", "(3rd ed.)", "(Vol. 2)", "[PhD thesis]", "(P. Heinegg, Trans.)" after a title
TITLE_TAIL_RE = deferred.compile(
    r"\s*(?:\((?:pp?\.|vols?\.|\d+(?:st|nd|rd|th)\s+ed|[^()]*\b(?:Trans|Ed|Eds)\.)[^()]*\)"
    r"|\[[^\]]*\b(?:thesis|dissertation|diss)\b[^\]]*\])(?:\s*\((?:pp?\.)[^()]*\))?\s*$",
    re.IGNORECASE,
)

# a bracket or parenthesis closing a title: "[Motion picture]", "(Unpublished dissertation)"
CLOSING_GROUP_RE = deferred.compile(
    r"\s*(?:\[(?P<bracket>[^\[\]]{2,60})\]|\((?P<paren>[^()]{2,60})\))$"
)
MEDIUM_WORDS = lexicons.words("medium_words")  # "motion", "video", "dissertation", "report"

# an editor or translator closing a title: ", ed. Joseph Martin", ", trans. D. W. Robertson, Jr"
TITLE_ROLE_RE = deferred.compile(
    r",\s+(?P<role>ed|trans)\.\s+(?P<names>[A-Z][^,]*(?:,\s+(?:Jr|Sr)\.?)?)$"
)
# a volume closing a title: ", vol. 2", ", Volume 4th", ", vol. IV"
TITLE_VOLUME_RE = deferred.compile(
    r",\s*(?:[Vv]ol(?:ume)?\.?)\s*(?P<volume>\d+|[IVXLC]+)(?:st|nd|rd|th)?\.?$"
)
# BibTeX's own styles: a book's volume or number in its series, after the title: ", volume 8
# of International Series in Pure and Applied Mathematics", ", number 27 in Lecture Notes …"
TITLE_SERIES_RE = deferred.compile(
    r",\s+(?:(?:volume|vol\.)\s+(?P<volume>\d+)\s+of|(?:number|no\.)\s+(?P<number>\d+)\s+in)"
    r"\s+(?P<series>[A-Z][^,]{2,150})$",
    re.IGNORECASE,
)
# a year (or "n.d.") closing a title that is the entry's only date
TITLE_YEAR_RE = deferred.compile(r"\s(?P<year>(?:1[5-9]|20)\d\d|n\.\s?d)\.?$")


@dataclass(frozen=True, slots=True)
class Reference:
    """What one entry states, and its names block (for a following same-author dash)."""

    text: str
    entry_type: str
    fields: dict[str, str] = field(default_factory=dict)
    head: Head | None = None


def parse_reference(text: str, previous: Head | None = None) -> Reference:
    """Parse one entry; `previous` is the entry before it, whose names a "———." repeats."""
    text = unnumbered(text)
    text = ITALIC_ET_AL_RE.sub(r"\1", text)  # "Levine, B. *et al.* (2002)": names, no title
    text = CAPITAL_AND_RE.sub("and", text)  # "CALLAHAN, D. AND KOBLENZ, B. 1991.": small capitals
    text, series = take_series(without_unfielded(text))  # ", ahead of print": no field
    text, eprint = take_eprint(text)  # "arXiv:1209.2199", "CoRR abs/…": no journal or year
    # "… Institution (BSI). "; "E. Yablonovitch, J. Opt. Soc. Am. B 10, 283 (1993)."
    head = journal_back(corporate_head(text, refnames.read_head(text, previous)), text)
    fields: dict[str, str] = dict(eprint)
    if head.people:
        fields[head.role] = " and ".join(head.people)
    if head.year:
        fields["year"] = head.year
    rest = reflinks.take_links(head.rest, fields)
    bare = untitled(rest) or (head.year is not None and CONTAINER_FIRST_RE.match(rest))
    title, rest, shape = (
        ("", rest, "plain") if bare else _title(rest, comma=head.comma, dated=bool(head.year))
    )
    if not head.people and not head.year:
        rest = _year_after_title(rest, fields)
    title, rest = _bracketed_tail(title, rest)
    title = _people_of_title(_volume_of_title(title, fields), fields)
    if shape == "plain" and title:
        title, rest = refimprint.publisher_in_title(title, rest)
    if title:
        fields["title"] = sitesuffix.without_site(title, rest)  # "Title | Site." Site.
    entry_type = refbody.parse_body(
        rest,
        fields,
        whole=shape == "italic",
        quoted=shape == "quoted",
        issue=_issue_dated(text[: len(text) - len(head.rest)]),
    )
    _title_year(fields)
    meeting_place(fields)  # "Proceedings of … (Banff, Alberta, Canada)": where it met
    trailing_place(fields)  # "Proc. … Processing, Munich, Germany, pp. 2421-2424": likewise
    take_lead_editors(fields)
    entry_type = preprint_type(entry_type, fields)
    posted = online_post(Parsed(entry_type, fields))  # "… (Version 2.0.0). Zenodo. doi"
    posted = paper_entry(text, posted)  # "*Atlanta Daily World*. “Boycott …” 1999."
    return Reference(
        text, posted.entry_type, names.same_author_editors({**series, **posted.fields}), head
    )


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the entry tests and both readings ask
def unnumbered(text: str) -> str:
    """TEXT without its list number, its spaces single, none before a comma and one after it
    ("Indares, A. , Dunning, G.", "Claeys,P.": typing slips that would part a name from the
    rest), one after a full stop before a quoted title."""
    text = " ".join(NUMBER_RE.sub("", text, count=1).split())
    if ".‘" in text or ".“" in text:
        text = GLUED_QUOTE_RE.sub(" ", text)  # "Andreessen, Marc.‘Why Bitcoin Matters’"
    if "," not in text:
        return text
    text = SPACE_COMMA_RE.sub("", text) if " ," in text else text  # its spaces are single now
    return TIGHT_COMMA_RE.sub(", ", text)


def _title(rest: str, *, comma: bool = False, dated: bool = False) -> tuple[str, str, str]:
    """The title, the text after it, and how it was printed: quoted, italic or plain.

    `comma`: the names ended at a comma, so a plain title ends at its first comma too
    ("A. Bookstein and S. T. Klein, Detecting … clustering, Proceedings of …"). `dated`: the
    year stood after the names, so a place and publisher in parentheses close the entry."""
    for pattern, shape in ((QUOTED_RE, "quoted"), (ITALIC_RE, "italic")):
        match = pattern.match(rest)
        if match and rest[match.end() :][:1] not in (":", "?", "!"):  # "“Quoted”: Sub" is plain
            title = next(v for k, v in match.groupdict().items() if v is not None)
            return _tidy(title), rest[match.end() :], shape
    acs = refacs.book_title(rest)  # "Title; Publisher: Place, 1999."
    if acs:
        return _tidy(acs[0]), acs[1], "plain"
    imprint = PAREN_IMPRINT_END_RE.search(rest)
    if imprint is None and dated:
        imprint = refbody.PAREN_PLACE_PUBLISHER_END_RE.search(rest)
    before = rest[: imprint.start()] if imprint else ""
    if before and "(" not in before and not PLAIN_END_RE.search(before):
        return _tidy(rest[: imprint.start()]), imprint.group("imprint"), "plain"
    cut = _comma_cut(rest) if comma else None
    end = PLAIN_END_RE.search(rest, 0, cut.start()) if cut else None
    if end and (_book_next(rest[end.end() :]) or container_sentence(rest, end, cut)):
        return _tidy(rest[: end.start()]), rest[end.end() :], "plain"
    contained = IN_MARK_RE.search(rest) if cut else None
    if contained and _title_like(rest[: contained.start()]):  # "Rocks, Ghana. In Book, …"
        return _tidy(rest[: contained.start()]), rest[contained.start("in") :], "plain"
    if cut:
        return _periodical_inside(rest[: cut.start()], rest[cut.end() :])
    contained = IN_MARK_RE.search(rest)
    if contained and _title_like(rest[: contained.start()]):
        return _tidy(rest[: contained.start()]), rest[contained.start("in") :], "plain"
    end = PLAIN_END_RE.search(rest)
    meeting = PROCEEDINGS_AFTER_COMMA_RE.search(rest, 0, end.start() if end else len(rest))
    if meeting and _title_like(rest[: meeting.start()]):  # "Title, in Proceedings of …"
        return _tidy(rest[: meeting.start()]), rest[meeting.start("in") :], "plain"
    if not end:
        return _periodical_inside(rest, "")
    end = _article_title_end(rest, _subtitle_end(rest, end))
    title = rest[: end.start() + (0 if end.group("end") == "." else 1)] + (end.group("quote") or "")
    if end.group("end") == "." and reftail.abbreviation_end(title):
        title += "."  # "…, Clim. Dynam., 22": the period is a journal's abbreviation's
    return _periodical_inside(title, rest[end.end() :])


def _comma_cut(rest: str) -> re.Match[str] | None:
    """Where a plain title after comma-ended names ends: its first comma, unless a word in
    small letters follows it that opens no container, pages or people ("Le citoyen, l’élu,
    l’expert, Pour une démarche …, Paris, 2007": the title's own commas)."""
    for cut in COMMA_END_RE.finditer(rest):
        word = LOWER_WORD_RE.match(rest, cut.end())
        if word is None or word.group().casefold() in LOWER_OPENERS:
            return cut
    return None


def _issue_dated(block: str) -> bool:
    """ "Green, E. (2016, March 22).": APA dates a newspaper's or magazine's piece by its issue,
    month and day after the year."""
    match = ISSUE_DATE_RE.search(block)
    return match is not None and match.group("month").casefold().rstrip(".") in MONTH_NUMBERS


def _book_next(after: str) -> bool:
    """What may follow a book's title: its imprint, "Edited by", or its editors before their
    mark ("Moss, B. and Hale, N., eds., Book")."""
    return bool(BOOK_NEXT_RE.match(after) or refbook.leading_editors(after))


def _subtitle_end(rest: str, end: re.Match[str]) -> re.Match[str]:
    """ "Steps on a mindful journey. Person-centred expressions. Ross-on-Wye, UK: PCCS Books.":
    a book's subtitle printed as a sentence of its own, between the title and the imprint or
    the editors; END where the sentence after the title is none."""
    following = PLAIN_END_RE.search(rest, end.end())
    if following is None:
        return end
    sentence = rest[end.end() : following.start()]
    after = rest[following.end() :]
    if NO_SUBTITLE_RE.search(sentence) or len(sentence.split()) > MAX_SUBTITLE_WORDS:
        return end
    if SERIES_WORDS_RE.search(sentence):  # "Ritual Chains. Princeton Studies in Sociology."
        return end  # a series, no subtitle
    return following if BOOK_NEXT_RE.match(after) else end


def _article_title_end(rest: str, end: re.Match[str]) -> re.Match[str]:
    """ "Is it worth it? A look at the costs of an OSCE. Med Teacher 1989; 11: 291-3.": an
    article's title of several sentences runs on to the periodical whose numbers close the
    entry; END where no sentence within reach is followed by a periodical's name and numbers
    alone, or where what follows END is one already ("Title. Ber. Deutsch. Bot. Ges. 54:65")."""
    if reftail.periodical(rest[end.end() :]) is not None:
        return end
    following = end
    for _ in range(MAX_TITLE_SENTENCES):
        start = following.end()
        following = PLAIN_END_RE.search(rest, start)
        if following is None or following.group("quote"):
            return end
        sentence = rest[start : following.start()]
        if not SMALL_WORD_RE.search(sentence) or QUOTE_CLOSE_RE.search(sentence):
            return end  # "Tomás Ruiz, Elena Vidal, and Pablo Sanz.": names; "… », Journal"
        if reftail.abbreviation_end(sentence):
            return end  # "Visualization in Biomedical Computing, Proc. SPIE": a name's
        tail = reftail.periodical(rest[following.end() :])
        if tail is not None and ARTICLE_NUMBERS & tail[1].keys():
            # a name that holds a sentence itself ("Die Algenflora (von W. Krieger). Ber.
            # Deutsch. Bot. Ges. 54:65"): the title's end is not sure
            return end if reftail.split_sentence(tail[0])[0] else following
    return end


def _people_of_title(title: str, fields: dict[str, str]) -> str:
    """ "De doctrina christiana, ed. Joseph Martin", "On Christian Doctrine, trans. D. W.
    Robertson, Jr": the editor or translator named after a book's title is no part of it."""
    match = TITLE_ROLE_RE.search(title)
    if match is None or match.start() == 0:
        return title
    role = "editor" if match.group("role") == "ed" else "translator"
    block = re.sub(r",\s+(Jr|Sr)\.?$", r" \1", match.group("names"))  # "Robertson, Jr"
    people = refpeople.split_people(block, inverted=False, first=False)
    fields.setdefault(role, " and ".join(people))
    return title[: match.start()]


def _volume_of_title(title: str, fields: dict[str, str]) -> str:
    """ "Obra Crítica, vol. 2": the volume printed after a book's title is no part of it; nor
    is its place in a series ("Functional Analysis, volume 8 of International Series …")."""
    series = TITLE_SERIES_RE.search(title) if " of " in title or " in " in title else None
    if series is not None and series.start() > 0:
        number = {k: series.group(k) for k in ("volume", "number") if series.group(k)}
        fields.update({**number, "series": series.group("series").strip()} | fields)
        return title[: series.start()]
    match = TITLE_VOLUME_RE.search(title)
    if match is None or match.start() == 0:
        return title
    fields.setdefault("volume", match.group("volume"))
    return title[: match.start()]


def _title_like(text: str) -> bool:
    """Sentences of a title before "In": no year, quotation or imprint among them."""
    return len(text.split()) <= MAX_TITLE_WORDS and not re.search(
        r"(?:1[5-9]|20)\d\d|[“”\"«»]|:\s[^.]*\b(?:Press|Verlag)\b", text
    )


def _periodical_inside(title: str, rest: str) -> tuple[str, str, str]:
    """A plain title that ran on into the periodical: "A Note on X, Information and
    Computation, 84, No. 1, 119-127." is cut before the last part of it that reads as a
    periodical's name and numbers, when what followed the title held numbers only."""
    abbreviated = title.endswith(".") and reftail.periodical(rest) is not None
    if rest.strip() and not reftail.numbers_only(rest) and not abbreviated:
        return _tidy(title), rest, "plain"
    whole = f"{title} {rest}".strip()
    for split in reversed(list(TITLE_SPLIT_RE.finditer(title))):
        if reftail.periodical(whole[split.end() :]):
            return _tidy(title[: split.start()]), whole[split.end() :], "plain"
    run_on = runonjournal.split(whole) if not rest.strip() else None
    if run_on:  # "Lymphocyte homing and homeostasis Science 1996; 272:60-66."
        return _tidy(run_on[0]), run_on[1], "plain"
    return _tidy(title), rest, "plain"


def untitled(rest: str) -> bool:
    """ "Nano Lett. 2010, 10, 1012", "J. Opt. Soc. Am. 1982, 72, 899": chemistry's and
    physics' lists name the journal, abbreviated, right after the authors, with no title."""
    tail = reftail.periodical(rest)
    if not tail or not {"volume", "pages"} <= tail[1].keys():
        return False
    words = tail[0].split()
    abbreviated = "." in tail[0] or rest[len(tail[0]) : len(tail[0]) + 1] == "."
    if SENTENCE_WORD_RE.search(tail[0]):
        return False  # "Optimized Rule Induction. IEEE Expert, 8 (6)": a title's sentence
    acronym = ACRONYM_RE.fullmatch(tail[0]) is not None  # "ApJ, 650, 102", "MNRAS, 349, 385"
    return (
        (abbreviated or acronym)
        and len(words) <= MAX_UNTITLED_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _year_after_title(rest: str, fields: dict[str, str]) -> str:
    """ "*Title*. (n.d.). Retrieved…": APA dates a work without author after its title."""
    match = refyearheads.PAREN_YEAR_RE.match(" " + rest)
    if not match:
        return rest
    if match.group("year")[:1].isdigit():
        fields["year"] = match.group("year")[:4]
    return rest[match.end() - 1 :]


def _title_year(fields: dict[str, str]) -> None:
    """ "Title 2016." (Vancouver prints an undated-looking work's year after its title)."""
    match = TITLE_YEAR_RE.search(fields.get("title", ""))
    if match and "year" not in fields and match.start() > 0:
        fields["title"] = fields["title"][: match.start()].rstrip(" ,.")
        if match.group("year")[:1].isdigit():
            fields["year"] = match.group("year")


def _bracketed_tail(title: str, rest: str) -> tuple[str, str]:
    """ "Lives on the Edge (pp. 175–184)", "Title [PhD thesis]", "Title [Motion picture]":
    the tail is not title."""
    match = TITLE_TAIL_RE.search(title)
    medium = None if match else _medium(title)
    if medium:  # a sentence of its own before the imprint: no place's part
        return title[: medium.start()].strip(" ,.;:"), f"{medium.group().strip()}. {rest}".strip()
    if not match:
        return title, rest
    return title[: match.start()].strip(" ,.;:"), f"{match.group()} {rest}".strip()


def _medium(title: str) -> re.Match[str] | None:
    """A closing "[Video file]", "(Unpublished doctoral dissertation)": APA's description of
    what kind of work the title names, its first or last word a medium's."""
    match = CLOSING_GROUP_RE.search(title)
    if match is None or match.start() == 0:
        return None
    words = re.findall(r"[^\W\d_]+", match.group("bracket") or match.group("paren"))
    ends = {words[0].casefold(), words[-1].casefold()} if words else set()
    return match if ends & MEDIUM_WORDS else None


def _tidy(title: str) -> str:
    return title.replace("*", "").strip(" ,.;:")
