"""Where an ibid.'s span ends when the note goes on after it with a new sentence or a ";"."""

from __future__ import annotations

from citekit.parse import cues, uregex
from citekit.parse.patterns import IBID_WORDS

# the back-reference word as a sentence of its own: "Ibid.", "*Ebd.*", "Id."
BARE_IBID_RE = uregex.compile(rf"\*?(?i:{IBID_WORDS})\.?\*?\.?")


def ends_ibid(prev: str, cur: str, separator: str) -> bool:
    """Does the ibid. that PREV holds end before CUR?

    After ";" always: "Ibid., entries for 7 May; TNA, CO 273/221" cites a second source (the
    date is not a document that the archive reference would complete). After a bare "Ibid."
    the next sentence is its pinpoint only if it is one ("Ibid. Vol. 2"); "Ibid. The letter
    arrived in May" is commentary, though "Ibid." reads like a name alone.
    """
    if separator == ";":
        return cues.is_ibid(prev)
    if separator == "." and cues.is_ibid(prev) and cues.is_commentary(cur):
        return True  # "Ibid., ii. 21–281." + "For the order … see Finucane, *Miracles* …"
    bare = separator == "." and BARE_IBID_RE.fullmatch(prev.strip()) is not None
    return bare and not cues.locator_only(cur)
