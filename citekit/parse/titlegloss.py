"""A title's translation in square brackets right after it belongs to the title.

Scholars who cite works in Japanese, Chinese, Ukrainian or Arabic give the romanised title and
then its English sense in square brackets: "Maruyama Masao, *Nihon seiji shisōshi kenkyū*
[Studies in the intellectual history of Tokugawa Japan] (Tokyo: …, 1952)", "“Tetsudō fusetsu
no ken” [On the laying of railways], 1869". Chicago (14.102) keeps the bracket with the title,
and so do the gold files; left after the title it is read as a series or dropped.
"""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.patterns import YEAR_WORD_RE

# " [The rise of modern Chinese thought]" opening what follows a title: a capital, two words
# or more, no bracket inside
GLOSS_RE = re.compile(r"^\s*\[(?P<gloss>[A-ZÀ-Ý][^\[\]]*\s[^\[\]]+)\]")


def _is_gloss(text: str) -> bool:
    """A translation, not a date ("[Paris, 1990]") or a medium ("[Motion picture]")."""
    words = re.findall(r"[a-z]+", text.lower())
    medium = lexicons.words("medium_words")
    return not YEAR_WORD_RE.search(text) and words[0] not in medium and words[-1] not in medium


# a quoted title read on past its closing mark into the bracket: 'Title" [Gloss]'
SWALLOWED_RE = re.compile(r"^(?P<title>.+?)[\"”]\s(?P<gloss>\[[^\[\]]+\])$")
# the closing mark of a quoted title that was moved past the bracket: "],” in"
STRAY_CLOSE_RE = re.compile(r"^(?P<stop>[,.]?)[\"”]")


def with_gloss(title: str, after: str) -> tuple[str, str]:
    """TITLE with the bracketed translation that opens AFTER, and what follows it."""
    swallowed = SWALLOWED_RE.match(title) if title.endswith("]") else None
    if swallowed and GLOSS_RE.match(swallowed.group("gloss")):
        return f"{_unclosed(swallowed.group('title'))} {swallowed.group('gloss')}", after
    found = GLOSS_RE.match(after) if "[" in after[:3] else None
    if found is None or not _is_gloss(found.group("gloss")):
        return title, after
    rest = STRAY_CLOSE_RE.sub(r"\g<stop>", after[found.end() :])
    return f"{_unclosed(title)} [{found.group('gloss').strip()}]", rest


def _unclosed(title: str) -> str:
    """TITLE without the closing quotation mark that a quoted title's match keeps."""
    for opening, closing in (("“", "”"), ('"', '"')):
        if title.endswith(closing) and title.count(closing) == 1 + (title[0] == opening):
            return title[title[0] == opening : -1].strip()
    return title
