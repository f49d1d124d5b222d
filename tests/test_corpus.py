"""A corpus in one command: documents and folders, worker processes, one merged library."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import citekit
from citekit import corpus
from citekit.cli import app
from citekit.errors import ExitCode
from citekit.library import merge_reports
from citekit.model import Report, Work

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.is_file())


def _invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def _report(*works: Work) -> Report:
    return Report(source="doc", notes=(), citations=(), works=works, diagnostics=())


def _work(work_id: str, **fields: str) -> Work:
    return Work(id=work_id, key="", entry_type="book", fields=fields)


LUKACS = {"author": "Lukács, Georg", "title": "La théorie du roman", "year": "1963"}


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    """Three copies of the development corpus, in nested folders, with a hidden one."""
    for folder in ("a", "b/c", ".hidden"):
        shutil.copytree(CORPUS, tmp_path / folder, ignore=shutil.ignore_patterns("gold"))
    return tmp_path


def test_folders_are_walked_in_path_order_for_known_suffixes(tmp_path: Path) -> None:
    for name in ("b.md", "a/z.txt", "a/y.odt", ".git/x.txt", "c.TEX"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = corpus.expand([tmp_path, tmp_path / "b.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a/z.txt", "b.md", "c.TEX"]


def test_one_work_in_two_documents_is_one_entry_with_the_fields_of_both() -> None:
    first = _report(_work("w1", **LUKACS, address="Paris"), _work("w2", title="Other", year="1990"))
    second = _report(_work("w1", **LUKACS, publisher="Gonthier"))
    library = merge_reports([first, None, second])
    assert [w.key for w in library.works] == ["lukacs1963theorie", "other1990"]
    assert library.works[0].fields == {**LUKACS, "address": "Paris", "publisher": "Gonthier"}
    assert library.keys[(0, "w1")] == library.keys[(2, "w1")] == "lukacs1963theorie"


def test_different_works_with_one_stem_get_distinct_keys() -> None:
    one = _report(_work("w1", **LUKACS))
    other = _report(_work("w1", author="Lukács, Georg", title="Théorie de Platon", year="1963"))
    library = merge_reports([one, other])
    # works sharing a stem take their next title words, whatever their order (issue 14)
    assert [w.key for w in library.works] == ["lukacs1963theorieroman", "lukacs1963theorieplaton"]


def test_copies_of_a_corpus_give_the_library_of_one(copies: Path, tmp_path: Path) -> None:
    once, thrice = tmp_path / "once.bib", tmp_path / "thrice.bib"
    assert _invoke("extract", str(copies / "a"), "-o", str(once), "-j", "1").exit_code == 1
    result = _invoke("extract", str(copies), str(copies / "a"), "-o", str(thrice), "-j", "2")
    assert result.exit_code == ExitCode.FINDINGS, result.output
    assert f"{2 * len(DOCUMENTS)} documents" in result.stderr  # hidden folder and repeats out
    assert thrice.read_text() == once.read_text()
    singles = sum(len(citekit.extract(p).works) for p in DOCUMENTS)
    assert once.read_text().count("\n@") + 1 == singles  # these documents share no work


def test_json_lines_name_the_library_keys_and_the_failed_document(copies: Path) -> None:
    (copies / "a" / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    result = _invoke("extract", str(copies / "a"), "-f", "json", "-j", "2")
    assert result.exit_code == ExitCode.FINDINGS
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(DOCUMENTS) + 1
    assert lines[0] == {
        "source": str(copies / "a" / "broken.pdf"),
        "error": f"cannot read '{copies / 'a' / 'broken.pdf'}': damaged or not a PDF file",
    }
    assert "broken.pdf': damaged or not a PDF file (skipped)" in result.stderr
    library = _invoke("extract", str(copies / "a"), "-f", "bibtex", "-j", "1").stdout
    for report in lines[1:]:
        assert {e["ID"] for e in report["entries"]} <= {
            line.split("{", 1)[1].rstrip(",") for line in library.splitlines() if "@" in line[:1]
        }


def test_a_corpus_of_failures_fails_as_a_document_would(tmp_path: Path) -> None:
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_bytes(b"")
    result = _invoke("notes", str(tmp_path), "-f", "json")
    assert result.exit_code == ExitCode.INPUT
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        str(tmp_path / "x.txt"),
        str(tmp_path / "y.txt"),
    ]


def test_notes_of_several_documents_are_one_report_a_line() -> None:
    result = _invoke("notes", *map(str, DOCUMENTS[:2]), "-f", "json", "--exit-zero")
    assert result.exit_code == ExitCode.OK, result.output
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in reports] == [str(p) for p in DOCUMENTS[:2]]
    assert all(r["entries"] == [] and r["notes"] for r in reports)


def test_one_document_keeps_its_single_report() -> None:
    result = _invoke("extract", str(DOCUMENTS[0]), "-f", "json")
    expected = citekit.to_dict(citekit.extract(DOCUMENTS[0]))
    assert json.loads(result.stdout) == expected
    assert "\n  " in result.stdout  # the indented single report, not a JSON line
