#!/usr/bin/env python3
"""Build tests/corpus5: six documents and their gold files from hand-annotated sources.

    python3 tests/corpus5/make_corpus5.py
    python3 tests/corpus5/make_corpus5.py --into tests/corpus7   # another corpus in this notation

Each src/NAME.src is written by hand: the works (BibTeX fields as the notes state them),
the body with note markers [n], and the notes, in which every citation is marked
⟦span⟧{KIND|work|locator} (KIND: F full, S short, I ibid, O op-cit, P personal; work "-"
for none). The gold is built from those marks alone, never from citekit's output; the
document is the same text rendered as Markdown, Word (through pandoc), HTML, LaTeX or
plain text. Standard library and pandoc only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"F": "full", "S": "short", "I": "ibid", "O": "op-cit", "P": "personal"}
MARK_RE = re.compile(r"⟦(.+?)⟧\{([FSIOP])\|([^|}]*)(?:\|([^}]*))?\}")
LIST_FIELDS = ("author", "editor")
# a body line "# Bibliography" is a heading (a bibliography's, in tests/corpus32), rendered
# as each format writes one
HEADING_RE = re.compile(r"^#\s+(?P<title>.+)$")


def parse_source(path: Path) -> dict:
    """Sections of a .src file: meta, works, body paragraphs, notes, diagnostics."""
    doc: dict = {"meta": {}, "works": {}, "body": [], "notes": [], "diagnostics": []}
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("## "):
            section = line[3:].strip()
        elif section == "meta":
            key, _, value = line.partition(":")
            doc["meta"][key.strip()] = value.strip()
        elif section == "works":
            _add_work(doc["works"], line)
        elif section == "body":
            doc["body"].append(line)
        elif section == "notes":
            number, _, text = line.partition(" ")
            doc["notes"].append((int(number), text.strip()))
        elif section == "diagnostics":
            number, code = line.split()
            doc["diagnostics"].append({"note": int(number), "code": code})
    return doc


def _add_work(works: dict, line: str) -> None:
    head, *fields = [part.strip() for part in line.split(" | ")]
    key, entry_type = head.lstrip("@").split()
    work: dict = {"ENTRYTYPE": entry_type}
    for item in fields:
        name, _, value = item.partition("=")
        if name in LIST_FIELDS:
            work[name] = [n.strip() for n in value.split(";")]
        elif name == "optional":
            work[name] = True
        else:
            work[name] = value
    works[key] = work


def split_note(text: str) -> tuple[str, list[dict]]:
    """The note's plain text and its marked citations."""
    citations = []
    plain = []
    pos = 0
    for m in MARK_RE.finditer(text):
        plain.append(text[pos : m.start()])
        span, kind, work, locator = m.groups()
        citations.append(
            {
                "text": span,
                "kind": KINDS[kind],
                "work": None if work in ("-", "") else work,
                "locator": locator or None,
            }
        )
        plain.append(span)
        pos = m.end()
    plain.append(text[pos:])
    note = "".join(plain)
    assert "⟦" not in note, note
    assert "⟧" not in note, note
    return note, citations


def gold(name: str, doc: dict, suffix: str, *, strip_stars: bool, here: Path = HERE) -> dict:
    notes = []
    for number, raw in doc["notes"]:
        text, cits = split_note(raw)
        if strip_stars:
            text = text.replace("*", "")
            for c in cits:
                c["text"] = c["text"].replace("*", "")
        for c in cits:
            assert c["work"] is None or c["work"] in doc["works"], (name, number, c)
        notes.append({"number": number, "text": text, "citations": cits})
    return {
        "document": f"tests/{here.name}/{name}{suffix}",
        "notes": notes,
        "works": doc["works"],
        "diagnostics": doc["diagnostics"],
    }


def note_texts(doc: dict) -> list[tuple[int, str]]:
    return [(n, split_note(raw)[0]) for n, raw in doc["notes"]]


def render_md(doc: dict) -> str:
    meta = doc["meta"]
    out = [f"# {meta['title']}", "", f"*{meta['author']}*", ""]
    for para in doc["body"]:
        heading = HEADING_RE.match(para)
        if heading:
            out += [f"## {heading['title']}", ""]
            continue
        out += [re.sub(r"\[(\d+)\]", r"[^\1]", para), ""]
    for number, text in note_texts(doc):
        out.append(f"[^{number}]: {text}")
    return "\n".join(out) + "\n"


def render_docx(doc: dict, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "in.md"
        # A typed "<https://…>" (MHRA) stays text with its brackets, not a pandoc autolink.
        text = re.sub(r"<(https?://[^>\s]+)>", r"\\<\1\\>", render_md(doc))
        md.write_text(text, encoding="utf-8")
        subprocess.run(["pandoc", str(md), "-o", str(target)], check=True)


def _html_inline(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def render_html(doc: dict) -> str:
    """A law-journal web page: superscript links in the text, notes as numbered paragraphs."""
    meta = doc["meta"]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{meta.get("lang", "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_html_inline(meta['title'])}</title>",
        "</head>",
        "<body>",
        '<div class="article">',
        f'<h1 class="article-title">{_html_inline(meta["title"])}</h1>',
        f'<p class="byline">{_html_inline(meta["author"])}</p>',
    ]
    for para in doc["body"]:
        heading = HEADING_RE.match(para)
        if heading:
            out.append(f"<h2>{_html_inline(heading['title'])}</h2>")
            continue
        body = _html_inline(para)
        body = re.sub(
            r"\[(\d+)\]",
            r'<sup><a href="#fn\1" id="ref\1" class="fnref">\1</a></sup>',
            body,
        )
        out.append(f"<p>{body}</p>")
    out += ["</div>", '<div class="footnotes">', "<h2>Notes</h2>"]
    for number, text in note_texts(doc):
        out.append(
            f'<p class="footnote" id="fn{number}"><a href="#ref{number}">[{number}]</a> '
            f"{_html_inline(text)}</p>"
        )
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _tex_inline(text: str) -> str:
    text = text.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#").replace("_", r"\_")
    text = re.sub(r"\*(.+?)\*", r"\\emph{\1}", text)
    return text.replace("–", "--")


def render_tex(doc: dict) -> str:
    meta = doc["meta"]
    notes = dict(note_texts(doc))
    out = [
        r"\documentclass[11pt,a4paper]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{csquotes}",
        f"\\title{{{_tex_inline(meta['title'])}}}",
        f"\\author{{{_tex_inline(meta['author'])}}}",
        r"\date{}",
        r"\begin{document}",
        r"\maketitle",
        "",
    ]
    for para in doc["body"]:
        heading = HEADING_RE.match(para)
        if heading:
            out += [f"\\section*{{{_tex_inline(heading['title'])}}}", ""]
            continue
        text = _tex_inline(para)
        text = re.sub(
            r"\[(\d+)\]", lambda m: f"\\footnote{{{_tex_inline(notes[int(m[1])])}}}", text
        )
        out += [text, ""]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def render_endnotes_txt(doc: dict) -> str:
    """Plain text: body hard-wrapped, notes gathered at the end under a heading."""
    meta = doc["meta"]
    out = [meta["title"], "", meta["author"], ""]
    body, bibliography = _body_and_bibliography(doc)
    for para in body:
        out += textwrap.wrap(para.replace("*", ""), 78) + [""]
    out += [meta.get("notes_heading", "Notes"), ""]
    for number, text in note_texts(doc):
        lines = textwrap.wrap(f"{number}. {text.replace('*', '')}", 78)
        out += lines
    for para in bibliography:  # after the notes, as a paper prints it; entries hang-indented
        heading = HEADING_RE.match(para)
        if heading:
            out += ["", heading["title"], ""]
            continue
        out += textwrap.wrap(para.replace("*", ""), 78, subsequent_indent="    ") + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def _body_and_bibliography(doc: dict) -> tuple[list[str], list[str]]:
    """The body's paragraphs before its first heading, and the heading and entries after."""
    body = doc["body"]
    first = next((i for i, p in enumerate(body) if HEADING_RE.match(p)), len(body))
    return body[:first], body[first:]


def render_pages_txt(doc: dict) -> str:
    """Plain text as a PDF gives it: each page's body, then its footnotes, a running head."""
    meta = doc["meta"]
    notes = dict(note_texts(doc))
    out = [meta["title"].upper(), "", meta["author"], ""]
    page = int(meta.get("first_page", 1))
    paras_per_page = int(meta.get("paras_per_page", 2))
    body = doc["body"]
    for start in range(0, len(body), paras_per_page):
        chunk = body[start : start + paras_per_page]
        refs: list[int] = []
        for para in chunk:
            refs += [int(n) for n in re.findall(r"\[(\d+)\]", para)]
            text = re.sub(r"\[(\d+)\]", r"\1", para.replace("*", ""))
            out += textwrap.wrap(text, 80) + [""]
        out.append("________________")
        for number in refs:
            out += textwrap.wrap(f"{number} {notes[number].replace('*', '')}", 84)
        out += ["", f"{page:>44}", "\f"]
        page += 1
        out += [f"{meta['running_head']}", ""]
    return "\n".join(out).rstrip("\n") + "\n"


RENDERERS = {
    "md": (".md", render_md, False),
    "html": (".html", render_html, False),
    "tex": (".tex", render_tex, False),
    "endnotes": (".txt", render_endnotes_txt, True),
    "pages": (".txt", render_pages_txt, True),
}


def build(src: Path, here: Path = HERE) -> None:
    """The document and gold file of the source SRC, written to the corpus folder HERE."""
    doc = parse_source(src)
    name = src.stem
    kind = doc["meta"]["format"]
    if kind == "docx":
        suffix, strip = ".docx", False
        render_docx(doc, here / f"{name}.docx")
    else:
        suffix, render, strip = RENDERERS[kind]
        (here / f"{name}{suffix}").write_text(render(doc), encoding="utf-8")
    data = gold(name, doc, suffix, strip_stars=strip, here=here)
    (here / "gold").mkdir(exist_ok=True)
    out = here / "gold" / f"{name}.gold.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    cites = sum(len(n["citations"]) for n in data["notes"])
    print(
        f"{name}{suffix}: {len(data['notes'])} notes, {cites} citations, {len(doc['works'])} works"
    )


def main(argv: list[str], here: Path = HERE) -> int:
    sources = [Path(a) for a in argv] or sorted((here / "src").glob("*.src"))
    for src in sources:
        build(src, here)
    return 0


def _folder_and_sources(argv: list[str]) -> tuple[Path, list[str]]:
    """ "--into DIR" builds the corpus in DIR (its src/ and its documents), else this one."""
    if argv[:1] == ["--into"] and len(argv) > 1:
        return Path(argv[1]).resolve(), argv[2:]
    return HERE, argv


if __name__ == "__main__":
    folder, given = _folder_and_sources(sys.argv[1:])
    sys.exit(main(given, folder))
