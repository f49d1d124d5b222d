"""A note that is nothing but a short form, its italics lost: "Röhlig, Der Handel von Milet."

German legal notes and shortened notes cite a work again by the family name and the title,
without a pinpoint when the whole work is meant. Markdown marks the title or the name
("*Röhlig*, Der Handel von Milet"); plain text gives only the shape: a lead-in at most, a
family name, a comma, then one capitalised title and nothing after it. A sentence of
commentary has a verb and goes on; such a note is only read when no citation was found.
"""

from __future__ import annotations

from citekit.parse import deferred, namecues
from citekit.parse.cutpoints import Piece, trim
from citekit.parse.patterns import LEAD_IN_RE

NAME_WORDS_MAX = 3  # "Kekulé von Stradonitz": a family name, not a clause
TITLE_WORDS = (2, 20)  # a title's words; one word is as likely a place or a term
# a sentence that ends inside the rest: a word of small letters, its full stop, a capital
SENTENCE_END_RE = deferred.compile(r"[^\W\d_A-ZÀ-Þ]{3,}[.!?]\s+[A-ZÀ-Þ]")


def lone_short_form(text: str) -> list[tuple[Piece, str]]:
    """The short form that is all of TEXT after a lead-in ("Vgl."), with that lead-in as its
    prefix; [] when TEXT is no such note."""
    if ", " not in text:
        return []  # the cheap test first: the comma after the name
    lead = LEAD_IN_RE.match(text)
    start = lead.end() if lead else 0
    head, _, title = text[start:].strip().rstrip(".").partition(", ")
    words = head.split()
    if not (0 < len(words) <= NAME_WORDS_MAX and title[:1].isupper()):
        return []
    if namecues.prose_opener(words) or not namecues.name_only(head):
        return []
    if not TITLE_WORDS[0] <= len(title.split()) <= TITLE_WORDS[1]:
        return []
    if SENTENCE_END_RE.search(title) or ", " in title:
        return []  # two sentences, or a list: commentary, or a citation read otherwise
    return [(trim(text, start, len(text)), text[:start])]
