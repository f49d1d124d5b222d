"""Every lexicon loads, is non-empty, has no duplicates, keeps the rules its header states,
ships as package data, and is listed in the lexicons README."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from citekit import lexicons

FOLDER = Path(lexicons.__file__).parent
ROOT = FOLDER.parent.parent
NAMES = sorted(path.stem for path in FOLDER.glob("*.txt"))
RULES_RE = re.compile(r"^# rules:(?P<rules>.*)$", re.MULTILINE)
KNOWN_RULES = {"lowercase", "sorted", "months"}


def _rules(name: str) -> set[str]:
    found = RULES_RE.search((FOLDER / f"{name}.txt").read_text(encoding="utf-8"))
    assert found, f"{name}.txt: no '# rules:' line in its header"
    return set(found.group("rules").split())


def test_there_are_lexicons() -> None:
    assert len(NAMES) >= 10, NAMES


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_loads_non_empty_without_duplicates(name: str) -> None:
    entries = lexicons.entries(name)
    assert entries, f"{name}.txt has no entries"
    repeated = sorted({e for e in entries if entries.count(e) > 1})
    assert not repeated, f"{name}.txt repeats {repeated}"
    assert all(e == " ".join(e.split()) for e in entries), f"{name}.txt: stray spaces"


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_header_says_what_how_and_extend(name: str) -> None:
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert all(line.startswith("#") for line in header.splitlines()), f"{name}.txt header"
    assert "Used by" in header, f"{name}.txt: the header does not say what uses it"
    assert "To extend" in header, f"{name}.txt: the header does not say how to extend it"
    assert _rules(name) <= KNOWN_RULES, f"{name}.txt: unknown rules {_rules(name) - KNOWN_RULES}"


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_keeps_its_rules(name: str) -> None:
    entries = lexicons.entries(name)
    rules = _rules(name)
    if "lowercase" in rules:
        assert [e for e in entries if e != e.lower()] == [], f"{name}.txt: not lower case"
    if "sorted" in rules:
        assert list(entries) == sorted(entries, key=lexicons.sort_key), f"{name}.txt: unsorted"
    if "months" in rules:
        rows = lexicons.rows(name)
        assert len(rows) == 12, f"{name}.txt: {len(rows)} months"
        months = [{m.casefold() for m in row} for row in rows]
        shared = [a & b for i, a in enumerate(months) for b in months[i + 1 :] if a & b]
        assert not shared, f"{name}.txt: {shared} in two months"


def test_table_lexicon_has_key_and_value() -> None:
    table = lexicons.table("repositories")
    assert len(table) == len(lexicons.entries("repositories"))
    assert all(key and value and " = " not in value for key, value in table.items())


@pytest.mark.parametrize(
    ("items", "text", "expected"),
    [
        (("Verlag*",), "Rowohlt Verlagsanstalt", "Verlagsanstalt"),
        (("Random House",), "Random  House, 2001", "Random  House"),
        (("Bodl.",), "Bodl., MS Rawl.", "Bodl."),
        (("ib", "ibid"), "ibid.", "ibid"),
    ],
    ids=["star", "phrase", "escaped", "longest-first"],
)
def test_alternation(items: tuple[str, ...], text: str, expected: str) -> None:
    match = re.search(lexicons.alternation(items), text)
    assert match is not None, text
    assert match.group() == expected


def test_lexicons_ship_as_package_data() -> None:
    """pyproject's package-data must cover every lexicon, or an installed citekit lacks it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["citekit"]
    for name in NAMES:
        assert any(fnmatch(f"lexicons/{name}.txt", g) for g in globs), f"{name}.txt not shipped"


def test_readme_lists_every_lexicon() -> None:
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    missing = [name for name in NAMES if f"`{name}.txt`" not in readme]
    assert not missing, f"lexicons/README.md does not list {missing}"
