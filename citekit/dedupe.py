"""Merge the citations of each work into one Work; report citations that disagree on facts."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from citekit import doublesurnames, editions, identity, lexicons, namecompat
from citekit.containers_cited import BOOK_MARK
from citekit.model import Citation, Code, Diagnostic, Kind, Work
from citekit.parse.cases import is_reported

# facts two full citations of one work (or one volume) must agree on
WORK_FACTS = (
    "address",
    "publisher",
    "year",
    "volume",
    "number",
    "journal",
    "editor",
    "booktitle",
    "howpublished",
)
CONTAINER_FACTS = ("editor", "address", "publisher", "year")
LONG_TEXT = frozenset({"howpublished", "booktitle", "journal", "publisher"})
# years further apart than this, and nothing else that differs, are two printings or two
# works of one name ("1839" and "1900" editions of the *Fables*), not an author's slip: slips
# in every gold are of one to five years ("2001" for "2003"), the wider gaps all such pairs
YEAR_SLIP = 10
YEAR_DIGITS_RE = re.compile(r"\d{4}")
SHORT_FIELDS = ("author", "editor", "title", "year")  # what a short form may add to a work
# all an author-date short form ("Besch (1962), S. 92", "Habib (1963), pp. 136–45") states of
# its work: the golds make a work cited only so a book (24 of 25)
DATED_NAME_FACTS = frozenset({"author", "editor", "year"})
NAME_FACTS = frozenset({"author", "editor"})
SAME_AUTHOR = lexicons.words("same_author_words")  # "ders", "idem": a name not yet known


def merge_works(
    citations: tuple[Citation, ...],
) -> tuple[tuple[Work, ...], tuple[Citation, ...], tuple[Diagnostic, ...]]:
    """One Work per work id, fields merged (the first full citation wins conflicts)."""
    groups: dict[str, list[Citation]] = {}
    for citation in citations:
        if citation.work is not None:
            groups.setdefault(citation.work, []).append(citation)
    works = tuple(_work(work_id, cited) for work_id, cited in groups.items())
    diagnostics = _work_conflicts(groups) + _container_conflicts(citations)
    return works, citations, tuple(diagnostics)


def _work(work_id: str, cited: list[Citation]) -> Work:
    fulls = [c for c in cited if c.kind in (Kind.FULL, Kind.PERSONAL) or BOOK_MARK in c.fields]
    fields: dict[str, str] = {}
    for citation in fulls:
        for key, value in citation.fields.items():
            fields.setdefault(key, value)
    for citation in cited:
        for key in SHORT_FIELDS:
            value = citation.fields.get(key)
            if _names_the_editors(key, value, fields):
                continue  # "Martin et Chartier (dir.), …, op. cit.": the editors, not authors
            if key == "author" and editions.not_an_author(value, fields, citation.text):
                continue  # "Correspondence, 5: 521": a word of the title, not its author
            if key == "author" and value and value in fields.get("howpublished", ""):
                continue  # "AGN, Inquisición, leg. 1528, f. 5v": the archive, not an author
            if key == "year" and not _work_year(value, fields):
                continue
            if value and (key not in fields or _richer_name(key, value, fields[key])):
                fields[key] = value
    public = {k: v for k, v in fields.items() if not k.startswith("_") and v}
    public = doublesurnames.widened(public, cited)  # "Cosío Villegas, Daniel"
    entry_type = (fulls or cited)[0].entry_type
    if not fulls and entry_type == "misc" and _names_and_year_only(public):
        entry_type = "book"  # "Bumke (1997), S. 87" alone: a book, as far as the notes tell
    if entry_type == "misc" and "url" in public and not is_reported(entry_type, public):
        entry_type = "online"
    return Work(id=work_id, key="", entry_type=entry_type, fields=public)


def _work_year(year: str | None, fields: dict[str, str]) -> bool:
    """Is a short form's YEAR its work's? Only a plain year ("2003/2014", "1998ff" are not),
    and not of an archival item: "…, minute book, 14 March 1863" dates one entry in it."""
    return bool(YEAR_DIGITS_RE.fullmatch(year or "")) and not {"howpublished", "note"} & set(fields)


def _names_and_year_only(fields: dict[str, str]) -> bool:
    """Names and a year, nothing else: all an author-date short form tells of its work (a
    quoted title, "to be published", may be a paper: such a work stays as it was read)."""
    return set(fields) <= DATED_NAME_FACTS and "year" in fields


def _names_the_editors(key: str, value: str | None, fields: dict[str, str]) -> bool:
    if key != "author" or not value or "author" in fields or "editor" not in fields:
        return False
    named = set(identity.families({"author": value}))
    return bool(named) and named <= set(identity.families({"author": fields["editor"]}))


def _richer_name(key: str, new: str, old: str) -> bool:
    """A short form may give a fuller name than the work has ("Fedotov" -> "Fedotov, V. P.")."""
    return key in ("author", "editor") and "," not in old and "," in new


def _work_conflicts(groups: Mapping[str, list[Citation]]) -> list[Diagnostic]:
    out = []
    for cited in groups.values():
        fulls = [c for c in cited if c.kind is Kind.FULL]
        for later in fulls[1:]:
            if later.note == fulls[0].note:
                continue  # one note does not cite a work twice: two works taken for one
            if not identity.urls_agree(fulls[0].fields, later.fields):
                continue  # two addresses are two documents (a page, its PDF): no sure slip
            clash = _clashes(fulls[0].fields, later.fields, WORK_FACTS)
            if _dated_apart(fulls[0], later):
                clash = [c for c in clash if not c.startswith("year ")]
            if clash:
                out.append(_inconsistent(later, fulls[0], clash))
    return out


def _dated_apart(a: Citation, b: Citation) -> bool:
    """May two full citations of one work give two years without a slip? Two editions ("2nd
    ed. (…, 2019)" after the first of 2016) and a web page seen or updated at two dates may."""
    if "online" in (a.entry_type, b.entry_type):
        return True
    return a.fields.get("edition") != b.fields.get("edition")


def _container_conflicts(citations: tuple[Citation, ...]) -> list[Diagnostic]:
    """Chapters of one volume (and the volume itself) must agree on its editors and imprint."""
    first_of: dict[str, Citation] = {}
    out = []
    for citation in citations:
        if citation.kind is not Kind.FULL:
            continue
        volume = _container_title(citation)
        if not volume:
            continue
        canonical = first_of.setdefault(volume, citation)
        if canonical is citation:
            continue
        clash = _clashes(canonical.fields, citation.fields, CONTAINER_FACTS)
        if _other_volumes(canonical, citation):
            clash = [c for c in clash if not c.startswith("year ")]
        if clash and canonical.work != citation.work:
            out.append(_inconsistent(citation, canonical, clash))
    return out


def _other_volumes(a: Citation, b: Citation) -> bool:
    """Two volumes of one edition ("*Correspondence*, vol. 7 (…, 1991)", "vol. 8 (…, 1993)")
    appear years apart: their years do not disagree (their imprints still must agree)."""
    left, right = a.fields.get("volume"), b.fields.get("volume")
    return bool(left and right and left != right)


def _container_title(citation: Citation) -> str:
    """The volume a citation belongs to: a chapter's book, or an edited volume itself."""
    fields = citation.fields
    if citation.entry_type == "incollection" and fields.get("booktitle"):
        return identity.title_words(fields["booktitle"])
    if citation.entry_type == "collection" and fields.get("title"):
        return identity.title_words(fields["title"])
    return ""


def _clashes(a: Mapping[str, str], b: Mapping[str, str], facts: tuple[str, ...]) -> list[str]:
    """The facts stated by both A and B that differ."""
    out = []
    for name in facts:
        left, right = a.get(name), b.get(name)
        if left and right and not _agree(name, left, right):
            out.append(f"{name} {right!r} vs {left!r}")
    if len(out) == 1 and out[0].startswith("year ") and _years_apart(a["year"], b["year"]):
        return []
    return out


def _years_apart(left: str, right: str) -> bool:
    """Are the years more than YEAR_SLIP apart (so that neither is a slip for the other)?"""
    x, y = YEAR_DIGITS_RE.search(left), YEAR_DIGITS_RE.search(right)
    return bool(x and y) and abs(int(x.group()) - int(y.group())) > YEAR_SLIP


def _agree(name: str, left: str, right: str) -> bool:
    x, y = identity.fold(left), identity.fold(right)
    if x == y:
        return True
    if name in NAME_FACTS and SAME_AUTHOR & {*x.split(), *y.split()}:
        return True  # "Ders./Schütze (Hrsg.)": a name left as "the same" says nothing against
    if name in NAME_FACTS and namecompat.compatible(left, right):
        return True  # "Gutjahr, Paul" and "Gutjahr, Paul C.": an initial left out
    if name in LONG_TEXT:
        return fuzz.ratio(x, y) >= 85 or fuzz.token_set_ratio(x, y) >= 95
    return False


def _inconsistent(citation: Citation, canonical: Citation, clash: list[str]) -> Diagnostic:
    return Diagnostic(
        Code.INCONSISTENT_CITATION,
        f"note {citation.note} disagrees with note {canonical.note} on " + "; ".join(clash),
        citation.note,
    )
