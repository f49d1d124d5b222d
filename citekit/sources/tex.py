"""LaTeX: \\footnote, \\footnotetext and \\endnote bodies become notes, numbered in order (from
where \\setcounter{footnote} puts the count)."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from citekit.model import Code, Diagnostic, Document, Footnote
from citekit.sources import texmacros
from citekit.sources.latex import to_inline, to_plain
from citekit.sources.raw import line_at, line_starts, read_text

__all__ = ["read", "to_plain"]

# \footnote{, \footnote[7]{, \endnote{, \footnotetext{; \footnotemark only counts a note
# (the brace that closes the body is found by _brace_pairs)
NOTE_COMMAND_RE = re.compile(
    r"""\\(?P<command>footnote|footnotetext|endnote|footnotemark)(?![a-zA-Z])
        \s*(?:\[(?P<number>\d+)\])?      # an explicit number: [7]
        (?P<brace>\s*\{)?                # the body's opening brace""",
    re.VERBOSE,
)
# \setcounter{footnote}{41}, \addtocounter{footnote}{-1}: a chapter file that goes on from
# the last one's notes, a note numbered again; the next \footnote is the counter plus one
COUNTER_RE = re.compile(
    r"\\(?P<how>set|addto)counter\s*\{\s*(?:foot|end)note\s*\}\s*\{\s*(?P<value>-?\d+)\s*\}"
)
# \url{…} and the first argument of \href{…}{…}: a URL may hold %, # and ~ (a macro's
# parameter, \url{#1}, is no URL: the macro's uses put theirs in)
URL_ARGUMENT_RE = re.compile(r"(?P<head>\\(?:url|href)\s*\{)(?P<url>(?!#\d\s*\})[^{}]*)\}")
BRACE_RE = re.compile(r"(?<!\\)[{}]")  # a brace that is not escaped: \{ is text
COMMENT_RE = re.compile(r"(?<!\\)%.*$", re.MULTILINE)  # "% comment" to end of line
# where an unclosed note is taken to end: a blank line (TeX's \par) or \end{document}
NOTE_STOP_RE = re.compile(r"\n[ \t]*\n|\\end\{document\}")


def read(path: Path) -> Document:
    """Read a .tex file; its notes become Document.footnotes, unclosed ones diagnostics."""
    urls: list[str] = []
    text = COMMENT_RE.sub("", _hide_urls(read_text(path), urls))
    text = texmacros.expanded(text, _brace_pairs)  # \fnurl{x}: the note its macro makes
    footnotes, references, problems = [], [], []
    counter = 0
    starts = line_starts(text)
    closing = _brace_pairs(text)
    definitions = texmacros.definition_bodies(text, closing)
    settings = deque(
        (m.start(), m.group("how"), int(m.group("value"))) for m in COUNTER_RE.finditer(text)
    )
    for match in NOTE_COMMAND_RE.finditer(text):
        while settings and settings[0][0] < match.start():
            _, how, value = settings.popleft()
            counter = value if how == "set" else counter + value
        command, given = match.group("command"), match.group("number")
        if command != "footnotemark" and not match.group("brace"):
            continue  # named, not used: \let\footnote=\endnote
        if any(start < match.start() < end for start, end in definitions):
            continue  # the body of a macro: each use of it is the note
        number = int(given) if given else counter + (command != "footnotetext")
        counter = number if command != "footnotetext" else counter
        if command != "footnotetext":
            references.append(number)
        if command == "footnotemark":
            continue
        line = line_at(starts, match.start())
        end = closing.get(match.end() - 1)
        body = text[match.end() : end] if end is not None else None
        if body is None:
            body = _unclosed_body(text, match.end())
            problems.append(_unclosed(command, number, line))
        note, links = to_inline(body, urls)
        footnotes.append(Footnote(number, note, line, links))
    return Document(
        path=str(path),
        text=text,
        format="tex",
        footnotes=tuple(footnotes),
        references=tuple(references),
        diagnostics=tuple(problems),
    )


def _hide_urls(text: str, urls: list[str]) -> str:
    """Each URL argument replaced by its index in URLS (its line breaks kept)."""

    def hide(match: re.Match[str]) -> str:
        url = match.group("url")
        urls.append("".join(url.split()))
        return match.group("head") + str(len(urls) - 1) + "\n" * url.count("\n") + "}"

    return URL_ARGUMENT_RE.sub(hide, text)


def _brace_pairs(text: str) -> dict[int, int]:
    """Offset of each opening brace -> offset of the brace that closes it (one pass).

    Escaped braces (\\{) are text; an opening brace never closed has no entry.
    """
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for match in BRACE_RE.finditer(text):
        if match.group() == "{":
            stack.append(match.start())
        elif stack:
            pairs[stack.pop()] = match.start()
    return pairs


def _unclosed_body(text: str, start: int) -> str:
    """What an unclosed note holds: up to its paragraph's end or the next note command."""
    stop = NOTE_STOP_RE.search(text, start)
    end = stop.start() if stop else len(text)
    following = NOTE_COMMAND_RE.search(text, start, end)
    return text[start : following.start() if following else end]


def _unclosed(command: str, number: int, line: int) -> Diagnostic:
    return Diagnostic(
        Code.UNCLOSED_NOTE,
        f"note {number} (line {line}): '\\{command}{{' is never closed; "
        "read up to the end of its paragraph (close the brace)",
        number,
    )
