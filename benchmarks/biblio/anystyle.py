"""Reference parsing measured on AnyStyle's core.xml (BSD-2-Clause), hand-labelled references.

    python -m benchmarks.biblio.anystyle /work/devdata/anystyle/core.xml

Each <sequence> is joined into one entry and read by citekit.parse.reference; its labelled
title, date, container-title, volume, pages, publisher and location are compared with the
fields found (texts folded, numbers as digits). A rough figure for development: AnyStyle
labels spans, not BibTeX fields. Its gold.xml is held out and never read here.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

from citekit.parse.reference import parse_reference

LABELS = {  # AnyStyle label -> the BibTeX fields that may hold it
    "title": ("title",),
    "date": ("year",),
    "container-title": ("journal", "booktitle"),
    "volume": ("volume",),
    "pages": ("pages",),
    "publisher": ("publisher",),
    "location": ("address",),
}


def main(path: str) -> int:
    counts: Counter[str] = Counter()
    for sequence in ET.parse(path).getroot().iter("sequence"):
        text = " ".join(" ".join((child.text or "").split()) for child in sequence)
        found = parse_reference(text).fields
        gold = {child.tag: child.text or "" for child in reversed(list(sequence))}
        for label, names in LABELS.items():
            want = _norm(label, gold.get(label))
            got = next((_norm(label, found.get(n)) for n in names if found.get(n)), "")
            if want and got == want:
                counts[f"{label} tp"] += 1
            else:
                counts[f"{label} fn"] += bool(want)
                counts[f"{label} fp"] += bool(got)
    tp = sum(v for k, v in counts.items() if k.endswith("tp"))
    fp = sum(v for k, v in counts.items() if k.endswith("fp"))
    fn = sum(v for k, v in counts.items() if k.endswith("fn"))
    for label in LABELS:
        figures = (counts[f"{label} {k}"] for k in ("tp", "fp", "fn"))
        print(f"{label:16} {_prf(*figures)}")
    print(f"{'all':16} {_prf(tp, fp, fn)}")
    return 0


def _norm(label: str, value: str | None) -> str:
    if not value:
        return ""
    if label == "date":
        year = re.search(r"\b(?:1[5-9]|20)\d\d\b", value)
        return year.group() if year else ""
    if label in ("volume", "pages"):
        return "-".join(re.findall(r"\d+", value))
    value = unicodedata.normalize("NFKD", value.replace("*", ""))
    value = "".join(c for c in value if not unicodedata.combining(c)).casefold()
    value = re.sub(r"^\s*(?:in:?)\s+", "", value)
    return " ".join(re.sub(r"[^\w]+", " ", value).split())


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
