"""A bibliography's archival entries, and the notes that cite an item of their collection.

Chicago lists a manuscript collection in two sentences, in either order: "Archives de
l’Académie des sciences, Paris. Dossier Méchain." or "Bridgewater Estates Papers. Salford City
Archives, Salford." One sentence names a repository (an archive, a library), the other a
collection (papers, a dossier, a fonds): the collection is the work, the repository its
`howpublished`, as the notes' own archival citations are read. A note cites an item of it by
ending with the collection's name ("Méchain to Delambre, 12 Frimaire an III, Dossier
Méchain"), which links the note's work to the entry.
"""

from __future__ import annotations

import re

from citekit.identity import fold
from citekit.parse.patterns import ARCHIVE_RE, REPOSITORY_RE
from citekit.parse.reference import Reference

SENTENCE_RE = re.compile(r"(?<=[^\s.]{2})\.\s+(?=[A-Z\u00C0-\u024F])")  # not after an initial
YEAR_RE = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
COLLECTION_MOST = 80  # characters of a collection's name


def archival_entry(text: str) -> Reference | None:
    """TEXT read as a collection and its repository, or None where it is no such entry."""
    bare = text.strip().rstrip(".").strip()
    if "*" in bare or "“" in bare or '"' in bare:
        return None  # a title in italics or quotation marks: a published work
    parts = SENTENCE_RE.split(bare)
    if len(parts) != 2:
        return None
    kept = [(p, _repository(p)) for p in parts]
    repositories = [p for p, is_repository in kept if is_repository]
    collections = [p for p, is_repository in kept if not is_repository]
    if len(repositories) != 1 or len(collections) != 1:
        return None
    collection = collections[0]
    if len(collection) > COLLECTION_MOST or not ARCHIVE_RE.search(collection):
        return None
    fields = {"title": collection, "howpublished": repositories[0]}
    return Reference(text=text, entry_type="unpublished", fields=fields)


def _repository(part: str) -> bool:
    """A repository and its town ("Salford City Archives, Salford"), no collection's words."""
    return bool(REPOSITORY_RE.search(part)) and not YEAR_RE.search(part)


def collection_cited(texts: list[str], entries: list[tuple[int, Reference]]) -> int | None:
    """The place of the archival entry whose collection one of TEXTS (a work's citations)
    ends with, as an item of it is cited ("…, 26 Nivôse an VII, Dossier Méchain")."""
    for text in texts:
        folded = fold(text)
        for index, entry in entries:
            name = fold(entry.fields.get("title"))
            if name and folded.endswith(name) and folded != name:
                return index
    return None


def is_archival(entry: Reference) -> bool:
    """An entry that archival_entry read: a collection with a repository and no names."""
    fields = entry.fields
    return entry.entry_type == "unpublished" and set(fields) == {"title", "howpublished"}
