"""Shortcuts taken for speed answer exactly as the code they stand for."""

from __future__ import annotations

import dataclasses
import random

from citekit import bibkeys, layout
from citekit.model import Citation, Kind, Work
from citekit.resolve import linked

PIECES = ["l'", "d’", "Qu'", "Cold", "-", "War", ".", "R", "U", " ", "–", "‐", "_", "Lüthi",
          "Радченко", "東京大学", "the", "'", "’", "s", "x1", "2001", "and", "‑"]  # fmt: skip


def _slow_title_words(title: str) -> list[str]:
    """bibkeys.title_words as it was, every pattern run on every title."""
    text = bibkeys.JOINER_RE.sub(
        "", bibkeys.APOSTROPHE_RE.sub("", bibkeys.ELISION_RE.sub(" ", title))
    )
    words = []
    for word in bibkeys.WORD_RE.findall(text):
        if word.lower() in bibkeys.STOPWORDS:
            continue
        cjk = bibkeys.CJK_RE.match(word)
        clean = bibkeys.to_key_text(word[: bibkeys.CJK_WORD_CHARS] if cjk else word)
        if clean and clean not in bibkeys.STOPWORDS and (len(clean) > 1 or clean.isdigit()):
            words.append(clean)
    return words


def test_key_title_words_skip_only_what_no_pattern_takes() -> None:
    pick = random.Random(7)
    for _ in range(3000):
        title = "".join(pick.choice(PIECES) for _ in range(pick.randint(1, 9)))
        assert bibkeys.title_words(title) == _slow_title_words(title), title


def test_linked_is_replace_of_the_work() -> None:
    # a field added to Citation must be added to resolve.linked too
    names = [f.name for f in dataclasses.fields(Citation)]
    assert names == ["note", "index", "text", "kind", "locator", "fields", "entry_type", "work",
                     "truncated"]  # fmt: skip
    citation = Citation(3, 2, "Smith, *T*, 4.", Kind.SHORT, "4", {"title": "T"}, "book", None, True)
    made = linked(citation, "w7")
    assert dataclasses.asdict(made) == dataclasses.asdict(dataclasses.replace(citation, work="w7"))


def test_keyed_is_replace_of_the_key() -> None:
    # a field added to Work must be added to bibkeys._keyed too
    assert [f.name for f in dataclasses.fields(Work)] == ["id", "key", "entry_type", "fields"]
    work = Work("w1", "", "book", {"title": "T"})
    made = bibkeys._keyed(work, "smith2001t")
    assert dataclasses.asdict(made) == dataclasses.asdict(
        dataclasses.replace(work, key="smith2001t")
    )


LOCATOR_PIECES = ["p", "pp", "S", "s", "Bd", "vol", "VOL", "t", "fol", "ff", "col", "no", "nr",
                  "x", "a", "O", "ibid", "Ibidem", "ebd", "ebenda", "idem", "op", "cit", "loc",
                  ".", ". ", " ", "\n", "4", "42", ",", "é", "_", "-", "ß", "ı", "ſ",
                  "K"]  # fmt: skip


def test_has_locator_is_the_locator_pattern() -> None:
    pick = random.Random(5)
    for _ in range(20000):
        text = "".join(pick.choice(LOCATOR_PIECES) for _ in range(pick.randint(0, 10)))
        assert layout._has_locator(text) == bool(layout.LOCATOR_RE.search(text)), repr(text)
