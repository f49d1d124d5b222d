"""A bibliography-form note cut inside its quoted title: "Mark, Robert. “On the Structure" +
"The Art Bulletin 68 …": the full stop that closes the title ("….”") is no sentence end.

Notes typed in bibliography form ("Family, Given. “Title.” Site, Month D, YYYY. URL.") put
the title's full stop inside the closing quotation mark; the sentence cut there leaves the
name and an open quotation behind, and the site or journal that follows would read as a
source of its own ("The Franklin Institute, April 12, 2024. https://…").
"""

from __future__ import annotations

import re

# a word of the names: any word opening with a letter (a name, an initial, "and", "van", "de"),
# or "&"
_NAME_WORD = r"(?:[^\W\d_][\w'’.-]*|&)"
# the authors before the title: a few such words, no figures ("Smith, John.", "Mark, Robert,
# and Paul Hutchinson.", "Jmontefusco.", "McMahon, A. Michal.")
_NAMES_RE = re.compile(rf"{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{0,7}}\.$")
# what opens the source's next part: a capitalised word or an emphasised title, not a lead
# word that starts a citation of its own ("See", "Cf.", "Ibid.")
_NEXT_RE = re.compile(r"\*?[^\W\d_a-z]")
_LEADS = ("See ", "Cf.", "Ibid", "Id.", "Also ", "For ")


def title_open_at_cut(prev: str, rest: str, separator: str) -> bool:
    """Does PREV end inside a quoted title that authors' names open, the cut being the
    title's own full stop, and REST go on to the title's site or journal?"""
    if separator != "." or ("“" not in prev and '"' not in prev):
        return False  # the cheap test first: no quotation mark at all
    opening = _open_quote(prev)
    if opening < 0 or not _NEXT_RE.match(rest) or rest.startswith(_LEADS):
        return False
    head = prev[:opening].rstrip()
    return bool(head) and head[0].isupper() and _NAMES_RE.fullmatch(head) is not None


def _open_quote(text: str) -> int:
    """Where TEXT's last quotation left unclosed opens (-1 if every one is closed)."""
    curly = text.rfind("“")
    if curly >= 0 and "”" not in text[curly:]:
        return curly
    if text.count('"') % 2 == 1:
        return text.rfind('"')
    return -1
