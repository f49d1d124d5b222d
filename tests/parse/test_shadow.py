"""A shadowed pattern answers as its pattern does, and compiles it only when a match is possible."""

from __future__ import annotations

import copy
import gc
import importlib
import pickle
import pkgutil
import re
from pathlib import Path

import pytest

import citekit
from citekit.parse import shadow, uregex

CORPORA = sorted(Path(__file__).parents[1].glob("corpus*/*.txt"))
# lines of our test documents (names in many scripts and styles), and texts made to match
TEXTS = [
    line.strip()
    for path in CORPORA
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
][:3000] + [
    "MUSSET, A. Title of the Work. En *Journal*. 2017, vol. 1",
    "Kaufmann, Jean-Claude: Kochende Leidenschaft, Konstanz 2006",
    "RADČENKO, S. Dva solnca. In: *Sbornik*. Moskva, 2010",
    "Ünal, Ö., and Şahin, Ç. (2015). Başlık. *Dergi*, 3(2), 1-10.",
    "Ψαρράς, Δ. Τίτλος. Αθήνα: Εκδόσεις, 1999.",
    "",
]


def _shadowed() -> list[shadow.Shadowed]:
    """Every widened pattern our modules made, each once."""
    for module in pkgutil.walk_packages(citekit.__path__, "citekit."):
        if not module.name.endswith("__main__"):  # that one runs the command line
            importlib.import_module(module.name)
    return [p for p in gc.get_objects() if isinstance(p, shadow.Shadowed)]


SHADOWED = _shadowed()


def test_many_of_our_widened_patterns_have_a_shadow() -> None:
    assert sum(uregex.shadow_for(p.asked, p.declared_flags) is not None for p in SHADOWED) >= 40


@pytest.mark.parametrize("pattern", SHADOWED, ids=lambda p: p.pattern[:40])
def test_the_shadow_finds_every_match_of_the_pattern(pattern: shadow.Shadowed) -> None:
    """Where the pattern matches, so does its shadow: its "no match" is the pattern's."""
    held = uregex.shadow_for(pattern.asked, pattern.declared_flags)
    if held is None:
        return  # compiled at its first use, as it is
    real = re.compile(pattern.pattern, pattern.declared_flags)
    wide = re.compile(held, pattern.declared_flags)
    for text in TEXTS:
        for method in ("match", "search"):
            if getattr(real, method)(text) is not None:
                assert getattr(wide, method)(text) is not None, text


def test_a_shadowed_pattern_answers_as_the_pattern_and_compiles_when_it_may_match() -> None:
    source = r"^(?P<family>[A-Z][a-z]+),\s+(?P<given>[A-Z][a-z]+)(?![A-Z])"
    lazy = uregex.compile(source)
    assert isinstance(lazy, shadow.Shadowed)
    real = re.compile(uregex.widen(source))
    assert lazy.match("see p. 4") is None
    assert lazy.sub("x", "see p. 4") == "see p. 4"
    assert lazy.findall("see p. 4") == []
    assert lazy.split("see p. 4") == ["see p. 4"]
    assert "groups" not in vars(lazy)  # no match was possible: not compiled
    for text in ("Šimek, Ondřej, 12", "Ondřej", "Smith, John", "Smith, JOHN"):
        assert _span(lazy.match(text)) == _span(real.match(text))
        assert lazy.sub("x", text) == real.sub("x", text)
    assert "groups" in vars(lazy)  # compiled at the first text its shadow matched


@pytest.mark.parametrize(
    ("source", "flags", "shadow_source"),
    [
        (r"[A-Z][a-z]+", 0, r"[\w][\w]+"),
        (r"[^A-Z]x[A-Z]", 0, f"[^{uregex.UPPER}]x[\\w]"),  # a negated class as widened
        (r"(?![A-Z]\.)[A-Z]", 0, f"(?![{uregex.UPPER}]\\.)[\\w]"),  # a negative look-ahead too
        (r"(?<=[a-z])(?<![A-Z]x)y", 0, f"(?<=[\\w])(?<![{uregex.UPPER}]x)y"),
        (r"\[A-Z\]", 0, None),  # no class: the letters as written
        (r"[A-Z]++", 0, None),  # a possessive repeat
        ("[A-Z]  # A-Z in a comment\n", re.VERBOSE, None),
        ("[A-Z]  # (?!\n[a-z]", re.VERBOSE, "[\\w]  # (?!\n[\\w]"),  # a comment's "(" is none
        (r"[\]A-Z]\(?[a-z]", 0, r"[\]\w]\(?[\w]"),
    ],
)
def test_the_shadow_widens_plain_classes_only(
    source: str, flags: int, shadow_source: str | None
) -> None:
    assert shadow.shadow_of(source, flags, r"\w", uregex.widen) == shadow_source


def test_a_shadowed_pattern_copies_and_pickles() -> None:
    lazy = uregex.compile(r"[A-Z][a-z]+ [A-Z]")
    lazy.search("no")
    for other in (copy.copy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert _span(other.search("x Ab C")) == (2, 6)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None
