"""Run the eleven robustness checks of issue 12 against the citekit command and print each one.

    python benchmarks/robustness.py [--citekit PATH] [--keep DIR]

Every check makes its own files in a temporary folder and runs citekit as a user would (a
separate process). A check passes, fails (with what was seen), or is skipped when this
machine cannot set it up. Exit 0 when none fails.

The character device check writes to a private null device made with mknod when run as root
(a regression would then replace that node, never the system's /dev/null); a user who is not
root cannot replace /dev/null, so it is used directly.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CITEKIT = Path(sys.executable).with_name("citekit")
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
ESSAY = (
    "A first claim.¹ A second claim.²\n\n"
    "¹ Sergey Radchenko, *Unwanted Visionaries* (New York: Oxford University Press, 2014), 42.\n"
    "² Odd Arne Westad, *The Global Cold War* (Cambridge: Cambridge University Press, 2005), 12.\n"
)
CPU_RATIO_MAX = 6.0


@dataclass(frozen=True)
class Outcome:
    status: str  # "pass" | "FAIL" | "skip"
    detail: str


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    cpu: float  # user + system seconds of the citekit process


def citekit(*args: str | Path, cwd: Path) -> Run:
    """Run citekit with ARGS; its exit code, output and CPU time."""
    before = _children_cpu()
    process = subprocess.run(
        [str(CITEKIT), *map(str, args)], cwd=cwd, capture_output=True, text=True, check=False
    )
    return Run(process.returncode, process.stdout, process.stderr, _children_cpu() - before)


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes that have ended so far."""
    times = os.times()
    return times.children_user + times.children_system


def _essay(folder: Path, name: str = "essay.txt") -> Path:
    path = folder / name
    path.write_text(ESSAY, encoding="utf-8")
    return path


def check_symlinked_output(folder: Path) -> Outcome:
    library = folder / "real" / "library.bib"
    library.parent.mkdir()
    library.write_text("@book{old, title={Old}}\n", encoding="utf-8")
    link = folder / "link.bib"
    link.symlink_to(library)
    run = citekit("extract", _essay(folder), "-o", link, "-f", "json", cwd=folder)
    if run.code not in (0, 1):
        return Outcome("FAIL", f"exit {run.code}: {run.stderr.strip()}")
    if not link.is_symlink():
        return Outcome("FAIL", "the link was replaced by a plain file")
    if "radchenko" not in library.read_text(encoding="utf-8"):
        return Outcome("FAIL", "the library the link names was not updated")
    return Outcome("pass", "link kept, library updated")


def check_output_is_input(folder: Path) -> Outcome:
    essay = _essay(folder)
    run = citekit("extract", essay, "-o", essay, cwd=folder)
    if essay.read_text(encoding="utf-8") != ESSAY:
        return Outcome("FAIL", "the document was overwritten")
    if run.code != 2:
        return Outcome("FAIL", f"exit {run.code}, expected 2")
    lines = run.stderr.strip().splitlines()
    return Outcome("pass" if len(lines) == 1 else "FAIL", f"exit 2: {lines[0] if lines else ''}")


def _private_null(folder: Path) -> str | None:
    """A character device that a regression may harm without harming the system."""
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        return None if os.geteuid() == 0 else "/dev/null"
    return str(node)


def check_character_device(folder: Path) -> Outcome:
    device = _private_null(folder)
    if device is None:
        return Outcome("skip", "root, but no private device node could be made")
    run = citekit("extract", _essay(folder), "-o", device, "-f", "json", cwd=folder)
    if not stat.S_ISCHR(os.stat(device).st_mode):
        return Outcome("FAIL", f"{device} was replaced by a regular file")
    if run.code not in (0, 1):
        return Outcome("FAIL", f"exit {run.code}: {run.stderr.strip()}")
    return Outcome("pass", f"wrote into {device}, still a character device")


def check_unclosed_footnote(folder: Path) -> Outcome:
    tex = folder / "essay.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        "A claim.\\footnote{Smith, \\emph{War} (London, 1990), p. 3.}\n"
        "Another claim.\\footnote{Jones, \\emph{Peace} (Paris, 2001), p. 9.\n"
        "More text that is not a note.\\footnote{Brown, \\emph{Trade} (Leeds, 1977), p. 1.}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    run = citekit("extract", tex, "-f", "json", cwd=folder)
    if run.code not in (0, 1):
        return Outcome("FAIL", f"exit {run.code}: {run.stderr.strip()}")
    found = [d for d in json.loads(run.stdout)["diagnostics"] if "line 4" in d["message"]]
    if run.code != 1 or not found:
        return Outcome("FAIL", "no diagnostic names the unclosed \\footnote{ on line 4")
    return Outcome("pass", f"{found[0]['code']}: {found[0]['message']}")


def check_no_notes(folder: Path) -> Outcome:
    prose = folder / "prose.txt"
    prose.write_text("Plain prose with no notes at all, from 1982 to 1990.\n", encoding="utf-8")
    library = folder / "library.bib"
    library.write_text("@book{kept, title={Kept}}\n", encoding="utf-8")
    run = citekit("extract", prose, "-f", "json", "-o", library, cwd=folder)
    codes = [d["code"] for d in json.loads(run.stdout)["diagnostics"]] if run.stdout else []
    if run.code != 1 or not codes:
        return Outcome("FAIL", f"exit {run.code}, diagnostics {codes}")
    if "kept" not in library.read_text(encoding="utf-8"):
        return Outcome("FAIL", "the existing .bib was replaced by an empty one")
    return Outcome("pass", f"exit 1, {codes[0]}, existing .bib kept")


def _long_note(size: int) -> str:
    """One note of SIZE characters: sources between semicolons, with initials and imprints."""
    rng = random.Random(size)
    names = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts"]
    words = ["history", "economy", "state", "society", "war", "peace", "empire", "reform"]
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < size:
        title = " ".join(rng.choice(words).capitalize() for _ in range(4))
        parts.append(
            f"{rng.choice(names)}, J. {chr(65 + len(parts) % 26)}., {title} "
            f"(London: Macmillan, {1900 + len(parts) % 100}), p. {len(parts) % 300 + 1}"
        )
    return "A claim.¹ Another.²\n\n¹ " + "; ".join(parts) + ".\n\n² Ibid., p. 4.\n"


def check_long_note_cpu(folder: Path) -> Outcome:
    seconds = {}
    for size in (20_000, 80_000):
        path = folder / f"note_{size}.txt"
        path.write_text(_long_note(size), encoding="utf-8")
        run = citekit("extract", path, "-f", "json", cwd=folder)
        if run.code not in (0, 1):
            return Outcome("FAIL", f"{size // 1000} kB: exit {run.code}")
        seconds[size] = run.cpu
    ratio = seconds[80_000] / max(seconds[20_000], 1e-3)
    detail = f"20 kB {seconds[20_000]:.2f} s, 80 kB {seconds[80_000]:.2f} s CPU, ratio {ratio:.1f}"
    return Outcome("pass" if ratio < CPU_RATIO_MAX else "FAIL", detail)


def check_twelve_thousand_notes(folder: Path) -> Outcome:
    count = 12_000
    body = " ".join(f"Claim {n}.{str(n).translate(SUPERSCRIPTS)}" for n in range(1, count + 1))
    notes = "\n".join(
        f"{str(n).translate(SUPERSCRIPTS)} Smith, *Book {n % 50}*, p. {n}."
        for n in range(1, count + 1)
    )
    path = folder / "many.txt"
    path.write_text(f"{body}\n\nNotes\n\n{notes}\n", encoding="utf-8")
    run = citekit("notes", path, "-f", "json", cwd=folder)
    found = len(json.loads(run.stdout)["notes"]) if run.stdout else 0
    return Outcome("pass" if found == count else "FAIL", f"{found} notes of {count}")


DAMAGED_BIB = (
    "@book{smith2001, author = {Smith, John}, title = {War and Society}, year = {2001}}\n"
    "@book{smith2001, author = {Smith, J.}, title = {Peace and Trade}, year = {2003}}\n"
    "@book{jones1999, author = {Jones, Peter}, title = {Empires}, year = {1999}}\n"
    "@article{broken, author = {Brown, Ann}, title = {Unclosed\n"
)


def check_damaged_bib(folder: Path) -> Outcome:
    library = folder / "damaged.bib"
    library.write_text(DAMAGED_BIB, encoding="utf-8")
    merged = folder / "merged.bib"
    run = citekit("duplicates", library, "--merge", "-o", merged, cwd=folder)
    said = run.stdout + run.stderr
    problems = []
    if run.code != 1:
        problems.append(f"exit {run.code}, expected 1")
    for line in (2, 4):
        if f"line {line}" not in said:
            problems.append(f"line {line} not reported")
    if merged.exists() and "Smith, J.}, title = {Peace and Trade}" in merged.read_text("utf-8"):
        problems.append("the duplicate-key entry was copied into the merged file unchanged")
    return Outcome("FAIL" if problems else "pass", "; ".join(problems) or "findings with lines")


def check_document_duplicates_merge(folder: Path) -> Outcome:
    merged = folder / "m.bib"
    run = citekit("duplicates", _essay(folder), "--merge", "-o", merged, cwd=folder)
    if run.code == 2 and not merged.exists():
        return Outcome("pass", f"refused: {run.stderr.strip()}")
    if run.code in (0, 1) and merged.exists():
        return Outcome("pass", "implemented: merged .bib written")
    return Outcome("FAIL", f"exit {run.code}, {'a' if merged.exists() else 'no'} file written")


def check_document_duplicates_bibtex(folder: Path) -> Outcome:
    run = citekit("duplicates", _essay(folder), "-f", "bibtex", cwd=folder)
    if run.code == 2 and not run.stdout:
        return Outcome("pass", f"refused: {run.stderr.strip()}")
    if run.code in (0, 1) and run.stdout.lstrip().startswith("@"):
        return Outcome("pass", "implemented: BibTeX on stdout")
    return Outcome("FAIL", f"exit {run.code}, stdout starts {run.stdout[:20]!r}")


def check_numbered_titles(folder: Path) -> Outcome:
    path = folder / "reports.txt"
    path.write_text(
        "The committee reported.¹ And again.²\n\n"
        "¹ Royal Commission on Labour, *Report of the Committee 1* (London: HMSO, 1901), 4.\n"
        "² Royal Commission on Labour, *Report of the Committee 10* (London: HMSO, 1910), 7.\n",
        encoding="utf-8",
    )
    run = citekit("extract", path, "-f", "json", cwd=folder)
    titles = sorted(e.get("title", "") for e in json.loads(run.stdout)["entries"])
    kept = titles == ["Report of the Committee 1", "Report of the Committee 10"]
    return Outcome("pass" if kept else "FAIL", f"entries: {titles}")


CHECKS: list[tuple[str, Callable[[Path], Outcome]]] = [
    ("symlinked output", check_symlinked_output),
    ("output = input", check_output_is_input),
    ("output to a character device", check_character_device),
    ("unclosed footnote", check_unclosed_footnote),
    ("no notes", check_no_notes),
    (f"long-note CPU ratio 80 kB / 20 kB < {CPU_RATIO_MAX:g}", check_long_note_cpu),
    ("12,000 notes found", check_twelve_thousand_notes),
    ("damaged .bib findings", check_damaged_bib),
    ("document duplicates --merge", check_document_duplicates_merge),
    ("document duplicates -f bibtex", check_document_duplicates_bibtex),
    ("numbered titles kept apart", check_numbered_titles),
]


def main(argv: list[str] | None = None) -> int:
    global CITEKIT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citekit", type=Path, default=CITEKIT, help="The command to test.")
    parser.add_argument("--keep", type=Path, help="Make the files here and keep them.")
    args = parser.parse_args(argv)
    CITEKIT = args.citekit
    root = args.keep or Path(tempfile.mkdtemp(prefix="citekit-robustness-"))
    failed = 0
    for number, (name, check) in enumerate(CHECKS, start=1):
        folder = root / f"{number:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        try:
            outcome = check(folder)
        except Exception as exc:  # a check that breaks is a failure, shown, not a traceback
            outcome = Outcome("FAIL", f"the check broke: {exc!r}")
        failed += outcome.status == "FAIL"
        print(f"{number:2d}. {outcome.status:4}  {name}: {outcome.detail}", flush=True)
    print(f"{len(CHECKS) - failed} of {len(CHECKS)} checks pass (files in {root})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
