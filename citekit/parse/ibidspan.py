"""Where an ibid.'s span ends when the note goes on after it with a new sentence or a ";"."""

from __future__ import annotations

from citekit.parse import cues, titlespans, uregex
from citekit.parse.inherit import opens_with_same_author
from citekit.parse.patterns import IBID_WORDS, YEAR_RE

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


def same_author_opens(prev: str, rest: str, separator: str) -> bool:
    """Is PREV a bare same-author word ("Idem.", "Id.", "Ders.") and REST, the note from the
    next sentence on, a work cited in full (a title or an imprint, and a year, before the next
    ";")? Then the word is the author of a new citation, not an ibid.: "Idem." + "A nossa
    Vendéia. *O Estado de S. Paulo*, São Paulo, 14 mar. 1897, p. 1" (ABNT writes the author's
    repeat as a sentence of its own, as it writes every author)."""
    bare = prev.strip()
    if separator != "." or BARE_IBID_RE.fullmatch(bare) is None:
        return False  # the cheap test first
    if not opens_with_same_author(bare.strip("*")):
        return False  # "Ibid." + "*Title* …" is no author's repeat
    clause = rest.split(";", 1)[0]
    return (
        YEAR_RE.search(clause) is not None
        and (titlespans.has_title(clause) or cues.has_imprint(clause))
        and not cues.is_commentary(clause)
        and not cues.locator_only(clause)
    )
