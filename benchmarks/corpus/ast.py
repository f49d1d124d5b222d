"""Pandoc's JSON document model after citeproc: its notes, its citations and their text.

After `pandoc --citeproc -t json`, each Cite element holds the rendered text of exactly the
citation it was written for. That text is the gold: nothing here parses a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# inline elements whose content is a list of inlines at this position of "c"
WRAPPERS = {"Emph": None, "Underline": None, "Strong": None, "Strikeout": None,
            "Superscript": None, "Subscript": None, "SmallCaps": None, "Quoted": 1,
            "Cite": 1, "Link": 1, "Span": 1, "Image": 1}  # fmt: skip
MARKS = {"Emph": "*", "Strong": "**"}  # kept in the gold text, as the seeds' gold keeps them
QUOTES = {"DoubleQuote": ("“", "”"), "SingleQuote": ("‘", "’")}
BLOCK_INLINES = ("Para", "Plain", "Header")
CLOSING_QUOTES = ("”", "’", '"', "»")
ABBREVIATION_RE = re.compile(r"(?:^|[^\w.])(?:[^\W\d_]{1,4}\.)+$")  # "ibid.", "cit.", "Hrsg.": kept


@dataclass(frozen=True)
class Cited:
    """One Cite of a note: the work's key and where its text lies in the note text."""

    key: str
    start: int
    end: int


def notes(doc: dict) -> list[list[dict]]:
    """The blocks of every footnote, in document order."""
    return [inline["c"] for inline in _body_inlines(doc["blocks"]) if inline["t"] == "Note"]


def note_text(blocks: list[dict]) -> tuple[str, list[Cited]]:
    """A note as a reader sees it (emphasis as *...*) and the span of each citation in it."""
    parts: list[str] = []
    cited: list[Cited] = []
    for i, block in enumerate(blocks):
        if i:
            parts.append(" ")
        _render(_inlines_of(block), parts, cited)
    text = "".join(parts)
    return text, cited


def tidy_spaces(doc: dict) -> None:
    """Move spaces at the edges of emphasis out of it: `Emph [x, Space]` -> `Emph [x], Space`.

    citeproc leaves such spaces ("*Le débat interdit *"); writers drop or keep them as they
    please, so the gold text and the written documents would disagree on a space.
    """
    for block in _all_blocks(doc["blocks"]):
        if block["t"] in BLOCK_INLINES:
            inlines = _inlines_of(block)
            inlines[:] = _tidied(inlines)


def _tidied(inlines: list[dict]) -> list[dict]:
    out: list[dict] = []
    for inline in inlines:
        kind = inline["t"]
        if kind == "Note":
            for block in _all_blocks(inline["c"]):
                if block["t"] in ("Para", "Plain"):
                    block["c"][:] = _tidied(block["c"])
        if kind not in WRAPPERS or kind in ("Link", "Image"):
            out.append(inline)
            continue
        content = inline["c"] if WRAPPERS[kind] is None else inline["c"][WRAPPERS[kind]]
        content[:] = _tidied(content)
        lead = [content.pop(0) for _ in range(len(content)) if content and _blank(content[0])]
        trail = [content.pop() for _ in range(len(content)) if content and _blank(content[-1])]
        out += lead[:1] + [inline] + trail[:1]
    return out


def _blank(inline: dict) -> bool:
    return inline["t"] in ("Space", "SoftBreak")


def unwrap_note_citations(doc: dict) -> None:
    """Write note citations as authors do, not as pandoc flattens a note inside a note.

    Pandoc renders `^[See [@a, 12]; [@b].]` as "See (A, 12); (B)." and `^[[@a, 12] and [@b].]`
    as "A, 12. and (B).": the parentheses go, and so does a citation's final period when the
    note goes on with a join ("; ", " and ", ", "). Changes `doc` in place.
    """
    for blocks in notes(doc):
        for block in blocks:
            inlines = _inlines_of(block)
            for i, inline in enumerate(inlines):
                if inline["t"] == "Cite":
                    _strip_parens(inline["c"][1])
                    if _joined(inlines[i + 1 : i + 3]):
                        _drop_final_period(inline["c"][1])


def _joined(following: list[dict]) -> bool:
    """Whether a citation is followed by a join (";", ",", " and", " see also") in its note."""
    if not following or following[0]["t"] not in ("Str", "Space"):
        return False
    if following[0]["t"] == "Str":
        return following[0]["c"][:1] in (";", ",", ":")
    word = following[1]["c"] if len(following) > 1 and following[1]["t"] == "Str" else ""
    return word[:1].islower() or word[:1] in (";", ",", ":")  # " and", French " ; "


def _drop_final_period(content: list[dict]) -> None:
    """'…, 235.' -> '…, 235' and '“Title.”' -> '“Title”' where the period ends the citation."""
    strs = [i for i in _walk(content) if i["t"] == "Str"]
    while strs and strs[-1]["c"] in CLOSING_QUOTES:  # the quote may be a Str of its own
        strs.pop()
    if not strs:
        return
    last = strs[-1]
    text = last["c"]
    quote = text[-1] if text[-1:] in CLOSING_QUOTES else ""
    body = text[: len(text) - len(quote)]
    if body.endswith(".") and not ABBREVIATION_RE.search(_previous_word(strs, body)):
        last["c"] = body[:-1] + quote


def _previous_word(strs: list[dict], body: str) -> str:
    """'Speak' + '.' are two Str elements: the word that the period ends."""
    if body != "." or len(strs) < 2:
        return body
    return strs[-2]["c"] + body


def flatten(doc: dict) -> None:
    """Replace every Cite and Span by its content, so writers see only text and emphasis."""
    for block in _all_blocks(doc["blocks"]):
        if block["t"] in BLOCK_INLINES:
            index = 2 if block["t"] == "Header" else None
            inlines = block["c"][index] if index else block["c"]
            inlines[:] = _flattened(inlines)


def _flattened(inlines: list[dict]) -> list[dict]:
    out = []
    for inline in inlines:
        kind = inline["t"]
        if kind in ("Cite", "Span"):
            out += _flattened(inline["c"][1])
            continue
        if kind == "Note":
            for block in _all_blocks(inline["c"]):
                if block["t"] in ("Para", "Plain"):
                    block["c"][:] = _flattened(block["c"])
        elif kind in WRAPPERS:
            content = inline["c"] if WRAPPERS[kind] is None else inline["c"][WRAPPERS[kind]]
            content[:] = _flattened(content)
        out.append(inline)
    return out


def _strip_parens(content: list[dict]) -> None:
    if len(content) < 3 or content[0]["t"] != "Space":
        return
    first, last = content[1], content[-1]
    if first == {"t": "Str", "c": "("} and last == {"t": "Str", "c": ")"}:
        del content[-1]
        del content[:2]


def _render(inlines: list[dict], parts: list[str], cited: list[Cited]) -> None:
    for inline in inlines:
        kind, c = inline["t"], inline.get("c")
        if kind == "Str":
            parts.append(c)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            parts.append(" ")
        elif kind == "Cite":
            start = len("".join(parts))
            _render(c[1], parts, cited)
            cited.append(Cited(c[0][0]["citationId"], start, len("".join(parts))))
        elif kind == "Quoted":
            left, right = QUOTES[c[0]["t"]]
            parts.append(left)
            _render(c[1], parts, cited)
            parts.append(right)
        elif kind in ("Code", "Math"):
            parts.append(c[1])
        elif kind in WRAPPERS:
            mark = MARKS.get(kind, "")
            parts.append(mark)
            _render(c if WRAPPERS[kind] is None else c[WRAPPERS[kind]], parts, cited)
            parts.append(mark)


def _inlines_of(block: dict) -> list[dict]:
    if block["t"] in ("Para", "Plain"):
        return block["c"]
    return block["c"][2] if block["t"] == "Header" else []


def _body_inlines(blocks: list[dict]) -> Iterator[dict]:
    for block in _all_blocks(blocks):
        yield from _inlines_of(block)


def _all_blocks(blocks: list[dict]) -> Iterator[dict]:
    for block in blocks:
        yield block
        if block["t"] == "Div":  # [attributes, blocks]
            yield from _all_blocks(block["c"][1])
        elif block["t"] == "BlockQuote":  # blocks
            yield from _all_blocks(block["c"])


def _walk(inlines: list[dict]) -> Iterator[dict]:
    for inline in inlines:
        yield inline
        kind = inline["t"]
        if kind in WRAPPERS:
            c = inline["c"]
            yield from _walk(c if WRAPPERS[kind] is None else c[WRAPPERS[kind]])


# the walkers, for the manuscript mode (regroup.py, manuscript.py)
all_blocks = _all_blocks
inlines_of = _inlines_of
body_inlines = _body_inlines
walk = _walk
