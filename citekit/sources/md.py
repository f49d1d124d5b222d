"""Markdown through markdown-it-py (CommonMark) and mdit-py-plugins' footnotes.

Notes are pandoc's and kramdown's: ``[^label]`` references with ``[^label]: text``
definitions (indented continuations, several paragraphs) and ``^[inline notes]``,
ordered as pandoc and kramdown render them, by first reference; definitions never
referenced come last. Where every note is labelled with a number ([^12]) the author has
numbered the notes by hand, and those numbers are the notes' own: a chapter file that goes
on from the last one's notes, notes counted from [^0], a note dropped or moved in revision,
"see note 20" in another note.
YAML front matter is not text; a site generator's tags (Hugo shortcodes, Liquid) are the
words the page shows for them (sitetags.py). A document without footnotes is
rendered to HTML when it links to notes written in HTML (html.py finds them); otherwise its
visible text (the parser's, not the markup) is read as plain text is: Project Gutenberg's
"[1]" markers and "[1] …" notes (a converted book), or else the layout of plain text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from citekit.inline import ITALIC_MARK, LITERAL_ASTERISK, InlineBuilder
from citekit.model import Code, Diagnostic, Document, Footnote, Link
from citekit.sources import gutenberg, html, htmlnotes, mdtokens, sitetags
from citekit.sources.mdspans import linked_span_plugin
from citekit.sources.raw import read_text

# pandoc's superscript just before a note's marker: ^.^[^3] must not open an inline note
# ^[...] at its closing caret; there the carets go (other superscripts, ^2^2009, stay as typed)
SUPERSCRIPT_RE = re.compile(r"(?<![\\\[^])\^(?![\[^])(?P<raised>[^\s^\[\]]{1,30}?)\^(?=\[\^)")
# pandoc's superscript that opens with a link, ^[1](#footnote_0 "…")^: a note marker copied
# from a web page (WordPress's footnote links), not an ^[inline note] whose text is "1". Only
# the closing caret makes it one (links, their {attributes}, no space between): without it
# pandoc reads "^[https://x.org](https://x.org)" as a note whose text is the address
LINKED = r"\[[^\[\]\n]*\]\([^()\n]*\)(?:\{[^{}]*\})?"  # [text](url "title"){attributes}
SUPERSCRIPT_LINK_RE = re.compile(rf"(?<![\\\[^])\^(?={LINKED}(?:{LINKED}|[^\s^\[\]])*\^)")
# asterisks left as text around a title: CommonMark closes no emphasis at "*Title,*trans." or
# "*Society (*April", where pandoc (which wrote such notes from Word) does; a reader takes them
# for italics as in plain text, so pairs that hold no other mark become italics
LITERAL_PAIR_RE = re.compile(
    f"{LITERAL_ASTERISK}(?=\\S)[^{LITERAL_ASTERISK}*]{{1,300}}?{LITERAL_ASTERISK}"
)
ITALIC_PUNCTUATION_RE = re.compile(f"([*{LITERAL_ASTERISK}])[,;:]\\1")  # "*,*", "∗;∗"
# a definition whose text starts on the next line, unindented or indented by fewer than four
# spaces ("[^9]:\n<https://…>,", "[^1]:\n  Voir …", "[^15]:\n  [http://…](http://…)", a link,
# where "[^16]:" would be the next definition): pandoc and Hugo's goldmark read that line
# as the note's; markdown-it leaves the note empty unless the line joins the label's (four
# spaces or more it reads as the note's own indented text)
LABEL_ALONE_RE = re.compile(r"(?m)^( {0,3}\[\^[^\]\s]+\]:)[ \t]*\n {0,3}(?=[^\s\[]|\[(?!\^))")
HTML_NOTE_LINK_RE = re.compile(r"""href\s*=\s*["']?#""", re.IGNORECASE)  # <a href="#fn1">
# an indented list item that an in-page link can point to: <li class="footnote" id="fn:3">
HTML_NOTE_ITEM_RE = re.compile(r"""(?m)^(?: {4}|\t)\s*<li\b[^>\n]*\bid\s*=""", re.IGNORECASE)
_PARSER = (
    # smart quotes as pandoc's Markdown has them: its writer types every curly quote straight,
    # so 'Title' is the ‘Title’ it stands for and an apostrophe stays one (L'Atelier)
    MarkdownIt("commonmark", {"typographer": True})
    .enable("smartquotes")
    .use(front_matter_plugin)
    # definitions left where they stand (their lines are the notes' lines); a reference to
    # a label never defined still counts, so that it is reported as a missing note
    .use(footnote_plugin, move_to_end=False, always_match_refs=True)
    .use(attrs_plugin, spans=True)  # pandoc's [Name]{.smallcaps}: the text, not the syntax
    .use(linked_span_plugin)  # pandoc's [[url]{.underline}](url): a link, its text the span's
)


@dataclass
class _Reading:
    """What the walk over the token stream has found so far."""

    env: dict[str, object]
    numbers: dict[int, int]  # markdown-it's note id -> the note's number
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[int] = field(default_factory=list)
    defined: dict[str, int] = field(default_factory=dict)  # label -> note number

    # each ^[inline note]'s tokens by its id: a note nested in a note is read in place
    inline_notes: dict[int, list[Token]] = field(init=False)

    def __post_init__(self) -> None:
        listed = self.env["footnotes"].get("list", {})  # type: ignore[attr-defined]
        self.inline_notes = {i: n["tokens"] for i, n in listed.items() if "label" not in n}

    def number(self, note_id: int) -> int | None:
        return self.numbers.get(note_id)

    def unreferenced(self, label: str) -> int:
        """The number of a note defined but never referenced from the text (a reference
        in another note is none, as in pandoc): after every referenced one."""
        if label not in self.defined:
            self.defined[label] = len(self.numbers) + len(self.defined) + 1
        return self.defined[label]


# the text the reader parsed last -> its tokens (read, never changed, by the reader and
# citekit.bibblocks): the bibliography's search parses the same text, 7 % of a run
_LAST_PARSED: dict[str, list[Token]] = {}


def tokens_of(text: str) -> list[Token]:
    """The tokens of the Markdown TEXT, as parsed by the reader (once for the same text)."""
    return _LAST_PARSED.get(text) or _PARSER.parse(text, {})


def read(path: Path) -> Document:
    """Read a Markdown file; its footnotes become Document.footnotes, in rendered order."""
    source = read_text(path)
    rendered = sitetags.render(source, path.parent)  # shortcodes, Liquid: what the page shows
    text = rendered.text
    if "^" in text:
        text = SUPERSCRIPT_LINK_RE.sub("", SUPERSCRIPT_RE.sub(r"\g<raised>", text))
        text = LABEL_ALONE_RE.sub(r"\1 ", text)
    env: dict[str, object] = {}
    tokens = _PARSER.parse(text, env)
    _LAST_PARSED.clear()
    _LAST_PARSED[text] = tokens  # the blocks of the body are read from the same text next
    found = env.get("footnotes") or {}
    if not (found.get("list") or found.get("refs")):  # type: ignore[attr-defined]
        return _without_footnotes(path, text, tokens)
    reading = _Reading(env, _body_numbers(tokens))
    _walk(tokens, reading)
    footnotes, references = _typed_numbers(reading)
    return Document(
        path=str(path),
        text=source,
        format="md",
        footnotes=tuple(footnotes),
        references=references,
        diagnostics=_unrendered_in_notes(rendered, tokens, footnotes),
    )


def _unrendered_in_notes(
    rendered: sitetags.Rendered, tokens: list[Token], footnotes: list[Footnote]
) -> tuple[Diagnostic, ...]:
    """A site generator's tag the reader could not render, where it stood in a note's
    definition: reported, never dropped unseen (in the body it is no citation's)."""
    if not rendered.unrendered:
        return ()
    by_line = {f.line: f.number for f in footnotes}
    found = []
    for first, last in _definition_lines(tokens):
        number = by_line.get(first)
        for line, tag in rendered.unrendered:
            if number is not None and first <= line <= last:
                found.append(
                    Diagnostic(
                        Code.UNRENDERED_MARKUP,
                        f"note {number} (line {line}): the site generator's tag {tag[:80]} "
                        "sets text citekit cannot know; it was left out of the note",
                        number,
                    )
                )
    return tuple(found)


def _definition_lines(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """The first and last source line (1-based) of each note definition."""
    lines: list[int] = []
    inside = False
    for token in tokens:
        if token.type == "footnote_reference_open":
            inside, lines = True, []
        elif token.type == "footnote_reference_close":
            inside = False
            if lines:
                yield min(lines) + 1, max(lines)
        elif inside and token.map:
            lines += token.map


def _body_numbers(tokens: list[Token]) -> dict[int, int]:
    """Note numbers by markdown-it's note ids, in the order the text first refers to each
    note, as pandoc numbers them. A reference inside a note is none: pandoc gives a note
    nested in an inline note no number of its own, and leaves a [^label] in a definition
    as typed, where markdown-it would count either."""
    numbers: dict[int, int] = {}
    in_definition = False
    for token in tokens:
        if token.type in ("footnote_reference_open", "footnote_reference_close"):
            in_definition = token.type == "footnote_reference_open"
        elif token.type == "inline" and not in_definition:
            for child in _flattened(token.children or []):
                if child.type == "footnote_ref":
                    numbers.setdefault(child.meta["id"], len(numbers) + 1)
    return numbers


def _typed_numbers(reading: _Reading) -> tuple[list[Footnote], tuple[int, ...]]:
    """The notes in the order they are rendered, and the references, numbered by their
    labels where every label is a number ([^0], [^17]: the document's own numbers, whatever
    they start at and in whatever order the text calls them); else as rendered. An inline
    note (whose number is only its place) or a named label among them leaves every note as
    rendered, as do two labels for one number ([^1] and [^01]). A label defined twice (a
    chapter that numbers its notes anew) keeps its number in each definition."""
    found = reading.env["footnotes"]  # type: ignore[index]
    refs, listed = found.get("refs", {}), found.get("list", {})  # type: ignore[attr-defined]
    labels = {key[1:]: note_id for key, note_id in refs.items()}
    rendered = _in_rendered_order(reading.footnotes)
    inline = any("label" not in note for note in listed.values())
    typed = {label: int(label) for label in labels if label.isdigit()}
    if inline or len(typed) < len(labels) or len(set(typed.values())) < len(typed):
        return rendered, tuple(reading.references)
    renumber = {
        number: typed[label]
        for label, note_id in labels.items()
        if (number := reading.number(note_id) or reading.defined.get(label))
    }
    footnotes = [replace(f, number=renumber.get(f.number, f.number)) for f in rendered]
    return footnotes, tuple(renumber.get(n, n) for n in reading.references)


def _in_rendered_order(footnotes: list[Footnote]) -> list[Footnote]:
    """The notes by the number pandoc renders them with; where a label is defined twice
    (both definitions carry its number) the definitions' own order, as the text gives them."""
    numbers = [f.number for f in footnotes]
    if len(set(numbers)) < len(numbers):
        return sorted(footnotes, key=lambda f: f.line)
    return sorted(footnotes, key=lambda f: f.number)


def _without_footnotes(path: Path, text: str, tokens: list[Token]) -> Document:
    """Notes written as HTML (<sup><a href="#fn1">, <li id="fn1">), or the visible text."""
    if HTML_NOTE_LINK_RE.search(text):
        page = html.parse_page(path, _PARSER.renderer.render(tokens, _PARSER.options, {}))
        footnotes, references = htmlnotes.find(page)
        if HTML_NOTE_ITEM_RE.search(text):
            # kramdown and pandoc keep an HTML block whole across blank lines, CommonMark
            # ends it there and reads the indented <li> that follow as code: the source
            # itself, read as HTML, holds the notes such a post renders
            whole = htmlnotes.find(html.parse_page(path, text))
            footnotes, references = max((footnotes, references), whole, key=lambda f: len(f[0]))
        if footnotes:
            return Document(str(path), text, "md", footnotes=footnotes, references=references)
    visible = mdtokens.visible_text(tokens, text)
    found = gutenberg.read_notes(visible, marked=True)  # "[1]" markers, "[1] Gibbon, …" paragraphs
    if found is not None:
        return Document(
            str(path), visible, "md", found.footnotes, diagnostics=found.diagnostics, paired=True
        )
    return Document(path=str(path), text=visible, format="md")


def _walk(tokens: list[Token], reading: _Reading) -> None:
    """Body references and the notes, definitions and inline ones, in document order."""
    definition: tuple[str, int, InlineBuilder] | None = None  # label, line, its text so far
    for token in tokens:
        if token.type == "footnote_reference_open":
            definition = (token.meta["label"], token.map[0] + 1 if token.map else 0, _builder())
        elif token.type == "footnote_reference_close" and definition is not None:
            _define(reading, *definition)
            definition = None
        elif token.type == "inline" and definition is not None:
            mdtokens.add_inline(definition[2], token.children or [], reading.inline_notes)
            definition[2].paragraph_break()
        elif token.type == "html_block" and definition is not None:
            mdtokens.add_html_block(definition[2], token)
            definition[2].paragraph_break()
        elif token.type == "inline":
            _references(token, reading)


def _define(reading: _Reading, label: str, line: int, builder: InlineBuilder) -> None:
    refs = reading.env["footnotes"]["refs"]  # type: ignore[index]
    number = reading.number(refs.get(":" + label, -1)) or reading.unreferenced(label)
    text, links = _note_text(builder)
    reading.footnotes.append(Footnote(number, text, line, links))


def _references(token: Token, reading: _Reading) -> None:
    """The note references of a body paragraph; inline notes are read where they stand."""
    line = token.map[0] + 1 if token.map else 0
    for child in _flattened(token.children or []):
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        number = reading.number(child.meta["id"]) if child.type == "footnote_ref" else None
        if number is None:
            continue
        reading.references.append(number)
        if "label" not in child.meta:  # ^[inline]: its tokens are kept in the env
            inline_notes = reading.inline_notes
            builder = _builder()
            mdtokens.add_inline(builder, inline_notes[child.meta["id"]], inline_notes)
            text, links = _note_text(builder)
            reading.footnotes.append(Footnote(number, text, line, links))


def _flattened(children: list[Token]) -> Iterator[Token]:
    """Inline tokens in order, an image's caption among them: a note marked in a figure's
    caption ("![Map of the parish.[^4]](map.png)") is referred to from the body."""
    for child in children:
        yield child
        if child.type == "image":
            yield from _flattened(child.children or [])


def _note_text(builder: InlineBuilder) -> tuple[str, tuple[Link, ...]]:
    """The note's text and links; literal asterisks that pair up mark italics."""
    text, links = builder.build()
    if "*" not in text and LITERAL_ASTERISK not in text:
        return text, links
    text, links = _without_marks(text, links)
    count = text.count(LITERAL_ASTERISK)
    if count and count % 2 == 0 and len(LITERAL_PAIR_RE.findall(text)) * 2 == count:
        text = LITERAL_PAIR_RE.sub(_italic_pair, text)  # same length: links keep their place
    return text, links


def _italic_pair(pair: re.Match[str]) -> str:
    """A pair of literal asterisks as italics; a space Word's italic run took in before its
    close goes after it: "*Feminist Studies *1, no. 2" is *Feminist Studies* 1, no. 2."""
    inner = pair.group()[1:-1]
    title = inner.rstrip()
    return ITALIC_MARK + title + ITALIC_MARK + inner[len(title) :]


def _without_marks(text: str, links: tuple[Link, ...]) -> tuple[str, tuple[Link, ...]]:
    """ "et al*,* ‘Title’", "20140005∗;∗ Merja": italics around a lone comma or semicolon
    (Word's formatting, carried over by pandoc) mark nothing; the links move up with the text."""
    cuts = [i for m in ITALIC_PUNCTUATION_RE.finditer(text) for i in (m.start(), m.end() - 1)]
    if not cuts:
        return text, links
    kept = "".join(c for i, c in enumerate(text) if i not in set(cuts))

    def moved(offset: int) -> int:
        return offset - bisect.bisect_left(cuts, offset)

    return kept, tuple(Link(moved(k.start), moved(k.end), k.target) for k in links)


def _builder() -> InlineBuilder:
    return InlineBuilder(tex_dashes=True)  # pandoc's and kramdown's -- and --- are dashes
