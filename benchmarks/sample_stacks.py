"""Where `citekit extract` spends its CPU time, by sampling its stack (no tracing).

    python benchmarks/sample_stacks.py DOC [--top 40] [--every 0.001]

cProfile traces every call: a parser of many small functions runs some 15 times slower under
it, and the small functions' share grows with the tracing, not with their cost. Here the
process is interrupted every EVERY seconds of its own CPU time (SIGPROF; the kernel's tick,
often 4 ms, is the finest step) and the Python stack at that moment is counted: a function's
inclusive samples (it was on the stack) and its own (it was running; the regex engine's time
counts for the Python function that called it). The run is the command line's own
(`citekit extract DOC --format json`, its report dropped), in this process, so run it with the
tree to measure first on PYTHONPATH (`PYTHONPATH=TREE python -P …`). Unix only.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import signal
import sys
from collections import Counter
from types import FrameType

INCLUSIVE: Counter[str] = Counter()
OWN: Counter[str] = Counter()


def _name(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.rpartition('citekit/')[2]}:{code.co_name}"


def _sample(_signal: int, frame: FrameType | None) -> None:
    if frame is not None:
        OWN[_name(frame)] += 1
    seen = set()  # a recursive function counts once a sample
    while frame is not None:
        name = _name(frame)
        if name not in seen:
            INCLUSIVE[name] += 1
            seen.add(name)
        frame = frame.f_back


def main(argv: list[str] | None = None) -> None:
    """Extract DOC once under the sampler; print the functions with the most samples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("doc")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--every", type=float, default=0.001, help="seconds of CPU")
    args = parser.parse_args(argv)
    sys.argv = ["citekit", "extract", args.doc, "--format", "json"]
    from citekit import cli  # the tree on PYTHONPATH

    signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, args.every, args.every)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        cli.main()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = max(INCLUSIVE.values(), default=0)
    print(f"{total} samples")
    for title, counts in (("inclusive", INCLUSIVE), ("own", OWN)):
        print(f"\n{title:>9}  share  function")
        for name, count in counts.most_common(args.top):
            print(f"{count:9d} {count / max(total, 1):6.1%}  {name}")


if __name__ == "__main__":
    main()
