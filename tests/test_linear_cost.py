"""Long notes cost time in proportion to their length, not to its square.

Each shape of note is parsed at two sizes, eight times apart: linear work takes about eight
times as long, work that rescans the note at each piece sixty-four times. The bound between
(20) leaves room for a busy machine without letting a square through.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from citekit.model import Note, Span
from citekit.parse import build_context, parse_note

SMALL, LARGE = 4_000, 32_000
NAMES = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts"]
WORDS = ["history", "economy", "state", "society", "war", "peace", "empire", "reform", "law"]


def _citation(rng: random.Random, i: int) -> str:
    title = " ".join(rng.choice(WORDS).capitalize() for _ in range(4))
    return f"{rng.choice(NAMES)}, J. A., {title} (London: Macmillan, {1900 + i % 100}), p. {i}"


def _sentence(rng: random.Random, i: int) -> str:
    prose = " ".join(rng.choice(WORDS) for _ in range(10)).capitalize()
    return f"{prose}, cf. Mr. Smith and St. Paul. See {_citation(rng, i)}."


SHAPES: dict[str, tuple[Callable[[random.Random, int], str], str]] = {
    "sources-between-semicolons": (_citation, "; "),
    "sentences-with-abbreviations": (_sentence, " "),
    "names-between-commas": (lambda rng, i: f"{rng.choice(NAMES)} {1800 + i % 200}, p. {i}", ", "),
    "titles": (lambda rng, i: f"*{rng.choice(WORDS).capitalize()}* {rng.choice(NAMES)}", ", "),
}


def _note(shape: str, size: int, seed: int = 0) -> str:
    make, joiner = SHAPES[shape]
    rng, parts, length = random.Random(size + seed), [], 0
    while length < size:
        parts.append(make(rng, len(parts)))
        length += len(parts[-1]) + len(joiner)
    return joiner.join(parts) + "."


def _seconds(text: str) -> float:
    note = Note(1, text, Span(0, len(text), 1))
    start = time.process_time()
    parse_note(note, build_context([text]))
    return time.process_time() - start


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_long_note_costs_time_in_proportion_to_its_length(shape: str) -> None:
    _seconds(_note(shape, 1_000, seed=1))  # patterns compiled, lexicons loaded
    # the least of three different texts of each size (each parsed once: no cache helps it),
    # so that a collector pause in a long test session is not read as superlinear cost
    small_time = min(_seconds(_note(shape, SMALL, seed=k)) for k in (2, 3, 4))
    large_time = min(_seconds(_note(shape, LARGE, seed=k)) for k in (2, 3, 4))
    assert large_time < 20 * max(small_time, 0.005), (small_time, large_time)


def test_a_note_listing_thousands_of_authors_is_parsed() -> None:
    rng = random.Random(3)
    names = ", ".join(f"{rng.choice('ABCDE')}. {rng.choice(NAMES)}" for _ in range(3000))
    text = f"{names}, *A Very Collective Work* (London: Verso, 1990), p. 3."
    citations = parse_note(Note(1, text, Span(0, len(text), 1)), build_context([text]))
    assert citations
