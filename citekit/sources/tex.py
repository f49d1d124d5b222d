"""LaTeX: \\footnote{...} and \\endnote{...} bodies become notes, numbered in order."""

from __future__ import annotations

import re
from pathlib import Path

from citekit.model import Document, Footnote
from citekit.sources.raw import line_at, line_starts, read_text

# \footnote{, \footnote[7]{, \endnote{ (the brace itself is matched by _balanced)
NOTE_COMMAND_RE = re.compile(r"\\(?:footnote|endnote)(?:\[(?P<number>\d+)\])?\s*\{")
COMMENT_RE = re.compile(r"(?<!\\)%.*$", re.MULTILINE)  # "% comment" to end of line
EMPHASIS_RE = re.compile(r"\\(?:emph|textit|textsl|mkbibemph)\{([^{}]*)\}")  # \emph{Title}
# {\itshape Title}, {\em Title}: emphasis switched on inside a group
EMPHASIS_GROUP_RE = re.compile(r"\{\\(?:itshape|em|it|slshape)\b\s*([^{}]*)\}")
QUOTE_RE = re.compile(r"``(.*?)''", re.DOTALL)  # ``quoted''
GERMAN_QUOTE_RE = re.compile(r",,(.*?)(?:''|``)", re.DOTALL)  # ,,zitiert'' (and ,,zitiert``)''
COMMAND_WITH_ARG_RE = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}")  # \textsc{x}
BARE_GROUP_RE = re.compile(r"(?<![A-Za-z*\]])\{([^{}]*)\}")  # {nested} text, not \cmd{arg}
BARE_COMMAND_RE = re.compile(r"\\[a-zA-Z]+\*?\s?")  # \ldots, \newline
ENQUOTE_RE = re.compile(r"\\(?:enquote|textquote)\*?\{([^{}]*)\}")  # csquotes
# commands that stand for a character: French guillemets (babel), ligatures, dots
SYMBOLS = {
    "glqq": "„",
    "grqq": "“",
    "glq": "‚",
    "grq": "‘",
    "flqq": "«",
    "frqq": "»",
    "og": "« ",  # babel French sets the guillemets off with a space
    "fg": " »",
    "guillemotleft": "«",
    "guillemotright": "»",
    "ldots": "…",
    "dots": "…",
    "oe": "œ",
    "OE": "Œ",
    "ae": "æ",
    "AE": "Æ",
    "ss": "ß",
}
SYMBOL_RE = re.compile(
    r"\\(" + "|".join(SYMBOLS) + r")(?![a-zA-Z])(?:\{\}| )?"
)  # TeX eats the space
ESCAPES = {
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
    "~": " ",
    "---": "—",
    "--": "–",
    r"\,": " ",
    r"\ ": " ",
}


def read(path: Path) -> Document:
    """Read a .tex file; its footnotes become Document.footnotes."""
    text = COMMENT_RE.sub("", read_text(path))
    footnotes, references = [], []
    counter = 0
    starts = line_starts(text)
    for match in NOTE_COMMAND_RE.finditer(text):
        body = _balanced(text, match.end())
        if body is None:
            continue
        counter = int(match.group("number")) if match.group("number") else counter + 1
        footnotes.append(Footnote(counter, to_plain(body), line_at(starts, match.start())))
        references.append(counter)
    return Document(
        path=str(path),
        text=text,
        format="tex",
        footnotes=tuple(footnotes),
        references=tuple(references),
    )


def _balanced(text: str, start: int) -> str | None:
    """The text from START up to the brace that closes the one before START."""
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if char == "{" and text[index - 1] != "\\":
            depth += 1
        elif char == "}" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start:index]
    return None


def to_plain(latex: str) -> str:
    """LaTeX markup -> the plain text a reader sees, emphasis kept as *...*."""
    text = GERMAN_QUOTE_RE.sub(r"„\1“", latex)
    text = QUOTE_RE.sub(r"“\1”", text)
    text = ENQUOTE_RE.sub(r"“\1”", text)
    text = SYMBOL_RE.sub(lambda m: SYMBOLS[m.group(1)], text)
    previous = None
    while previous != text:  # nested commands, innermost first: \emph{The \textsc{Big} Book}
        previous = text
        text = EMPHASIS_RE.sub(r"*\1*", text)
        text = EMPHASIS_GROUP_RE.sub(r"*\1*", text)
        text = COMMAND_WITH_ARG_RE.sub(r"\1", text)
        text = BARE_GROUP_RE.sub(r"\1", text)
    for escape, plain in ESCAPES.items():
        text = text.replace(escape, plain)
    text = BARE_COMMAND_RE.sub("", text).replace("{", "").replace("}", "")
    return " ".join(text.split())
