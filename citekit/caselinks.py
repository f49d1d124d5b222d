"""Links that several cases share. A casebook or a court's opinion links each case it cites
to a database; where one address stands behind several cases' names, it is the page they are
all read in (the opinion itself), not any case's own, and no case keeps it as its `url`. A
case linked to an address of its own keeps it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from citekit.model import Work
from citekit.parse.cases import is_reported


def without_shared_links(works: Sequence[Work]) -> tuple[Work, ...]:
    """WORKS, the cases among them without a link another work has too."""
    counts = Counter(w.fields.get("url") for w in works if w.fields.get("url"))
    if not counts or max(counts.values()) < 2:
        return tuple(works)  # the cheap test first: no link is shared
    return tuple(
        replace(w, fields={k: v for k, v in w.fields.items() if k != "url"})
        if is_reported(w.entry_type, w.fields) and counts[w.fields.get("url")] >= 2
        else w
        for w in works
    )
