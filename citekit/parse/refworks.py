"""An entry in a reference work read as an article: "Linker, Jessica. “Franklin Institute.”
Encyclopedia of Greater Philadelphia, March 17, 2022." names an encyclopedia where a journal
would stand; the entry is a part of that work (incollection), the work its booktitle."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse.elements import Parsed

REFERENCE_WORDS = lexicons.words("reference_work_words")
PERIODICAL_WORDS = lexicons.words("periodical_words")  # "Dictionaries: Journal of …" stays
WORD_RE = re.compile(r"[^\W\d_]+")


def reference_work_entry(parsed: Parsed) -> Parsed:
    """PARSED as an incollection when the journal it names is an encyclopedia or dictionary."""
    journal = parsed.fields.get("journal")
    if parsed.entry_type != "article" or not journal or "booktitle" in parsed.fields:
        return parsed
    words = set(WORD_RE.findall(journal.casefold()))
    if not words & REFERENCE_WORDS or words & PERIODICAL_WORDS:
        return parsed
    fields = {("booktitle" if k == "journal" else k): v for k, v in parsed.fields.items()}
    return Parsed("incollection", fields, parsed.locator)
