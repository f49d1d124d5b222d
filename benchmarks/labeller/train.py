"""Train the field labeller (a CRF) and write citekit/label/fields.crfsuite.

    python benchmarks/labeller/train.py --anystyle core.xml[:dev] --gold DIR:ROOT [--gold ...]
        [--train-gold DIR:ROOT ...] [--grobid DIR[:N]] [--lists GOLD_DIR] [--holdout 0.1]
        [--out citekit/label/fields.crfsuite]

"core.xml:dev" takes only the dev half of core.xml (benchmarks/biblio/footnotes.py's split),
so that the labeller can be measured on the test half it has never seen.

Each --gold names a folder of gold files and the root their "document" paths are relative to.
--train-gold is a --gold (--train-anystyle an --anystyle) that only trains (none of its
citations is held back), so that the held-back sample stays the one of the corpora named
by --anystyle and --gold (but --train-anystyle of the same core.xml part trains on its
held-back references too: then the held-back accuracy flatters the model).
--grobid names a folder of GROBID's TEI citation training files (grobid.py), N of their
references drawn at random; they only train, so the held-back sample stays comparable.
Training takes a minute or two on this machine (python-crfsuite, L-BFGS, elastic net).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the benchmarks package

import pycrfsuite  # noqa: E402
from data import anystyle, gold, gold_corpora, reference_lists  # noqa: E402
from grobid import extra_sequences  # noqa: E402

from citekit.label.features import sequence_features  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parents[1] / "citekit" / "label" / "fields.crfsuite"


def main() -> int:
    args = _arguments()
    sequences = []
    for spec in args.anystyle:
        path, _, part = spec.partition(":")
        sequences += anystyle(Path(path), part or None)
    for spec in args.gold:
        folder, _, root = spec.partition(":")
        sequences += gold(Path(folder), Path(root or "."))
    random.Random(7).shuffle(sequences)
    cut = int(len(sequences) * args.holdout)
    test, train = sequences[:cut], sequences[cut:] + extra_sequences(args.grobid)
    train += reference_lists(args.lists) + gold_corpora(args.train_gold)
    for spec in args.train_anystyle:  # training only: a second weight for core.xml's words
        path, _, part = spec.partition(":")
        train += anystyle(Path(path), part or None)
    print(f"{len(train)} training and {len(test)} test sequences", file=sys.stderr)
    started = time.process_time()
    train_model(train, args.out, c1=args.c1, c2=args.c2, iterations=args.iterations)
    print(
        f"trained in {time.process_time() - started:.0f} s CPU; "
        f"model {args.out.stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    if test:
        _evaluate(args.out, test)
    return 0


def train_model(
    sequences, out: Path, *, c1: float = 0.05, c2: float = 0.01, iterations: int = 300
) -> None:
    """A CRF trained on SEQUENCES (tokens, labels), written to OUT."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in sequences:
        trainer.append(sequence_features(tokens), labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.minfreq": 2,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def _evaluate(model: Path, test) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    right, total = Counter(), Counter()
    for tokens, labels in test:
        for gold_label, guess in zip(labels, tagger.tag(sequence_features(tokens)), strict=True):
            total[gold_label] += 1
            right[gold_label] += gold_label == guess
    overall = sum(right.values()) / max(1, sum(total.values()))
    print(f"token accuracy on held-back sequences: {overall:.3f}")
    for label, count in total.most_common():
        print(f"  {label:12} {right[label] / count:.3f}  ({count})")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--anystyle", action="append", default=[])
    parser.add_argument("--gold", action="append", default=[])
    parser.add_argument("--train-gold", action="append", default=[], help="DIR:ROOT")
    parser.add_argument("--train-anystyle", action="append", default=[], help="core.xml[:dev]")
    parser.add_argument("--grobid", action="append", default=[], help="DIR[:N]")
    parser.add_argument("--lists", action="append", default=[], help="lists' gold folder")
    parser.add_argument("--holdout", type=float, default=0.1)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
