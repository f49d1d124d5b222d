"""citekit.bibrequired: the mandatory fields of biblatex's datamodel met from stated facts only,
checked by rule and, when biber is installed, by `biber --tool --validate-datamodel`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from citekit import bibtex
from citekit.bibflavour import Flavour, to_biblatex, to_bibtex
from citekit.model import Work


def test_a_contribution_without_a_stated_editor_is_a_part_of_a_book() -> None:
    fields = {"author": "Koryagina, T.", "title": "Na konu", "booktitle": "Valentin Pavlov"}
    assert to_biblatex("incollection", dict(fields))[0] == "inbook"
    assert to_biblatex("incollection", fields | {"editor": "Aven, P."})[0] == "incollection"
    assert to_bibtex("incollection", dict(fields))[0] == "incollection"  # BibTeX's own sense


@pytest.mark.parametrize(
    ("note", "title", "date"),
    [
        (
            "Interview with John Smith by the author, London, 12 May 2010",
            "Interview with John Smith by the author, London",
            "2010-05-12",
        ),
        (
            "Conversations with F. Mochulsky, Moscow, 1991-92",
            "Conversations with F. Mochulsky, Moscow",
            "1991/1992",
        ),
        ("E-mail to the author, March 2021", "E-mail to the author", "2021-03"),
        ("His recent interview on the collapse", "His recent interview on the collapse", None),
        ("Letter to the author, 1999-92", "Letter to the author, 1999-92", None),  # no such span
    ],
)
def test_a_personal_communication_is_titled_by_its_description(
    note: str, title: str, date: str | None
) -> None:
    entry_type, fields = to_biblatex("misc", {"note": note})
    assert entry_type == "misc"
    assert fields["title"] == title
    assert fields.get("date") == date
    assert "note" not in fields
    assert fields["entrysubtype"] == "personal"  # biblatex-chicago: plain, unpublished


def test_a_titled_misc_keeps_its_note() -> None:
    fields = to_biblatex("misc", {"title": "Acheson Papers", "note": "Box 3"})[1]
    assert fields["note"] == "Box 3"
    assert "entrysubtype" not in fields


@pytest.mark.parametrize(
    ("volume", "expected", "part"),
    [("II", "2", None), ("XXXV", "35", None), ("xii", "12", None), ("IV/1", "4", "1")]
    + [("3/2", "3", "2"), ("12", "12", None), ("Mix", "Mix", None), ("3-4", "3-4", None)],
)
def test_roman_volumes_are_numbers(volume: str, expected: str, part: str | None) -> None:
    fields = {"author": "A, B", "title": "T", "booktitle": "B", "editor": "E, F", "year": "1972"}
    out = to_biblatex("incollection", fields | {"volume": volume})[1]
    assert out["volume"] == expected
    assert out.get("part") == part


def test_classic_bibtex_keeps_the_volume_as_written() -> None:
    assert to_bibtex("book", {"title": "T", "volume": "IV/1"})[1]["volume"] == "IV/1"


WORKS = (
    Work(
        "a",
        "",
        "incollection",
        {"author": "Lindner, J.", "title": "Pfarrer", "booktitle": "Presse", "year": "2010"},
    ),
    Work("b", "", "misc", {"note": "Personal communication from Dr A. Keane, 3 May 2019"}),
    Work(
        "c",
        "",
        "article",
        {
            "author": "Cammarano, F.",
            "title": "Il moderatismo",
            "journal": "Studi storici",
            "volume": "XXXV",
            "year": "1994",
        },
    ),
    Work(
        "d",
        "",
        "incollection",
        {
            "author": "Benjamin, W.",
            "editor": "Rexroth, T.",
            "title": "Die Aufgabe",
            "booktitle": "Schriften",
            "volume": "IV/1",
            "year": "1972",
        },
    ),
)


@pytest.mark.skipif(not shutil.which("biber"), reason="biber is not installed")
def test_biber_finds_nothing_missing_or_invalid(tmp_path: Path) -> None:
    (tmp_path / "doc.bib").write_text(bibtex.dumps(WORKS, flavour=Flavour.BIBLATEX), "utf-8")
    run = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", "--output-file", "out.bib", "doc.bib"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    log = run.stdout + run.stderr
    assert run.returncode == 0, log
    assert "Datamodel: Entry" not in log, log
