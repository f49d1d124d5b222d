"""A library read as a stream of segments: nothing lost, encodings found, damage confined."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import bibsource
from citekit.bibscan import Kind
from citekit.errors import UnreadableFile

LIBRARY = (
    "% exported 2024\r\n"
    "@string{oup = {Oxford University Press}}\r\n"
    "@book{a,\r\n  title = {Grüße},\r\n  publisher = oup\r\n}\r\n"
    "\r\n"
    "@book{broken, title = {never closed\r\n"
    "@article{b, title = {B}} @misc{c, title = {C}}\r\n"
)


def test_segments_hold_all_the_text_and_begin_at_block_lines() -> None:
    parts = list(bibsource.segments(bibsource.from_text(LIBRARY)))
    assert "".join(p.text for p in parts) == LIBRARY  # line ends kept as they were
    assert [p.line for p in parts] == [1, 2, 3, 8, 9]


def test_blocks_keep_their_lines_across_segments() -> None:
    found = [(str(b.kind), b.line, b.key) for b in bibsource.blocks(bibsource.from_text(LIBRARY))]
    assert found == [
        ("string", 2, ""),
        ("entry", 3, "a"),
        ("failed", 8, ""),
        ("entry", 9, "b"),
        ("entry", 9, "c"),
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("@book{a, title = {Grüße}}\n".encode(), "utf-8-sig"),
        (b"\xef\xbb\xbf@book{a, title = {Gr\xc3\xbc\xc3\x9fe}}\n", "utf-8-sig"),
        (b"@book{a, title = {Gr\xfc\xdfe}}\n", "latin-1"),
    ],
    ids=["utf-8", "utf-8-bom", "latin-1"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "lib.bib"
    path.write_bytes(data)
    source = bibsource.open_file(path)
    assert source.encoding == encoding
    (block,) = bibsource.blocks(source)
    assert (block.kind, dict(block.fields)["title"]) == (Kind.ENTRY, "{Grüße}")


@pytest.mark.parametrize(
    ("data", "why"),
    [(b"@book{a}\x00\x01", "binary data"), (None, "No such file")],
    ids=["binary", "missing"],
)
def test_unreadable_files(tmp_path: Path, data: bytes | None, why: str) -> None:
    path = tmp_path / "lib.bib"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(UnreadableFile, match=why):
        bibsource.open_file(path)


@given(st.lists(st.sampled_from(["@book{k, t = {x}}\n", "text\n", "@@\n", " @misc(y)\n", "\n"])))
def test_segments_never_lose_text(lines: list[str]) -> None:
    text = "".join(lines)
    assert "".join(p.text for p in bibsource.segments(bibsource.from_text(text))) == text
