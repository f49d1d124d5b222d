"""Pinpoints: written in each locale's words for pandoc to parse, then found again as rendered.

A style may print "p. 45", "S. 45–47", "45–7", "fol. 12r" or drop a label: the gold locator is
what the rendered citation says, found by its number (and the label just before it, if any).
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass

from benchmarks.corpus.config import load_json

DASHES = r"\-\u2010\u2011\u2012\u2013\u2014"  # for character classes
URL_RE = re.compile(r"(https?://|doi:|www\.)\S+")
ABBREVIATION_RE = re.compile(r"^[^\W\d_]{1,6}\.$")  # "p.", "S.", "Kap.", "chap.", "с."
SYMBOLS = {"§", "§§", "¶", "fᵒ", "fᵒˢ"}


@dataclass(frozen=True)
class Locator:
    """A pinpoint as written in the Markdown source, and the value to look for once rendered."""

    written: str
    value: str


def make(rng: random.Random, locale: str, item: dict) -> Locator | None:
    """A plausible pinpoint for the item: folios for manuscripts, sections for statutes..."""
    kind, labels = item["type"], _write_labels(locale)
    roll = rng.random()
    if kind in ("webpage", "software", "post", "post-weblog") or roll < 0.1:
        return None
    if kind == "manuscript" and roll < 0.7:
        value = f"{rng.randint(1, 240)}{rng.choice('rv')}"
        return Locator(f"{labels['folio']} {value}", value)
    if kind in ("legislation", "treaty") and "section" in labels:
        value = str(rng.randint(1, 60))
        return Locator(f"{labels['section']} {value}", value)
    if kind == "legal_case" and roll < 0.5 and "paragraph" in labels:
        value = str(rng.randint(3, 90))
        return Locator(f"{labels['paragraph']} {value}", value)
    if kind in ("book", "thesis", "report") and roll < 0.2 and "chapter" in labels:
        value = str(rng.randint(1, 14))
        return Locator(f"{labels['chapter']} {value}", value)
    return _pages(rng, item)


def find(text: str, locator: Locator | None) -> str | None:
    """The locator as the citation renders it ('S. 45–47'), or None when it is not printed."""
    if locator is None:
        return None
    urls = [m.span() for m in URL_RE.finditer(text)]
    hits = [m for m in _value_re(locator.value).finditer(text)
            if not any(a <= m.start() < b for a, b in urls)]  # fmt: skip
    if not hits:
        return None
    hit = hits[-1]
    label = re.search(r"\(?(\S+)[ \u00a0\u202f]+$", text[: hit.start()])  # "(p. 204)" too
    if label and _is_label(label[1]):
        return text[label.start(1) : hit.end()]
    return hit.group()


def _pages(rng: random.Random, item: dict) -> Locator:
    first, last = _range(item.get("page", ""))
    page = rng.randint(first, last)
    roll = rng.random()
    if roll < 0.25 and page + 2 <= last:
        value = f"{page}-{min(last, page + rng.randint(1, 12))}"
    elif roll < 0.3 and page + 4 <= last:
        value = f"{page}, {page + rng.randint(3, 30) if last > page + 30 else last}"
    else:
        value = str(page)
    return Locator(value, value)


def _range(pages: str) -> tuple[int, int]:
    """An article's or chapter's own pages, or a book's plausible ones."""
    numbers = [int(n) for n in re.findall(r"\d+", pages)[:2]]
    if len(numbers) == 2 and numbers[0] < numbers[1] < numbers[0] + 2000:
        return numbers[0], numbers[1]
    return 1, 420


def _value_re(value: str) -> re.Pattern:
    first, *rest = re.split(r"(?<=\d)[-,]\s*", value)
    pattern = re.escape(first)
    if "-" in value:  # a range may come back as "45–47", "45–7" or "45-47"
        pattern += rf"\s*[{DASHES}]\s*\d+"
    elif rest:
        pattern += r",\s*" + re.escape(rest[0])
    return re.compile(rf"(?<![\w.,/{DASHES}]){pattern}(?![\w{DASHES}])")


def _is_label(token: str) -> bool:
    return token in SYMBOLS or token.casefold() in _labels() or bool(ABBREVIATION_RE.match(token))


@functools.cache
def _labels() -> frozenset[str]:
    return frozenset(t.casefold() for t in load_json("terms.json")["labels"])


@functools.cache
def _write_labels(locale: str) -> dict[str, str]:
    return load_json("terms.json")["write"][locale]
