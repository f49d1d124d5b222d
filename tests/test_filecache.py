"""A value built from data files is kept between runs until a file changes (citekit.filecache)."""

import os
import sys

from citekit import filecache


def _files(tmp_path):
    builder, data = tmp_path / "builder.py", tmp_path / "words.txt"
    builder.write_text("# builds the value\n")
    data.write_text("paris\n")
    return builder, data


def _counting_make(calls):
    def make():
        calls.append(1)
        return {"paris": ("place",)}

    return make


def test_the_value_is_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    builder, data = _files(tmp_path)
    calls = []
    first = filecache.kept(str(builder), "index", [data], _counting_make(calls))
    again = filecache.kept(str(builder), "index", [data], _counting_make(calls))
    assert first == again == {"paris": ("place",)}
    assert len(calls) == 1


def test_a_changed_source_or_builder_builds_it_again(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    builder, data = _files(tmp_path)
    calls = []
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    data.write_text("paris\nlyon\n")  # another size
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    os.utime(builder, ns=(0, 1))  # another time of change
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    assert len(calls) == 3


def test_nothing_is_written_where_bytecode_is_not(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    builder, data = _files(tmp_path)
    calls = []
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    assert len(calls) == 2
    assert not (tmp_path / "__pycache__").exists()


def test_a_missing_source_or_a_spoilt_file_only_builds_the_value(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    builder, data = _files(tmp_path)
    calls = []
    assert filecache.kept(str(builder), "index", [tmp_path / "absent.txt"], _counting_make(calls))
    filecache.kept(str(builder), "index", [data], _counting_make(calls))
    for kept in (tmp_path / "__pycache__").iterdir():
        kept.write_bytes(b"not marshal")
    assert filecache.kept(str(builder), "index", [data], _counting_make(calls))
    assert len(calls) == 3
