"""Token -> CRF features, in the manner of AnyStyle's and GROBID's citation labellers.

Each token has features of its own (the word, its shape, capitals, punctuation, numbers,
marks, word classes), which its neighbours also see (a window of two each side); features
of where it stands (its place in the citation, how many punctuated stretches precede it,
whether the year or an "In" came before); and features of the whole citation (has it an
editor's word, a quotation, italics...), which let one word's weights depend on the kind
of reference it is in.
"""

from __future__ import annotations

import re

from citekit.label.lexicon import classes_of, fold, word_class
from citekit.label.tokens import Token

_YEAR_RE = re.compile(r"^\(?\[?(1[5-9]\d\d|20[0-4]\d)[a-z]?\]?\)?[.,;:]?$")
_RANGE_RE = re.compile(r"^\d+[-–—]\d+[.,;:)]?$")
_YEARS_RE = re.compile(
    r"^1[5-9]\d\d[-–—](?:1[5-9])?\d\d$|^20[0-4]\d[-–—](?:20)?\d\d$"
)  # "1889-1893"
_ROMAN_RE = re.compile(r"^[ivxlcdm]+$|^[IVXLCDM]+$")
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th|e|er|re|º|ª|\.)$", re.IGNORECASE)
_ISSUE_RE = re.compile(r"^\d*\(\d+(?:[-–/]\d+)?\)")  # "12(3)", "(3)"
_URL_RE = re.compile(r"^<?(?:https?://|www\.)", re.IGNORECASE)
_DOI_RE = re.compile(r"^(?:doi:)?10\.\d{4,}/", re.IGNORECASE)
_INITIAL_RE = re.compile(r"^(?:[A-ZÀ-ÞА-Я]\.)+,?$|^[A-ZÀ-ÞА-Я]\.-[A-ZÀ-ÞА-Я]\.,?$")
_TRAILING = ".,;:)]”’»\"'"
_LEADING = "([“‘«„\"'"
_CHUNK_ENDS = ".,;:)]”’»"  # a token ending so closes a stretch of the citation
_WINDOW = (-2, -1, 1, 2)
_LOCAL = ("pre=", "suf=")  # features not passed to the neighbours


def sequence_features(tokens: list[Token]) -> list[list[str]]:
    """The features of every token: its own, its neighbours', where it stands, the citation's."""
    cores = [_core(token.text) for token in tokens]
    folded = [fold(core) for core in cores]
    own = [_token_features(t, c, f) for t, c, f in zip(tokens, cores, folded, strict=True)]
    shared = [[f for f in row if not f.startswith(_LOCAL)] for row in own]
    places = _structure(tokens, folded)
    for i, hints in enumerate(_stretch_hints(tokens, folded)):
        places[i].extend(hints)
    whole = _citation_features(tokens, folded)
    out = []
    for i, features in enumerate(own):
        row = features + places[i] + whole
        for offset in _WINDOW:
            j = i + offset
            if 0 <= j < len(own):
                row.extend(f"{offset}:{f}" for f in shared[j])
            else:
                row.append(f"{offset}:none")
        row.append(f"bi-={folded[i - 1] if i else '^'}|{folded[i]}")
        row.append(f"bi+={folded[i]}|{folded[i + 1] if i + 1 < len(own) else '$'}")
        out.append(row)
    return out


def _core(word: str) -> str:
    return word.strip(_TRAILING + _LEADING)


def _token_features(token: Token, core: str, folded: str) -> list[str]:
    word = token.text
    features = [
        f"w={folded}",
        f"shape={_shape(core)}",
        f"caps={_caps(core)}",
        f"end={_trailing(word)}",
        f"start={word[0] if word[0] in _LEADING else '_'}",
        f"len={min(len(core), 7)}",
    ]
    number = _number_class(word, core)
    if number:
        features.append(f"num={number}")
    features.extend(_flags(token, core))
    features.extend(f"lex={name}" for name in classes_of(folded))
    if len(folded) > 3:
        features.extend((f"pre={folded[:3]}", f"suf={folded[-3:]}", f"suf2={folded[-2:]}"))
    return features


def _trailing(word: str) -> str:
    """The punctuation after the word, up to two marks: "1999)." -> ").", "Press:" -> ":"."""
    tail = word[len(word.rstrip(_TRAILING + "-–—!?")) :]
    return tail[-2:] or "_"


def _caps(core: str) -> str:
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return "none"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "single"
    if letters[0].isupper():
        return "title" if all(c.islower() for c in letters[1:]) else "mixed"
    return "lower" if all(c.islower() for c in letters) else "lowmixed"


def _number_class(word: str, core: str) -> str | None:
    if _YEAR_RE.match(word):
        return "year"
    if _RANGE_RE.match(core + "."):
        return "yearrange" if _YEARS_RE.match(core) else "range"
    if _ISSUE_RE.match(word.lstrip(_LEADING)):
        return "issue"
    if core.isdigit():
        return f"d{min(len(core), 5)}"
    if _ORDINAL_RE.match(word.rstrip(",;:")):
        return "ordinal"
    if _ROMAN_RE.match(core) and len(core) < 6 and core not in ("I", "i", "C", "D", "M"):
        return "roman"
    if any(c.isdigit() for c in core):
        return "mixed"
    return None


def _flags(token: Token, core: str) -> list[str]:
    checks = (
        ("italic", token.italic),
        ("quoted", token.quoted),
        ("bracketed", token.bracketed),
        ("url", bool(_URL_RE.match(token.text))),
        ("doi", bool(_DOI_RE.match(token.text)) or core[:4].casefold() == "doi:"),
        ("initial", bool(_INITIAL_RE.match(token.text))),
        ("hyphen", "-" in core),
        ("slash", "/" in core),
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


def _structure(tokens: list[Token], folded: list[str]) -> list[list[str]]:
    """Where each token stands: its place from either end, the stretch it is in (counted by
    the punctuation before it), the mark before it, and whether a year or an "In" came first."""
    count = len(tokens)
    chunks = sum(t.text[-1] in _CHUNK_ENDS for t in tokens) or 1
    containers = word_class("container")
    out = []
    chunk = 0
    year_seen = in_seen = False
    previous = "^"
    for i, token in enumerate(tokens):
        is_year = _YEAR_RE.match(token.text) is not None
        row = [
            f"pos={min(i, 6)}",
            f"rel={int(10 * i / max(count, 1))}",
            f"chunk={min(chunk, 8)}",
            f"crel={int(4 * chunk / chunks)}",
            f"after={previous}",
            f"year={'at' if is_year else 'after' if year_seen else 'before'}",
        ]
        if in_seen:
            row.append("afterin")
        row.extend(_mark_edges(tokens, i))
        out.append(row)
        year_seen = year_seen or is_year
        if folded[i] in containers and (i == 0 or previous != "_"):
            in_seen = True
        previous = token.text[-1] if token.text[-1] in _CHUNK_ENDS else "_"
        chunk += previous != "_"
    return out


# word classes that tell what a whole stretch is: "Journal" makes "of Roman Studies" a
# periodical's name, "Press" makes "Oxford University" a publisher
_STRETCH_CLASSES = frozenset(
    {
        "journal",
        "periodical",
        "pubword",
        "publisher",
        "place",
        "editor",
        "edmark",
        "translator",
        "pagemark",
        "volumemark",
        "month",
        "thesis",
        "procword",
        "serword",
        "series",
        "edition",
    }
)


def _stretch_hints(tokens: list[Token], folded: list[str]) -> list[list[str]]:
    """For each token, the word classes found anywhere in its stretch (the words between two
    punctuation marks), its place in the stretch, and the stretch's length."""
    out: list[list[str]] = []
    start = 0
    for end, token in enumerate(tokens):
        if token.text[-1] not in _CHUNK_ENDS and end + 1 < len(tokens):
            continue
        found = {c for f in folded[start : end + 1] for c in classes_of(f)} & _STRETCH_CLASSES
        if any(_YEAR_RE.match(t.text) for t in tokens[start : end + 1]):
            found.add("year")
        size = end + 1 - start
        shared = [f"in-stretch={c}" for c in sorted(found)] + [f"stretch-len={min(size, 6)}"]
        for i in range(size):
            where = (
                "only" if size == 1 else "first" if i == 0 else "last" if i == size - 1 else "mid"
            )
            out.append([*shared, f"stretch-at={where}"])
        start = end + 1
    return out


def _mark_edges(tokens: list[Token], i: int) -> list[str]:
    """Where an italic or quoted stretch opens or closes: a title's first and last words."""
    token = tokens[i]
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    out = []
    if token.italic and not (before and before.italic):
        out.append("italic-opens")
    if token.italic and not (after and after.italic):
        out.append("italic-closes")
    if token.quoted and not (before and before.quoted):
        out.append("quote-opens")
    if token.quoted and not (after and after.quoted):
        out.append("quote-closes")
    return out


def _citation_features(tokens: list[Token], folded: list[str]) -> list[str]:
    """What the whole citation has: these change what its other words are likely to be."""
    words = set(folded)
    has = (
        ("editor", words & word_class("editor")),
        ("pages", words & word_class("pagemark")),
        ("thesis", words & word_class("thesis")),
        ("in", words & word_class("container")),
        ("quote", any(t.quoted for t in tokens)),
        ("italic", any(t.italic for t in tokens)),
        ("year", any(_YEAR_RE.match(t.text) for t in tokens)),
    )
    return [f"has={name}" for name, hit in has if hit]
