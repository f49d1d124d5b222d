"""Which works a style can cite: some styles print nothing, or almost nothing, for some types.

Bluebook gives an empty citation for a speech, for instance; such a work would make a gold
citation without text. Each work is rendered alone in a note three times (first, at once
again with a page, later again) and kept for the style only when its full citation shows a
word of its title or one of its names and the two repeats are not empty.
"""

from __future__ import annotations

from benchmarks.corpus import ast, pandoc
from benchmarks.corpus.fields import fold
from benchmarks.corpus.library import Work


def citable(style: dict, works: dict[str, Work], keys: list[str]) -> set[str]:
    """The keys among `keys` whose first citation in `style` names the work."""
    keys = sorted(set(keys))
    notes = [f"N.^[[@{{{k}}}{page}]]" for k in keys for page in ("", ", 12")]
    notes += [f"N.^[[@{{{k}}}]]" for k in keys]
    source = f"---\nlang: {style['lang']}\nsuppress-bibliography: true\n---\n\n"
    rendered = pandoc.citeproc(source + "\n\n".join(notes), [works[k].item for k in keys],
                               style["id"])  # fmt: skip
    texts = [fold(ast.note_text(blocks)[0]) for blocks in ast.notes(rendered)]
    n = len(keys)
    return {
        k
        for i, k in enumerate(keys)
        if _names_work(texts[2 * i], works[k]) and texts[2 * i + 1] and texts[2 * n + i]
    }


def _names_work(text: str, work: Work) -> bool:
    item = work.item
    people = item.get("author") or item.get("editor") or []
    words = [fold(p.get("family") or p.get("literal") or "") for p in people]
    words += [w for w in fold(item.get("title", "")).split() if len(w) > 3]
    return len(text.split()) >= 3 and any(w and f" {w} " in f" {text} " for w in words)
