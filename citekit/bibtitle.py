"""Titles as LaTeX should see them: subtitle apart, capitals protected, quotes csquotes-safe.

Works on text already LaTeX-escaped (`bibtex.escape`), so the braces and macros added here
are the only ones a title carries. Case protection follows Better BibTeX's intent: a style
that changes case (sentence case in biblatex, `change.case$` in a .bst) must not lower
proper nouns and acronyms ("medieval europe", "nato"); the first word of a title or
subtitle is capitalised by every style anyway and is left alone unless it is an acronym.
"""

from __future__ import annotations

import re

SUBTITLE_RE = re.compile(r"^(?P<title>[^:]*\w[^:]*?)\s*:\s+(?P<subtitle>\S.*)$", re.S)
# a word: "Europe", "NATO", "McCarthy", "U.S.", "médiévale" (a macro's name is none)
WORD_RE = re.compile(r"(?<![\\\w])[^\W\d_][\w.'’-]*")
# two capital words in a row, only spaces between: one group "{Medieval Europe}"
ADJACENT_GROUPS_RE = re.compile(r"\}(\s+)\{")
# quoted passages: “...”, "...", „...“, «...», ‹...›
QUOTED_RE = re.compile(r"“([^”]*)”|\"([^\"]*)\"|„([^“”]*)[“”]|«\s?([^»]*?)\s?»|‹([^›]*)›")
STRAY_QUOTE_RE = re.compile(r"[\"“”„«»]")
DASH_RANGE_RE = re.compile(r"(?<=\w)\s*[-‐‑‒–—]+\s*(?=\w)")


def split_subtitle(title: str) -> tuple[str, str]:
    """'Empire: A Study of Power' -> ('Empire', 'A Study of Power'); no colon -> (title, '')."""
    match = SUBTITLE_RE.match(title)
    if not match or "{" in title:
        return title, ""
    return match.group("title").strip(), match.group("subtitle").strip()


def protect_case(title: str) -> str:
    """Brace the capitalised words of TITLE but the first: 'The Rise of NATO in Europe' ->
    'The {Rise} of {NATO} in {Europe}'; a title with braces of its own is left as it is."""
    if "{" in title or "}" in title:
        return title
    first = re.match(r"\s*\S+", title)
    start = first.end() if first else 0
    head = title[:start]
    if _is_acronym(head.strip()):
        head = head.replace(head.strip(), "{" + head.strip() + "}")
    body = WORD_RE.sub(_brace_capitalised, title[start:])
    return head + ADJACENT_GROUPS_RE.sub(r"\1", body)


def quote_safely(title: str, *, biblatex: bool) -> str:
    """Quotation marks as commands babel's active characters cannot break:
    \\mkbibquote{...} for biblatex, ``...'' for BibTeX; a quote without partner -> ''."""

    def enclose(match: re.Match[str]) -> str:
        inner = next(g for g in match.groups() if g is not None)
        return "\\mkbibquote{" + inner + "}" if biblatex else "``" + inner + "''"

    return STRAY_QUOTE_RE.sub("''", QUOTED_RE.sub(enclose, title))


def page_range(pages: str) -> str:
    """'502–510' or '502-10' -> '502--510' / '502--10': the dash every style expects."""
    return DASH_RANGE_RE.sub("--", pages)


def _brace_capitalised(match: re.Match[str]) -> str:
    word = match.group()
    return "{" + word + "}" if any(c.isupper() for c in word) else word


def _is_acronym(word: str) -> bool:
    """'NATO', 'McCarthy' are; "L'État" is not (an elided article before a capital)."""
    letters = [c for c in re.split(r"['’]", word)[-1] if c.isalpha()]
    return len(letters) > 1 and sum(c.isupper() for c in letters) > 1
