"""Typeset Markdown, LaTeX and Word documents to PDF, as their authors would.

    python benchmarks/typeset.py DOC.md|DOC.tex|DOC.docx ... --out DIR [--engine lualatex]

A .tex file is compiled as written (LaTeX, then biber or BibTeX when it cites from a .bib,
then LaTeX twice for the endnotes and references; lualatex when pdflatex cannot set its
characters); a .md file goes through pandoc to LaTeX in A4 (lualatex with DejaVu Serif
when pdflatex cannot); a .docx file is exported by LibreOffice, as Word's "Save as PDF"
would. Used by tests/pdf/make_pdfs.py (the committed fixtures) and benchmarks/eval_pdf.py
(the PDF scores); needs pandoc, TeX Live and LibreOffice.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

# pandoc's LaTeX for Markdown: A4, no date stamp, links kept as annotations
PANDOC_ARGS = ("-V", "papersize=a4", "-V", "geometry:margin=2.5cm", "-V", "colorlinks=true")
# for text beyond Latin Modern (Cyrillic, Greek, ...): lualatex with a font that has it
UNICODE_FONT = ("-V", "mainfont=DejaVu Serif")
# reproducible PDFs: no creation date or random IDs
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1"}


def typeset(source: Path, target: Path, *, engine: str = "pdflatex") -> None:
    """Write the PDF of SOURCE (.md, .tex or .docx) to TARGET."""
    env = {**os.environ, **REPRODUCIBLE}
    with tempfile.TemporaryDirectory() as work:
        if source.suffix == ".docx":
            office = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", work]
            _run([*office, str(source)], work, {**env, "HOME": work})  # a fresh profile
            shutil.copy(Path(work) / f"{source.stem}.pdf", target)
        elif source.suffix == ".md":
            try:
                _pandoc(source, target, engine, work, env)
            except subprocess.CalledProcessError:  # characters pdflatex's fonts lack
                _pandoc(source, target, "lualatex", work, env, *UNICODE_FONT)
        else:
            try:
                _latex(source, Path(work), engine, env)
            except subprocess.CalledProcessError:
                _latex(source, Path(work), "lualatex", env)
            shutil.copy(Path(work) / f"{source.stem}.pdf", target)


def _pandoc(
    source: Path, target: Path, engine: str, work: str, env: dict[str, str], *extra: str
) -> None:
    pandoc = ["pandoc", str(source), "-o", str(target), f"--pdf-engine={engine}"]
    _run([*pandoc, *PANDOC_ARGS, *extra], work, env)


def _latex(source: Path, work: Path, engine: str, env: dict[str, str]) -> None:
    """Compile SOURCE in WORK as its author would: LaTeX, biber or BibTeX, LaTeX twice."""
    tex = work / source.name
    shutil.copy(source, tex)
    # the source's folder stays on the search path: its .bib files, images, styles
    env = {**env, "TEXINPUTS": f"{source.parent}:", "BIBINPUTS": f"{source.parent}:"}
    latex = [engine, "-interaction=nonstopmode", "-halt-on-error", tex.name]
    _run(latex, work, env)
    if tex.with_suffix(".bcf").exists():
        _run(["biber", "--input-directory", str(source.parent), tex.stem], work, env)
    elif "\\bibdata" in tex.with_suffix(".aux").read_text(errors="replace"):
        _run(["bibtex", tex.stem], work, env)
    _run(latex, work, env)
    _run(latex, work, env)


def _run(argv: list[str], cwd: str | Path, env: dict[str, str]) -> None:
    subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--engine", default="pdflatex")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for source in args.sources:
        typeset(source, args.out / f"{source.stem}.pdf", engine=args.engine)


if __name__ == "__main__":
    main()
