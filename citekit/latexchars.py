"""Which characters of a .bib LaTeX can take, and LaTeX accents for the rest where they exist.

pdflatex prints a UTF-8 character only where LaTeX base declares a macro for it
(`lexicons/pdflatex_chars.txt`, read from its .dfu files): "Ḥ" (H with dot below) is not
declared although "ḥ" is, and "Ḫ" (H with breve below) has no macro in any standard
encoding. Such a character stops pdflatex. citekit cannot write it otherwise without
changing the letter, so the user is told (`unprintable`), and the classic flavour, which
writes macros anyway, writes kernel accents where the letter decomposes into them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache

from citekit import lexicons

# combining mark -> the LaTeX kernel accent command that draws it on any letter
_KERNEL_ACCENTS = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}
_ENTRY_START_RE = re.compile(r"^@\w+\{([^,\s]*),", re.M)
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")


def accent_macros(char: str) -> str | None:
    """CHAR as nested kernel accents on an ASCII letter ("Ḥ" -> "{\\d{H}}"), braced as one
    letter for BibTeX; None when it does not decompose into them ("Ḫ", "ʿ")."""
    base, *marks = unicodedata.normalize("NFD", char)
    if not (base.isascii() and base.isalpha() and marks):
        return None
    text = base
    for mark in marks:
        command = _KERNEL_ACCENTS.get(mark)
        if command is None:
            return None
        text = f"\\{command}{{{text}}}"
    return "{" + text + "}"


@cache
def printable_by_pdflatex(char: str) -> bool:
    """Whether pdflatex's UTF-8 input (T1, TS1, T2A loaded) has a macro for CHAR."""
    if char.isascii():
        return True
    starts, ends = _declared_ranges()
    place = bisect_right(starts, ord(char)) - 1
    return place >= 0 and ord(char) <= ends[place]


def unprintable(bib_text: str) -> dict[str, list[str]]:
    """The characters of BIB_TEXT pdflatex cannot print, each with the keys of the entries
    that hold it, in the order first met: {"Ḫ": ["kuehne1971vertrag"]}."""
    found: dict[str, list[str]] = {}
    if bib_text.isascii():
        return found
    starts = [(m.start(), m.group(1)) for m in _ENTRY_START_RE.finditer(bib_text)]
    positions = [start for start, _ in starts]
    for match in _NON_ASCII_RE.finditer(bib_text):
        char = match.group()
        if printable_by_pdflatex(char):
            continue
        entry = bisect_right(positions, match.start()) - 1
        key = starts[entry][1] if entry >= 0 else ""
        keys = found.setdefault(char, [])
        if key not in keys:
            keys.append(key)
    return found


@cache
def _declared_ranges() -> tuple[list[int], list[int]]:
    pairs = [line.split("-") for line in lexicons.entries("pdflatex_chars")]
    return [int(a, 16) for a, _ in pairs], [int(b, 16) for _, b in pairs]


def unprintable_warnings(bib_text: str, *, shown_keys: int = 3) -> list[str]:
    """One line per character of BIB_TEXT pdflatex cannot print, naming its entries and the
    ways out: "'Ḫ' (U+1E2A) in kuehne1971vertrag: pdflatex has no macro for it; ..."."""
    lines = []
    for char, keys in unprintable(bib_text).items():
        named = ", ".join(keys[:shown_keys])
        if len(keys) > shown_keys:
            named += f" and {len(keys) - shown_keys} more"
        lines.append(f"'{char}' (U+{ord(char):04X}) in {named}: {_way_out(char)}")
    return lines


def _way_out(char: str) -> str:
    macro = accent_macros(char)
    if macro:  # biber writes the accent macro into the .bbl itself
        return (
            f"pdflatex has no macro for it; run biber with --output-safechars (it writes "
            f"{macro[1:-1]}) or compile with lualatex or xelatex"
        )
    return (
        "pdflatex has no macro for it and LaTeX no standard accent; compile with lualatex or "
        f"xelatex, or declare one (\\DeclareUnicodeCharacter{{{ord(char):04X}}}{{...}})"
    )
