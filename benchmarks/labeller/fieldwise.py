"""Field by field, who reads core.xml's dev half better: the grammar or the labeller, and how
sure the labeller was (the measure behind citekit/label/trust.txt).

    python benchmarks/labeller/fieldwise.py CORE.XML --gold DIR:ROOT [--gold ...] [--json OUT]
        [--folds 2] [--models DIR]
    python benchmarks/labeller/fieldwise.py --docs DIR:ROOT [--docs ...] --model MODEL
    python benchmarks/labeller/fieldwise.py --from OUT [--from OUT ...] [--suggest]

The dev half of core.xml (benchmarks/biblio/footnotes.py's split; the test half is never
read) is parted in two again; a model trained on one quarter (and the --gold corpora) reads
the other, so the labeller is never judged on references it was trained on (--folds N: in N,
each read by a model trained on the others; --models DIR: crossfit.py's models qI.crfsuite of
the same folds, not trained again). Each reference
is read as a one-reference note by the grammar (citekit.parse.parse_note) and by the
labeller; each field of either reading, or of the gold, is one record: the gold's value
found or not by each reading, and the labeller's confidence. The table says, per field and
band of confidence, how often taking the labeller's value would win or lose against the
grammar's.

--docs: the full citations of gold documents (GOLD.md; DIR's gold files, ROOT their documents'
root) read the same way by MODEL, which must never have been trained on them (for a model
trained on every corpus: generated documents of styles or numbers it did not see).
--suggest: per field and band edge, how often a value filled (or replaced) from that confidence
up is right and wrong, the best edge marked (trust.txt's fill and replace columns).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the benchmarks package

import pycrfsuite  # noqa: E402
from data import dev_folds, find_in_note, gold_corpora, labelled_sequence  # noqa: E402
from train import train_model  # noqa: E402

from benchmarks.biblio.footnotes import _reference  # noqa: E402
from benchmarks.biblio.lists import _scorer  # noqa: E402
from citekit.label import crf  # noqa: E402
from citekit.model import Note, Span  # noqa: E402
from citekit.parse import build_context, labelled, parse_note  # noqa: E402
from citekit.pipeline import find_notes  # noqa: E402

BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01)


def records(
    core: Path, gold_specs: list[str], folds: int = 2, models: Path | None = None
) -> list[dict]:
    """One record per field of every dev reference, each fold read by a model trained on
    the others (or by MODELS/qI.crfsuite, crossfit.py's)."""
    corpora = [] if models else gold_corpora(gold_specs)
    parted = dev_folds(core, folds)
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, read in enumerate(parted):
            model = (models or Path(tmp)) / f"q{i}.crfsuite"
            if models is None:
                others = [s for j, part in enumerate(parted) if j != i for s in part]
                trained = [s for s in map(labelled_sequence, others) if s is not None]
                train_model(corpora + trained, model)
            _use(model)
            out += _read_quarter(read)
    return out


def _use(model: Path) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    crf._tagger = lambda: tagger  # the quarter's model, not the package's


def _read_quarter(sequences) -> list[dict]:
    return _read_references([r for r in map(_reference, sequences) if r is not None])


def document_records(specs: list[str], model: Path) -> list[dict]:
    """One record per field of every full citation in the gold documents of SPECS (DIR:ROOT),
    read by MODEL (never trained on them)."""
    _use(model)
    out: list[dict] = []
    for spec in specs:
        folder, _, root = spec.partition(":")
        refs = []
        for gold_path in sorted(Path(folder).glob("*.gold.json")):
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            refs += _full_citations(data, Path(root or ".") / data["document"])
        out += _read_references(refs)
    return out


def _full_citations(data: dict, document: Path) -> list[tuple[str, dict]]:
    """(citation text as the note gives it, gold work) of every full citation of DATA."""
    try:
        notes = {n.number: n.text for n in find_notes(document).notes}
    except Exception as exc:  # an unreadable document is skipped, and said
        print(f"skip {document.name}: {exc}", file=sys.stderr)
        return []
    works = data.get("works", {})
    out = []
    for note in data.get("notes", []):
        for citation in note.get("citations", []):
            work = works.get(citation.get("work") or "")
            inline = notes.get(note["number"])
            if citation.get("kind") != "full" or not work or inline is None:
                continue
            text = find_in_note(inline, citation["text"])
            if text is not None:
                out.append((text, work))
    return out


def _read_references(refs: list[tuple[str, dict]]) -> list[dict]:
    context = build_context(text for text, _ in refs)
    field_match = _scorer().field_match
    out = []
    for index, (text, work) in enumerate(refs):
        note = Note(1, text, Span(0, len(text), 1))
        cited = parse_note(note, context)
        rules = max(cited, key=lambda c: len(c.text), default=None)
        reading = labelled.read_labelled(text)
        if rules is None or reading is None:
            continue
        mine = {**rules.fields, "ENTRYTYPE": rules.entry_type}
        learned = {**reading.parsed.fields, "ENTRYTYPE": reading.parsed.entry_type}
        for name in set(work) | set(mine) | set(learned):
            if name.startswith("_"):
                continue
            want, got_r, got_l = work.get(name), mine.get(name), learned.get(name)
            out.append(
                {
                    "field": name,
                    "reference": index,
                    "grammar_type": rules.entry_type,
                    "grammar_fields": sorted(rules.fields),
                    "gold": want is not None,
                    "rules": got_r is not None,
                    "labeller": got_l is not None,
                    "rules_ok": bool(want and got_r and field_match(name, want, got_r)),
                    "labeller_ok": bool(want and got_l and field_match(name, want, got_l)),
                    "same": got_r == got_l,
                    "confidence": reading.confidence.get(name, 1.0),
                }
            )
    return out


def table(rows: list[dict]) -> None:
    """Per field and band: what taking the labeller's value would change (tp and fp)."""
    for name in sorted({r["field"] for r in rows}):
        print(name)
        for low, high in zip(BANDS, BANDS[1:], strict=False):
            band = [r for r in rows if r["field"] == name and low <= r["confidence"] < high]
            counts = Counter()
            for r in band:
                if not r["labeller"] or r["same"]:
                    continue
                case = "differ" if r["rules"] else "added"
                counts[case, "tp"] += r["labeller_ok"] - r["rules_ok"]
                counts[case, "fp"] += (r["labeller"] and not r["labeller_ok"]) - (
                    r["rules"] and not r["rules_ok"]
                )
                counts[case, "n"] += 1
            if counts:
                cells = ", ".join(
                    f"{case} n {counts[case, 'n']} tp {counts[case, 'tp']:+d} "
                    f"fp {counts[case, 'fp']:+d}"
                    for case in ("differ", "added")
                    if counts[case, "n"]
                )
                print(f"  {low:.2f}-{min(high, 1.0):.2f}  {cells}")


def suggest(rows: list[dict]) -> None:
    """Per field, from each band edge up: a filled field right / wrong ("added"), a replaced
    one right where the grammar's was not / wrong where the grammar's was right ("differ");
    "*" marks the edge with the most net (ties: the lower edge)."""
    for name in sorted({r["field"] for r in rows}):
        for case in ("added", "differ"):
            counts = [_from_edge(rows, name, case, edge) for edge in BANDS[:-1]]
            if not any(good + bad for good, bad in counts):
                continue
            best = max(range(len(counts)), key=lambda i: (counts[i][0] - counts[i][1], -i))
            cells = "  ".join(
                f"{BANDS[i]:.2f}:{good}/{bad}" + ("*" if i == best else " ")
                for i, (good, bad) in enumerate(counts)
            )
            print(f"{name:10} {case:6} {cells}")


def _from_edge(rows: list[dict], name: str, case: str, edge: float) -> tuple[int, int]:
    """CASE's wins and losses for NAME where the labeller's confidence is EDGE or more."""
    good = bad = 0
    for r in rows:
        if r["field"] != name or r["confidence"] < edge or not r["labeller"] or r["same"]:
            continue
        if (case == "added") == r["rules"]:
            continue
        if case == "added":
            good, bad = good + r["labeller_ok"], bad + (not r["labeller_ok"])
        else:
            good += r["labeller_ok"] and not r["rules_ok"]
            bad += r["rules_ok"] and not r["labeller_ok"]
    return good, bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("core", type=Path, nargs="?")
    ap.add_argument("--gold", action="append", default=[])
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--models", type=Path, help="crossfit.py's folder of fold models")
    ap.add_argument("--docs", action="append", default=[], help="gold documents DIR:ROOT")
    ap.add_argument("--model", type=Path, help="--docs: the model that reads them")
    ap.add_argument("--json", type=Path, help="keep the records here")
    ap.add_argument(
        "--from",
        dest="source",
        type=Path,
        action="append",
        default=[],
        help="read records kept by --json (several: their union)",
    )
    ap.add_argument("--suggest", action="store_true", help="thresholds per field")
    args = ap.parse_args()
    rows = []
    for source in args.source:
        rows += json.loads(source.read_text(encoding="utf-8"))
    if args.core:
        rows += records(args.core, args.gold, args.folds, args.models)
    if args.docs:
        rows += document_records(args.docs, args.model)
    if args.json:
        args.json.write_text(json.dumps(rows), encoding="utf-8")
    table(rows)
    if args.suggest:
        suggest(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
