"""A markdown-it inline rule for pandoc's linked span, "[[text]{.underline}](url)".

pandoc writes a hyperlink that Word underlined as a link whose whole text is an attributed
span. markdown-it's link rule cannot take it: reading the label, it meets the span's own
brackets and, links holding no links, gives up, so "](url)" would reach the note as text.
This rule reads that one shape before the link rule does: the link, and in it the span's
text parsed as inline content (the span's attributes say only how it looked).
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline

# "[[" text "]{" attributes "}](" destination ")"; the destination may sit in <angle brackets>
LINKED_SPAN_RE = re.compile(r"\[\[(?P<text>[^\[\]\n]*)\]\{[^{}\n]*\}\]\(<?(?P<href>[^()\s<>]+)>?\)")


def linked_span_plugin(md: MarkdownIt) -> None:
    """Read "[[text]{attrs}](url)" as a link to url with text (before the link rule)."""
    md.inline.ruler.before("link", "linked_span", _linked_span)


def _linked_span(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[[", state.pos):
        return False
    match = LINKED_SPAN_RE.match(state.src, state.pos, state.posMax)
    if match is None:
        return False
    href = state.md.normalizeLink(match.group("href"))
    if not state.md.validateLink(href):
        return False
    if not silent:
        state.push("link_open", "a", 1).attrs = {"href": href}
        end = state.posMax
        state.pos, state.posMax = match.start("text"), match.end("text")
        state.linkLevel += 1
        state.md.inline.tokenize(state)
        state.linkLevel -= 1
        state.posMax = end
        state.push("link_close", "a", -1)
    state.pos = match.end()
    return True
