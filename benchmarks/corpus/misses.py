"""Count what an extractor gets wrong on the generated corpus, by pattern (for score_corpus).

Each pattern is counted over every scored document, with the styles where it happens most:
the counts say what to work on, the styles where to look.
"""

from __future__ import annotations

from collections import Counter, defaultdict

TOP = 12  # rows per table
TABLES = {
    "notes": "notes: what went wrong with them",
    "missed": "gold citations with no predicted citation: gold kind, citations predicted/gold",
    "kind": "kinds: gold -> predicted",
    "locator": "locators: gold shape -> predicted shape",
    "fields": "fields: fn = gold value not found, fp = value not in gold",
    "types": "entry types: gold -> predicted",
}
DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014", "-"))


def report(runs: list[dict], scorer) -> str:
    """Tables of the most frequent misses over every scored document."""
    counts: dict[str, dict[str, Counter]] = {t: defaultdict(Counter) for t in TABLES}
    for run in runs:
        if run["report"] is not None:
            _count(run, scorer, counts)
    out = []
    for table, title in TABLES.items():
        totals = Counter({pattern: sum(c.values()) for pattern, c in counts[table].items()})
        out.append(f"\n{title} ({sum(totals.values())})")
        for pattern, n in totals.most_common(TOP):
            where = ", ".join(f"{s} {k}" for s, k in counts[table][pattern].most_common(3))
            out.append(f"  {n:6d}  {pattern}   [{where}]")
    return "\n".join(out)


def _count(run: dict, scorer, counts: dict[str, dict[str, Counter]]) -> None:
    gold, style = run["gold"], run["style"]
    predicted = {_number(n): n for n in run["report"].get("notes") or []}
    for note in gold["notes"]:
        pred = predicted.get(note["number"])
        if pred is None:
            counts["notes"][f"{run['format']}: note missing"][style] += 1
            continue
        if scorer.similar(note["text"], pred.get("text")) < 0.9:
            counts["notes"][f"{run['format']}: note text differs"][style] += 1
        _count_citations(note["citations"], pred.get("citations") or [], scorer, counts, style)
    for name, tally in (run["result"] or {}).get("fields", {}).get("per_field", {}).items():
        if name != "ENTRYTYPE":
            counts["fields"][f"{name} fn"][style] += tally["fn"]
            counts["fields"][f"{name} fp"][style] += tally["fp"]
    _count_types(run, scorer, counts["types"])


def _count_citations(gold: list[dict], pred: list[dict], scorer, counts, style: str) -> None:
    pairs = scorer.align(gold, pred)
    matched = {i for i, _ in pairs}
    for i, cit in enumerate(gold):
        if i not in matched:
            counts["missed"][f"{cit['kind']}: {len(pred)}/{len(gold)}"][style] += 1
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if g["kind"] != p.get("kind"):
            counts["kind"][f"{g['kind']} -> {p.get('kind')}"][style] += 1
        if scorer.norm_locator(g["locator"]) != scorer.norm_locator(p.get("locator")):
            counts["locator"][f"{_shape(g['locator'])} -> {_shape(p.get('locator'))}"][style] += 1


def _count_types(run: dict, scorer, counts: dict[str, Counter]) -> None:
    entries = {e.get("ID"): e for e in run["report"].get("entries") or []}
    for work, key in _work_keys(run["gold"], run["report"], scorer).items():
        want, got = run["gold"]["works"][work]["ENTRYTYPE"], entries.get(key, {}).get("ENTRYTYPE")
        if got and not scorer.field_match("ENTRYTYPE", want, got):
            counts[f"{want} -> {got}"][run["style"]] += 1


def _work_keys(gold: dict, report: dict, scorer) -> dict[str, str]:
    """Each gold work's predicted entry: the key its citations land on most."""
    votes: dict[str, Counter] = {}
    predicted = {_number(n): n.get("citations") or [] for n in report.get("notes") or []}
    for note in gold["notes"]:
        pred = predicted.get(note["number"], [])
        for i, j in scorer.align(note["citations"], pred):
            if pred[j].get("key"):
                votes.setdefault(note["citations"][i]["work"], Counter())[pred[j]["key"]] += 1
    return {w: c.most_common(1)[0][0] for w, c in votes.items()}


def _shape(locator: str | None) -> str:
    """'S. 45–47' -> 'L. 9-9': the pattern of a locator, for counting."""
    if locator is None:
        return "none"
    out, previous = [], ""
    for ch in locator.translate(DASHES).replace("\u00a0", " "):
        kind = "9" if ch.isdigit() else "L" if ch.isalpha() else ch
        if kind != previous or kind not in "9L":
            out.append(kind)
        previous = kind
    return "".join(out)


def _number(note: dict) -> int | None:
    try:
        return int(note.get("number"))
    except (TypeError, ValueError):
        return None
