"""The word classes a token may belong to: the labeller's own (words.txt) and the parser's
lexicons (places, towns, publishers, periodical and series words, name particles...)."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

from citekit import filecache, lexicons

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
    if word.isascii():  # most words (the gazetteer's 60,000 names): no accent to take off
        return word.lower()
    return unicodedata.normalize("NFKD", word.casefold()).translate(_MARKS)


class _CombiningMarks(dict):
    """str.translate's table that drops combining marks: a code point -> None for a mark,
    itself for any other character, each looked up in unicodedata once (the loop over the
    characters is then the C one of str.translate)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _CombiningMarks()


def classes_of(folded: str) -> tuple[str, ...]:
    """The classes FOLDED (a token without its surrounding punctuation, folded) belongs to."""
    return _index().get(folded, ())


def word_class(name: str) -> frozenset[str]:
    """The words of one class of words.txt, casefolded and without accents."""
    return _own_classes().get(name, frozenset())


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """Folded word -> the names of its classes: built once, and kept from one run to the
    next while words.txt, the lexicons read and this module are unchanged (filecache)."""
    lexicon_folder = Path(lexicons.__file__).parent
    sources = [
        Path(__file__).with_name("words.txt"),
        Path(lexicons.__file__),  # how a lexicon's entries are read
        *(lexicon_folder / f"{file}.txt" for files in PARSER_CLASSES.values() for file in files),
    ]
    return filecache.kept(__file__, "index", sources, _built_index)


def _built_index() -> dict[str, tuple[str, ...]]:
    """Folded word -> the names of its classes, from every class: a class's words as a set
    first, then each word's classes (most words are of one class, the gazetteer's towns of
    "place": those share one tuple, set at once, not word by word)."""
    classes: dict[str, set[str]] = {name: set(words) for name, words in _own_classes().items()}
    for name, files in PARSER_CLASSES.items():
        for file in files:
            words, firsts = _entry_words(file, spellings=file == "months")
            classes.setdefault(name, set()).update(words)
            classes.setdefault(name + "1", set()).update(firsts)
    largest = max(classes, key=lambda name: len(classes[name]))
    index = dict.fromkeys(classes[largest], (largest,))
    for name, words in classes.items():
        if name != largest:
            for word in words:
                index[word] = tuple(sorted({*index.get(word, ()), name}))
    return index


def _entry_words(file: str, *, spellings: bool) -> tuple[set[str], set[str]]:
    """The words of a parser lexicon's entries, folded: (each one-word entry, or with SPELLINGS
    (months.txt) each of a line's spellings; the first word of each phrase)."""
    words: set[str] = set()
    firsts: set[str] = set()
    for entry in lexicons.entries(file):
        split = entry.split()
        if len(split) == 1:  # most entries: a word (stripped, the entry is its only word)
            words.add(fold(entry).strip(".*,"))
        elif spellings:
            words.update(fold(w).strip(".*,") for w in split)
        else:
            firsts.add(fold(split[0]).strip(".*,"))
    words.discard("")  # a word of dots or stars alone
    firsts.discard("")
    return words, firsts


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
