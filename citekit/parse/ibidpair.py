"""Where an ibid.'s word ends when a second back-reference word follows it: "Idem, ibidem, p. 101".

Spanish, Portuguese and Italian notes double the word ("Idem, ibidem", "Id., ibid."): the same
author, the same work. The second word is no part of the locator.
"""

from __future__ import annotations

import re

from citekit.parse import uregex
from citekit.parse.patterns import IBID_RE, IBID_WORDS

# ", ibidem", " ibid.", ", *ibid.*": a second back-reference word right after the first
SECOND_IBID_RE = uregex.compile(rf",?\s*\*?(?i:{IBID_WORDS})\b\.?\*?(?=\s|,|;|:|$)")


def ibid_word(text: str) -> tuple[re.Match[str], int]:
    """The ibid. word that opens TEXT (stripped) and where the back-reference ends in it."""
    match = IBID_RE.match(text)
    assert match is not None  # the classifier typed the citation an ibid. by this pattern
    end = match.end()
    if "," in text[end : end + 2] or text[end : end + 1] == " ":
        second = SECOND_IBID_RE.match(text, end)
        if second is not None:
            end = second.end()
    return match, end
