"""Build a synthetic N-note book in the layout of PDF-extracted text, for benchmarks.

    python benchmarks/make_book.py [--notes 5000] [--out benchmarks/out/book_5000.txt]

Pages of body paragraphs with superscript markers, each page's footnotes below them,
a page number and a running head; some notes are cut by the page break and go on at the
foot of the next page, and some body paragraphs go on after the notes block.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

OUT = Path(__file__).parent / "out"
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SURNAMES = [
    "Radchenko",
    "Lüthi",
    "Westad",
    "Friedman",
    "Zubok",
    "Kramer",
    "Dupont",
    "Müller",
    "Schlögel",
    "Vámos",
    "Hanson",
    "Pantsov",
    "Jersild",
    "Wishnick",
    "Rozman",
]
GIVEN = ["Sergey", "Lorenz M.", "Odd Arne", "Jeremy", "Vladislav", "Mark", "Anne", "Karl"]
WORDS = [
    "cold",
    "war",
    "alliance",
    "reform",
    "economy",
    "party",
    "socialism",
    "border",
    "treaty",
    "summit",
    "crisis",
    "empire",
    "revolution",
    "trade",
    "diplomacy",
    "ideology",
    "leadership",
    "history",
    "memory",
]
PLACES = [
    "New York: Oxford University Press",
    "Cambridge, MA: Harvard University Press",
    "Paris: Seuil",
    "München: Hanser",
    "London: Routledge",
    "Stanford: Stanford UP",
]
SENTENCE = (
    "The {a} of the {b} changed after {year}, as the {c} in Moscow and Beijing "
    "slowly learned to talk about the {d} again"
)


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(2, 4))
    return " ".join(w.capitalize() for w in words)


def _author(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _note(rng: random.Random) -> str:
    """One realistic note: a book, chapter, article, back-reference, archive or web page."""
    year, page = rng.randint(1950, 2020), rng.randint(1, 600)
    kind = rng.randrange(8)
    if kind == 0:
        return f"{_author(rng)}, *{_title(rng)}* ({rng.choice(PLACES)}, {year}), p. {page}."
    if kind == 1:
        return (
            f"{_author(rng)}, “{_title(rng)},” in {_author(rng)} (ed.), *{_title(rng)}* "
            f"({rng.choice(PLACES)}, {year}), pp. {page}-{page + 20}."
        )
    if kind == 2:
        return (
            f"{_author(rng)}, “{_title(rng)},” *Cold War History*, Vol. {rng.randint(1, 20)},"
            f" No. {rng.randint(1, 4)} ({year}), {page}-{page + 30}."
        )
    if kind == 3:
        return rng.choice(["Ibid.", f"Ibid., p. {page}.", f"Ebd., S. {page}."])
    if kind == 4:
        return f"{rng.choice(SURNAMES)}, *Op. cit.*, p. {page}."
    if kind == 5:
        return f"{rng.choice(SURNAMES)}, *{_title(rng)}*, p. {page}-{page + 2}."
    if kind == 6:
        return (
            f"HIA, {rng.choice(SURNAMES)} Papers, Box {rng.randint(1, 9)}, Folder "
            f"{rng.randint(1, 30)}. Diary, {rng.randint(1, 28)} May, {year}, p. {page}."
        )
    return (
        f"{_author(rng)}, “{_title(rng)},” <http://example.org/{rng.randint(1, 9999)}> "
        f"(accessed on March {rng.randint(1, 28)}, {year})."
    )


def _sentence(rng: random.Random) -> str:
    a, b, c, d = rng.sample(WORDS, 4)
    return SENTENCE.format(a=a, b=b, c=c, d=d, year=rng.randint(1950, 1991))


def _cut(note: str) -> tuple[str, str] | None:
    """A note cut inside its parenthesis of publication, as a page break cuts it."""
    at = note.find(", 1") if "(" in note else -1
    return (note[: at + 1], note[at + 2 :]) if at > 0 else None


def _marker(number: int) -> str:
    return str(number).translate(SUPERSCRIPTS)


def _page(
    rng: random.Random, page: int, first: int, count: int, carry: tuple[str | None, str | None]
) -> tuple[list[str], tuple[str | None, str | None]]:
    """One page: body, the rest of a note cut on the page before, notes, page number, head.

    CARRY is (rest of the body paragraph cut at the last page break, rest of its last note);
    the same pair for the next page is returned.
    """
    body_rest, note_rest = carry
    numbers = list(range(first, first + count))
    blocks = [body_rest] if body_rest else []
    for chunk in (numbers[: count // 2 + 1], numbers[count // 2 + 1 :]):
        text = " ".join(f"{_sentence(rng)}.{_marker(n)}" for n in chunk)
        blocks.append(text or _sentence(rng) + ".")
    next_body = None
    if rng.random() < 0.2:  # the page breaks in the middle of its last sentence
        words = blocks[-1].split(" ")
        blocks[-1], next_body = " ".join(words[:-6]), " ".join(words[-6:])
    if note_rest:
        blocks.append(note_rest)
    notes = [f"{_marker(n)} {_note(rng)}" for n in numbers]
    cut = _cut(notes[-1]) if rng.random() < 0.2 else None
    if cut is not None:
        notes[-1] = cut[0]
    blocks += [*notes, str(page), f"Reconciliation and Divorce {page}"]
    return blocks, (next_body, cut[1] if cut else None)


def build(notes: int, seed: int = 1) -> str:
    """The text of a book with NOTES footnotes."""
    rng = random.Random(seed)
    blocks = ["The Soviet Union and China: A Synthetic Book"]
    carry: tuple[str | None, str | None] = (None, None)
    number, page = 1, 1
    while number <= notes:
        count = min(rng.randint(2, 5), notes - number + 1)
        text, carry = _page(rng, page, number, count, carry)
        blocks += text
        number, page = number + count, page + 1
    blocks += [rest for rest in carry if rest]
    return "\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> Path:
    """Write the book and return its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    out = args.out or OUT / f"book_{args.notes}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build(args.notes), encoding="utf-8")
    print(out)
    return out


if __name__ == "__main__":
    main()
