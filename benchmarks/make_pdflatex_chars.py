"""Write citekit/lexicons/pdflatex_chars.txt: the characters pdflatex's UTF-8 input can print.

    python benchmarks/make_pdflatex_chars.py [DFU ...]

LaTeX's inputenc maps a UTF-8 character to a macro only where a `.dfu` file of LaTeX base
(LPPL 1.3c) declares one (`\\DeclareUnicodeCharacter{1E63}{\\d s}`); any other character
stops pdflatex with "Unicode character ... not set up for use with LaTeX". The list of
declared code points is a fact table of LaTeX base. Default input: `utf8enc.dfu` (loaded by
every document) and the encodings a Latin/Cyrillic document loads (T1, TS1, OT1, OMS, T2A),
found with `kpsewhich` (TeX Live).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "citekit/lexicons/pdflatex_chars.txt"
DEFAULT_FILES = ("utf8enc.dfu", "t1enc.dfu", "ts1enc.dfu", "ot1enc.dfu", "omsenc.dfu", "t2aenc.dfu")
DECLARED_RE = re.compile(r"\\DeclareUnicodeCharacter\{([0-9A-Fa-f]+)\}")
HEADER = """\
# Code points pdflatex's UTF-8 input (inputenc) can print with the encodings a Latin or
# Cyrillic document loads (T1, TS1, OT1, OMS, T2A), read from LaTeX base's .dfu files
# (LPPL 1.3c) by benchmarks/make_pdflatex_chars.py; ASCII is always printable.
# Used by citekit.latexchars: a .bib character outside these ranges gets a warning.
# To extend: rerun the script on a newer LaTeX; one range per line, "FIRST-LAST" in hex.
# rules: sorted

"""


def main(argv: list[str]) -> int:
    paths = argv or [_found(name) for name in DEFAULT_FILES]
    points = sorted({int(h, 16) for p in paths for h in DECLARED_RE.findall(Path(p).read_text())})
    OUT.write_text(HEADER + "".join(f"{a:04X}-{b:04X}\n" for a, b in _ranges(points)))
    print(f"{len(points)} code points -> {OUT}")
    return 0


def _found(name: str) -> str:
    result = subprocess.run(["kpsewhich", name], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    return ranges


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
