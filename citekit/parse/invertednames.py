"""Inverted names in ordinary case opening a citation: "Gould, Cecil, Michelangelo …"."""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import localeterms, uregex
from citekit.parse.names import INITIALS_TOKEN_RE, JOINERS, PARTICLES, split_names
from citekit.parse.places import PLACE_WORDS

TITLE_STOPWORDS = lexicons.words(
    "title_stopwords"
)  # "the", "die", "la": a capital one opens a title
MONTHS = frozenset(m.casefold().strip(".") for row in lexicons.rows("months") for m in row)
YEAR_RE = uregex.compile(r"\b(?:1[4-9]|20)\d\d\b")  # a year: the citation is a full one
MAX_GIVEN = 3  # "Anna Kathrin", "Robert Michael", "Christoper G."


def mixed_inverted(tokens: list[str]) -> int:
    """How many TOKENS open the citation as "Family, Given," names in ordinary case, as German,
    Spanish and Italian notes print them ("Gould, Cecil, Michelangelo. Battle of Cascina.
    Newcastle upon Tyne 1966", "Müller, Jan Dirk, Pfisterer, Ulrich, Vorrede, in: …"); 0 when
    they are not.

    A capitalised word after "Family," may as well open a short title ("Altick, English
    Common Reader, 45"), so the names are taken only when two of them follow each other or
    the citation states a year (a full citation, whose title comes after the names)."""
    taken = pairs = 0
    while True:
        size = _pair(tokens[taken:])
        if not size:
            break
        taken, pairs = taken + size, pairs + 1
        if tokens[taken - 1].endswith(":") or _role_mark(tokens[taken - 1]):
            break  # "Vasari, Giorgio: Das Leben …", "…, Klas (red.), …": the names are closed
    if pairs and tokens[taken - 1] in JOINERS:
        return 0  # "Marres, Noortjie and Carolin Gerlitz. …": the next name is in direct order
    if not pairs or (taken < len(tokens) and not _title_opens(tokens[taken])):
        return 0  # "Jones, Hill, and Smith", "Aristotle, Metaphysics, ed. by …": no names
    if pairs == 1 and (
        not YEAR_RE.search(" ".join(tokens[taken:])) or _direct_name_next(tokens[taken:])
    ):
        return 0
    return taken


def _direct_name_next(tokens: list[str]) -> bool:
    """Do TOKENS open with a name in direct order, as Chicago lists the second author after an
    inverted first ("Conboy, Martin, Joad Raymond, Kevin Williams and …")?"""
    words = tokens[: MAX_GIVEN + 1]
    for count, token in enumerate(words, start=1):
        bare = token.rstrip(",")
        if not (_given(bare) or INITIALS_TOKEN_RE.fullmatch(bare)):
            return False
        closed = token.endswith(",") or (
            count < len(tokens) and tokens[count].casefold() in JOINERS
        )
        if closed:
            return count >= 2
    return False


def _title_opens(token: str) -> bool:
    """Can TOKEN, after the names, open a title: not a joiner, a role ("ed."), a number or a
    month ("Wallraff, Word Court, April 2000": a periodical and its date, no names)?"""
    if token[:1] in "*“\"«„‘'":
        return True
    return token[:1].isupper() and token.strip(",.:;").casefold() not in MONTHS


def _pair(tokens: list[str]) -> int:
    """The tokens of one "Family, Given," at the start of TOKENS, or 0."""
    family = tokens[0][:-1] if len(tokens) >= 3 and tokens[0].endswith(",") else ""
    if not _family(family) or family.casefold() in PLACE_WORDS:
        return 0  # "London, Stationers’ Hall, Register …" opens with a place, not a name
    for count, token in enumerate(tokens[1 : 1 + MAX_GIVEN], start=2):
        if not _given(token.rstrip(",:")) or token.endswith("."):
            return 0  # "Berg, Anna M. Saltpop: …": the name ended at its initial's full stop
        joined = count < len(tokens) - 1 and tokens[count] in JOINERS  # "Alva och Myrdal, …"
        role = count < len(tokens) and _role_mark(tokens[count])  # "Åmark, Klas (red.), …"
        if token.endswith((",", ":")) or joined or role:  # spelt out ("B.C.:" is a place)
            spelt = any(_family(t.rstrip(",:")) for t in tokens[1:count])
            return (count + (not token.endswith((",", ":")))) if spelt else 0
    return 0


# "(red.)", "(eds.)", "(a_cura_di)": an editor mark in brackets, the words of a mark of several
# joined as namecues.leading_name_tokens joins them
ROLE_MARKS = frozenset(f"({'_'.join(mark.split())})" for mark in localeterms.EDITOR_MARKS)


def _role_mark(token: str) -> bool:
    """Is TOKEN an editor mark in brackets that closes the names ("(red.),", "(Hrsg.):")?"""
    return token.endswith((",", ":")) and token[:-1].casefold() in ROLE_MARKS


def _family(word: str) -> bool:
    """ "Gould", "Dicken-Garcia", "Brandão": one capitalised word, not in capitals (ISO 690
    capitals are read elsewhere) and not an abbreviation."""
    return (
        len(word) > 1
        and word[0].isupper()
        and not word.isupper()
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()  # letters, and marks
    )


def _given(word: str) -> bool:
    """ "Cecil", "Jan", "G.", "de": a given name, an initial, or a particle before the family."""
    if INITIALS_TOKEN_RE.fullmatch(word) or (word.islower() and word in PARTICLES):
        return True
    if word.casefold() in TITLE_STOPWORDS:
        return False  # "Apuleius, The Golden Ass, …": a title's article
    return _family(word) and not word.endswith((".", "'", "’"))  # not "Stationers’"


def inverted_people(text: str) -> tuple[list[str], str, str] | None:
    """ "Gould, Cecil, Michelangelo. Battle …" -> (["Gould, Cecil"], ",", "Michelangelo. …"):
    the names that open TEXT as MIXED_INVERTED reads them, the mark that closes them, the rest."""
    count = mixed_inverted(text.split())
    if not count:
        return None
    end = _end_of_token(text, count)
    block = text[:end].rstrip()
    listed = " ".join("," if t in JOINERS else t for t in block.rstrip(",:").split())
    return split_names(listed.replace(" ,", ",")), block[-1], text[end:].strip()


def _end_of_token(text: str, count: int) -> int:
    """Where the COUNTth whitespace-separated token of TEXT ends."""
    position = 0
    for _ in range(count):
        match = NEXT_TOKEN_RE.search(text, position)
        position = match.end() if match else len(text)
    return position


NEXT_TOKEN_RE = uregex.compile(r"\S+")


def inverted_list(text: str) -> bool:
    """Is TEXT a list of "Family, Given" names with given names spelt out, joined by commas or
    German slashes ("Fertig, Georg", "Müller, Jan Dirk/Pfisterer, Ulrich", "Münch, Birgit
    Ulrike, Müller, Jürgen"), the last after "and" ("Farkas, Donka, and Todrys, Karol W.")?"""
    pieces = [_unjoined(p.strip()) for p in SLASH_OR_COMMA_RE.split(text.strip(" ,"))]
    if len(pieces) < 2 or len(pieces) % 2:
        return False
    families, givens = pieces[::2], pieces[1::2]
    return all(_family(f) for f in families) and all(
        g.split()
        and len(g.split()) <= MAX_GIVEN
        and all(_given(w) for w in g.split())
        and any(_family(w) for w in g.split())
        for g in givens
    )


SLASH_OR_COMMA_RE = uregex.compile(r"\s*[,/]\s*")


def _unjoined(piece: str) -> str:
    """PIECE without the joiner opening it: "and Todrys" -> "Todrys"."""
    first, _, rest = piece.partition(" ")
    return rest if rest and first in JOINERS else piece
