"""`citekit notes` on good and bad input: exit codes, one-line errors, JSON on stdout."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit.cli import app
from citekit.errors import ExitCode

NOTES = Path(__file__).parent / "data" / "notes"
CONTRACT_KEYS = {"source", "notes", "entries", "diagnostics"}


def _notes(*args: str):
    return CliRunner().invoke(app, ["notes", *args])


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        ("latin1.txt", "déjà vu".encode("latin-1"), "not valid UTF-8"),
        ("essay.odt", b"PK\x03\x04", "unknown file type '.odt'"),
        ("broken.docx", b"PK\x03\x04 not really", "not a Word .docx file"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<", "damaged or not a PDF file"),
    ],
    ids=["empty", "binary", "undecodable", "unknown-suffix", "broken-docx", "broken-pdf"],
)
def test_unreadable_input_exits_3_with_one_line(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = _notes(str(path))
    assert result.exit_code == ExitCode.INPUT, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("citekit: error: cannot read ")
    assert reason in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr


def test_error_is_a_single_line(tmp_path: Path) -> None:
    path = tmp_path / ("a-long-file-name-" * 4 + ".pdf")
    path.write_bytes(b"%PDF")
    assert len(_notes(str(path)).stderr.strip().splitlines()) == 1


def test_missing_path_is_a_usage_error() -> None:
    result = _notes("no-such-file.txt")
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "Traceback" not in result.stderr


def test_folder_without_documents_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.odt").write_bytes(b"PK")
    result = _notes(str(tmp_path))
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "no documents in" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_report_has_the_contract_keys() -> None:
    result = _notes(str(NOTES / "plain_endnotes.txt"), "--format", "json")
    assert result.exit_code == ExitCode.OK, result.output
    report = json.loads(result.stdout)
    assert set(report) == CONTRACT_KEYS
    assert [n["number"] for n in report["notes"]] == [1, 2, 3]
    assert set(report["notes"][0]) >= {"number", "text", "citations"}


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Body.¹\n\n¹ Smith, Book, p. 3.\n".encode(),
        codecs.BOM_UTF16_LE + "Body.¹\n\n¹ Smith, Book, p. 3.\n".encode("utf-16-le"),
    ],
    ids=["utf8-bom", "utf16-bom"],
)
def test_bom_files_are_read(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    result = _notes(str(path), "--format", "json")
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["notes"][0]["text"] == "Smith, Book, p. 3."


@pytest.mark.parametrize(
    ("extra", "code"),
    [((), ExitCode.FINDINGS), (("--exit-zero",), ExitCode.OK)],
    ids=["findings", "exit-zero"],
)
def test_diagnostics_exit_1_unless_exit_zero(
    tmp_path: Path, extra: tuple[str, ...], code: ExitCode
) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("One.¹ Two.²\n\n¹ Smith, Book, p. 98-\n", encoding="utf-8")
    result = _notes(str(path), "--format", "json", *extra)
    assert result.exit_code == code, result.output
    codes = {d["code"] for d in json.loads(result.stdout)["diagnostics"]}
    assert codes == {"missing-note", "truncated-note"}
