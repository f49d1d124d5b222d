"""A sentence that names its own author before its title ("Mielle de Becdelièvre, *Prêcher en
silence*, 207") is a citation of its own, never the title half of the names before it.

rejoin joins "Name." + "*Title*, …" (an author line, then the work): right when the sentence
before holds only names, wrong when that sentence is a manuscript or place ("Liget Bible,
Paris, Bibliothèque Nationale de France, Ms. Latin 11509." + "Mielle de Becdelièvre,
*Prêcher en silence*, 400–404"): the second sentence already names who wrote the title.
"""

from __future__ import annotations

from citekit.parse import deferred, namecues, titlespans

# names (no title mark, bracket or clause stop among them), a comma, then the title's mark
NAMES = r"[^,;:()*“”\"‘’.]+"
AUTHOR_THEN_TITLE_RE = deferred.compile(rf"{NAMES}(?:\.\s?{NAMES}){{0,3}},\s*(?:\*|“|\"|‘)")
OPENING = 120  # characters: names and the title mark stand at the very start


def opens_with_author_and_title(sentence: str) -> bool:
    """Does SENTENCE open with its author's names, a comma and a marked title?"""
    head = sentence[:OPENING]
    if ", *" not in head and ", “" not in head and ', "' not in head and ", ‘" not in head:
        return False  # the cheap test first: no comma before a title mark
    found = AUTHOR_THEN_TITLE_RE.match(head)
    if found is None or not namecues.starts_with_name(head):
        return False
    mark = found.end() - 1  # a title, not a marker in italics: "Rethinking Set Theory, *op. cit.*"
    return any(title.start() == mark for title in titlespans.titles(head))
