"""Write citekit/lexicons/locale_terms.txt: the words CSL styles print in notes, from the locales.

    python benchmarks/make_locale_terms.py LOCALES_REPO [COMMIT]

(LOCALES_REPO: a git clone of citation-style-language/locales, such as
/work/.mirror/citation-style-language+locales/repo.)

Reads every locales-*.xml of citation-style-language/locales (CC BY-SA 3.0,
https://citationstyles.org/) at COMMIT (default 938c09c, the one the lexicon was made from)
and keeps, for each locale written in Latin, Greek or Cyrillic letters, the terms a note
parser meets: month names, the roles (editor, translator, director) in every form ("ed.",
"edited by", "Hrsg.", "a cura di", "trad.", "réal."), "no date", the labels of a volume, an
issue, a page and a number ("vol.", "t.", "Bd.", "nº", "Heft", "S.", "str."), "in", "and",
"et al.", "no place", "no publisher", the edition and the ordinal suffixes ("2nd ed.",
"2. Aufl."). One line per kind and term, `KIND = term`, as the locale writes it (case kept:
"S." is a page, "s." too).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from citekit.lexicons import sort_key

COMMIT = "938c09c"
NS = {"csl": "http://purl.org/net/xbiblio/csl"}
SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
# an ordinal's suffix may be a raised letter: "ᵉ", "ª", "º"
ORDINAL_SCRIPTS = SCRIPTS + ("MODIFIER LETTER", "FEMININE ORDINAL", "MASCULINE ORDINAL")
OUT = Path(__file__).resolve().parent.parent / "citekit" / "lexicons" / "locale_terms.txt"
ROLES = ("editor", "translator", "director", "editortranslator", "collection-editor")
LABELS = ("volume", "issue", "page", "number", "folio", "chapter", "edition")
# term name -> the kind written; forms are added to a role's or a label's kind ("editor/verb")
PLAIN = {"no date": "no-date", "no-place": "no-place", "no-publisher": "no-publisher",
         "in": "in", "and": "and", "et-al": "et-al"}  # fmt: skip
MONTH_RE = re.compile(r"month-(?P<n>0[1-9]|1[0-2])$")
ORDINAL_RE = re.compile(r"ordinal(?:-\d\d)?$")
HEADER = """\
# Locale terms: the words CSL styles print in notes, in every language the CSL locale files
# (citation-style-language/locales @ {commit}, CC BY-SA 3.0, https://citationstyles.org/)
# are written in with Latin, Greek or Cyrillic letters. One `KIND = term` line each:
# month-01 … month-12 (long and short names), editor, translator, director, editortranslator,
# collection-editor (each also /short, /verb, /verb-short: "ed.", "edited by", "Hrsg.", "a cura
# di", "trad.", "réal."), no-date, no-place, no-publisher ("n.d.", "o. J.", "s.l."), the labels
# volume, issue, page, number, folio, chapter, edition (/short: "vol.", "Bd.", "nº", "S.",
# "str.", "Aufl."), in, and, et-al, ordinal (the suffix after an edition's number: "nd", "ª", "ᵉ").
# Used by citekit.lexicons (locale_terms, month_rows) and citekit.parse.localeterms, whose
# patterns join them to the hand-listed words (months, editor and translator marks, et al.,
# locator labels, "n.d.", editions); localeterms says which forms each takes.
# To rebuild: benchmarks/make_locale_terms.py (its docstring says how). To extend: add a word to
# the hand-written lexicon that uses it, not here.
# rules: sorted
"""


def _locale_files(repo: Path, commit: str) -> list[tuple[str, str]]:
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", commit],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    files = [name for name in names if name.startswith("locales-") and name.endswith(".xml")]
    return [(name, _show(repo, commit, name)) for name in files]


def _show(repo: Path, commit: str, name: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{name}"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def _written_in_known_letters(term: str, scripts: tuple[str, ...] = SCRIPTS) -> bool:
    letters = [c for c in term if c.isalpha()]
    return all(unicodedata.name(c, "").startswith(scripts) for c in letters)


def _texts(term: ET.Element) -> list[str]:
    """A term's words: its text, or its single and multiple forms."""
    parts = [term.text or ""] + [child.text or "" for child in term]
    return [" ".join(p.replace("\u00a0", " ").split()) for p in parts]


def _kind(name: str, form: str) -> str | None:
    suffix = "" if form == "long" else f"/{form}"
    if MONTH_RE.match(name):
        return name + suffix
    if name in ROLES or name in LABELS:
        return name + suffix
    if name in PLAIN and form in ("long", "short"):
        return PLAIN[name]
    if ORDINAL_RE.match(name):
        return "ordinal"
    return None


def locale_terms(xml: str) -> set[tuple[str, str]]:
    """The (kind, term) pairs one locale file gives."""
    root = ET.fromstring(xml)
    pairs: set[tuple[str, str]] = set()
    for term in root.iterfind("csl:terms/csl:term", NS):
        kind = _kind(term.get("name", ""), term.get("form", "long"))
        if kind is None:
            continue
        for text in _texts(term):
            scripts = ORDINAL_SCRIPTS if kind == "ordinal" else SCRIPTS
            if text and _written_in_known_letters(text, scripts):
                pairs.add((kind, text))
    return pairs


def main(argv: list[str]) -> int:
    repo = Path(argv[1])
    commit = argv[2] if len(argv) > 2 else COMMIT
    pairs: set[tuple[str, str]] = set()
    for _name, xml in _locale_files(repo, commit):
        pairs |= locale_terms(xml)
    lines = sorted((f"{kind} = {term}" for kind, term in pairs), key=sort_key)
    OUT.write_text(HEADER.format(commit=commit) + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} terms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
