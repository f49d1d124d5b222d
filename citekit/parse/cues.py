"""What a stretch of note text looks like: a name, a title, an imprint, commentary, ..."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import memo, segments, statement, uregex
from citekit.parse.bluebook import parse_bluebook
from citekit.parse.imprint import find_locator
from citekit.parse.patterns import (
    ARCHIVE_RE,
    COLLECTION_NAME_RE,
    CONFERENCE_RE,
    DOI_RE,
    EDITOR_MARK_RE,
    IBID_RE,
    IMPRINT_PAREN_RE,
    ITALIC_RE,
    LEAD_IN_RE,
    LOCATOR_START_RE,
    MONTH_RE,
    OPCIT_RE,
    ORGANISATION_RE,
    PERSONAL_RE,
    REPORT_RE,
    THESIS_RE,
    URL_RE,
    YEAR_RE,
    find_opcit,
    find_supra,
    italic_spans,
    quoted_spans,
)
from citekit.parse.pinpoint import NOTE_POINTER_RE, end_pinpoint
from citekit.parse.prefilter import GuardedBy, guarded

PARTICLES = lexicons.words("name_particles")  # "von", "de", "van"
# words that open prose, never a name: "Strangely, X is ...", "During his meetings ..."
PROSE_VERBS_RE = uregex.compile(
    r"\b(?:is|are|was|were|has|have|had|we|find|found|argues?|argued|wrote|writes|says?|said"
    r"|told|tells|became|began|remains?|seems?|mentioned|shows?|shown|notes?\s+that|explains?"
    r"|suggests?|claims?|ist|sind|war|wurde|hat|est|sont|était|a\s+été)\b"
)
DOCUMENT_WORDS_RE = uregex.compile(
    r"\b(?:memo(?:randum)?|letter|telegram|cable|minutes|diary|notes?|notebook|report|record"
    r"|transcript|dispatch|speech|draft|protocol|Protokoll|Brief|Vermerk|lettre|note)\b",
    re.IGNORECASE,
)
TITLE_ARTICLES = ("The", "An")  # English articles that open titles, never a personal name
AUTHOR_PARTY_RE = uregex.compile(
    r"(?:with|by|to)\s+the\s+(?:present\s+)?author|author[’']s\s+(?:\w+\s+)?(?:interview|conversation)"
    r"|mit\s+dem\s+Verfasser|avec\s+l[’']auteur|con\s+l[’']autore|con\s+el\s+autor",
    re.IGNORECASE,
)
AUTHOR_PARTY_RE = guarded(AUTHOR_PARTY_RE)  # most notes hold none of its words


def _words(text: str) -> list[str]:
    """The runs of non-space characters ("[^\\s]+"): str.split cuts at the characters the
    regex engine takes for \\s, several times faster than finding them with a pattern."""
    return text.split()


def _name_token(token: str) -> bool:
    """A word that can stand in a personal name: "Sergey", "A.M.", "Lüthi", "Kalinovsky-Smith"."""
    bare = token.strip(",.:;()").replace("’", "'")
    if not bare:
        return False
    if "/" in bare:  # "Strack/Billerbeck": German styles join two authors with a slash
        return all(_name_token(part) for part in bare.split("/"))
    if bare.casefold() in PARTICLES:
        return True
    if bare[0].isupper() and all(c.isalpha() or c in ".-'" for c in bare):
        return not (bare.isupper() and len(bare) > 3 and "." not in bare)  # not "PAPERS"
    return False


FAMILY_INITIALS_RE = uregex.compile(
    r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.(?:\s?[A-Z]\.){0,2})(?=[\s,]|$)"
    r"(?!\s+(?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:,|\s+(?:and|&|und|et)\b|$))"
)  # not "Herbert J. Ellison,"


# editor marks of several words, read as one token: "R. Zangheri (a cura di), Lotte agrarie"
MULTIWORD_MARK_RE = re.compile(
    rf"\({lexicons.alternation([m for m in lexicons.words('editor_marks') if ' ' in m])}\)",
    re.IGNORECASE,
)


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def leading_name_tokens(text: str, limit: int = 6) -> int:
    """How many words at the start form a name group ending at "," "." ":" or "and"."""
    if "(" not in text or not MULTIWORD_MARK_RE.search(text):
        return _leading_name_tokens(text, limit)
    joined = MULTIWORD_MARK_RE.sub(lambda m: "(" + "_".join(m.group()[1:-1].split()) + ")", text)
    count = _leading_name_tokens(joined, limit)
    return count + sum(t.count("_") for t in joined.split()[:count] if t.startswith("("))


def _leading_name_tokens(text: str, limit: int) -> int:
    gost = FAMILY_INITIALS_RE.match(text)
    if gost:  # the family name first, the initials after: Russian and other GOST-style notes
        count = len(gost.group().split())
        rest = text[gost.end() :].lstrip()
        if rest.startswith(","):
            more = leading_name_tokens(rest[1:].lstrip(), limit)
            return count + more if more and FAMILY_INITIALS_RE.match(rest[1:].lstrip()) else count
        return count
    tokens = _words(text)
    if tokens and tokens[0] in TITLE_ARTICLES and not ORGANISATION_RE.search(text.split(",")[0]):
        return 0  # "The Early Modern World, 1500–1815,": a title, as no name opens with "The"
    body = _body_name(text)
    if body:
        return body  # "University of Chicago Press,", "R Core Team,"
    inverted = _capitals_inverted(tokens)
    if inverted:
        return inverted
    capitals = _small_capitals_name(tokens)
    if capitals:  # "S. CERUTTI, S. BARGAOUI, et I. GRANGAUD, Appartenance …": the whole list
        return capitals + _more_names(tokens[capitals:])
    for count, token in enumerate(tokens[:limit], start=1):
        if count > 1 and _editor_parens(token):
            return count  # "Mercedes Ortiz Calvo (coord.),"
        if token in ("i", "y") and count > 2 and count < len(tokens) and _name_token(tokens[count]):
            continue  # "Josep Maria Vidal i Roca,": a compound family name
        if not (_name_token(token) or _capitals_family_at(tokens, count - 1)):
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
        if count < len(tokens) and tokens[count].casefold() in ("and", "&", "und", "et", "y", "e"):
            return count + _second_name(tokens[count + 1 :], limit)
        if count >= 2 and count < len(tokens) and tokens[count].casefold() in ("in", "in:"):
            return count  # "Stanislav Anisimov in: Petr Aven, ..."
    return 0


ET_AL_WORDS = lexicons.words("et_al_words")  # "et al.", "i in.", "u. a.", "и др."


def _et_al_closing(tokens: list[str]) -> int:
    """How many of TOKENS are an "et al." of some language closed by a comma, a colon
    ("i in.,"), an editor mark ("u. a. (hg._von):") or, in italics, its own full stop
    ("Sergi Sancho *et al.* Saturar la imagen"); 0 if they are none."""
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
    if ORGANISATION_RE.fullmatch(words[0]):
        return len(words)  # "Library of Congress,", "Ministry of Finance of …,"
    capitalised = all(w[0].isupper() or w == "&" for w in words)  # not "Apps for Government,"
    return len(words) if capitalised and ORGANISATION_RE.fullmatch(words[-1]) else 0


def _second_name(tokens: list[str], limit: int) -> int:
    """ "Henry B. Wheatley and Peter Cunningham, London …": the joiner and the second name,
    when that name closes with a comma (else the words after "and" may be a title)."""
    count = _leading_name_tokens(" ".join(tokens), limit)
    closing = next(
        (i for i, t in enumerate(tokens[:count]) if t.endswith(",") or _editor_parens(t)), None
    )  # "… and Javier RUIZ ASTIZ (eds.): *Book*" closes at the editor mark
    return 2 + closing if closing is not None else 0  # the first group only


CONJUNCTION_RE = uregex.compile(r"^(?:and|e|y|i|und|sowie|et|a|oraz)\s+(?=[A-Z])")
SAME_AUTHOR_RE = uregex.compile(
    r"(?i)^(?:idem|eadem|id\.|ead\.|ders\.|dies\.|tenże|tenze|taż|týž|táž|tíž|_{3,}\.?)[,\s]"
)
INITIALS_TOKEN_RE = uregex.compile(r"(?:[A-Z]\.-?)+")  # "B.-P.", "J.-C.", "T.G."
JOINERS = frozenset({"and", "&", "und", "et", "y", "i", "e"})
# "(eds.)", "(hg.)", "(a_cura_di)": marks of several words joined as leading_name_tokens joins them
# the editor marks of one word, as the word pattern reads them: "red", "hg", "eds"
EDITOR_WORDS = frozenset(m.strip(".") for m in lexicons.words("editor_marks") if " " not in m)
EDITOR_PARENS = frozenset(f"({'_'.join(mark.split())})" for mark in lexicons.words("editor_marks"))


def _capitals_family(token: str, before: str) -> bool:
    """ "Antonín KLIMEK,", "Daniel E. MILLER,": a family name in capitals after a given name
    in ordinary case or an initial."""
    bare = token.strip(",.;:")  # "Alessandro STANZIANI: «…»" (Spanish and Italian notes)
    return (
        bare.isupper()
        and bare.replace("-", "").isalpha()
        and (not before.isupper() or bool(INITIALS_TOKEN_RE.fullmatch(before)))
        and before[:1].isupper()
        and _name_token(before)
    )


def _editor_parens(token: str) -> bool:
    return token.casefold().strip(",:") in EDITOR_PARENS


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


def _capitals_inverted(tokens: list[str]) -> int:
    """ABNT and Czech habit: "FAUSTO, Boris." / "KLIMEK, Antonín," -> the tokens of that name."""
    if len(tokens) < 2 or not tokens[0].endswith(","):
        return 0
    family = tokens[0].strip(",")
    if not (family.isupper() and len(family) > 1 and family.replace("-", "").isalpha()):
        return 0
    for count, token in enumerate(tokens[1:4], start=2):
        if not (_name_token(token) or token.strip(",.").casefold() in PARTICLES):
            return 1  # "MACHADO, Palavras e brados, p. 201": the family name alone
        if token.endswith((".", ",", ";")) and not INITIALS_TOKEN_RE.fullmatch(token.rstrip(",;")):
            return count
        if count == len(tokens):
            return count  # "ALONSO, Angela" (the full stop was trimmed)
        if token.endswith(",") and INITIALS_TOKEN_RE.fullmatch(token[:-1]):
            return count  # "MAKAU, A. B., Esperanza de la educación hoy": initials, a comma
        if _initial_before_title(token, tokens[count]):
            return count  # ISO 690 in plain text: "GARDINER, J M. Contingency relations …"
    return 0


def _initial_before_title(token: str, after: str) -> bool:
    """Does an initial with its full stop end the name, a capitalised word that is no
    initial opening the title ("ГАЙДАЕНКО, Т. А. Маркетинговое управление")?"""
    return (
        token.endswith(".")
        and bool(INITIALS_TOKEN_RE.fullmatch(token))
        and after[:1].isupper()
        and not INITIALS_TOKEN_RE.fullmatch(after.rstrip(",;"))
        and len(after.strip(",.;:")) > 1
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
            return taken
        taken += len(group)


NAME_LIST_LOOKAHEAD = 12  # tokens read ahead for one name group and an "and" closing the list


def _further_name(group: list[str], tokens: list[str]) -> bool:
    """Is GROUP, the tokens up to the next comma, one more name of the list?"""
    names = [t for t in group if not t.startswith("(") and t.casefold() not in JOINERS]
    if any(t.endswith(":") for t in group[:-1]):
        return False  # "Aurora Leigh: Authoritative Text,": a title and its subtitle
    if any(t.startswith("(") and not _editor_parens(t) for t in group):
        return False  # "Probability and Evidence (Macmillan,": an imprint opens after a title
    has_mark = any(_editor_parens(t) for t in group)  # "(ed.)", not "(Annapolis," of an imprint
    listed = (
        group[0].casefold() in JOINERS
        or _list_ends_with_and(tokens)
        or any(re.fullmatch(r"(?:[A-ZÀ-Ý]\.){1,3}", t.strip(",")) for t in names)
    )
    given = any(_name_token(t) and not _capitals_word(t) for t in names)
    if not names or not (has_mark or listed):
        return False
    if not all(_name_token(t) or (given and _capitals_word(t)) for t in names):
        return False  # a family in capitals beside a given name or initial: "S. BARGAOUI,"
    return not _bare_pair(group)  # "Willis I. Milham, Time and Timekeepers, …": a title


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
            return group
    return []


def _list_ends_with_and(tokens: list[str]) -> bool:
    """ "Manuel Castells, and Lauren A. Benton, eds.": names up to an "and" that closes the list."""
    for index, token in enumerate(tokens[:12]):
        if token.casefold() in ("and", "&"):
            return all(_name_token(t) for t in tokens[:index])
        if not _name_token(token) or token.endswith(":"):
            return False  # a colon closes names ("Müller:") or a title's head, never a list
    return False


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def starts_with_name(text: str) -> bool:
    """Does the text open with an author's name ("Radchenko," "G.V. Kireev," "Müller:")?"""
    # the answer lies in the opening words: reading all of a long note each time it is asked
    # at another comma made the cost grow with the square of the note's length
    text = text[:NAME_SPAN].lstrip("*“\"‘'")
    count = leading_name_tokens(text)
    if not count:
        return False
    words = _words(text)
    first = words[0].strip(",.:")
    if first.casefold() in _ARTICLES:  # "The National Archives," but not "The Dock, Wharf …"
        return bool(ORGANISATION_RE.search(" ".join(words[:count])))
    return first.casefold() not in _OPENERS


NAME_SPAN = 1000  # characters; longer than any list of authors that opens a citation
_ARTICLES = frozenset({"the", "der", "die", "das"})  # open titles, prose or bodies, not people
_OPENERS = lexicons.words("prose_openers")  # "however", "vgl", "selon"


# words of a list of names that are no name: joiners, editor marks, "et al." ("и др.", "a kol.")
NAME_LIST_WORDS = frozenset(
    {"and", "&", "und", "et", "eds", "ed", "hg", "hrsg", "ред"}
    | {"и", "y", "i", "e", "al", "др", "kol"}
)


def name_only(text: str) -> bool:
    """Is the whole text a list of names ("A.M.Aleksandrov-Agentov", "Smith and Jones, eds")?"""
    lead = LEAD_IN_RE.match(text) or CONJUNCTION_RE.match(text)
    text = text[lead.end() :] if lead else text  # "Cf. CONRAD, Robert", "e COSTA, Emília"
    words = [
        w
        for w in _words(text)
        if w.strip(",.;:").casefold() not in NAME_LIST_WORDS
        and w.strip(",.;:").casefold() not in EDITOR_PARENS
    ]
    if words and _capitals_inverted(words) == len(words):
        return True  # "ALONSO, Angela", "SALLES, Ricardo (org.)"
    # family names in capitals beside given names that are not: "LI, Li, Yifan GUO и Dawei ZHENG"
    given = not ORGANISATION_RE.search(text) and any(
        _name_token(w)
        and (not w.strip(",.;:").isupper() or INITIALS_TOKEN_RE.fullmatch(w.strip(",;:")))
        for w in words
    )
    return (
        bool(words)
        and len(words) <= 8
        and all(_name_token(w) or (given and _capitals_word(w)) for w in words)
        and not has_title(text)
    )


def _capitals_word(word: str) -> bool:
    bare = word.strip(",.;:").replace("-", "")
    return bare.isupper() and bare.isalpha() and len(bare) > 1


def ends_with_editor_mark(text: str) -> bool:
    """Does the text end with an editor mark ("Bernstein and Li, eds"), the title to follow?"""
    marks = list(EDITOR_MARK_RE.finditer(text))
    return bool(marks) and marks[-1].end() >= len(text.rstrip(" .,")) - 1


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def titles(text: str) -> tuple[re.Match[str], ...]:
    """Italic or quoted spans that can be titles (they begin with a capital or a digit)."""
    found = list(italic_spans(text)) + list(quoted_spans(text))
    out = []
    for match in sorted(found, key=lambda m: m.start()):
        body = next(g for g in match.groups() if g is not None).strip(" *")
        if IBID_RE.match(body) or OPCIT_RE.fullmatch(body.strip(" .,")):
            continue
        if _series_before(text, match.start()):
            continue  # « L'Évolution de l'humanité » after "coll." names a series
        if body and (body[0].isupper() or body[0].isdigit() or body[0] in "'‘\"“«¿¡"):
            out.append(match)
    return tuple(out)


# "coll." and the like just before a title: it names a series; searched in a window of the
# longest word, so that a note with many titles is not rescanned from its start for each
SERIES_BEFORE_RE = re.compile(r"(?:coll\.|collection|série|Reihe|collana|series)$", re.IGNORECASE)
SERIES_WORD_MAX = len("collection")


def _series_before(text: str, position: int) -> bool:
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return bool(SERIES_BEFORE_RE.search(text, max(0, end - SERIES_WORD_MAX), end))


def has_title(text: str) -> bool:
    return bool(titles(text))


@lru_cache(maxsize=memo.PER_DOCUMENT)
def has_imprint(text: str) -> bool:
    return bool(IMPRINT_PAREN_RE.search(text))


def locator_only(text: str) -> bool:
    """ "Box 5, Folder 6", "p. 45": nothing but a pinpoint."""
    match = LOCATOR_START_RE.match(text.strip())
    return bool(match) and not has_title(text)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_ibid(text: str) -> bool:
    return bool(IBID_RE.match(text.strip()))


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
    if AUTHOR_PARTY_RE.search(text):
        return True  # "interviews with the author", "Gespräch mit dem Verfasser"
    found = segments.find_imprint(segments.split_segments(text))
    return not (
        found and ("publisher" in found[2] or segments.is_place(found[2].get("address", "")))
    )


SIGLUM_RE = uregex.compile(
    r"\b(?!(?:[IVXLC]+|US|UK)\b)[A-Z][A-Za-z]?[A-Z]{1,4}\b"
)  # HIA, BArch, TNA


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def is_archival(text: str) -> bool:
    """A reference to papers in an archive ("Box 5, Folder 6, Acheson Papers, Truman Library")."""
    if has_imprint(text) or _titled_work(text) or URL_RE.search(text):
        return False
    if ARCHIVE_RE.search(text):
        return True
    return bool(DOCUMENT_WORDS_RE.search(text) and SIGLUM_RE.search(text))  # "the diary of X, HIA"


def _titled_work(text: str) -> bool:
    """An italic title means a published work, even when it mentions a "Library"."""
    return any(m.group().startswith("*") for m in titles(text))


def archival_detail(text: str) -> bool:
    """ "Diary, 3 February, 1989, p. 231": a short description that goes on with an archival one."""
    words = _words(text)
    return len(words) <= 10 and any(c.isdigit() for c in text) and not has_title(text)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def document_description(text: str) -> bool:
    """ "Gorbachev to his aides on September 29, 1986": a dated document, its archive follows."""
    words = _words(text)
    dated = bool(MONTH_RE.search(text) or YEAR_RE.search(text) or "undated" in text.casefold())
    if LOCATOR_START_RE.search(text) or NAME_COLON_RE.search(text):
        return False  # "Kettler: Übersetzen als Politik, …, S. 87–93" is a citation itself
    return dated and len(words) <= 25 and not ITALIC_RE.search(text) and not has_imprint(text)


PROSE_OPENING_RE = uregex.compile(r"[a-z]{3,},?")  # a lowercase word, no abbreviation
# a full stop that ends a sentence, not the day or month of "16. 4. 1919"
FIRST_SENTENCE_RE = re.compile(r"(?<![\s.]\d)(?<![\s.]\d\d)\.\s")


@lru_cache(maxsize=memo.PER_DOCUMENT)  # asked of the same spans many times over
def is_commentary(text: str) -> bool:
    """Prose that is not the opening of a source ("On the context of the speech, see ...")."""
    if is_ibid(text) or starts_with_name(text) or text.lstrip()[:1] in "*“\"‘'«„(":
        return False
    if parse_bluebook(text) is not None:
        return False  # "Brown v. Bd. of Educ., 347 U.S. 483 (1954)": a case, however it reads
    if URL_RE.search(text) and not PROSE_VERBS_RE.search(text):
        return False  # a web page: "Gorbachev's Visit to China, <https://…>, accessed …"
    opening = " ".join(_words(text)[:6])
    if is_archival(text) and DOCUMENT_WORDS_RE.search(opening):
        return False  # "The working notes of Anatoly Chernyaev, ..., Chernyaev Papers"
    if is_archival(text) and document_description(FIRST_SENTENCE_RE.split(text)[0]):
        return False  # "Gorbachev to Chernyaev in August 5, 1988. The Chernyaev Papers"
    if PERSONAL_RE.search(opening) or (CONFERENCE_RE.search(text) and YEAR_RE.search(text)):
        return False  # "the author's conversations with ...", "The paper by X at the conference"
    words = [w for w in _words(text)[:7] if not any(c.isdigit() for c in w)]
    if (
        words
        and PROSE_OPENING_RE.fullmatch(words[0])
        and words[0].casefold() not in JOINERS
        and not LEAD_IN_RE.match(text)  # "anche Procacci, …", "see also Koselleck, …"
    ):
        return True  # "sobre la represión de 1874, Ortiz Calvo, …": a sentence, not a source
    lower = [
        w
        for w in words[1:5]
        if w[:1].islower() and w.strip(",.").casefold() not in PARTICLES | EDITOR_WORDS
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
    score += 2 if starts_with_name(text) else 0
    score += 2 if has_title(text) else 0
    score += 3 if has_imprint(text) else 0
    score += 4 if has_plain_imprint(text) else 0
    score += 1 if YEAR_RE.search(text) else 0
    score += 1 if LOCATOR_START_RE.search(text) else 0
    score += 2 if URL_RE.search(text) or DOI_RE.search(text) else 0
    score += 2 if is_archival(text) else 0
    score += 2 if THESIS_RE.search(text) or REPORT_RE.search(text) else 0
    score += 1 if CONFERENCE_RE.search(text) else 0
    score += 1 if DOCUMENT_WORDS_RE.search(text) and is_archival(text) else 0
    score -= 3 if is_commentary(text) else 0
    score -= 2 if PROSE_VERBS_RE.search(text) and not has_imprint(text) else 0
    return score


# "… Морозова. Новосибирск: Зап.-Сиб. кн. изд-во, 1978": place, colon, publisher, year
PLAIN_IMPRINT_RE = uregex.compile(
    r"(?:^|[.;]\s)(?P<place>[A-Z][^.,;:]{1,30}\.?(?:\s*;\s*[A-Z][^.,;:]{0,30}\.?)?):\s+"
    r"[^,;:]{2,60},\s+(?:1[5-9]|20)\d\d\b"
)


@lru_cache(maxsize=memo.PER_DOCUMENT)
def has_plain_imprint(text: str) -> bool:
    return any(
        all(segments.is_place(p) for p in m.group("place").split(";"))
        for m in PLAIN_IMPRINT_RE.finditer(text)
    )


# the locator labels of a book's pinpoint ("Kap.", "гл.", "p."), not a statute's or treaty's
# ("§ 46", "Art. 3", "¶ 5": after "Rights and Fundamental Freedoms, vol. 213" no author)
PAGE_LABELS = lexicons.alternation(
    w for w in lexicons.words("locator_labels") if w[:1].isalpha() and w.casefold() != "art."
)
# "Kaplan, NATO, 120", "Evelyn, Diary, iv. 12": names, a short title, a page (after a volume)
PLAIN_SHORT_RE = uregex.compile(
    r"^[^,]{2,60},\s+.{3,150}?,\s+"
    rf"(?:{PAGE_LABELS}\s?|[ivxlc]+\.\s*)?(?:[\dxivlc]+(?:\.{{1,2}}\d+)?(?:\s*[-–:]\s*\d+)?)$"
)  # the page may have any label a locator has: "Kap. 7", "гл. 3", "para. 19"; volume and
# paragraph joined by a full stop ("5.480", citeproc's "5..480") as collected papers are cited


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
    return not after or find_locator(after) is not None


# "*Keller*, Die Böse Fasnacht", "*Meinhardt*/*Ranft*, Die Sozialstruktur", "*Lanz*, in: …":
# an author in italics, then a capitalised title or "in:" (not "*Wagner*, so heißt es")
ITALIC_AUTHOR_TITLE_RE = uregex.compile(r"\*[^*]+\*(?:/\*[^*]+\*)*,\s+(?:in:\s|[A-Z])")


@lru_cache(maxsize=memo.PER_DOCUMENT)
def is_citation(text: str, hereafter: tuple[str, ...] = ()) -> bool:
    """Does the span cite something (a source, a back-reference, a personal communication)?"""
    if is_ibid(text) or find_supra(text) or parse_bluebook(text) is not None:
        return True
    if SAME_AUTHOR_RE.match(text) and YEAR_RE.search(text):
        return True  # "______. Cidade febril. São Paulo: Companhia das Letras, 1996"
    if _ends_with_imprint(text) and not PROSE_VERBS_RE.search(text):
        return True  # "Papers on Time-Reckoning, ed. Sandford Fleming (Toronto: Copp, 1886), 12"
    spaced = " ".join(text.split())
    if any(mentions(spaced, h) for h in hereafter):
        return True  # "RG 59, NA, 740.5/4-449" after "(hereafter RG 59, NA)"
    if starts_with_name(text) and PLAIN_SHORT_RE.match(text.strip()) and not is_commentary(text):
        return True  # "Acheson, Present at the Creation, 277"
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
    return citation_score(text) >= 3


# a span that is one title and nothing else: "*Title of a Book*", "“Title of an Article.”"
TITLE_ONLY_RE = re.compile(
    r"""^(?: \*(?P<i>[^*]{3,200})\*                      # *Title*
           | “(?P<q>[^”]{3,200}?)[,.]?”                 # “Title.”, “The ‘New’ Title”
           | ‘(?P<s>[^’]{3,200}?)[,.]?’                 # ‘Title’ (MHRA)
           | "(?P<d>[^"]{3,200}?)[,.]?"                # "Title."
           | (?P<p>[A-Z][^.;()\[\]“”"*«»]{3,200}?) )   # Title, its italics lost in plain text
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
    return len(words) >= 2 and bool(big) and all(w[0].isupper() for w in big)


NAME_COLON_RE = GuardedBy(
    uregex.compile(r"(?:^|\s)(?P<name>(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+):\s+(?=[A-ZÀ-Ý\d])"),
    re.compile(r":\s"),  # its colon and space, found first: the names are tried at every position
)


def unfinished_citation(text: str) -> bool:
    """ "…vgl. Hendrik Birus: Goethes Idee der Weltliteratur": names and a title, nothing after."""
    lead = LEAD_IN_RE.match(text)
    body = text[lead.end() :] if lead else text
    named = (
        starts_with_name(body)
        or bool(NAME_COLON_RE.search(text))
        or bool(SAME_AUTHOR_RE.match(body))
    )
    if not named or has_imprint(text) or LOCATOR_START_RE.search(text) or is_ibid(text):
        return False
    if re.search(r",\s*(?!(?:1[4-9]|20)\d\d\b)[\dxivl]+(?:\s*[-–]\s*\d+)?(?:,|$)", text):
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
ISSUE_RE = uregex.compile(r"\b(?:v|vol|roč|t|Jg)\.\s*\d+\s*,\s*(?:n|no|nº|núm|nr|č|H)\.?\s*\d+")


def completes_citation(text: str) -> bool:
    """A sentence that carries on a title up to its imprint or pages, opening no new citation."""
    if LEAD_IN_RE.match(text):
        return False  # "Compare Peter Lund, …" opens a citation of its own
    parts = segments.split_segments(text)
    found = segments.find_imprint(parts)
    if (
        found
        and not has_title(text)
        and segments.title_text(parts[: found[0]]) == ", ".join(parts[: found[0]])
    ):
        # "Konzepte und Perspektiven, Würzburg 1995", "Philosophy, Hegemony and Marxism,
        # Leiden-Boston, Brill, 2009": a title's tail, then the imprint, no title of its own
        return not _names_then_title(text, found[0])
    if ISSUE_RE.search(text) and YEAR_RE.search(text) and not _capitals_inverted(_words(text)):
        return True  # ABNT: "… liberdade. Revista Brasileira de História, v. 21, n. 42, 2001"
    pointer = NOTE_POINTER_RE.search(text)
    if pointer and "," not in text[: pointer.start()]:
        return True  # "Konstruktion und Funktion der „Picasso-Story“ 1967 (Anm. 2)": a subtitle
    if starts_with_name(text) or is_ibid(text) or NAME_COLON_RE.match(text):
        return False
    return bool(
        segments.find_imprint(["", *parts])
        or has_imprint(text)
        or LOCATOR_START_RE.search(text)
        or end_pinpoint(text)  # "… im 19. Jahrhundert, Kap. 13": a subtitle, then the pinpoint
        or re.search(r"\bin:\s", text)
    )
