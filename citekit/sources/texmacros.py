"""A document's own macros that make notes: where they are defined, and what their uses say.

A preamble often wraps \\footnote in a macro of its own: ``\\newcommand{\\fnurl}[1]{\\footnote{
\\url{#1}}}``, ``\\def\\sic#1{#1\\footnote{Sic.}}``. The note command in the definition is no note
(its text is "#1"); each use of the macro is one, with the use's arguments in place of #1, #2.
A redefinition of a command LaTeX already has (``\\renewcommand{\\href}…``) is only skipped:
the command's other meanings stay with the reader that knows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# \newcommand{\name}[2][default]{ … }, \providecommand*\name{ … }; the body's brace ends it
DEFINITION_RE = re.compile(
    r"""\\(?P<how>newcommand|renewcommand|providecommand|DeclareRobustCommand)\*?
        \s*\{?\s*\\(?P<name>[A-Za-z@]+)\s*\}?    # {\name} or \name
        \s*(?:\[(?P<count>\d)\])?                # [2]: how many arguments
        \s*(?P<optional>\[[^\]]*\])?             # [default]: the first is optional
        \s*(?P<brace>\{)""",
    re.VERBOSE,
)
# \def\name#1#2{ … } (\gdef, \edef, \long\def alike)
DEF_RE = re.compile(r"\\[gex]?def\s*\\(?P<name>[A-Za-z@]+)(?P<params>(?:#\d)*)\s*(?P<brace>\{)")
NOTE_IN_BODY_RE = re.compile(r"\\(?:footnote|footnotetext|endnote)(?![a-zA-Z])")
PARAMETER_RE = re.compile(r"#(\d)")


@dataclass(frozen=True, slots=True)
class Macro:
    """A macro of the document's own whose body makes a note."""

    body: str
    count: int


def definition_bodies(text: str, closing: Mapping[int, int]) -> list[tuple[int, int]]:
    """The (start, end) offsets of every macro definition's body in TEXT."""
    return [(body, end) for _, body, end in _definitions(text, closing)]


def _definitions(text: str, closing: Mapping[int, int]) -> list[tuple[int, int, int]]:
    """(head, body start, body end) of every macro definition in TEXT: the head holds the
    name being defined ("\\newcommand{\\src}"), which is no use of the macro."""
    spans = []
    for match in (*DEFINITION_RE.finditer(text), *DEF_RE.finditer(text)):
        start = match.start("brace")
        end = closing.get(start)
        if end is not None:
            spans.append((match.start(), start, end))
    return sorted(spans)


def expanded(text: str, pairs: Callable[[str], dict[int, int]]) -> str:
    """TEXT with each use of a new note-making macro replaced by its body, the use's
    arguments put in; line breaks are kept where they were (the notes' lines stay true)."""
    macros = _note_macros(text, pairs(text))
    if not macros:
        return text
    use_re = re.compile(r"\\(" + "|".join(map(re.escape, macros)) + r")(?![A-Za-z@])")
    closing = pairs(text)
    inside = _definitions(text, closing)  # a body, or the head that names the macro
    out, done = [], 0
    for use in use_re.finditer(text):
        if use.start() < done or any(a <= use.start() < b for a, _, b in inside):
            continue
        macro = macros[use.group(1)]
        arguments, end = _arguments(text, use.end(), macro.count, closing)
        if arguments is None:
            continue
        out += [
            text[done : use.start()],
            _filled(macro.body, arguments),
            "\n" * text.count("\n", use.start(), end),
        ]
        done = end
    return "".join(out) + text[done:]


def _note_macros(text: str, closing: Mapping[int, int]) -> dict[str, Macro]:
    macros: dict[str, Macro] = {}
    for match in (*DEFINITION_RE.finditer(text), *DEF_RE.finditer(text)):
        if match.groupdict().get("how") == "renewcommand" or match.groupdict().get("optional"):
            continue  # a command LaTeX has already, or one whose first argument may be left out
        end = closing.get(match.start("brace"))
        body = text[match.end("brace") : end] if end is not None else ""
        if not NOTE_IN_BODY_RE.search(body):
            continue
        count = match.groupdict().get("count")
        params = match.groupdict().get("params")
        number = int(count) if count else len(params) // 2 if params else 0
        macros[match.group("name")] = Macro(" ".join(body.split()), number)
    return macros


def _arguments(
    text: str, start: int, count: int, closing: Mapping[int, int]
) -> tuple[list[str] | None, int]:
    """COUNT braced arguments from START (spaces between them allowed), and where they end."""
    arguments, position = [], start
    for _ in range(count):
        while position < len(text) and text[position] in " \t\n":
            position += 1
        end = closing.get(position)
        if end is None or text[position] != "{":
            return None, start
        arguments.append(text[position + 1 : end])
        position = end + 1
    return arguments, position


def _filled(body: str, arguments: list[str]) -> str:
    """BODY with #1, #2 … replaced by the arguments (their line breaks as spaces)."""

    def nth(parameter: re.Match[str]) -> str:
        number = int(parameter.group(1))
        return " ".join(arguments[number - 1].split()) if 0 < number <= len(arguments) else ""

    return PARAMETER_RE.sub(nth, body)
