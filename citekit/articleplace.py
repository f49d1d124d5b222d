"""One article at one place: two full citations that give the same journal, volume and year
(and no other issue or pages) name one article even where one of them cuts its title short
("McMahon, “‘Bright Science and The Mechanic Arts.” *Journal* 47, no. 4 (1980): 351–68"
after the full title)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

# the facts that place an article in its journal: given, and alike, in both
PLACE_FIELDS = ("journal", "volume", "year")
# facts that may be left out of one of them, but must agree where both give them
OTHER_FIELDS = ("number", "pages")


def same_place(a: Mapping[str, str], b: Mapping[str, str], fold: Callable[[str], str]) -> bool:
    """Do A and B put an article in one journal, volume and year (issue and pages alike where
    both give them)? FOLD is the caller's text folding (identity.fold), passed in so that
    this module imports nothing."""
    if not (a.get("volume") and b.get("volume")):
        return False  # the cheap test first: most citations give no volume
    return all(
        a.get(key) and b.get(key) and fold(a[key]) == fold(b[key]) for key in PLACE_FIELDS
    ) and all(
        not (a.get(key) and b.get(key)) or fold(a[key]) == fold(b[key]) for key in OTHER_FIELDS
    )
