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


KRAMDOWN_POST = """---
title: A post
---
A claim.<sup id="fnref:1"><a href="#fn:1" rel="footnote">1</a></sup>
Another.<sup id="fnref:2"><a href="#fn:2" rel="footnote">2</a></sup>

<div class="footnotes">
    <ol>
        <li class="footnote" id="fn:1">
            <p>Ada Quist, <em>Harbour Lives</em> (Vale: Vale Press, 2001), 12.<a href="#fnref:1"
            title="return to article">&#8617;</a></p>
        </li>

        <li class="footnote" id="fn:2">
            <p>Quist, <em>Harbour Lives</em>, 14.<a href="#fnref:2">&#8617;</a></p>
        </li>
    </ol>
</div>
"""


def test_markdown_post_with_an_indented_html_note_list(tmp_path: Path) -> None:
    """kramdown keeps an HTML block whole across blank lines; CommonMark reads the indented
    <li> after a blank line as code (real20's Jekyll posts): the notes are read all the same."""
    path = tmp_path / "post.md"
    path.write_text(KRAMDOWN_POST, encoding="utf-8")
    from citekit.sources import read

    document = read(path)
    assert [f.number for f in document.footnotes] == [1, 2]
    assert document.footnotes[1].text == "Quist, *Harbour Lives*, 14."


def test_a_back_link_arrow_left_by_a_broken_tag_is_no_text(tmp_path: Path) -> None:
    """ "<em>Vale Veteran</em 8 (1900) … <a href="#fnref:1">&#8617;</a>": the broken end tag
    swallows the link's start, as a browser does; the arrow it leaves is no part of the note."""
    page = KRAMDOWN_POST.replace(
        'Ada Quist, <em>Harbour Lives</em> (Vale: Vale Press, 2001), 12.<a href="#fnref:1"\n',
        '"Proof of Worth," <em>Vale Veteran</em 8 (1900): 114. <a href="#fnref:1"\n',
    )
    path = tmp_path / "post.md"
    path.write_text(page, encoding="utf-8")
    from citekit.sources import read

    assert read(path).footnotes[0].text == '"Proof of Worth," *Vale Veteran*'
