"""An ibid. with its author's name before it: "*Schulze*, ebd. Rn. 18", "*Fuhlrott*/*Hiéramente*,
ebd. Rn. 8", "A. Stańko (tamże, s. 309-340)", "Smith, ibid., 45".

German law notes, and Polish and other notes that name the author in the running sentence, write
the name of the author whose work was just cited, then the ibid. word: the same work again. The
name is no title (a short form's): it says whose work the ibid. repeats, which matters where the
note before cites more than one work.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import names, uregex
from citekit.parse.patterns import IBID_WORDS
from citekit.parse.prefilter import Guarded, folded

# one author: initials, then the family name (two words at most), italic or not: "A. Stańko",
# "*Lauber-Rönsberg*", "*Beigman Klebanov*"
_AUTHOR = r"\*?(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\*?"
NAMED_IBID_RE = uregex.compile(
    rf"""^(?P<names>{_AUTHOR}(?:\s?/\s?{_AUTHOR})*        # "*Fuhlrott*/*Hiéramente*"
        (?:\s+\*?(?:u\.\s?a\.|et\s+al\.)\*?)?)             # "*Krüger* u. a."
        (?P<open>,\s*|\s*\(\s*)                            # "Name, ebd.", "Name (tamże, s. 9)"
        (?=\*?(?i:{IBID_WORDS})\b\.?\*?(?:\s|,|;|:|\)|$))""",
    re.VERBOSE,
)
# every match holds an ibid word, and so its first word, looked for in the folded text as the
# engine compares it case-blind (the pattern was tried on every span, ~7 µs each)
IBID_OPENINGS = frozenset((folded(w.split()[0]), True) for w in lexicons.words("ibid_words"))
NAMED_IBID_RE = Guarded(NAMED_IBID_RE, IBID_OPENINGS)


def named_ibid(text: str) -> re.Match[str] | None:
    """The names before the ibid. word TEXT (stripped) opens with, or None. The names end
    where the ibid. word starts (match.end()); "(tamże, s. 9)" must close the text."""
    found = NAMED_IBID_RE.match(text)
    if found is None or _ibid_word_itself(found.group("names")):
        return None  # "Id., ibid., p. 50": an ibid. already, no name
    if "(" in found.group("open") and not text.rstrip(" .").endswith(")"):
        return None
    return found


def _ibid_word_itself(written: str) -> bool:
    """Is the first 'name' an ibid. word of its own ("Idem, ibidem", "Id., ibid.")?"""
    first = re.split(r"[\s,./]", written.strip("* "), maxsplit=1)[0]
    return re.fullmatch(rf"(?i:{IBID_WORDS})", first) is not None


def ibid_author(found: re.Match[str]) -> str:
    """ "*Fuhlrott*/*Hiéramente*" -> "Fuhlrott and Hiéramente"."""
    return author_written(found.group("names"))


def author_written(written: str) -> str:
    """The author field of names written before an ibid.: "A. Stańko" -> "Stańko, A."."""
    written = re.sub(r"\s+(?:u\.\s?a\.|et\s+al\.)$", " et al.", written.replace("*", ""))
    return " and ".join(names.split_names(written))
