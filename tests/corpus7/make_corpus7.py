#!/usr/bin/env python3
"""Build tests/corpus7: six documents and their gold files from hand-annotated sources.

    python3 tests/corpus7/make_corpus7.py

The sources follow tests/corpus5's notation (see make_corpus5.py: works, body with note markers
[n], notes whose citations are marked ⟦span⟧{KIND|work|locator}); the gold is built from those
marks alone, never from citekit's output. This script reuses corpus5's parser and renderers and
only places the output here (corpus5.main with this folder). Standard library and pandoc only.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "make_corpus5", HERE.parent / "corpus5" / "make_corpus5.py"
)
assert _SPEC is not None
assert _SPEC.loader is not None
corpus5 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(corpus5)


if __name__ == "__main__":
    sys.exit(corpus5.main(sys.argv[1:], HERE))
