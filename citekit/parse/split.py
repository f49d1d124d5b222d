"""Note text -> citation spans: the note cut (cutpoints), the cuts undone within one citation
(rejoin), each piece started where its source begins (citestart), then cut again where
sources are joined ("and", commas, "cited in")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from citekit import lexicons
from citekit.parse import bracketdate, cues, deferred, memo, namecues, quotedin, reviews, uregex
from citekit.parse.bracketnamed import with_bracketed_names
from citekit.parse.cutpoints import Piece, pieces, protected, trim
from citekit.parse.dateprose import short_form_prose_at
from citekit.parse.describeditem import parse_described_item
from citekit.parse.endanchored import EndAnchored
from citekit.parse.hereaftersentence import attach_announcements, form_pieces
from citekit.parse.ibidbracket import ibids_in_prose
from citekit.parse.inherit import opens_with_same_author
from citekit.parse.joinprose import source_after_prose
from citekit.parse.joins import CITATION_END_RE, join_points
from citekit.parse.known import NO_TITLES, KnownTitles
from citekit.parse.labelledaddress import linked
from citekit.parse.loneshort import lone_short_form
from citekit.parse.mentions import without_mentions
from citekit.parse.openeditors import opens_edited_volume
from citekit.parse.paperfirst import paper_end
from citekit.parse.patterns import (
    CITED_IN_RE,
    ISSUE_DATE_PAREN_RE,
    LEAD_IN_RE,
    MONTHS,
    italic_spans,
    quoted_spans,
)
from citekit.parse.pinpoint import HERE, LABELS, NUMBERS
from citekit.parse.prefilter import GuardedBy, guarded
from citekit.parse.prosestart import DOMAIN_START_RE, cites
from citekit.parse.prosetail import source_start
from citekit.parse.quotedyear import cut_author_year
from citekit.parse.rejoin import merge_pieces
from citekit.parse.shortforms import has_short_shape
from citekit.parse.strayaddress import ADDRESS_LEAD_RE, BARE_ADDRESS_RE, with_stray_addresses
from citekit.parse.subverbo import source_before
from citekit.parse.translations import cut_translations
from citekit.parse.web import web_citation_end

URL_ONLY_RE = re.compile(r"<?(?:https?://|www\.)[^\s<>]+>?\.?", re.IGNORECASE)


def split_cited_in(text: str, piece: Piece, hereafter: tuple[str, ...] = ()) -> list[Piece]:
    """ "Roi Medvedev, “Vizit …,” 93-101, cited by Radchenko, Op. cit." holds two sources."""
    piece = quotedin.after_speaker(text, piece, hereafter)  # "Bagoo, quoted in Laughlin, …"
    span = piece.text(text)
    mask = None  # what is protected, read at the first "cited in": most spans hold none
    for match in CITED_IN_RE.finditer(span):
        mask = protected(span) if mask is None else mask
        if mask[match.start()]:
            continue
        head, tail = span[: match.start()], span[match.end() :]
        if cues.is_citation(head, hereafter) and cues.is_citation(tail, hereafter):
            first = trim(text, piece.start, piece.start + match.start())
            rest = Piece(piece.start + match.end(), piece.end)
            return [first, *split_cited_in(text, rest, hereafter)]
    return [piece]


# "… 183 (S.D.N.Y. 1991) (opening with …)", "…, 388 F.3d at 1193 (applying the rule …)": a
# bracket opened by a participle explains the source (Bluebook's explanatory parenthetical);
# words in "-ing" that are nouns or prepositions (lexicons/not_participles.txt) do not
NOT_PARTICIPLES = lexicons.alternation(lexicons.words("not_participles"))
EXPLANATORY_RE = uregex.compile(
    r"\s+\((?:arguing|noting|explaining|holding|finding|discussing|describing|suggesting|concluding"
    r"|narrowing|quoting|citing|observing|emphasizing|stating|rejecting|criticizing"
    rf"|(?!(?:{NOT_PARTICIPLES})\b)[a-z]{{2,}}ing(?=\s))\b.*\)$",
    re.S,
)
EXPLANATORY_RE = guarded(EXPLANATORY_RE)  # most notes hold none of its words


# ", shows that …", ", sur la place …" after a pinpoint: prose ends the citation; a join word
# (lexicons/join_words.txt: ", sowie Lund, …") goes on; the comma first: the engine skips to it
TRAILING_PROSE_RE = uregex.compile(
    r",(?<=[\d.],)\s+(?!"
    + lexicons.alternation(lexicons.words("join_words"))
    + r"\s|(?i:"
    + MONTHS  # an issue's date after its number: "…, nº 9, septembre 2000", "septiembre de 2000"
    + r")\.?\s+(?:del?\s+)?\d{4}\b|"
    + lexicons.alternation(lexicons.words("credit_marks"))  # "…, episode 1, hosted by Sarah Koenig"
    + r"\s|(?:"
    + lexicons.alternation(lexicons.entries("art_media"))  # "…, ca. 1660, oil on canvas, …"
    + r")\s+on\s|(?:"
    + lexicons.alternation(lexicons.words("recording_carriers"))  # "…, 1992, compact disc"
    + r")\.?$|(?i:(?:last\s+)?(?:"
    # the page's access date or its address after the date: "…, 2012, accessed April 4, 2014,
    # http://…" (Chicago's web page), "…, July 2011, available at http://…" (lexicons)
    + lexicons.alternation({*lexicons.entries("access_words"), *lexicons.words("link_labels")})
    + r"|modified|updated))\b"
    + r"|(?:ed|n\.|nn\.|note|notes|ff|f\.|sq|sqq|passim|here|hier|ici"
    r"|qui|esp|cf|pp?\.|S\.|vol|col|fol|fols|box|folder|item|at|bes|insb|hereafter|doravante"
    r"|volume|number|issue|part|series|chapter|posted|uploaded"  # "…, volume 1", "…, 12:34, posted"
    r"|section|pages?|column"  # a newspaper's: "…, February 16, 2000, section A, page 1, column 1"
    r"|paras?|arts?|recitals?|annex"  # law's divisions: "… ECR I-6193, para 31", "…, art 7(1)(b)"
    r"|season|episode|track|disc"  # a broadcast's or a recording's parts: "…, season 1, episode 1"
    r"|(?:read\s+)?with\s+(?=[A-ZÀ-Þ])"  # "…, 31, with Niecks, *Frederick Chopin*", "…, read with":
    # joins.py's compared sources
    r"|tesis|thèse|tese|tesi|thesis|diss|dissertation|mémoire|doctoral)\b)(?=[a-zà-ÿ]{3,}\s|(?:on|of|to|for|by)\s+[“\x22‘«]"
    r"|(?:on|of|to|for|by|as|in)\s+(?:the|a|an|this|that|his|her|its|their"
    r"|how|why|what|whether|which|where|when)\s"  # "…, 145, on how little changed"
    r"|on\s+[a-zà-ÿ]{4,}\s)"  # "…, 46–59, on knowledge by acquaintance": a topic, no article
)


# "…, S. XLVI–LVI, aufgelisteten …": a preface's capital roman page after its label, its comma,
# then prose in small letters, not a word that points further ("…, S. XIII–XXVII, hier S. XV")
# (TRAILING_PROSE_RE wants a digit before the comma: "Louis XIV, roi de France" is a title's)
ROMAN_PAGE_PROSE_RE = uregex.compile(
    r"(?<!\w)(?:S|pp?)\.\s?[IVXLC]+(?:\s*[–-]\s*[IVXLC]+)?(?P<comma>,)\s+(?!"
    + lexicons.alternation(lexicons.words("join_words"))
    + rf"\s|{HERE}\s|(?:bes|insb|passim|ff|sq|sqq|note|n)\b)(?=[a-zà-ÿ]{{3,}}[\s,;])"
)


# "*Songs of Zion* for a discussion of …", "…, 1995), which remains …": commentary opened right
# after a closed title, imprint or page (lexicons/title_prose_words.txt), no full stop before it
TITLE_PROSE_WORDS = r",?\s+(?:" + lexicons.alternation(lexicons.words("title_prose_words")) + r")\s"
TITLE_PROSE_RE = uregex.compile(r"(?<=[*”)\d])" + TITLE_PROSE_WORDS)
TITLE_PROSE_OPENING_RE = uregex.compile(TITLE_PROSE_WORDS)  # what such commentary opens with


# "Strumski (Dziesiątka…, dz. cyt., s. 45) pisze: „…”", "Stańko (…, s. 331), który …": a source
# in brackets after a name, its labelled pinpoint last, then prose in small letters (no joining
# word: "…, p. 4) and Roca, *Title*" goes on to a source)
BRACKETED_SOURCE_PROSE_RE = uregex.compile(
    rf"(?<=[\s,;(]){LABELS}\s?{NUMBERS}\)(?=,?\s+(?!"
    + lexicons.alternation(lexicons.words("join_words"))
    + r"\s)[a-zà-ÿ]{3,}\b)"
)

# "…, p. 72: opleiding en generatie verklaren …": a labelled pinpoint, a colon and running prose
# in small letters; the prose is commentary ("1997;10(1):137-55", "Paris: Seuil" are no prose);
# French sets a space before the colon and may open the prose with an article ("p. 7 : la carte")
PINPOINT_COLON_PROSE_RE = uregex.compile(
    rf"(?:^|(?<=[\s,(])){LABELS}\s?{NUMBERS}\s?(?P<colon>:)\s+"
    r"(?:[a-zà-ÿ]{3,}|(?<=\s:\s)[a-zà-ÿ]{2})\s+[a-zà-ÿ]"
)
# behind its colon and the word in small letters after it (an imprint's colon has a capital)
PINPOINT_COLON_PROSE_RE = GuardedBy(PINPOINT_COLON_PROSE_RE, uregex.compile(r":\s+[a-zà-ÿ]{2}"))


# "…, 2017, véase pp. 78–83", "… 363–380, aldaar 366 <doi:…>": a word for "here, see" and
# the pinpoint (a link may follow) are no prose
HERE_PINPOINT_RE = uregex.compile(
    rf"{HERE}\s+(?:{LABELS}\s?)?{NUMBERS}(?:\s+<?(?:doi:|https?://)[^<>\s]+>?)?"
)


def _drop_explanation(text: str, piece: Piece) -> Piece:
    cut = _explanation_at(piece.text(text))
    return piece if cut is None else Piece(piece.start, piece.start + cut)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # a part, then the same part trimmed; the second reading
def _explanation_at(span: str) -> int | None:
    """Where the explanation or trailing prose that SPAN closes with begins, if it has one."""
    match = EXPLANATORY_RE.search(span)
    if match:
        return match.start()
    prose = TRAILING_PROSE_RE.search(span)
    if (
        prose
        and not protected(span)[prose.start()]
        and re.search(r"\d", span[: prose.start()])
        and not HERE_PINPOINT_RE.fullmatch(span[prose.end() :].rstrip(" ."))
        and parse_described_item(span) is None  # "AGI, …, leg. 1528, exp. 3, carta del …, f. 2r"
    ):
        return prose.start()
    prose = ROMAN_PAGE_PROSE_RE.search(span) if "," in span else None
    if prose and not protected(span)[prose.start("comma")]:
        return prose.start("comma")
    prose = TITLE_PROSE_RE.search(span)
    if prose and not protected(span)[prose.start()]:
        return prose.start()
    prose = BRACKETED_SOURCE_PROSE_RE.search(span) if ")" in span else None
    if prose:
        return prose.end()  # the bracket closes the source; the prose after it is comment
    prose = PINPOINT_COLON_PROSE_RE.search(span) if ":" in span else None
    if prose and not protected(span)[prose.start("colon")]:
        return len(span[: prose.start("colon")].rstrip())  # "p. 7 : la carte": not the space
    return short_form_prose_at(span)  # "Vgl. Dobbelaere 2002 over secularisatie …"


# "; Henny: Title": the next name ends in a colon, as names before a title do where authors are
# listed with semicolons (German and ISO 690 notes: "Sahle; Henny: Klios Algorithmen, 2015")
NEXT_AUTHOR_OF_LIST_RE = re.compile(r"\s*;\s*[A-Z][^\s;:,]*(?:,[^;:]*)?:")


def _name_alone(text: str, piece: Piece, known: KnownTitles) -> bool:
    """ "…, 2015); Borgman.", "Knorr Cetina, 3": a known author's family name alone, or with a
    pinpoint, is a short form, unless it opens a list of authors ("Sahle; Henny: Title")."""
    span = piece.text(text)
    if known.family_and_pinpoint(span):
        return True
    return known.family_alone(span) and not NEXT_AUTHOR_OF_LIST_RE.match(text, piece.end)


def split_note(
    text: str, hereafter: tuple[str, ...] = (), known: KnownTitles = NO_TITLES
) -> list[tuple[Piece, str]]:
    """The spans of TEXT that are citations, each with the commentary before it.

    Args:
        text: the note.
        hereafter: the short forms the document announces ("hereafter RG 59, NA").
        known: the titles the document cites in full, by their authors' family names.
    """
    if URL_ONLY_RE.fullmatch(text.strip()):
        return [(trim(text, 0, len(text)), "")]  # a note that is only a URL cites that page
    web_end = web_citation_end(text) or paper_end(text)  # full stops part title, site, dates
    out = [(trim(text, 0, web_end), "")] if web_end else []
    merged = attach_announcements(text, merge_pieces(text, pieces(text), known))
    for piece in form_pieces(text, merged, hereafter):
        if piece.start < web_end:
            continue
        for part in split_cited_in(text, piece, hereafter):
            out.extend(_part_citations(text, part, known, hereafter))
    out = bracketdate.cut_brackets(text, out)  # "… (cf. Heidegger 1996, 47)": the bracket cites
    out = with_bracketed_names(text, out)  # "… traders (N. Limao and A. Venables, “Title,” …)"
    out = cut_translations(text, out, SAME_AUTHOR_PREFIX)  # "…, 1979 (trad. esp.: *Title*, …)"
    out = without_mentions(text, out)  # "… in Cunningham’s choreography *Winterbranch* (1964)"
    out = with_stray_addresses(text, out)  # "…, folder 47: https://…"; "See …, https://…"
    return (
        out
        or _quotation_source(text)
        or linked(text, _bare_addresses)
        or lone_short_form(text)
        or ibids_in_prose(text)  # "… opisuje A. Stańko (tamże, s. 309-340).": nothing else
    )


def _part_citations(
    text: str, part: Piece, known: KnownTitles, hereafter: tuple[str, ...]
) -> list[tuple[Piece, str]]:
    """The citations in PART of TEXT, each with the commentary before it; commentary opened
    after a closed title ("…, 1990), which took a century to replace Dreyer, *Tycho Brahe* (…)")
    is read again for a source of its own."""
    out = []
    span = part.text(text)
    start = source_start(span, _drop_explanation(text, part).text(text), known, hereafter)
    start = source_before(span, start, lambda h: source_start(h, h, known, hereafter))
    trimmed = _drop_explanation(text, trim(text, part.start + start, part.end))
    prefix = span[:start]
    joins = _split_joins(text, trimmed, hereafter, known)
    joined_parts = _uncut_review(text, trimmed, joins)
    listed = (p for j in joined_parts for p in _split_known_list(text, j, known))
    listed = (p for j in listed for p in cut_author_year(text, j, known))
    commas = (p for j in listed for p in _uncut_review(text, j, _split_commas(text, j)))
    for joined_part in commas:
        for sub_part, joined in _split_and_title(text, joined_part):
            body = sub_part.text(text)
            if body and (cites(body, hereafter, known) or _name_alone(text, sub_part, known)):
                out.append((sub_part, SAME_AUTHOR_PREFIX if joined else prefix))
            prefix = ""
    rest = _after_title_prose(text, trimmed, part)
    return out + _part_citations(text, rest, known, hereafter) if rest else out


def _after_title_prose(text: str, trimmed: Piece, part: Piece) -> Piece | None:
    """What follows TRIMMED in PART when a title's closing commentary (TITLE_PROSE_RE) cut it
    and a source may stand in it: a title in italics or quotation marks."""
    rest = text[trimmed.end : part.end]
    if trimmed.end >= part.end or not TITLE_PROSE_OPENING_RE.match(rest):
        return None
    if not TITLED_RE.search(rest):
        return None
    return Piece(trimmed.end, part.end)


TITLED_RE = re.compile(r"\*[^*]+\*|“[^”]+”")  # a title in italics or quotation marks


# what may stand between and after addresses listed alone: "…, http://… and http://…."
BETWEEN_ADDRESSES_RE = deferred.compile(r"(?:[\s.,;*]|\b(?:and|or|et|und|y|e)\b)*")


def _bare_addresses(text: str) -> list[tuple[Piece, str]]:
    """A note that points to web pages by their addresses alone ("For further information,
    see http://…", "Information available at https://… and https://…", "Siehe *https://…*"):
    each address cites its page, the prose before is comment. Words after an address
    ("Voir www.inpi.fr, section …") or before it that are no pointer ("Translated by Brita
    Pohl, www.…", "Title, URL: http://…") leave the note to be read as a whole."""
    if "http" not in text and "www." not in text:
        return []
    found = list(BARE_ADDRESS_RE.finditer(text))
    if not found or not ADDRESS_LEAD_RE.search(text[: found[0].start()]):
        return []
    ends = [m.end() for m in found]
    starts = [m.start() for m in found[1:]] + [len(text)]
    if any(
        not BETWEEN_ADDRESSES_RE.fullmatch(text[e:s]) for e, s in zip(ends, starts, strict=True)
    ):
        return []
    return [
        (Piece(m.start(), m.end()), "" if i else text[: m.start()]) for i, m in enumerate(found)
    ]


def _uncut_review(text: str, piece: Piece, parts: list[Piece]) -> list[Piece]:
    """PARTS with the cuts after a review word undone: the reviewed works' joins ("…, 2015,
    et José Luis García Delgado (éd.), …") are the review's title, not sources of their own."""
    at = reviews.review_word_at(piece.text(text))
    if at is None or len(parts) < 2:
        return parts
    out: list[Piece] = []
    for part in parts:
        if out and part.start > piece.start + at:
            out[-1] = Piece(out[-1].start, part.end)
        else:
            out.append(part)
    return out


QUOTATION_AFTER_RE = deferred.compile(
    r"\s*:\s*[\"“«„]"
)  # '*Title*: "…': the title, then what it says


# '"Epidemic Influenza," *British Medical Journal*, 1290–91': an unsigned article's title,
# its comma inside the quotes, then the periodical in italics
UNSIGNED_ARTICLE_RE = deferred.compile(r"[“\"‘][^”\"’]{2,200},[”\"’]\s*\*[^*]+\*")


def _quotation_source(text: str) -> list[tuple[Piece, str]]:
    """A note that quotes a passage and names its source, and cites nothing else: a title, a
    colon and the quotation ('*Diccionario*: "…"'), or the quotation, then the source in a
    short form ('"Así lo manda la ordenanza." Fernández de Oviedo, *Reglas del juzgado*.')."""
    opening = next(italic_spans(text), None)
    if opening and opening.start() == 0 and QUOTATION_AFTER_RE.match(text, opening.end()):
        return [(Piece(0, opening.end()), "")]
    quote = next(quoted_spans(text), None)
    if quote is None or quote.start() != 0:
        return []
    if UNSIGNED_ARTICLE_RE.match(text):
        return [(trim(text, 0, len(text)), "")]  # its title, not a quotation: an article
    rest = trim(text, quote.end(), len(text))
    return [(rest, "")] if rest.end > rest.start and has_short_shape(rest.text(text)) else []


def _split_joins(
    text: str, piece: Piece, hereafter: tuple[str, ...], known: KnownTitles = NO_TITLES
) -> list[Piece]:
    """Cut at " and ", " sowie ", " et " … where a finished citation ends and another begins
    ("*Osman v UK* (n 5) 226 and *Barrett v Enfield LBC* (n 17)"); a lead-in after the
    word ("and see …") and a few words of prose before the next source's names are dropped."""
    span = piece.text(text)
    for match in join_points(span, protected(span), None if known.empty() else known.is_short_form):
        head = span[: match.start()]
        lead = LEAD_IN_RE.match(span[match.end() :])  # "and see", "sowie vgl."
        begin = match.end() + (lead.end() if lead else 0)
        begin += source_after_prose(span[begin:])  # "und jüngst für … Liv Ingeborg Lied …"
        tail = span[begin:]
        if (
            _opens_after_join(tail, comma=bool(match.group("comma")))
            and not cues.locator_only(tail)  # "Box 1 and Box 5", "S. 12 und S. 14"
            and cites(tail, hereafter, known)
        ):
            rest = Piece(piece.start + begin, piece.end)
            if cites(head, hereafter, known) or known.family_and_pinpoint(head):
                first = trim(text, piece.start, piece.start + match.start())
                return [first, *_split_joins(text, rest, hereafter, known)]
            if match.group("word") == "with":  # "Thuc. 2.65.9, with A. W. Gomme, *…*": a
                return _split_joins(text, rest, hereafter, known)  # text read with a commentary
    return [piece]


def _opens_after_join(tail: str, comma: bool) -> bool:
    """Can TAIL, after a join word, open a citation: a capital, a title's emphasis or quote,
    an ibid., a site's domain. After ", and" a title alone is the same author's next work
    ("…, 1985), and *The Chinese Debate* …"), which _split_and_title cuts."""
    if tail[:1].isupper() or cues.is_ibid(tail) or DOMAIN_START_RE.match(tail):
        return True
    if opens_with_same_author(tail):
        return True  # "…, 3–11, and ead., *Pilgrimage in Medieval England* (London, 2000)"
    particle, _, rest = tail.partition(" ")  # "… and de Ste. Croix 1981: 289"
    if particle in namecues.PARTICLES and rest[:1].isupper():
        return True
    return not comma and tail[:1] in "*“\"‘'«„"


# ", " or ", and " before a capital: where a list of full citations may go on
COMMA_JOIN_RE = uregex.compile(r",\s+(?:(?:and|&)\s+)?(?=[A-Z]|\*?ed)")  # "*ed.* X": openeditors


def _split_commas(text: str, piece: Piece) -> list[Piece]:
    """Cut a list of full citations joined by commas, as `@a, @b, and @c are …` renders
    ("Angell, *The Great Illusion* (…, 1911), Solomon William Polachek, “Conflict and Trade,”
    … 24, no. 1 (1980): 55–78, and Martin Philippe, …"): the part before ends a citation
    dated in brackets, the part after opens with a person's name and is dated so too."""
    span = piece.text(text)
    if ", " not in span or len(DATED_RE.findall(span)) < 2:  # two dated citations at least
        return [piece]
    return _cut_comma_list(text, piece, CITATION_END_RE, _dated_citations_meet)


def _dated_citations_meet(head: str, tail: str) -> bool:
    opens = namecues.starts_with_name(tail) or opens_edited_volume(tail, namecues.starts_with_name)
    return opens and _imprint_or_date(tail) and _imprint_or_date(head)


def _cut_comma_list(
    text: str, piece: Piece, head_end: re.Pattern[str], meet: Callable[[str, str], bool]
) -> list[Piece]:
    """PIECE cut at every comma join (outside titles and brackets) whose part before ends as
    HEAD_END says and where MEET(part before, part after) holds."""
    span = piece.text(text)
    mask = protected(span)
    for match in COMMA_JOIN_RE.finditer(span):
        head, tail = span[: match.start()], span[match.end() :]
        if mask[match.start()] or not head_end.search(head):
            continue
        if meet(head, tail):
            first = trim(text, piece.start, piece.start + match.start())
            rest = Piece(piece.start + match.end(), piece.end)
            return [first, *_cut_comma_list(text, rest, head_end, meet)]
    return [piece]


TITLE_OR_PAGE_END_RE = EndAnchored(re.compile(r"(?:[”’\"*]|\d)$"))  # its last character


def _split_known_list(text: str, piece: Piece, known: KnownTitles) -> list[Piece]:
    """Cut a list of short forms joined by commas, as `see @a, @b, and @c` renders in
    shortened notes ("Rodríguez and Rodrik, “Trade Policy”, Dollar and Kraay, “Trade, Growth,
    and Poverty”, and Tavares, “…”"): the part before ends a title or a pinpoint (not
    "Idem": "Idem, London, Londoners …" is one citation), the part after opens with a known
    author and the start of their title."""
    if known.empty():
        return [piece]
    plain = "*" not in piece.text(text)
    head_end = ITEM_END_RE if plain else TITLE_OR_PAGE_END_RE  # (the cheap test first)
    return _cut_comma_list(text, piece, head_end, partial(_known_short_follows, known, plain))


# a title's mark, a figure, or a plain word
ITEM_END_RE = EndAnchored(re.compile(r"(?:[”’\"*?!]|\w)$"))


def _known_short_follows(known: KnownTitles, plain: bool, head: str, tail: str) -> bool:
    """The part after opens with a known short form; the part before ends a title or a
    pinpoint, or, in plain text where nothing marks a title, is a known short form too
    ("Drucker, The Visible Word, Ernst, Wechselwirkung")."""
    titled = TITLE_OR_PAGE_END_RE.search(head) is not None
    if not titled and not (plain and NAMES_THEN_WORDS_RE.match(tail)):
        return False  # the cheap tests before the known works are asked
    if not known.cites(tail):  # asked before the head is read: each head is a new prefix,
        return False  # whose unaided reading no earlier question kept
    return (not titled or cites(head, ())) and (titled or known.cites(head))


NAMES_THEN_WORDS_RE = re.compile(r"[^,]+,\s+[^\W\d_]")  # "Ernst, Wechselwirkung", not "Seuil, 2020"


DATED_RE = re.compile(r"\((?:[^()]*[\s,:])?(?:1[5-9]|20)\d\d\)")  # "(1980)", "(Oxford, 2015)"


# "…, 1985), and *The Chinese Debate …* (…, 1987)": a second work by the same author
AND_TITLE_RE = re.compile(r"\),\s+(?:and|&|und|et|y|e)\s+(?=[*“\"‘«„])")
SAME_AUTHOR_PREFIX = "and "  # the prefix that tells parse_note to repeat the author before


def _split_and_title(text: str, piece: Piece) -> list[tuple[Piece, bool]]:
    """Cut after an imprint where "and" opens another title: (piece, same author as before)."""
    span = piece.text(text)
    for match in AND_TITLE_RE.finditer(span):
        head, tail = span[: match.start() + 1], span[match.end() :]
        if _imprint_or_date(head) and _imprint_or_date(tail):
            first = Piece(piece.start, piece.start + match.start() + 1)
            rest = Piece(piece.start + match.end(), piece.end)
            return [(first, False), *[(p, True) for p, _ in _split_and_title(text, rest)]]
    return [(piece, False)]


def _imprint_or_date(part: str) -> bool:
    """An imprint, or the date of an issue or a post: "(Paris, 2001)", "(14 Apr 2016)"."""
    return cues.has_imprint(part) or bool(ISSUE_DATE_PAREN_RE.search(part))


# a link's visible text that cites nothing: "online", "here", "PDF", "JSTOR", a URL or DOI
_LINK_WORDS_MAX = 4
_RESIDUE_WORDS_MAX = 3  # "Available at", "Online at", "See"


def link_only(text: str, piece: Piece, links: tuple[tuple[int, int], ...]) -> bool:
    """Is PIECE nothing but the visible text of LINKS ((start, end) in TEXT) and a lead-in?

    Such a piece ("[link](url)", "Available here.") is no citation of its own: its links
    belong to the citation before it.
    """
    inside = [(max(s, piece.start), min(e, piece.end)) for s, e in links]
    inside = [(s, e) for s, e in inside if s < e]
    if not inside:
        return False
    residue = list(text[piece.start : piece.end])
    for start, end in inside:
        shown = text[start:end]
        if not _names_nothing(shown):
            return False
        residue[start - piece.start : end - piece.start] = " " * (end - start)
    rest = "".join(residue)
    words = re.findall(r"\w+", rest)
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        return False  # "Martin Mueller, http://…": who made the page, not a lead-in
    return len(words) <= _RESIDUE_WORDS_MAX and not re.search(r"\d|\*", rest)


def _names_nothing(shown: str) -> bool:
    """A URL, a DOI, or a few words with no figure and no title in italics."""
    stripped = shown.strip(" .,;:()[]<>")
    if re.match(r"(?:https?://|www\.|doi:|10\.\d{4,}/)", stripped, re.IGNORECASE):
        return True
    return len(stripped.split()) <= _LINK_WORDS_MAX and not re.search(r"\d|\*", stripped)
