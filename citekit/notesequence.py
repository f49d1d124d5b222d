"""A plain-text note that stands between its neighbours in the sequence is a note.

A wrapped line of a later note may open with a figure ("5 vols. (Chicago: …), 4:138–55") and
be judged the likelier note 5; the real note 5, which follows note 4 in the very next
paragraph and is followed by a candidate for note 6, must not lose to it.
"""

from __future__ import annotations

from citekit.layout import Candidate


def sandwiched(c: Candidate, chosen: list[Candidate], by_index: dict[int, Candidate]) -> bool:
    """Does C follow the last chosen note in the next paragraph, with note C+1 right after it?"""
    if not chosen:
        return False
    before = chosen[-1]
    if before.index != c.index - 1 or before.number != c.number - 1:
        return False
    after = by_index.get(c.index + 1)
    return after is not None and after.number == c.number + 1
