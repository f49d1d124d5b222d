"""Names glossed in Chinese or Japanese characters: "Sima Qian 司馬遷, *Shiji* 史記 (…)", "Seo
Tatsuhiko 妹尾達彥, *Chōan no toshi keikaku* …", "ed. Xin Deyong 辛德勇".

Sinologists and Japanologists print a person's name romanised and then in characters. The
characters are no part of the name's romanised form (they would keep the name parser from
seeing a name at all), and they say how the romanisation is ordered: as the characters are,
family name first ("Sima, Qian", "Seo, Tatsuhiko"), whatever the words look like.
"""

from __future__ import annotations

import re

from citekit.parse import deferred

# Han characters and kana (and the iteration mark), the script of the gloss
CJK = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")  # the cheap test: most citations hold no such character
# two or three capitalised words, then the characters, then what follows a name in a citation
GLOSSED_NAME_RE = deferred.compile(
    rf"(?<![\w*])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})\s+[{CJK}]+"
    rf"(?=\s*(?:[,;(]|\band\b|\beds?\.|$))"
)


def without_glosses(text: str) -> tuple[str, tuple[str, ...]]:
    """TEXT without the characters that gloss romanised names, and those names as written."""
    if not CJK_RE.search(text):
        return text, ()
    names = tuple(match["name"] for match in GLOSSED_NAME_RE.finditer(text))
    if not names:
        return text, ()
    return GLOSSED_NAME_RE.sub(lambda match: match["name"], text), names


def family_first(fields: dict[str, str], glossed: tuple[str, ...]) -> dict[str, str]:
    """FIELDS with each person GLOSSED names read family first: "Qian, Sima" -> "Sima, Qian"."""
    order = {frozenset(name.split()): name.split() for name in glossed}
    out = dict(fields)
    for role in ("author", "editor", "translator"):
        if role in out:
            out[role] = " and ".join(_turned(p, order) for p in out[role].split(" and "))
    return out


def _turned(person: str, order: dict[frozenset[str], list[str]]) -> str:
    words = order.get(frozenset(person.replace(",", " ").split()))
    return f"{words[0]}, {' '.join(words[1:])}" if words else person
