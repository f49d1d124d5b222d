"""Typeset Markdown, LaTeX and Word documents to PDF, as their authors would.

    python benchmarks/typeset.py DOC.md|DOC.tex|DOC.docx ... --out DIR [--engine lualatex]

A .tex file is compiled as written (twice, for the endnotes and references); a .md file
goes through pandoc to LaTeX in A4; a .docx file is exported by LibreOffice, as Word's
"Save as PDF" would. Used by tests/pdf/make_pdfs.py (the committed fixtures) and
benchmarks/eval_pdf.py (the PDF scores); needs pandoc, TeX Live and LibreOffice.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

# pandoc's LaTeX for Markdown: A4, no date stamp, links kept as annotations
PANDOC_ARGS = ("-V", "papersize=a4", "-V", "geometry:margin=2.5cm", "-V", "colorlinks=true")
# reproducible PDFs: no creation date or random IDs
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1700000000", "FORCE_SOURCE_DATE": "1"}


def typeset(source: Path, target: Path, *, engine: str = "pdflatex") -> None:
    """Write the PDF of SOURCE (.md or .tex) to TARGET."""
    import os

    env = {**os.environ, **REPRODUCIBLE}
    with tempfile.TemporaryDirectory() as work:
        if source.suffix == ".docx":
            subprocess.run(
                ["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, str(source)],
                check=True,
                env={**env, "HOME": work},  # a fresh LibreOffice profile each time
                capture_output=True,
            )
            shutil.copy(Path(work) / f"{source.stem}.pdf", target)
            return
        if source.suffix == ".md":
            subprocess.run(
                ["pandoc", str(source), "-o", str(target), f"--pdf-engine={engine}", *PANDOC_ARGS],
                check=True,
                env=env,
                capture_output=True,
            )
            return
        tex = Path(work) / source.name
        shutil.copy(source, tex)
        for _ in range(2):
            subprocess.run(
                [engine, "-interaction=nonstopmode", "-halt-on-error", tex.name],
                cwd=work,
                env=env,
                capture_output=True,
                check=True,
            )
        shutil.copy(tex.with_suffix(".pdf"), target)


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
