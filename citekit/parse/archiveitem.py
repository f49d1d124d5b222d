"""An archival item described beside its reference and its archive: "Admission and discharge
register, Royal Victoria Hospital, Netley, 1917, MH 106/2101, The National Archives, Kew",
"D. A. Henderson to K. Raška, 12 March 1968, SE 2/418/1, WHO Archives, Geneva". The
description is the work's title; the reference (a call number) is its note.

A document that names the archive by its siglum ("TNA, CO 273/220, Governor Mitchell to
Chamberlain, …", "… (im Folgenden: BArch), R 43 I/1234") cites it often, and cites its
series: there the series stays the work (citekit.parse.archives)."""

from __future__ import annotations

import re

from citekit import lexicons
from citekit.parse import namecues
from citekit.parse.patterns import COLLECTION_NAME_RE, REPOSITORY_RE
from citekit.parse.places import is_whole_place

# a call number: "MH 106/2101", "HC/EB/5/2", "M74/1/1", "PUP 1/4", "FO 46/152", "Add MS 21254",
# "PEARSON/11/1/22/40"; a letter first, a figure in it, at most four words (a date opens with its
# day or month word), as many levels after a slash as the archive's tree has
REFERENCE_RE = re.compile(r"[A-Z][\w.]*(?:[ /][\w.]+){0,3}(?:/[\w.]+)*(?:,\d{3})?")
MONTHS_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE
)


def item_and_reference(parts: list[str]) -> tuple[str, str] | None:
    """(title, reference) where PARTS describe an item, give one call number and name the
    archive that holds it, in any order ("British Library, London, Add MS 21254, Minutes of
    …", "Minutes of …, British Library, London, Add MS 21254"); None otherwise.
    A place right after the archive's name is its town."""
    parts = _without_trailing_words(_whole_numbers(parts))
    references = [i for i, p in enumerate(parts) if _reference(p)]
    if len(references) != 1 or any(SIGLUM_RE.fullmatch(p) for p in parts):
        return None  # an archive cited by its siglum ("TNA, CO 273/220, …"): by its series
    held = set(references)
    for index, part in enumerate(parts):
        if _held(part, index, references[0]) or index - 1 in held and is_whole_place(part):
            held.add(index)
    if not _one_run([i for i in range(len(parts)) if i not in held]):
        held = _held_around(parts, references[0])  # an archive's word in the description
    described = [i for i in range(len(parts)) if i not in held]
    if len(held) < 2 or not described or described != list(range(described[0], described[-1] + 1)):
        return None  # no archive, no description, or words on both sides of the archive
    before = [parts[i] for i in described]
    if not _described(before):
        return None
    return ", ".join(before), parts[references[0]]


KNOWN_REPOSITORIES = lexicons.table("repositories")  # "TNA", "BL"
SIGLUM_RE = re.compile(r"[A-Z][A-Za-z]{0,4}[A-Z]")  # "TNA", "BArch", "IOR"


def _archive(part: str) -> bool:
    """Does PART name an archive or a library ("The National Archives", "TNA")?"""
    return REPOSITORY_RE.search(part) is not None or part in KNOWN_REPOSITORIES


def _one_run(indexes: list[int]) -> bool:
    return bool(indexes) and indexes == list(range(indexes[0], indexes[-1] + 1))


def _held_around(parts: list[str], reference: int) -> set[int]:
    """The parts that say where the item is held: the call number at REFERENCE and, next to it
    on either side, the archive (with its town after it) or the collection after the number.
    An archive's word further off belongs to the description ("Relacja o ukryciu drugiej
    części Archiwum, 1946, Archiwum ŻIH, 301/1734")."""
    held = {reference}
    index = reference - 1
    while index >= 0 and (
        _held(parts[index], index, reference)
        or index > 0
        and is_whole_place(parts[index])
        and _held(parts[index - 1], index - 1, reference)
    ):
        held.add(index)
        index -= 1
    index = reference + 1
    while index < len(parts) and (
        _held(parts[index], index, reference) or index - 1 in held and is_whole_place(parts[index])
    ):
        held.add(index)
        index += 1
    return held


def _held(part: str, index: int, reference: int) -> bool:
    """Does PART name the archive, or the collection after the item's call number that holds
    it ("RAMC/739/4, Royal Army Medical Corps Muniment Collection, Wellcome Collection")?"""
    if index == reference:
        return False
    return _archive(part) or index > reference and COLLECTION_NAME_RE.search(part) is not None


def _without_trailing_words(parts: list[str]) -> list[str]:
    """PARTS without the lower-case words that close them: "…, Lancashire Archives, Preston,
    entries for 4 and 11 December 1862" (a pinpoint in words, not a description)."""
    end = len(parts)
    while end > 1 and parts[end - 1][:1].islower():
        end -= 1
    return parts[:end]


def _whole_numbers(parts: list[str]) -> list[str]:
    """PARTS with a number cut at its thousands comma made whole again ("MS 17,693")."""
    out: list[str] = []
    for part in parts:
        if out and re.fullmatch(r"\d{3}", part) and out[-1][-1:].isdigit():
            out[-1] = f"{out[-1]},{part}"
        else:
            out.append(part)
    return out


# an archive's other number for the item in brackets after its call number: "ARG I 432 (Ring.
# I/1092)", the Ringelblum Archive's signature and its older inventory number
CONCORDANCE_RE = re.compile(r"\s*\([^()]*\d[^()]*\)$")
# a call number of figures alone, cut by slashes ("301/1734"), never a year's ("1941/42")
FIGURES_RE = re.compile(r"(?!(?:1[5-9]|20)\d\d/)\d+(?:/\d+)+")


def _reference(part: str) -> bool:
    part = CONCORDANCE_RE.sub("", part)
    if FIGURES_RE.fullmatch(part):
        return True
    if not any(c.isdigit() for c in part) or not REFERENCE_RE.fullmatch(part):
        return False  # (the cheap test first)
    return ("/" in part or re.search(r"[A-Z]\s?\d", part) is not None) and not MONTHS_RE.search(
        part
    )


def _described(before: list[str]) -> bool:
    """Words that describe an item: the first part a few words from a capital; no archive, no
    collection among them (a collection is the work: "Carl B. Stokes Papers, MS 4370")."""
    if not before or len(before[0].split()) < 2 or not before[0][:1].isupper():
        return False
    return not any(COLLECTION_NAME_RE.search(p) for p in before)


def reference_in(parts: list[str]) -> str:
    """The one call number among PARTS ("" where there is none, or several)."""
    found = [p for p in _whole_numbers(parts) if _reference(p)]
    return found[0] if len(found) == 1 else ""


def is_reference(part: str) -> bool:
    """Is PART a call number ("MH 106/2101", "Add MS 21254", "PUP 1/4")?"""
    return _reference(part)


def item_author(title: str) -> tuple[str, str]:
    """(names, description) where an item's description opens with its writer's names and goes
    on with what the item is: "Hersz Wasser, Relacja o ukryciu …, 1946", "Basil Brown,
    excavation notebook, 1938–39"; ("", TITLE) where it opens otherwise."""
    head, comma, rest = title.partition(", ")
    words = re.findall(r"[^\W\d_]{3,}", rest)
    if not comma or len(head.split()) < 2 or len(words) < 2 or not namecues.name_only(head):
        return "", title
    if any(w.strip(".,").casefold() in BODY_WORDS for w in head.split()):
        return "", title  # "Lancashire Cotton Corporation Ltd, minutes of …": the body's records
    return head, rest


# words that end a company's or a body's name, never a person's: "Ltd", "Corporation", "Press"
BODY_WORDS = frozenset(lexicons.words("company_suffixes")) | frozenset(
    w.casefold() for w in lexicons.words("publisher_words") if " " not in w and "*" not in w
)
