"""Characters pdflatex cannot print in a .bib (issue 14): told, and written as accents in
the classic flavour where LaTeX has them; the table checked against pdflatex when installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit import bibtex, latexchars
from citekit.bibflavour import Flavour
from citekit.cli import app
from citekit.model import Work


def test_letters_that_decompose_into_kernel_accents() -> None:
    assert latexchars.accent_macros("Ḥ") == r"{\d{H}}"
    assert latexchars.accent_macros("ṝ") == r"{\={\d{r}}}"  # dot below, then macron
    assert latexchars.accent_macros("Ḫ") is None  # breve below: no kernel accent
    assert latexchars.accent_macros("ʿ") is None
    assert latexchars.accent_macros("ά") is None  # Greek base letter


@pytest.mark.parametrize(
    ("char", "printable"),
    [("a", True), ("é", True), ("ḥ", True), ("Ж", True), ("Ḥ", False), ("Ḫ", False), ("α", False)],
)
def test_what_pdflatex_prints(char: str, printable: bool) -> None:
    assert latexchars.printable_by_pdflatex(char) is printable


def test_unprintable_characters_name_their_entries() -> None:
    bib = "@book{a,\n  title = {Ḫatti},\n}\n\n@book{b,\n  title = {ʿAlī and Ḫ},\n}\n"
    assert latexchars.unprintable(bib) == {"Ḫ": ["a", "b"], "ʿ": ["b"]}
    assert latexchars.unprintable("@book{c,\n  title = {Lüthi},\n}\n") == {}


def test_warnings_say_the_way_out() -> None:
    bib = "@book{k,\n  author = {Ḥasan, Aḥmad},\n  title = {Ḫatti},\n}\n"
    said = latexchars.unprintable_warnings(bib)
    assert len(said) == 2
    assert said[0].startswith("'Ḥ' (U+1E24) in k:")
    assert "--output-safechars" in said[0]
    assert r"\DeclareUnicodeCharacter{1E2A}" in said[1]


def test_classic_flavour_writes_transliteration_letters_as_accents() -> None:
    work = Work(
        id="w", key="", entry_type="book", fields={"author": "Ḥasan, Aḥmad", "title": "Ṣūfī"}
    )
    text = bibtex.dumps((work,), flavour=Flavour.BIBTEX)
    assert r"{\d{H}}asan, A{\d{h}}mad" in text
    assert text.isascii()


def test_extract_warns_on_stderr_and_keeps_its_exit_code(tmp_path: Path) -> None:
    doc = tmp_path / "essay.md"
    doc.write_text(
        "Text.[^1]\n\n[^1]: Einar Schuler, *Die Ḫatti-Verträge* (Berlin: de Gruyter, 1965), 12.\n",
        encoding="utf-8",
    )
    run = CliRunner().invoke(app, ["extract", str(doc), "-o", str(tmp_path / "e.bib")])
    assert run.exit_code == 0, run.output
    assert "citekit: warning: e.bib: 'Ḫ' (U+1E2A) in schuler1965hattivertrage" in run.stderr
    classic = CliRunner().invoke(app, ["extract", str(doc), "-f", "bibtex", "--bibtex"])
    assert "'Ḫ' (U+1E2A)" in classic.stderr  # no accent can write it in either flavour


LATEX_DOC = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\begin{document}
%s
\end{document}
"""


@pytest.mark.skipif(not shutil.which("pdflatex"), reason="pdflatex is not installed")
@pytest.mark.parametrize("char", ["ḥ", "ş", "Ḥ", "Ḫ", "ʿ"])
def test_the_table_agrees_with_pdflatex(char: str, tmp_path: Path) -> None:
    (tmp_path / "c.tex").write_text(LATEX_DOC % char, encoding="utf-8")
    subprocess.run(
        ["pdflatex", "-interaction=nonstopmode", "c.tex"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
    )
    log = (tmp_path / "c.log").read_text(errors="replace")
    stopped = "not set up for use with LaTeX" in log
    assert stopped is not latexchars.printable_by_pdflatex(char)
