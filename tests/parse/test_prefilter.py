"""A guarded pattern answers as the pattern does; only its speed differs."""

from __future__ import annotations

import _sre
import copy
import importlib
import pickle
import pkgutil
import re
import sys

import pytest

import citekit.parse
from citekit.parse import prefilter
from citekit.parse.prefilter import Guarded, cover, folded, guarded

MODULES = [
    importlib.import_module(f"citekit.parse.{info.name}")
    for info in pkgutil.iter_modules(citekit.parse.__path__)
]
FOUND = {id(v): v for m in MODULES for v in vars(m).values() if isinstance(v, Guarded)}
GUARDED = list(FOUND.values())  # each once, though several modules import it
TEXTS = [
    "Web page, accessed 3 May 2019.",
    "Web page (ACCESSED 3 May 2019)",
    "Web page, acceſſed 3 May 2019",  # the long s: the engine reads it as "s"
    "Web page, RETRİEVED 3 May 2019",  # the dotted capital I: "i" to the engine
    "Strona, dostęp 15 marca 2019 r.",
    "Сайт, дата обращения 12.03.2020",
    "Národní archiv (dále NA), fond 1 (hereafter PMR).",
    "Smith, *Title* (London, 1990), 23, cited in Jones, *Other*, 4.",
    "J. Doe, Ph.D. dissertation, Harvard University, 1999.",
    "Interview with the author, 3 May 2001; see also Smith, 4.",
    "Smith, *Book* (London: Bank of England, 1990), ibid., 4 (arguing that it was so).",
    "Archived from the original on 3 May 2019 (hereafter BoE).",
    "A note with none of the words: Smith, *Title*, 12.",
    "",
]


def test_every_character_folds_as_the_engine_compares_it() -> None:
    """folded(c) is the engine's case class of c: its simple lower case, then one member of
    the class of extra cases ("ſ" with "s", "ς" with "σ")."""
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        low = chr(_sre.unicode_tolower(code))
        assert prefilter.folded.__wrapped__(chr(code)) == prefilter._CLASS_OF.get(low, low)


@pytest.mark.parametrize("text", TEXTS)
def test_guarded_patterns_answer_as_the_patterns(text: str) -> None:
    assert GUARDED, "patterns.py guards some patterns"
    for pattern in GUARDED:
        plain = pattern.compiled
        for method in ("search", "match", "fullmatch", "findall"):
            assert _same(getattr(pattern, method)(text), getattr(plain, method)(text))
        spans = [m.span() for m in pattern.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)]
        assert pattern.sub("#", text) == plain.sub("#", text)
        assert pattern.subn("#", text) == plain.subn("#", text)
        assert pattern.split(text) == plain.split(text)


def test_the_cover_is_read_from_the_pattern() -> None:
    found = cover(re.compile(r"[(\[]?\s*(?:accessed|retrieved)\s+(?P<date>\d{4})", re.I))
    assert found == {("accessed", True), ("retrieved", True)}
    assert cover(re.compile(r"(?:ab)?c\d+")) == {("c", False)}  # "ab" may be missing
    assert cover(re.compile(r"\d+\s*(?:p|pp)?")) is None
    assert cover(re.compile(r"x*Report\b")) == {("Report", False)}
    assert cover(re.compile(r"(?i:Vgl\.)\s+\d")) == {("vgl.", True)}


def test_a_pattern_without_long_literals_is_left_as_it_is() -> None:
    plain = re.compile(r"\d+|in")
    assert guarded(plain) is plain


def test_case_insensitive_words_are_found_however_written() -> None:
    accessed = guarded(re.compile(r"accessed\s+(?P<d>\d+)", re.I))
    assert accessed.possible("ACCESSED 3")
    assert accessed.possible("acceſſed 3")
    assert not accessed.possible("Smith, *Title*, 3")
    assert folded("RETRİEVED") == "retrieved"


def _same(one: object, other: object) -> bool:
    if isinstance(one, re.Match) and isinstance(other, re.Match):
        return one.span() == other.span() and one.groups() == other.groups()
    return one == other


def test_a_guarded_pattern_copies_and_pickles() -> None:
    accessed = guarded(re.compile(r"accessed\s+(?P<d>\d+)", re.I))
    for again in (copy.copy(accessed), pickle.loads(pickle.dumps(accessed))):
        assert again.search("Accessed 12").group("d") == "12"


def test_without_the_engines_case_table_patterns_run_unguarded(monkeypatch) -> None:
    pattern = re.compile(r"\b(?:accessed|retrieved)\s+\d+", re.IGNORECASE)
    assert prefilter.guarded(pattern) is not pattern
    monkeypatch.setattr(prefilter, "_EXTRA_CASES", None)
    assert prefilter.guarded(pattern) is pattern


SUPRA_TEXTS = [
    "Smith (n 4) 45",
    "Smith, supra note 7, at 3",
    "Smith, *supra*, n. 7",
    "Smith, ſupra note 7",  # the long s: "supra" to the engine
    "SMITH, SUPRA NOTE 7",
    "Smith (above n 4), 12",
    "Müller (wie Anm. 3), S. 4",
    "Müller, s. Anm. 12",
    "Dupont, op. cit. à la n. 5",
    "Dupont, voir supra n. 4",
    "Rossi, cfr. supra n. 3",
    "Nowak (przyp. 7), s. 4",
    "Nowak ( see n 4 ), 3",
    "Kramer, in n. 2",
    "Kramer, in nn. 2-3",
    "Kramer (New York: Norton, 1999), 4",  # a bracket before a capital N: no pointer
    "Kramer, in New York, 4",
    "Kramer (n. 4",
    "",
]


@pytest.mark.parametrize("text", SUPRA_TEXTS)
def test_the_note_pointer_is_found_as_its_pattern_finds_it(text: str) -> None:
    from citekit.parse.patterns import SUPRA_RE, find_supra

    expected, found = SUPRA_RE.search(text), find_supra(text)
    assert (found and (found.span(), found.group("note"))) == (
        expected and (expected.span(), expected.group("note"))
    )


def test_an_ascii_text_folds_as_any_other() -> None:
    for text in ("ACCESSED", "Smith, SUPRA", "İstanbul", "Stadt ſ", "plain text"):
        low = text.replace("\u0130", "i").lower()
        assert folded(text) == low.translate(prefilter._FOLD)
