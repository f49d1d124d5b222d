"""The compiled programs kept between runs make the patterns re.compile makes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from citekit import patterncache
from citekit.parse import prefilter

SOURCES = [
    (r"(?P<names>[A-ZÀ-ÖØ-Þ][\w'’-]+),\s+(?P<title>\*[^*]+\*)", 0),
    (r"\bibid\b\.?", re.IGNORECASE),
    (r"(?x) (?P<year> (?:1[5-9]|20)\d\d ) [a-z]?  # a year", 0),
]
TEXTS = ["Radchenko, *Cold History*, 105.", "IBID., p. 3", "Pantsov 1998b", "Ελλάδα, *Τίτλος*"]


def _answers(pattern: re.Pattern[str]) -> list[object]:
    return [(m.span(), m.groupdict()) if (m := pattern.search(t)) else None for t in TEXTS] + [
        pattern.flags,
        pattern.groups,
        dict(pattern.groupindex),
    ]


def test_a_kept_program_makes_the_same_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    try:
        patterncache.install(path)
        with patterncache.declaring():
            made = [re.compile(s, f) for s, f in SOURCES]
        patterncache.save(path)
    finally:
        patterncache.uninstall()
        re.purge()
    loaded, _ = patterncache.load(path)
    assert {(s, int(f)) for s, f in SOURCES} <= set(loaded)
    try:
        patterncache.install(path)
        again = [re.compile(s, f) for s, f in SOURCES]  # from the file, not compiled
    finally:
        patterncache.uninstall()
        re.purge()
    for one, other, (source, flags) in zip(made, again, SOURCES, strict=True):
        assert _answers(one) == _answers(other) == _answers(re.compile(source, flags))


def test_a_pattern_made_from_a_note_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    try:
        patterncache.install(path)
        re.compile(r"(?<!\w)Karpinski(?!\w)")  # after the imports, by no declaring helper
        assert not patterncache._state["changed"]
    finally:
        patterncache.uninstall()
        re.purge()


def test_a_file_of_another_engine_or_damaged_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    path.write_bytes(b"\x00not marshal")
    assert patterncache.load(path) == ({}, {})
    other_engine = (0, sys.version, {("a", 0): (0, b"", 0, {}, ())}, {})
    path.write_bytes(__import__("marshal").dumps(other_engine))
    assert patterncache.load(path) == ({}, {})


def test_no_file_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from citekit import patterncache as p;"
        f"p.install(Path({str(tmp_path / 'x.marshal')!r}));"
        "import re; p.compile('[A-Z]+ kept?')"
    )
    subprocess.run([sys.executable, "-B", "-c", code], check=True)
    assert not (tmp_path / "x.marshal").exists()
    writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, env=writing)
    assert (tmp_path / "x.marshal").exists()


def test_a_guard_read_from_the_file_is_the_guard_read_from_the_pattern(tmp_path: Path) -> None:
    path = tmp_path / "programs.marshal"
    pattern = re.compile(r"\b(?:accessed|retrieved|consulté)\s+(?:on\s+)?\d", re.IGNORECASE)
    try:
        patterncache.install(path)
        with patterncache.declaring():
            read = prefilter.cover(pattern)
        patterncache.save(path)
    finally:
        patterncache.uninstall()
    _, derived = patterncache.load(path)
    assert read == derived[("cover", pattern.pattern, int(pattern.flags))]
    assert read == prefilter.cover(pattern)  # no cache installed: read from the pattern
