""".bib text as a stream of blocks: entries, @strings, comments, and damage with its line."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import bibscan
from citekit.bibscan import Kind

ROOT = Path(__file__).resolve().parent.parent


def kinds(text: str) -> list[tuple[str, int, str]]:
    return [(str(b.kind), b.line, b.key) for b in bibscan.scan(text)]


def test_entries_strings_and_comments() -> None:
    text = (
        "Some notes before the entries, mail me@example.org\n"
        "@string{oup = {Oxford University Press}}\n"
        "@comment{anything {goes} here}\n"
        "@book{a, title = {The {B}ook}, publisher = oup # { Ltd}, year = 2001, month = jan}\n"
        '@article{b, title = "Quoted {"}inner", pages = {1--2},}\n'
        "@misc(c, title = {Parentheses})\n"
    )
    assert kinds(text) == [
        ("string", 2, ""),
        ("other", 3, ""),
        ("entry", 4, "a"),
        ("entry", 5, "b"),
        ("entry", 6, "c"),
    ]
    blocks = list(bibscan.scan(text))
    strings = {"oup": "Oxford University Press"}
    book = {name: bibscan.expand(raw, strings) for name, raw in blocks[2].fields}
    assert book == {
        "title": "The {B}ook",
        "publisher": "Oxford University Press Ltd",
        "year": "2001",
        "month": "1",
    }
    assert dict(blocks[3].fields)["title"] == '"Quoted {"}inner"'
    assert text[blocks[4].start : blocks[4].end] == "@misc(c, title = {Parentheses})"


@pytest.mark.parametrize(
    ("text", "failed_line", "why", "next_key"),
    [
        ("@book{a, title = {never closed\n@book{b, title = {B}}\n", 1, "never closed", "b"),
        ("@book{a, title = {A}\n\n@book{b, title = {B}}\n", 1, "not closed", "b"),
        ("@book{a title = {A}}\n@book{b, title = {B}}\n", 1, "no citation key", "b"),
        ("@book{a, title = A B}\n@book{b, title = {B}}\n", 1, "expected ','", "b"),
        ("@book{a, = {A}}\n@book{b, title = {B}}\n", 1, "cannot read a field", "b"),
        ("x\n@@@{{{\n@book{b, title = {B}}\n", 2, "not an entry", "b"),
        ('@book{a, title = "open}\n@book{b, title = {B}}\n', 1, "never closed", "b"),
    ],
    ids=[
        "unclosed-value",
        "unclosed-entry",
        "no-key",
        "bare-words",
        "no-field-name",
        "garbage",
        "unclosed-quote",
    ],
)
def test_damage_ends_at_the_next_entry(
    text: str, failed_line: int, why: str, next_key: str
) -> None:
    failed, after = list(bibscan.scan(text))
    assert failed.kind is Kind.FAILED
    assert failed.line == failed_line
    assert why in failed.error
    assert (after.kind, after.key) == (Kind.ENTRY, next_key)
    assert after.line == text.count("\n", 0, after.start) + 1


def test_an_unclosed_brace_never_swallows_the_entries_after_it() -> None:
    text = "@book{a, title = {one {two}\n@book{b, title = {B}}\n@book{c, title = {C}}\n"
    assert kinds(text) == [("failed", 1, ""), ("entry", 2, "b"), ("entry", 3, "c")]


def test_expand_resolves_macros_months_and_nesting() -> None:
    assert bibscan.expand("{a{b{c{d}}}}", {}) == "a{b{c{d}}}"
    assert bibscan.expand('oup # " " # {Press}', {"oup": "Oxford"}) == "Oxford Press"
    assert bibscan.expand("dec", {}) == "12"
    assert bibscan.expand("unknown", {}) == "unknown"
    assert bibscan.expand("2001", {}) == "2001"


def test_scan_agrees_with_bibtexparser_on_the_project_libraries() -> None:
    paths = sorted((ROOT / "refs").glob("*.bib"))
    assert paths, "refs/*.bib are written by the golden tests"
    for path in paths:
        text = path.read_text(encoding="utf-8")
        ours = [b for b in bibscan.scan(text) if b.kind is Kind.ENTRY]
        theirs = bibtexparser.parse_string(text).entries
        assert [b.key for b in ours] == [e.key for e in theirs], path.name
        for block, entry in zip(ours, theirs, strict=True):
            values = {name: bibscan.expand(raw, {}) for name, raw in block.fields}
            assert values == {f.key.lower(): f.value for f in entry.fields}, block.key


VALUE = st.text(alphabet=st.characters(blacklist_characters="{}\\@\x00"), max_size=30)
NAME = st.from_regex(r"[a-z][a-z0-9_]{0,9}", fullmatch=True)


@given(st.lists(st.tuples(NAME, VALUE), min_size=1, max_size=6, unique_by=lambda f: f[0]))
def test_written_fields_scan_back(fields: list[tuple[str, str]]) -> None:
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    (block,) = bibscan.scan(f"@article{{key1,\n{body}\n}}\n")
    assert block.kind is Kind.ENTRY
    assert [(n, bibscan.expand(raw, {})) for n, raw in block.fields] == fields


@given(st.text(max_size=200))
def test_any_text_scans_without_error(text: str) -> None:
    for block in bibscan.scan(text):
        assert 0 <= block.start < block.end <= len(text)
