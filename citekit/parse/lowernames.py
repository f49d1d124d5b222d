"""Names their bearers write in lower case ("danah boyd", "micha cárdenas", "bell hooks") where
a citation opens: two or three lower-case words, then what follows an author at the head of a
source (a comma or a full stop and the title's mark, or "and" and a capitalised name)."""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import uregex

# words a lower-case opening may be instead of a name: "see also", "in his", "cited in"
NOT_NAME_WORDS = (
    frozenset(
        w.casefold()
        for name in ("connecting_words", "title_stopwords", "ibid_words", "same_author_words")
        for w in lexicons.words(name)
    )
    | frozenset(w.casefold() for phrase in lexicons.words("lead_ins") for w in phrase.split())
    | lexicons.words("not_name_words")
)
LOWER_NAME_RE = uregex.compile(
    r"(?P<name>[a-zà-ÿ][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ][a-zà-ÿ'’-]+){1,2})"
    r"(?=,|\.\s*[*“\"‘«_]|\s+and\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])"
)


def leading(text: str) -> int:
    """How many lower-case words open TEXT as a name (0: none do)."""
    match = LOWER_NAME_RE.match(text)
    if match is None:
        return 0
    words = match.group("name").split()
    return 0 if any(w.casefold() in NOT_NAME_WORDS for w in words) else len(words)
