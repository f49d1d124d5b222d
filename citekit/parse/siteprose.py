"""A site or database that a sentence of commentary names before its address: "Los pergaminos
de Sahagún están digitalizados en el Portal de Archivos Españoles (PARES), http://pares.mcu.es",
"A viagem pode ser seguida na Trans-Atlantic Slave Trade Database, viagem n. 48514, https://…".

The sentence says where the source may be found; the source is the site's name, set in
capitals after a preposition or an article, and what follows it up to the address. A web page's
own title in sentence case ("Guide to the collections of the National Archives, https://…")
holds fewer words of prose than such a sentence.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.patterns import URL_RE

# the site's name: capitalised words, small joining words between them, perhaps its acronym in
# brackets, then a comma ("Portal de Archivos Españoles (PARES), ")
SITE_RE = re.compile(
    r"(?<=\s)[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’-]*)+(?=\s*(?:\([^()]{1,40}\))?,\s)"
)
PROSE_RE = re.compile(r"[^\W\d_]+(?:[\s'’-]+[^\W\d_]+)*\s+")  # words and spaces only
SMALL_WORDS = lexicons.words("title_case_small_words")  # "about", "through": no sign of prose
SHORT = 3  # letters: prepositions and articles ("en", "el", "na", "op", "het") say nothing
MIN_PROSE_WORDS = 3  # longer words in small letters: "pergaminos … están digitalizados"


def site_after_prose(text: str) -> int | None:
    """Where the site that TEXT's opening sentence names begins, before its address; None
    when TEXT holds no address or does not open with such a sentence."""
    address = URL_RE.search(text)
    site = SITE_RE.search(text, 0, address.start()) if address else None
    if site is None or PROSE_RE.fullmatch(text, 0, site.start()) is None:
        return None
    words = text[: site.start()].split()
    if not words[0][:1].isupper() or not words[-1].islower():
        return None  # a sentence, and the site after a preposition or an article
    prose = [
        w for w in words[1:] if w.islower() and len(w) > SHORT and w.casefold() not in SMALL_WORDS
    ]
    return site.start() if len(prose) >= MIN_PROSE_WORDS else None
