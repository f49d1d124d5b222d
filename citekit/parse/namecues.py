"""Whether a stretch of note text opens with, or is only, names of people or bodies
(authors, editors), read word by word as note styles print them."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import isoshape, localeterms, lowernames, memo, uregex
from citekit.parse.corporatechain import qualified_body
from citekit.parse.initialsinverted import initials_inverted
from citekit.parse.invertednames import ROLE_MARKS, mixed_inverted
from citekit.parse.names import INITIALS_TOKEN_RE, JOINERS, LATIN_INITIALS_RE
from citekit.parse.patterns import (
    EDITOR_MARK_RE,
    LEAD_IN_RE,
    NAME_ARTICLE_RE,
    ORGANISATION_RE,
)
from citekit.parse.semicolonnames import semicolon_list
from citekit.parse.titlespans import has_title

PARTICLES = lexicons.words("name_particles")  # "von", "de", "van"
TITLE_ARTICLES = ("The", "An")  # English articles that open titles, never a personal name
PAIR_JOINERS = lexicons.words("name_pair_joiners")  # "and", "och", "og", "–"
# the words of PAIR_JOINERS that close a list of three or more ("María López y Ana Gil,"),
# and the joiners names' splitter knows
LIST_CLOSERS = frozenset(t for t in PAIR_JOINERS if t.isalpha() or t == "&")
LIST_JOINERS = JOINERS | LIST_CLOSERS


def word_tokens(text: str) -> list[str]:
    """The runs of non-space characters ("[^\\s]+"): str.split cuts at the characters the
    regex engine takes for \\s, several times faster than finding them with a pattern."""
    return text.split()


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the same words, note after note
def name_token(token: str) -> bool:
    """A word that can stand in a personal name: "Sergey", "A.M.", "Lüthi", "Kalinovsky-Smith"."""
    bare = token.strip(",.:;()").replace("’", "'")
    if not bare:
        return False
    if "/" in bare:  # "Strack/Billerbeck": German styles join two authors with a slash
        return all(name_token(part) for part in bare.split("/"))
    if bare.casefold() in PARTICLES:
        return True
    if bare[0].islower() and NAME_ARTICLE_RE.match(bare):  # "al-Ghazālī"
        return name_token(bare.split("-", 1)[1])
    # every character a letter or one of ".-'" (the first, upper case, is none of those, so
    # what is left without them is never empty): one isalpha over the word, not one a letter
    if bare[0].isupper() and bare.replace(".", "").replace("-", "").replace("'", "").isalpha():
        return not (bare.isupper() and len(bare) > 3 and "." not in bare)  # not "PAPERS"
    return False


_PAIR_JOINER = lexicons.alternation(PAIR_JOINERS)
FAMILY_INITIALS_RE = uregex.compile(
    r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.(?:\s?[A-Z]\.){0,2})(?=[\s,]|$)"
    rf"(?!\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:,|\s+{_PAIR_JOINER}(?!\S)|\s+\(|$))"
)  # not "Herbert J. Ellison,", "James F. Larkin (eds)", "Hans R. Guggisberg / …", "… en Ana Gil"


# editor marks of several words, read as one token: "R. Zangheri (a cura di), Lotte agrarie"
MULTIWORD_MARK_RE = re.compile(
    rf"\({lexicons.alternation([m for m in localeterms.EDITOR_MARKS if ' ' in m])}\)",
    re.IGNORECASE,
)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def leading_name_tokens(text: str, limit: int = 6) -> int:
    """How many words at the start form a name group ending at "," "." ":" or "and"."""
    if text[:1].islower() and not _leading_name_tokens(text, limit):  # "danah boyd and …"
        return lowernames.leading(text)
    if "(" not in text or not MULTIWORD_MARK_RE.search(text):
        return _leading_name_tokens(text, limit)
    joined = MULTIWORD_MARK_RE.sub(lambda m: "(" + "_".join(m.group()[1:-1].split()) + ")", text)
    count = _leading_name_tokens(joined, limit)
    return count + sum(t.count("_") for t in joined.split()[:count] if t.startswith("("))


# a medieval writer named by a given name and a place: "Henry of Huntingdon,", "Hugh of St
# Victor," (lexicons/byname_given_names.txt; "History of England," is no name)
BYNAME_RE = uregex.compile(
    r"(?=[A-Z])(?i:"
    + lexicons.alternation(lexicons.words("byname_given_names"))
    + r")\s+of\s+(?:(?:Saint|St\.?)\s+)?[A-Z][\w'’-]+(?=,)"
)


def _leading_name_tokens(text: str, limit: int, *, slash_listed: bool = False) -> int:
    """SLASH_LISTED: TEXT follows a name and its slash ("Brenner / Kohl / Sauter"), so a
    further slash is that list's."""
    byname = BYNAME_RE.match(text)
    if byname:
        count = len(byname.group().split())
        return count + _more_names(word_tokens(text)[count:])
    gost = FAMILY_INITIALS_RE.match(text)
    if gost:  # the family name first, the initials after: Russian and other GOST-style notes
        count = len(gost.group().split())
        rest = text[gost.end() :].lstrip()
        if rest.startswith(","):
            more = leading_name_tokens(rest[1:].lstrip(), limit)
            return count + more if more and FAMILY_INITIALS_RE.match(rest[1:].lstrip()) else count
        return count
    tokens = word_tokens(text)
    if tokens and tokens[0] in TITLE_ARTICLES and not ORGANISATION_RE.search(text.split(",")[0]):
        return 0  # "The Early Modern World, 1500–1815,": a title, as no name opens with "The"
    body = _body_name(text)
    if body:  # "University of Chicago Press,", "R Core Team,"
        return body + _members(tokens[body:])
    inverted = (
        semicolon_list(tokens, capitals_inverted)
        or mixed_inverted(tokens)
        or initials_inverted(tokens)
    )
    if inverted:
        return inverted
    capitals = _small_capitals_name(tokens)
    if capitals:  # "S. CERUTTI, S. BARGAOUI, et I. GRANGAUD, Appartenance …": the whole list
        return capitals + _more_names(tokens[capitals:])
    for count, token in enumerate(tokens[:limit], start=1):
        if count > 1 and _editor_parens(token):
            return count  # "Mercedes Ortiz Calvo (coord.),"
        if count > 1 and token.endswith(".,") and token[:-2].casefold() in EDITOR_WORDS:
            return count  # "Boxer ed., South China, 248": an editor's short form
        if token in ("i", "y") and count > 2 and count < len(tokens) and name_token(tokens[count]):
            continue  # "Josep Maria Vidal i Roca,": a compound family name
        if not (name_token(token) or _capitals_family_at(tokens, count - 1)):
            return 0
        ends_group = token.endswith((",", ":")) or (
            token.endswith(".")
            and len(token.strip(".")) > 2
            and not INITIALS_TOKEN_RE.fullmatch(token)
        )
        if ends_group:
            return count + _more_names(tokens[count:])
        closing = _et_al_closing(tokens[count : count + 3])
        if closing:
            return count + closing  # "R. W. Stoffle i in., Ghost …", "Wankel u. a. (hg. von):"
        if count < len(tokens) and tokens[count].casefold() in PAIR_JOINERS:
            slash = tokens[count] == "/"
            if slash and not (slash_listed or _slash_joins_names(tokens[count + 1 :])):
                return 0  # "Sunuş / Introduction": a bilingual title
            if tokens[count] == "-" and not _hyphen_joins_names(tokens[count + 1 :]):
                return 0  # "Storia - Memoria, …": a title; "F. Rossi - G. Bianchi," names
            second = _second_name(tokens[count + 1 :], limit, slash_listed=slash)
            # a dash or slash joins names only when a name follows ("in: Diskurse – digital 1":
            # a title)
            return count + second if second or tokens[count] not in ("–", "-", "/") else 0
        if count >= 2 and count < len(tokens) and tokens[count].casefold() in ("in", "in:"):
            return count  # "Stanislav Anisimov in: Petr Aven, ..."
    return 0


def _hyphen_joins_names(tokens: list[str]) -> bool:
    """Does the spaced hyphen before TOKENS join names? Italian notes join authors by one ("F.
    Locher - J.-B. Fressoz,", "Victor E. Taylor - Charles E. Winquist (ed.)"), as titles join
    their halves ("Storia - Memoria,"): an initial in the next name's first two words tells."""
    return any(INITIALS_TOKEN_RE.fullmatch(t.strip("*[],")) for t in tokens[:2])


def _slash_joins_names(tokens: list[str]) -> bool:
    """Does the slash before TOKENS join names? German lists join names by a slash, and a
    bilingual title is joined by one too ("Sunuş / Introduction,"): the slash joins names where
    an initial follows ("B.W. Winter / A.D. Clarke") or where the next name is followed by
    another slash before any comma (a list of three, "Brenner / Kohl / Sauter,")."""
    if tokens and INITIALS_TOKEN_RE.fullmatch(tokens[0].strip("*[]")):
        return True
    for token in tokens[:4]:
        if token == "/":
            return True
        if token.endswith((",", ":", ";")):
            return False
    return False


# "et al.", "i in.", "u. a.", "и др."; the CSL locales' (parse.localeterms): "i sur.", "és mtsai."
ET_AL_WORDS = lexicons.words("et_al_words") | {t.casefold() for t in localeterms.ET_AL}
ET_AL_ONE = frozenset(t.casefold() for t in localeterms.ET_AL_ONE_WORD)


def _et_al_closing(tokens: list[str]) -> int:
    """How many of TOKENS are an "et al." of some language closed by a comma, a colon
    ("i in.,"), an editor mark ("u. a. (hg._von):") or, in italics, its own full stop
    ("Sergi Sancho *et al.* Saturar la imagen"); 0 if they are none."""
    if tokens and tokens[0].endswith((".,", ".:")) and tokens[0][:-1].casefold() in ET_AL_ONE:
        return 1  # "Hans Lohmann vd., Ein Survey": Turkish "vd.", Swedish "m.fl."
    words = " ".join(tokens[:2]).strip("*")
    if words.rstrip(",:").rstrip("*").casefold() not in ET_AL_WORDS:
        return 0
    if tokens[1].rstrip("*").endswith((",", ":")) or tokens[1].endswith(".*"):
        return 2
    return 3 if len(tokens) == 3 and _editor_parens(tokens[2]) else 0


# a body's name, its words capitalised but for small ones, closed by a comma
BODY_WORD = r"(?:[A-Z][\w'’&.-]*|&|of|for|the|and|on|de|du|des|der|für)"
BODY_NAME_RE = uregex.compile(rf"^[A-Z][\w'’&.-]*(?:\s+{BODY_WORD}){{0,7}},")


BODY_NAME_SPAN = 120  # characters: the longest body's name read before its comma


def _body_name(text: str) -> int:
    """The words of a body's name that opens TEXT, closed by a comma, its first word saying
    what body it is ("Faculty of Law,") or its last after capitalised words ("Science &
    Technology Committee,"; not "General Records of the Department of State," of an archival
    file, nor the title "Google Apps for Government,"); 0 if none."""
    comma = text.find(",", 0, BODY_NAME_SPAN)
    if comma < 0 or not ORGANISATION_RE.search(text, 0, comma):
        return 0  # the cheap tests first: most names hold no organisation word
    found = BODY_NAME_RE.match(text)
    if found is None:
        return 0
    words = found.group().rstrip(",").split()
    if ORGANISATION_RE.fullmatch(words[0]) or qualified_body(words):
        return len(words)  # "Library of Congress,", "U.S. Bureau of the Census,"
    capitalised = all(w[0].isupper() or w == "&" for w in words)  # not "Apps for Government,"
    return len(words) if capitalised and ORGANISATION_RE.fullmatch(words[-1]) else 0


def _members(tokens: list[str]) -> int:
    """The people named after a body, a collaboration's members, each with initials ("ALICE
    Collaboration, J. Adam et al.,"); a word after the body's comma may be a title's
    ("International Labour Office, Employment, Incomes and Equality")."""
    if not tokens or INITIALS_TOKEN_RE.fullmatch(tokens[0]) is None:
        return 0
    return _more_names(tokens)


def _second_name(tokens: list[str], limit: int, *, slash_listed: bool = False) -> int:
    """ "Henry B. Wheatley and Peter Cunningham, London …": the joiner and the second name,
    when that name closes with a comma (else the words after "and" may be a title)."""
    count = _leading_name_tokens(" ".join(tokens), limit, slash_listed=slash_listed)
    closing = next(
        (i for i, t in enumerate(tokens[:count]) if t.endswith(",") or _editor_parens(t)), None
    )  # "… and Javier RUIZ ASTIZ (eds.): *Book*" closes at the editor mark
    return 2 + closing if closing is not None else 0  # the first group only


CONJUNCTION_RE = uregex.compile(r"^(?:and|e|y|i|und|sowie|et|a|oraz)\s+(?=[A-Z])")
SAME_AUTHOR_RE = uregex.compile(
    r"(?i)^(?:idem|ídem|eadem|id\.|íd\.|ead\.|ders\.|dies\.|tenże|tenze|taż|týž|táž|tíž|_{3,}\.?)[,:\s]"
)
# the editor marks of one word, as the word pattern reads them: "red", "hg", "eds"
EDITOR_WORDS = frozenset(m.strip(".") for m in localeterms.EDITOR_MARKS if " " not in m)


def _capitals_family(token: str, before: str) -> bool:
    """ "Antonín KLIMEK,", "Daniel E. MILLER,": a family name in capitals after a given name
    in ordinary case or an initial."""
    bare = token.strip(",.;:")  # "Alessandro STANZIANI: «…»" (Spanish and Italian notes)
    return (
        bare.isupper()
        and bare.replace("-", "").isalpha()
        and (not before.isupper() or bool(INITIALS_TOKEN_RE.fullmatch(before)))
        and before[:1].isupper()
        and name_token(before)
    )


def _editor_parens(token: str) -> bool:
    return token.casefold().strip(",:") in ROLE_MARKS


def _capitals_family_at(tokens: list[str], index: int) -> bool:
    """Is TOKENS[INDEX] (part of) a family name in capitals after a given name: "Alessandro
    STANZIANI:", and a compound one word by word: "Sergi SANCHO FIBLA y …"."""
    back = index - 1
    while back > 0 and tokens[back].isupper() and tokens[back].replace("-", "").isalpha():
        back -= 1  # the capitals before it, back to the given name
    return index > 0 and index - back <= 3 and _capitals_family(tokens[index], tokens[back])


SMALL_CAPITALS_WORDS = 5  # "LANCE GRANDE & ALLISON AUGUSTYN,": two names and their "&"


def _small_capitals_name(tokens: list[str]) -> int:
    """Bluebook sets authors in small capitals: "ADRIAN VERMEULE, LAW'S ABNEGATION 4 (2016)",
    two joined by "&" ("LANCE GRANDE & ALLISON AUGUSTYN,")."""
    for count in range(2, min(SMALL_CAPITALS_WORDS, len(tokens)) + 1):
        words = [t.rstrip(",") for t in tokens[:count]]
        bare = [w.replace("-", "") for w in words]  # "JEAN-BAPTISTE FRESSOZ,"
        if words[0] == "&" or not all(
            w == "&" or (w.isupper() and (b.isalpha() or INITIALS_TOKEN_RE.fullmatch(w)))
            for w, b in zip(words, bare, strict=True)
        ):
            return 0
        if tokens[count - 1].endswith(","):
            return count if len(bare[-1]) > 1 and bare[-1].isalpha() else 0
    return 0


def capitals_inverted(tokens: list[str]) -> int:
    """ABNT and Czech habit: "FAUSTO, Boris." / "KLIMEK, Antonín," -> the tokens of that name."""
    if len(tokens) < 2 or not tokens[0].endswith(","):
        return 0
    family = tokens[0].strip(",")
    if not (family.isupper() and len(family) > 1 and family.replace("-", "").isalpha()):
        return 0
    for count, token in enumerate(tokens[1 : GIVEN_TOKENS_MAX + 1], start=2):
        if count > 2 and _editor_parens(token):
            return count  # "WINQUIST, Charles E. (Orgs.),"
        if not (name_token(token) or token.strip(",.").casefold() in PARTICLES):
            return count - 1 if token == ";" else 1  # "MACHADO, Palavras e brados, p. 201"
        if token.endswith((".", ",", ";")) and not INITIALS_TOKEN_RE.fullmatch(token.rstrip(",;")):
            return count
        if count == len(tokens):
            return count  # "ALONSO, Angela" (the full stop was trimmed)
        if token.endswith(",") and INITIALS_TOKEN_RE.fullmatch(token[:-1]):
            return count  # "MAKAU, A. B., Esperanza de la educación hoy": initials, a comma
        if _initial_before_title(token, tokens[count]):
            return count  # ISO 690 in plain text: "GARDINER, J M. Contingency relations …"
    return 0


GIVEN_TOKENS_MAX = 5  # "AZEVEDO, Célia Maria Marinho de.": given names and particles
ONE_LETTER_ARTICLES = lexicons.words("one_letter_articles")  # "MACHADO, M. H. P. T. O plano"


def _initial_before_title(token: str, after: str) -> bool:
    """Does an initial with its full stop end the name, a capitalised word that is no
    initial opening the title ("ГАЙДАЕНКО, Т. А. Маркетинговое управление")?"""
    return (
        token.endswith(".")
        and bool(INITIALS_TOKEN_RE.fullmatch(token))
        and after[:1].isupper()
        and not INITIALS_TOKEN_RE.fullmatch(after.rstrip(",;"))
        and (len(after.strip(",.;:")) > 1 or after.casefold() in ONE_LETTER_ARTICLES)
    )


def _more_names(tokens: list[str]) -> int:
    """Further authors after the first: "A. Szwarc (red.)," or "…, and Lauren A. Benton,".

    A comma could as well open the title, so a further name is taken only when it has
    initials, an editor mark, or the list closes with "and". A loop, not a recursion: a
    list of thousands of names must neither exhaust the stack nor be copied at each name.
    """
    taken = 0
    while True:
        window = tokens[taken : taken + NAME_LIST_LOOKAHEAD]
        group = _name_group(window)
        if not group or not _further_name(group, window):
            return taken + (_et_al_closing(window[:3]) if taken else 0)  # "…, M. Zolchow, et al.,"
        taken += len(group)


NAME_LIST_LOOKAHEAD = 12  # tokens read ahead for one name group and an "and" closing the list


def _further_name(group: list[str], tokens: list[str]) -> bool:
    """Is GROUP, the tokens up to the next comma, one more name of the list?"""
    names = [t for t in group if not t.startswith("(") and t.casefold() not in LIST_JOINERS]
    if any(t.endswith(":") for t in group[:-1]):
        return False  # "Aurora Leigh: Authoritative Text,": a title and its subtitle
    if any(t.startswith("(") and not _editor_parens(t) for t in group):
        return False  # "Probability and Evidence (Macmillan,": an imprint opens after a title
    has_mark = any(_editor_parens(t) for t in group)  # "(ed.)", not "(Annapolis," of an imprint
    listed = (
        group[0].casefold() in LIST_JOINERS
        or _list_ends_with_and(tokens)
        or any(LATIN_INITIALS_RE.fullmatch(t.strip(",")) for t in names)
        or _name_before_sentence_title(group, tokens[len(group) :])
    )
    given = any(name_token(t) and not _capitals_word(t) for t in names)
    if not names or not (has_mark or listed):
        return False
    if not all(name_token(t) or (given and _capitals_word(t)) for t in names):
        return False  # a family in capitals beside a given name or initial: "S. BARGAOUI,"
    return not _bare_pair(group)  # "Willis I. Milham, Time and Timekeepers, …": a title


def _name_before_sentence_title(group: list[str], after: list[str]) -> bool:
    """Is GROUP a given name and a family name ("Jacek Leociak,") before a title in sentence
    case, a capital and then a word in lower case ("Getto warszawskie. …", "La grande guerra")?
    Polish, Italian and Iberian notes join co-authors by a comma alone; their titles capitalise
    the first word only, so a title does not read as a second name ("Das Kapital, Hamburg")."""
    words = [t.rstrip(",") for t in group]
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False  # "Jacek Leociak,": two words, each capitalised, no initial
    if len(after) < 2 or not after[0][:1].isupper() or after[0].endswith((",", ".", ":")):
        return False
    second = after[1].strip(",.:")
    return (
        len(second) >= 3  # "London u. a. 2011": a place and "and elsewhere", no title
        and second.isalpha()
        and second.islower()
        and second not in JOINERS
        and second not in SMALL_WORDS  # "Governing Property, Making the Modern State": English
    )  # title case leaves only small words in lower case


SMALL_WORDS = lexicons.words("connecting_words")  # "the", "of", "de": no sentence case tells


def _bare_pair(group: list[str]) -> bool:
    """ "Time and Timekeepers,": one word either side of "and", no initials, no editor mark."""
    words = [t.strip(",") for t in group]
    return (
        len(words) == 3
        and words[1].casefold() in JOINERS
        and not any(INITIALS_TOKEN_RE.fullmatch(w) for w in words)
    )


def _name_group(tokens: list[str]) -> list[str]:
    """The tokens up to the next comma or editor mark (at most five), or [] when none comes."""
    group = []
    for token in tokens[:5]:
        group.append(token)
        if token.endswith(",") or _editor_parens(token):
            return [] if _sentence_inside(group) else group
    return []


def _sentence_inside(group: list[str]) -> bool:
    """Does a sentence end inside GROUP, or a title's article open it? "The Great Disorder.
    Politics," is a title and the first word of its subtitle, never a further author (a
    word of three letters or more closed by a full stop ends a name, as in the first one)."""
    if group[0] in TITLE_ARTICLES:
        return True
    return any(
        t.endswith(".") and len(t.strip(".")) > 2 and not INITIALS_TOKEN_RE.fullmatch(t)
        for t in group[:-1]
    )


def _list_ends_with_and(tokens: list[str]) -> bool:
    """ "Manuel Castells, and Lauren A. Benton, eds.": names up to an "and" that closes the list."""
    for index, token in enumerate(tokens[:12]):
        if token.casefold() in ("and", "&") or _et_al_closing(tokens[index : index + 3]):
            return all(name_token(t) for t in tokens[:index])
        if token.casefold() in LIST_CLOSERS:  # "…, Maria Verdi e Anna Neri,", "… en Ad van Dam,"
            before = tokens[:index]
            return all(name_token(t) for t in before) and _people_either_side(
                before, tokens[index + 1 :]
            )
        if not name_token(token) or token.endswith(":"):
            return False  # a colon closes names ("Müller:") or a title's head, never a list
    return False


def _people_either_side(before: list[str], after: list[str]) -> bool:
    """Are the words before a list's closing "y", "e", "und", "en" (back to the last comma)
    and after it (up to the next) a person's names, two words or an initial each? A title in
    a language that capitalises its nouns joins single words ("Kirche und Staat,"), and a
    title's "et" is followed by words in lower case ("…, Arnaldo de Monte et l’historiographie
    catalane,")."""
    last = before[max((i + 1 for i, t in enumerate(before) if t.endswith(",")), default=0) :]
    nxt = next((after[: i + 1] for i, t in enumerate(after[:5]) if t.endswith(",")), [])
    return all(
        all(name_token(t) for t in side)
        and (len(side) >= 2 or any(INITIALS_TOKEN_RE.fullmatch(t.strip(",")) for t in side))
        for side in (last, nxt)
    )


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def starts_with_name(text: str) -> bool:
    """Does the text open with an author's name ("Radchenko," "G.V. Kireev," "Müller:")?"""
    # the answer lies in the opening words: reading all of a long note each time it is asked
    # at another comma made the cost grow with the square of the note's length
    text = text[:NAME_SPAN].lstrip("*“\"‘'")
    count = leading_name_tokens(text)
    if not count:
        return False
    words = word_tokens(text)
    first = words[0].strip(",.:")
    if first.casefold() in _ARTICLES:  # "The National Archives," but not "The Dock, Wharf …"
        return bool(ORGANISATION_RE.search(" ".join(words[:count])))
    return not prose_opener(words)


def prose_opener(words: list[str]) -> bool:
    """Do WORDS open with a word that opens prose ("So", "However")? Not when a name follows
    it after "and": "So and Long, 151" names Richard So and Hoyt Long, as no sentence of
    comment opens with "So and" and a capital."""
    if not words or words[0].strip(",.:*").casefold() not in _OPENERS:
        return False
    return not (len(words) > 2 and words[1] in ("and", "&") and words[2][:1].isupper())


NAME_SPAN = 1000  # characters; longer than any list of authors that opens a citation
_ARTICLES = frozenset({"the", "der", "die", "das"})  # open titles, prose or bodies, not people
_OPENERS = lexicons.words("prose_openers")  # "however", "vgl", "selon"


# words of a list of names that are no name: joiners, editor marks, "et al." ("и др.", "a kol.")
NAME_LIST_WORDS = frozenset(
    {"and", "&", "und", "et", "eds", "ed", "hg", "hrsg", "ред"}
    | {"и", "y", "i", "e", "al", "others", "др", "kol"}  # "others": MHRA's "and others"
    | {"en", "och", "oraz", "e.a", "u.a"}  # Dutch, Swedish, Polish "and"; "e.a.", "u.a.": et al.
    | {"și"}  # Romanian "and": "FELLER, Laurent, MILANI, Giuliano și JEAY, Madeleine"
)
# the ISO 690 styles' other joiners (isoshape.JOINER), as written, in lower case and with no
# full stop (the initial "A." is a name's): Czech and Slovak "a" and the spaced dash
# ("FELLER, Laurent – MILANI, Giuliano"), Danish and Norwegian "og", …
LIST_JOINER_TOKENS = frozenset({*isoshape.LOCALE_ANDS, "–", "og"})


@lru_cache(maxsize=memo.PER_DOCUMENT)  # the splitter, the classifier and the parser ask
def name_only(text: str) -> bool:
    """Is the whole text a list of names ("A.M.Aleksandrov-Agentov", "Smith and Jones, eds")?"""
    lead = LEAD_IN_RE.match(text) or CONJUNCTION_RE.match(text)
    text = text[lead.end() :] if lead else text  # "Cf. CONRAD, Robert", "e COSTA, Emília"
    words = [
        w
        for w in word_tokens(text)
        if w.strip(",.;:").casefold() not in NAME_LIST_WORDS
        and w not in LIST_JOINER_TOKENS
        and w.strip(",.;:").casefold() not in ROLE_MARKS
    ]
    if words and capitals_inverted(words) == len(words):
        return True  # "ALONSO, Angela", "SALLES, Ricardo (org.)"
    # family names in capitals beside given names that are not: "LI, Li, Yifan GUO и Dawei ZHENG"
    given = not ORGANISATION_RE.search(text) and any(
        name_token(w)
        and (not w.strip(",.;:").isupper() or INITIALS_TOKEN_RE.fullmatch(w.strip(",;:")))
        for w in words
    )
    return (
        bool(words)
        and len(words) <= 8
        and all(name_token(w) or (given and _capitals_word(w)) for w in words)
        and not has_title(text)
    )


def _capitals_word(word: str) -> bool:
    bare = word.strip(",.;:").replace("-", "")
    return bare.isupper() and bare.isalpha() and len(bare) > 1


def ends_with_editor_mark(text: str) -> bool:
    """Does the text end with an editor mark ("Bernstein and Li, eds"), the title to follow?"""
    marks = list(EDITOR_MARK_RE.finditer(text))
    return bool(marks) and marks[-1].end() >= len(text.rstrip(" .,")) - 1
