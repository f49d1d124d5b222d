"""Citation keys, LaTeX escaping and the .bib text of citekit.bibtex."""

from __future__ import annotations

import re
from collections import Counter

import bibtexparser
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citekit import bibtex
from citekit.model import Work


def work(entry_type: str = "book", id: str = "w", **fields: str) -> Work:
    return Work(id=id, key="", entry_type=entry_type, fields=fields)


def key_of(**fields: str) -> str:
    return bibtex.assign_keys((work(**fields),))[0].key


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "author": "Radchenko, Sergey",
                "year": "2014",
                "title": "Unwanted Visionaries: The Soviet Failure in Asia",
            },
            "radchenko2014unwanted",
        ),
        (
            {"author": "Радченко, Сергей", "year": "2014", "title": "Нежеланные"},
            "radchenko2014nezhelannye",
        ),
        (
            {"author": "Lüthi, Lorenz M.", "year": "2008", "title": "The Sino-Soviet Split"},
            "luthi2008sinosoviet",
        ),
        ({"author": "Čapek, Karel", "year": "1920", "title": "R.U.R."}, "capek1920rur"),
        ({"author": "毛泽东", "year": "1951", "title": "毛泽东选集"}, "maozedong1951maozedongxuan"),
        (
            {"author": "von Neumann, John", "year": "1944", "title": "Theory of Games"},
            "vonneumann1944theory",
        ),
        (
            {"author": "Neumann, John von", "year": "1944", "title": "Theory of Games"},
            "neumann1944theory",
        ),
        (
            {"author": "{World Bank}", "year": "1993", "title": "The East Asian Miracle"},
            "worldbank1993east",
        ),
        (
            {"author": "others", "editor": "Smith, Anna", "year": "2001", "title": "Essays"},
            "smith2001essays",
        ),
        (
            {"editor": "Ó Gráda, Cormac", "year": "1999", "title": "Black '47 and Beyond"},
            "ograda1999black",
        ),
        ({"title": "Unwanted Visionaries", "year": "2014"}, "unwanted2014visionaries"),
        ({"author": "Smith, John", "title": "A History of Things"}, "smithhistory"),
        ({"author": "Smith, John", "date": "2003-05-01", "title": "Things"}, "smith2003things"),
        ({"author": "Smith, John", "year": "n.d."}, "smith"),
        ({"year": "1999"}, "untitled1999"),
        ({}, "untitled"),
        (
            {"author": "Ferro, Marc", "year": "1990", "title": "L'Occident devant la révolution"},
            "ferro1990occident",
        ),
        (
            {"author": "Klein, Ute", "year": "2001", "title": "Der Die Das und ein Krieg"},
            "klein2001krieg",
        ),
        (
            {"author": "Rossi, Aldo", "year": "1966", "title": "Gli anni di il lo piombo"},
            "rossi1966anni",
        ),
        (
            {"author": "Ortega, José", "year": "1930", "title": "La rebelión de las masas"},
            "ortega1930rebelion",
        ),
        ({"author": "Tolstoy, Lev", "year": "1869", "title": "O voine i mire"}, "tolstoy1869voine"),
        ({"author": "Tolstoy, Lev", "year": "1869", "title": "О войне"}, "tolstoy1869voyne"),
        ({"author": "Doe, Jane", "year": "2020", "title": "The Of And"}, "doe2020"),
        ({"author": "Doe, Jane", "year": "2020", "title": "1968: The Year"}, "doe20201968"),
        (
            {"author": "O'Brien, Conor", "year": "1972", "title": "Hitler's War"},
            "obrien1972hitlers",
        ),
    ],
    ids=[
        "plain",
        "cyrillic",
        "accents",
        "caron-and-dots",
        "cjk",
        "particle-in-family",
        "particle-in-given",
        "corporate",
        "others-then-editor",
        "editor-irish",
        "no-author",
        "no-year",
        "year-from-date",
        "no-title-bad-year",
        "year-only",
        "nothing",
        "french-elision",
        "german-articles",
        "italian-articles",
        "spanish-articles",
        "russian-translit",
        "russian-cyrillic-title",
        "all-stopwords",
        "number-first",
        "apostrophes",
    ],
)
def test_base_keys(fields: dict[str, str], expected: str) -> None:
    assert key_of(**fields) == expected


def test_collisions_get_letters_in_input_order() -> None:
    same = {"author": "Smith, John", "year": "2020", "title": "Things"}
    works = tuple(work(id=f"w{i}", **same) for i in range(4))
    keys = [w.key for w in bibtex.assign_keys(works)]
    assert keys == ["smith2020things", "smith2020thingsa", "smith2020thingsb", "smith2020thingsc"]


def test_collisions_past_z_continue_with_two_letters() -> None:
    works = tuple(work(id=f"w{i}", author="Smith, J.") for i in range(28))
    keys = [w.key for w in bibtex.assign_keys(works)]
    assert keys[26:] == ["smithz", "smithaa"]
    assert len(set(keys)) == 28


def test_suffix_never_reuses_an_existing_key() -> None:
    works = (
        work(id="a", author="Smith, J."),
        work(id="b", author="Smitha, J."),
        work(id="c", author="Smith, J."),
    )
    assert [w.key for w in bibtex.assign_keys(works)] == ["smith", "smitha", "smithb"]


def test_keys_are_deterministic_and_ids_untouched() -> None:
    works = tuple(work(id=f"id{i}", author="Lee, K.", year="1990") for i in range(3))
    first, second = bibtex.assign_keys(works), bibtex.assign_keys(works)
    assert [w.key for w in first] == [w.key for w in second]
    assert [w.id for w in first] == ["id0", "id1", "id2"]


@given(
    st.dictionaries(
        st.sampled_from(["author", "editor", "title", "year", "date"]), st.text(max_size=40)
    )
)
def test_every_key_is_nonempty_ascii(fields: dict[str, str]) -> None:
    key = key_of(**fields)
    assert key
    assert key.isascii()
    assert key == bibtex.NOT_KEY_RE.sub("", key)


@pytest.mark.parametrize(
    ("plain", "escaped"),
    [
        ("Smith & Sons", r"Smith \& Sons"),
        ("50% off", r"50\% off"),
        ("Issue #3", r"Issue \#3"),
        ("a_b $5", r"a\_b \$5"),
        ("C:\\dir", r"C:\textbackslash{}dir"),
        ("x^2 ~ y", r"x\textasciicircum{}2 \textasciitilde{} y"),
        ("The {DNA} story", "The {DNA} story"),
        ("open { only", r"open \textbraceleft{} only"),
        ("} close {", r"\textbraceright{} close \textbraceleft{}"),
    ],
    ids=[
        "ampersand",
        "percent",
        "hash",
        "underscore-dollar",
        "backslash",
        "caret-tilde",
        "balanced-braces-kept",
        "unbalanced-open",
        "unbalanced-both",
    ],
)
def test_escape(plain: str, escaped: str) -> None:
    assert bibtex.escape(plain) == escaped
    assert bibtex.unescape(escaped) == plain


def parse_one(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    (entry,) = library.entries
    return {f.key: f.value for f in entry.fields} | {"ID": entry.key, "ENTRYTYPE": entry.entry_type}


def test_entry_types_fields_and_order() -> None:
    w = work(
        "phdthesis",
        title="Games & Theory",
        author="von Neumann, John",
        year="1944",
        school="Princeton",
        month="March",
        urldate="12 March 2020",
        url="https://example.org/a%20b#c_d",
        doi="10.1000/x_y%z",
    )
    fields = parse_one(bibtex.dumps((w,)))
    assert fields["ENTRYTYPE"] == "thesis"
    assert fields["type"] == "phdthesis"
    assert fields["ID"] == "vonneumann1944games"
    assert fields["title"] == r"Games \& {Theory}"  # capitals braced: a style keeps them
    assert fields["date"] == "1944-03"  # biblatex's date, year and month in one
    assert fields["institution"] == "Princeton"  # biblatex's name for a thesis's school
    assert fields["urldate"] == "2020-03-12"
    assert fields["url"] == "https://example.org/a%20b#c_d"  # verbatim: never escaped
    assert fields["doi"] == "10.1000/x_y%z"
    assert list(fields)[:3] == ["author", "title", "type"]


@pytest.mark.parametrize(
    ("given_type", "expected"),
    [
        ("book", "book"),
        ("incollection", "incollection"),
        ("techreport", "report"),
        ("mastersthesis", "thesis"),
        ("www", "online"),
        ("nonsense", "misc"),
    ],
    ids=["book", "incollection", "techreport", "mastersthesis", "www", "unknown"],
)
def test_entry_type_mapping(given_type: str, expected: str) -> None:
    # author and editor stated: the types whose mandatory fields these are keep their names
    stated = work(given_type, title="T", author="Smith, A.", editor="Jones, B.")
    assert bibtex.to_entry(stated).entry_type == expected


def test_dumps_empty_and_write_bib(tmp_path) -> None:
    assert bibtex.dumps(()) == ""
    out = tmp_path / "out.bib"
    bibtex.write_bib(out, (work(title="Ünïcode", author="Łukasz, Ą"),))
    assert "Ünïcode" in out.read_text(encoding="utf-8")


TEXT_FIELDS = [
    "author",
    "title",
    "booktitle",
    "journal",
    "publisher",
    "address",
    "note",
    "howpublished",
    "series",
    "editor",
]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(TEXT_FIELDS), st.text(min_size=1, max_size=60), min_size=1))
@example({"author": "0{0}"})
@example({"title": '"0"0'})
@example({"title": "{&0}0"})  # an escaped character inside a group
@example({"author": "0", "title": "0", "publisher": "{", "booktitle": "0}1"})  # strays joined
def test_dumps_parses_and_keeps_every_word(fields: dict[str, str]) -> None:
    """Fields move (journal -> journaltitle, a stray field -> addendum) and titles gain
    braces, but bibtexparser reads the entry and no word of any value is lost."""
    text = bibtex.dumps((work("article", **fields),))
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert len(library.entries) == 1
    got = " ".join(_as_read(f.key, f.value) for f in library.entries[0].fields)
    got_words = Counter(re.findall(r"\w+", got))
    for value in fields.values():
        # balanced braces in a value are kept as BibTeX groups, which join what they touch
        as_grouped = CASE_GROUP_RE.sub(r"\1", bibtex.clean_text(value))
        missing = Counter(re.findall(r"\w+", as_grouped)) - got_words
        assert not missing, (value, text)


# a group that protects case ("{A}", "{\\&0}"), not an escaped brace nor a macro's empty "{}"
CASE_GROUP_RE = re.compile(r"(?<!\\)\{((?:[^{}\\]|\\[&%$#_])+)\}")
MKBIBQUOTE_RE = re.compile(r"\\mkbibquote\{([^{}]*)\}")


def _as_read(name: str, value: str) -> str:
    if name in bibtex.NAME_FIELDS:
        value = bibtex.unprotect_names(value)
    # BibTeX reads "{A}\\_" as "A_": case-protecting groups are no part of a word; a
    # quotation's marks part it from what touches it ("\\mkbibquote{0}0" prints “0”0)
    quoted = MKBIBQUOTE_RE.sub(r" \1 ", value)
    grouped = quoted.replace("\\mkbibquote{", "{")
    return bibtex.unescape(CASE_GROUP_RE.sub(r"\1", grouped))


def test_names_of_several_words_without_a_comma_are_braced() -> None:
    text = bibtex.dumps((work(author="International Monetary Fund and Smith, John"),))
    assert "author = {{International Monetary Fund} and Smith, John}" in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=["L", "N", "P", "S"]), min_size=1, max_size=60))
def test_urls_round_trip_verbatim(url: str) -> None:
    text = bibtex.dumps((work("online", title="T", url=url),))
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    value = library.entries[0].fields_dict["url"].value
    assert value == "".join(bibtex.URL_ESCAPES.get(c, c) for c in url)


def test_load_reports_failed_blocks_and_rejects_binary(tmp_path) -> None:
    good = tmp_path / "a.bib"
    good.write_text("@book{a, title={X}}\n@book{b, title={oops}\n", encoding="utf-8")
    library = bibtex.load(good)
    assert [e.key for e in library.entries] == ["a"]
    binary = tmp_path / "b.bib"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(bibtex.UnreadableFile):
        bibtex.load(binary)
