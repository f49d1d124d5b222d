"""A body named in capitals as a sentence of its own before its work's title, as ISO 690 and
ABNT name corporate authors: "BIBLIOTECA NACIONAL. *Hemeroteca Digital Brasileira*. Disponível
em: …", "WORLD HEALTH ORGANIZATION. *Title*. Geneva: WHO, 2000". Cut at its full stop, the
body reads as a sentence of prose and is lost; it is the work's author."""

from __future__ import annotations

from citekit.parse import uregex
from citekit.parse.citestart import citation_start

# a body as ISO 690 and ABNT name it, in capitals, as a sentence of its own: "BIBLIOTECA
# NACIONAL", "WORLD HEALTH ORGANIZATION", "BRASIL" (five letters or more: no siglum)
CAPITALS_BODY_RE = uregex.compile(r"[A-Z][A-Z'’&-]+(?:\s+(?:[A-Z][A-Z'’&-]*|D[AEO]S?|OF|FOR))*")


def capitals_body_then_title(prev: str, rest: str, separator: str) -> bool:
    """Is PREV, cut at a full stop, a body named in capitals and REST (the note from the cut
    on) the title of its work in italics: "BIBLIOTECA NACIONAL." + "*Hemeroteca Digital
    Brasileira*. Disponível em: …"? The body is the work's author."""
    if separator != "." or not rest.startswith("*"):
        return False  # the cheap tests first
    body = prev[citation_start(prev) :].strip()
    found = CAPITALS_BODY_RE.fullmatch(body)
    return found is not None and sum(c.isalpha() for c in body) >= 5
