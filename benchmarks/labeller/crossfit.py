"""The core.xml footnote proxy's dev half read with a labeller that never saw the reference:
rules alone, labeller alone and combined, field by field (issue 16).

    python benchmarks/labeller/crossfit.py build CORE.XML --gold DIR:ROOT [--gold ...] [--out DIR]
        [--folds 2] [--grobid DIR[:N]] [--lists GOLD_DIR]
    python benchmarks/labeller/crossfit.py score [--out DIR] [--modes rules,labeller,combined]
        [--formats md,txt] [--misses]

The shipped model is trained on the whole dev half, so the dev documents of
benchmarks/biblio/footnotes.py flatter it. Here the dev half is parted in FOLDS (every
FOLDS-th reference; two, as fieldwise.py parts it); each part becomes its own footnote
documents, read by a model trained on the other parts and the --gold corpora (the
CITEKIT_LABEL_MODEL setting). More folds train on more of the dev half, closer to the
shipped model (two folds: half of it). The test half is never read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the benchmarks package

from data import dev_folds, gold_corpora, labelled_sequence, reference_lists  # noqa: E402
from grobid import extra_sequences  # noqa: E402
from train import train_model  # noqa: E402

from benchmarks.biblio.footnotes import _reference, _write  # noqa: E402
from benchmarks.biblio.lists import _figures, _scorer  # noqa: E402

OUT = Path("/tmp/citekit-crossfit")
PER_DOC = 50
CMD = "env CITEKIT_LABEL_MODEL={model} CITEKIT_FIELDS={mode} citekit extract {doc} --format json"


def build(
    core: Path,
    gold_specs: list[str],
    out: Path,
    folds: int = 2,
    extra: list[str] = (),
    lists: list[str] = (),
) -> None:
    """Footnote documents of each fold of the dev half, and a model trained without it."""
    corpora = gold_corpora(gold_specs) + extra_sequences(list(extra)) + reference_lists(list(lists))
    parted = dev_folds(core, folds)
    for i, fold in enumerate(parted):
        refs = [r for r in map(_reference, fold) if r is not None]
        for start in range(0, len(refs), PER_DOC):
            name = f"core-q{i}-{start // PER_DOC + 1:02d}"
            _write(out / f"q{i}", name, refs[start : start + PER_DOC])
        others = [s for j, part in enumerate(parted) if j != i for s in part]
        trained = [s for s in map(labelled_sequence, others) if s is not None]
        train_model(corpora + trained, out / f"q{i}.crfsuite")


def score(out: Path, modes: list[str], formats: set[str], *, misses: bool) -> None:
    """Fields F1 per mode, format and field, each quarter read by the other's model."""
    scorer = _scorer()
    totals: dict[tuple[str, str], Counter] = {}
    for mode in modes:
        for quarter in sorted(out.glob("q?")):
            model = out / f"{quarter.name}.crfsuite"
            for path in sorted((quarter / "gold").glob("*.gold.json")):
                fmt = path.name.split(".")[1]
                if fmt not in formats:
                    continue
                data = json.loads(path.read_text(encoding="utf-8"))
                doc = quarter / data["document"]
                argv = CMD.format(model=model, mode=mode, doc=doc).split()
                found = json.loads(subprocess.run(argv, capture_output=True, text=True).stdout)
                result = scorer.score(found, data, verbose=misses and mode == modes[-1])
                for name, counts in result["fields"]["per_field"].items():
                    for group in (fmt, f"{fmt} {name}"):
                        totals.setdefault((group, mode), Counter()).update(counts)
    _table(totals, modes)


def _table(totals: dict[tuple[str, str], Counter], modes: list[str]) -> None:
    print(f"{'':24} " + " ".join(f"{m:>9}" for m in modes))
    for group in sorted({g for g, _ in totals}):
        cells = []
        for mode in modes:
            c = totals.get((group, mode), Counter())
            cells.append(_figures([c["tp"], c["fp"], c["fn"]]).split()[-1])
        print(f"{group:24} " + " ".join(f"{c:>9}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("command", choices=["build", "score"])
    ap.add_argument("core", type=Path, nargs="?")
    ap.add_argument("--gold", action="append", default=[])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--grobid", action="append", default=[], help="build: DIR[:N]")
    ap.add_argument("--lists", action="append", default=[], help="build: lists' gold folder")
    ap.add_argument("--folds", type=int, default=2, help="build: parts of the dev half")
    ap.add_argument("--modes", default="rules,labeller,combined")
    ap.add_argument("--formats", default="md,txt")
    ap.add_argument("--misses", action="store_true", help="the last mode's misses (stderr)")
    args = ap.parse_args(argv)
    if args.command == "build":
        build(args.core, args.gold, args.out, args.folds, args.grobid, args.lists)
    else:
        modes = args.modes.split(",")
        score(args.out, modes, set(args.formats.split(",")), misses=args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
