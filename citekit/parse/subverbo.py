"""A reference work cited under a headword: "*Oxford English Dictionary*, s.v. “commune”".

The headword ("s.v. “Entry”", "s. v. feuilleton", "sub voce …") is where in the work the
note points, as a page is: it is the citation's locator, never its title or author. What
stands before it is the work; a dictionary or encyclopaedia is cited so in full however bare
its citation ("Britannica Academic, s.v. …"), with no author and no imprint to come later.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citekit.model import Kind
from citekit.parse import deferred
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.patterns import IBID_RE, INNER_LEAD_RE

# the headword and its mark: "s.v. “Franklin Institute,”", "s. v. « feuilleton »", "s.vv.
# *Trent*", "sub voce Heimat" (a bare headword runs to the next comma or bracket)
HEADWORD_RE = deferred.compile(
    r",?\s*\b(?P<mark>s\.\s?vv?\.|sub\s+(?:voce|verbo))\s*"
    r"(?P<word>“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’|\*[^*]+\*"
    r"|[^,;()“\"«‘*]+?(?=\s*(?:[,;(]|\.?\s*$|\.\s)))",
    re.IGNORECASE,
)
# the work named in plain words before the headword: no comma, no figure, no brackets
BARE_WORK_RE = deferred.compile(r"[*“\"]?(?P<title>[^\W\d][^,;:()\d]{2,120}?)[*”\"]?")
# the cheap test before the expression, without folding the text's case
MARKS = ("s.v", "s. v", "S.v", "S. v", "sub v", "Sub v")


def read(text: str, kind: Kind, parse: Callable[[str, Kind], Parsed]) -> tuple[Kind, Parsed]:
    """TEXT parsed by PARSE as KIND; a headword in it is taken out first and made the
    locator, and a short form of a reference work is its full citation."""
    found = headword(text)
    if found is None:
        return kind, parse(text, kind)
    rest = (text[: found.start()] + text[found.end() :]).strip()
    if kind is Kind.SHORT:
        kind = Kind.FULL  # "Britannica Academic, s.v. …": all a note says of a reference work
    parsed = parse(rest, kind)
    locator = " ".join(found.group("mark", "word")).rstrip(",")
    fields = dict(parsed.fields)
    if kind is Kind.FULL:
        fields = _bare_work(text[: found.start()], fields)
    joined = f"{parsed.locator}, {locator}" if parsed.locator else locator
    return kind, replace(parsed, fields=fields, locator=joined)


def source_before(span: str, start: int, find: Callable[[str], int]) -> int:
    """Where the source begins in SPAN, START being where FIND put it: before a headword the
    work is named, so the source begins there, or after a lead word ("See *Dictionary …*,
    ed. …, s.v. “douen” (Montreal …)"), never at the headword or after it, nor at a comma of
    a plain title ("Diccionario Porrúa de historia, biografía …, México, Porrúa, 1995, s.v.")."""
    found = headword(span) if start else None
    if found is None or IBID_RE.match(span[start : found.start()].strip()):
        return start  # "see also ibid., s.v. “tell”": the work before the headword is the last one
    head = span[: found.start()]
    at = find(head)
    leads = INNER_LEAD_RE.finditer(head) if at and INNER_LEAD_RE.possible(head) else ()
    return at if any(lead.end() == at for lead in leads) else 0


def headword(text: str) -> re.Match[str] | None:
    """The headword a citation points to, with its mark ("s.v. “Entry”"), if any."""
    if not any(mark in text for mark in MARKS):
        return None
    return HEADWORD_RE.search(text)


def _bare_work(head: str, fields: dict[str, str]) -> dict[str, str]:
    """ "Oxford English Dictionary" before the headword, and nothing else: the work's title,
    though its words read as a name ("Britannica Academic")."""
    bare = BARE_WORK_RE.fullmatch(head.strip())
    if bare is None:
        return fields
    kept = {k: v for k, v in fields.items() if k not in ("author", "editor", "title")}
    return {**kept, "title": clean_title(bare.group("title"))}
