"""A pattern anchored at the end, searched from its earliest start, finds what it found before."""

from __future__ import annotations

import random
import re

import pytest

from citekit.parse import archives, eudocuments, patterns, pinpoint, split, uregex
from citekit.parse.endanchored import EndAnchored, outside_class, widest

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


# end-anchored patterns the parser searches, with what they are asked: the plain pattern's answer
# at every start and end position of random texts of the characters they read
_WRAPPED = [
    (archives.ABBREVIATED_RE, "Ab MSIVXcd. ,Ф"),
    (eudocuments.EU_DOCUMENT_RE, "COM (2013) 837 final, p.12–3 \n"),
    (patterns.NAME_BEFORE_RE, "Ab cD.'’-, *\n"),
    (split.TITLE_OR_PAGE_END_RE, 'a”’"*1 \n'),
    (split.ITEM_END_RE, 'a”’"*?!1 .\n'),
    (EndAnchored(re.compile(r"(?i:coll\.|series)$")), "CoLsERIe.l \n"),  # bounded: 6 characters
    (EndAnchored(re.compile(r"(?<=a)\bb{1,3}$")), "ab \n"),  # looks behind its start
]


@pytest.mark.parametrize(("wrapped", "letters"), _WRAPPED)
def test_searched_from_the_end_as_the_pattern_is(wrapped: EndAnchored, letters: str) -> None:
    chance = random.Random(7)
    for _ in range(300):
        text = "".join(chance.choice(letters) for _ in range(chance.randint(0, 14)))
        for pos in range(len(text) + 1):
            for end in (None, pos, len(text) - 1, len(text) + 3):
                args = (text, pos) if end is None else (text, pos, end)
                assert _same(wrapped.search(*args), wrapped.compiled.search(*args)), args


def test_widest_is_the_longest_match_of_a_bounded_pattern() -> None:
    assert widest(re.compile(r"\b(?:[A-Z][a-z]{0,3}|MSS?)$")) == 4
    assert widest(re.compile(r"(?i)series$")) == 6  # folded cases are one character each
    assert widest(re.compile(r"p\.\s*\d+$")) is None  # unbounded
    assert widest(re.compile(r"(?m)p\.$")) is None  # "$" before every newline
    assert widest(re.compile(r"p\.")) is None  # not anchored
