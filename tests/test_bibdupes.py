"""Duplicate entries in a .bib library: grouping, damage with its lines, merging, the command."""

from __future__ import annotations

import json
import random
from pathlib import Path

import bibtexparser
import pytest

from citekit import bibdupes, bibmatch, bibmerge
from citekit.bibdupes import Code
from citekit.cli_bib import run_duplicates_bib


def bib(*entries: str) -> str:
    return "\n".join(entries) + "\n"


def entry(key: str, kind: str = "book", **fields: str) -> str:
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@{kind}{{{key},\n{body}\n}}"


def groups_of(text: str) -> list[tuple[str, ...]]:
    return [g.keys for g in bibdupes.find_in_text(text).groups]


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
def test_identifiers_group(a: dict, b: dict) -> None:
    text = bib(entry("a", **(BASE | a)), entry("b", **(BASE | b)))
    (group,) = bibdupes.find_in_text(text).groups
    assert group.keys == ("a", "b")
    assert group.reason in ("doi", "isbn")
    assert group.score == 1.0


def test_chapters_sharing_the_book_isbn_stay_apart() -> None:
    chapter = {"year": "2001", "isbn": "0-19-852663-6", "booktitle": "A Book"}
    text = bib(
        entry("c1", "incollection", author="Doe, J.", title="First chapter", **chapter),
        entry("c2", "incollection", author="Roe, K.", title="Second chapter", **chapter),
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
        {"title": "Unwanted Visionaries: The Soviet Failure in Asia [Review] [512 refs]"},
    ],
    ids=[
        "case",
        "subtitle-dropped",
        "article-and-punctuation",
        "accent",
        "given-first",
        "transliteration",
        "one-year-missing",
        "database-note",
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
        {"year": "2016"},
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
    common = {"editor": "Smith, A.", "title": "Introduction", "year": "2001"}
    text = bib(
        entry("a", "incollection", **common, booktitle="Essays on War"),
        entry("b", "incollection", **common, booktitle="Letters from Peace"),
    )
    assert groups_of(text) == []


def test_titles_meet_by_their_last_words() -> None:
    """A slip in a title's first words is no obstacle: blocks also use the last words."""
    title = "applications of HPV testing: a summary of meta-analyses"
    records = [
        bibmatch.record("a", "article", {"title": f"Clinical {title}", "author": "Arbyn, M"}),
        bibmatch.record("b", "article", {"title": f"Clinicl {title}", "year": "2006"}),
        bibmatch.record("c", "article", {"title": f"Clinical {title} in Europe"}),
    ]
    assert list(bibdupes.candidate_pairs(records)) == [(0, 1), (0, 2)]


def test_a_copy_without_a_doi_never_joins_two_dois() -> None:
    """A ~ C and C ~ B, but A and B have different DOIs: C joins one of them, not both."""
    common = {"author": "Rai, Arun", "title": "Editor's Comments", "year": "2017", "volume": "41"}
    common |= {"number": "1", "pages": "iii-v", "journal": "MIS Quarterly"}
    text = bib(
        entry("a", "article", **common, doi="10.25300/misq/2017/41.1.01"),
        entry("c", "article", **common),
        entry("b", "article", **common, doi="10.25300/misq/2017/41.1.02"),
    )
    assert groups_of(text) == [("a", "c")]


def test_record_numbers_in_the_number_field_are_no_issues() -> None:
    entries = [
        entry(f"e{i}", "article", author=f"Author{i}, A.", title=f"Title {i}", number=str(900 + i))
        for i in range(30)
    ]
    article = {"author": "Doe, J", "title": "Talc pleurodesis for malignant effusion"}
    article["year"] = "2001"
    entries += [
        entry("x", "article", **article, number="1001"),
        entry("y", "article", **article, number="1002"),
    ]
    assert groups_of(bib(*entries)) == [("x", "y")]


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


def test_groups_say_why() -> None:
    text = bib(
        entry("a", **BASE, publisher="OUP", doi="10.1000/x"),
        entry("b", **(BASE | {"title": BASE["title"] + " [Review]"}), publisher="OUP"),
        entry("c", **BASE, doi="https://doi.org/10.1000/X"),
    )
    findings = bibdupes.find_in_text(text)
    (group,) = findings.groups
    assert group.keys == ("a", "b", "c")
    assert group.lines == (1, 8, 14)
    why = {(group.keys[link.first], group.keys[link.second]): link.verdict for link in group.links}
    assert why["a", "c"].agreed == ("same DOI",)
    assert why["a", "b"].agreed[:3] == ("title 1.00", "authors", "year")
    assert bibdupes.conflicts(findings, group) == {
        "title": {"a": BASE["title"], "b": BASE["title"] + " [Review]", "c": BASE["title"]},
    }  # a missing field is no conflict, and DOIs compare normalised


# --- damage ----------------------------------------------------------------------------------

DAMAGED = bib(
    "@string{oup = {Oxford University Press}}",
    entry("a", **BASE),
    entry("lone", title="Alone in the world", year="1999"),
    entry("lone", title="Another entry with the same key", year="2005"),
    entry("twice", title="A field given twice", year="2003", note="first")[:-2]
    + ",\n  note = {second}\n}",
    "@book{broken, title = {never closed",
    entry("b", **BASE, publisher="oup"),
)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


SECOND_LONE, TWICE, BROKEN = (
    line_of(DAMAGED, "@book{lone", 2),
    line_of(DAMAGED, "@book{twice"),
    line_of(DAMAGED, "@book{broken"),
)


def test_damage_is_reported_with_lines() -> None:
    findings = bibdupes.find_in_text(DAMAGED)
    problems = [(p.code, p.line, p.key) for p in findings.problems]
    assert problems == [
        (Code.DUPLICATE_KEY, SECOND_LONE, "lone"),
        (Code.DUPLICATE_FIELD, TWICE, "twice"),
        (Code.UNREADABLE, BROKEN, ""),
    ]
    assert f"key used at line {line_of(DAMAGED, '@book{lone')}" in findings.problems[0].message
    assert [g.keys for g in findings.groups] == [("a", "b")]


def test_merge_copies_no_damage_unchanged() -> None:
    merged = bibmerge.merge(bibdupes.find_in_text(DAMAGED))
    parsed = bibtexparser.parse_string(merged.text)
    assert not parsed.failed_blocks
    assert [e.key for e in parsed.entries] == ["a", "lone", "lone-2", "twice"]
    assert parsed.entries_dict["lone-2"]["title"] == "Another entry with the same key"
    assert parsed.entries_dict["twice"]["note"] == "first"
    assert "never closed" not in merged.text
    assert merged.notes == (
        f"line {SECOND_LONE}: key 'lone' used before: written as 'lone-2'",
        f"line {TWICE}: 'twice' has a field twice: the first is kept",
        f"line {BROKEN}: unreadable block left out of the merged file",
    )


def test_merge_keeps_richest_fields_old_keys_and_strings() -> None:
    text = bib(
        "@string{oup = {Oxford University Press}}",
        entry("a", author="Radchenko, S.", title="Unwanted Visionaries", year="2014"),
        entry(
            "b",
            author="Radchenko, Sergey",
            title=BASE["title"],
            year="2014",
            doi="https://doi.org/10.1000/X",
            ids="old1",
        )[:-2]
        + ",\n  publisher = oup\n}",
        entry("other", title="Something else", year="1999"),
    )
    merged = bibmerge.merge(bibdupes.find_in_text(text))
    assert "publisher = oup" in merged.text  # the @string name is written back as it was
    parsed = bibtexparser.parse_string(merged.text)
    assert [e.key for e in parsed.entries] == ["a", "other"]
    assert {f.key: f.value for f in parsed.entries[0].fields} == {
        "author": "Radchenko, Sergey",
        "title": BASE["title"],
        "year": "2014",
        "doi": "10.1000/x",
        "publisher": "Oxford University Press",
        "ids": "b, old1",
    }
    assert merged.notes == ()


def test_merge_keeps_the_title_without_database_notes_and_no_blank_lines() -> None:
    text = bib(
        entry("a", **BASE),
        "",
        entry("b", **(BASE | {"title": BASE["title"] + " [Review] [512 refs]"}), note="n"),
        "",
        entry("c", title="Other", year="1990"),
    )
    merged = bibmerge.merge(bibdupes.find_in_text(text)).text
    assert f"title = {{{BASE['title']}}}," in merged
    assert "refs" not in merged
    assert "}\n\n@book{c" in merged


def test_merge_leaves_a_clean_library_as_it_was() -> None:
    text = bib("% my library", entry("a", **BASE), "@comment{kept}", entry("z", title="Z"))
    assert bibmerge.merge(bibdupes.find_in_text(text)).text == text


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
        ),
        encoding="utf-8",
    )
    return path


def test_json_report(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_duplicates_bib(library, fmt="json", merge=False, output=None)
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 1
    (group,) = report["groups"]
    assert (group["keys"], group["lines"], group["reason"]) == (["a", "b"], [2, 9], "fuzzy")
    assert group["why"] == [
        {
            "keys": ["a", "b"],
            "link": "fuzzy",
            "score": 1.0,
            "agreed": ["title 1.00", "authors", "year"],
            "overruled": [],
        }
    ]
    assert group["conflicts"] == {}
    assert report["summary"] == {"entries": 3, "groups": 1, "duplicates": 1, "problems": 0}
    assert report["problems"] == []
    assert report["source"] == str(library)
    assert err == "3 entries, 1 duplicate groups, 1 duplicates\n"


def test_damaged_library_exits_1_with_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.bib"
    path.write_text(DAMAGED, encoding="utf-8")
    out_path = tmp_path / "merged.bib"
    assert run_duplicates_bib(path, fmt="json", merge=True, output=out_path) == 1
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert [(p["code"], p["line"]) for p in report["problems"]] == [
        ("duplicate-key", SECOND_LONE),
        ("duplicate-field", TWICE),
        ("unreadable-block", BROKEN),
    ]
    assert f"{path}:{BROKEN}: unreadable-block: cannot read this block" in err
    assert f"merged: line {SECOND_LONE}: key 'lone' used before: written as 'lone-2'" in err
    assert not bibtexparser.parse_string(out_path.read_text(encoding="utf-8")).failed_blocks


def test_a_key_twice_on_one_line() -> None:
    findings = bibdupes.find_in_text("@misc{k, title = {One}} @misc{k, title = {Two}}\n")
    assert [(p.code, p.line) for p in findings.problems] == [(Code.DUPLICATE_KEY, 1)]


def test_damage_alone_is_a_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "keys.bib"
    path.write_text(bib(entry("k", title="One"), entry("k", title="Two")), encoding="utf-8")
    assert run_duplicates_bib(path, fmt="table", merge=False, output=None) == 1
    out, err = capsys.readouterr()
    assert "Problems in the file" in out
    assert "duplicate-key 'k': key used at line 1" in out
    assert "1 problems in the file" in err


def test_table_says_why(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_duplicates_bib(library, fmt="table", merge=False, output=None) == 1
    out = capsys.readouterr().out
    assert "a (2)" in out
    assert "a = b: title 1.00" in out


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
    assert "publisher = oup" in text


def test_merge_to_stdout(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_duplicates_bib(library, fmt="bibtex", merge=True, output=None) == 1
    merged = bibtexparser.parse_string(capsys.readouterr().out)
    assert [e.key for e in merged.entries] == ["a", "c"]


@pytest.mark.parametrize(
    ("kwargs", "code", "message"),
    [
        ({"fmt": "json", "merge": True, "output": None}, 2, "--merge needs -o"),
        ({"fmt": "json", "merge": False, "output": Path("x.bib")}, 2, "only for --merge"),
        ({"fmt": "yaml", "merge": False, "output": None}, 2, "unknown format"),
        ({"fmt": "bibtex", "merge": False, "output": None}, 2, "add --merge"),
    ],
    ids=["merge-without-output", "output-without-merge", "bad-format", "bibtex-without-merge"],
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


def test_latin1_and_garbage_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.bib"
    path.write_bytes(b"junk before\n@book{a, title={Gr\xfc\xdfe}, year=1900}\n@@@{{{\n")
    assert run_duplicates_bib(path, fmt="json", merge=False, output=None) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["entries"] == 1
    assert [(p["code"], p["line"]) for p in report["problems"]] == [("unreadable-block", 3)]
