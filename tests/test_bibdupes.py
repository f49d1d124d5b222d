"""Duplicate entries in a .bib library: identifiers, fuzzy matching, merging, the command."""

from __future__ import annotations

import json
import random
from pathlib import Path

import bibtexparser
import pytest

from citekit import bibdupes
from citekit.cli_bib import run_duplicates_bib


def bib(*entries: str) -> str:
    return "\n".join(entries) + "\n"


def entry(key: str, kind: str = "book", **fields: str) -> str:
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@{kind}{{{key},\n{body}\n}}"


def groups_of(text: str) -> list[tuple[str, ...]]:
    library = bibtexparser.parse_string(text)
    return [g.keys for g in bibdupes.find_duplicates(library.entries)]


BASE = {
    "author": "Radchenko, Sergey",
    "year": "2014",
    "title": "Unwanted Visionaries: The Soviet Failure in Asia",
}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            {"doi": "10.1093/acprof:oso/9780199938773.001.0001"},
            {"doi": "https://doi.org/10.1093/ACPROF:OSO/9780199938773.001.0001"},
        ),
        ({"doi": "10.1000/xyz"}, {"doi": "doi:10.1000/XYZ", "title": "Something Else"}),
        ({"doi": "10.1000/xyz"}, {"url": "http://dx.doi.org/10.1000/xyz", "year": "2015"}),
        ({"isbn": "0-19-852663-6"}, {"isbn": "978-0-19-852663-6", "title": "Other"}),
    ],
    ids=["doi-prefix-and-case", "doi-scheme", "doi-in-url", "isbn10-vs-isbn13"],
)
def test_identifiers_group_whatever_the_rest_says(a: dict, b: dict) -> None:
    text = bib(entry("a", **(BASE | a)), entry("b", **(BASE | b)))
    library = bibtexparser.parse_string(text)
    (group,) = bibdupes.find_duplicates(library.entries)
    assert group.keys == ("a", "b")
    assert group.reason in (bibdupes.Reason.DOI, bibdupes.Reason.ISBN)
    assert group.score == 1.0


def test_chapters_sharing_the_book_isbn_stay_apart() -> None:
    text = bib(
        entry(
            "c1",
            "incollection",
            author="Doe, J.",
            title="First chapter",
            year="2001",
            isbn="0-19-852663-6",
            booktitle="A Book",
        ),
        entry(
            "c2",
            "incollection",
            author="Roe, K.",
            title="Second chapter",
            year="2001",
            isbn="0-19-852663-6",
            booktitle="A Book",
        ),
    )
    assert groups_of(text) == []


@pytest.mark.parametrize(
    "b",
    [
        {"title": "unwanted visionaries: the soviet failure in asia"},
        {"title": "Unwanted Visionaries"},
        {"title": "The Unwanted Visionaries. The Soviet Failure in Asia"},
        {"author": "Radčenko, S."},
        {"author": "Sergey Radchenko"},
        {"author": "Radtschenko, Sergei"},
        {"title": "Unwanted Visionaries: The Soviet Failure in Asia", "year": ""},
    ],
    ids=[
        "case",
        "subtitle-dropped",
        "article-and-punctuation",
        "accent",
        "given-first",
        "transliteration",
        "one-year-missing",
    ],
)
def test_fuzzy_duplicates(b: dict) -> None:
    fields = {k: v for k, v in (BASE | b).items() if v}
    assert groups_of(bib(entry("a", **BASE), entry("b", **fields))) == [("a", "b")]


def test_latex_accents_match_unicode() -> None:
    text = bib(
        entry("a", author='L{\\"u}thi, Lorenz', title="The Sino-Soviet Split", year="2008"),
        entry("b", author="Lüthi, Lorenz M.", title="The {S}ino-{S}oviet split", year="2008"),
    )
    assert groups_of(text) == [("a", "b")]


@pytest.mark.parametrize(
    "b",
    [
        {"year": "2015"},
        {"author": "Jones, Mark"},
        {"title": "Unwanted Visionaries, Volume 2", "volume": "2"},
        {"title": "Wanted Revolutionaries: The Chinese Success in Africa"},
    ],
    ids=["different-year", "different-author", "different-volume", "different-title"],
)
def test_different_works_stay_apart(b: dict) -> None:
    a = BASE | {"title": "Unwanted Visionaries, Volume 1", "volume": "1"} if "volume" in b else BASE
    assert groups_of(bib(entry("a", **a), entry("b", **(BASE | b)))) == []


def test_short_titles_in_different_books_stay_apart() -> None:
    text = bib(
        entry(
            "a",
            "incollection",
            editor="Smith, A.",
            title="Introduction",
            year="2001",
            booktitle="Essays on War",
        ),
        entry(
            "b",
            "incollection",
            editor="Smith, A.",
            title="Introduction",
            year="2001",
            booktitle="Letters from Peace",
        ),
    )
    assert groups_of(text) == []


def test_large_random_library_has_no_false_groups() -> None:
    rng = random.Random(3)
    syllables = ["ka", "ro", "mi", "ten", "sha", "vor", "lin", "del", "bar", "kov", "ni", "ste"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))

    names, words = [word().capitalize() for _ in range(300)], [word() for _ in range(800)]
    entries = [
        entry(
            f"e{i}",
            author=f"{rng.choice(names)}, A.",
            year=str(rng.randint(1990, 1999)),
            title=" ".join(rng.choice(words) for _ in range(rng.randint(3, 8))),
        )
        for i in range(3000)
    ]
    assert groups_of(bib(*entries)) == []


def test_conflicts_show_differing_fields_side_by_side() -> None:
    text = bib(
        entry("a", **BASE, publisher="OUP", doi="10.1000/x"),
        entry(
            "b",
            **(BASE | {"title": "Unwanted Visionaries"}),
            publisher="OUP",
            doi="https://doi.org/10.1000/X",
        ),
    )
    (group,) = bibdupes.find_duplicates(bibtexparser.parse_string(text).entries)
    assert group.conflicts == {"title": {"a": BASE["title"], "b": "Unwanted Visionaries"}}


def test_merge_keeps_richest_fields_and_old_keys_in_ids() -> None:
    text = bib(
        entry("a", author="Radchenko, S.", title="Unwanted Visionaries", year="2014"),
        entry(
            "b",
            author="Radchenko, Sergey",
            title=BASE["title"],
            year="2014",
            publisher="Oxford University Press",
            doi="https://doi.org/10.1000/X",
            ids="old1",
        ),
        entry("other", title="Something else", year="1999"),
    )
    library = bibtexparser.parse_string(text)
    merged = bibdupes.merge(library, bibdupes.find_duplicates(library.entries))
    assert [e.key for e in merged.entries] == ["a", "other"]
    fields = {f.key: f.value for f in merged.entries[0].fields}
    assert fields == {
        "author": "Radchenko, Sergey",
        "title": BASE["title"],
        "year": "2014",
        "publisher": "Oxford University Press",
        "doi": "10.1000/x",
        "ids": "b, old1",
    }


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.bib"
    path.write_text(
        bib(
            "@string{oup = {Oxford University Press}}",
            entry("a", **BASE, doi="10.1000/x")[:-2] + ",\n  publisher = oup\n}",
            entry("b", **BASE),
            entry("c", title="Alone", year="1999"),
            "@book{broken, title = {never closed",
        ),
        encoding="utf-8",
    )
    return path


def test_json_report(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_duplicates_bib(library, fmt="json", merge=False, output=None)
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 1
    assert report["groups"] == [
        {"keys": ["a", "b"], "reason": "fuzzy", "score": 1.0, "conflicts": {}}
    ]
    assert report["summary"] == {"entries": 3, "groups": 1, "duplicates": 1}
    assert report["source"] == str(library)
    assert "block skipped" in err  # the broken block is a warning, not a crash


def test_table_and_no_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.bib"
    path.write_text(entry("solo", title="[Bracketed] title", year="2000"), encoding="utf-8")
    assert run_duplicates_bib(path, fmt="table", merge=False, output=None) == 0
    out, err = capsys.readouterr()
    assert "Duplicates in" in out
    assert "1 entries, 0 duplicate groups" in err


def test_merge_writes_output_and_keeps_strings(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "merged.bib"
    assert run_duplicates_bib(library, fmt="json", merge=True, output=out) == 1
    text = out.read_text(encoding="utf-8")
    merged = bibtexparser.parse_string(text)
    assert [e.key for e in merged.entries] == ["a", "c"]
    assert merged.entries[0]["ids"] == "b"
    assert "publisher = oup" in text  # the @string reference is written back as it was


@pytest.mark.parametrize(
    ("kwargs", "code", "message"),
    [
        ({"fmt": "json", "merge": True, "output": None}, 2, "--merge needs -o"),
        ({"fmt": "json", "merge": False, "output": Path("x.bib")}, 2, "only for --merge"),
        ({"fmt": "yaml", "merge": False, "output": None}, 2, "unknown format"),
    ],
    ids=["merge-without-output", "output-without-merge", "bad-format"],
)
def test_usage_errors(
    library: Path, capsys: pytest.CaptureFixture[str], kwargs: dict, code: int, message: str
) -> None:
    assert run_duplicates_bib(library, **kwargs) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("citekit: error: ")
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"\x00\x01binary", 3), (None, 2)],
    ids=["binary", "missing"],
)
def test_unreadable_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes | None, code: int
) -> None:
    path = tmp_path / "bad.bib"
    if data is not None:
        path.write_bytes(data)
    assert run_duplicates_bib(path, fmt="json", merge=False, output=None) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("citekit: error: ")
    assert err.count("\n") == 1


def test_latin1_and_garbage_text_do_not_crash(tmp_path: Path, capsys) -> None:
    path = tmp_path / "old.bib"
    path.write_bytes(b"junk before\n@book{a, title={Gr\xfc\xdfe}, year=1900}\n@@@{{{\n")
    assert run_duplicates_bib(path, fmt="json", merge=False, output=None) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["entries"] == 1
