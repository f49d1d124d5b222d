"""Write citekit/lexicons/biblatex_fields.txt from biblatex's own datamodel (blx-dm.def).

    python benchmarks/make_biblatex_fields.py [PATH/TO/blx-dm.def]

The datamodel is a fact table of biblatex (LPPL 1.3c): which fields each entry type takes.
Default input: the file `kpsewhich blx-dm.def` finds (TeX Live).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "citekit/lexicons/biblatex_fields.txt"
BLOCK_RE = re.compile(r"^\\DeclareDatamodelEntryfields(?:\[([^\]]*)\])?\{([^}]*)\}", re.M)
HEADER = """\
# Fields biblatex's default datamodel allows per entry type, read from blx-dm.def (biblatex,
# LPPL 1.3c) by benchmarks/make_biblatex_fields.py; "*" lists the fields every type takes.
# Used by citekit.bibflavour: a field a type does not take is moved where biblatex reads it.
# To extend: rerun the script on a newer biblatex; one type per line, "TYPE FIELD FIELD ...".
# rules: lowercase
"""


def main(argv: list[str]) -> int:
    path = (
        argv[0]
        if argv
        else subprocess.run(
            ["kpsewhich", "blx-dm.def"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    text = Path(path).read_text()
    lines = []
    for types, fields in BLOCK_RE.findall(text):
        names = " ".join(sorted(f.strip() for f in fields.split(",") if f.strip()))
        for entry_type in types.split(",") if types else ["*"]:
            lines.append(f"{entry_type.strip()} {names}")
    OUT.write_text(HEADER + "\n" + "\n".join(sorted(lines)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
