"""What a stretch of note text looks like: a name, a title, an imprint, commentary, ..."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import (
    deferred,
    eprints,
    isoshape,
    memo,
    plainimprint,
    segments,
    statement,
    uregex,
)
from citekit.parse.archivalunits import has_apparatus
from citekit.parse.archivewords import (
    archive_words,
    call_number_end,
    outside_quoted_titles,
    records_of,
)
from citekit.parse.bluebook import parse_bluebook
from citekit.parse.cases import reported_case
from citekit.parse.decisions import is_decision
from citekit.parse.familypage import family_and_page
from citekit.parse.imprint import find_locator, without_gloss
from citekit.parse.namecues import (
    EDITOR_WORDS,
    FAMILY_INITIALS_RE,
    JOINERS,
    PARTICLES,
    SAME_AUTHOR_RE,
    capitals_inverted,
    leading_name_tokens,
    starts_with_name,
    word_tokens,
)
from citekit.parse.namedibid import named_ibid
from citekit.parse.patterns import (
    COLLECTION_NAME_RE,
    CONFERENCE_RE,
    DAY_DATE_PAREN_RE,
    DOI_RE,
    GERMAN_EDITOR_PAREN,
    IBID_RE,
    IMPRINT_PAREN_RE,
    INNER_LEAD_RE,
    ISSUE_DATE_PAREN_RE,
    ITALIC_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    MONTH_RE,
    PERSONAL_RE,
    REPORT_RE,
    THESIS_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
    find_supra,
)
from citekit.parse.pinpoint import NOTE_POINTER_RE, end_pinpoint
from citekit.parse.places import is_place
from citekit.parse.possessedtitle import opens_with_possessor
from citekit.parse.prefilter import GuardedBy, guarded
from citekit.parse.prosehead import prose_before_title
from citekit.parse.publishedimprint import published_imprint
from citekit.parse.quotedterm import opens_with_quoted_term
from citekit.parse.seriesparen import imprint_segments
from citekit.parse.titlespans import has_title, titles
from citekit.parse.wordtrie import whole_words_re

# words that open prose, never a name: "Strangely, X is ...", "During his meetings ..."
PROSE_VERBS_RE = whole_words_re(lexicons.words("prose_verbs"))  # "argues", "notes that"
DOCUMENT_WORDS_RE = uregex.compile(
    r"\b(?:memo(?:randum)?|letter|telegram|cable|minutes|diary|notes?|notebook|report|record"
    r"|transcript|dispatch|speech|draft|protocol|Protokoll|Brief|Vermerk|lettre|note)\b",
    re.IGNORECASE,
)
AUTHOR_PARTY_RE = uregex.compile(
    r"(?:with|by|to)\s+the\s+(?:present\s+)?author|author[’']s\s+(?:\w+\s+)?(?:interview|conversation)"
    r"|mit\s+dem\s+Verfasser|avec\s+l[’']auteur|con\s+l[’']autore|con\s+el\s+autor",
    re.IGNORECASE,
)
AUTHOR_PARTY_RE = guarded(AUTHOR_PARTY_RE)  # most notes hold none of its words
MONTH_RE = guarded(MONTH_RE)  # searched (11 µs) where a span has no year; few such name a month


@lru_cache(maxsize=memo.PER_DOCUMENT)
def has_imprint(text: str) -> bool:
    return bool(IMPRINT_PAREN_RE.search(text) or DAY_DATE_PAREN_RE.search(text))


def locator_only(text: str) -> bool:
    """ "Box 5, Folder 6", "p. 45": nothing but a pinpoint."""
    match = LOCATOR_START_RE.match(text.strip())
    return bool(match) and not has_title(text)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_ibid(text: str) -> bool:
    """ "Ibid., p. 4", and with the author's name before the word: "*Schulze*, ebd. Rn. 18"."""
    text = text.strip()
    return bool(IBID_RE.match(text)) or named_ibid(text) is not None


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_opcit(text: str) -> bool:
    return bool(find_opcit(text)) and not has_imprint(text)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_personal(text: str) -> bool:
    """An interview or a conversation: no title, no place of publication."""
    if (
        not (PERSONAL_RE.search(text) or AUTHOR_PARTY_RE.search(text))
        or has_imprint(text)
        or titles(text)
        or end_pinpoint(text)  # "COHEN, Entrevista com Yves Cohen, p. 31": a printed text's page
    ):
        return False
    if COLLECTION_NAME_RE.search(text) or re.search(r"(?i)\b(?:box|folder)\s+\d", text):
        return False  # "Memorandum of conversation, …, Acheson Papers, Box 64": archival
    if not _personal_cue_stated(text):
        return False  # "… evolving conversations in the Republic of Letters": prose
    if AUTHOR_PARTY_RE.search(text):
        return True  # "interviews with the author", "Gespräch mit dem Verfasser"
    found = segments.find_imprint(segments.split_segments(text))
    return not (
        found and ("publisher" in found[2] or segments.is_place(found[2].get("address", "")))
    )


PERSONAL_LEAD_WORDS = 2  # "Telephone conversation with …", "the author’s conversations with …"


def _personal_cue_stated(text: str) -> bool:
    """A personal communication says when it took place ("interview, 3 May 2001") or opens
    with what it was ("Interview with …", "Smith interview"); prose that merely mentions
    correspondence or conversations ("We need comparisons of more correspondence to …",
    "of particular interest to the authors") does neither."""
    if YEAR_RE.search(text) or MONTH_RE.search(text):
        return True
    cue = PERSONAL_RE.search(text) or AUTHOR_PARTY_RE.search(text)
    return cue is not None and len(text[: cue.start()].split()) <= PERSONAL_LEAD_WORDS


SIGLUM_RE = uregex.compile(
    r"\b(?!(?:[IVXLC]+|US|UK)\b)[A-Z][A-Za-z]?[A-Z]{1,4}\b"
)  # HIA, BArch, TNA


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def is_archival(text: str) -> bool:
    """A reference to papers in an archive ("Box 5, Folder 6, Acheson Papers, Truman Library")."""
    if has_apparatus(text) and not URL_RE.search(text):
        return True  # "…, RGASPI, f. 17, op. 3, d. 883, l. 10": an archive's units, whatever else
    if has_imprint(text) or _titled_work(text) or URL_RE.search(text):
        return False
    if found := archive_words(text):  # none inside a quoted title: "“Reading an Archive,” 45"
        if THESIS_RE.search(text):  # "diss. Lund: Arkiv 1986": a thesis, its publisher Arkiv
            return False
        # a series' "Collection" before the imprint is no archive
        return not published_imprint(text, max(m.end() for m in found))
    words = DOCUMENT_WORDS_RE.search(outside_quoted_titles(text))
    return bool(words and SIGLUM_RE.search(text)) or _dated_with_class_code(text)  # "…, HIA"


# a record office's class and piece after a comma: "FO 46/152", "HO 42/129", "R 43 I/2435"
CLASS_PIECE_RE = uregex.compile(r",\s+[A-Z]{1,5}\s\d{1,4}(?:\s[IVX]{1,4})?/\d{1,5}\b")


def _dated_with_class_code(text: str) -> bool:
    """ "Parkes to Granville, 2 March 1870, FO 46/152": a dated document, then the class and
    piece its record office files it under; the office itself may go unnamed once named."""
    code = CLASS_PIECE_RE.search(text) if "/" in text else None
    return code is not None and document_description(text[: code.start()])


def _titled_work(text: str) -> bool:
    """An italic title means a published work, even when it mentions a "Library"."""
    return any(m.group().startswith("*") for m in titles(text))


def archival_detail(text: str) -> bool:
    """ "Diary, 3 February, 1989, p. 231": a short description that goes on with an archival one
    (not a sentence of prose: "The figures were first tabulated by Nilson, 211–15")."""
    words = word_tokens(text)
    short = len(words) <= 10 and any(c.isdigit() for c in text) and not has_title(text)
    return short and not is_commentary(text)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def document_description(text: str) -> bool:
    """ "Gorbachev to his aides on September 29, 1986": a dated document, its archive follows."""
    words = word_tokens(text)
    dated = bool(YEAR_RE.search(text) or MONTH_RE.search(text) or "undated" in text.casefold())
    if LOCATOR_START_RE.search(text) or NAME_COLON_RE.search(text):
        return False  # "Kettler: Übersetzen als Politik, …, S. 87–93" is a citation itself
    return dated and len(words) <= 25 and not ITALIC_RE.search(text) and not has_imprint(text)


PROSE_OPENERS = lexicons.words("prose_openers")  # "zu", "über", "however": never a name


def _lead_inside(text: str) -> bool:
    """Does a lead to a source stand inside TEXT ("… vgl. Krause"), not a container's "in:"?"""
    if not INNER_LEAD_RE.possible(text):
        return False
    return any(
        not m.group().strip(" ,;(").casefold().startswith("in")
        for m in INNER_LEAD_RE.finditer(text)
    )


PROSE_OPENING_RE = uregex.compile(r"[a-z]{3,},?")  # a lowercase word, no abbreviation
# a full stop that ends a sentence, not the day or month of "16. 4. 1919"
FIRST_SENTENCE_RE = deferred.compile(r"(?<![\s.]\d)(?<![\s.]\d\d)\.\s")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def is_commentary(text: str) -> bool:
    """Prose that is not the opening of a source ("On the context of the speech, see ...")."""
    if opens_with_quoted_term(text):
        return True  # "“Rebaselining” occurs when …": a term, defined in prose
    if (
        is_ibid(text)
        or starts_with_name(text)
        or text.lstrip()[:1] in "*“\"‘'«„("
        or opens_with_possessor(text)
    ):
        return False
    if parse_bluebook(text) is not None:
        return False  # "Brown v. Bd. of Educ., 347 U.S. 483 (1954)": a case, however it reads
    if URL_RE.search(text) and not PROSE_VERBS_RE.search(text):
        return False  # a web page: "Gorbachev's Visit to China, <https://…>, accessed …"
    opening = " ".join(word_tokens(text)[:6])
    if is_archival(text) and (DOCUMENT_WORDS_RE.search(opening) or records_of(text)):
        return False  # "The working notes of Anatoly Chernyaev, ..., Chernyaev Papers"
    if is_archival(text) and document_description(FIRST_SENTENCE_RE.split(text)[0]):
        return False  # "Gorbachev to Chernyaev in August 5, 1988. The Chernyaev Papers"
    if PERSONAL_RE.search(opening) or (CONFERENCE_RE.search(text) and YEAR_RE.search(text)):
        return False  # "the author's conversations with ...", "The paper by X at the conference"
    words = [w for w in word_tokens(text)[:7] if not any(c.isdigit() for c in w)]
    if (
        words
        and PROSE_OPENING_RE.fullmatch(words[0])
        and words[0].casefold() not in JOINERS
        and not LEAD_IN_RE.match(text)  # "anche Procacci, …", "see also Koselleck, …"
    ):
        return True  # "sobre la represión de 1874, Ortiz Calvo, …": a sentence, not a source
    # after a word that opens prose, never a name, and before a lead to a source ("Zu den
    # Spannungen vgl. …"), a particle is an article of the prose, not a name's ("Maria den
    # Boer"); without the lead the words may be a title's ("Zur Geschichte der Stadt")
    opener = bool(words) and words[0].strip(",").casefold() in PROSE_OPENERS
    prose = opener and not LEAD_IN_RE.match(text) and _lead_inside(text)
    kept = EDITOR_WORDS if prose else PARTICLES | EDITOR_WORDS
    lower = [
        w
        for w in words[1:5]
        if w[:1].islower()
        and w.strip(",.").casefold() not in kept
        and w.rstrip(".").strip("ivx")  # "Hornblower 1991: i. 298": a volume, no word
    ]  # "The History of Cartography, red. J. B. Harley": the mark is no prose
    return len(lower) >= 2 or bool(PROSE_VERBS_RE.search(" ".join(words[:6])))


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def has_source(text: str) -> bool:
    """Anything that names a source: title, imprint, URL, DOI, archive, back-reference."""
    if starts_with_name(text) and (YEAR_RE.search(text) or PLAIN_SHORT_RE.match(text.strip(" .;"))):
        return True  # "Pierre Daix, Braudel, Paris, Flammarion, 1995", "Kaplan, NATO, 120"
    return bool(
        has_title(text)
        or has_imprint(text)
        or URL_RE.search(text)
        or DOI_RE.search(text)
        or is_ibid(text)
        or is_opcit(text)
        or is_archival(text)
        or find_supra(text)
    )


@lru_cache(maxsize=memo.PER_DOCUMENT)
def citation_score(text: str) -> int:
    """How strongly the span reads as a citation rather than commentary."""
    score = 0
    score += 2 if starts_with_name(text) or opens_with_possessor(text) else 0
    score += 2 if has_title(text) else 0
    score += 3 if has_imprint(text) else 0
    score += 4 if plainimprint.has_plain_imprint(text) else 0
    score += 1 if YEAR_RE.search(text) else 0
    score += 1 if LOCATOR_START_RE.search(text) else 0
    score += 2 if URL_RE.search(text) or DOI_RE.search(text) or eprints.names_eprint(text) else 0
    score += 2 if is_archival(text) else 0
    score += 2 if THESIS_RE.search(text) or REPORT_RE.search(text) else 0
    score += 1 if CONFERENCE_RE.search(text) else 0
    score += (
        1
        if (DOCUMENT_WORDS_RE.search(text) or call_number_end(text) or records_of(text))
        and is_archival(text)
        else 0
    )
    score -= 3 if is_commentary(text) else 0
    score -= 2 if not has_imprint(text) and PROSE_VERBS_RE.search(text) else 0
    score -= 3 if not has_imprint(text) and prose_before_title(text) else 0
    return score


# the locator labels of a book's pinpoint ("Kap.", "гл.", "p."), not a statute's or treaty's
# ("§ 46", "Art. 3", "¶ 5": after "Rights and Fundamental Freedoms, vol. 213" no author)
PAGE_LABELS = lexicons.alternation(
    w for w in lexicons.words("locator_labels") if w[:1].isalpha() and w.casefold() != "art."
)
# "Kaplan, NATO, 120", "Evelyn, Diary, iv. 12": names, a short title, a page (after a volume)
PLAIN_SHORT_RE = uregex.compile(
    r"^[^,]{2,60},\s+.{3,150}?,\s+"
    rf"(?:{PAGE_LABELS}\s?|(?:nos?\.|letters?)\s?|[ivxlc]+\.\s*)?(?:[\dxivlc]+(?:\.{{1,2}}\d+)?(?:\s*[-–:]\s*\d+)?)$"
)  # the page may have any label a locator has: "Kap. 7", "гл. 3", "para. 19"; volume and
# paragraph joined by a full stop ("5.480", citeproc's "5..480"); a letter's number ("no. 300")


def _plain_short(text: str) -> bool:
    return bool(PLAIN_SHORT_RE.match(text)) or statement.colon_short_with_page(text)


def mentions(text: str, form: str) -> bool:
    """Does the text contain the short form as whole words ("ANK", not the "ank" of "Franke")?

    A form in capitals is an acronym and must be written so: Czech "NA" is not "na".
    """
    form = " ".join(form.split())
    if any(c.islower() for c in form):
        text, form = text.casefold(), form.casefold()
    if not form or form not in text:  # the common answer, without building a pattern
        return False
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


@lru_cache(maxsize=memo.PER_DOCUMENT)
def _ends_with_imprint(text: str) -> bool:
    """Chicago's shape: the imprint in brackets, then at most a pinpoint, then the end."""
    imprints = list(IMPRINT_PAREN_RE.finditer(text))
    if not imprints:
        return False
    after = text[imprints[-1].end() :].strip(" ,.;:")
    after = without_gloss(after)  # "…), iv. 896–9 (39 Eliz. I, c. 3)"
    return not after or find_locator(after) is not None


# "*Keller*, Die Böse Fasnacht", "*Meinhardt*/*Ranft*, Die Sozialstruktur", "*Lanz*, in: …":
# an author in italics, then a capitalised title or "in:" (not "*Wagner*, so heißt es")
ITALIC_AUTHOR_TITLE_RE = uregex.compile(
    r"\*[^*]+\*(?:/\*[^*]+\*)*(?:\s+u\.\s?a\.|\s+et\s+al\.)?,\s+(?:in:\s|[A-Z])"
)  # "*Sandri* u. a., Why Don't You Do It Right?": "et al." after the italics


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_citation(text: str, hereafter: tuple[str, ...] = ()) -> bool:
    """Does the span cite something (a source, a back-reference, a personal communication)?"""
    if is_ibid(text) or find_supra(text) or parse_bluebook(text) is not None:
        return True
    if is_decision(text):
        return True  # "OLG Nürnberg, GRUR-RR 2001, 225 (227) – Dienstanweisung"
    if SAME_AUTHOR_RE.match(text) and YEAR_RE.search(text):
        return True  # "______. Cidade febril. São Paulo: Companhia das Letras, 1996"
    if (_ends_with_imprint(text) or plainimprint.ends_with_plain_imprint(text)) and not (
        PROSE_VERBS_RE.search(text)
    ):
        return True  # "Papers on Time-Reckoning, ed. Sandford Fleming (Toronto: Copp, 1886), 12"
    spaced = " ".join(text.split())
    if any(mentions(spaced, h) for h in hereafter):
        return True  # "RG 59, NA, 740.5/4-449" after "(hereafter RG 59, NA)"
    if starts_with_name(text) and _plain_short(text.strip()) and not is_commentary(text):
        return True  # "Acheson, Present at the Creation, 277"
    if family_and_page(text):
        return True  # "Morton p. 47": a family name and a page, the comma left out
    if ": " in text and isoshape.colon_head(text.strip()):
        return True  # "KNAPP, V.: Teorie práva": Slovak and Czech names, a colon, a title
    if is_opcit(text):
        before = text[: find_opcit(text).start()].strip(" ,*")
        if starts_with_name(text) or has_title(text) or len(before.split()) >= 2:
            return True  # "Radchenko, Op. cit.", "Lettere dal carcere, cit., p. 512"
    if is_personal(text):
        return True
    if ITALIC_AUTHOR_TITLE_RE.match(text.strip()) and statement.opens_with_italic_name(
        text.strip()
    ):
        return True  # "*Keller*, Die Böse Fasnacht": the author in italics, as German law has it
    return citation_score(text) >= 3 or reported_case(text)  # "Read v J Lyons [1947] AC 156"


# a span that is one title and nothing else: "*Title of a Book*", "“Title of an Article.”"
TITLE_ONLY_RE = deferred.compile(
    r"""^(?: \*(?P<i>[^*]{3,200})\*                      # *Title*
           | “(?P<q>[^”]{3,200}?)[,.]?”                 # “Title.”, “The ‘New’ Title”
           | ‘(?P<s>[^’]{3,200}?)[,.]?’                 # ‘Title’ (MHRA)
           | "(?P<d>[^"]{3,200}?)[,.]?"                # "Title."
           | (?P<p>[A-Z][^.;()\[\]“”"*«»]{3,200}?) )   # Title, its italics lost in plain text
        (?:,\s*(?:pp?\.\s*)?\d+(?:\s*[–-]\s*\d+)?)?      # its pinpoint: "*Zettelwirtschaft*, 255"
        [.,]?$""",
    re.X,
)
TITLE_SMALL_WORDS = lexicons.words("title_stopwords") | lexicons.words("title_case_small_words")


def title_only(text: str) -> bool:
    """A span that is only a title in Title Case (an English title as Chicago and MHRA print
    it), marked or, in plain text, bare: a note whose author the running text named (`@key
    says` in pandoc), or no citation at all ("*American Historical Review*", "See Chapter
    Two.") unless the document cites that title."""
    match = TITLE_ONLY_RE.match(text.strip())
    if not match:
        return False
    title = match["i"] or match["q"] or match["s"] or match["d"] or match["p"]
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    big = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    least = 2 if match["p"] else 1  # "*Detailtypografie*": one word, if its marks say a title
    return len(words) >= least and bool(big) and all(w[0].isupper() for w in big)


NAME_COLON_RE = GuardedBy(
    uregex.compile(  # an editor's mark may stand before the colon: "Winfried Nerdinger (Hg.):"
        rf"(?:^|\s)(?P<name>(?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w'’-]+)(?:\s+{GERMAN_EDITOR_PAREN})?"
        r":\s+(?=[A-ZÀ-Ý\d])"
    ),
    re.compile(r":\s"),  # its colon and space, found first: the names are tried at every position
)


# a short form's pinpoint, not a year: after a comma ("…, *Title*, 201"), after the comma a
# closing quotation mark holds ("…, “Title,” 12", the American habit) or straight after a
# closed title ("…, *Title* 2:177", "…, “Title” 14–15")
PINPOINT_AFTER_RE = re.compile(
    r"(?:,\s*|,[”’\"]\s+|(?<=\w)[”\"*]\s+)(?!(?:1[4-9]|20)\d\d\b)"
    r"[\dxivl]+(?::\d+)?(?:\s*[-–]\s*\d+)?(?:,|$)"
)


def unfinished_citation(text: str) -> bool:
    """ "…vgl. Hendrik Birus: Goethes Idee der Weltliteratur": names and a title, nothing after."""
    lead = LEAD_IN_RE.match(text)
    body = text[lead.end() :] if lead else text
    named = starts_with_name(body) or bool(NAME_COLON_RE.search(text))
    named = named or bool(SAME_AUTHOR_RE.match(body))
    if not named or "://" in text or has_imprint(text) or LOCATOR_START_RE.search(text):
        return False  # an address closes a web citation ("…, *BullionVault*, https://…")
    if is_ibid(text) or PINPOINT_AFTER_RE.search(text):
        return False  # "Hartmann, *Cities of the Tide*, 201, shows …": it has its pinpoint
    return segments.find_imprint(segments.split_segments(text)) is None


def _names_then_title(text: str, imprint_at: int) -> bool:
    """Does TEXT open with names followed by a title before the imprint (a new citation)?"""
    count = leading_name_tokens(text)
    if (
        not count
        or FAMILY_INITIALS_RE.match(text) is None
        and not re.search(r"(?:^|\s)[A-ZÀ-Ý]\.", " ".join(text.split()[:count]))
    ):
        return False  # no initials: "Philosophy, Hegemony and Marxism" reads as title words
    rest = " ".join(text.split()[count:])
    return segments.find_imprint(["", *segments.split_segments(rest)]) is not None


# a journal's volume and issue: "v. 21, n. 42", "vol. 3, no. 2", "roč. 12, č. 3"
ISSUE_RE = uregex.compile(  # or an issue, then its pages: "n. 19, p. 33-62"
    r"\b(?:(?:v|vol|roč|t|Jg)\.\s*\d+\s*,\s*(?:n|no|nº|núm|nr|č|H)\.?\s*\d+|n\.\s*\d+,\s*p\.\s*\d+[-–]\d)"
)


# plain words, then a journal in italics with its volume and year in brackets: "…
# Centuries, *Quaderni Storici*, 3 (2017)", "…, *Annales* 12, no. 3 (1957)"
TITLE_TAIL_THEN_JOURNAL_RE = deferred.compile(
    r"(?P<tail>[^*;]{3,300}?),\s+\*[^*]+\*,?\s+(?:vol\.\s*)?[\dIVXLC]+"
    r"(?:[.,]?\s*(?:no\.|nº|n°|n\.)?\s*\d+)?,?\s*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)"
)
TITLE_TAIL_WORDS = 5  # before its first comma: a name is shorter ("Jean-Pierre de la Croix")


def _title_tail_then_journal(text: str) -> bool:
    """Is TEXT the rest of a plain article title (a subtitle cut at a full stop), then the
    journal with its volume and year? Not a new citation: no name and comma open it."""
    match = TITLE_TAIL_THEN_JOURNAL_RE.match(text)
    if match is None:
        return False
    return len(match.group("tail").split(",")[0].split()) >= TITLE_TAIL_WORDS


def completes_citation(text: str) -> bool:
    """A sentence that carries on a title up to its imprint or pages, opening no new citation."""
    if LEAD_IN_RE.match(text):
        return False  # "Compare Peter Lund, …" opens a citation of its own
    parts, found = imprint_segments(text)  # "…, Tübingen: Francke 1995 (Bibliotheca Germanica 32)"
    if (
        found
        and not has_title(text)
        and segments.title_text(parts[: found[0]]) == ", ".join(parts[: found[0]])
    ):
        # "Konzepte und Perspektiven, Würzburg 1995", "Philosophy, Hegemony and Marxism,
        # Leiden-Boston, Brill, 2009": a title's tail, then the imprint, no title of its own
        return not _names_then_title(text, found[0])
    if _title_tail_then_journal(text):
        return True  # "Anticipatory Knowledge in …, *Quaderni Storici*, 3 (2017), p. 761"
    if ISSUE_RE.search(text) and YEAR_RE.search(text) and not capitals_inverted(word_tokens(text)):
        return True  # ABNT: "… liberdade. Revista Brasileira de História, v. 21, n. 42, 2001"
    pointer = NOTE_POINTER_RE.search(text)
    if pointer and "," not in text[: pointer.start()]:
        return True  # "Konstruktion und Funktion der „Picasso-Story“ 1967 (Anm. 2)": a subtitle
    if _imprint_alone(parts):
        return True  # "Göttingen: Wallstein 2005": the imprint alone, its place read as a name
    if starts_with_name(text) or is_ibid(text) or NAME_COLON_RE.match(text):
        return False
    return bool(
        segments.find_imprint(["", *parts])
        or has_imprint(text)
        or ISSUE_DATE_PAREN_RE.search(text)  # "*Journal* 44, no. 1 (Spring 2014): 12-29"
        or LOCATOR_START_RE.search(text)
        or end_pinpoint(text)  # "… im 19. Jahrhundert, Kap. 13": a subtitle, then the pinpoint
        or re.search(r"\bin:\s", text)
    )


PLACE_WORDS_MAX = 3  # words: "Frankfurt am Main", "Berlin/New York"; more is a title's


def _imprint_alone(parts: list[str]) -> bool:
    """Is the sentence of PARTS an imprint and nothing else, with a known place first
    ("Göttingen: Wallstein 2005", "München: Fink 2014")? German notes print place, colon,
    publisher and year with no comma, a shape that also reads as "Name: Title"."""
    found = segments.find_imprint(["", *parts])
    if found is None or found[0] != 1 or found[1] != len(parts):
        return False
    place = found[2].get("address", "")
    return len(place.split()) <= PLACE_WORDS_MAX and is_place(place)
