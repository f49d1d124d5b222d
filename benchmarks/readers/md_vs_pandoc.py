"""The text of each Markdown (or Word) note as citekit's reader hands it to the parser, against
pandoc's.

    python -m benchmarks.readers.md_vs_pandoc DIR_OR_FILE... [--show KIND] [--examples N]

pandoc (2.17, ``-f markdown-citations``) reads each file to its JSON AST; every Note's
inlines, emphasis marked with ``*``, are the reference. citekit's text is what
``citekit.sources.read`` gives (``Document.footnotes``), before any parsing; a .docx
file is compared the same way with pandoc's docx reader. The notes
are aligned in order (benchmarks.readers_vs_pandoc.align) and every pair that differs is
given the kinds of difference it shows, so that a fix can be aimed at the kind that occurs
in most documents from most sources. pandoc is the reference for Markdown, not for a site
generator's tags: where pandoc leaves ``{{< cite … >}}`` as text the kind is ``shortcode``
and the site's rendering decides (see citekit/sources/sitetags.py).
The documents are not part of the repository (benchmarks/DEVDATA.md says where they are).
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks.readers_vs_pandoc import AGREE, align, pandoc_notes
from citekit import sources
from citekit.inline import ITALIC_MARK, LITERAL_ASTERISK

STRAIGHT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
SUFFIXES = (".md", ".docx")  # the formats compared (pandoc reads them as readers_vs_pandoc does)
SPACES_RE = re.compile(r"[\s\u00a0\u202f\u2009]+")


def citekit_notes(path: Path) -> list[tuple[int, str]]:
    document = sources.read(path)
    return [(note.number, note.text) for note in document.footnotes]


def _squash(text: str) -> str:
    return SPACES_RE.sub(" ", text).strip()


# each kind: a test on (pandoc's text, citekit's text), both whitespace-collapsed
def _plain(text: str) -> str:
    return text.replace(ITALIC_MARK, "").replace(LITERAL_ASTERISK, "*")


KINDS: dict[str, object] = {
    "shortcode": lambda p, c: bool(re.search(r"\{\{|\{%", p + c)),
    "html left": lambda p, c: (
        bool(re.search(r"</?[a-zA-Z][^>]*>", c)) and not re.search(r"</?[a-zA-Z][^>]*>", p)
    ),
    "entity left": lambda p, c: bool(re.search(r"&#?\w+;", c)) and not re.search(r"&#?\w+;", p),
    "escape left": lambda p, c: bool(re.search(r"\\[^\w\s]", c)) and not re.search(r"\\[^\w\s]", p),
    "attributes left": lambda p, c: bool(re.search(r"\{[.#=][^}]*\}", c)),
    "link markup left": lambda p, c: (
        bool(re.search(r"\]\(|\]\[|\[\^", c)) and not re.search(r"\]\(|\]\[|\[\^", p)
    ),
    "superscript/subscript": lambda p, c: ("^" in c) != ("^" in p) or ("~" in c) != ("~" in p),
    "math": lambda p, c: ("$" in c) != ("$" in p),
    "emphasis": lambda p, c: _plain(p) == _plain(c) and p != c,
    "quotes/dashes": lambda p, c: (
        _plain(p).translate(STRAIGHT) == _plain(c).translate(STRAIGHT) and _plain(p) != _plain(c)
    ),
    "spacing": lambda p, c: (
        _plain(p).replace(" ", "") == _plain(c).replace(" ", "") and _plain(p) != _plain(c)
    ),
}


def kinds_of(ref: str, got: str) -> list[str]:
    p, c = _squash(ref), _squash(got)
    if p == c:
        return []
    found = [name for name, test in KINDS.items() if test(p, c)]  # type: ignore[operator]
    return found or ["other"]


def compare(path: Path) -> dict:
    result: dict = {"path": str(path), "kinds": Counter(), "examples": defaultdict(list)}
    try:
        ref = pandoc_notes(path, italics=True)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
        result["error"] = f"pandoc: {err}"
        return result
    got = citekit_notes(path)
    result["pandoc"], result["citekit"] = len(ref), len(got)
    for i, j, r in align(ref, [text for _, text in got]):
        if i is None:
            result["kinds"]["note extra"] += 1
            result["examples"]["note extra"].append(("", got[j][1]))
        elif j is None:
            result["kinds"]["note missing"] += 1
            result["examples"]["note missing"].append((ref[i], ""))
        else:
            for kind in kinds_of(ref[i], got[j][1]):
                result["kinds"][kind] += 1
                result["examples"][kind].append((_squash(ref[i]), _squash(got[j][1])))
            result["kinds"]["same"] += not kinds_of(ref[i], got[j][1])
            result["kinds"]["near (ratio>=90)"] += r >= AGREE
    return result


def _difference(ref: str, got: str, reach: int = 40) -> str:
    """Where the two texts part: a little context either side of each differing stretch."""
    matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
    shown = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            before = ref[max(0, i1 - reach) : i1]
            shown.append(
                f"  …{before}[P: {ref[i1:i2]!r} | C: {got[j1:j2]!r}]{ref[i2 : i2 + reach]}…"
            )
    return "\n".join(shown[:4]) if shown else f"  P: {ref[:200]}\n  C: {got[:200]}"


def documents(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in SUFFIXES)
        elif path.suffix in SUFFIXES:
            found.append(path)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--show", help="print the pairs of this kind")
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    totals: Counter[str] = Counter()
    files: Counter[str] = Counter()
    for path in documents(args.paths):
        result = compare(path)
        if "error" in result:
            print(f"{path}: {result['error'][:80]}")
            continue
        totals.update(result["kinds"])
        files.update(set(result["kinds"]))
        if args.show and args.show in result["examples"]:
            for p, c in result["examples"][args.show][: args.examples]:
                print(f"{path.name}\n{_difference(p, c)}")
    print(f"{'kind':26} {'notes':>6} {'files':>6}")
    for kind, count in totals.most_common():
        print(f"{kind:26} {count:>6} {files[kind]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
