#!/usr/bin/env python3
"""Validate the hand-made gold files of the third development corpus.

    python3 tests/corpus_tools/check_gold.py [GOLD.json ...]

One checker for every development corpus (tests/corpus, tests/corpus2, tests/corpus3, tests/corpus4):
- .html: tags dropped (<em> read as *...*), entities decoded;
- PDF-like text (.txt): the ligature characters U+FB00-U+FB06 are read as their
  letters (the gold writes "fi", "fl"), a soft hyphen (U+00AD) at a line end
  joins the word halves and one inside a line is dropped;
- .tex: \glqq / \grqq{} are read as „ / “, and ,, as „ (babel's German quotes);
- .md: pandoc inline notes ^[...] and numbered notes [^n] are both just text here.
As in tests/corpus2:
- .docx: the text of word/document.xml and word/footnotes.xml (and endnotes.xml)
  is read with the standard library, italic runs rendered as *...*;
- .txt: a line-end hyphen before a lower-case letter ("histori-\nography") is
  mended, and a URL broken after a slash at a line end is joined, as hard-wrapped
  PDF text needs;
- .tex: \\og ... \fg{} are read as « ... », and \textsuperscript{e} as e.

Standard library only. With no arguments, checks every tests/corpus*/gold/*.gold.json.
Paths in a gold file's "document" are relative to the project root (two levels up).

For each gold file it checks that:
- the JSON is valid and has document / notes / works / diagnostics;
- the document exists and is UTF-8;
- every note text occurs in the document once whitespace, Markdown asterisks and
  (for .tex) LaTeX markup are normalised, in document order; a note that is not
  contiguous in the document (joined across a page break) must be found as at most
  three pieces in order, and the join is reported;
- every citation text is a substring of its note text;
- every citation `work` is null or a key of `works`, and every work is cited;
- kinds, diagnostic codes and ENTRYTYPEs are the ones CONTRACT.md / GOLD.md list;
- names are lists of "Family, Given" strings, urldate is ISO, doi is bare;
- note numbers are unique unless a duplicate-note-number diagnostic says so, and
  every diagnostic names a note of the document (or a missing note).
Exit status 0 when every file is clean, 1 otherwise.
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

KINDS = {"full", "short", "ibid", "op-cit", "personal"}
CODES = {
    "missing-note",
    "orphan-note",
    "duplicate-note-number",
    "truncated-note",
    "ibid-ambiguous",
    "ibid-unresolved",
    "opcit-ambiguous",
    "opcit-unresolved",
    "short-without-full",
    "short-before-full",
    "inconsistent-citation",
    "unclosed-note",
}
TYPES = {
    "book",
    "collection",
    "article",
    "incollection",
    "inproceedings",
    "unpublished",
    "misc",
    "online",
    "thesis",
    "techreport",
}
NAME_FIELDS = ("author", "editor", "bookauthor", "translator")


def detex(text: str) -> str:
    """Render the LaTeX markup used in the corpus as plain text (titles as *...*)."""
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"\\(?:emph|textit|textsl)\{([^{}]*)\}", r"*\1*", text)
        text = re.sub(
            r"\\(?:textsc|textbf|textup|mbox|textrm|textsuperscript)\{([^{}]*)\}", r"\1", text
        )
    text = re.sub(r"\\glqq\{\}\s?|\\glqq\s?", "„", text)
    text = re.sub(r"\\grqq\{\}|\\grqq\b", "“", text)
    text = text.replace(",,", "„")
    text = re.sub(r"\\og\{\}\s*|\\og\s*", "« ", text)
    text = re.sub(r"\s*\\fg\{\}|\s*\\fg\b", " »", text)
    text = text.replace("``", "“").replace("''", "”")
    text = text.replace("---", "—").replace("--", "–")
    text = re.sub(r"(?<!\\)~", " ", text)
    for esc, plain in (
        ("\\&", "&"),
        ("\\$", "$"),
        ("\\%", "%"),
        ("\\#", "#"),
        ("\\_", "_"),
        ("\\ldots{}", "…"),
        ("\\ldots", "…"),
        ("\\,", " "),
        ("\\ ", " "),
    ):
        text = text.replace(esc, plain)
    text = re.sub(r"(?<=\.)\\@", "", text)
    return text


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path: Path) -> str:
    """Paragraph text of a .docx body and its notes, italic runs as *...*."""
    out = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in z.namelist():
                continue
            root = ET.fromstring(z.read(part))
            for para in root.iter(W + "p"):
                buf = []
                for run in para.iter(W + "r"):
                    t = "".join(x.text or "" for x in run.iter(W + "t"))
                    rpr = run.find(W + "rPr")
                    if t and rpr is not None and rpr.find(W + "i") is not None:
                        t = "*" + t + "*"
                    buf.append(t)
                out.append("".join(buf).replace("**", ""))
    return "\n".join(out)


LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


def dehtml(text: str) -> str:
    """The visible text of a page: <em> as *...*, other tags dropped, entities decoded."""
    text = re.sub(r"</?em>", "*", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def unligature(text: str) -> str:
    for lig, letters in LIGATURES.items():
        text = text.replace(lig, letters)
    # a soft hyphen at a line end joins the halves; elsewhere it is invisible
    text = re.sub("\u00ad[ \t]*\n[ \t]*", "", text)
    return text.replace("\u00ad", "")


def dehyphenate(text: str) -> str:
    # a URL broken after a slash at a line end is joined again
    text = re.sub(r"(https?://\S*/)[ \t]*\n[ \t]*", r"\1", text)
    return re.sub(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_A-ZА-ЯЁŁŚŻŹĆŃÓ])", "", text)


def norm(text: str) -> str:
    text = text.replace("*", "")
    return " ".join(text.split())


def find_pieces(doc: str, note: str, start: int) -> list[tuple[int, int]] | None:
    """Find `note` in `doc` from `start` as at most three pieces in order (greedy longest prefix)."""
    pieces = []
    rest, pos = note, start
    for _ in range(3):
        i = doc.find(rest, pos)
        if i >= 0:
            pieces.append((i, i + len(rest)))
            return pieces
        # longest prefix of rest (cut at a word boundary) that occurs after pos
        words = rest.split(" ")
        lo, hi, best = 1, len(words) - 1, None
        while lo <= hi:
            mid = (lo + hi) // 2
            prefix = " ".join(words[:mid])
            j = doc.find(prefix, pos)
            if j >= 0:
                best = (mid, j, len(prefix))
                lo = mid + 1
            else:
                hi = mid - 1
        if best is None or best[0] < 3:
            return None
        mid, j, length = best
        pieces.append((j, j + length))
        pos = j + length
        rest = " ".join(words[mid:])
    return None


def check(gold_path: Path) -> list[str]:
    errors: list[str] = []
    err = errors.append
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"cannot read JSON: {exc}"]
    for key in ("document", "notes", "works", "diagnostics"):
        if key not in gold:
            err(f"missing top-level key {key!r}")
    if errors:
        return errors
    doc_path = ROOT / gold["document"]
    try:
        if doc_path.suffix == ".docx":
            raw = docx_text(doc_path)
        else:
            raw = doc_path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile, ET.ParseError) as exc:
        return [f"document {gold['document']}: {exc}"]
    if doc_path.suffix == ".tex":
        raw = detex(raw)
    if doc_path.suffix == ".txt":
        raw = dehyphenate(unligature(raw))
    if doc_path.suffix == ".html":
        raw = dehtml(raw)
    doc = norm(raw)

    works = gold["works"]
    diag_codes = {(d.get("note"), d.get("code")) for d in gold["diagnostics"]}
    numbers = [n.get("number") for n in gold["notes"]]
    seen = set()
    for num in numbers:
        if not isinstance(num, int):
            err(f"note number {num!r} is not an integer")
        if num in seen and (num, "duplicate-note-number") not in diag_codes:
            err(f"note {num} appears twice without a duplicate-note-number diagnostic")
        seen.add(num)

    cited = set()
    pos = 0
    for note in gold["notes"]:
        num, text = note.get("number"), note.get("text", "")
        t = norm(text)
        if not t:
            err(f"note {num}: empty text")
            continue
        pieces = find_pieces(doc, t, pos) or find_pieces(doc, t, 0)
        if pieces is None:
            err(f"note {num}: text not found in the document: {t[:80]!r}")
        else:
            if len(pieces) > 1:
                joins = " | ".join(
                    repr(doc[a:b][-30:]) + " ... " + repr(doc[c:d][:30])
                    for (a, b), (c, d) in zip(pieces, pieces[1:])
                )
                print(f"  note {num}: joined from {len(pieces)} pieces: {joins}")
            if len(t) >= 40 and len(pieces) == 1 and doc.count(t) > 1:
                print(f"  note {num}: (info) text occurs {doc.count(t)} times in the document")
            pos = pieces[-1][1]
        if re.search(r"\\[A-Za-z]+", text):
            err(f"note {num}: LaTeX markup left in the note text")
        for k in note:
            if k not in ("number", "text", "citations"):
                err(f"note {num}: unexpected key {k!r}")
        for cit in note.get("citations", []):
            ct = cit.get("text", "")
            if not ct or norm(ct) not in t:
                err(f"note {num}: citation text not in note: {ct!r}")
            if ct != ct.strip():
                err(f"note {num}: citation text has outer spaces: {ct!r}")
            if cit.get("kind") not in KINDS:
                err(f"note {num}: bad kind {cit.get('kind')!r}")
            w = cit.get("work")
            if w is not None and w not in works:
                err(f"note {num}: work {w!r} is not a key of works")
            if w is not None:
                cited.add(w)
            loc = cit.get("locator")
            # a locator may gather non-adjacent parts ("vol. 1 (...), p. 224"): each part must occur
            if loc is not None and any(norm(part) not in norm(ct) for part in loc.split(", ")):
                err(f"note {num}: locator {loc!r} not in citation text {ct!r}")
            if set(cit) - {"text", "kind", "work", "locator"}:
                err(
                    f"note {num}: unexpected citation keys {sorted(set(cit) - {'text', 'kind', 'work', 'locator'})}"
                )

    for key, w in works.items():
        if key not in cited:
            err(f"work {key!r} is never cited")
        if w.get("ENTRYTYPE") not in TYPES:
            err(f"work {key!r}: ENTRYTYPE {w.get('ENTRYTYPE')!r}")
        for f in NAME_FIELDS:
            if f in w:
                if not isinstance(w[f], list) or not all(
                    isinstance(x, str) and x.strip() for x in w[f]
                ):
                    err(f"work {key!r}: {f} must be a list of names")
                else:
                    for name in w[f]:
                        if " and " in name or (name.count(",") > 1):
                            err(f"work {key!r}: odd name {name!r}")
        if "urldate" in w and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", w["urldate"]):
            err(f"work {key!r}: urldate {w['urldate']!r} is not YYYY-MM-DD")
        if "doi" in w and not re.fullmatch(r"10\.\S+/\S+", w["doi"]):
            err(f"work {key!r}: doi {w['doi']!r} is not bare")
        for f, v in w.items():
            if f == "optional":
                if v is not True:
                    err(f"work {key!r}: optional must be true")
                continue
            if isinstance(v, str) and ("*" in v or "\\" in v or "{" in v):
                err(f"work {key!r}: markup in {f}: {v!r}")

    for d in gold["diagnostics"]:
        if d.get("code") not in CODES:
            err(f"diagnostic code {d.get('code')!r} not in CONTRACT")
        n = d.get("note")
        if n is not None and n not in seen and d.get("code") not in ("missing-note",):
            err(f"diagnostic {d.get('code')} names note {n}, which is not in notes")
        if n in seen and d.get("code") == "missing-note":
            err(f"missing-note diagnostic for note {n}, which has a text")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(ROOT.glob("tests/corpus*/gold/*.gold.json"))
    if not paths:
        print("no gold files", file=sys.stderr)
        return 1
    bad = 0
    for p in paths:
        print(f"{p.name}")
        errors = check(p)
        for e in errors:
            print(f"  ERROR {e}")
        if errors:
            bad += 1
        else:
            gold = json.loads(p.read_text(encoding="utf-8"))
            ncit = sum(len(n["citations"]) for n in gold["notes"])
            print(
                f"  ok: {len(gold['notes'])} notes, {ncit} citations, {len(gold['works'])} works, "
                f"{len(gold['diagnostics'])} diagnostics"
            )
    print(f"{len(paths) - bad}/{len(paths)} clean")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
