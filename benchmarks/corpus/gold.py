"""The gold answer for a generated document, read from pandoc's rendering of it (GOLD.md format).

Citation texts are the Cite elements' rendered text; works are the bibliography keys; fields
are the records' fields that the rendered citations state (fields.py); kinds come from the
citations' order and words (kinds.py); locators are found in the rendered text (locators.py).
Diagnostics are not judged here: every gold says `"diagnostics": null`.
"""

from __future__ import annotations

import re

from benchmarks.corpus import ast, fields, kinds, locators
from benchmarks.corpus.compose import Doc
from benchmarks.corpus.library import Work

# a final period belongs to the note unless it ends an abbreviation ("Ibid.", "Hrsg.", "UP.")
KEEP_PERIOD_RE = re.compile(r"(?:^|[^\w.])(?:[^\W\d_]{1,4}\.)+$")  # "n.d." too


def build(doc: Doc, real: dict, probe: dict, works: dict[str, Work]) -> dict:
    """Gold notes and works for `doc` rendered as `real` (and with sentinels, as `probe`)."""
    cites = iter(doc.cites())
    probe_texts = iter(_cite_texts(probe))
    notes, texts, probes, first = [], {}, {}, {}
    for number, blocks in enumerate(ast.notes(real), start=1):
        note, spans = ast.note_text(blocks)
        citations = []
        for span in spans:
            cite = next(cites)
            if cite.key != span.key:
                raise ValueError(f"{doc.name}: note {number} renders {span.key}, not {cite.key}")
            text, probe_text = _clean(note[span.start : span.end]), next(probe_texts)
            item = works[cite.key].item
            locator = locators.find(text, cite.locator)
            details = fields.states_details(item, text, probe_text)
            dated_only = details and fields.dated_only(item, text)
            kind = kinds.classify(text, first.get(cite.key), locator, item, details, dated_only)
            first.setdefault(cite.key, kinds.without_locator(text, locator))
            texts.setdefault(cite.key, []).append(text)
            probes.setdefault(cite.key, []).append(probe_text)
            citations.append({"text": text, "kind": kind, "work": cite.key, "locator": locator})
        notes.append({"number": number, "text": _squash(note), "citations": citations})
    gold_works = {k: fields.stated_fields(works[k].item, texts[k], probes[k]) for k in texts}
    return {"notes": notes, "works": gold_works, "diagnostics": None}


def _cite_texts(doc: dict) -> list[str]:
    out = []
    for blocks in ast.notes(doc):
        note, spans = ast.note_text(blocks)
        out += [note[s.start : s.end] for s in spans]
    return out


def _clean(text: str) -> str:
    text = _squash(text).strip(" ;,\u00a0")
    if text.endswith(".") and not KEEP_PERIOD_RE.search(text):
        text = text[:-1]
    return text.rstrip(" ;,\u00a0")  # "Mémoire des hommes,." is "Mémoire des hommes"


def _squash(text: str) -> str:
    """Runs of ordinary spaces made one (no-break spaces are kept, as the writers keep them)."""
    return re.sub(r" {2,}", " ", text).strip()
