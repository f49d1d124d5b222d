"""Standard-edition references after a title: Bekker numbers and book.chapter divisions.

Philosophers cite Aristotle by the page, column and line of Bekker's Berlin edition
("1147a25–b5") and by book and chapter ("VII.3"), often both ("*NE* VII.3, 1147a25–b5"). After a
title such a reference is the whole pinpoint, as a page number is after "*Title*, 249".
"""

from __future__ import annotations

import re

# "1147a25", "1103a14–b25", "434a16–21", "1253a2-3": page, column a/b, line; a range may
# give the second column and line only
BEKKER = r"\d{2,4}[ab]\d{1,2}(?:\s*[-–]\s*(?:\d{2,4}[ab]|[ab])?\d{1,2})?"
# "VII.3", "III.11", "II.1.3": a book in Roman numerals and its chapter
DIVISION = r"[IVXL]{1,6}\.\d{1,2}(?:\.\d{1,2})?"
STANDARD_REF_RE = re.compile(rf"(?:{DIVISION}(?:,\s*{BEKKER})?|{BEKKER})")


def standard_reference(after: str) -> bool:
    """Is AFTER (what follows a title) only a Bekker number or a book.chapter, or both?"""
    if not after[:1].isdigit() and after[:1] not in "IVXL":
        return False  # the cheap test first: both shapes open with a digit or a numeral
    return STANDARD_REF_RE.fullmatch(after) is not None
