"""A short form announced in a sentence of its own, not in brackets: "…, 451–570. Hereafter:
Römer II. ET: The Epistle to the Romans, …". The sentence belongs to the citation before it,
and whatever follows it starts afresh."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.parse import uregex
from citekit.parse.cutpoints import Piece
from citekit.parse.patterns import HEREAFTER_RE
from citekit.parse.prefilter import guarded

# "Hereafter: Römer II.", "Hereafter cited as CW.", "Henceforth: Works." opening a sentence, or
# after a comma ("…, 850837, hereafter cited as Bonheur sketchbook."; Chicago 14.29) (a
# colon or "cited as" after the word: "Hereafter the argument turns" announces nothing); the
# form opens with a capital and runs to the sentence's full stop ("Ep. Rom." would be cut short);
# a form in italics needs no colon ("…, 1994), hereafter *T.Vindol.* II;"), and a full stop
# inside its word is its own ("*T.Vindol.*"); Portuguese "doravante citado como *PMC*"
HEREAFTER_SENTENCE_RE = guarded(
    uregex.compile(
        r"""(?:^|(?<=[.;]\s)|(?<=,\s))(?:hereafter|henceforth|doravante)
        (?:\s+(?:cited|citad[oa])\s+(?:as|como)|\s+referred\s+to\s+as|\s*:|(?=\s+\*))
        \s+(?P<abbr>[A-Z\d*“"‘](?:[^.;:()\[\]]|\.(?=[^\s.;])){0,38}?)\s*(?=[.;](?:\s|$)|$)""",
        re.VERBOSE | re.IGNORECASE,
    )
)


def announced_forms(text: str) -> list[str]:
    """The short forms TEXT announces in sentences of their own: ["Römer II", "Romans II"]."""
    return [m.group("abbr").strip(" *") for m in HEREAFTER_SENTENCE_RE.finditer(text)]


def attach_announcements(text: str, found: list[Piece]) -> list[Piece]:
    """Give each announcing sentence that opens a piece to the piece before it, and let the
    rest of that piece stand alone: [A] [Hereafter: X. ET: B] -> [A. Hereafter: X] [ET: B]."""
    out: list[Piece] = []
    for piece in found:
        if out and _bracketed_announcement(piece.text(text)):
            out[-1] = Piece(out[-1].start, piece.end)  # "…, S. 846. [Im Folgenden zitiert als: …]"
            continue
        match = HEREAFTER_SENTENCE_RE.match(piece.text(text)) if out else None
        if match is None:
            out.append(piece)
            continue
        end = piece.start + match.end()
        out[-1] = Piece(out[-1].start, end)
        rest = _next_sentence(text, end, piece.end)
        if rest < piece.end:
            out.append(Piece(rest, piece.end))
    return out


def _bracketed_announcement(span: str) -> bool:
    """Is SPAN a bracket that only announces the short form of the citation before it ("[Im
    Folgenden zitiert als: Straßner: Medienwissenschaft. 1999.]", "(Hereafter cited as *CW*.)")?
    Set after the citation's full stop, it is cut off as a sentence of its own."""
    closing = {"(": ")", "[": "]"}.get(span[:1])
    return (
        closing is not None
        and span.rstrip(" .").endswith(closing)
        and bool(HEREAFTER_RE.match(span))
    )


def _next_sentence(text: str, at: int, end: int) -> int:
    """Where the text after an announcement resumes: past its full stop and spaces."""
    while at < end and text[at] in ". ;\u00a0":
        at += 1
    return at


def form_pieces(text: str, found: list[Piece], forms: tuple[str, ...]) -> list[Piece]:
    """Cut out of running prose the announced forms it cites right after a quotation or in
    brackets: "… erkennen) Römer II, 493", "… (Römer II, 671–700; Romans II, 502–26)": each
    form with its pages is a citation, the prose around it is none."""
    if not forms:
        return found
    pattern = _form_page_re(forms)
    out: list[Piece] = []
    for piece in found:
        span = piece.text(text)
        hits = list(pattern.finditer(span))
        if _in_prose(span, hits):
            out.extend(Piece(piece.start + m.start(), piece.start + m.end()) for m in hits)
        else:
            out.append(piece)
    return out


def _in_prose(span: str, hits: list[re.Match[str]]) -> bool:
    """Do the forms stand in prose: the first after a quotation or a bracket, or, opening the
    span, followed by another after prose ("Römer II, 508. Nevertheless, … “…” Romans II, 376")?"""
    if not hits:
        return False
    if hits[0].start() == 0:
        return len(hits) > 1 and _in_prose(span, hits[1:])
    return span[: hits[0].start()].rstrip(" *")[-1:] in '”")('


@lru_cache(maxsize=8)  # one document's forms, asked of every note
def _form_page_re(forms: tuple[str, ...]) -> re.Pattern[str]:
    """An announced form, in emphasis or not, then its page or pages: "*Romans II*, 526"."""
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)\*?(?:{names})\*?,?\s+(?:pp?\.\s*)?(?:\d+|[xivlc]+)(?:\s*[–-]\s*\d+)?(?!\w)"
    )
