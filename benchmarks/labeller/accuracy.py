"""Token accuracy of a labeller model on labelled sequences it was not trained on.

    python benchmarks/labeller/accuracy.py MODEL [MODEL ...] [--anystyle core.xml:test]
        [--gold DIR:ROOT ...] [--heldback 0.1]

Each --gold names gold files and their documents' root (as train.py); each model is read on
the same sequences, label by label. With --heldback F, only the sample train.py holds back
from the same --anystyle and --gold (in the same order): its first F of the shuffled sequences.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))  # the benchmarks package

import pycrfsuite  # noqa: E402
from data import anystyle, gold_corpora  # noqa: E402

from citekit.label.features import sequence_features  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--anystyle", action="append", default=[])
    parser.add_argument("--gold", action="append", default=[])
    parser.add_argument("--heldback", type=float, help="train.py's held-back fraction")
    args = parser.parse_args()
    sequences = []
    for spec in args.anystyle:
        path, _, part = spec.partition(":")
        sequences += anystyle(Path(path), part or None)
    sequences += gold_corpora(args.gold)
    if args.heldback:
        random.Random(7).shuffle(sequences)  # train.py's draw
        sequences = sequences[: int(len(sequences) * args.heldback)]
    features = [sequence_features(tokens) for tokens, _ in sequences]
    print(f"{len(sequences)} sequences, {sum(len(t) for t, _ in sequences)} tokens")
    for model in args.models:
        right, total = _counts(model, sequences, features)
        overall = sum(right.values()) / max(1, sum(total.values()))
        by_label = ", ".join(f"{label} {right[label] / n:.3f}" for label, n in total.most_common(8))
        print(f"{model}: {overall:.3f} ({by_label})")
    return 0


def _counts(model: Path, sequences, features) -> tuple[Counter, Counter]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    right, total = Counter(), Counter()
    for (_, labels), feats in zip(sequences, features, strict=True):
        for gold_label, guess in zip(labels, tagger.tag(feats), strict=True):
            total[gold_label] += 1
            right[gold_label] += gold_label == guess
    return right, total


if __name__ == "__main__":
    sys.exit(main())
