"""A plain title with a full stop of its own, its part's container named after it.

"S. STEINBERG, Le pouvoir féodal au féminin." + "Une évaluation à partir des rôles de ban
(France, XVIe-XVIIe siècle), in Nel Solco di Teodora": italics would have held the title
together; in plain text the sentence after the cut is more of the title when it runs,
with no name of its own, into ", in" and the container's capital.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import cues, namecues
from citekit.parse.patterns import LEAD_IN_RE

CONTAINER_WORDS = lexicons.alternation(lexicons.words("container_words"))  # "in", "dans", "w"
# ", in Nel Solco", ", dans « Revue", ", [w:] Księga", ", In: Lima": the container after a title
CONTAINER_AFTER_RE = re.compile(rf",\s+\[?{CONTAINER_WORDS}\]?:?\s+[«“\"„]?\s?(?=[^\W\d_])")
TITLE_WORDS_MAX = 40  # the rest of a title; more is prose


def completes(cur: str) -> bool:
    """Does CUR finish the citation whose names and title's first sentence came before it?"""
    return cues.completes_citation(cur) or runs_to_container(cur)


def runs_to_container(cur: str) -> bool:
    """Does CUR carry on a title, opening with no name or lead-in, up to ", in Container"?"""
    if ", " not in cur:
        return False  # the cheap test first: the comma before the container word
    found = CONTAINER_AFTER_RE.search(cur)
    if found is None or not cur[found.end() : found.end() + 1].isupper():
        return False
    head = cur[: found.start()]
    return (
        head[:1].isupper()
        and len(head.split()) <= TITLE_WORDS_MAX
        and LEAD_IN_RE.match(cur) is None
        and not namecues.starts_with_name(cur)
    )
