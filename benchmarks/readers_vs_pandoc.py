"""Do citekit's readers find the notes pandoc finds? One table a file, then totals.

    python -m benchmarks.readers_vs_pandoc DIR_OR_FILE... [--show N] [--json OUT]

For each Markdown, LaTeX, Word or HTML file, pandoc (2.17) reads it to its JSON AST and the
notes it holds (Note elements, in document order, as plain text) are the reference;
citekit's notes are those `citekit notes`/`extract` find (pipeline.find_notes). The two
lists are aligned in order by text likeness (rapidfuzz): a pair is *agreed* when the
normalised texts are near-identical (ratio >= 90), *differs* when they are alike enough to
be the same note (>= 50) but not that alike; pandoc's notes left over are *missed*,
citekit's *extra*. *numbered* counts pairs whose citekit number is pandoc's place (1, 2, …)
or that place plus one offset the whole file shares (a chapter that goes on counting).

Where pandoc is not what a reader of the page sees (a `[^label]` kramdown reads inside a
list that pandoc does not, HTML notes that pandoc's reader keeps as links), the figures say
where the two part, not which is right: look at the pairs `--show` prints.
The documents are not part of the repository (benchmarks/DEVDATA.md says where they are).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from citekit.inline import ITALIC_MARK, LITERAL_ASTERISK
from citekit.pipeline import find_notes

PANDOC_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".tex": "latex",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
AGREE, ALIKE = 90.0, 50.0
# what a reader of the typeset page sees as notes, where pandoc's LaTeX reader drops them
LATEX_NOTES = (
    "\\providecommand{\\endnote}[1]{\\footnote{#1}}\n"
    "\\providecommand{\\footnotetext}[2][]{\\footnote{#2}}\n"
    "\\providecommand{\\footnotemark}[1][]{}\n"
)
QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        LITERAL_ASTERISK: "*",
    }
)


@dataclass
class FileResult:
    path: str
    pandoc: int = 0
    citekit: int = 0
    agreed: int = 0
    differs: int = 0
    missed: int = 0
    extra: int = 0
    numbered: int = 0
    error: str = ""
    pairs: list[tuple[int | None, int | None, float, str, str]] = field(default_factory=list)


def normalised(text: str) -> str:
    """Whitespace collapsed, curly quotes and dashes straightened, italics marks gone."""
    text = text.replace("*", "").translate(QUOTES)
    return " ".join(text.split())


# ---- pandoc's notes -------------------------------------------------------------------


def pandoc_notes(path: Path, *, italics: bool = False) -> list[str]:
    """The plain text of every Note pandoc finds, in document order (nested notes apart);
    ITALICS: emphasis marked as citekit's readers mark it (citekit.inline.ITALIC_MARK)."""
    fmt = PANDOC_FORMATS[path.suffix.lower()]
    if fmt == "markdown":
        fmt = "markdown-citations"  # [@key] stays text, as it does for a reader of the source
    if fmt == "latex":  # pandoc drops \\endnote and \\footnotetext: given as notes here
        source = LATEX_NOTES + path.read_text(encoding="utf-8", errors="replace")
        done = subprocess.run(
            ["pandoc", "-f", fmt, "-t", "json"],
            input=source.encode(),
            cwd=path.parent,
            capture_output=True,
            timeout=120,
            check=True,
        )
    else:
        done = subprocess.run(
            ["pandoc", "-f", fmt, "-t", "json", str(path)],
            capture_output=True,
            timeout=120,
            check=True,
        )
    notes: list[str] = []
    _collect(json.loads(done.stdout)["blocks"], notes, italics)
    return _first_of_each(path, notes)


def _collect(node: object, notes: list[str], italics: bool) -> None:
    if isinstance(node, list):
        for item in node:
            _collect(item, notes, italics)
    elif isinstance(node, dict):
        if node.get("t") == "Note":
            notes.append(" ".join(_blocks_text(node["c"], italics).split()))
            return  # a note in a note is read in place, as citekit reads it
        _collect(node.get("c"), notes, italics)


def _blocks_text(blocks: list[dict], italics: bool = False) -> str:
    return " ".join(_inline_text(b, italics) for b in blocks)


def _inline_text(node: object, italics: bool = False) -> str:  # noqa: PLR0911, C901 - one case per pandoc element
    if isinstance(node, list):
        return "".join(_inline_text(n, italics) for n in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":  # a typed asterisk kept apart from the italics marks
        return str(content).replace("*", LITERAL_ASTERISK) if italics else str(content)
    if kind == "Emph" and italics:
        return ITALIC_MARK + _inline_text(content, italics) + ITALIC_MARK
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in ("Code", "Math"):
        return str(content[-1])
    if kind in ("RawInline", "RawBlock"):
        return _raw_text(content)
    if kind == "Quoted":
        left, right = ("“", "”") if content[0]["t"] == "DoubleQuote" else ("‘", "’")
        return left + _inline_text(content[1], italics) + right
    if kind == "Link":
        return _inline_text(content[1], italics)
    if kind == "Image":
        return ""  # the page shows the picture, not its description
    if kind == "Cite":
        return _inline_text(content[1], italics)
    if kind == "Note":
        return " (" + _blocks_text(content, italics) + ") "
    if kind in ("Span", "Div"):
        return _inline_text(content[1], italics)
    if kind in ("Para", "Plain"):
        return _inline_text(content, italics) + " "
    if kind == "Header":
        return _inline_text(content[-1], italics) + " "
    return _inline_text(content, italics)


# a command pandoc does not know keeps its arguments on the page (\\rev{text}: "text"); one
# that sets no text (\\label{x}, \\index{x}, \\vspace{..}) shows nothing
SILENT_RE = re.compile(
    r"\\(?:label|index|vspace|hspace|cite[a-z]*|ref|pageref)\*?(?:\[[^\]]*\])*\{[^{}]*\}"
)
COMMAND_RE = re.compile(r"\\[a-zA-Z]+\*?")


def _raw_text(content: list) -> str:
    if content[0] not in ("latex", "tex"):
        return ""
    text = COMMAND_RE.sub("", SILENT_RE.sub("", str(content[1])))
    return re.sub(r"[{}\[\]]", "", text)


# ---- pandoc's repeated notes ---------------------------------------------------------
# pandoc writes a note's text again at every reference to its label ([^1] twice: two notes);
# a page rendered by kramdown, Goldmark or markdown-it shows it once, at its first number
FENCE_RE = re.compile(r"(?ms)^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$")
CODE_SPAN_RE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
DEFINITION_RE = re.compile(r"(?m)^ {0,3}\[\^([^\]\s]+)\]:.*(?:\n(?:[ \t]*\n)*(?: {4}|\t).*)*")
REFERENCE_RE = re.compile(r"\^\[|\[\^([^\]\s]+)\]")


def _references(source: str) -> list[str | None]:
    """Each note reference pandoc turns into a note, in order: a label, or None for ^[…]."""
    text = CODE_SPAN_RE.sub("", FENCE_RE.sub("", source))
    defined = set(DEFINITION_RE.findall(text))
    body = DEFINITION_RE.sub("", text)
    return [
        m.group(1)
        for m in REFERENCE_RE.finditer(body)
        if m.group(1) is None or m.group(1) in defined
    ]


def _first_of_each(path: Path, notes: list[str]) -> list[str]:
    """pandoc's notes without the repeats of a label already referenced (Markdown only, and
    only where the references found in the source are as many as pandoc's notes)."""
    if PANDOC_FORMATS.get(path.suffix.lower()) != "markdown":
        return notes
    labels = _references(path.read_text(encoding="utf-8", errors="replace"))
    if len(labels) != len(notes):
        return notes
    seen: set[str] = set()
    kept = []
    for label, note in zip(labels, notes, strict=True):
        if label is None or label not in seen:
            kept.append(note)
        if label is not None:
            seen.add(label)
    return kept


# ---- citekit's notes and the alignment -----------------------------------------------


def citekit_notes(path: Path) -> list[tuple[int, str]]:
    report = find_notes(path)
    return [(note.number, note.text) for note in report.notes]


def align(ref: list[str], got: list[str]) -> list[tuple[int | None, int | None, float]]:
    """An order-keeping alignment that maximises the summed likeness of matched pairs."""
    a, b = [normalised(t) for t in ref], [normalised(t) for t in got]
    n, m = len(a), len(b)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    ratio = {}
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            r = ratio[i, j] = _likeness(a[i], b[j]) if abs(i - j) < 400 else 0.0
            best = max(score[i + 1][j], score[i][j + 1])
            if r >= ALIKE:
                best = max(best, score[i + 1][j + 1] + r)
            score[i][j] = best
    pairs: list[tuple[int | None, int | None, float]] = []
    i = j = 0
    while i < n and j < m:
        r = ratio[i, j]
        if r >= ALIKE and score[i][j] == score[i + 1][j + 1] + r:
            pairs.append((i, j, r))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            pairs.append((i, None, 0.0))
            i += 1
        else:
            pairs.append((None, j, 0.0))
            j += 1
    pairs += [(k, None, 0.0) for k in range(i, n)] + [(None, k, 0.0) for k in range(j, m)]
    return pairs


def _likeness(x: str, y: str) -> float:
    if x == y:
        return 100.0
    if not x or not y:
        return 0.0
    return float(fuzz.ratio(x, y))


def compare(path: Path) -> FileResult:
    result = FileResult(str(path))
    try:
        ref = pandoc_notes(path)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
        result.error = f"pandoc: {err}"
        return result
    try:
        got = citekit_notes(path)
    except Exception as err:  # noqa: BLE001 - a reader's crash is a finding, not a stop
        result.error = f"citekit: {type(err).__name__}: {err}"
        got = []
    result.pandoc, result.citekit = len(ref), len(got)
    if not ref and PANDOC_FORMATS[path.suffix.lower()] == "html":
        result.error = "no reference: pandoc's HTML reader makes no notes of a page's footnotes"
        return result
    pairs = align(ref, [text for _, text in got])
    offsets = [got[j][0] - (i + 1) for i, j, _ in pairs if i is not None and j is not None]
    shared = max(set(offsets), key=offsets.count) if offsets else 0
    for i, j, r in pairs:
        if i is None:
            result.extra += 1
        elif j is None:
            result.missed += 1
        else:
            result.agreed += r >= AGREE
            result.differs += r < AGREE
            result.numbered += got[j][0] - (i + 1) in (0, shared)
        result.pairs.append(
            (
                i + 1 if i is not None else None,
                got[j][0] if j is not None else None,
                r,
                ref[i] if i is not None else "",
                got[j][1] if j is not None else "",
            )
        )
    return result


# ---- the command ----------------------------------------------------------------------


def documents(paths: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in PANDOC_FORMATS)
        elif path.suffix.lower() in PANDOC_FORMATS:
            yield path


COLUMNS = ("pandoc", "citekit", "agreed", "differs", "missed", "extra", "numbered")


def _row(name: str, values: dict) -> str:
    return f"{name[:58]:58} " + " ".join(f"{values[c]:>7}" for c in COLUMNS)


def _show(result: FileResult, limit: int) -> None:
    shown = 0
    for ref_no, got_no, r, ref, got in result.pairs:
        if r >= AGREE or shown >= limit:
            continue
        shown += 1
        print(f"    pandoc #{ref_no} / citekit #{got_no} ({r:.0f})")
        if ref:
            print(f"      P: {normalised(ref)[:160]}")
        if got:
            print(f"      C: {normalised(got)[:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", type=int, default=0, help="print N disagreements a file")
    parser.add_argument("--json", help="write every file's figures and pairs here")
    parser.add_argument("--quiet", action="store_true", help="totals only")
    args = parser.parse_args(argv)
    results = []
    root = Path(args.paths[0]) if Path(args.paths[0]).is_dir() else Path(".")
    if not args.quiet:
        print(_row("file", {c: c[:7] for c in COLUMNS}))
    for path in documents(args.paths):
        result = compare(path)
        results.append(result)
        if args.quiet:
            continue
        name = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
        print(_row(name, asdict(result)) + (f"  ! {result.error[:60]}" if result.error else ""))
        if args.show:
            _show(result, args.show)
    unreferenced = [r for r in results if r.error.startswith("no reference")]
    scored = [r for r in results if r not in unreferenced]
    totals = {c: sum(getattr(r, c) for r in scored) for c in COLUMNS}
    print(_row(f"TOTAL ({len(scored)} files)", totals))
    if unreferenced:
        print(
            f"HTML pages pandoc reads no notes from: {len(unreferenced)}, citekit's notes there: "
            f"{sum(r.citekit for r in unreferenced)} (not in the totals)"
        )
    with_notes = [r for r in scored if r.pandoc]
    clean = sum(1 for r in with_notes if r.agreed == r.pandoc and not r.extra)
    print(
        f"files where pandoc finds notes: {len(with_notes)}; all agreed, none extra: {clean}; "
        f"citekit finds none: {sum(1 for r in with_notes if not r.citekit)}; "
        f"errors: {sum(1 for r in results if r.error)}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
