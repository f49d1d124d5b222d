"""Write data/terms.json: the locale words the generator writes and looks for.

    python -m benchmarks.corpus.import_terms [--mirrors /work/.mirror]

Read once from the CSL locales (citation-style-language/locales, CC BY-SA 3.0) for every
locale in data/styles.json, and from the styles' own locale overrides:
- write: per locale and locator kind, a label pandoc's citeproc parses as that locator
  (checked by rendering each candidate through a probe style, so the label is the one this
  pandoc understands, not only the one the locale file lists);
- labels: every form of every locator term, to find a rendered locator's label;
- ibid / op-cit: the words that make a back-reference an ibid. or an op. cit.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from pathlib import Path

from benchmarks.corpus.config import DATA, STYLE_DIR, load_json

MIRRORS = Path("/work/.mirror")
LOCATOR_TERMS = ("page", "chapter", "folio", "section", "paragraph", "line")
LABEL_TERMS = LOCATOR_TERMS + ("volume", "note", "column", "verse", "book", "part", "issue")
TERM_RE = r'<term name="{name}"(?: form="(?P<form>[\w-]+)")?[^>]*>(?P<body>.*?)</term>'
# op. cit. words that styles write as literal text rather than as a locale term
OPCIT_EXTRA = ["op. cit.", "op.cit.", "loc. cit.", "art. cit.", "cit.", "a. a. O.", "a.a.O.",
               "dz. cyt.", "wyd. cyt.", "ob. cit.", "указ. соч."]  # fmt: skip
PROBE_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
 <info><title>probe</title><id>probe</id><updated>2024-01-01T00:00:00+00:00</updated></info>
 <citation><layout><text value="["/><choose>{branches}</choose><text value=":"/>
 <text variable="locator"/><text value="]"/></layout></citation>
</style>
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=MIRRORS)
    args = ap.parse_args(argv)
    git_dir = args.mirrors / "citation-style-language+locales" / "repo"
    locales = sorted({s["lang"] for s in load_json("styles.json")["styles"]})
    xml = {loc: _locale_xml(git_dir, loc) for loc in locales}
    terms = {
        "_about": __doc__.splitlines()[0] + " Built by import_terms.py.",
        "write": {loc: _parsed_labels(loc, xml[loc]) for loc in locales},
        "labels": sorted({f for x in xml.values() for n in LABEL_TERMS for f in _forms(x, n)}),
        "ibid": sorted(_style_terms("ibid") | {f for x in xml.values() for f in _forms(x, "ibid")}),
        "op-cit": sorted(_style_terms("op-cit") | _style_terms("cited") | set(OPCIT_EXTRA)),
    }
    text = json.dumps(terms, ensure_ascii=False, indent=1)
    (DATA / "terms.json").write_text(text + "\n", encoding="utf-8")
    return 0


def _locale_xml(git_dir: Path, locale: str) -> str:
    cmd = ["git", "--git-dir", str(git_dir), "show", f"HEAD:locales-{locale}.xml"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _forms(xml: str, name: str) -> list[str]:
    """Every spelling of a term: long, short and symbol forms, singular and plural."""
    out = []
    for m in re.finditer(TERM_RE.format(name=re.escape(name)), xml, re.S):
        parts = re.findall(r"<(?:single|multiple)>(.*?)</", m["body"]) or [m["body"]]
        out += [p.strip() for p in parts if p.strip()]
    return out


def _candidates(xml: str, name: str) -> list[str]:
    """Short and symbol forms first (what authors type), then the long form."""
    found = {}
    for m in re.finditer(TERM_RE.format(name=re.escape(name)), xml, re.S):
        single = re.search(r"<single>(.*?)</single>", m["body"])
        found.setdefault(m["form"] or "long", (single[1] if single else m["body"]).strip())
    return [found[f] for f in ("short", "symbol", "long") if found.get(f)]


def _parsed_labels(locale: str, xml: str) -> dict[str, str]:
    """For each locator kind, the first candidate label that pandoc parses as that kind."""
    tests = [(name, label) for name in LOCATOR_TERMS for label in _candidates(xml, name)]
    notes = _probe(locale, [label for _, label in tests])
    out: dict[str, str] = {}
    for (name, label), note in zip(tests, notes, strict=True):
        if note.startswith(f"[{name.upper()}:3]"):
            out.setdefault(name, label)
    return out


def _probe(locale: str, labels: list[str]) -> list[str]:
    branches = "".join(
        f'<{"if" if i == 0 else "else-if"} locator="{n}"><text value="{n.upper()}"/>'
        f"</{'if' if i == 0 else 'else-if'}>"
        for i, n in enumerate(LOCATOR_TERMS)
    )
    doc = [f"---\nlang: {locale}\nsuppress-bibliography: true\nreferences:\n"
           "- id: x\n  type: book\n  title: T\n---\n"]  # fmt: skip
    doc += [f"A.^[[@x, {label} 3]]\n" for label in labels]
    with tempfile.NamedTemporaryFile("w", suffix=".csl", delete=False) as fh:
        fh.write(PROBE_CSL.format(branches=branches))
    cmd = ["pandoc", "--citeproc", "--csl", fh.name, "-t", "plain", "--wrap=none"]
    out = subprocess.run(cmd, input="\n".join(doc), capture_output=True, text=True, check=True)
    Path(fh.name).unlink()
    return re.findall(r"^\[\d+\] (.*)$", out.stdout, re.M)


def _style_terms(name: str) -> set[str]:
    out = set()
    for path in STYLE_DIR.glob("*.csl"):
        out |= set(_forms(path.read_text(encoding="utf-8"), name))
    return {t.replace("&#160;", " ") for t in out}


if __name__ == "__main__":
    raise SystemExit(main())
