"""CPU cost of reading a PDF, against today's path: pdftotext, then `citekit extract` on the text.

    python benchmarks/bench_pdf.py [--pages 30] [--repeat 3] [PDF ...]

Without PDF arguments it typesets two long articles (tests/corpus/en_tex.tex and
tests/corpus2/fr_footnotes_tex.tex, each body repeated until the PDF has at least --pages
pages) with benchmarks/typeset.py. For each PDF
it measures, as whole processes, the user+system CPU seconds (best of --repeat) of

- `pdftotext FILE.pdf FILE.txt` + `citekit extract FILE.txt --format json`
- `citekit extract FILE.pdf --format json`

and prints both, their ratio, and the notes each way. Results: benchmarks/RESULTS-pdf.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from typeset import typeset

ROOT = Path(__file__).resolve().parent.parent
CITEKIT = str(Path(sys.executable).with_name("citekit"))
SOURCES = (ROOT / "tests/corpus/en_tex.tex", ROOT / "tests/corpus2/fr_footnotes_tex.tex")


def cpu(argv: list[str]) -> tuple[float, str]:
    """User+system CPU seconds of one process, and its standard output."""
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"bench_pdf: {' '.join(argv)} failed")
        out.seek(0)
        return usage.ru_utime + usage.ru_stime, out.read().decode("utf-8")


def long_article(source: Path, pages: int, work: Path) -> Path:
    """A PDF of at least PAGES pages: the body of SOURCE repeated."""
    text = source.read_text(encoding="utf-8")
    head, rest = text.split(r"\maketitle", 1)
    body, tail = rest.rsplit(r"\end{document}", 1)
    probe = work / "probe.tex"
    probe.write_text(head + r"\maketitle" + body + r"\end{document}" + tail, encoding="utf-8")
    typeset(probe, probe.with_suffix(".pdf"))
    per_copy = _page_count(probe.with_suffix(".pdf"))
    copies = -(-pages // per_copy)
    article = work / f"{source.stem}_{pages}p.tex"
    while True:  # the first copy carries the title: the others take fewer pages
        article.write_text(head + r"\maketitle" + body * copies + r"\end{document}" + tail)
        typeset(article, article.with_suffix(".pdf"))
        made = _page_count(article.with_suffix(".pdf"))
        if made >= pages:
            return article.with_suffix(".pdf")
        copies = -(-copies * pages // made)


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def measure(pdf: Path, repeat: int) -> dict[str, float]:
    """Best-of-REPEAT CPU seconds of both paths, and the notes each finds."""
    txt = pdf.with_suffix(".txt")
    text_path, pdf_path = [], []
    for _ in range(repeat):
        extract_cpu, _ = cpu(["pdftotext", "-enc", "UTF-8", str(pdf), str(txt)])
        parse_cpu, text_report = cpu([CITEKIT, "extract", str(txt), "--format", "json"])
        text_path.append(extract_cpu + parse_cpu)
        pdf_cpu, pdf_report = cpu([CITEKIT, "extract", str(pdf), "--format", "json"])
        pdf_path.append(pdf_cpu)
    return {
        "pages": _page_count(pdf),
        "text": min(text_path),
        "pdf": min(pdf_path),
        "text_notes": len(json.loads(text_report)["notes"]),
        "pdf_notes": len(json.loads(pdf_report)["notes"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        pdfs = args.pdfs or [long_article(s, args.pages, Path(work)) for s in SOURCES]
        print(f"{'document':28} {'pages':>5} {'pdftotext+txt':>14} {'pdf':>7} {'ratio':>6}  notes")
        for pdf in pdfs:
            m = measure(pdf, args.repeat)
            print(
                f"{pdf.name[:28]:28} {m['pages']:5d} {m['text']:13.2f}s {m['pdf']:6.2f}s "
                f"{m['pdf'] / m['text']:6.2f}  {m['text_notes']} / {m['pdf_notes']}"
            )


if __name__ == "__main__":
    main()
