#!/usr/bin/env python3
"""Build the report a perfect extractor would print for a gold file (CONTRACT.md), to check
that the gold scores 1.000 against itself with ../shared/eval/score.py.

    python3 tests/corpus_tools/perfect_report.py GOLD.json > REPORT.json

Standard library only. Optional works are kept (the scorer neither rewards nor punishes them).
"""

import json
import sys


def report(gold: dict) -> dict:
    notes = [
        {
            "number": n["number"],
            "text": n["text"],
            "citations": [
                {"text": c["text"], "kind": c["kind"], "key": c["work"], "locator": c["locator"]}
                for c in n["citations"]
            ],
        }
        for n in gold["notes"]
    ]
    entries = []
    for key, w in gold["works"].items():
        e = {"ID": key}
        for f, v in w.items():
            if f == "optional":
                continue
            e[f] = " and ".join(v) if isinstance(v, list) else v
        entries.append(e)
    return {
        "source": gold["document"],
        "notes": notes,
        "entries": entries,
        "diagnostics": [dict(d) for d in gold["diagnostics"]],
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(json.dumps(report(json.load(fh)), ensure_ascii=False, indent=1))
