"""Every regular expression of the note parser, named *_RE, each with an example."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, localeterms, uregex
from citekit.parse.endanchored import EndAnchored
from citekit.parse.prefilter import GuardedBy, GuardedFromWords, folded, guarded
from citekit.parse.remembered import Remembered

YEAR = r"(?:1[4-9]\d\d|20[0-4]\d)"  # 1989, 2014; not "p. 2078", which no work is dated
# "1989", "2001a": (?<!\d){YEAR}, the test of the digit before made after the year's first digit,
# so that the engine tries the pattern only at a "1" or a "2" (tests/parse/test_rewritten.py)
YEAR_RE = uregex.compile(r"(?:1(?<!\d1)[4-9]\d\d|2(?<!\d2)0[0-4]\d)(?:[a-z])?(?!\d)")
# a year from 1500 to 2099 as a word of its own: whether a reference entry or an imprint is dated
# German "(Hg.)"/"(Hgg.)"/"(Hrsg.)" between an editor's name and the colon of a note's head:
# "Winfried Nerdinger (Hg.): Bauhaus-Moderne"
GERMAN_EDITOR_PAREN = r"\((?:Hgg?|Hrsg)\.\)"
YEAR_WORD_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# the Arabic article joined to a capitalised name (lexicons/name_articles): "al-Ghazālī",
# "el-Sadat"; such a word is a name, and may open a title, though it opens in lower case
NAME_ARTICLE = rf"(?:{lexicons.alternation(lexicons.words('name_articles'))})-(?=[^\W\d_a-z])"
NAME_ARTICLE_RE = re.compile(NAME_ARTICLE)
# "(?:September|janvier|März|…)": every spelling in lexicons/months.txt and the CSL locales' month
# names (lexicons.month_rows), case as written
MONTHS = lexicons.alternation(tuple(name for month in lexicons.month_rows() for name in month))
MONTH_RE = uregex.compile(rf"\b(?P<month>{MONTHS})\b\.?", re.IGNORECASE)
SEASONS = "Spring|Summer|Fall|Autumn|Winter"
SEASON_RE = uregex.compile(rf"\b(?P<season>{SEASONS})\b")
# a periodical issue's or a post's date in brackets: "(Spring 2014)", "(July 1986)",
# "(March 3, 1990)", "(14 Apr 2016)"; Spanish and Portuguese join day, month and year with
# "de"/"del" and may capitalise the month: "(Diciembre del 2002)", "(1 de septiembre de 1998)"
ISSUE_DATE_PAREN_RE = uregex.compile(
    rf"\((?:\d{{1,2}}\s+(?:de\s+)?)?(?i:{MONTHS}|{SEASONS})\.?\s+(?:del?\s+)?(?:\d{{1,2}},?\s+)?{YEAR}\)"
)

# Emphasis and quotation: the spans a title can stand in.
# A pattern that opens with a look-behind, (?<!\w)", is tried at every position of a text; the
# same test written after the mark it guards, "(?<!\w"), lets the engine skip from mark to
# mark: the same matches, 3-5 times faster on a note.
# *Title*; a mark after a comma or full stop closes even before a word: "*Title,*trans." (the
# body runs to the next "*" whatever: taken whole at once, not one character at a time)
ITALIC_RE = uregex.compile(
    r"\*(?<![\w*]\*)(?!\s)(?P<body>[^*]+)(?<!\s)(?:\*(?![\w*])|\*(?<=[,.;:]\*)(?!\*))"
)
QUOTED_RE = uregex.compile(
    r"""“(?P<a>[^”]+)”            # “Title,”
      | “(?P<h>[^“”]+)“(?=[,.;:])  # “Titel“, in …: closed by the German closing mark
      | „(?P<b>[^“”]+)[“”]        # „Titel“ (German)
      | «\s*(?P<c>[^»]+?)\s*»     # « Titre »
      | »(?P<i>[^«»]+)«           # »Titel« (Danish, German, Croatian)
      | "(?<!\w")(?P<d>[^"]+)"   # "Title"
      | ‘(?<!\w‘)(?P<e>[^’‘]*(?:(?:‘[^‘’]{1,60}’(?!\w)|’\w
                                  |(?<=s)’\s(?=[A-Z][^’‘]{0,80}’(?!\w)))[^’‘]*)*)’(?!\w)
        # ‘Title’: an apostrophe inside is kept ("Krugman’s", "Cyberlibertarians’ Digital …’"),
        # and a quotation inside it ("‘… Zur ‘Kultur’ der Armut …’")
      | '(?<!\w')(?P<f>[^']+?(?:(?<=\w)'\w[^']*?)*)'(?![\w])   # 'Soeharto's Indonesia'
      | ”(?<![^\s(]”)(?=\w)(?P<g>[^”“]+)”  # ”Titel” (Swedish, Finnish: one mark both ends)
    """,
    re.VERBOSE,
)
# every QUOTED_RE match begins with one of these (each alternative opens with its mark, so that
# the engine skips to the next mark: a look-behind first made it try every position)
QUOTE_MARKS = "“„«»\"‘'”"
QUOTE_MARK_RE = re.compile(f"[{QUOTE_MARKS}]")  # one scan for all of them, not one `in` a mark


def italic_spans(text: str) -> Iterator[re.Match[str]]:
    """ITALIC_RE.finditer(text); not run on a text without an asterisk, which it needs."""
    return ITALIC_RE.finditer(text) if "*" in text else iter(())


def quoted_spans(text: str) -> Iterator[re.Match[str]]:
    """QUOTED_RE.finditer(text); not run on a text without a quotation mark, which it needs."""
    return iter(_quoted_spans(text))


@lru_cache(maxsize=64)  # the rules read one span after another, each asking of it in turn
def _quoted_spans(text: str) -> tuple[re.Match[str], ...]:
    return tuple(QUOTED_RE.finditer(text)) if QUOTE_MARK_RE.search(text) else ()


# Back-references.
IBID_WORDS = lexicons.alternation(lexicons.words("ibid_words"))  # "(?:ibidem|ibid|ebd|…)"
IBID_RE = uregex.compile(
    rf"""^(?:\*)?(?P<word>{IBID_WORDS})\b\.?(?:\*)?  # Ibid., *Ibid*, Ebd., Tamże, Там же
        (?=\s|,|;|:|$|\.)""",
    re.VERBOSE | re.IGNORECASE,
)
# behind its words ("cit", "c.", "a." …): no prefix of its own, it is tried at every position;
# "ob. cit." is the Spanish and Portuguese "obra citada", "a.w." the Dutch "aangehaald werk"
OPCIT_RE = guarded(
    uregex.compile(
        r"""(?P<marker>\*?\b(?:op\.?\s?cit|ob\.\s?cit|loc\.?\s?cit|art\.?\s?cit|ouvr\.?\s?cit|a\.\s?a\.\s?O
        |(?-i:a\.\s?a)(?=\.\s*(?:[,;:]|$))  # Swedish, Danish "a.a." (anfört arbete), lower case
        |anf\.\s?arb  # Swedish "anf. arb." (anfört arbete) written out
        |dz\.\s?cyt|op\.\s?cyt|t\.\s?a\.\s?p|a\.w(?=\.)|cit\.\s?d
        |(?<!\[)cit  # not ISO 690's access date "[cit. 2023-03-14]"
        |(?-i:c\.\s?d)  # Czech "c. d." (citované dílo), lower case: "C. D. Broad" is initials
        |(?-i:i\.\ m|i\.m)(?=\.\s*(?:[\dIVX,;]|$))  # Hungarian "i. m." (idézett mű)
        |citat[ao](?=\s*(?:[,;]|\.?$))  # Italian "…, citata": not "citato in" (cited in)
        |указ\.\s?соч|цит\.\s?соч|uvedené\s+dílo|dílo\s+cit)\b\.?\*?)""",
        re.VERBOSE | re.IGNORECASE,
    ),
    shortest=2,
)
# what stands for an imprint, or a year, when a work is unpublished: "Manuscript, 1995.",
# "(under review for *Synthese*)" (lexicons/unpublished_words)
UNPUBLISHED_RE = deferred.compile(
    rf"(?<!\w){lexicons.alternation(lexicons.words('unpublished_words'))}(?!\w)", re.IGNORECASE
)
# "(n 4)", "(Anm. 3)", "(przyp. 7)": a note word from lexicons/note_words.txt
NOTE_WORDS = lexicons.alternation(lexicons.words("note_words"))
SUPRA_RE = uregex.compile(
    r"""(?:\*?\b(?:supra|above)\*?,?\s+(?:note|n\.?)
        |\bpr[ée]c(?:\.|it[ée]e?s?),?\s+(?:note|n\.)  # French legal "préc., note 2" (précité)
        |\(?\b(?:wie|s\.|siehe)\s+Anm\.|\bcit\.\s+(?:à\s+la\s+)?n\.
        |\bvoir\s+(?:supra\s+)?n\.|\bcfr\.\s+(?:supra\s+)?n\.
        |\(\s*(?:supra\s+|above\s+|see\s+|vgl\.\s+|voir\s+)?"""
    + NOTE_WORDS
    + r"""\.?(?=\s*\d+\s*\))  # "(n 4)", "(note 12)", "(Anm. 3)": a pointer in brackets
        |\bin\s+nn?\.(?=\s*\d)  # "in n. 2"
        |\b"""
    + NOTE_WORDS
    + r"""\.?(?=\s*\d+,?\s+(?:above|supra)\b))  # "note 1 above" (Medical History), "n. 4 supra"
        \s*(?P<note>\d+)\)?(?:,?\s+(?:above|supra)\b)?""",
    re.VERBOSE | re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the splitter, the classifier and the parser ask of the same spans
def find_opcit(text: str) -> re.Match[str] | None:
    """OPCIT_RE.search(text), remembered."""
    return OPCIT_RE.search(text)


# the Italian "cit." (and "citata"), which follows a short title as often as a name alone:
# "Rossi, *Storia d'Italia*, cit." is a short form; every other op. cit. phrase after a
# title ("Dupont, *Histoire*, op. cit.", "Strumski, *Dziesiątka*, dz. cyt.") is an op. cit.
CIT_ALONE_WORDS = lexicons.words("cit_alone_words")


def cit_alone(text: str) -> bool:
    """Is TEXT's op. cit. phrase the Italian "cit." rather than one of op. cit.'s forms?"""
    marker = find_opcit(text)
    return marker is not None and marker.group().strip(" .*").casefold() in CIT_ALONE_WORDS


# every match of SUPRA_RE holds one of these words (in the text folded as the engine folds
# it) or a pointer in brackets or after "in" with its number: tests much cheaper than
# SUPRA_RE, whose alternatives the engine tries at every position of a text
SUPRA_WORDS = ("supra", "above", "anm.", "cit.", "voir", "cfr.", "préc", "prec")
SUPRA_POINTER_RE = uregex.compile(
    r"in\s+nn?\.\s*\d|\(\s*(?:(?:supra|above|see|vgl\.|voir)\s+)?" + NOTE_WORDS + r"\.?\s*\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # the splitter, the classifier and the parser ask of the same spans
def find_supra(text: str) -> re.Match[str] | None:
    """SUPRA_RE.search(text), remembered; not run on a text that holds none of its words."""
    low = folded(text)
    if not any(word in low for word in SUPRA_WORDS) and not SUPRA_POINTER_RE.search(text):
        return None
    pointer = SUPRA_RE.search(text)
    return None if pointer is None or _bare_cross_reference(text, pointer) else pointer


def _bare_cross_reference(text: str, pointer: re.Match[str]) -> bool:
    """Does TEXT send the reader to a note and name nothing ("Cf. *supra*, note 2", "see also
    above, n. 7, on the number of houses")? The reader is sent to the author's own note, to
    its argument as much as its sources: a cross-reference, no back-reference to a work."""
    start = len(text) - len(text.lstrip(" *"))
    lead = LEAD_IN_RE.match(text, start)  # it asks for the word after the lead-in
    if lead and lead.end() <= pointer.start():
        start = lead.end()
    elif "," not in pointer.group() and not pointer.group().endswith(("above", "supra")):
        return False  # "*supra* note 1" alone: Bluebook's short form of a work with no author
        # ("n. 3 above" alone sends the reader to a note, as "see n. 3 above" does)
    return not text[start : pointer.start()].strip(" ,.;:*(")


HEREAFTER_RE = uregex.compile(
    r"""[(\[]?\s*(?:hereafter(?:\s+cited\s+as)?|henceforth|cited\s+hereafter\s+as|im\s+Folgenden(?:\s+zit(?:iert|\.)\s+als)?
        |fortan|künftig|ci-après|dorénavant|dalej|далее|dále\s+jen|hierna|doravante(?:\s+citad[oa]\s+como)?)[:,]?\s*[—–-]?\s*(?P<abbr>[^)\]]+?)
        \s*[)\]]?\s*\.?$""",
    re.VERBOSE | re.IGNORECASE,
)

# Lead-ins that are not part of the source: "See also", "Cited in", "Vgl.", "Voir".
# further lead-ins, one phrase a line, in lexicons/lead_ins.txt ("odmiennie", "en particulier")
LEAD_INS = lexicons.alternation(lexicons.words("lead_ins"))
# the opening "*" of an italic lead-in ("*See also* X") is closed after it; the "*" that
# follows the spaces opens the source's own emphasis ("Vgl. *Browning*, Aurora Leigh")
LEAD_IN_RE = uregex.compile(
    r"""^(?P<lead_star>\*)?(?:(?:and|also|but|or|und|sowie|et|e|y|i|oraz|a|og|en)\s+)?
        (?:"""
    + LEAD_INS  # first: its phrases may open with a word below ("see further")
    + r"""|see\s+generally  # before "see": an alternative that matches is not left for a longer
          |see(?:\s+also)?(?:,?\s+e\.g\.,?)?|also\s+see|cf\.?|compare\s+(?:to|with)|compare
          |quoted\s+(?:in|from|by)|cited\s+in
          |cited\s+by|as\s+cited\s+in|in:|vgl\.?(?:\s+auch)?|siehe(?:\s+auch)?|s\.\s+auch|zit\.\s+n\.?
          |zitiert\s+nach|voir(?:\s+aussi)?|cf\.\s+aussi|cité\s+(?:dans|par)|véase(?:\s+también)?
          |vid\.?|cfr\.?|cit\.\s+in|citado\s+en|citato\s+in|also|so\s+(?:zuletzt|schon|auch|etwa)
          |si\s+vedan?o?|si\s+veda|vedi|zie(?:\s+ook)?|zob\.?(?:\s+też)?|por\.(?:\s+(?:także|też))?|см\.?(?:\s+также)?
          |ср\.?(?:\s+иную\s+трактовку)?|цит\.\s+по|viz|srov\.|vgl\.\s+ook
          |etwa|anders|ähnlich|ferner|dazu|hierzu|zuletzt|grundlegend|ausführlich
          |but\s+see|accord|contra|(?:e\s+)?também|también|anche|aussi|ook|też|také|также|ver|veja|vide
          |(?-i:ET)(?=:?\s)  # "ET Malherbe and Ferguson, 113": the English translation
          |(?-i:[a-zà-ÿ][^\W\d_]{2,})(?=:))
        (?(lead_star)\*?)[\s:,]+(?=\S)""",
    re.VERBOSE | re.IGNORECASE,
)
# a Bluebook multi-volume work's volume before its author: "24 Richard A. Lord, …", "6 Donne,
# *supra* note 12"
VOLUME_FIRST_RE = re.compile(r"(?P<volume>\d{1,3})\s+(?=[A-Z])")
# "... , see ", "... see: ", "cited in:" inside commentary: the citation follows.
INNER_LEAD_RE = uregex.compile(
    r"""(?:^|[\s,;(])(?i:(?:see|also\s+see|see\s+also|ver|veja(?:-se)?|vide|lásd|vö\.|zob\.|zie|cf\.|cited\s+in|quoted\s+in|cited\s+by
          |vgl\.|siehe|voir|cité\s+dans|véase|cfr\.|(?:si\s+)?veda|vedi|viz|srov\.|см\.|ср\.
          |vezi|pozri|porov\.)[:,]?  # Romanian "see", Slovak "see", "compare"
        |\bin:)\s+(?=[A-Z*“"‘'«„\u00c0-\u00dd]|https?://|\d{1,3}\s+[A-Z])""",
    # "zie https://…": the page; "See 4 Ada Quist, …": a Bluebook treatise's volume, its author
    re.VERBOSE,
)
# "explored by Hope Harrison in her *Title*", "by Mikhail Bernshtam in “Title”"
BY_NAME_IN_RE = uregex.compile(
    r"""\bby\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}?[A-Z][\w'’-]+)\s+in(?::|\s+(?:her|his|their))?\s""",
    re.VERBOSE,
)
# "in his *Title*", "in my “Title”": the possessive opens the citation
POSSESSIVE_RE = uregex.compile(r"\b(?:in\s+)?(?P<pos>my|his|her|their|our)\s+(?=[*“\"‘'«„])")

# The parenthesis of publication: "(New York: Oxford University Press, 2014)", "(Routledge, 2016)"
# a place or publisher set before the year without a comma, as OSCOLA and Dutch and German
# history styles print it: "(OUP 2000)", "(Berlin 1997)", "(Den Haag 1953)"; never a date
# ("(July 1986)", "(Spring 1990)"); two names joined make one publisher: "(Sweet and Maxwell
# 2010)", "(Weidenfeld & Nicolson 1962)"
_NAMED_BEFORE_YEAR = (  # a Dutch place may open with its article: "('s-Gravenhage 1915)"
    rf"(?!(?:{MONTHS}|{SEASONS})\b)(?:(?:['’]s-)?[A-Z][\w.&'’-]*\s(?:(?:&|and)\s)?){{1,3}}"
)
# an issue's or a post's day alone in brackets: "Quarterly 79, no. 2 (June 28, 2016): 263–78"
DAY_DATE = rf"\((?:{MONTHS})\.?\s+\d{{1,2}},\s+{YEAR}\)"
# the day alone, or an issue's date after its volume and number: "41, no. 3 (July 1978)"
DAY_DATE_PAREN_RE = uregex.compile(
    rf"{DAY_DATE}|\b\d{{1,4}},\s+no\.\s*\d{{1,4}}\s+\((?:{MONTHS}|{SEASONS})\.?\s+{YEAR}\)"
)
IMPRINT_PAREN_RE = uregex.compile(  # the year comes last: "(probably July 1986)" is no imprint
    # (a span of years after a place: "(London, 1810–28)", "(Rotterdam 1877-1890)", not a
    # title's "(1868-88)")
    rf"\((?!{DAY_DATE[2:]})(?P<body>(?:[^()]*?[,:][^()]*?|{_NAMED_BEFORE_YEAR})?(?:(?<=,\s){YEAR}[–-]\d{{1,2}}(?=\s*\))|(?<=[\w.,]\s){YEAR}[–-]{YEAR}(?=\s*\))|{YEAR}[a-z]?(?:[–-](?=\s*\)))?|n\.\s?d\.)\]?)\s*\)"
)
IMPRINT_PAREN_RE = Remembered(IMPRINT_PAREN_RE)  # asked of a span by several readers
# unbracketed imprints: "Berlin: Suhrkamp 2005", "München 1998", "Paris, Seuil, 1975"
BARE_IMPRINT_RE = uregex.compile(
    rf"""(?:^|[,.]\s+)(?P<body>(?:[A-ZÀ-Ý][\w.\u00c0-\u024f-]+(?:\s(?:a\.\s?M\.|am\s\w+|[A-Z][\w-]+))?
        (?:\s?[/&u]\s?[A-ZÀ-Ý][\w-]+)*)
        (?::\s*[^,;()]+?)?,?\s+{YEAR})(?=[,.;\s]|$)""",
    re.VERBOSE,
)

# Locators: "p. 42, 49", "pp. 3–5", "S. 224 f.", "vol. 2, 439", "n. 3", "box 1, folder 19"
PAGE_WORDS = (  # "p.", "S.", "С." (Cyrillic), "k." (Polish karta), "Bl.", "fol."; German paragraphs
    # and sections of texts without pages ("Abs. 16", "Abschn. 2": online journals, statutes)
    r"(?:pp?\.|pgs?\.|(?:pp?|pgs?)(?=\s\d)|P\.|S\.|s\.|С\.|с\.|str\.|pages?|Seiten?|at|Bl\.|fol\.|fols\.|ff\.|col\.|cols\.|k\.|Л\.|л\.|Abs\.|Abschn\.|paras?\."
    # the CSL locales' page labels (parse.localeterms): "стр.", "lpp.", "bls."
    + f"|{lexicons.alternation(localeterms.PAGE_LABELS)})"
)
# a volume's label: "vol.", "Bd.", "t.", "Heft"; the CSL locales' "roč.", "köt.", "sv.", "тт."
VOLUME_WORDS = (
    r"(?:vol\.|Vol\.|Bd\.|t\.|Т\.|т\.|tome|Tom|Heft|H\.|Teil"
    + f"|{lexicons.alternation(localeterms.VOLUME_LABELS)})"
)
LOCATOR_START_RE = uregex.compile(
    rf"""(?:(?<=[\s,(:])|^)(?P<loc>(?:{PAGE_WORDS}\s?(?:\d|[xivlcIVXLC]+\b)  # not "at London"
        |{VOLUME_WORDS}\s?[\dIVXLC]+[,.]?\s+(?:{PAGE_WORDS}\s?)?\d
        |(?:n\.|nn\.|note|Anm\.)\s?\d
        |(?:box|Box|Box\.|folder|Folder|file|File|fond|Fond|f\.|op\.|d\.|Bl\.|ll\.|Mappe|Akte
          |Kasten|carton|Carton|dossier|liasse|busta|b\.(?=\s?\d+,\s*fasc\.)|fasc\.|legajo|caja|caixa|Оп\.|Д\.|Ф\.
          |kart\.|fols?(?=\s\d)|capsa|pk\.)\s?[\dРP]
        |sygn\.\s?\S))""",
    re.VERBOSE,
)
PAGE_RANGE_RE = uregex.compile(r"(?P<first>\d{1,5})\s*[-–—]\s*(?P<last>\d{1,5})(?!\d)")  # "353–375"

# (never ending in "*": "Siehe *https://…*" is an address in italics)
# (an address may stand in angle quotation marks: "‹http://…›")
URL_RE = uregex.compile(r"[<‹]?(?P<url>(?:https?://|www\.)[^\s<>‹›]+[^\s<>‹›.,;:)\]”\"'*])[>›]?")
DOI_RE = uregex.compile(
    r"(?:doi:\s?|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;)])",
    re.IGNORECASE,
)
# "accessed 3 May 2019", "[accessed 10 July 2001]", "dostęp 15 marca 2019 r." ("roku": of the year),
# German "(letzter Zugriff: 11.03.22)", "Zugriff am 26.04.2022", "Stand: 06.08.2020" (the page as it
# stood then; "Stand" only before a colon, as the noun runs in prose too)
# (lexicons/access_words; here the words that need more around them: "consulta:", ISO 690's
# "[cit. 2023-03-14]", whose "cit." elsewhere is an op. cit.)
ACCESSED_RE = uregex.compile(
    r"""[(\[]?\s*(?:last\s+)?(?:"""
    + lexicons.alternation(lexicons.entries("access_words"))
    + r"""
        |stand(?=:)|(?:fecha\s+de\s+)?consulta(?=:)|accesso\s+il(?=\s+\d)|acceso\s+el(?=\s+\d)
        |(?<=\[)cit\.)(?:\s+(?:on|am|le|el|il|op))?:?\s+
        (?P<date>[^()\[\]]*?(?:\d{4}(?:-\d{1,2}-\d{1,2}\b)?|\b\d{1,2}\.\d{1,2}\.\d\d\b))
        (?:\s+(?:r|г)\.?(?=[\s;,)\]]|$))?\s*[)\]]?""",
    re.VERBOSE | re.IGNORECASE,
)

# Editors: "ed.", "eds.", "(ed.)", "(eds)", "Hg.", "(Hg.)", "hg. v.", "(dir.)", "éd.", "a cura di";
# the CSL locales' (parse.localeterms): "(szerk.)", "(toim.)", "(ur.)", "(επιμ.)"
EDITOR_MARK_RE = uregex.compile(
    r"""(?:,\s*|\s+|\s*\()(?:eds?\.?|editors?|Hg\.|Hrsg\.|hg\.|hrsg\.|dir\.|éds?\.|coord\.|comp\.|orgs?\.|red\.|ред\.?|a\s+cura\s+di\)|"""
    + lexicons.alternation(localeterms.EDITOR_ABBREVIATIONS)
    + r""")\)?
        (?=[\s,.:;]|$)""",
    re.VERBOSE,
)

# the CSL locales' "edited by", "translated by" (parse.localeterms): "a c. di", "szerk.", "přel."
EDITOR_VERBS = lexicons.alternation(localeterms.EDITOR_VERBS)
EDITOR_VERB_PHRASES = lexicons.alternation(localeterms.EDITOR_VERB_PHRASES)
# the one-word abbreviations of the locales' "edited by", before the names they stand for:
# "i *Book*, red. Daniel König (Place, 2019)", "w: *Księga*, oprac. A. Nowak, Kraków 2004"
EDITOR_VERB_MARKS = lexicons.alternation(
    {t for t in localeterms.EDITOR_VERBS if " " not in t and t[0].islower()}
)
TRANSLATOR_VERBS = lexicons.alternation(localeterms.TRANSLATOR_VERBS)
# a person named whole, up to four words, the family name last: "N. Limao", "Anthony J. Venables"
PERSON_NAME = r"(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+"
# one editor's name in a list "A, B, and C" (a series may follow it): "Camilla Adang",
# "J. Robbin Wheeler" (an initial's full stop ends no name), "Helen F. Siu"
EDITOR_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|la|le|da|di))*"
EDITED_BY_RE = uregex.compile(
    r"""(?:^|[\s,.])(?:ed\.(?:\s+and\s+trans\.)?(?:\s+by|\s+de(?=\s+[A-Z]))?|edited\s+(?:and\s+translated\s+)?by|hg\.\s*v\.|hrsg\.\s*v\.|herausgegeben\s+von|sous\s+la
        \s+direction\s+de|éd\.\s+par|a\s+cura\s+di|ed\.\s+de|"""
    + EDITOR_VERB_PHRASES
    + "|"
    + EDITOR_VERB_MARKS
    + rf""")\s+
        (?P<names>{EDITOR_NAME}(?:,\s+{EDITOR_NAME})*,?\s+(?:and|&)\s+{EDITOR_NAME}(?=\s*[(;,]|(?<!\b[A-Z])\.(?:\s|$)|\s*$)
          |[^(*“"]+?(?=\s*[(,;]|(?<!\b[A-Z])\.|$))""",
    re.VERBOSE,
)
# "trans. by Stephen Allott", "translated by …", "traduit par …" between a book's title and its
# imprint: the translator (lexicons/translator_marks.txt; "ed. and trans." is EDITED_BY_RE's)
TRANSLATED_BY_RE = uregex.compile(
    r"(?:^|[\s,.])(?<!and\s)(?:trans\.(?:\s+by)?|translated\s+by|"
    + lexicons.alternation(lexicons.words("translator_marks"))
    + "|"
    + TRANSLATOR_VERBS
    + rf")\s+(?P<names>{EDITOR_NAME}(?:,?\s+(?:and|&)\s+{EDITOR_NAME})?)(?=\s*[(;,]|\s*$)"
)

# an edition's number and label: "2nd ed.", "6.ª ed.", "2ª ed." (the Spanish and Portuguese
# ordinal), "2. Aufl."; and the CSL locales' ordinals and labels (parse.localeterms): "2:a uppl.",
# "3. vyd.", "2. wydanie", "2-е изд."
EDITION_ORDINAL = lexicons.alternation(("st", "nd", "rd", "th", "e", *localeterms.ORDINAL_SUFFIXES))
EDITION_LABEL = lexicons.alternation(
    ("ed.", "edn.", "edn", "Aufl.", "éd.", *localeterms.EDITION_LABELS)
)
EDITION_WORD = lexicons.alternation(("edition", "Auflage", *localeterms.EDITION_WORDS))
EDITION_RE = uregex.compile(
    rf"(?P<ed>\d+(?:{EDITION_ORDINAL}|\.?[ªº]|\.)?)\s*(?:{EDITION_LABEL}|{EDITION_WORD}(?!\w))",
    re.IGNORECASE,
)
THESIS_RE = uregex.compile(
    r"""\b(?P<type>Ph\.?\s?D\.?\s+(?:diss(?:ertation)?|thesis)\.?|(?:MA|M\.A\.|MPhil|master['’]?s)\s+thesis
        |(?:BA|B\.A\.|bachelor['’]?s|senior|undergraduate)\s+(?:honou?rs\s+)?thesis|honou?rs\s+thesis
        |doctoral\s+(?:dissertation|thesis)|Diss\.|Dissertation|thèse(?:\s+de\s+doctorat)?|tesi\s+di\s+\w+
        |tesis\s+doctoral|tesis\s+de\s+\w+|tese\s+de\s+\w+|proefschrift|dissertatie|praca\s+doktorska
        |Tese\s+\((?:Doutorado|Mestrado)[^)]*\)|Dissertação\s+\(Mestrado[^)]*\)|mémoire\s+de\s+\w+
        |дис\.|диссертация|автореф\.|Habilitation(?:sschrift)?(?:\s+(?:thesis|treatise))?)
        ,?\s*(?P<school>[^,()]*?(?:University|Universität|Univ\.|Université|Università|College|Institute
        |School|[A-Z][\w-]+)[^,()]*?)?(?=,|:|\s\d{4}|\)|$)""",
    re.VERBOSE | re.IGNORECASE,
)
# a report's kind and number ("Working Paper No. 12"); "Reports" is a journal's name
# ("*Scientific Reports* 15", "*Journal of Archaeological Science: Reports*"), no report's kind
REPORT_RE = uregex.compile(
    r"""(?P<type>(?:[A-Z][\w-]*\s+){0,3}(?:Working\s+Paper|Discussion\s+Paper|Research\s+Paper|Report(?!s\b)
        |Policy\s+Brief|Occasional\s+Paper|Technical\s+Report))(?:\s*(?:No\.?|\#|Nr\.?|n\.)\s*(?P<number>[\w.-]+))?""",
    re.VERBOSE,
)
CONFERENCE_RE = uregex.compile(
    r"""\b(?:papers?\s+(?:presented|delivered|given|read)\s+(?:at|to|for)|paper\s+at|presented\s+at
        |(?:talk|lecture|keynote|address)\s+(?:given|delivered|held)\s+(?:at|to|for|in)
        |Vortrag|communication\s+au|conference|Tagung|colloque|congress|symposium|workshop)\b""",
    re.VERBOSE | re.IGNORECASE,
)
REPOSITORY_SIGLA = lexicons.alternation(tuple(lexicons.table("repositories")))  # "TNA", "BL"
# a Cotton manuscript's shelfmark: a press (lexicons/press_marks.txt), its shelf's letter and
# the book's number: "Tiberius B. iv", "Nero D. IV", "Cotton MS Julius E. vii"
PRESS_MARK = (
    r"(?=[A-Z])(?i:"
    + lexicons.alternation(lexicons.words("press_marks"))
    + r")\s+[A-H]\.?\s+(?:[ivxlc]+|[IVXLC]+|\d{1,3})\b(?![.’'-]?\w)"
)
PRESS_MARK_RE = uregex.compile(PRESS_MARK)
ARCHIVE_RE = uregex.compile(
    rf"""\b(?:Papers(?!\s+(?:on|in)\s+[A-Z])  # not "Brookings Papers on Economics"
        |Archives?|[A-Z][\w'’]*\s+archives?  # "Royal Brompton Hospital archives"
        |\w*[Aa]rchiv|Archivio|Archivo|Arxiu|Archiwum|\w*[Aa]rchief|Arquivo|Arkiv|[Аа]рхив\w*
        |Collection|Nachla(?:ss|ß)|\w*archiv|fonds?|fons(?=\s+[A-Z])  # Catalan "fons Colònia …"
        |Record\s+Group|RG\s?\d|Manuscripts?|Library|\w*[Bb]ibliothek|Bibliothèque|(?i:box|folder)|Dossier
        |Akte|busta)\b|\bb\.\s?\d+,\s*fasc\.
        |\b(?:MSS?\.?|Cod\.)(?=\s+[A-Z\d])  # "Add. MS 5063", "Cod. Sang. 1092"
        |\b{PRESS_MARK}  # "Tiberius B. iv"
        |(?:^|(?<=\s)){REPOSITORY_SIGLA}(?=,)  # well-known repositories ("TNA, FO 371")""",
    re.VERBOSE,
)
# the name of an archive or library: "Hoover Institution Archive", "Bundesarchiv"
REPOSITORY_RE = uregex.compile(
    r"""\b(?:Archives?|\w*[Aa]rchiv\w*|Arquivo|Arxiu|Arkiv\w*|Archiwum|\w*[Aa]rchief|[Аа]рхив\w*|[Бб]иблиотек\w*|Biblioteka
        |Bibliotheek|Library|\w*[Bb]ibliothek|Bibliothèque|Biblioteca|Institution
        |Institute
        |Museum|College|University|Universität|Center|Centre|Bundesarchiv|Staatsarchiv|Record\s+Office
        |National\s+Archives)\b""",
    re.VERBOSE,
)
COLLECTION_NAME_RE = guarded(  # behind its words ("Papers", "RG" …): no prefix of its own
    uregex.compile(
        r"""(?P<name>(?:the\s+)?(?:Papers|Records)\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*
          (?:\s+(?:(?:of|for|and|the|on|in)\s+){0,2}[A-Z][\w.'’-]*){0,7}  # "… of the Slave Trade"
        |(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:Papers|Collection|Records)\b
        |(?:Nachlass|Nachlaß|Fonds|fonds|Bestand)\s+(?:[A-Z][\w.'’-]*\s?){1,3}
        |(?:[Ff]ond|[Ff]ondo)\s+[A-Z][^,(]{2,60}?(?=\s*[,(]|$)
        |(?:Ф\.|F\.|[Ff]ond|Record\s+Group|RG)\s*[A-Z]?-?\d+[\w/-]*)""",
        re.VERBOSE,
    ),
    shortest=2,
)
PERSONAL_RE = uregex.compile(
    r"""\b(?:interviews?|interviewed|conversations?|correspondence(?!,\s*[\dIVXLC]+\s*[:,]\s*\d)|personal\s+communication|e-?mail\s+to
        |private\s+(?:communication|correspondence)  # "W. Bemer, private communication"
        |letter\s+to\s+the\s+author|Gespräch|Interview|entretiens?|conversación|entrevista|intervista
        |colloquio)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Abbreviations whose full stop does not end a sentence: "ed.", "p.", "Vol.", "N.J."
ABBREVIATIONS = lexicons.words("abbreviations")  # "ed", "vol", "calif"
# a sentence's stop, then its end (the group "end"): the stop taken, not looked behind for, so
# that the engine skips from stop to stop
SENTENCE_END_RE = uregex.compile(r"[.!?](?P<end>[”\"’*]*\)?\s+(?=[A-Z\u00c0-\u00dd*“\"‘'«„(\[]))")
# the author's name right before "op. cit.": "... see this view in Radchenko, "
NAME_BEFORE_RE = EndAnchored(uregex.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,?\s*\*?$"))
# a date: "December 13, 2013", "13 December 2013", "May 1987"; its year is the item's year
FULL_DATE_RE = uregex.compile(
    rf"""(?:\b\d{{1,2}}\.?\s+(?:de\s+)?{MONTHS}\.?,?\s+(?:de\s+)?(?P<y1>{YEAR})  # 3. Mai 2001
        |\b{MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<y2>{YEAR}))  # December 13, 2013
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "…, cited in Service, Op. cit." - a second source inside the same stretch of text
CITED_IN_RE = uregex.compile(
    r",?\s+(?:cited|quoted|referenced|as\s+cited)\s+(?:in|by)\s*:?\s+|,\s+\*with\*\s+|,\s+zit\.\s+(?:n\.|nach)\s+"
    r"|,?\s+\*?apud\*?\s+(?=[A-Z*“\"‘«])"  # "Carta …, 1538, apud Albuquerque, ob. cit.": cited in
    r"|,\s+cit(?:é|ée|ado|ada|ato|ata)\s+(?:dans|par|en|in|da)\s+"
    r"|,\s+(?:citing|quoting)\s+(?=[A-Z*“\"‘«])",  # "Edsel, *Saving Italy*, 45, citing Fred …"
    re.IGNORECASE,
)
# "Hope Harrison, *Driving …*", "in: Chris Miller, “…”": a name followed by a title opens a citation
NAME_THEN_TITLE_RE = GuardedBy(  # "… discussed in Karp and Sutcliffe, *Title*": both names
    uregex.compile(
        r"(?:^|(?<=[\s(]))(?P<name>(?:[A-Z][\w'’-]+\s+(?:and|&)\s+)?"
        r"(?:[A-Z][\w.'’-]+\s+(?:(?:van|von|de|der|den|da|di|du|del|della|ten|ter|zu|v\.)\s+){0,2})"
        r"{0,3}[A-Z][\w'’-]+(?:\s+et\s+al\.)?),\s*(?=[*“\"‘«„])"  # "Charles van den Heuvel, *…*"
    ),
    re.compile(r",\s*[*“\"‘«„]"),  # the comma and the title's mark: found first
)
# a name that opens commentary about a source: "Stephen Hanson wrote …", "Zhao Ziyang’s account"
PROSE_AUTHOR_RE = uregex.compile(
    r"^(?P<name>(?:[A-Z][\w.'-]+\s+){1,3}?[A-Z][\w-]+)(?:’s|'s)?\s+[a-z]"
)

# a body that writes or publishes: "International Monetary Fund", "The National Archives"
ORGANISATION_WORDS = lexicons.alternation(lexicons.words("organisation_words"))  # "(?:Fund|…)"
ORGANISATION_RE = uregex.compile(rf"\b{ORGANISATION_WORDS}\b")
# an italic title, its comma, then a medium word (lexicons/media_words): "*X*, Photograph"
MEDIUM_AFTER_TITLE_RE = re.compile(
    rf"\*[^*]+\*,\s+(?:{lexicons.alternation(lexicons.words('media_words'))})\b", re.IGNORECASE
)
# who made a film, broadcast or recording, after a comma: "*Network*, directed by Sidney Lumet"
CREDIT_RE = uregex.compile(
    rf",\s+{lexicons.alternation(lexicons.words('credit_marks'))}\s+(?=[A-Z])"
)
DITTO_DASHES_RE = re.compile(r"[_—–-]{3,}")  # "______. Title", "———. *Title*": the author again

# Patterns that try a list of words at every position of a note: run only on a text that
# holds one of the words every match needs (read from the pattern itself: prefilter.py).
HEREAFTER_RE = guarded(HEREAFTER_RE)
INNER_LEAD_RE = guarded(INNER_LEAD_RE)
# (before its words a match holds brackets, spaces and "last", "zuletzt", "letzter", "дата")
ACCESSED_RE = guarded(ACCESSED_RE, kind=GuardedFromWords)
THESIS_RE = guarded(THESIS_RE)
REPORT_RE = guarded(REPORT_RE)
CONFERENCE_RE = guarded(CONFERENCE_RE)
PERSONAL_RE = guarded(PERSONAL_RE)
CITED_IN_RE = guarded(CITED_IN_RE)
ORGANISATION_RE = guarded(ORGANISATION_RE)
