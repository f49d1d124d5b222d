"""Notes documents with a bibliography at the end, through Chicago notes-bibliography styles.

The plan is the corpus generator's (compose.plan); the Markdown source keeps the bibliography
(no `suppress-bibliography`) and ends with a heading and pandoc's `::: {#refs}` div. The gold's
notes and citations are the corpus generator's; each work's fields are what its notes and its
bibliography entry state together (corpus fields.stated_fields over both texts).
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

from benchmarks.biblio import render
from benchmarks.corpus import ast, build, compose, fields, gold, pandoc
from benchmarks.corpus.config import FORMATS
from benchmarks.corpus.library import Work

POOLS = {"chicago": 4, "crh:en": 2, "sbl:en": 2, "basel:en": 1, "cdl": 1}
STYLES = ("chicago-shortened-notes-bibliography", "chicago-notes-bibliography")
# headings a bibliography goes under, in several languages; "" is the bare refs div
HEADINGS = ("Bibliography", "Works Cited", "Sources", "Bibliographie", "Literaturverzeichnis",
            "Bibliografía", "Список литературы", "Select Bibliography", "")  # fmt: skip


def build_all(works: dict[str, Work], out: Path, per_style: int, notes: tuple[int, int],
              seed: str, sections: bool = False) -> None:  # fmt: skip
    """Write every notes document (five formats) and its gold under out/notes; `sections`:
    the bibliography split in two under headings of their own (primary, secondary sources)."""
    build._WORKS.update(works)
    for style_id in STYLES:
        style = {"id": style_id, "lang": "en-US", "prose": "en", "pools": POOLS}
        pools = _pools(style, works)
        for i in range(1, per_style + 1):
            name = f"{style_id}-{i}"
            rng = random.Random(f"{seed}:{name}")
            doc = compose.plan(style, name, works, pools, rng.randint(*notes), seed)
            heading = rng.choice(HEADINGS) if not sections else "Bibliography"
            _render(doc, works, heading, out / "notes", sections=sections)


def _pools(style: dict, works: dict[str, Work]) -> dict[str, list[str]]:
    from benchmarks.corpus import library

    pools = library.pools(works)
    keys = [k for name in style["pools"] for k in pools.get(name, [])]
    return {name: [k for k in pools.get(name, []) if k in keys] for name in style["pools"]}


def _render(doc: compose.Doc, works: dict[str, Work], heading: str, out: Path, *,
            sections: bool = False) -> None:  # fmt: skip
    source = compose.markdown(doc).replace("suppress-bibliography: true\n", "")
    title = f"## {heading}\n\n" if heading else ""
    source += f"\n{title}::: {{#refs}}\n:::\n"
    items = [works[c].item for c in dict.fromkeys(c.key for c in doc.cites())]
    real, probe = build.rendered_pair(source, items, doc.style["id"], render.STYLE_DIR)
    answer = gold.build(doc, copy.deepcopy(real), probe, works)
    answer["works"] = with_entries(answer, real, probe, works)
    if sections:
        _split(real)
    ast.flatten(real)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        name = f"{doc.name}.{fmt}"
        pandoc.write(real, fmt, out / "docs" / name)
        record = {"document": f"docs/{name}", **answer}
        text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
        (out / "gold" / f"{name}.gold.json").write_text(text, encoding="utf-8")


SECTION_HEADINGS = ("Primary Sources", "Secondary Sources")


def _split(doc: dict) -> None:
    """The `#refs` div's entries in two halves, each under a heading of its own."""
    for block in render.divs(doc["blocks"]):
        if block["c"][0][0] == "refs":
            entries = block["c"][1]
            half = (len(entries) + 1) // 2
            block["c"][1] = [heading(SECTION_HEADINGS[0]), *entries[:half],
                             heading(SECTION_HEADINGS[1]), *entries[half:]]  # fmt: skip
            return


def heading(text: str, level: int = 3) -> dict:
    words = [w for word in text.split() for w in ({"t": "Space"}, {"t": "Str", "c": word})][1:]
    return {"t": "Header", "c": [level, ["", [], []], words]}


def with_entries(answer: dict, real: dict, probe: dict, works: dict[str, Work]) -> dict:
    """Each work's fields as its citations and its bibliography entry state them together."""
    real_entries, probe_entries = render.entries(real), render.entries(probe)
    texts: dict[str, list[str]] = {}
    for note in answer["notes"]:
        for cite in note["citations"]:
            texts.setdefault(cite["work"], []).append(cite["text"])
    out = {}
    for key in answer["works"]:
        entry = real_entries.get(key, "")
        probe_entry = probe_entries.get(key, "")
        # probes of the notes are not kept by gold.build: the entry's probe stands for them
        out[key] = fields.stated_fields(works[key].item, [*texts[key], entry], [probe_entry])
    return out
