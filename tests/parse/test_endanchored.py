"""A pattern anchored at the end, searched from its earliest start, finds what it found before."""

from __future__ import annotations

import re

import pytest

from citekit.parse import pinpoint, uregex
from citekit.parse.endanchored import EndAnchored, outside_class

TEXTS = [
    "Mark Schlögel, *Cold War History*, Vol. 6, No. 4 (2001), 425-455.",
    "HIA, Kramer Papers, Box 5, Folder 10. Diary, 15 May, 1999, p. 567",
    "Jürgen Kocka, *Arbeiterleben* (Bonn: Dietz, 1990), S. 182 f.",
    "Kocka, Arbeiterleben, hier S. 19.",
    "Ibid., pp. 86-106, 2020",
    "Ibid., fols. 130r–203v.",
    "Smith (London, 1990), p. 4)",
    "p. 4",
    "p. 4\n",
    "(p. 4)",
    "x: p. 4.\n",
    "Title, p. 4\n\n",
    "Title, § 12",
    "Title,p. 4",  # a comma, no space: the look-behind sees the character before the start
    "Title p.\u00a04",  # a no-break space is "\s" too
    "Title, p. ٤",  # an Arabic-Indic digit is "\d" too
    "",
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groupdict() == expected.groupdict()


@pytest.mark.parametrize("text", TEXTS)
def test_same_match_as_the_pattern(text: str) -> None:
    wrapped = pinpoint.LABELLED_END_RE
    assert isinstance(wrapped, EndAnchored)
    assert _same(wrapped.search(text), wrapped.compiled.search(text))


def test_a_wide_class_is_read_whole() -> None:
    wrapped = EndAnchored(uregex.compile(r"(?<=\s)[A-Z][a-z]+\s\d+$"))
    for text in ("Seite Мюллер 12", "Seite Müller 12", "Müller 12", "seite 12"):
        assert _same(wrapped.search(text), wrapped.compiled.search(text))


@pytest.mark.parametrize(
    "source",
    [
        r"p\.\s\d+",  # not anchored at the end
        r"(?i)p\.\s\d+$",  # folded cases
        r"(?m)p\.\s\d+$",  # "$" before every newline
        r"p\..+$",  # any character
        r"p\.[^,]+$",  # a negated class
        r"(\d)\1$",  # a back-reference
    ],
)
def test_unknown_characters_leave_the_search_whole(source: str) -> None:
    assert outside_class(re.compile(source)) is None
    wrapped = EndAnchored(re.compile(source))
    assert _same(wrapped.search("a, p. 44"), re.compile(source).search("a, p. 44"))


def test_outside_class_names_what_no_match_holds() -> None:
    outside = outside_class(re.compile(r"(?:^|(?<=\s))(?:pp?|S)\.\s?\d+(?:[-–]\d+)?\.?$"))
    assert outside is not None
    assert outside.search("pS.-–\n 09٤") is None
    assert all(outside.search(c) for c in "Bx,(")
