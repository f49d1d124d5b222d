"""Write a generated .bib library with planted duplicates and near misses (fictitious data).

    .venv/bin/python benchmarks/make_library.py OUT.bib [--entries 300000] [--seed 7]

Entries are random articles, books and chapters with made-up words for titles and names (so
no two are alike by accident); 2% get a copy with identifier, case, subtitle, accent or
transliteration drift, 0.5% a near miss (same authors and title, another year and volume)
that must stay apart. The planted pairs go to OUT.bib.pairs.json for bench_bib_duplicates.py.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "ten",
    "sha",
    "vor",
    "lin",
    "del",
    "bar",
    "kov",
    "ni",
    "ste",
    "fa",
    "gru",
    "mon",
    "tal",
    "ber",
    "ish",
    "ul",
    "zen",
]
CYRILLIC = [
    "Радченко",
    "Шостакович",
    "Чайковский",
    "Хрущёв",
    "Жуков",
    "Яковлев",
    "Щербаков",
    "Юдин",
    "Ёлкин",
]
ACCENTED = [
    "Lüthi",
    "Müller",
    "Gödel",
    "Šimečka",
    "Łukasiewicz",
    "Ñúñez",
    "Ørsted",
    "Fröhlich",
    "Čapek",
    "Dvořák",
]
WORDS_SEED = [
    "history",
    "war",
    "state",
    "power",
    "memory",
    "empire",
    "peace",
    "treaty",
    "soviet",
    "asia",
    "cold",
    "crisis",
]
DIRECT = "https://doi.org/"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Made-up words: random titles that no fuzzy matcher should confuse by accident."""
    return WORDS_SEED + sorted({_word(rng) for _ in range(size)})


def families(rng: random.Random, size: int = 6000) -> list[str]:
    from anyascii import anyascii  # installed with citekit

    names = [anyascii(n) for n in CYRILLIC] + ACCENTED
    return names + sorted({_word(rng).capitalize() for _ in range(size)})


def isbn13(rng: random.Random) -> str:
    body = "978" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(check)


def isbn10_of(isbn: str) -> str:
    """The ISBN-10 form of a 978- ISBN-13: the same book."""
    body = isbn[3:12]
    total = sum((10 - i) * int(c) for i, c in enumerate(body))
    check = (11 - total % 11) % 11
    return body + ("X" if check == 10 else str(check))


def entry(rng: random.Random, index: int, words: list[str], names: list[str]) -> dict[str, str]:
    """One random entry as a field dict (ID and ENTRYTYPE included)."""
    kind = rng.choice(("article", "article", "book", "incollection"))
    authors = " and ".join(
        f"{rng.choice(names)}, {rng.choice(names)[0]}." for _ in range(rng.randint(1, 3))
    )
    title = " ".join(rng.choice(words) for _ in range(rng.randint(4, 9))).capitalize()
    fields = {
        "ID": f"e{index}",
        "ENTRYTYPE": kind,
        "author": authors,
        "title": title,
        "year": str(rng.randint(1900, 2024)),
    }
    if kind == "article":
        fields |= {
            "journal": f"Journal of {rng.choice(words).capitalize()}",
            "volume": str(rng.randint(1, 80)),
            "pages": f"{rng.randint(1, 400)}--500",
        }
        if rng.random() < 0.7:
            fields["doi"] = f"10.{rng.randint(1000, 9999)}/j.{index}"
    elif kind == "book":
        fields |= {"publisher": f"{rng.choice(words).capitalize()} Press", "isbn": isbn13(rng)}
    else:
        fields["booktitle"] = " ".join(rng.choice(words) for _ in range(5)).capitalize()
    return fields


# Each variant makes the copy of a planted pair: an identifier match or fuzzy drift.
def _doi_variant(f: dict[str, str], rng: random.Random) -> dict[str, str]:
    return f | {"doi": DIRECT + f["doi"].upper(), "title": f["title"].upper()}


def _isbn_variant(f: dict[str, str], rng: random.Random) -> dict[str, str]:
    return f | {"isbn": isbn10_of(f["isbn"]), "title": f["title"] + ": a new edition"}


def _fuzzy_variant(f: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Case, 'The', a subtitle, punctuation; identifiers dropped so only fuzz can tell."""
    title = rng.choice(
        (
            f"The {f['title'].lower()}",
            f"{f['title'].title()}: essays",
            f["title"].replace(" ", ", ", 1) + ".",
        )
    )
    return {k: v for k, v in f.items() if k not in ("doi", "isbn")} | {"title": title}


def _accent_variant(f: dict[str, str], rng: random.Random) -> dict[str, str]:
    """Accents spelled in LaTeX or dropped; transliteration drift (y -> ii, v -> w)."""
    author = f["author"].replace("ü", '{\\"u}').replace("ö", "oe").replace("č", "c")
    author = author.replace("y,", "ii,").replace("v", "w")
    return {k: v for k, v in f.items() if k not in ("doi", "isbn")} | {
        "author": author,
        "title": f["title"].swapcase(),
    }


VARIANTS: dict[str, Callable[[dict[str, str], random.Random], dict[str, str]]] = {
    "doi": _doi_variant,
    "isbn": _isbn_variant,
    "fuzzy": _fuzzy_variant,
    "accent": _accent_variant,
}


def plant(rng: random.Random, entries: list[dict[str, str]], pairs: int) -> list[tuple]:
    """Add PAIRS variant copies of random entries; return (original, copy, kind)."""
    planted = []
    originals = rng.sample(range(len(entries)), pairs)
    for n, i in enumerate(originals):
        original = entries[i]
        kinds = [k for k in VARIANTS if k not in ("doi", "isbn") or k in original]
        kind = rng.choice(kinds)
        copy = VARIANTS[kind](original, rng) | {"ID": f"dup{n}"}
        entries.append(copy)
        planted.append((original["ID"], copy["ID"], kind))
    return planted


def near_misses(rng: random.Random, entries: list[dict[str, str]], count: int) -> None:
    """Same author and title but another year (and volume, and pages): must stay apart."""
    for n, i in enumerate(rng.sample(range(len(entries)), count)):
        other = {k: v for k, v in entries[i].items() if k not in ("doi", "isbn")}
        other |= {"ID": f"near{n}", "year": str(int(other["year"]) + rng.randint(1, 5))}
        if "volume" in other:
            other |= {"volume": str(int(other["volume"]) + 1), "pages": "1--20"}
        entries.append(other)


def to_bib(entries: list[dict[str, str]]) -> str:
    def one(f: dict[str, str]) -> str:
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in f.items() if k not in ("ID", "ENTRYTYPE"))
        return f"@{f['ENTRYTYPE']}{{{f['ID']},\n{body}\n}}\n"

    return "\n".join(one(f) for f in entries)


def generate(entries: int, seed: int) -> tuple[list[dict[str, str]], list[tuple]]:
    """ENTRIES entries (planted copies and near misses included) and the planted pairs."""
    rng = random.Random(seed)
    words, names = vocabulary(rng), families(rng)
    pairs, misses = entries // 50, entries // 200
    made = [entry(rng, i, words, names) for i in range(entries - pairs - misses)]
    planted = plant(rng, made, pairs)
    near_misses(rng, made, misses)
    return made, planted


def write(path: Path, entries: int, seed: int) -> list[tuple]:
    """Write the library to PATH, streaming; return the planted pairs."""
    made, planted = generate(entries, seed)
    with path.open("w", encoding="utf-8") as out:
        for fields in made:
            out.write(to_bib([fields]) + "\n")
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--entries", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    planted = write(args.out, args.entries, args.seed)
    pairs = args.out.with_name(args.out.name + ".pairs.json")
    pairs.write_text(json.dumps(planted) + "\n", encoding="utf-8")
    print(f"{args.entries} entries, {len(planted)} planted pairs: {args.out}")


if __name__ == "__main__":
    main()
