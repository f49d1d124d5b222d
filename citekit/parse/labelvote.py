"""Where the grammar is unsure of a full citation, the labeller's fields and type win a vote.

Two signs that the grammar's reading is unsure even though it looks full: many of the
citation's words are in no field ("Blanc, É. 2012 American Journal of Climate Change, 1(1):
1–13" read as a book titled "É. 2012 American Journal…"), or a book without a publisher that
has a volume or pages ("… Chromosome research 17, 229-238" with the journal as its place).
There the labeller's value of a field replaces the grammar's from the confidence trust.txt's
vote column gives it, and its reading as an article replaces the grammar's book. Measured on
core.xml's dev half, each quarter read by a model trained on the other
(benchmarks/labeller/crossfit.py).
"""

from __future__ import annotations

import re

from citekit.label.trust import voted
from citekit.parse import deferred
from citekit.parse.elements import Parsed
from citekit.parse.labeloverlap import alnum_key

# the share of a citation's words that a sure reading places in some field
PLACED_SHARE = 0.8
# the labeller's confidence in its journal from which its article replaces the grammar's book
ARTICLE_CONFIDENCE = 0.7
WORD_RE = re.compile(r"\w+")
LETTER_RE = deferred.compile(r"[^\W\d_]")
# "Epic Games, Inc. v. Apple, Inc.", or states joined by "/": "Continental Shelf (Libya/Malta)"
CASE_PARTIES_RE = deferred.compile(r"\sv\.?\s|\([^()/]+/[^()]+\)$")
NUMBER_FIELDS = ("volume", "number", "pages")  # a tuple: the fields are added in this order
# where the labeller's article replaces the grammar's book: the grammar's names and numbers
# (the labeller misses "Nature 248, 30 (1974)"'s page), and its links and year where the
# labeller found none
NAME_FIELDS = ("author", "editor", *NUMBER_FIELDS)
# the labeller's types of a part of a larger work, and the field that names the larger work
PART_CONTAINERS = {"article": "journal", "incollection": "booktitle", "inproceedings": "booktitle"}
FALLBACK_FIELDS = ("year", "url", "doi", "urldate")


def unsure(rules: Parsed, text: str) -> bool:
    """Whether the grammar's reading RULES of TEXT is one the labeller may outvote."""
    return _unassigned(rules, text) or _bookish(rules)


def _unassigned(rules: Parsed, text: str) -> bool:
    """Whether RULES leaves more than a fifth of TEXT's words in no field; its pinpoint's
    words are not counted ("p. 588" is placed; "pp. 16-18" of a reference read as a
    pinpoint is often an article's pages, which the labeller may give). Field values as
    long as most of the text place most of its words: not counted word by word (the CPU of
    every full citation of a book)."""
    values = [v for k, v in rules.fields.items() if not k.startswith("_") and isinstance(v, str)]
    pinpoint = rules.locator or ""
    if sum(map(len, values)) >= (len(text) - len(pinpoint)) * PLACED_SHARE:
        return False
    placed = set(WORD_RE.findall(" ".join(values).casefold()))
    pinned = set(WORD_RE.findall(pinpoint.casefold())) - placed
    words = [w for w in WORD_RE.findall(text.casefold()) if w not in pinned]
    return sum(word in placed for word in words) < len(words) * PLACED_SHARE


def _bookish(rules: Parsed) -> bool:
    """A book without a publisher but with a volume or pages: perhaps an article."""
    have = rules.fields.keys()
    numbered = any(name in have for name in NUMBER_FIELDS)
    return rules.entry_type == "book" and "publisher" not in have and numbered


def outvoted(parsed: Parsed, rules: Parsed, text: str, learned: Parsed, sure: dict) -> Parsed:
    """PARSED (the combined reading so far) with the labeller's reading LEARNED (its
    confidence per field SURE) where the grammar's reading RULES of TEXT is unsure."""
    fields = dict(parsed.fields)
    entry_type = parsed.entry_type
    if _unassigned(rules, text):
        for name, limit in voted().items():
            value = learned.fields.get(name, "")
            if not value or _around(value, fields.get(name, "")) or _pinpoint(name, value, rules):
                continue
            if sure.get(name, 0.0) >= limit:
                fields[name] = value
    journal = learned.fields.get("journal", "")
    article = learned.entry_type == "article" and not _a_case(parsed, journal)
    if article and _bookish(parsed) and sure.get("journal", 0.0) >= ARTICLE_CONFIDENCE:
        entry_type = "article"
        _as_article(fields, learned)
    return Parsed(entry_type, fields, parsed.locator)


def reread_as_part(rules: Parsed, learned: Parsed, sure: dict[str, float]) -> Parsed | None:
    """The labeller's reading LEARNED (its confidence per field SURE) where the grammar read
    a book (RULES) and the labeller, sure of its container, an article or a part of a book or
    proceedings; else None. There the grammar has mostly glued the container to the title or
    made it the publisher ("…, Math. Res. Lett. (2017)", "…. Meteoritics, v. 23, pp. 291-292.
    1988.", "…, Revue archéologique, 1864, pp. 323-332", "…\", Proceedings of the 21st VLDB
    Conference, Zurich, 1995"): on GROBID's dev part, field errors 879 -> 847. The grammar's
    names and numbers stay (its readers of those are the better), and its year and links where
    the labeller has none; a container that is part of the grammar's title is its subtitle."""
    container = PART_CONTAINERS.get(learned.entry_type, "")
    journal = learned.fields.get(container, "")
    if rules.entry_type != "book" or not journal:
        return None
    if sure.get(container, 0.0) < ARTICLE_CONFIDENCE or _a_case(rules, journal):
        return None
    if any(
        alnum_key(journal) in alnum_key(rules.fields.get(name, "")) for name in ("title", "series")
    ):
        return None  # "Il campo …: Documenti e immagini …": the book's subtitle, no container;
        # "…, volume 82 of CBMS Regional Conference Series in Mathematics": its series
    fields = dict(learned.fields)
    for name in NAME_FIELDS:
        if name in rules.fields:
            fields[name] = rules.fields[name]
    for name in FALLBACK_FIELDS:
        if name in rules.fields:
            fields.setdefault(name, rules.fields[name])
    title = rules.fields.get("title", "")
    if alnum_key(fields.get("title", "")) in alnum_key(title):
        fields["title"] = title  # the labeller's title cut short: "The ferry tolls of the lower"
    return Parsed(learned.entry_type, fields, rules.locator)


def _pinpoint(name: str, value: str, rules: Parsed) -> bool:
    """Is VALUE, for a work's volume or number, the grammar's pinpoint ("… Management 17
    (2010)": the page, no volume)? (A page range may be the article's pages after all.)"""
    numbers = name in ("volume", "number")
    return numbers and bool(rules.locator) and alnum_key(value) == alnum_key(rules.locator)


def _around(value: str, grammar: str) -> bool:
    """Whether the labeller's VALUE of a field holds the grammar's whole, or the grammar's
    holds it: the grammar's "Frankfurt a. M." stays, not the labeller's "Frankfurt a. M";
    its "Bonn", not the labeller's "Ausst.-Kat. Kunst- und Ausstellungshalle …, Bonn"; and
    its longer place stays too, where the vote would shorten it in one note only (the
    document's other notes of the work would then disagree with it)."""
    mine, theirs = alnum_key(grammar), alnum_key(value)
    return bool(mine) and (mine in theirs or theirs in mine)


def _a_case(parsed: Parsed, journal: str) -> bool:
    """Whether the grammar's title names a case's parties ("Western Australia v Ward"), or
    is the labeller's JOURNAL (a case's short name, "*Ward* (2002) 213 CLR 1"): its report
    is no journal's volume and pages."""
    title = parsed.fields.get("title", "")
    return CASE_PARTIES_RE.search(title) is not None or alnum_key(title) == alnum_key(journal)


def _as_article(fields: dict[str, str], learned: Parsed) -> None:
    """FIELDS of a book read again as an article: the labeller's journal, numbers it found
    and the grammar did not, and no place that is the journal's name ("Chromosome
    research")."""
    journal = learned.fields["journal"]
    place = alnum_key(fields.get("address", ""))
    if place and (place in alnum_key(journal) or alnum_key(journal) in place):
        del fields["address"]
    fields["journal"] = journal
    title = fields.get("title", "")
    at = title.rfind(journal)
    if at > 0 and not LETTER_RE.search(title[at + len(journal) :]):
        fields["title"] = title[:at].rstrip(" ,.:;")  # "…reforma, Český časopis historický 98"
    for name in NUMBER_FIELDS:
        if name in learned.fields:
            fields.setdefault(name, learned.fields[name])
