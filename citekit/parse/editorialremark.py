"""An editorial remark that closes a citation: "…, 34, 37 (translation mine).", "Ibid., 12
(emphasis in original).", "…, S. 45 (Hervorhebung im Original)". It speaks of the quotation
the note sources, not of the work: the citation ends before it, so its pinpoint stays the
locator (the remarks: lexicons/editorial_remarks.txt). So does a law citation's bracket naming
the opinion or the judge cited: "… at 2131 (Gorsuch, J., dissenting)", "(plurality opinion)",
"… [44] (Lord Sumption)" (lexicons/opinion_remarks.txt).
"""

from __future__ import annotations

import re

from citekit import lexicons

_REMARK = lexicons.alternation(lexicons.words("editorial_remarks"))
# one remark or several ("emphasis mine; translation mine"), in round or square brackets
REMARK_END_RE = re.compile(
    rf"\s*[(\[]\s*{_REMARK}(?:\s*(?:[;,]|and)\s*{_REMARK})*\s*[.]?\s*[)\]]\.?\s*$", re.IGNORECASE
)  # the note's full stop may close it: "Nagel (1988), S. XI (Hervorhebung dort)."
# the same remark after a comma, no brackets, when a pinpoint (a number) comes before it:
# "…, pp. 45–47, abridged", "…, p. 231, emphasis added"; a title's last word is never cut
COMMA_REMARK_END_RE = re.compile(
    rf"(?<=[\dIVXLCivxlc])\s*,\s*{_REMARK}(?:\s*(?:[;,]|and)\s*{_REMARK})*\s*[.]?\s*$",
    re.IGNORECASE,
)


_OPINION = lexicons.alternation(lexicons.words("opinion_remarks"))
_JUDGE = r"[A-Z][\w'’-]+"
# "(Gorsuch, J., dissenting)", "(Alito, J., concurring in the judgment)", "(plurality opinion)"
OPINION_END_RE = re.compile(
    rf"\s*\((?:{_JUDGE}(?:\s+(?:and|&)\s+{_JUDGE})?,\s+(?:C\.\s?)?JJ?\.,\s+)?{_OPINION}\b[^()]*\)\s*$"
)
# English judges: "(Lord Sumption)", "(Lady Hale JSC)", "(Arden LJ)", "(Lord Denning MR)"
JUDGE_END_RE = re.compile(
    rf"\s*\((?:(?:Lord|Lady|Baroness)\s+{_JUDGE}(?:\s+of\s+{_JUDGE})?(?:\s+[A-Z]{{1,4}})?"
    rf"|{_JUDGE}\s+(?:LJ|J|MR|LCJ|JSC|PSC|DPSC))\)\s*$"
)


def without_remark(text: str) -> str:
    """TEXT without the editorial remark in brackets that closes it, if any."""
    if not text.rstrip().rstrip(".").endswith((")", "]")):
        found = COMMA_REMARK_END_RE.search(text) if "," in text else None
        return text[: found.start()] if found else text
    found = REMARK_END_RE.search(text) or OPINION_END_RE.search(text) or JUDGE_END_RE.search(text)
    return text[: found.start()] if found else text
