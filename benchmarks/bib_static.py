"""What a compile does not report, read from the .bib files `bib_roundtrip` kept (issue 14).

    python -m benchmarks.bib_static OUT_DIR [OUT_DIR ...]

Per OUT_DIR (one `bib_roundtrip --out`): entries; `anon` keys; biblatex titles with an
unsplit subtitle (": "); entries with a subtitle and no shorttitle; entries without
langid; publishers with " and " not braced; in the .bib given to natbib (the `--bibtex` one
when citekit has it): biblatex-only types, numeric months, Unicode dashes in pages, and
entries with non-ASCII Latin letters (which 8-bit BibTeX styles mangle).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ENTRY_RE = re.compile(r"^@(\w+)\{([^,\s]+),(.*?)^\}", re.M | re.S)
CLASSIC = {"article", "book", "booklet", "inbook", "incollection", "inproceedings", "manual"}
CLASSIC |= {"mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished"}


def field(body: str, name: str) -> str | None:
    match = re.search(rf"^\s*{name} = (.*?),?$", body, re.M)
    return match.group(1) if match else None


def biblatex_checks(text: str) -> dict[str, int]:
    out = dict.fromkeys(
        (
            "entries",
            "anon_keys",
            "unsplit_subtitle",
            "no_shorttitle",
            "no_langid",
            "and_publisher_unbraced",
        ),
        0,
    )
    for _kind, key, body in ENTRY_RE.findall(text):
        out["entries"] += 1
        out["anon_keys"] += key.startswith("anon")
        title = field(body, "title") or ""
        out["unsplit_subtitle"] += ": " in title
        has_sub = field(body, "subtitle") or ": " in title
        out["no_shorttitle"] += bool(has_sub) and field(body, "shorttitle") is None
        out["no_langid"] += field(body, "langid") is None
        publisher = field(body, "publisher") or ""
        out["and_publisher_unbraced"] += " and " in publisher and not publisher.startswith("{{")
    return out


def classic_checks(text: str) -> dict[str, int]:
    out = dict.fromkeys(
        ("nonclassic_types", "numeric_month", "unicode_dash_pages", "non_ascii_latin_entries"), 0
    )
    for kind, _key, body in ENTRY_RE.findall(text):
        out["nonclassic_types"] += kind.lower() not in CLASSIC
        out["numeric_month"] += bool(re.search(r"^\s*month = \{\d+\}", body, re.M))
        out["unicode_dash_pages"] += bool(re.search(r"[–—]", field(body, "pages") or ""))
        out["non_ascii_latin_entries"] += any(0x80 <= ord(c) < 0x250 for c in body)
    return out


def check(out_dir: Path) -> dict[str, int]:
    totals: dict[str, int] = {}
    for doc in sorted(p for p in out_dir.iterdir() if (p / "doc.bib").exists()):
        found = biblatex_checks((doc / "doc.bib").read_text())
        if (doc / "nat" / "doc.bib").exists():
            found |= classic_checks((doc / "nat" / "doc.bib").read_text())
        for name, value in found.items():
            totals[name] = totals.get(name, 0) + value
    return totals


def main(argv: list[str]) -> int:
    for name in argv:
        print(name, json.dumps(check(Path(name))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
