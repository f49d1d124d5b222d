"""Author strings -> "Family, Given" names, in order."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit import lexicons
from citekit.parse import deferred, isoshape, localeterms, uregex
from citekit.parse.corporatechain import corporate_chain
from citekit.parse.memo import cached_list
from citekit.parse.patterns import ORGANISATION_RE, ORGANISATION_WORDS

# co-author joiners: "and", "&", "und", "et", "y", "e", Romanian "și", "/" ("Leffler/Westad"),
# ";", and a spaced dash ("M. Piccat - L. Ramello", Italian styles), not a hyphenated name's
JOIN_RE = uregex.compile(
    r"\s*(?:,\s*)?\b(?:and|und|et|y|e|en|och|og|și|with|mit|avec|con)\b\s*|\s*[&/;]\s*|\s+[-–]\s+"
)
# ISO 690's lists opened by a family name in capitals ("LE ROUX, Thomas и François JARRIGE",
# "DE LA CRUZ, María a LE BRAS, Hervé") join names with the locale's "and" (isoshape.JOINER):
# Russian "и", Czech and Slovak "a", … read as a joiner there only, after the first name
# (longer lists, "SUHIR, E., Y. C. LEE и C. P. WONG", the comma rules read) and before a capital
ISO_PAIR_RE = uregex.compile(
    rf"^(?P<first>{isoshape.FAMILY},\s+[^,]+?)\s+(?:и|{'|'.join(isoshape.LOCALE_ANDS)})\s+(?=[A-Z])"
)
# what is no part of a name: "et al.", "i.a.", "u.a.", "with a foreword by X", "(eds.)"; the
# "et al." of lexicons/et_al_words and of the CSL locales (parse.localeterms): "i in.", "i sur."
POSSESSIVE_END_RE = re.compile(r"(?<=\w)['’]s$")  # no family name ends so
ET_AL = lexicons.alternation(
    {
        w.rstrip(".")
        for w in lexicons.words("et_al_words")
        | set(localeterms.ET_AL)
        | set(localeterms.ET_AL_ONE_WORD)
    }
)
# an editor mark in brackets (lexicons/editor_marks and the CSL locales'): "(szerk.)", "(ur.)"
PAREN_MARK = lexicons.alternation({m.rstrip(".") for m in localeterms.EDITOR_MARKS})
NOISE_RE = uregex.compile(
    rf",?\s*(?<!\w){ET_AL}(?:\.|(?!\w))|\s*\(\s*{PAREN_MARK}\.?\s*\)|"
    r"""\s*(?:,?\s*\bet\s+al\.?|,?\s*\bi\.\s?a\b\.?|,?\s*\bu\.\s?a\b\.?|,?\s*\band\s+others\b
        |,?\s*\bwith\s+(?:a\s+|an\s+)?(?:fore?word|forward|introduction|preface|afterword)s?\s+(?:of|by)\s+.*$
        |\(\s*(?:eds?|hgg?|hrsg|dir|éds?|coord|comp|org|orgs|red|a\s+cura\s+di)\.?\s*\)|,?\s*\b(?:eds?|hg|hrsg|dir|éds?)\.?(?:\s+(?:and|&)\s+trans\.?)?$|,?\s*\btrans\.?\s+(?:and|&)\s+eds?\.?$
        |,?\s*\b(?:editors?|Herausgeber|host|hosts|narrator|interviewer)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# French usage: the family name, then the given names in brackets ("Caccomo (Jean-Louis)",
# "Meurer (Michael J.)"); a mark of editing in brackets ("(Hg.)") is no given name
PAREN_GIVEN_RE = uregex.compile(r"^(?P<family>[^\W\d_][^()]*?)\s*\((?P<given>[A-Z][^()]*)\)$")
EDITOR_MARKS = localeterms.EDITOR_MARKS  # "hg.", "a cura di"; the CSL locales' "szerk."
GLUED_INITIALS_RE = uregex.compile(r"^((?:[A-Z]\.)+)([A-Z][\w'’-]+)$")  # "A.M.Aleksandrov-Agentov"
INITIAL_RE = uregex.compile(r"(?:[A-Z]\.?){1,3}")  # "Т.", "В", "T.G."
SAINTS = frozenset({"St.", "Ste.", "St", "Ste"})  # abbreviated "Saint", "Sainte" in a name
PARTICLES = lexicons.words("name_particles")  # "von", "de", "van": part of the family name
# particles that join two family names in Romance usage ("Vidal de la Blache", "Vidal i Roca")
# words that join two names in a list: "Hans Müller und Peter Schmidt", "Ana Ruiz y Eva Gil"
JOINERS = frozenset({"and", "&", "und", "et", "y", "i", "e", "och", "og", "și"})
INITIALS_TOKEN_RE = uregex.compile(r"(?:[A-Z]\.-?)+")  # "B.-P.", "J.-C.", "T.G."
LATIN_INITIALS_RE = deferred.compile(r"(?:[A-ZÀ-Ý]\.){1,3}")  # "J.", "A.M.", "É.G.H.": no hyphen
ROMANCE_JOINERS = frozenset({"de", "del", "della", "da", "do", "dos", "das", "di", "i", "y"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# family names written first in Chinese, Korean and Vietnamese names ("Niu Jun", "Zhao Ziyang")
EAST_ASIAN_FAMILIES = lexicons.words("east_asian_family_names")  # "zhao", "kim", "nguyen"
SAME_AUTHOR = lexicons.words("same_author_words")  # "ders", "dies", "idem"


@cached_list(maxsize=4096)  # a document names the same people again and again
def split_names(text: str) -> list[str]:
    """ "James Hershberg, Sergey Radchenko, and David Wolff" -> ["Hershberg, James", ...]."""
    text = NOISE_RE.sub("", text.strip(" ,.:;*")).strip(" ,.:;")
    text = POSSESSIVE_END_RE.sub("", text)  # "Caroline Rooney’s “Deconstruction …”": her essay
    if not text:
        return []
    if text.casefold() in SAME_AUTHOR:
        return [text]  # "del mismo autor": no name to turn, the author before (inherit)
    chain = corporate_chain(text)  # "Department of …, Ministry of …, Government of India"
    if chain is not None:
        return [chain]
    text = ISO_PAIR_RE.sub(r"\g<first> and ", text, count=1)
    out: list[str] = []
    parts = _rejoin_compounds([p for p in JOIN_RE.split(text) if p and p.strip(" ,.")], text)
    for part in _rejoin_bodies(parts, text):
        out.extend(_comma_names(part.strip(" ,")))
    return _with_suffixes([name for name in out if name])


# a body named for its fields, whose name goes on past "and": "Department for Work and
# Pensions", "Kaiser Commission on Medicaid and the Uninsured", "U.S. Department of Health &
# Human Services" (the body's word and its preposition end the part before the joiner)
BODY_OF_RE = uregex.compile(
    rf"\b{ORGANISATION_WORDS}\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+$"
)
BODY_JOINER_RE = uregex.compile(r"\s*(?:and|&)\s+")


def _rejoin_bodies(parts: list[str], text: str) -> list[str]:
    """A body's name cut at its "and" made whole again; "Department of Justice and Federal
    Trade Commission" stays two bodies, as the part after "and" names a body of its own."""
    out: list[str] = []
    for part in parts:
        left = out[-1].strip() if out else ""
        if left and BODY_OF_RE.search(left) and not ORGANISATION_RE.search(part):
            at = text.find(left)
            joiner = BODY_JOINER_RE.match(text, at + len(left)) if at >= 0 else None
            if joiner and text.startswith(part.strip(), joiner.end()):
                out[-1] = f"{left}{joiner.group()}{part.strip()}"
                continue
        out.append(part)
    return out


def _with_suffixes(names: list[str]) -> list[str]:
    """ "Donald E. Jordan, Jr." read as two names: the suffix belongs to the one before
    ("Jordan, Jr., Donald E.", BibTeX's "Last, Jr, First")."""
    out: list[str] = []
    for name in names:
        if out and name.casefold().strip(" .") in SUFFIXES and out[-1].count(",") == 1:
            family, given = out[-1].split(", ")
            out[-1] = f"{family}, {name.strip(' .')}., {given}"
            continue
        out.append(name)
    return out


def _rejoin_compounds(parts: list[str], text: str) -> list[str]:
    """ "Vidal i Roca", "Ortega y Gasset": a one-word side of y/i/e is a family name's half."""
    out: list[str] = []
    for part in parts:
        if (
            out
            and re.search(
                rf"{re.escape(out[-1].strip())}\s+[yie]\s+{re.escape(part.strip())}", text
            )
            and (len(part.split()) == 1 or len(out[-1].split(",")[-1].split()) == 1)
        ):
            joiner = re.search(rf"{re.escape(out[-1].strip())}\s+([yie])\s+", text).group(1)
            out[-1] = f"{out[-1].strip()} {joiner} {part.strip()}"
            continue
        out.append(part)
    return out


def _comma_names(part: str) -> list[str]:
    """A part with commas is "Family, Given" (inverted) or a list of direct names."""
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    if len(pieces) == 1:
        return [to_family_given(pieces[0])]
    if all(p.isupper() and len(p.split()) >= 2 and not _initials_only(p) for p in pieces):
        return [to_family_given(p) for p in pieces]  # "JEAN BAUD, RÉGIS BOULAT": direct names
    surnames_first = all(  # "VAL VALDIVIESO, M.I.": a family of two words, in capitals (ISO 690)
        (len(p.split()) == 1 or p.replace("-", "").replace(" ", "").isupper()) and not _initials(p)
        for p in pieces[::2]
    )
    if surnames_first and all(_given_like(p) for p in pieces[1::2]):
        pairs = zip(pieces[::2], pieces[1::2], strict=False)
        return [f"{_from_capitals(f, g)}, {_tidy_initials(g)}" for f, g in pairs]
    if _inverted_first(pieces):  # "Conboy, Martin, Joad Raymond": Chicago inverts the first
        return [f"{pieces[0]}, {_tidy_initials(pieces[1])}"] + [
            to_family_given(p) for p in pieces[2:]
        ]
    return [to_family_given(p) for p in pieces]


def _inverted_first(pieces: list[str]) -> bool:
    """ "Conboy", "Martin", "Joad Raymond", …: the first name inverted ("Family, Given"), the
    others in direct order, as Chicago and German notes list several authors ("Wandtke,
    Artur-Axel, Winfried Bullinger und Ulrich Block")."""
    return (
        len(pieces) >= 3
        and len(pieces[0].split()) == 1
        and not _initials(pieces[0])
        and _given_like(pieces[1])
        and all(len(p.split()) >= 2 and _given_like(" ".join(p.split()[:-1])) for p in pieces[2:])
    )


def _initials_only(text: str) -> bool:
    """ "M.I.", "J. R.": no word of the name is more than an initial."""
    return all(len(w.strip(".")) <= 1 or "." in w.rstrip(".") for w in text.split())


def _initials(text: str) -> bool:
    return bool(uregex.compile(r"(?:[A-Z]\.\s?)+").fullmatch(text))


def _given_like(text: str) -> bool:
    """ "Odd Arne", "J.", "Shu Guang": given names (no more than three words)."""
    split = text.split()
    if len(split) > 1 and split[0][:1].isupper() and split[0].casefold() in PARTICLES:
        return False  # "Gelderblom, De Jong en Jonker": a family name that opens with its particle
    words = [w for w in split if w.casefold() not in PARTICLES]  # "Emília Viotti da"
    full = [w for w in words if not INITIAL_RE.fullmatch(w)]  # "Maria Helena P. T.": two
    return bool(words) and len(full) <= 3 and all(w[:1].isupper() for w in words)


def _tidy_initials(given: str) -> str:
    """ "A.M." -> "A. M."."""
    return uregex.compile(r"([A-Z]\.)(?=[A-Z])").sub(r"\1 ", given).strip()


@lru_cache(maxsize=4096)  # a document names the same few people again and again
def to_family_given(name: str) -> str:
    """One direct-order name -> "Family, Given" ("Ludwig von Mises" -> "von Mises, Ludwig")."""
    name = " ".join(name.replace("*", "").split())
    paren = PAREN_GIVEN_RE.match(name) if name.endswith(")") else None
    if paren and paren.group("given").casefold() not in EDITOR_MARKS:
        name = f"{paren.group('family')}, {paren.group('given')}"  # "PASSA (Jérôme)": capitals too
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        family = _from_capitals(family, given)
        return f"{family}, {_tidy_initials(given)}" if given else family
    words = name.split()
    if not words:
        return name  # nothing but emphasis marks: "*"
    if ORGANISATION_RE.search(name):
        return name  # "International Monetary Fund", "The National Archives": a body, not a person
    if len(words) == 1:
        glued = GLUED_INITIALS_RE.match(words[0])
        return f"{glued.group(2)}, {_tidy_initials(glued.group(1))}" if glued else words[0]
    if (
        len(words) > 1
        and all(INITIAL_RE.fullmatch(w) for w in words[1:])
        and not _initials(words[0])
    ):
        return f"{words[0]}, {_tidy_initials(' '.join(words[1:]))}"  # "Ильина Т. В."
    suffix = words.pop() if words[-1].casefold() in SUFFIXES else ""
    capitals = _capitals_run(words)
    if capitals:  # "Sergi SANCHO FIBLA": the family is what is set in capitals
        given = " ".join(words[:-capitals])
        return f"{_from_capitals(' '.join(words[-capitals:]), given)}, {_tidy_initials(given)}"
    leading = _leading_capitals(words)
    if leading:  # "BLOCH Marc", "LE GOFF Jacques": French usage sets the family first, in capitals
        given = " ".join(words[leading:])
        return f"{_capitalised(' '.join(words[:leading]))}, {_tidy_initials(given)}"
    if _hispanic_pair(words):
        return f"{words[1]} {words[2]}, {words[0]}"  # "Francisco Sánchez Marín": two surnames
    if len(words) == 2 and PATRONYMIC_RE.fullmatch(words[0]) and words[1][:1].isupper():
        return " ".join(words)  # "Sánchez Marín, op. cit.": both surnames, no given name
    if len(words) == 2 and _east_asian_order(words):
        return f"{words[0]}, {words[1]}"
    glued = GLUED_INITIALS_RE.match(words[-1])
    if glued:
        words[-1:] = [glued.group(1), glued.group(2)]
    start = len(words) - 1
    if start > 1 and words[start - 1] in SAINTS:
        start -= 1  # "John St. Clair", "G. E. M. de Ste. Croix": the Saint is the family's
    while start > 1 and words[start - 1].casefold() in PARTICLES:
        start -= 1
    if start == 1 and _opening_particle(words):
        start = 0  # "Van den Heuvel", "De Vries": particles at a name's start, no given name
    if (
        start >= 2
        and start < len(words) - 1
        and words[start].casefold() in ROMANCE_JOINERS
        and not INITIAL_RE.fullmatch(words[start - 1])  # "E. S. de Beer": "S." is an initial
    ):
        start -= 1  # "Manuel Tuñón de Lara", "Josep Maria Vidal i Roca": a compound family name
    elif len(words) >= 3 and words[-2].casefold() in {"i", "y"}:
        start = len(words) - 3  # "José Ortega y Gasset"
    family, given = " ".join(words[start:]), _tidy_initials(" ".join(words[:start]))
    if _all_capitals(family, given):  # "ROGER CHARTIER": a whole name in small capitals
        family, given = _capitalised(family), _capitalised(given)
    family = _from_capitals(family, given)
    family = f"{family} {suffix}".strip() if not suffix else f"{family}, {suffix}"
    return f"{family}, {given}" if given else family


def _opening_particle(words: list[str]) -> bool:
    """Do WORDS open with a particle that begins the family name: "Van den Heuvel", "De
    Vries"? Two words after "Van" are a given name and a family ("Van Morrison")."""
    first = words[0].casefold()
    if first not in PARTICLES or INITIAL_RE.fullmatch(words[1]):
        return False
    return len(words) > 2 or first != "van"


ACRONYM_MOST = 3  # letters of a word in capitals before a capitalised word read as an acronym
# a given name after a family in capitals: "Marc", "Jean-Pierre", "Marie-Ève", or an initial
GIVEN_WORD_RE = uregex.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|[A-Z]\.(?:-?[A-Z]\.)*")
PATRONYMIC_RE = uregex.compile(r"[A-Z][a-zà-ÿ]+[ae]z")  # Sánchez, Álvarez, Martínez, Ferraz


def _capitals_run(words: list[str]) -> int:
    """How many final words are a family name in capitals after given names that are not
    ("Sergi SANCHO FIBLA", "Ricardo Izquierdo BENITO" -> 1); 0 when there is no such run."""
    count = 0
    while count < len(words) - 1 and _capital_word(words[-1 - count]):
        count += 1
    given = words[: len(words) - count]
    if count < 2 or any(w.isupper() and not INITIAL_RE.fullmatch(w) for w in given):
        return 0  # one word in capitals is handled as any family name is
    return count


def _leading_capitals(words: list[str]) -> int:
    """How many opening words are a family name in capitals before given names that are not
    ("BURGUIÈRE André", "LE GOFF Jacques" -> 1, 2); 0 when the name is not so ordered."""
    count = 0
    while count < len(words) and _capital_word(words[count]):
        count += 1
    given = words[count:]
    if not count or count > 3 or not given or len(given) > 3:
        return 0
    if count == 1 and len(words[0]) <= ACRONYM_MOST:
        return 0  # "IMC Protocols": three capitals alone are an acronym more often than a name
    return count if all(GIVEN_WORD_RE.fullmatch(w) for w in given) else 0


def _capital_word(word: str) -> bool:
    bare = word.replace("-", "").replace("'", "").replace("’", "")
    return bare.isupper() and bare.isalpha() and len(bare) > 1


def _hispanic_pair(words: list[str]) -> bool:
    """Given name, a patronymic in -ez, and a second surname: Iberian usage keeps both."""
    return (
        len(words) == 3
        and bool(PATRONYMIC_RE.fullmatch(words[1]))
        and words[2][:1].isupper()
        and not INITIAL_RE.fullmatch(words[2])
        and not INITIAL_RE.fullmatch(words[0])
    )


def _all_capitals(family: str, given: str) -> bool:
    """Family and given names both in capitals, the given name more than initials."""
    words = given.replace("-", " ").split()
    return (
        family.isupper()
        and given.isupper()
        and any(len(w.strip(".")) > 1 and "." not in w for w in words)
    )


def _capitalised(text: str) -> str:
    """ "JEAN-PHILIPPE" -> "Jean-Philippe"; initials stay as they are."""
    return " ".join("-".join(p.capitalize() for p in word.split("-")) for word in text.split())


def _from_capitals(family: str, given: str) -> str:
    """ "KLIMEK" beside "Antonín" is written in capitals by convention: "Klimek"."""
    if (
        family.isupper()
        and len(family) > 1
        and given
        and (not given.isupper() or re.fullmatch(r"(?:[A-Z]\.\s?-?)*[A-Z]\.?", given))
    ):
        return _capitalised(family)
    return family


def _east_asian_order(words: list[str]) -> bool:
    """ "Niu Jun", "Kim Il-sung": an East Asian family name first, then a given name that is
    no family name and is romanised syllables ("Kim Christen" is a given name and a family)."""
    first, second = (w.casefold().replace("-", "") for w in words)
    return (
        first in EAST_ASIAN_FAMILIES
        and second not in EAST_ASIAN_FAMILIES
        and "." not in words[1]
        and all(ROMANISED_GIVEN_RE.fullmatch(part) for part in words[1].casefold().split("-"))
    )


# one to three syllables of pinyin, Korean or Vietnamese romanisation: "jun", "ziyang",
# "il", "sung", "thanh"; Western names break it with clusters ("christen", "stanley")
SYLLABLE = (
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|th|kh|ph|nh|ng|tr|gi|ts)?"  # its initial, if any
    r"[aeiouyü]{1,3}(?:ng|nh|ch|[nmkptl])?"  # its vowels and final
)
ROMANISED_GIVEN_RE = deferred.compile(rf"(?:{SYLLABLE}){{1,3}}")


def same_author_editors(fields: dict[str, str]) -> dict[str, str]:
    """ "Vorrede, in: Dies./Bleuler, Anna Kathrin (Hrsg.)": "Dies.", "Ders.", "Idem" among
    the editors, or as the book's author ("«Capitolo», in Id., *Studi su Dante*"), stand for
    the work's own authors."""
    author = fields.get("author", "")
    roles = [r for r in ("editor", "bookauthor") if _names_same_author(fields.get(r, ""))]
    if not author or not roles:
        return fields
    out = dict(fields)
    for role in roles:
        named = (
            author.split(" and ") if is_same_author(p) else [p] for p in fields[role].split(" and ")
        )
        out[role] = " and ".join(dict.fromkeys(a for names in named for a in names))
    return out


def _names_same_author(people: str) -> bool:
    return bool(people) and any(is_same_author(p) for p in people.split(" and "))


def is_same_author(name: str) -> bool:
    """ "Ders.", "Dies.", "Idem": the same person as the author."""
    return name.strip(" .,").casefold() in SAME_AUTHOR


def family(name: str) -> str:
    """The family part of a "Family, Given" name."""
    return name.split(",", 1)[0].strip()
