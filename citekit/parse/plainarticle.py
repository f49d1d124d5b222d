"""Articles whose title is printed plain, the journal alone in italics: "Johanna Siméant,
Violence d’un répertoire, *Cultures et conflits*, 9-10 (1993), p. 337" (French history
journals), "LE BRAS, Hervé, La France à la carte, **Zadig**, v. 5, p. 82–88, 2020" (ABNT).

The general grammar takes the first italics for a book's title and everything before it for
names; here the numbers after the italics (a volume, an issue, a year in brackets) say that
they name a journal, and the words between the names and the journal are the title.
"""

from __future__ import annotations

import re

from citekit.parse import namecues, uregex
from citekit.parse.containers import parse_article
from citekit.parse.elements import Parsed, clean_title, match_title, names_field

# what follows a journal's name: "9-10 (1993)", "3 (2017), 751", "v. 5, p. 82", ", (2020)"
# (a book's "*Title* (1985)" has no comma)
JOURNAL_NUMBERS_RE = re.compile(
    r"""^\s*(?:
        ,?\s*(?:(?:vol\.|v\.|t\.|tome|n[°º]|no\.|nr\.?|n\.)\s*)?[\dIVXLC]+(?:[-–/][\dIVXLC]+)?
            \s*(?:\(|,\s*(?:n[°º.]|no\.|nr|pp?\.|(?:1[5-9]|20)\d\d))
        |,\s*\(\s*(?:1[5-9]|20)\d\d\s*\)   # a newspaper's year, after a comma
        |,\s*(?:1[5-9]|20)\d\d\.\s+\d+\.\s*sz\.)   # Hungarian: "*Nyugat*, 1928. 19. sz."
    """,
    re.VERBOSE,
)
# an inverted first name, family name first: "LE BRAS, Hervé,", "Leitão, D. M.,"
INVERTED_HEAD_RE = uregex.compile(
    r"^(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+"
    r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,2}),\s+(?P<title>.+)$"
)


def plain_title_article(work: str, journal: re.Match[str]) -> Parsed | None:
    """The article of WORK whose title, before the italic JOURNAL, is plain; None when the
    italics are not followed by a journal's numbers or no title stands before them."""
    after = work[journal.end() :]
    if not journal.group().startswith("*") or not JOURNAL_NUMBERS_RE.match(after):
        return None
    before = work[: journal.start()].strip().rstrip(",").strip()
    head = INVERTED_HEAD_RE.match(before) or _colon_head(before)
    if head is not None:
        names, title = head.group("names"), head.group("title")
    else:
        words = before.split()
        count = namecues.leading_name_tokens(before)
        if not count or words[0].endswith(","):
            return None
        names, title = " ".join(words[:count]), " ".join(words[count:])
    title = clean_title(title.strip(" ,"))
    if not title or not title[0].isupper() and not title[0].isdigit():
        return None
    if len(title.split()) > 1 and namecues.name_only(title):
        return None  # "Source: Richard Stallman, *Manifesto*": names after a label, no title
    people = names_field("author", names.rstrip(","))
    return parse_article(title, people, match_title(journal), after)


# names, a colon, then the title ("Babits Mihály: Az írástudók árulása."), as Hungarian and
# German notes print an article's head
COLON_HEAD_RE = uregex.compile(r"^(?P<names>[^:.,;*]{3,60}):\s+(?P<title>[^:]+?)\.?$")


def _colon_head(before: str) -> re.Match[str] | None:
    head = COLON_HEAD_RE.match(before) if ":" in before else None
    return head if head and namecues.name_only(head.group("names")) else None
