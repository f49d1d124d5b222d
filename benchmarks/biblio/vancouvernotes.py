"""A generated check of Vancouver (Citing Medicine) references typed into footnotes.

History of medicine and the health sciences cite in notes as the CSL `vancouver` style prints
a reference list. Real records (benchmarks/corpus/data/bib, English books, chapters and
articles) are rendered by pandoc's citeproc through `vancouver.csl` (the CSL styles
repository's, as TeX Live ships it: CC BY-SA 3.0), and each rendered reference is put into a
footnote: alone, with a sentence of commentary after it, joined to a second one by "; " or by
a lead-in ("see also"), and repeated later as "Family (ref. N), p. X". The gold's fields are
the record's fields that the rendering states (benchmarks.corpus.fields), never citekit's.

    python -m benchmarks.biblio.vancouvernotes build [--out DIR] [--docs 4] [--seed vancouver-1]
    python /work/shared/eval/evaluate.py --gold DIR --root DIR --cmd "citekit extract {doc} …"
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import tempfile
from pathlib import Path

from benchmarks.corpus import library
from benchmarks.corpus.fields import probe_item, stated_fields

STYLE = Path("/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/vancouver.csl")
TYPES = ("book", "chapter", "article-journal")
NOTES = 18  # footnotes a document holds
COMMENTS = (  # our own sentences of commentary after an entry
    "This remains the standard account of the subject.",
    "The argument there rests on a small number of institutional records.",
    "Its figures have been revised by later work on the same archives.",
)
LEADS = ("; ", ". See also ", ". For a different view see ", "; cf. ")
ENTRY_RE = re.compile(r"^\d+\.\s+(?P<text>.+)$")


def render(items: list[dict]) -> list[str]:
    """The references of ITEMS as vancouver.csl prints them, in order, as plain text."""
    cites = "\n\n".join(f"[@{item['id']}]" for item in items)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as refs:
        json.dump(items, refs, ensure_ascii=False)
        refs.flush()
        cmd = ["pandoc", "-f", "markdown", "-t", "plain", "--wrap=none", "--citeproc",
               "--bibliography", refs.name, "--csl", str(STYLE)]  # fmt: skip
        out = subprocess.run(cmd, input=cites, capture_output=True, text=True, check=True)
    found = [m.group("text").strip() for m in map(ENTRY_RE.match, out.stdout.splitlines()) if m]
    if len(found) != len(items):
        raise ValueError(f"{len(found)} references rendered for {len(items)} records")
    return found


def candidates() -> list[library.Work]:
    """English books, chapters and articles that name their authors."""
    works = library.load().values()
    return [
        w
        for w in sorted(works, key=lambda w: w.key)
        if w.lang == "en" and w.item["type"] in TYPES and w.item.get("author")
    ]


def document(works: list[library.Work], rng: random.Random) -> tuple[list[str], list[list]]:
    """The notes' texts and, per note, its citations (text, kind, work key, locator)."""
    rendered = dict(zip([w.key for w in works], render([w.item for w in works]), strict=True))
    notes: list[str] = []
    cited: list[list] = []
    first_note: dict[str, int] = {}
    queue = list(works)
    while queue and len(notes) < NOTES:
        roll = rng.random()
        if first_note and roll < 0.2:  # a repeat pointing back to its note
            key = rng.choice(sorted(first_note))
            work = next(w for w in works if w.key == key)
            page = rng.randint(10, 300)
            text = f"{work.item['author'][0]['family']} (ref. {first_note[key]}), p. {page}"
            notes.append(f"{text}.")
            cited.append([(text, "short", key, f"p. {page}")])
            continue
        work = queue.pop(0)
        entry = rendered[work.key].rstrip(".")
        first_note[work.key] = len(notes) + 1
        row = [(entry, "full", work.key, None)]
        text = entry
        if roll < 0.45 and queue:  # a second entry after a lead-in
            other = queue.pop(0)
            second = rendered[other.key].rstrip(".")
            first_note[other.key] = len(notes) + 1
            text = f"{entry}{rng.choice(LEADS)}{second}"
            row.append((second, "full", other.key, None))
        elif roll < 0.7:  # a sentence of commentary after it
            text = f"{entry}. {rng.choice(COMMENTS)}"
        notes.append(text if text.endswith(".") else f"{text}.")
        cited.append(row)
    return notes, cited


def gold(name: str, notes: list[str], cited: list[list], works: dict[str, library.Work]) -> dict:
    """The gold file of one document: each work's fields that its rendering states."""
    texts: dict[str, list[str]] = {}
    for row in cited:
        for text, kind, key, _ in row:
            if kind == "full":
                texts.setdefault(key, []).append(text)
    probes = dict(zip(texts, render([probe_item(works[k].item) for k in texts]), strict=True))
    fields = {k: stated_fields(works[k].item, v, [probes[k]]) for k, v in texts.items()}
    return {
        "document": name,
        "notes": [
            {
                "number": number,
                "text": note,
                "citations": [
                    {"text": t, "kind": kind, "work": key, "locator": loc}
                    for t, kind, key, loc in row
                ],
            }
            for number, (note, row) in enumerate(zip(notes, cited, strict=True), start=1)
        ],
        "works": fields,
        "diagnostics": None,
    }


def build(out: Path, docs: int, seed: str) -> None:
    rng = random.Random(seed)
    pool = candidates()
    rng.shuffle(pool)
    by_key = {w.key: w for w in pool}
    out.mkdir(parents=True, exist_ok=True)
    per_doc = len(pool) // docs
    for index in range(docs):
        chosen = pool[index * per_doc : (index + 1) * per_doc][: NOTES * 2]
        notes, cited = document(chosen, rng)
        name = f"vancouver-{index + 1:02d}.md"
        body = "# Notes in Vancouver style\n\n" + "\n\n".join(
            f"Sentence {n} of the text.[^{n}]" for n in range(1, len(notes) + 1)
        )
        body += "\n\n" + "\n".join(f"[^{n}]: {t}" for n, t in enumerate(notes, start=1)) + "\n"
        (out / name).write_text(body, encoding="utf-8")
        record = gold(name, notes, cited, by_key)
        (out / f"{name}.gold.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--out", type=Path, default=Path("/work/devdata/vancouvernotes"))
    parser.add_argument("--docs", type=int, default=4)
    parser.add_argument("--seed", default="vancouver-1")
    args = parser.parse_args()
    build(args.out, args.docs, args.seed)


if __name__ == "__main__":
    main()
