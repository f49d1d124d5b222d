"""A body's acronym as a short form's author: "PSAC, *Use of Pesticides*, 23" after "President's
Science Advisory Committee, *Use of Pesticides* (…)"; "EPA, “DDT”" after "U.S. Environmental
Protection Agency, “DDT”". Reports and agency pages are cited in full under the body's name and
then, as their authors write them, under its initials.
"""

from __future__ import annotations

import re

ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
CAPITALISED_RE = re.compile(r"[A-ZÀ-Ý][^\W\d_]*")  # "President's" gives "President" alone
BODY_WORDS = 3  # a person's name is shorter than a body's: "Science Advisory Committee"


def abbreviates_body(short_author: str | None, full_author: str | None) -> bool:
    """Is SHORT_AUTHOR the initials of the body FULL_AUTHOR names: its capitalised words'
    first letters, all of them, or their opening or closing run (a national prefix, "U.S.",
    dropped)?"""
    if not short_author or not full_author or not ACRONYM_RE.fullmatch(short_author.strip()):
        return False
    if "," in full_author or " and " in full_author:
        return False  # "Family, Given" or several names: people, not a body
    words = CAPITALISED_RE.findall(full_author)
    if len(words) < BODY_WORDS:
        return False
    initials = "".join(w[0] for w in words)
    acronym = short_author.strip()
    return initials.startswith(acronym) or initials.endswith(acronym)
