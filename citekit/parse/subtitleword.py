"""A plain title whose subtitle opens with one word and a comma: "Friedrich Katz, La guerra
secreta en México. Europa, Estados Unidos y la revolución mexicana, trad. …, 1982"; or whose
main title asks a question and whose subtitle opens with a name: "Samuel D. Kassow, Who Will
Write Our History? Emanuel Ringelblum, the Warsaw Ghetto, and …, Bloomington: …, 2007".

Cut at its full stop, the subtitle reads as a new citation by someone called "Europa". But
the sentence before it is a whole name, a comma and title words, with no date or imprint: a
full citation's head, not finished. A short form does not give the author's given name.

A collection with no author opens with its title, and a sentence of it can end before the
subtitle: "Polacy i Żydzi pod okupacją niemiecką 1939–1945. Studia i materiały, red. A.
Żbikowski, Warszawa: …, 2006"; the editors after it say the citation goes on.
"""

from __future__ import annotations

from citekit.parse import cues, namecues, uregex
from citekit.parse.citestart import citation_start
from citekit.parse.patterns import EDITOR_VERBS, YEAR_RE

# the subtitle's first word and its comma: "Europa, ", "Siglo XX, " is two words and no name
ONE_WORD_RE = uregex.compile(r"[A-Z][\w'’-]+,\s")


def subtitle_after_head(prev: str, rest: str, separator: str) -> bool:
    """Was PREV (a direct name, a comma, title words) cut at a full stop of its title, REST
    (the note from the cut on) opening with one word and a comma, or PREV's title a question
    ("Samuel D. Kassow, Who Will Write Our History?" + "Emanuel Ringelblum, the Warsaw Ghetto,
    …, Bloomington: …, 2007": the subtitle opens with a name and its comma), and REST dated
    before its next semicolon?"""
    if separator != "." or "*" in prev:
        return False  # the cheap tests first
    if not (prev.endswith("?") or ONE_WORD_RE.match(rest)):
        return False
    name, comma, title = prev[citation_start(prev) :].partition(", ")
    return (
        bool(comma)
        and len(name.split()) >= 2
        and namecues.name_only(name)
        and len(title.split()) >= 2
        and not any(c.isdigit() for c in title)
        and not cues.has_imprint(title)
        and YEAR_RE.search(rest.split(";", 1)[0]) is not None
    )


# an editor named after a title, comma first: ", red. A. Żbikowski", ", hg. v. …", ", a cura di"
EDITOR_AFTER_RE = uregex.compile(rf",\s+(?:{EDITOR_VERBS}|[Hh]g\.|[Hh]rsg\.|eds?\.)\s+[A-Z]")


def collection_title_goes_on(prev: str, cur: str, separator: str) -> bool:
    """Is PREV, the note's first sentence, a collection's title that CUR goes on with, its
    subtitle, editors and imprint: "Polacy i Żydzi pod okupacją niemiecką 1939–1945." +
    "Studia i materiały, red. A. Żbikowski, Warszawa: …, 2006"? A volume with no author opens
    with its title, and its editors stand after it."""
    if separator != "." or "," in prev or EDITOR_AFTER_RE.search(cur) is None:
        return False  # the cheap tests first
    head = prev[citation_start(prev) :]
    return (
        len(head.split()) >= 3
        and head[:1].isupper()
        and not namecues.starts_with_name(head)
        and not namecues.starts_with_name(cur)
        and citation_start(cur) == 0  # not "For a translation, see *Works*, ed. …"
        and not cues.is_commentary(cur)
        and cues.completes_citation(cur)
    )
