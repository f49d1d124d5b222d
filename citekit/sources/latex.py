"""LaTeX markup -> the inline model, through pylatexenc's LatexWalker and latex2text.

The walker gives the structure (groups, commands and their arguments); latex2text turns
accents and symbol commands into Unicode (``G{\\"o}del`` -> "Gödel", ``\\oe{}`` -> "œ").
What the walker cannot know, this module says: which commands set italics, which make
links, which quote, and which print nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
    LatexSpecialsNode,
    LatexWalker,
    get_default_latex_context_db,
)
from pylatexenc.macrospec import EnvironmentSpec, MacroSpec

from citekit.inline import InlineBuilder
from citekit.model import Link

# \emph{…}: its argument in italics; inside italics TeX prints it upright, but there it
# sets a title within a title, still the title's words (as the Markdown and HTML readers
# read nested emphasis)
ITALIC_COMMANDS = {
    "emph": True,
    "mkbibemph": True,
    "textit": True,
    "textsl": True,
    "mkbibitalic": True,
    "textbf": True,  # bold marks titles (ABNT) and authors as italics do
    "mkbibbold": True,
    "textup": False,
    "textrm": False,
    "textnormal": False,
}
# {\itshape …}, {\em …}: italics switched for the rest of the group ({\em} as \emph)
ITALIC_SWITCHES = {
    "em": True,
    "itshape": True,
    "it": True,
    "slshape": True,
    "sl": True,
    "upshape": False,
    "normalfont": False,
    "rm": False,
}
# csquotes and biblatex: \enquote{x} -> “x”; the starred form is the inner quote
QUOTE_COMMANDS = {"enquote", "textquote", "mkbibquote", "foreignquote", "hyphenquote"}
# commands that print nothing a reader sees: cross-reference labels, spacing, index entries
SILENT_COMMANDS = {
    "label",
    "index",
    "ref",
    "pageref",
    "eqref",
    "vspace",
    "hspace",
    "footnotemark",
    "nocite",
    "glossary",
    "phantom",
    "hypertarget",
    "footnote",
    "footnotetext",
    "endnote",
}  # a note inside a note is its own
# commands that stand for a character: babel's quotes and guillemets, and what latex2text lacks
SYMBOLS = {
    "glqq": "„",
    "grqq": "“",
    "glq": "‚",
    "grq": "‘",
    "flqq": "«",
    "frqq": "»",
    "og": "« ",
    "fg": " »",  # babel French sets the guillemets off with a space
    "flq": "‹",
    "frq": "›",
    "S": "§",
    "P": "¶",
    "newline": " ",
    "linebreak": " ",
    "par": " ",
    "\\": " ",
    "quad": " ",
    "qquad": " ",
}
# accents take a letter: \"{u}, \'e; they are latex2text's whole job
ACCENT_COMMANDS = set("'`^\"~=.uvHckrdbtG")
# arguments the default context does not know; \url's is a placeholder index (see tex.py)
EXTRA_SPECS = (
    MacroSpec("href", "{{"),
    MacroSpec("url", "{"),
    MacroSpec("mkbibemph", "{"),
    MacroSpec("mkbibitalic", "{"),
    MacroSpec("mkbibquote", "{"),
    MacroSpec("enquote", "*{"),
    MacroSpec("textquote", "*[[{"),
    MacroSpec("foreignquote", "*{{"),
    MacroSpec("hyphenquote", "*{{"),
    MacroSpec("foreignlanguage", "[{{"),
    MacroSpec("footnotetext", "[{"),
    MacroSpec("endnote", "[{"),
    MacroSpec("footnotemark", "["),
    MacroSpec("hypertarget", "{{"),
    MacroSpec("hyperlink", "{{"),
    MacroSpec("textup", "{"),
    MacroSpec("textsuperscript", "{"),
    MacroSpec("mkbibsuperscript", "{"),
    MacroSpec("index", "{"),
    MacroSpec("nocite", "{"),
    MacroSpec("glossary", "{"),
    MacroSpec("phantom", "{"),
    MacroSpec("hspace", "*{"),
    MacroSpec("vspace", "*{"),
)
# environments whose arguments say how to set the text, never text: CJK's encoding and font
# (``\begin{CJK}{UTF8}{min}ひらがな\end{CJK}``), babel's language, a box's width
EXTRA_ENVIRONMENTS = (
    EnvironmentSpec("CJK", "{{"),
    EnvironmentSpec("CJK*", "{{"),
    EnvironmentSpec("otherlanguage", "{"),
    EnvironmentSpec("otherlanguage*", "{"),
    EnvironmentSpec("minipage", "[[[{"),
    EnvironmentSpec("multicols", "{"),
)
MARKUP_RE = re.compile(r"[\\{}$~^_&#%]|''|``")  # what only the walker can read
# TeX prints ' and ` as typographic single quotes: l'hypoth\`ese -> l’hypothèse
TEX_QUOTES = str.maketrans({"'": "’", "`": "‘"})
# ,,zitiert'' (babel German: the closing '' is a low-high quote here) and ``quoted''
GERMAN_QUOTE_RE = re.compile(r",,(.*?)(?:''|``)", re.DOTALL)
# „zitiert`` (the opening quote typed as a character, the closing one in TeX): read as one
# pair before TeX's ligatures could make "?`" of a question's end an inverted "¿"
UNICODE_GERMAN_QUOTE_RE = re.compile(r"„([^“”„]*?)(?:''|``)")
QUOTE_RE = re.compile(r"``(.*?)''", re.DOTALL)

_CONTEXT = get_default_latex_context_db()
_CONTEXT.add_context_category(
    "citekit", macros=EXTRA_SPECS, environments=EXTRA_ENVIRONMENTS, prepend=True
)
_TO_TEXT = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)
SYMBOL_CACHE_SIZE = 4096  # \"o, \oe, \ldots: the same few hundred spellings over and over
_SYMBOL_TEXTS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class _State:
    italic: bool = False
    link: str | None = None


def to_inline(latex: str, urls: Sequence[str] = ()) -> tuple[str, tuple[Link, ...]]:
    """A note's LaTeX -> its text in the inline model and its links.

    URLS are the arguments of \\url and \\href, which tex.py replaced by their index so
    that a "%" or "#" in them is not read as TeX.
    """
    latex = GERMAN_QUOTE_RE.sub(r"„\1“", latex)
    latex = UNICODE_GERMAN_QUOTE_RE.sub(r"„\1“", latex)
    latex = QUOTE_RE.sub(r"“\1”", latex)
    builder = InlineBuilder(tex_dashes=True)
    if MARKUP_RE.search(latex):
        walker = LatexWalker(latex, latex_context=_CONTEXT, tolerant_parsing=True)
        nodes, _, _ = walker.get_latex_nodes()
        _Walker(builder, urls).nodes(nodes, _State())
    else:  # plain words: nothing for the walker to do
        builder.add(latex.translate(TEX_QUOTES))
    return builder.build()


def to_plain(latex: str) -> str:
    """LaTeX markup -> the plain text a reader sees, emphasis kept as *...*."""
    return to_inline(latex)[0]


class _Walker:
    """Feeds a note's LaTeX nodes to an InlineBuilder."""

    def __init__(self, builder: InlineBuilder, urls: Sequence[str]) -> None:
        self._builder = builder
        self._urls = urls

    def nodes(self, nodes: Sequence[LatexNode | None], state: _State) -> None:
        """A node list; a switch ({\\em …}, \\itshape) holds to its end."""
        for node in nodes:
            if isinstance(node, LatexMacroNode) and node.macroname in ITALIC_SWITCHES:
                state = _State(ITALIC_SWITCHES[node.macroname], state.link)
            elif node is not None:
                self.node(node, state)

    def node(self, node: LatexNode, state: _State) -> None:
        if isinstance(node, LatexCharsNode):
            self._add(node.chars.translate(TEX_QUOTES), state)
        elif isinstance(node, LatexGroupNode | LatexEnvironmentNode):
            self.nodes(node.nodelist, state)
        elif isinstance(node, LatexMacroNode):
            self._macro(node, state)
        elif isinstance(node, LatexSpecialsNode) and node.specials_chars == "&":
            self._add("&", state)  # no table in a note: a bare "&" (in a URL) is the character
        elif not isinstance(node, LatexCommentNode):  # specials (~, --), math: as latex2text
            self._add(_text_of(node), state)

    def _macro(self, node: LatexMacroNode, state: _State) -> None:
        name = node.macroname
        args = _arguments(node)
        if name in SILENT_COMMANDS:
            return
        if name in SYMBOLS:
            self._add(SYMBOLS[name], state)
        elif name in ITALIC_COMMANDS and args:
            self.nodes([args[-1]], _State(ITALIC_COMMANDS[name], state.link))
        elif name in ("url", "href") and args:
            self._link(name, args, state)
        elif name in QUOTE_COMMANDS and args:
            inner = _starred(node)
            self._add("‘" if inner else "“", state)
            self.nodes([args[-1]], state)
            self._add("’" if inner else "”", state)
        elif name in ("foreignlanguage", "hyperlink") and args:
            self.nodes([args[-1]], state)  # \foreignlanguage{french}{texte}: the text only
        elif name in ACCENT_COMMANDS or not args:
            self._add(_text_of(node), state)  # \"u, \oe, \&, \ldots: latex2text's Unicode
        else:
            self.nodes(args, state)  # \textsc{Big}, \mbox{…}, \cite{key}: the arguments' text

    def _link(self, name: str, args: list[LatexNode], state: _State) -> None:
        target = self._url(args[0])
        if name == "url" or len(args) < 2:
            self._add(target, _State(state.italic, target))
        else:
            self.nodes([args[1]], _State(state.italic, target or state.link))

    def _url(self, arg: LatexNode) -> str:
        """The URL an argument stands for: its placeholder index, or its text as written."""
        written = arg.latex_verbatim()[1:-1].strip() if isinstance(arg, LatexGroupNode) else ""
        if written.isdigit() and int(written) < len(self._urls):
            return self._urls[int(written)]
        return written

    def _add(self, text: str, state: _State) -> None:
        self._builder.add(text, italic=state.italic, link=state.link)


def _arguments(node: LatexMacroNode) -> list[LatexNode]:
    """The mandatory {…} arguments of a command, in order (no [options], no star)."""
    if node.nodeargd is None:
        return []
    return [
        arg
        for arg in node.nodeargd.argnlist
        if isinstance(arg, LatexGroupNode) and arg.delimiters[0] == "{"
    ]


def _starred(node: LatexMacroNode) -> bool:
    argnlist = node.nodeargd.argnlist if node.nodeargd is not None else []
    return any(isinstance(arg, LatexCharsNode) and arg.chars == "*" for arg in argnlist)


def _text_of(node: LatexNode) -> str:
    """What latex2text prints for NODE; "--" and "---" left for the builder's dashes."""
    verbatim = node.latex_verbatim()
    if verbatim in ("--", "---"):
        return verbatim
    text = _SYMBOL_TEXTS.get(verbatim)
    if text is None:
        text = str(_TO_TEXT.nodelist_to_text([node]))
        if len(_SYMBOL_TEXTS) < SYMBOL_CACHE_SIZE:
            _SYMBOL_TEXTS[verbatim] = text
    return text
