"""Output files: links followed, modes kept, streams written into, inputs and folders refused."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from citekit import atomic
from citekit.errors import ExitCode, OutputError, OutputRefused


def test_a_new_file_is_written_with_the_umask_mode(tmp_path: Path) -> None:
    out = tmp_path / "new.bib"
    assert atomic.write_text(out, "@book{a}\n")
    assert out.read_text(encoding="utf-8") == "@book{a}\n"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_the_mode_of_the_file_replaced_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "private.bib"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    atomic.write_text(out, "new")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["private.bib"]  # no temporary file left


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    library = tmp_path / "real" / "library.bib"
    library.parent.mkdir()
    library.write_text("old", encoding="utf-8")
    link = tmp_path / "link.bib"
    link.symlink_to(library)
    atomic.write_text(link, "new")
    assert link.is_symlink()
    assert library.read_text(encoding="utf-8") == "new"


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.bib"
    link.symlink_to(tmp_path / "target.bib")
    atomic.write_text(link, "new")
    assert link.is_symlink()
    assert (tmp_path / "target.bib").read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_the_input_document_is_never_overwritten(tmp_path: Path, how: str) -> None:
    document = tmp_path / "essay.txt"
    document.write_text("the essay", encoding="utf-8")
    out = tmp_path / "out.bib"
    if how == "same":
        out = document
    elif how == "symlink":
        out.symlink_to(document)
    else:
        os.link(document, out)
    with pytest.raises(OutputRefused, match="it is the input document") as caught:
        atomic.write_text(out, "@book{a}", protect=(document,))
    assert caught.value.exit_code == ExitCode.USAGE
    assert document.read_text(encoding="utf-8") == "the essay"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputRefused, match="it is a directory"):
        atomic.write_text(tmp_path, "x")


def test_a_character_device_is_written_into_not_replaced(char_device: str) -> None:
    before = os.stat(char_device)
    assert atomic.write_text(char_device, "@book{a}\n")
    after = os.stat(char_device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_pipe_is_written_into(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    atomic.write_text(fifo, "@book{a}\n")
    reader.join(timeout=10)
    assert received == ["@book{a}\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_nothing_to_write_keeps_a_file_with_content(tmp_path: Path) -> None:
    out = tmp_path / "library.bib"
    out.write_text("@book{kept}\n", encoding="utf-8")
    assert not atomic.write_text(out, "")
    assert out.read_text(encoding="utf-8") == "@book{kept}\n"
    empty = tmp_path / "empty.bib"
    empty.write_text("", encoding="utf-8")
    assert atomic.write_text(empty, "")  # nothing lost: an empty file stays empty


def test_an_unwritable_folder_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "out.bib"
    with pytest.raises(OutputError, match="cannot write"):
        atomic.write_text(out, "x")
