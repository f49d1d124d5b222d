"""AnyStyle's core.xml put one reference per footnote, with gold in the shared GOLD.md format.

    python -m benchmarks.biblio.footnotes build CORE.XML [--out DIR] [--per-doc 50]
    python -m benchmarks.biblio.footnotes build DIR --reader grobid [--limit 2000]
    python -m benchmarks.biblio.footnotes score [--reader grobid] [--part dev|test] [--misses]

core.xml (BSD-2-Clause, github.com/inukshuk/anystyle, res/parser/core.xml) is kept outside
the repository. Its references are parted in two by position: even ones into `dev/` (read
their misses while writing rules), odd ones into `test/` (measured only), so rules are never
judged on the lines they were written from. Each reference becomes one footnote of a .md
and a .txt document; its gold work holds the fields its labels state, mapped to BibTeX
(author/editor family names, title, journal or booktitle, volume, pages, year, publisher,
address, url, doi) and an entry type read from which labels are present. A proxy for
AnyStyle's held-out gold.xml measure (never read here).

A second reader (`--reader grobid`, benchmarks/biblio/grobidrefs.py) turns GROBID's labelled
references into the same labels, so a second, unrelated set is built and parted the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

from benchmarks.biblio import corelabels, grobidrefs
from benchmarks.biblio.lists import _figures, _run, _scorer
from citekit import lexicons

OUTS = {
    "core": Path("/work/devdata/biblio/footnotes"),
    "grobid": Path("/work/devdata/biblio/grobidnotes"),
}
Labelled = list[tuple[str, str]]  # a reference's spans: (AnyStyle's label, its text)
PLAIN = {"title": "title", "publisher": "publisher", "location": "address", "url": "url"}
# "J.", "JJ", "M.A.", "Th.", "J.-S." (a capital and a small letter only before a period: "Hu"
# is a name), and "J. F. A. K.": any number of initials each closed by a period (without
# periods at most three: "ZHANG", "CRUZ" are names)
INITIALS_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]\.|[A-Z]\.?)[-\s]?){1,3}$|^(?:[A-Z][a-z]?\.[-\s]?){3,7}[A-Z][a-z]?\.?$"
)
# "Schols AMWJ", "van der Laarse A", "Tao SS-H": a family name with small letters, initials
VANCOUVER_NAME_RE = re.compile(
    r"(?P<family>(?:[a-z]+\s){0,2}[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?)"
    r"\s(?P<initials>[A-Z]{1,2}(?:-?[A-Z]){0,3})"
)
PROCEEDINGS_RE = re.compile(
    r"\b(?:Proc|Proceedings|Conference|Symposium|Workshop|Congress)\b", re.I
)
# "; and" too: "Dale, R.; Mellish, C.; and Zock, M."
NAME_CUT_RE = re.compile(
    r"\s*(?:;\s*(?:(?i:and)\s+|&\s*)?|,?\s+(?:(?i:and)|und|et|y|e|&)\s+|,\s*(?:&|and)\s*)\s*"
)
# what an author or editor label holds besides names: its role ("editors", "(Hrsg.)", "edited
# by", "(ed. and trans.)"), "et al." and the container's "In:"; never a word in capitals
# ("Saad ED, Buyse M": Vancouver initials)
ROLE_RE = re.compile(
    r"\(?\b(?:[Ee]ds?|[Ee]ditors?|[Ee]dited|[Tt]ranslated|[Tt]rans|[Hh]rsg|[Hh]gg|[ÉéEe]ds?"
    r"|dir|coord|comp)\b\.?\)?(?:\s+by\b)?|\bet al\b\.?|^\s*(?:[Bb]y|[Ii]n:?)\s"
)
# "SIERVO (M.)": initials in parentheses after the family name
PAREN_INITIALS_RE = re.compile(r"\(((?:[A-Z]\.\s*-?){1,3})\)")
# "———.", "______", "--, and C. Wild": a same-author dash names nobody in a footnote of its own
# (the entry before it in the source list is another footnote's, or in the other part)
DASH_RE = re.compile(r"^\s*[—–_-]{2,}\s*[.,]?")
ORGANISATION_WORDS = lexicons.words("organisation_words")  # "Collaboration", "Center"
# a given name as written after a family name in capitals: "Madeleine", "Jean-Christophe"
GIVEN_NAME_RE = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?")
PARTICLES = lexicons.words("name_particles")  # "van", "de", "della": open a family name
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# a page as a reference states it: "e0165139", "S12", "R1250", "vi51", "61c", "12A" (its
# letters before the number, "p"/"pp" dropped: "p17"; the "p"/"pp" of a page count after it
# and the "f"/"ff" of "and following" are no page's letters: "248p.", "37pp", "124ff.")
PAGE_RE = re.compile(
    r"(?<![A-Za-z\d])([A-Za-z]{0,2})(\d+)(?!\d)(?:(?:pp?|ff?)(?![A-Za-z])|([A-Za-z]?)(?![A-Za-z]))"
)


def parts(core: Path) -> dict[str, list[ElementTree.Element]]:
    """core.xml's <sequence>s parted by position: even ones "dev", odd ones "test" (the one
    split every benchmark and the labeller's training use)."""
    sequences = list(ElementTree.parse(core).getroot().iter("sequence"))
    return {"dev": sequences[0::2], "test": sequences[1::2]}


def build(
    parted: dict[str, list[tuple[Labelled, str | None]]], out: Path, name: str, per_doc: int
) -> None:
    """Each part's references (their spans, and their whole text where it holds more than
    the spans) as documents of PER_DOC footnotes, NAME-PART-NN."""
    for part, labelled in parted.items():
        refs = [reference(spans, text) for spans, text in labelled]
        refs = [r for r in refs if r is not None]
        for i in range(0, len(refs), per_doc):
            _write(out / part, f"{name}-{part}-{i // per_doc + 1:02d}", refs[i : i + per_doc])


def core_parts(core: Path) -> dict[str, list[tuple[Labelled, None]]]:
    return {part: [(_spans(s), None) for s in seqs] for part, seqs in parts(core).items()}


def _spans(sequence) -> Labelled:
    return [(el.tag, " ".join((el.text or "").split())) for el in sequence]


def _reference(sequence) -> tuple[str, dict] | None:
    return reference(_spans(sequence))


def reference(parts: Labelled, text: str | None = None) -> tuple[str, dict] | None:
    """A reference's text and its gold work; TEXT is the spans joined unless given."""
    text = text or " ".join(t for tag, t in parts if t and tag != "citation-number")
    if not text:
        return None
    labels: dict[str, str] = {}
    for tag, value in parts:
        labels.setdefault(tag, value)
    labels["note"] = " ".join(v for tag, v in parts if tag == "note")  # every note: "Accessed …"
    return text, _work(labels)


def _work(labels: dict[str, str]) -> dict:
    work: dict = {"ENTRYTYPE": _type(labels)}
    for tag, name in PLAIN.items():
        if labels.get(tag):
            work[name] = corelabels.clean(labels[tag])
    if labels.get("url"):
        work["url"] = corelabels.url(labels["url"])
    for tag in ("author", "editor"):
        names = _names(DASH_RE.sub("", labels.get(tag, ""), count=1))
        if names:
            work[tag] = names
    container = labels.get("journal") or labels.get("container-title")
    if container:
        key = "journal" if work["ENTRYTYPE"] == "article" else "booktitle"
        work[key] = corelabels.container(container)
    stated = corelabels.volume_fields(labels.get("volume", ""))
    work["year"] = corelabels.year(labels.get("date", "")) or stated.get("year")
    work["volume"] = stated.get("volume")
    work["number"] = stated.get("number") or corelabels.clean(labels.get("issue", "")).strip("()")
    pages = pages_stated(labels.get("pages", "") or stated.get("pages", ""))
    if pages:
        work["pages"] = pages
    work["urldate"] = corelabels.accessed(labels["note"]) if labels.get("note") else None
    doi = re.search(r"10\.\d{4,}/\S+", labels.get("doi", ""))
    if doi:
        work["doi"] = doi.group().rstrip(".,;")
    return {k: v for k, v in work.items() if v}


def pages_stated(label: str) -> str:
    """The first page, or range, a pages label states ("pp. 1477-81." -> "1477--1481")."""
    found = [
        ("" if lead in ("p", "pp") else lead, n, end) for lead, n, end in PAGE_RE.findall(label)
    ]
    return _pages(found[:2]) if found else ""


def _pages(found: list[tuple[str, str, str]]) -> str:
    """ "1477-81" -> "1477--1481", "vi51-6" -> "vi51--vi56": a range's end in full, as
    BibTeX wants it (the start's letters, and its leading digits where the end has fewer)."""
    if len(found) == 2 and not found[1][0]:
        (lead, start, _), (_, end, letter) = found
        if len(end) < len(start):
            end = start[: len(start) - len(end)] + end
        found[1] = (lead, end, letter)
    return "--".join("".join(page) for page in found)


def _type(labels: dict[str, str]) -> str:
    genre = labels.get("genre", "").casefold()
    if re.search(r"thesis|dissertation|diss\.|these|thèse", genre):
        return "thesis"
    if labels.get("journal"):
        return "article"  # as labelled: "Proc. Natl. Acad. Sci. USA", "Stoch. Proc. and Appl."
    if PROCEEDINGS_RE.search(labels.get("container-title") or ""):
        return "inproceedings"
    if labels.get("container-title"):
        bookish = labels.get("editor") or labels.get("publisher")
        if bookish or re.match(r"\s*In\b", labels["container-title"]):
            return "incollection"
        return "article" if labels.get("volume") or labels.get("pages") else "incollection"
    if labels.get("publisher") or labels.get("location"):
        return "book"
    return "misc"


def _names(text: str) -> list[str]:
    """Family names of an author or editor label ("Lee, L. L., W. E. Howard, and R. Marsh.",
    "In Rohit Parikh, editor,", "Flajolet, Philippe, and Sedgewick, Robert")."""
    text = ROLE_RE.sub(" ", PAREN_INITIALS_RE.sub(r"\1", text))
    listed = _vancouver([q.strip(" .:") for q in re.split(r",|\s&\s|\sand\s", text) if q.strip()])
    if listed:
        return listed
    groups = [[q.strip(" .:") for q in g.split(",")] for g in NAME_CUT_RE.split(text)]
    # (group, its size, piece): a family name pairs only with a given name of its own group
    parts = [(n, len(g), _unsuffixed(q)) for n, g in enumerate(groups) for q in g]
    parts = [(n, size, q) for n, size, q in parts if q]
    out: list[str] = []
    i = 0
    inverted = True  # every name so far inverted: "Brischoux, F., Renals, Steve"
    while i < len(parts):
        group, size, piece = parts[i]
        paired = i + 1 < len(parts) and parts[i + 1][0] == group
        after = parts[i + 1][2] if paired else ""
        if after and _given(after.split()) and not _given(piece.split()):
            out.append(f"{piece}, {after}")  # "Hermans, J.", "Vander Linden, K."
            i += 2
        elif after and _bare(piece) and (inverted or size == 2):
            out.append(f"{piece}, {after}")  # "Renals, Steve", "…, and Sedgewick, Robert"
            i += 2
        else:
            out.append(_inverted(piece.split()))
            inverted = False
            i += 1
    return out


def _inverted(words: list[str]) -> str:
    """ "W. E. Howard" -> "Howard, W. E."; "Luigi del Re" -> "del Re, Luigi"; "Pérez JJ"."""
    if len(words) < 2:
        return " ".join(words)
    capitals = [_in_capitals(w) for w in words]
    cut = capitals.index(False) if capitals[0] and not capitals[-1] else 0
    if cut and _given_names(words[cut:]):
        # "FERRIERES Madeleine", "GAÏTI Brigitte": the family name first, in capitals
        return f"{' '.join(words[:cut])}, {' '.join(words[cut:])}"
    if all(_given([w]) for w in words[1:]):
        return f"{words[0]}, {' '.join(words[1:])}"  # "Pérez JJ": Vancouver's order
    if _given(words[-1:]) and not _given(words[:1]):
        return f"{' '.join(words[:-1])}, {words[-1]}"  # "Von Laer D"
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in PARTICLES:
        start -= 1  # the family name opens at its particles
    if words[0] in PARTICLES:
        return " ".join(words)  # "van Arragon" (its given name follows)
    return f"{' '.join(words[start:])}, {' '.join(words[:start])}"


def _in_capitals(word: str) -> bool:
    """A family name set in capitals, as French and Italian lists print it ("FERRIERES", "VAN");
    not two initials ("JJ") nor initials with periods ("M.A.")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and word.isupper() and "." not in word


def _given_names(words: list[str]) -> bool:
    """One or two given names ("Madeleine", "Jean-Christophe"), no body's word ("ALICE
    Collaboration", "NIST Mass Spec Data Center", "EMB Ltd.")."""
    return len(words) <= 2 and all(
        GIVEN_NAME_RE.fullmatch(w) and w not in ORGANISATION_WORDS for w in words
    )


def _unsuffixed(piece: str) -> str:
    """ "Mauricio Breternitz Jr." -> "Mauricio Breternitz": a suffix is no name; but the
    "JR" of "Smith JR" or "Smith, JR" is two initials."""
    words = piece.split()
    return " ".join(w for w in words if not _suffix(w, alone=len(words) == 1))


def _suffix(word: str, *, alone: bool) -> bool:
    bare = word.strip(".,")
    if bare.casefold() not in SUFFIXES:
        return False
    # "JR"/"SR" in capitals are initials unless they stand alone after a comma ("…, JR.")
    return not (bare in ("JR", "SR") and not alone)


def _bare(name: str) -> bool:
    """A family name alone: one word, or particles and a word ("van Arragon", "Van der Pol")."""
    words = name.split()
    return len(words) == 1 or all(w.casefold() in PARTICLES for w in words[:-1])


def _given(words: list[str]) -> bool:
    return bool(words) and (
        INITIALS_RE.match(words[-1]) is not None or INITIALS_RE.match(" ".join(words)) is not None
    )


def _vancouver(pieces: list[str]) -> list[str] | None:
    """ "Langen RCJ, Schols AMWJ, Kelders MCJM": a list in Vancouver's form, each name its
    family (in small letters) and up to four capitals, read whole; None for any other list
    ("Junguo ZHANG", "BARRÓN CRUZ, M.G": names in capitals)."""
    found = [VANCOUVER_NAME_RE.fullmatch(p) for p in pieces]
    if len(pieces) < 2 or not all(found):
        return None
    return [f"{m.group('family')}, {m.group('initials')}" for m in found if m]


def _write(out: Path, name: str, refs: list[tuple[str, dict]]) -> None:
    (out / "gold").mkdir(parents=True, exist_ok=True)
    body = " ".join(f"A sentence on this work.[^{i}]" for i in range(1, len(refs) + 1))
    md_notes = "\n\n".join(f"[^{i}]: {text}" for i, (text, _) in enumerate(refs, 1))
    txt_body = " ".join(f"A sentence on this work.[{i}]" for i in range(1, len(refs) + 1))
    txt_notes = "\n\n".join(f"[{i}] {text}" for i, (text, _) in enumerate(refs, 1))
    docs = {
        "md": f"# {name}\n\n{body}\n\n{md_notes}\n",
        "txt": f"{name}\n\n{txt_body}\n\nNotes\n\n{txt_notes}\n",
    }
    for fmt, text in docs.items():
        (out / f"{name}.{fmt}").write_text(text, encoding="utf-8")
        gold = {
            "document": f"{name}.{fmt}",
            "notes": [
                {
                    "number": i,
                    "text": t,
                    "citations": [{"text": t, "kind": "full", "work": f"w{i}", "locator": None}],
                }
                for i, (t, _) in enumerate(refs, 1)
            ],
            "works": {f"w{i}": w for i, (_, w) in enumerate(refs, 1)},
            "diagnostics": None,
        }
        path = out / "gold" / f"{name}.{fmt}.gold.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def score(out: Path, cmd: str, *, misses: bool) -> None:
    """Fields P/R/F1 (micro, as the shared scorer counts them) per format, and per field."""
    scorer = _scorer()
    totals: dict[str, Counter] = {}
    for path in sorted((out / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        result = scorer.score(_run(cmd, out / gold["document"]), gold, verbose=misses)
        fmt = path.name.split(".")[1]
        for name, counts in result["fields"]["per_field"].items():
            for group in (fmt, f"{fmt} {name}"):
                totals.setdefault(group, Counter()).update(counts)
    for group, c in sorted(totals.items()):
        counts = [c["tp"], c["fp"], c["fn"]]
        print(f"{group:24} {_figures(counts)} (tp, fp, fn: {counts})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.biblio.footnotes", description=__doc__)
    ap.add_argument("command", choices=["build", "score"])
    ap.add_argument("source", type=Path, nargs="?", help="core.xml, or GROBID's corpus folder")
    ap.add_argument("--reader", choices=sorted(OUTS), default="core")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--limit", type=int, default=2000, help="GROBID references drawn")
    ap.add_argument("--part", choices=["dev", "test"], default="dev")
    ap.add_argument("--per-doc", type=int, default=50)
    ap.add_argument("--misses", action="store_true", help="print each field miss (stderr)")
    ap.add_argument("--cmd", default=".venv/bin/citekit extract {doc} --format json")
    args = ap.parse_args(argv)
    out = args.out or OUTS[args.reader]
    if args.command == "score":
        score(out / args.part, args.cmd, misses=args.misses)
    elif args.reader == "grobid":
        build(grobidrefs.parts(args.source, args.limit), out, "grobid", args.per_doc)
    else:
        build(core_parts(args.source), out, "core", args.per_doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
