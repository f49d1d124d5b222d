"""The real bibliographies under data/bib/, as CSL items pandoc's citeproc renders.

Each .bib is converted by pandoc itself (`-f biblatex -t csljson`), so the fields the gold
states are the fields citeproc renders. Pandoc lowers English titles to sentence case when it
converts BibTeX (CSL styles are expected to title-case them again, which note styles for other
languages do not): to keep titles as the libraries wrote them, every entry is converted as if
its language were German, and its own language is set back afterwards.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import bibtexparser

from benchmarks.corpus.config import BIB_DIR, load_json

LANGUAGES = {  # langid / language / hyphenation values -> ISO 639-1
    "german": "de", "ngerman": "de", "english": "en", "american": "en", "british": "en",
    "french": "fr", "italian": "it", "spanish": "es", "portuguese": "pt", "brazil": "pt",
    "russian": "ru", "dutch": "nl", "polish": "pl",
}  # fmt: skip
DEFAULT_LANGUAGE = {"abnt": "pt", "ru": "ru", "scpo": "fr", "cdl": "en", "chicago": "en",
                    "oscola": "en"}  # fmt: skip
NAME_VARIABLES = ("author", "editor", "translator", "container-author")
BROKEN_NAME_RE = re.compile(r"\band\b|[a-z]\.?and\b|\d")
# pandoc reads {\'\i} as a dotless i and a combining accent: written as the accented letter
DOTLESS_I = {"\u0131\u0301": "í", "\u0131\u0300": "ì", "\u0131\u0302": "î", "\u0131\u0308": "ï"}
URL_RE = re.compile(r"(https?|ftp)://\S+")
LANG_FIELD_RE = re.compile(r"^\s*(langid|hyphenation|language)\s*=.*\n", re.M)
ENTRY_START_RE = re.compile(r"^(@\w+\{[^,\s]+,)\n", re.M)


@dataclass(frozen=True)
class Work:
    """One record of one bibliography, keyed 'source:key' (the gold's work label)."""

    key: str
    source: str
    lang: str  # ISO 639-1, or "" when the library does not say
    item: dict = field(hash=False)  # the CSL item, its "id" being `key`


def load() -> dict[str, Work]:
    """Every usable record of every bibliography, without cross-library duplicates."""
    works: dict[str, Work] = {}
    seen: set[tuple[str, str, str]] = set()
    for path in sorted(BIB_DIR.glob("*.bib")):
        for work in _load_file(path):
            identity = _identity(work.item)
            if identity not in seen:
                seen.add(identity)
                works[work.key] = work
    return works


def pools(works: dict[str, Work]) -> dict[str, list[str]]:
    """Work keys by 'source' and by 'source:language'."""
    out: dict[str, list[str]] = {}
    for work in works.values():
        out.setdefault(work.source, []).append(work.key)
        out.setdefault(f"{work.source}:{work.lang}", []).append(work.key)
    return out


def language_of(entry, default: str = "") -> str:
    """The ISO code of a bibtexparser entry's langid, language or hyphenation field."""
    for name in ("langid", "language", "hyphenation"):
        found = entry.fields_dict.get(name)
        value = str(found.value).strip("{} ").lower() if found else ""
        if value:
            return LANGUAGES.get(value, value[:2])
    return default


def _load_file(path: Path) -> list[Work]:
    source = path.stem
    text = path.read_text(encoding="utf-8")
    entries = {e.key: e for e in bibtexparser.parse_string(text).entries}
    items = _to_csl(ENTRY_START_RE.sub(r"\1\n  langid = {ngerman},\n", LANG_FIELD_RE.sub("", text)))
    out = []
    for item in items:
        entry = entries.get(item["id"])
        if entry is None or not item.get("type") or not item.get("title") or _broken(item):
            continue  # '@misc' without a kind pandoc knows; untitled or garbled records
        lang = language_of(entry, DEFAULT_LANGUAGE.get(source, "")) or _guess(item["title"])
        out.append(Work(f"{source}:{item['id']}", source, lang, _fix(item, entry, lang, source)))
    return out


def _fix(item: dict, entry, lang: str, source: str) -> dict:
    item = json.loads(_undot(json.dumps(item, ensure_ascii=False)))
    item["id"] = f"{source}:{item['id']}"
    item.pop("language", None)
    if lang:
        item["language"] = lang
    if entry.entry_type.lower() == "software":
        item["type"] = "software"  # pandoc reads @software as a book
    url = URL_RE.search(item.get("URL", ""))
    item.pop("URL", None)
    if url:  # ": https://…" in a library's url field: the address only
        item["URL"] = url.group()
    return item


def _undot(text: str) -> str:
    for bad, good in DOTLESS_I.items():
        text = text.replace(bad, good)
    return text


def _broken(item: dict) -> bool:
    """LaTeX that pandoc could not read ('Ci\\^encias'), two names run together in one."""
    strings = [v for v in item.values() if isinstance(v, str)]
    names = [p for k in NAME_VARIABLES for n in item.get(k, []) for p in n.values()]
    return any("\\" in s for s in strings) or any(BROKEN_NAME_RE.search(str(p)) for p in names)


def _to_csl(bibtex: str) -> list[dict]:
    proc = subprocess.run(
        ["pandoc", "-f", "biblatex", "-t", "csljson"],
        input=bibtex, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(proc.stdout)


def _identity(item: dict) -> tuple[str, str, str]:
    names = item.get("author") or item.get("editor") or [{}]
    first = names[0].get("family") or names[0].get("literal") or ""
    year = str(((item.get("issued") or {}).get("date-parts") or [[""]])[0][0])
    return (_fold(first), _fold(item.get("title", ""))[:40], year)


def _guess(title: str) -> str:
    """The language whose function words the title uses most, or "" when none are used."""
    words = re.findall(r"\w+", title.casefold())
    counts = {lang: sum(w in ws for w in words) for lang, ws in _stopwords().items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else ""


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("stopwords.json").items() if k[0] != "_"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.casefold() if c.isalnum())
