"""An arXiv identifier in a citation: "arXiv:1209.2199", "arXiv preprint arXiv:1412.7054",
"CoRR abs/1810.04805", "ArXiv, abs/2009.05021", "[arXiv:hep-th/0306074]".

Physics, mathematics and computing cite preprints by their identifier. Left in the text, its
digits read as a year ("1504"), a volume or pages, and its "abs/2010.1…" as a place. Taken
out like a DOI, the rest reads as any citation; a work known only by its identifier (no
journal, no publisher) is a preprint, a `misc` entry, not a book.
"""

from __future__ import annotations

import re

from citekit.parse import deferred

# the identifier: new style "1209.2199" (a space after the dot where a line wrapped,
# "1401. 4024v2"), or old style "hep-th/0306074", "gr-qc/ 9710068", "math.AG/0101001"
_ID = r"(?:\d{4}\.\s?\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\s?\d{7})(?:v\d+)?"
EPRINT_RE = deferred.compile(
    rf"""(?P<open>[\[(]\s*)?
    (?:(?:[Pp]reprint,?\s+)?                        # "Preprint, arXiv:1306.5364"
       (?:arXiv|ArXiv|arxiv)(?:\s+preprint)?(?:\s+arXiv)?\s*[:,]?\s*(?:abs/)?
      |CoRR,?\s+abs/)                                # "CoRR abs/1810.04805"
    (?P<id>{_ID})
    (?:\s*\[[^\[\]]{{2,60}}\])?                      # its subject class: "[cs.LG]", "[nucl -ex]"
    (?(open)\s*[\])])""",
    re.VERBOSE,
)


def names_eprint(text: str) -> bool:
    """Does TEXT name an arXiv preprint? It points to a work as a DOI does: "R. M. Wald,
    Gravitational Collapse and Cosmic Censorship, arXiv:gr-qc/9710068" cites, with no year."""
    return ("xiv" in text.lower() or "CoRR" in text) and EPRINT_RE.search(text) is not None


def take_eprint(text: str) -> tuple[str, dict[str, str]]:
    """TEXT without its arXiv identifier, and the identifier as `eprint` fields."""
    if "xiv" not in text.lower() and "CoRR" not in text:
        return text, {}  # the cheap test first: most citations name no preprint
    found = EPRINT_RE.search(text)
    if found is None:
        return text, {}
    eprint = re.sub(r"\s", "", found.group("id"))
    return _joined(text[: found.start()], text[found.end() :]), {
        "eprint": eprint,
        "eprinttype": "arxiv",
    }


def _joined(before: str, after: str) -> str:
    """The text around a removed identifier, its full stop kept ("65-76, arXiv:…. THAT06")
    and a comma between parts that both go on ("Title, arXiv:…, 2014")."""
    before, after = before.rstrip(" ,;"), after.lstrip(" ,;")
    if after.startswith("."):
        before, after = f"{before}.", after[1:].lstrip()
    joint = ", " if after[:1].isalnum() and not before.endswith(".") else " "
    return f"{before}{joint}{after}".strip()


def preprint_type(entry_type: str, fields: dict[str, str]) -> str:
    """A work known by its arXiv identifier and nothing that publishes it is a preprint."""
    published = ("journal", "publisher", "booktitle", "address", "institution", "school")
    if (
        "eprint" in fields
        and entry_type in ("book", "online")
        and not any(k in fields for k in published)
    ):
        return "misc"
    return entry_type
