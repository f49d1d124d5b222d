"""The readers seen from the command line: formats that are not what they claim, web addresses."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit.cli import app
from citekit.errors import ExitCode


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("essay.docx", b"<html><body>a web page</body></html>", "not a Word .docx file"),
        ("page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary"),
        ("page.htm", b"PK\x03\x04\x14\x00\x06\x00", "binary"),
        ("essay.tex", b"\x00\x01\x02\x03", "binary"),
    ],
    ids=["docx-not-zip", "html-png", "htm-zip", "tex-binary"],
)
def test_a_file_not_in_its_claimed_format_exits_3(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == ExitCode.INPUT, result.output
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr


@pytest.mark.parametrize(
    "address", ["https://example.org/essay.html", "http://example.org/a", "www.example.org/a"]
)
@pytest.mark.parametrize("command", ["notes", "extract", "backrefs", "duplicates"])
def test_a_web_address_is_refused_with_a_hint(command: str, address: str) -> None:
    result = CliRunner().invoke(app, [command, address])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "save the page as .html" in result.stderr
    assert "Traceback" not in result.stderr
