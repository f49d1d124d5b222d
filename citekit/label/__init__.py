"""A learned field labeller: citation text -> one label per token (a CRF), beside the rules.

The rules of ``citekit.parse`` read a citation by its grammar; this package reads it the
way AnyStyle and GROBID do, as a sequence of tokens labelled by a conditional random
field trained on generated and labelled references (``benchmarks/labeller/train.py``).
"""

from __future__ import annotations

from citekit.label.assemble import Segment, segments_from_labels
from citekit.label.crf import available, label_tokens
from citekit.label.tokens import Token, tokenize

__all__ = ["Segment", "Token", "available", "label_tokens", "segments_from_labels", "tokenize"]
