"""The author the commentary names before a title: "Stephen Hanson wrote … “Title”" opening
it, or a possessive closing it ("… from Tomoko Fuse's book, *Unit Origami*", "… in Vinay
Uday Prabhu and Abeba Birhane's “Large image datasets”")."""

from __future__ import annotations

from citekit import lexicons
from citekit.parse import cues, namecues, names, uregex
from citekit.parse.patterns import PERSON_NAME, PROSE_AUTHOR_RE

_NAME = PERSON_NAME
# a possessive name (or two, "X and Y's"), an optional work noun ("book", "review of the
# event"), then the end of the commentary: the title follows
POSSESSOR_RE = uregex.compile(
    rf"(?<![\w.])(?P<name>{_NAME}(?:,?\s+and\s+{_NAME})?)['’]s"
    rf"(?:\s+{lexicons.alternation(lexicons.words('work_nouns'))}"
    r"(?:\s+(?:of|on)\s+(?:the|this|that|his|her|their)\s+[a-z]+)?)?[,:]?\s*$"
)


def prose_author(prefix: str) -> str | None:
    """The name the commentary PREFIX gives the author of the title after it, if any."""
    prefix = prefix.strip()
    match = PROSE_AUTHOR_RE.match(prefix)
    if match:
        return match.group("name")
    if "s" not in prefix:  # cheap: a possessive needs its "s"
        return None
    found = POSSESSOR_RE.search(prefix)
    return found.group("name") if found else None


def author_from_prose(fields: dict[str, str], text: str, prefix: str) -> None:
    """Give FIELDS of the citation TEXT the author its commentary PREFIX names, where the
    citation names none itself."""
    if "author" in fields or "editor" in fields or _named_first(text):
        return
    name = prose_author(prefix)
    if name and (fields.get("title") or fields.get("booktitle")):
        fields["author"] = " and ".join(names.split_names(name))


def _named_first(text: str) -> bool:
    """Does the citation open with a name (not a title in emphasis or quotes, "*Unit Origami:*")?"""
    return text[:1] not in '*“"‘«' and namecues.starts_with_name(text)


PROSE_WORD_RE = uregex.compile(r"(?<![\w'’-])[a-zà-ÿ]{2,}(?![\w'’-])")  # "had", "moved"
_PARTICLES = lexicons.alternation(lexicons.words("name_particles") | {"and", "et", "ed", "eds"})
# names (or "A and B") then at once a lower-case word that is no particle, and more: the names
# are the subject of a sentence ("Klein and D'Ignazio also point out that …"), no author line
NAMES_AS_SUBJECT_RE = uregex.compile(
    rf"{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s+(?!{_PARTICLES}\b)[a-z]{{2,}}\w*\s+\w"
)


def prose_about(text: str, after: str) -> bool:
    """Is TEXT commentary, or a sentence whose subject is the authors it names, rather than the
    author line of the title AFTER it? A source complete in AFTER (names, title, imprint)
    stands alone: "Regardless, by 1854, Chartier had moved …" + "Sébastien Bottin, *…* (…)"."""
    return (
        cues.is_commentary(text)
        or NAMES_AS_SUBJECT_RE.match(text) is not None
        or (_named_first(after) and cues.has_imprint(after) and _prose_words(text) >= 3)
    )


def _prose_words(text: str) -> int:
    """How many lower-case words TEXT holds: a sentence has several ("by 1854, Chartier had
    moved to …"), an author line with a plain title few ("…, Fascism without Borders")."""
    return len(PROSE_WORD_RE.findall(text))
