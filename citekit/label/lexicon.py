"""The word classes a token may belong to: the labeller's own (words.txt) and the parser's
lexicons (places, towns, publishers, periodical and series words, name particles...)."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

from citekit import lexicons

# parser lexicons read as word classes: class name -> lexicon files; a phrase of several
# words gives its first word to the class NAME + "1" ("new" of "new york": a place may start
# here), a weaker hint than a one-word entry
PARSER_CLASSES = {
    "place": ("place_words", "gazetteer", "country_names", "region_names"),
    "pubword": ("publisher_words",),
    "periodical": ("periodical_words",),
    "serword": ("series_words",),
    "procword": ("proceedings_words", "conference_words"),
    "particle": ("name_particles",),
    "abbrev": ("abbreviations",),
    "month": ("months",),
    "edmark": ("editor_marks",),
    "loclabel": ("locator_labels",),
}


def fold(word: str) -> str:
    """WORD casefolded and without accents: "Éditions" -> "editions"."""
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def classes_of(folded: str) -> tuple[str, ...]:
    """The classes FOLDED (a token without its surrounding punctuation, folded) belongs to."""
    return _index().get(folded, ())


def word_class(name: str) -> frozenset[str]:
    """The words of one class of words.txt, casefolded and without accents."""
    return _own_classes().get(name, frozenset())


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Folded word -> the names of its classes, built once from every class."""
    index: dict[str, set[str]] = {}
    for name, words in _own_classes().items():
        for word in words:
            index.setdefault(word, set()).add(name)
    for name, files in PARSER_CLASSES.items():
        for file in files:
            for entry in lexicons.entries(file):
                _add_entry(index, name, entry, spellings=file == "months")
    return {word: tuple(sorted(names)) for word, names in index.items()}


def _add_entry(index: dict[str, set[str]], name: str, entry: str, *, spellings: bool) -> None:
    """ENTRY of a parser lexicon into INDEX: a word, the first of a phrase, or (SPELLINGS:
    months.txt) each of a line's spellings."""
    words = [fold(w).strip(".*,") for w in entry.split()]
    if spellings or len(words) == 1:
        for word in filter(None, words):
            index.setdefault(word, set()).add(name)
    elif words[0]:
        index.setdefault(words[0], set()).add(name + "1")


@cache
def _own_classes() -> dict[str, frozenset[str]]:
    """Word classes the labeller knows by name (citekit/label/words.txt: '[class]' then words)."""
    out: dict[str, set[str]] = {}
    current = None
    text = resources.files("citekit.label").joinpath("words.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(fold(line))
    return {name: frozenset(words) for name, words in out.items()}
