"""Round trip of the .bib citekit writes through real LaTeX toolchains (issue 14).

For every document: `citekit extract DOC -o DOC.bib` (biblatex flavour), compiled with
biblatex-chicago + biber under each engine (pdflatex: babel loading Russian beside the
Latin-script languages, T2A+T1; lualatex: fontspec with DejaVu Serif, which has Cyrillic);
`biber --tool --validate-datamodel` on the same file, its complaints counted by kind; then
the classic flavour (`--bibtex` when citekit has it, else the same file) compiled with natbib
and BibTeX under each .bst (plainnat, abbrvnat, chicago). Counts per document and in total:
entries, biber errors and warnings, LaTeX errors, PDF made, entries with datamodel
violations, BibTeX errors and unknown entry types.

    python -m benchmarks.bib_roundtrip [--citekit .venv/bin/citekit] [--out DIR]
        [--gen-per-style 1] [--engines pdflatex,lualatex] [--bsts plainnat,abbrvnat,chicago]

Documents: seeds/, tests/corpus*/ and one generated document per style of
benchmarks/corpus/out/docs (md), or the paths given as arguments. Needs TeX Live and biber.
Figures for the first engine and .bst keep their plain names (latex_errors, bibtex_errors);
the others are prefixed (lualatex_latex_errors, abbrvnat_bibtex_errors).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC_SUFFIXES = {".txt", ".md", ".tex", ".docx"}
KEY_RE = re.compile(r"^@(\w+)\{([^,\s]+),", re.M)
TIMEOUT = 300

FONTS = {  # engine -> how the document gets fonts for Latin and Cyrillic letters
    "pdflatex": "\\usepackage[T2A,T1]{fontenc}\n\\usepackage[utf8]{inputenc}",
    "lualatex": "\\usepackage{fontspec}\n\\setmainfont{DejaVu Serif}",
}
BIBLATEX_TEX = r"""\documentclass{article}
%FONTS%
\usepackage[russian,ngerman,french,dutch,english]{babel}
\usepackage{csquotes}
\usepackage[notes,backend=biber,autolang=other,language=auto]{biblatex-chicago}
\addbibresource{doc.bib}
\begin{document}
%CITES%
\printbibliography
\end{document}
"""

NATBIB_TEX = r"""\documentclass{article}
\usepackage[%ENCODINGS%]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[%LANGUAGES%]{babel}
\usepackage{url}
\usepackage{natbib}
\begin{document}
%CITES%
\bibliographystyle{%BST%}
\bibliography{doc}
\end{document}
"""


def documents(args: argparse.Namespace) -> list[Path]:
    """The documents to run, from the arguments or the default corpora."""
    if args.docs:
        return [Path(d) for d in args.docs]
    found = sorted((ROOT / "seeds").glob("*.txt"))
    for corpus in sorted(ROOT.glob("tests/corpus*")):
        if corpus.name != "corpus_tools":
            found += sorted(p for p in corpus.iterdir() if p.suffix in DOC_SUFFIXES)
    gen = ROOT / "benchmarks/corpus/out/docs"
    for style in sorted(gen.iterdir()) if gen.is_dir() else ():
        found += sorted(style.glob("*.md"))[: args.gen_per_style]
    return found


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            cmd, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(cmd, 124, "", "timeout")


def cites(bib: str, macro: str) -> str:
    """Each key cited twice in a row (a full then a short note under biblatex-chicago)."""
    keys = [key for kind, key in KEY_RE.findall(bib) if kind.lower() not in {"string", "comment"}]
    return "\n".join(f"Text{macro}{{{k}}} and again{macro}{{{k}}}." for k in keys)


def fresh(work: Path) -> None:
    """Nothing left from an earlier run: a stale .bbl would be read before biber runs."""
    for suffix in (".aux", ".bbl", ".bcf", ".blg", ".log", ".pdf", ".run.xml"):
        (work / f"doc{suffix}").unlink(missing_ok=True)


def latex_errors(log: Path) -> int:
    if not log.exists():
        return 1
    text = log.read_text(errors="replace")
    return sum(1 for line in text.splitlines() if line.startswith("!"))


def biblatex_round(work: Path, bib: str, engine: str = "pdflatex") -> dict:
    """ENGINE, biber, ENGINE twice, in WORK/ENGINE: errors, warnings, PDF made."""
    work = work / engine
    work.mkdir(exist_ok=True)
    (work / "doc.bib").write_text(bib)
    tex = BIBLATEX_TEX.replace("%FONTS%", FONTS[engine])
    (work / "doc.tex").write_text(tex.replace("%CITES%", cites(bib, r"\autocite")))
    latex = [engine, "-interaction=nonstopmode", "doc.tex"]
    fresh(work)
    run(latex, work)
    run(["biber", "doc"], work)
    blg = (work / "doc.blg").read_text(errors="replace") if (work / "doc.blg").exists() else ""
    run(latex, work)
    run(latex, work)
    log = work / "doc.log"
    return {
        "biber_errors": blg.count("ERROR -"),
        "biber_warnings": blg.count("WARN -"),
        "latex_errors": latex_errors(log),
        # a glyph the font lacks is no LaTeX error, but a reader sees a hole in the text
        "missing_glyphs": log.read_text(errors="replace").count("Missing character")
        if log.exists()
        else 0,
        "pdf": (work / "doc.pdf").exists(),
    }


# biber's complaint -> its kind: a mandatory field missing, or a field the type has no place for
DM_KINDS = (
    ("dm_no_date", re.compile(r"one of 'date, year'")),
    ("dm_no_author", re.compile(r"Missing mandatory field 'author'")),
    ("dm_no_title", re.compile(r"Missing mandatory field 'title'")),
    ("dm_no_other", re.compile(r"Missing mandatory field")),
    ("dm_invalid", re.compile(r"Invalid")),
)


def datamodel(work: Path) -> dict:
    """Entries with at least one violation, from biber's datamodel validation."""
    done = run(
        ["biber", "--tool", "--validate-datamodel", "--output-file", "dm_out.bib", "doc.bib"],
        work,
    )
    text = done.stdout + done.stderr
    complaints = re.findall(r"Datamodel: Entry '([^']+)' \([^)]*\): (.*)", text)
    out = {
        "dm_entries": len({key for key, _ in complaints}),
        "dm_messages": len(complaints),
        # a missing mandatory field is data the document does not state; the rest is placement
        "dm_misplaced_entries": len({k for k, m in complaints if m.startswith("Invalid")}),
        "dm_sample": [m for _, m in complaints if "Invalid" in m][:3],
    }
    for name, _ in DM_KINDS:
        out[name] = 0
    for _key, message in complaints:
        name = next(name for name, kind in DM_KINDS if kind.search(message))
        out[name] += 1
    return out


def natbib_round(work: Path, bib: str, bst: str = "plainnat") -> dict:
    """natbib + BST with BibTeX and pdflatex, in WORK/nat (WORK/nat-BST for other styles)."""
    nat = work / ("nat" if bst == "plainnat" else f"nat-{bst}")
    nat.mkdir(exist_ok=True)
    (nat / "doc.bib").write_text(bib)
    # a .bst switches no language: a .bib in Cyrillic needs a Russian main language
    russian = bool(re.search(r"[\u0400-\u04ff]|\\cyr|\\CYR", bib))
    tex = NATBIB_TEX.replace("%CITES%", cites(bib, r"\citep")).replace("%BST%", bst)
    tex = tex.replace("%ENCODINGS%", "T1,T2A" if russian else "T2A,T1")
    tex = tex.replace("%LANGUAGES%", "english,russian" if russian else "russian,english")
    (nat / "doc.tex").write_text(tex)
    fresh(nat)
    run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], nat)
    done = run(["bibtex", "doc"], nat)
    run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], nat)
    run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], nat)
    out = done.stdout
    errors = re.search(r"There (?:was|were) (\d+|one) error", out)
    return {
        "bibtex_errors": 0
        if not errors
        else (1 if errors.group(1) == "one" else int(errors.group(1))),
        "unknown_types": len(re.findall(r"entry type for .* isn't style-file defined", out)),
        "nat_latex_errors": latex_errors(nat / "doc.log"),
        "nat_pdf": (nat / "doc.pdf").exists(),
    }


def prefixed(row: dict, prefix: str) -> dict:
    return {f"{prefix}_{k}" if prefix else k: v for k, v in row.items()}


def extract_bib(args: argparse.Namespace, doc: Path, target: Path, *options: str) -> str:
    """The .bib citekit writes for DOC ('' when it writes none)."""
    target.unlink(missing_ok=True)
    cmd = [args.citekit, "extract", str(doc.resolve()), "-f", "json", "-o", str(target)]
    run([*cmd, "--exit-zero", *options], ROOT)
    return target.read_text() if target.exists() else ""


def one(doc: Path, args: argparse.Namespace, bibtex_flag: bool) -> dict:
    name = doc.relative_to(ROOT) if doc.is_absolute() and doc.is_relative_to(ROOT) else doc
    work = args.out / re.sub(r"[^\w.-]+", "_", str(name))
    work.mkdir(parents=True, exist_ok=True)
    bib = extract_bib(args, doc, work / "doc.bib")
    row: dict = {"doc": str(doc), "entries": len(KEY_RE.findall(bib))}
    if not bib:
        return row
    for n, engine in enumerate(args.engines):
        row |= prefixed(biblatex_round(work, bib, engine), "" if n == 0 else engine)
    row |= datamodel(work)
    classic = extract_bib(args, doc, work / "classic.bib", "--bibtex") if bibtex_flag else bib
    for n, bst in enumerate(args.bsts):
        row |= prefixed(natbib_round(work, classic, bst), "" if n == 0 else bst)
    return row


def totals(rows: list[dict]) -> dict:
    """Every count summed over the documents; PDFs missing and documents with errors counted."""
    names = sorted({k for r in rows for k, v in r.items() if type(v) is int})
    out = {k: sum(r.get(k, 0) for r in rows) for k in names}
    out["documents"] = len(rows)
    for pdf in sorted({k for r in rows for k in r if k.endswith("pdf")}):
        out[f"no_{pdf}"] = sum(1 for r in rows if r.get("entries") and not r.get(pdf))
    for errors in sorted({k for r in rows for k in r if k.endswith("latex_errors")}):
        out[f"docs_with_{errors}"] = sum(1 for r in rows if r.get(errors))
    if out.get("entries"):
        out["dm_entries_percent"] = round(100 * out.get("dm_entries", 0) / out["entries"], 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="*")
    parser.add_argument("--citekit", default=str(ROOT / ".venv/bin/citekit"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/bib_roundtrip"))
    parser.add_argument("--gen-per-style", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write every row to this file")
    parser.add_argument("--engines", default="pdflatex,lualatex", help="biblatex engines")
    parser.add_argument("--bsts", default="plainnat,abbrvnat,chicago", help="natbib styles")
    args = parser.parse_args(argv)
    args.engines = [e for e in args.engines.split(",") if e]
    args.bsts = [b for b in args.bsts.split(",") if b]
    needed = ["biber", "bibtex", "pdflatex", *args.engines]
    if not all(shutil.which(tool) for tool in needed):
        print(f"bib_roundtrip: needs {', '.join(sorted(set(needed)))}", file=sys.stderr)
        return 2
    help_text = run([args.citekit, "extract", "--help"], ROOT).stdout
    bibtex_flag = "--bibtex" in help_text
    rows = []
    for doc in documents(args):
        row = one(doc, args, bibtex_flag)
        rows.append(row)
        flags = " ".join(
            f"{k}={v}" for k, v in row.items() if k != "doc" and v and k != "dm_sample"
        )
        print(f"{row['doc']}: {flags}", flush=True)
    summary = totals(rows)
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"totals": summary, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
