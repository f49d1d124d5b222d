"""Time spent in each module-level pattern of citekit while it extracts one document.

    python benchmarks/pattern_times.py DOC [--top 40]

Every compiled pattern held by a citekit module (plain, deferred or behind a prefilter guard)
is replaced, in this process only, by a proxy that times its calls; a pattern imported by
several modules is counted under each. The proxy costs ~1 µs a call, and a deferred pattern's
first call includes its compilation: compare patterns with each other, not with the total.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections import Counter
from typing import Any

import citekit

SPENT: Counter[str] = Counter()
CALLS: Counter[str] = Counter()
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Timed:
    """PATTERN, its calls timed under NAME."""

    def __init__(self, pattern: Any, name: str) -> None:  # noqa: ANN401 - any pattern kind
        self._pattern, self._name = pattern, name

    def __getattr__(self, attribute: str) -> Any:  # noqa: ANN401 - whatever the pattern has
        value = getattr(self._pattern, attribute)
        if attribute not in METHODS:
            return value

        def timed(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            start = time.perf_counter()
            found = value(*args, **kwargs)
            found = list(found) if attribute == "finditer" else found
            SPENT[self._name] += time.perf_counter() - start
            CALLS[self._name] += 1
            return iter(found) if attribute == "finditer" else found

        return timed


def _proxy_all() -> None:
    from citekit.parse import deferred, prefilter

    for found in pkgutil.walk_packages(citekit.__path__, "citekit."):
        if not found.name.endswith("__main__"):
            importlib.import_module(found.name)
    for name, module in list(sys.modules.items()):
        for attribute, value in list(vars(module).items()) if name.startswith("citekit") else ():
            label = f"{name}.{attribute}"
            if isinstance(value, re.Pattern | deferred.Pattern):
                setattr(module, attribute, Timed(value, label))
            elif isinstance(value, prefilter.Guarded) and not isinstance(value.compiled, Timed):
                object.__setattr__(value, "compiled", Timed(value.compiled, label + " (guarded)"))


def main(argv: list[str] | None = None) -> None:
    """Print the patterns that took most time, with their calls and time per call."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("doc")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    _proxy_all()
    from citekit import pipeline

    start = time.process_time()
    pipeline.extract(args.doc)
    print(f"extract: {time.process_time() - start:.2f} s CPU, {sum(CALLS.values())} pattern calls")
    for name, spent in SPENT.most_common(args.top):
        each = spent / CALLS[name] * 1e6
        print(f"{spent * 1000:8.1f} ms {CALLS[name]:8d} {each:7.1f} µs  {name}")


if __name__ == "__main__":
    main()
