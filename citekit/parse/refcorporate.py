"""A body that signs an entry with its acronym, and an entry dated by a span of years:

    British Standards Institution (BSI). 2005–2008. *BS 8723: Structured Vocabularies …*.
    World Health Organization (WHO). 2020. *Title*. Geneva: WHO.
    Bureau international des poids et mesures. *The International System of Units*. 2019.

The acronym in brackets is how the notes cite the body ("BSI 2005"), not a given name: the
author is the body's name. A span of years where the year stands is the entry's year, not
its title.
"""

from __future__ import annotations

from dataclasses import replace

from citekit.parse import deferred
from citekit.parse.patterns import YEAR
from citekit.parse.refnames import Head

# "British Standards Institution (BSI). ": a name of words and its acronym in capitals
ACRONYM_HEAD_RE = deferred.compile(
    r"(?P<name>[^\W\d_][^(),.;:]{2,150}?)\s+\((?P<acronym>[A-Z][A-Z/&-]{1,14})\)\.\s"
)
# "Bureau international des poids et mesures. *The International System …*": a body of
# several words, no comma (no inverted name), its sentence closed before an italic title
BODY_BEFORE_TITLE_RE = deferred.compile(
    r"(?P<name>[A-Z][^\W\d_]*(?:\s[^\W\d_][\w'’&-]*){2,11})\.\s+(?=\*[^*])"
)
YEARS_RE = deferred.compile(rf"(?P<years>{YEAR}\s?[–-]\s?{YEAR})\.\s+")  # "2005–2008. "


def corporate_head(text: str, head: Head) -> Head:
    """HEAD with the body named in full when TEXT opens with a name and its acronym, and with
    its span of years read as the year."""
    match = ACRONYM_HEAD_RE.match(text)
    if match is None and not head.people:
        return _body_before_title(text, head)
    if match is None or len(head.people) != 1:
        return head
    name, acronym = match.group("name").strip(), match.group("acronym")
    if head.people[0].replace(" ", "") != f"{name},{acronym}".replace(" ", ""):
        return head
    head = replace(head, people=(name,))
    years = YEARS_RE.match(head.rest) if head.year is None else None
    if years:
        head = replace(head, year=years.group("years"), rest=head.rest[years.end() :])
    return head


def _body_before_title(text: str, head: Head) -> Head:
    """HEAD, or the body that signs TEXT where no names were read (signing_body)."""
    name = signing_body(text)
    if name is None:
        return head
    return replace(head, people=(name,), role="author", rest=text[len(name) + 1 :].lstrip())


def signing_body(text: str) -> str | None:
    """The body that signs TEXT: a sentence of three or more words, one of them in lower case
    (no person's name), before an italic title: "Bureau international des poids et mesures.
    *The International System of Units*"."""
    match = BODY_BEFORE_TITLE_RE.match(text)
    if match is None or not any(w[:1].islower() for w in match.group("name").split()):
        return None
    return match.group("name")
