"""A sentence of prose that opens with a term in quotation marks: "“Rebaselining” occurs when
modifications are made …", "“Fair use” is a doctrine that …". A title in quotation marks is
closed by the comma or full stop of the citation ("“Title,” in Book", "‘Title’, *Journal*"),
or followed by its container; a term defined in prose runs straight into words in small
letters."""

from __future__ import annotations

import re

from citekit.parse.namecues import PARTICLES

# the quoted term (a few words, no punctuation of a citation inside), then three words in small
# letters with nothing between the closing mark and the first
QUOTED_TERM_PROSE_RE = re.compile(
    r"""^\s*[“"‘](?P<term>[^”"’,.;:]{1,40})[”"’]\s+
        (?P<words>[a-z]+)\s+[a-z]+\s+[a-z]+\b""",
    re.VERBOSE,
)
# words that lead to a container after a title, which is no prose: "“Title” in the Journal"
CONTAINER_WORDS = frozenset({"in", "en", "dans", "im", "nel", "nella", "em", "w", "v", "from"})


def opens_with_quoted_term(text: str) -> bool:
    """Does TEXT open with a term in quotation marks followed by running prose?"""
    found = QUOTED_TERM_PROSE_RE.match(text)
    if found is None:
        return False
    word = found.group("words")
    return word not in CONTAINER_WORDS and word not in PARTICLES
