"""Score citekit on PDFs typeset from documents that have gold, beside their sources.

    python benchmarks/eval_pdf.py --work /tmp/pdfeval [GOLD_DIR ...] [--engine pdflatex]

For every gold file whose document is .md, .tex or .docx, the document is typeset to PDF
(benchmarks/typeset.py) in WORK, its gold is copied there pointing at the PDF, and the
shared evaluator scores three ways: the source, the PDF, and the PDF's text as
pdftotext extracts it (the plain-text path). Prints each mean headline and fields F1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from typeset import typeset

ROOT = Path(__file__).resolve().parent.parent
EVALUATE = Path("/work/shared/eval/evaluate.py")
GOLD_DIRS = ("tests/corpus/gold", "tests/corpus2/gold", "tests/corpus3/gold")
CMD = f"{ROOT / '.venv/bin/citekit'} extract {{doc}} --format json"


def prepare(gold_dirs: list[Path], work: Path, engine: str, patterns: list[str]) -> None:
    """Typeset each .md/.tex/.docx document with gold into WORK; write three gold folders."""
    for variant in ("source", "pdf", "pdftotext"):
        (work / variant).mkdir(parents=True, exist_ok=True)
    for gold_dir in gold_dirs:
        for gold_path in sorted({p for pattern in patterns for p in gold_dir.glob(pattern)}):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            source = _document(gold_dir, gold["document"])
            if source.suffix not in (".md", ".tex", ".docx"):
                continue
            pdf = work / f"{source.name}.pdf"
            try:
                typeset(source, pdf, engine=engine)
            except subprocess.CalledProcessError:
                print(f"eval_pdf: cannot typeset {source}", file=sys.stderr)
                continue
            txt = pdf.with_suffix(".txt")
            subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(txt)], check=True)
            for variant, document in (("source", source), ("pdf", pdf), ("pdftotext", txt)):
                copy = {**gold, "document": str(document)}
                (work / variant / gold_path.name).write_text(json.dumps(copy), encoding="utf-8")


def _document(gold_dir: Path, document: str) -> Path:
    """A gold file's document: relative to the corpus folder, beside the gold, or the project."""
    for candidate in (
        gold_dir.parent / document,
        gold_dir.parent / Path(document).name,
        ROOT / document,
    ):
        if candidate.exists():
            return candidate.resolve()
    return (ROOT / document).resolve()


def score(work: Path, variant: str) -> dict:
    """The evaluator's JSON report for one variant."""
    result = subprocess.run(
        [
            sys.executable,
            str(EVALUATE),
            "--gold",
            str(work / variant),
            "--root",
            "/",
            "--cmd",
            CMD,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def _name(document: str) -> str:
    """The source's name for any of its three documents: "a.md", "a.md.pdf", "a.md.txt"."""
    name = Path(document).name
    return name.removesuffix(".pdf").removesuffix(".txt") if name.count(".") > 1 else name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--engine", default="pdflatex")
    parser.add_argument("--skip-typeset", action="store_true")
    parser.add_argument(
        "--pattern", action="append", help="gold files to take (glob; default *.gold.json)"
    )
    args = parser.parse_args()
    gold_dirs = args.gold_dirs or [ROOT / d for d in GOLD_DIRS]
    if not args.skip_typeset:
        prepare(gold_dirs, args.work, args.engine, args.pattern or ["*.gold.json"])
    print(f"{'document':34} {'source':>8} {'pdf':>8} {'pdftotext':>10}   fields: src / pdf / txt")
    reports = {v: score(args.work, v) for v in ("source", "pdf", "pdftotext")}
    by_stem = {v: {_name(k): r for k, r in reports[v]["documents"].items()} for v in reports}
    for stem in sorted(by_stem["pdf"]):
        rows = [by_stem[v][stem] for v in ("source", "pdf", "pdftotext")]
        fields = " / ".join(f"{r['fields']['f1']:.3f}" if "fields" in r else "-" for r in rows)
        headlines = " ".join(f"{r['headline']:8.3f}" for r in rows)
        print(f"{stem[:34]:34} {headlines}   {fields}")
    means = [reports[v]["mean_headline"] for v in ("source", "pdf", "pdftotext")]
    fields = [_mean_fields(by_stem[v]) for v in ("source", "pdf", "pdftotext")]
    print(
        f"{'mean headline':34} "
        + " ".join(f"{m:8.3f}" for m in means)
        + "   "
        + " / ".join(f"{f:.3f}" for f in fields)
    )


def _mean_fields(rows: dict[str, dict]) -> float:
    """Mean fields F1 over the documents (a failed run counts 0)."""
    values = [r["fields"]["f1"] if "fields" in r else 0.0 for r in rows.values()]
    return sum(values) / len(values)


if __name__ == "__main__":
    main()
