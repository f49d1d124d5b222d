"""Token -> CRF features: the word, its shape, punctuation, marks, position, lexicon hits."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

from citekit.label.tokens import Token

_YEAR_RE = re.compile(r"^\(?\[?(1[5-9]\d\d|20[0-4]\d)[a-z]?\]?\)?[.,;:]?$")
_RANGE_RE = re.compile(r"^\d+[-–—]\d+[.,;:)]?$")
_ROMAN_RE = re.compile(r"^[ivxlcdm]+\.?,?$|^[IVXLCDM]+\.?,?$")
_URL_RE = re.compile(r"^<?(?:https?://|www\.)", re.IGNORECASE)
_DOI_RE = re.compile(r"^(?:doi:)?10\.\d{4,}/", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^(?:[A-ZÀ-ÞА-Я]\.)+,?$|^[A-ZÀ-ÞА-Я]\.-[A-ZÀ-ÞА-Я]\.,?$")
_TRAILING = ".,;:)]”’»\"'"
_LEADING = "([“‘«„\"'"


def sequence_features(tokens: list[Token]) -> list[list[str]]:
    """The features of every token, with those of its neighbours (a window of two)."""
    own = [_token_features(token, i, len(tokens)) for i, token in enumerate(tokens)]
    out = []
    for i, features in enumerate(own):
        row = list(features)
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(own):
                row.extend(f"{offset}:{f}" for f in own[j] if not f.startswith(("pos=", "rel=")))
            else:
                row.append(f"{offset}:none")
        out.append(row)
    return out


def _token_features(token: Token, index: int, count: int) -> list[str]:
    word = token.text
    core = word.strip(_TRAILING + _LEADING)
    folded = _fold(core)
    features = [
        f"w={folded}",
        f"shape={_shape(core)}",
        f"end={word[-1] if word[-1] in _TRAILING else '_'}",
        f"start={word[0] if word[0] in _LEADING else '_'}",
        f"pos={min(index, 6)}",
        f"rel={int(10 * index / max(count, 1))}",
    ]
    features.extend(_flags(token, core, folded))
    features.extend(f"lex={name}" for name in _lexicon_hits(folded, core))
    if len(folded) > 3:
        features.extend((f"pre={folded[:3]}", f"suf={folded[-3:]}"))
    return features


def _flags(token: Token, core: str, folded: str) -> list[str]:
    checks = (
        ("italic", token.italic),
        ("quoted", token.quoted),
        ("bracketed", token.bracketed),
        ("year", bool(_YEAR_RE.match(token.text))),
        ("range", bool(_RANGE_RE.match(core + "."))),
        ("number", core.isdigit()),
        ("roman", bool(_ROMAN_RE.match(core)) and len(core) < 6),
        ("url", bool(_URL_RE.match(token.text))),
        ("doi", bool(_DOI_RE.match(token.text)) or folded.startswith("doi")),
        ("initial", bool(_INITIAL_RE.match(token.text))),
        ("caps", core.isupper() and len(core) > 1),
        ("title", core[:1].isupper() and core[1:].islower()),
        ("lower", core.islower()),
    )
    return [name for name, hit in checks if hit]


def _shape(word: str) -> str:
    """ "Smith" -> "Xx", "1999" -> "d", "pp." -> "x.": character classes, runs squeezed."""
    shape = []
    for char in word[:12]:
        cls = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not shape or shape[-1] != cls:
            shape.append(cls)
    return "".join(shape) or "_"


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _lexicon_hits(folded: str, core: str) -> list[str]:
    return [name for name, words in _lexicons().items() if folded in words or core in words]


def word_class(name: str) -> frozenset[str]:
    """The words of one class of words.txt, casefolded and without accents."""
    return _lexicons().get(name, frozenset())


@cache
def _lexicons() -> dict[str, frozenset[str]]:
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
            current.add(_fold(line))
    return {name: frozenset(words) for name, words in out.items()}
