"""One Cite per citation in a real manuscript's pandoc AST, before citeproc renders it.

Authors group citations (`[see @a, 12; for instance @b, 50--52, with commentary]`) and cite
in the running text, where a note style makes the group one footnote. Rendered as written, a
group is one Cite element whose text holds several citations, and the gold could not say
where one ends. So, as the generator composes its notes (compose.py), each citation becomes a
Cite of its own: its prefix ("see") goes before it and what follows its pinpoint ("with
commentary") after it, as plain text; the citations of a group are joined by "; " as citeproc
joins them; a group in the running text becomes an explicit footnote ending in a period.
A lone citation in the running text (`[@a, 12]`, `@a says`) is left to citeproc, which makes
its note (printing an author-in-text name in the text); `hoist_author_notes` then gives that
note a Cite.

Citations of keys the bibliography lacks are dropped (citeproc would print "???").
"""

from __future__ import annotations

import re

from benchmarks.corpus import ast
from benchmarks.corpus.compose import Cite
from benchmarks.corpus.locators import Locator

JOIN = [{"t": "Str", "c": ";"}, {"t": "Space"}]
# a pinpoint as pandoc reads it at the start of a suffix: ", p. 12", ", 50–52", ", ch. 6", ", xi"
LABEL = r"(?:[A-Za-z]{1,8}\.?\s*)?"
NUMBER = r"(?:\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)(?![\w])"
PINPOINT_RE = re.compile(
    rf"^\s*,?\s*(?P<pin>{LABEL}{NUMBER}(?:\s*[-\u2013\u2014,]\s*{NUMBER})*)(?P<rest>.*)$", re.S
)
VALUE_RE = re.compile(rf"{NUMBER}(?:\s*[-\u2013\u2014,]\s*{NUMBER})*\s*$")
PLAIN = frozenset({"Str", "Space", "SoftBreak"})


def regroup(doc: dict, keys: set[str]) -> None:
    """Every Cite of `doc` made one citation; groups in the running text made footnotes."""
    for block in ast.all_blocks(doc["blocks"]):
        if block["t"] in ast.BLOCK_INLINES:
            inlines = ast.inlines_of(block)
            inlines[:] = _body(inlines, keys)


def cites(doc: dict) -> list[Cite]:
    """Every citation of the regrouped document in the order of the notes citeproc will make
    (an author-in-text citation of the running text makes one), with its written pinpoint."""
    out = []
    for inline in ast.body_inlines(doc["blocks"]):
        if inline["t"] == "Cite":
            out.append(_planned(inline))
        elif inline["t"] == "Note":
            for block in inline["c"]:
                out += [_planned(i) for i in ast.walk(ast.inlines_of(block)) if i["t"] == "Cite"]
    return out


def hoist_author_notes(doc: dict) -> None:
    """After citeproc: `Cite [Str "Smith", Note [...]]` in the running text becomes the name
    (if any), then the note, whose content is now a Cite of that citation."""
    for block in ast.all_blocks(doc["blocks"]):
        if block["t"] not in ast.BLOCK_INLINES:
            continue
        inlines = ast.inlines_of(block)
        out: list[dict] = []
        for inline in inlines:
            note = _inner_note(inline)
            if note is None:
                out.append(inline)
                continue
            out += [i for i in inline["c"][1] if i is not note]
            for para in note["c"]:
                if para["t"] in ("Para", "Plain"):
                    para["c"][:] = [{"t": "Cite", "c": [inline["c"][0], para["c"][:]]}]
                    break
            out.append(note)
        inlines[:] = out


def _inner_note(inline: dict) -> dict | None:
    if inline["t"] != "Cite":
        return None
    return next((i for i in inline["c"][1] if i["t"] == "Note"), None)


def _body(inlines: list[dict], keys: set[str]) -> list[dict]:
    out: list[dict] = []
    for inline in inlines:
        if inline["t"] == "Note":
            for block in inline["c"]:
                if block["t"] in ("Para", "Plain"):
                    block["c"][:] = _in_note(block["c"], keys)
            out.append(inline)
        elif inline["t"] == "Cite":
            made = _body_cite(inline, keys)
            if made and made[0]["t"] == "Note":  # the note's mark goes where citeproc puts it
                while out and out[-1]["t"] in ("Space", "SoftBreak"):
                    out.pop()
                made = [{**made[0], "moved": True}]
            out += made
        else:
            out.append(inline)
    return _after_punctuation(out)


def _after_punctuation(inlines: list[dict]) -> list[dict]:
    """'coast [note].' -> 'coast.[note]', as citeproc places the notes it makes."""
    out = list(inlines)
    for i, inline in enumerate(out):
        if not inline.pop("moved", False) or i + 1 == len(out) or out[i + 1]["t"] != "Str":
            continue
        text = out[i + 1]["c"]
        mark = re.match(r"[.,;:!?]+", text)
        if mark:
            rest = [{"t": "Str", "c": text[mark.end() :]}] if text[mark.end() :] else []
            out[i : i + 2] = [{"t": "Str", "c": mark.group()}, inline, *rest]
    return out


def _body_cite(cite: dict, keys: set[str]) -> list[dict]:
    citations = [c for c in cite["c"][0] if c["citationId"] in keys]
    if not citations:
        return []
    if len(citations) == 1 and _alone(citations[0]):
        return [_single(citations[0])]  # citeproc makes its note, as it would have
    parts = _split(citations)
    if parts[0]["t"] == "Str":  # a note opens with a capital, as citeproc gives it one
        parts[0] = {"t": "Str", "c": parts[0]["c"][:1].upper() + parts[0]["c"][1:]}
    if not _ends_sentence(parts):
        parts.append({"t": "Str", "c": "."})
    return [{"t": "Note", "c": [{"t": "Para", "c": parts}]}]


def _alone(citation: dict) -> bool:
    """A citation whose words are all its own: no prefix, nothing after its pinpoint."""
    suffix = citation["citationSuffix"]
    return not citation["citationPrefix"] and _split_suffix(suffix) == (suffix, [])


def _in_note(inlines: list[dict], keys: set[str]) -> list[dict]:
    out: list[dict] = []
    for inline in inlines:
        if inline["t"] != "Cite":
            out.append(inline)
            continue
        citations = [c for c in inline["c"][0] if c["citationId"] in keys]
        out += _split(citations) if citations else []
    return out


def _split(citations: list[dict]) -> list[dict]:
    """`[see @a, 12; @b, 3, and passim]` -> see, Cite a 12, "; ", Cite b 3, ", and passim"."""
    out: list[dict] = []
    for i, citation in enumerate(citations):
        if i:
            out += JOIN
        prefix = citation["citationPrefix"]
        if prefix:
            out += [*prefix, {"t": "Space"}]
        suffix, rest = _split_suffix(citation["citationSuffix"])
        out.append(_single(dict(citation, citationPrefix=[], citationSuffix=suffix)))
        out += rest
    return out


def _split_suffix(suffix: list[dict]) -> tuple[list[dict], list[dict]]:
    """The pinpoint stays with the citation; the words after it are the author's own."""
    if not suffix or any(i["t"] not in PLAIN for i in suffix):
        return suffix, []
    match = PINPOINT_RE.match(_text(suffix))
    if not match:  # ". Moreover, as …": no pinpoint, all the author's
        return [], suffix
    if not match["rest"].strip():
        return suffix, []
    pin = [{"t": "Str", "c": ","}, {"t": "Space"}, *_words(match["pin"].strip())]
    return pin, _words(match["rest"])


def _single(citation: dict) -> dict:
    return {"t": "Cite", "c": [[citation], [{"t": "Str", "c": "@" + citation["citationId"]}]]}


def _ends_sentence(parts: list[dict]) -> bool:
    last = parts[-1]
    return last["t"] == "Str" and last["c"].endswith((".", "?", "!"))


def _planned(cite: dict) -> Cite:
    citation = cite["c"][0][0]
    match = PINPOINT_RE.match(_text(citation["citationSuffix"]))
    if not match:
        return Cite(citation["citationId"], None)
    pin = match["pin"].strip()
    value = VALUE_RE.search(pin)
    if not value:
        return Cite(citation["citationId"], None)
    number = re.sub(r"\s*[\u2013\u2014]\s*", "-", value.group().strip())
    return Cite(citation["citationId"], Locator(pin, number))


def _text(inlines: list[dict]) -> str:
    return "".join(i["c"] if i["t"] == "Str" else " " for i in inlines)


def _words(text: str) -> list[dict]:
    """Plain text as pandoc inlines: words and the spaces between them."""
    out: list[dict] = []
    for piece in re.split(r"(\s+)", text):
        if piece.isspace():
            out.append({"t": "Space"})
        elif piece:
            out.append({"t": "Str", "c": piece})
    return out
