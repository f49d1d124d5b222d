"""Inverted names joined by slashes before a colon, as German reference lists print them:
"Brunner, Otto/Conze, Werner/Koselleck, Reinhart (Hg.): *Geschichtliche Grundbegriffe* …",
"Koselleck, Reinhart/Meier, Christian: „Fortschritt“, in: …", "Müller, Hans (Hg.): …". Each
"Family, Given" is one person; an editors' mark ("(Hg.)", "(Hrsg.)") before the colon makes
them editors."""

from __future__ import annotations

import re

from citekit.parse.refpeople import EDITOR_MARK_RE, Head

# "Family, Given" (a family of up to three words: "Le Goff", "von Thadden"; given names or
# initials) — the shape each slash-separated part must have
INVERTED = (
    r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2},\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}"
)
SLASH_HEAD_RE = re.compile(
    rf"^(?P<names>{INVERTED}(?:\s?/\s?{INVERTED})*)\s*(?P<mark>\([^()]{{1,12}}\))?:\s+"
)


def slash_head(text: str) -> Head | None:
    """The head of an entry whose names are inverted and joined by slashes, or None."""
    match = SLASH_HEAD_RE.match(text)
    if match is None:
        return None
    mark = match.group("mark")
    if mark and not EDITOR_MARK_RE.search(mark):
        return None  # "(1999)" or a note in brackets: not a head this reader knows
    if not mark and "/" not in match.group("names"):
        return None  # one name and a colon: citekit.parse.refnames reads it
    people = tuple(" ".join(p.split()) for p in match.group("names").split("/"))
    return Head(people, "editor" if mark else "author", None, text[match.end() :])
