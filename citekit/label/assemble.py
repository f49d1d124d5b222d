"""Labelled tokens -> labelled stretches of the citation text (one per run of a label)."""

from __future__ import annotations

from dataclasses import dataclass

from citekit.label.tokens import Token


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of tokens with one label: its place in the text and the model's mean confidence."""

    label: str
    start: int
    end: int
    confidence: float

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def segments_from_labels(tokens: list[Token], labels: list[tuple[str, float]]) -> list[Segment]:
    """Consecutive tokens that share a label, joined into segments, in text order."""
    out: list[Segment] = []
    run: list[float] = []
    for token, (label, confidence) in zip(tokens, labels, strict=True):
        if out and out[-1].label == label:
            last = out[-1]
            run.append(confidence)
            out[-1] = Segment(label, last.start, token.end, sum(run) / len(run))
        else:
            run = [confidence]
            out.append(Segment(label, token.start, token.end, confidence))
    return out
