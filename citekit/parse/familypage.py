"""A short form with no comma between the name and the page: "Morton p. 47", "Ghosh pg. 33".

Students and hurried writers drop the comma of "Morton, 47" and keep the page's label; the
family name (one or two capitalised words) and a labelled page are then the whole span. A
sentence has more words than that, and a label-less number ("Chapter 4") is no page.
"""

from __future__ import annotations

from citekit.parse import namecues, uregex

# "Morton p. 47", "Ghosh pg. 33", "De Vries pp. 12-14"; nothing before or after
FAMILY_PAGE_RE = uregex.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s(?:pp?\.|pgs?\.)\s?\d+(?:\s?[-–]\s?\d+)?\.?"
)


def family_and_page(text: str) -> bool:
    """Is TEXT a family name and a labelled page alone ("Morton p. 47")?"""
    found = FAMILY_PAGE_RE.fullmatch(text.strip())
    if found is None:
        return False
    name = found.group("name")
    return namecues.name_only(name) and not namecues.prose_opener(name.split())
