"""A letter cited again by its heading alone: "Weldon to Pearson, November 16, 1901" after
"W. F. R. Weldon to Karl Pearson, November 16, 1901, Karl Pearson Papers, …". The writer's and
recipient's family names and the date say which earlier citation it repeats; its work (the
papers that hold the letter, or the edition that prints it) is the short form's.
"""

from __future__ import annotations

from citekit.model import Citation
from citekit.parse.letterhead import is_letter_heading, letter_key
from citekit.resolvestate import State, Work


def by_letter(citation: Citation, state: State) -> list[Work]:
    """The work of the latest earlier citation that opens with the heading CITATION gives
    alone, where one does."""
    if not is_letter_heading(citation.text):
        return []  # (the cheap test first: few short forms are a letter's heading)
    key = letter_key(citation.text)
    for earlier in reversed(state.resolved):
        if earlier.work is not None and letter_key(earlier.text) == key:
            return [state.works[earlier.work]]
    return []
