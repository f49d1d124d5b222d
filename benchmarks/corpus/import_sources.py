"""Select and clean the real bibliographies under data/bib/ from fetched source repositories.

    python -m benchmarks.corpus.import_sources [--mirrors /work/.mirror] [--only ID,ID]

Run once by whoever refreshes the data (the build does not need it). For each source in
data/sources.json it reads the listed files at the recorded commit from a bare git mirror
(MIRRORS/OWNER+NAME/repo), drops records that are obviously broken (no title, no author where
one is required, a placeholder title, a name that is really the start of the title), keeps a
deterministic selection per record type and language, and writes the records with their
bibliographic fields only (abstracts, annotations, keywords and file links are dropped).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import re
import subprocess
from pathlib import Path

import bibtexparser

from benchmarks.corpus.config import BIB_DIR, load_json
from benchmarks.corpus.library import language_of

MIRRORS = Path("/work/.mirror")
BAD_TITLE_RE = re.compile(r"<<|notitle|[\u1d00-\u1d2b]")  # placeholders, small-capital letters
URL_RE = re.compile(r"https?://[^\s{}]+")
CODE_HOST_RE = re.compile(r"//(github\.com|gitlab\.com|bitbucket\.org|pypi\.org|cran\.r-project)")
# the placeholders of template bibliographies ("The title of the work", "The name of the publisher")
PLACEHOLDER_RE = re.compile(
    r"(title of the (work|book)|name of the (publisher|journal)|address of "
    r"the publisher|school where|initials in the bibliography entries)",
    re.I,
)
KEY_RE = re.compile(r"[\w:.+/-]+")  # keys pandoc can cite ("burri_<<>>_1994" cannot be)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=MIRRORS)
    ap.add_argument("--only", help="comma-separated source ids (default: all)")
    args = ap.parse_args(argv)
    BIB_DIR.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only.split(",")) if args.only else None
    for source in load_json("sources.json")["sources"]:
        if wanted and source["id"] not in wanted:
            continue
        kept = _import(source, args.mirrors)
        print(f"{source['id']}: {kept} records")
    return 0


def _import(source: dict, mirrors: Path) -> int:
    git_dir = mirrors / source["repo"].replace("/", "+") / "repo"
    entries = {}
    for path in source["paths"]:
        text = subprocess.run(
            ["git", "--git-dir", str(git_dir), "show", f"{source['commit']}:{path}"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        library = bibtexparser.parse_string(text)  # expands @string macros
        entries.update({e.key: e for e in library.entries})
    chosen = _select(source, entries)
    out = [_header(source)] + [_serialise(entries[key]) for key in chosen]
    (BIB_DIR / f"{source['id']}.bib").write_text("\n\n".join(out) + "\n", encoding="utf-8")
    return len(chosen)


def _select(source: dict, entries: dict) -> list[str]:
    usable = {k: e for k, e in entries.items() if _usable(e)}
    order = sorted(usable, key=lambda k: hashlib.sha1(f"{source['id']}:{k}".encode()).hexdigest())
    chosen: list[str] = []
    for pick in source["picks"]:
        want = [
            k
            for k in order
            if usable[k].entry_type.lower() in pick["types"]
            and k not in chosen
            and ("lang" not in pick or language_of(usable[k]) == pick["lang"])
        ]
        chosen += want[: pick["n"]]
    return _with_parents(chosen, entries)


def _with_parents(keys: list[str], entries: dict) -> list[str]:
    """Add the records that chosen ones inherit fields from (crossref, xref, xdata)."""
    out = list(keys)
    for key in out:  # grows while iterating: parents of parents are added too
        for name in ("crossref", "xref", "xdata"):
            parent = _value(entries[key], name)
            if parent and parent in entries and parent not in out:
                out.append(parent)
    return out


def _usable(entry) -> bool:
    kind = entry.entry_type.lower()
    title = _value(entry, "title")
    if len(title) < 4 or BAD_TITLE_RE.search(title) or not KEY_RE.fullmatch(entry.key):
        return False
    if any(PLACEHOLDER_RE.search(str(f.value)) for f in entry.fields):
        return False
    if any(_unfoldable(str(f.value)) for f in entry.fields):
        return False
    names = _value(entry, "author") or _value(entry, "editor")
    if kind in _rules()["needs_author"] and not names:
        return False
    if names and _name_is_title(names, title):
        return False
    has_year = re.search(r"\b(1[0-9]|20)\d\d\b", _value(entry, "date") or _value(entry, "year"))
    return bool(has_year or kind in _rules()["no_date_ok"])


def _unfoldable(text: str) -> bool:
    """Letters whose capital folds to another letter (Turkish 'ı' -> 'I' -> 'i'): small capitals
    print them in capitals in plain text, where the scorer's folding cannot find them again."""
    return any(c.upper().casefold() != c.casefold() for c in text if c.isalpha())


def _name_is_title(names: str, title: str) -> bool:
    """'Erdbeben, Feuer' as author of 'Erdbeben, Feuer, Wasser...': a title read as a name."""
    first = names.split(" and ")[0]
    if "," not in first:
        return False
    family, given = (p.strip() for p in first.split(",", 1))
    words = re.findall(r"\w+", title)
    return words[:2] == [family, given]


def _value(entry, name: str) -> str:
    field = entry.fields_dict.get(name) or entry.fields_dict.get(name.capitalize())
    if field is None:
        return ""
    return str(field.value).strip().strip('{}"').strip()


def _serialise(entry) -> str:
    kind, fields = (
        entry.entry_type.lower(),
        [f for f in entry.fields if f.key.lower() in _rules()["kept_fields"]],
    )
    pairs = [(f.key.lower(), str(f.value)) for f in fields]
    url = URL_RE.search(_value(entry, "howpublished")) if kind == "misc" else None
    if url:  # "@misc{..., howpublished = {\url{https://github.com/...}}}": a program or a page
        pairs = [(k, v) for k, v in pairs if k != "howpublished"] + [("url", url.group())]
        kind = "software" if CODE_HOST_RE.search(url.group()) else "online"
    body = ",\n".join(f"  {key} = {_braced(value)}" for key, value in pairs)
    return f"@{kind}{{{entry.key},\n{body}\n}}"


def _braced(value) -> str:
    # bibtexparser has removed the delimiters and expanded @string macros already
    return "{" + str(value).strip() + "}"


@functools.cache
def _rules() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("import_rules.json").items() if k[0] != "_"}


def _header(source: dict) -> str:
    return (
        f"% Selected from {source['repo']} at {source['commit']}\n"
        f"% files: {', '.join(source['paths'])}\n"
        f"% licence: {source['licence']}\n"
        "% by benchmarks/corpus/import_sources.py: broken records dropped, "
        "non-bibliographic fields removed, "
        "template placeholders dropped"
    )


if __name__ == "__main__":
    raise SystemExit(main())
