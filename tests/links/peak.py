"""Run a command and write its peak resident memory (kB) to a file: `python peak.py OUT CMD...`.

Why a go-between: a process started straight from pytest inherits pytest's own high-water
mark (Linux keeps the peak of the address space it replaced at exec), so after a long test
session `ru_maxrss` reports pytest's 300 MB, not the command's. Started from this small
process, the command's peak is its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main() -> int:
    out, command = Path(sys.argv[1]), sys.argv[2:]
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    out.write_text(str(usage.ru_maxrss), encoding="utf-8")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
