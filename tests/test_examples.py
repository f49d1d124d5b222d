"""examples/dask_bag.py writes the library `citekit extract FOLDER -o` writes (dask installed)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _example():
    spec = importlib.util.spec_from_file_location("dask_bag", ROOT / "examples" / "dask_bag.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_bag_on_two_local_workers_gives_the_command_line_library(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    folder = tmp_path / "docs"
    for copy in ("one", "two"):
        shutil.copytree(CORPUS, folder / copy, ignore=shutil.ignore_patterns("gold"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    cli_bib, dask_bib = tmp_path / "cli.bib", tmp_path / "dask.bib"
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(cli_bib), "-j", "1"])
    assert result.exit_code == 1, result.output
    assert _example().main([str(folder), str(dask_bib), "--workers", "2"]) == 1
    assert dask_bib.read_text() == cli_bib.read_text()
    assert dask_bib.read_text().count("@") > 50
