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


# a reference work read on the web: "*Grove Music Online*", "*Oxford Art Online*"
ONLINE_RE = re.compile(r"\bOnline$")


def online_reference_entry(parsed: Parsed) -> Parsed:
    """PARSED as `online` when it is an entry of a reference work consulted on the web: its
    container an encyclopedia or dictionary or a title ending "Online", a URL or DOI, and no
    volume, pages or publisher of a printed set ("“Suite,” *Grove Music Online*, 2001,
    https://doi.org/…", "“Kant's Moral Philosophy,” in *The Stanford Encyclopedia of
    Philosophy*, ed. …, Fall 2022 ed., https://…"). The container is `howpublished`."""
    if parsed.entry_type not in ("article", "incollection"):
        return parsed
    fields = parsed.fields
    container_field = "journal" if "journal" in fields else "booktitle"
    container = fields.get(container_field, "")
    if not container or not ("url" in fields or "doi" in fields):
        return parsed
    if any(k in fields for k in ("volume", "number", "pages", "publisher")):
        return parsed
    words = set(WORD_RE.findall(container.casefold()))
    named = bool(words & REFERENCE_WORDS) and not words & PERIODICAL_WORDS
    if not named and not ONLINE_RE.search(container):
        return parsed
    out = {k: v for k, v in fields.items() if k not in (container_field, "address")}
    return Parsed("online", {**out, "howpublished": container}, parsed.locator)
