"""Gold citations -> token labels for training: each gold field found again in the text.

A gold file (GOLD.md) says which fields a work has and where each citation stands, but
not which words of the citation carry which field. This finds every field's value among
the citation's tokens (casefolded, accents and punctuation ignored) and labels those
tokens; the rest are "other". Citations whose title cannot be found are skipped.
"""

from __future__ import annotations

import re
import unicodedata

from citekit.label.features import word_class
from citekit.label.tokens import Token

STRING_FIELDS = (  # gold field -> label, longest-lived values first
    ("url", "url"),
    ("doi", "doi"),
    ("title", "title"),
    ("journal", "journal"),
    ("booktitle", "booktitle"),
    ("publisher", "publisher"),
    ("institution", "publisher"),
    ("school", "publisher"),
    ("series", "series"),
    ("address", "address"),
    ("edition", "edition"),
    ("howpublished", "container"),
)
NUMBER_FIELDS = (("pages", "pages"), ("volume", "volume"), ("number", "number"))
NAME_FIELDS = (("author", "author"), ("editor", "editor"), ("translator", "translator"))
ROLE_WORDS = {
    "editor": {
        "ed",
        "eds",
        "edited",
        "by",
        "editor",
        "editors",
        "hg",
        "hrsg",
        "hgg",
        "dir",
        "sous",
        "la",
        "de",
        "a",
        "cura",
        "di",
        "coord",
        "red",
        "org",
        "orgs",
        "éd",
        "éds",
        "ред",
        "под",
    },
    "translator": {
        "trans",
        "translated",
        "by",
        "übers",
        "trad",
        "traduit",
        "par",
        "tłum",
        "пер",
        "translator",
        "tr",
    },
}
JOINERS = {"and", "&", "und", "et", "y", "e", "i", "и", ",", "al", "et al"}
LOCATOR_WORDS = {
    "p",
    "pp",
    "s",
    "c",
    "с",
    "fol",
    "fols",
    "f",
    "ff",
    "at",
    "n",
    "note",
    "chap",
    "ch",
    "vol",
    "art",
    "para",
    "sec",
    "col",
    "k",
    "bl",
    "str",
    "стр",
    "t",
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def align(tokens: list[Token], fields: dict, locator: str | None) -> list[str] | None:
    """A label for each token, or None when the citation's title is not found in it."""
    labels = ["other"] * len(tokens)
    words = [fold(t.text) for t in tokens]
    if locator:
        _mark_tail(words, labels, fold(locator), "locator")
    for name, label in STRING_FIELDS:
        value = fields.get(name)
        found = bool(value) and _mark_span(words, labels, fold(str(value)), label)
        if name == "title" and value and not found:
            return None
    for name, label in NUMBER_FIELDS:
        if fields.get(name):
            _mark_span(words, labels, fold(str(fields[name])), label)
    _mark_date(tokens, words, labels, fields)
    for name, label in NAME_FIELDS:
        for person in _names(fields.get(name)):
            _mark_name(words, labels, person, label)
        _close_gaps(words, labels, label)
        _mark_roles(words, labels, label)
    return labels


def _names(value) -> list[list[str]]:
    if not value:
        return []
    people = value if isinstance(value, list) else re.split(r"\s+and\s+", value)
    return [fold(p.replace(",", " ")).split() for p in people if p and p != "others"]


def _mark_span(words: list[str], labels: list[str], value: str, label: str) -> bool:
    """Label the first free run of tokens whose folded words are VALUE's; True if found."""
    target = value.split()
    if not target:
        return False
    for i in range(len(words)):
        if labels[i] != "other" or not words[i]:
            continue
        joined, j = [], i
        while j < len(words) and len(joined) < len(target):
            if labels[j] != "other":
                break
            joined.extend(words[j].split())
            j += 1
            if joined == target:
                labels[i:j] = [label] * (j - i)
                return True
            if joined != target[: len(joined)]:
                break
    return False


def _mark_tail(words: list[str], labels: list[str], value: str, label: str) -> None:
    """The locator: the last run of tokens spelling VALUE, with a page word before it."""
    target = value.split()
    for i in range(len(words) - 1, -1, -1):
        joined = " ".join(w for w in words[i:] if w)
        if joined.startswith(" ".join(target)) or joined == " ".join(target):
            end = i
            span = []
            while end < len(words) and len(" ".join(span).split()) < len(target):
                span.extend(words[end].split())
                end += 1
            labels[i:end] = [label] * (end - i)
            if i > 0 and words[i - 1] in LOCATOR_WORDS:
                labels[i - 1] = label
            return


def _mark_date(tokens: list[Token], words: list[str], labels: list[str], fields: dict) -> None:
    year = str(fields.get("year", ""))
    if not year:
        return
    for i, word in enumerate(words):
        if labels[i] == "other" and year in word.split():
            labels[i] = "date"
            for j in (i - 1, i - 2):  # "June 3, 1999", "3 juin 1999"
                if j >= 0 and labels[j] == "other" and _date_word(words[j]):
                    labels[j] = "date"
                else:
                    break
            return


def _date_word(word: str) -> bool:
    return (
        word.isdigit() and len(word) <= 2 or word.isalpha() and len(word) >= 3 and word in _MONTHS
    )


_MONTHS = word_class("month")


def _mark_name(words: list[str], labels: list[str], person: list[str], label: str) -> None:
    """Tokens that spell the person's family name and given names or initials."""
    if not person:
        return
    family = person[0]
    given = set(person[1:])
    initials = {g[0] for g in given}
    for i, word in enumerate(words):
        if labels[i] != "other" or family not in word.split():
            continue
        labels[i] = label
        for step in (-1, 1):
            j = i + step
            while (
                0 <= j < len(words) and labels[j] == "other" and _given(words[j], given, initials)
            ):
                labels[j] = label
                j += step
        return


def _given(word: str, given: set[str], initials: set[str]) -> bool:
    parts = word.split()
    return bool(parts) and all(p in given or (len(p) == 1 and p in initials) for p in parts)


def _close_gaps(words: list[str], labels: list[str], label: str) -> None:
    """ "Smith, Jones and Brown": joiners between two names of one role take the role."""
    marked = [i for i, lab in enumerate(labels) if lab == label]
    for a, b in zip(marked, marked[1:], strict=False):
        gap = range(a + 1, b)
        if 0 < len(gap) <= 2 and all(
            labels[k] == "other" and words[k] in JOINERS | {""} for k in gap
        ):
            for k in gap:
                labels[k] = label


def _mark_roles(words: list[str], labels: list[str], label: str) -> None:
    """ "ed.", "trans. by", "(Hg.)" beside an editor's or translator's name take its label."""
    roles = ROLE_WORDS.get(label)
    if not roles:
        return
    for i, lab in enumerate(labels):
        if lab != label:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(words) and labels[j] == "other" and words[j] in roles:
                labels[j] = label
                j += step
