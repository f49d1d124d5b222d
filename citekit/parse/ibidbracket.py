"""An ibid. word in parentheses after the name it stands for, the sentence going on after
it: "„Klamra” (tamże, s. 14-15) pisze: …", "szerzej opisuje A. Stańko (tamże, s. 309-340)",
"Dupont (ibid., p. 4) ajoute". The parentheses hold the back-reference and its pinpoint; the
name before them is who is quoted, not a new work."""

from __future__ import annotations

import re

from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import IBID_RE, IBID_WORDS

# a quoted name or title ("„Klamra”", "« Durand »"), or up to four capitalised words
# ("A. Stańko", "Jean Dupont"), then the opening parenthesis
NAME_PAREN_RE = re.compile(
    r"^(?:[„“\"«‘][^„“”\"«»‘’]{1,40}[”\"»’]|[A-ZÀ-ÝĀ-Ž]\S*(?:\s+[A-ZÀ-ÝĀ-Ž]\S*){0,3})\s*\("
)


def named_before(text: str) -> str:
    """The name before the parenthesis of a bracketed ibid. ("A. Stańko (tamże, …)" ->
    "A. Stańko"); "" where it is quoted ("„Klamra” (tamże, …)": a pseudonym, no author)."""
    head = NAME_PAREN_RE.match(text.strip())
    name = head.group().rstrip(" (") if head else ""
    return "" if name[:1] in '„“"«‘' else name


def bracketed_ibid(text: str) -> str | None:
    """The back-reference inside TEXT's parentheses ("tamże, s. 14-15"), where TEXT opens
    with a name and its parenthesis opens with an ibid. word; else None."""
    head = NAME_PAREN_RE.match(text.strip())
    if head is None:
        return None
    inner = text.strip()[head.end() :]
    close = inner.find(")")
    if close < 0 or IBID_RE.match(inner[:close].strip()) is None:
        return None
    return inner[:close].strip()


# the same in a note's prose, where nothing else is cited: "… szerzej opisuje A. Stańko
# (tamże, s. 309-340)." (the name's words, then the parenthesis with the ibid. word first)
IN_PROSE_RE = re.compile(
    r"(?:[„“\"«][^„“”\"«»]{1,40}[”\"»]|(?:[A-ZÀ-ÝĀ-Ž][\w.'’-]*\s+){0,3}[A-ZÀ-ÝĀ-Ž][\w'’-]+)"
    rf"\s*\((?=\s*(?i:{IBID_WORDS})\b)[^()]*\)"
)


def ibids_in_prose(text: str) -> list[tuple[Piece, str]]:
    """The spans of a note's prose that name someone and give an ibid. in parentheses."""
    return [(Piece(m.start(), m.end()), "") for m in IN_PROSE_RE.finditer(text)]
