"""A document's body as blocks (headings, paragraphs, list items) for the bibliography finder.

Markdown is read with the Markdown reader's parser (pandoc's `:::` fences become block breaks,
`{#refs}` marks where pandoc put the bibliography); HTML with lxml (`id="refs"`, headings,
paragraphs, `csl-entry` divs); LaTeX by its environments (`thebibliography`'s `\\bibitem`s,
pandoc's `CSLReferences`) and sectioning commands; every other format by its blank-line
paragraphs, a one-line paragraph without a final period standing as a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citekit.bibheading import is_heading
from citekit.inline import InlineBuilder, clean_characters
from citekit.model import Document

FENCE_RE = re.compile(r"^\s*:::+.*$", re.MULTILINE)
REFS_ID_RE = re.compile(r"\{#refs\b|\bid=[\"']refs[\"']")
TEX_SECTION_RE = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection)\*?\{(?P<title>[^{}]*)\}"
)
TEX_BIBLIOGRAPHY_RE = re.compile(
    r"\\begin\{(?P<env>thebibliography|CSLReferences)\}(?:\{[^{}]*\})*(?P<body>.*?)\\end\{(?P=env)\}",
    re.DOTALL,
)
TEX_ENTRY_MARK_RE = re.compile(
    r"\\leavevmode\\vadjust pre\{\\hypertarget\{[^{}]*\}\{\}\}|\\bibitem(?:\[[^\]]*\])?\{[^{}]*\}"
)
# a line that is a whole reference: numbered, or names, a year and a final period
NUMBERED_LINE_RE = re.compile(r"^(?:\[\d+\]|\d+\.)\s")
DATED_LINE_RE = re.compile(r"^[^\W\d_][^.]*,.*\b(?:1[5-9]|20)\d\d\b.*\.$")
# a same-author mark typed as hyphens ("---. *Title*", MLA): kept a run of dashes, not the one
# em dash that TeX's and Markdown's "---" makes, so that it still reads as the author again
HYPHENS_OPENING_RE = re.compile(r"^\s*-{3,}(?=\s*[.,])")
HEADING_MAX = 80  # characters of a plain-text line that can be a heading
# pandoc Markdown's attributes after a heading's words: "# Bibliography {#bibliography .unnumbered}"
HEADING_ATTRIBUTES_RE = re.compile(r"\s*\{[#.-][^{}]*\}\s*$")
# where the paragraphs under a LaTeX heading stop: the next heading, a list of references
# set as an environment, or the document's end
TEX_SECTION_END_RE = re.compile(
    r"\\(?:part|chapter|section|subsection|subsubsection)\*?\{|\\begin\{(?:thebibliography|CSLReferences)\}|\\end\{document\}|\\printbibliography"
)
# what separates references typed by hand under a heading: a blank line, or a list's \item
TEX_PARAGRAPH_RE = re.compile(r"\n\s*\n|\\item\b(?:\[[^\]]*\])?")
# list environments around hand-typed references: their begin/end lines carry no entry
TEX_LIST_RE = re.compile(
    r"\\(?:begin|end)\{(?:itemize|enumerate|description|list)\}(?:\{[^{}]*\})*"
)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "h" heading | "p" paragraph | "item" list item | "refs" where {#refs} opens
    text: str
    line: int  # 1-based first line in Document.text
    end_line: int


def blocks_of(doc: Document) -> list[Block]:
    """The blocks of the document's body, in order."""
    if doc.format == "md":
        return _markdown(doc.text)
    if doc.format == "html":
        return _html(doc.text)
    if doc.format == "tex":
        return _tex(doc.text)
    return _paragraphs(doc.text)


def _paragraphs(text: str) -> list[Block]:
    out: list[Block] = []
    current: list[str] = []
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.strip():
            current.append(line.strip())
            continue
        if current:
            out += _paragraph(current, number - len(current))
            current = []
    return out


def _paragraph(lines: list[str], first: int) -> list[Block]:
    """One block, or one per line where every line is a reference of its own."""
    if len(lines) > 1 and _one_per_line(lines):
        return [Block("p", line, first + i, first + i) for i, line in enumerate(lines)]
    joined = " ".join(lines)
    heading = len(lines) == 1 and len(joined) <= HEADING_MAX and not joined.endswith(".")
    return [Block("h" if heading else "p", joined, first, first + len(lines) - 1)]


def _one_per_line(lines: list[str]) -> bool:
    """Every line numbered, or none numbered and each a dated reference of its own.

    A numbered entry wrapped over lines ("[2] Williams JM. Coherence II. Style: Toward" /
    "Grace, Chicago: …; 1990.") is one entry, though its second line looks like one.
    """
    numbered = [bool(NUMBERED_LINE_RE.match(line)) for line in lines]
    if any(numbered):
        return all(numbered)
    return all(DATED_LINE_RE.match(line) for line in lines)


def _markdown(text: str) -> list[Block]:
    from citekit.sources import md, mdtokens

    text = FENCE_RE.sub(lambda m: "REFSMARK" if REFS_ID_RE.search(m.group()) else "", text)
    text = text.replace("REFSMARK", "\n::REFS::\n")
    out: list[Block] = []
    depth = 0
    tokens = md.tokens_of(text)
    for i, token in enumerate(tokens):
        depth += token.type.startswith("footnote_reference_open") - token.type.startswith(
            "footnote_reference_close"
        )
        if depth or token.type != "inline":
            continue
        line = token.map[0] + 1 if token.map else 0
        kind = (
            "h" if tokens[i - 1].type == "heading_open" else "item" if _in_item(tokens, i) else "p"
        )
        if token.content.strip() == "::REFS::":
            out.append(Block("refs", "", line, line))
            continue
        builder = InlineBuilder(tex_dashes=True)
        mdtokens.add_inline(builder, token.children or [])
        body, _ = builder.build()
        if HYPHENS_OPENING_RE.match(token.content):
            body = "———" + body.lstrip().lstrip("—")
        end = token.map[1] if token.map else line
        if kind == "h":
            body = HEADING_ATTRIBUTES_RE.sub("", body)
        out.append(Block(kind, " ".join(body.split()), line, end))
    return out


def _in_item(tokens: list, index: int) -> bool:
    return index >= 2 and tokens[index - 2].type == "list_item_open"


def _html(text: str) -> list[Block]:
    from pathlib import Path

    from citekit.sources.html import parse_page

    # the page as its notes are read: from the decoded text (bytes would let lxml guess Latin-1
    # where no <meta charset> is given), with hidden parts (display:none link widgets) dropped
    root = parse_page(Path("bibliography"), text)
    out: list[Block] = []
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div"):
        if _inside_notes(element):
            continue
        line = element.sourceline or 0
        if element.get("id") == "refs":
            out.append(Block("refs", "", line, line))
            continue
        if element.tag == "div" and "csl-entry" not in (element.get("class") or ""):
            continue
        if (
            element.tag == "p"
            and element.getparent() is not None
            and "csl-entry" in (element.getparent().get("class") or "")
        ):
            continue
        kind = "h" if element.tag.startswith("h") else "item" if element.tag == "li" else "p"
        out.append(Block(kind, _html_inline(element), line, line))
    return out


def _inside_notes(element) -> bool:
    for parent in element.iterancestors():
        marks = f"{parent.get('class') or ''} {parent.get('role') or ''} {parent.get('id') or ''}"
        if re.search(r"footnote|endnote|doc-endnotes", marks):
            return True
    return False


def _html_inline(element) -> str:
    parts: list[str] = []

    def walk(node, italic: bool) -> None:
        if node.text:
            parts.append(f"*{node.text}*" if italic and node.text.strip() else node.text)
        for child in node:
            walk(child, italic or child.tag in ("em", "i"))
            if child.tail:
                parts.append(f"*{child.tail}*" if italic and child.tail.strip() else child.tail)

    walk(element, False)
    return " ".join(clean_characters("".join(parts)).replace("**", "").split())


def _tex(text: str) -> list[Block]:
    from citekit.sources.latex import to_inline

    out: list[Block] = []
    for match in TEX_SECTION_RE.finditer(text):
        out.append(
            Block("h", match.group("title"), _line(text, match.start()), _line(text, match.start()))
        )
        if is_heading(match.group("title")):
            out += _tex_paragraphs(text, match.end())
    for env in TEX_BIBLIOGRAPHY_RE.finditer(text):
        start = _line(text, env.start())
        out.append(Block("refs", "", start, start))
        body = env.group("body")
        pieces = (
            TEX_ENTRY_MARK_RE.split(body)
            if TEX_ENTRY_MARK_RE.search(body)
            else re.split(r"\n\s*\n", body)
        )
        offset = env.start("body")
        for piece in pieces:
            if piece.strip():
                line = _line(text, offset + body.find(piece))
                entry, _ = to_inline(piece.strip())
                out.append(
                    Block("p", " ".join(entry.split()), line, line + piece.strip().count("\n"))
                )
    return sorted(out, key=lambda b: (b.line, b.kind != "h"))


def _tex_paragraphs(text: str, start: int) -> list[Block]:
    """The references typed by hand under a bibliography's heading, as paragraphs or list
    items ("Alder, Ken. \\emph{The Measure of All Things}. …"), up to what ends the section."""
    from citekit.sources.latex import to_inline

    stop = TEX_SECTION_END_RE.search(text, start)
    body = text[start : stop.start() if stop else len(text)]
    out: list[Block] = []
    offset = 0
    for piece in TEX_PARAGRAPH_RE.split(body):
        at = body.find(piece, offset)
        offset = at + len(piece)
        bare = TEX_LIST_RE.sub("", piece).strip()
        if not bare:
            continue
        line = _line(text, start + at + piece.find(bare[:20]))
        entry, _ = to_inline(HYPHENS_OPENING_RE.sub(lambda _: "———", bare))
        if entry.strip():
            out.append(Block("p", " ".join(entry.split()), line, line + bare.count("\n")))
    return out


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1
