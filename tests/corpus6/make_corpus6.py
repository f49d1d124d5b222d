#!/usr/bin/env python3
"""Build tests/corpus6: six documents and their gold files from hand-annotated sources.

    python3 tests/corpus6/make_corpus6.py

The sources follow tests/corpus5's notation (see make_corpus5.py: works, body with note markers
[n], notes whose citations are marked ⟦span⟧{KIND|work|locator}); the gold is built from those
marks alone, never from citekit's output. This script reuses corpus5's parser and renderers and
only places the output here. Standard library and pandoc only.
"""

from __future__ import annotations

import importlib.util
import json
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


def build(src: Path) -> None:
    doc = corpus5.parse_source(src)
    name = src.stem
    kind = doc["meta"]["format"]
    if kind == "docx":
        suffix, strip = ".docx", False
        corpus5.render_docx(doc, HERE / f"{name}.docx")
    else:
        suffix, render, strip = corpus5.RENDERERS[kind]
        (HERE / f"{name}{suffix}").write_text(render(doc), encoding="utf-8")
    data = corpus5.gold(name, doc, suffix, strip_stars=strip)
    data["document"] = f"tests/corpus6/{name}{suffix}"
    (HERE / "gold").mkdir(exist_ok=True)
    out = HERE / "gold" / f"{name}.gold.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cites = sum(len(n["citations"]) for n in data["notes"])
    print(
        f"{name}{suffix}: {len(data['notes'])} notes, {cites} citations, {len(doc['works'])} works"
    )


def main(argv: list[str]) -> int:
    sources = [Path(a) for a in argv] or sorted((HERE / "src").glob("*.src"))
    for src in sources:
        build(src)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
