"""The trained CRF: loaded once from the package, applied to a citation's tokens."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

from citekit.label.features import sequence_features
from citekit.label.tokens import Token

MODEL_FILE = "fields.crfsuite"  # made by benchmarks/labeller/train.py
# another model file, for benchmarks that judge a model on references it was not trained on
# (benchmarks/labeller/crossfit.py); unset, the package's own
MODEL_SETTING = "CITEKIT_LABEL_MODEL"


def available() -> bool:
    """Whether the model file and python-crfsuite are both present."""
    return _tagger() is not None


def label_tokens(tokens: list[Token]) -> list[tuple[str, float]]:
    """Each token's label and the model's confidence in it (its marginal probability)."""
    tagger = _tagger()
    if tagger is None or not tokens:
        return [("other", 0.0) for _ in tokens]
    tagger.set(sequence_features(tokens))
    labels = tagger.tag()
    return [(label, tagger.marginal(label, i)) for i, label in enumerate(labels)]


@cache
def _tagger():  # -> pycrfsuite.Tagger | None
    try:
        import pycrfsuite  # C extension: imported only when labelling is asked for
    except ImportError:
        return None
    model = resources.files("citekit.label").joinpath(MODEL_FILE)
    if not model.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    if os.environ.get(MODEL_SETTING):
        tagger.open(str(Path(os.environ[MODEL_SETTING])))
        return tagger
    with resources.as_file(model) as path:
        tagger.open(str(path))
    return tagger
