"""A full citation read by the learned labeller (citekit.label) instead of the grammar.

The labeller says which words are the author, the title, the container, the pages...;
this turns its segments into the same Parsed value the grammar gives, with the grammar's
own cleaners (names, titles, dates), so that the two can be compared field by field.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from citekit import lexicons
from citekit.label import Segment, label_tokens, segments_from_labels, tokenize
from citekit.label.lexicon import word_class
from citekit.label.trust import entry_trusted, trust
from citekit.parse import deferred, localeterms, names, uregex
from citekit.parse.containers import IN_RE
from citekit.parse.decisions import is_decision
from citekit.parse.droppedwords import fill_dropped, may_fill
from citekit.parse.elements import Parsed, clean_title
from citekit.parse.eudocuments import numbered_document
from citekit.parse.hearings import parse_congressional
from citekit.parse.imprint import date_fields
from citekit.parse.labeloverlap import alnum_key, runs_over_title
from citekit.parse.labelvote import CASE_PARTIES_RE, outvoted, reread_as_part, unsure
from citekit.parse.media import names_medium
from citekit.parse.museumobject import names_object
from citekit.parse.newspapers import without_section
from citekit.parse.pagerange import full_pages
from citekit.parse.patterns import THESIS_RE
from citekit.parse.pinpoint import LABELS
from citekit.parse.placeoverrun import cut_place
from citekit.parse.placeoverrun import may_overrun as may_run_over_place
from citekit.parse.proceedings import as_proceedings
from citekit.parse.recordids import take_record_ids
from citekit.parse.reference import Reference
from citekit.parse.reflinks import bare_link
from citekit.parse.short_title_law import is_commentary
from citekit.parse.shortforms import is_statute
from citekit.parse.titleoverrun import cut_overrun, may_overrun

ROLE_RE = deferred.compile(
    r"\(?\b(?:eds?|edited\s+by|editors?|hg|hrsg|hgg|éds?|dir|sous\s+la\s+dir(?:ection)?\s+de"
    r"|a\s+cura\s+di|coords?|red|orgs?|trans|translated\s+by|übers|trad|tłum|под\s+ред|пер)\b\.?\)?",
    re.IGNORECASE,
)
# a GOST container opens with "//"; the others with the container words the grammar knows
GOST_LEAD_RE = deferred.compile(r"^//\s*")
# a page label the labeller left inside the pages: the grammar's locator labels, or "at"
PAGE_LABEL_RE = uregex.compile(rf"^(?:{LABELS}|at\b)\s*")
# "12, no. 3", "12, Heft 3", "12 (3)"; the CSL locales' issue labels: "č.", "núm.", "вып."
ISSUE_WORDS = lexicons.alternation(
    ("no", "n°", "nº", "n.", "nr", "Heft", "issue", "№", *localeterms.ISSUE_LABELS)
)
NUMBER_IN_VOLUME_RE = deferred.compile(
    rf"(?P<volume>[\dIVXLC]+)\s*(?:[,.]\s*|\s)(?:{ISSUE_WORDS}\.?)\s*(?P<number>\w+)"
    r"|(?P<volume2>[\dIVXLC]+)\s*\((?P<number2>[\w/–-]+)\)",
    re.IGNORECASE,
)
YEAR_LIKE_RE = deferred.compile(r"1[5-9]\d\d|20\d\d")
FIRST_NUMBER_RE = deferred.compile(r"\d+(?:[/–-]\d+)?|\b[IVXLC]+\b")


# the label each field is read from, where it is not the field's own name
SOURCE_LABEL = {"year": "date", "month": "date"}
# a container's labels: a journal, a book (the model tells them apart where its training
# data did), or either
CONTAINER_LABELS = ("journal", "booktitle", "container")


@dataclass(frozen=True, slots=True)
class Reading:
    """The labeller's reading, and for each field the model's mean confidence in its words."""

    parsed: Parsed
    confidence: dict[str, float]


def parse_labelled(text: str) -> Parsed | None:
    """The entry type, fields and locator the labeller reads in TEXT; None without a model."""
    reading = read_labelled(text)
    return reading.parsed if reading else None


def read_labelled(text: str) -> Reading | None:
    """The labeller's reading of TEXT with its confidence per field; None without a model."""
    tokens = tokenize(text)
    labels = label_tokens(tokens)
    if not tokens or all(confidence == 0.0 for _, confidence in labels):
        return None
    found: dict[str, str] = {}
    sure: dict[str, float] = {}
    for segment in segments_from_labels(tokens, labels):
        if segment.label not in found:
            found[segment.label] = _text(segment, text)
            sure[segment.label] = segment.confidence
    fields = _fields(found)
    locator = found.get("locator", "").strip(" ,.;") or None
    parsed = as_proceedings(Parsed(_entry_type(found, fields), fields, locator))
    confidence = {name: _source_confidence(name, sure) for name in fields}
    return Reading(parsed, confidence)


def _source_confidence(name: str, sure: dict[str, float]) -> float:
    if name == "number" and "number" not in sure:
        return sure.get("volume", 0.0)  # "12 (3)": the issue read inside the volume
    if name in CONTAINER_LABELS and name not in sure:
        return max(sure.get(label, 0.0) for label in CONTAINER_LABELS)
    return sure.get(SOURCE_LABEL.get(name, name), 0.0)


def _read_already(value: str, rules: Parsed, loose: bool) -> bool:
    """Words the grammar has already placed: another field ("1972" as a number beside the
    year) or its pinpoint ("pp. 98–101" of an encyclopedia). Not where LOOSE: a note written
    as an entry has no pinpoint, so there they are the grammar's mistakes (an article's
    pages read as a pinpoint, a year as a volume)."""
    if loose:
        return False
    key = alnum_key(value)
    placed = [alnum_key(v) for v in rules.fields.values()]
    return key in placed or bool(key) and key in alnum_key(rules.locator or "")


def _misplaced(name: str, value: str, rules: Parsed, loose: bool, text: str = "") -> bool:
    """A role word ("Hgg.") is no place; a year no volume; an address ("bit.ly/2mi2Uk3") no
    pages; a name after a role word in TEXT ("in Œuvres, ed. Oncken, 1888", "(ed. Roach
    1983)") no publisher; unless LOOSE, a thesis's university is its school, no publisher (a
    note written as an entry may name a thesis's publisher)."""
    if runs_over_title(name, value, rules.fields):
        return True
    if name == "publisher" and _after_role(value, text):
        return True
    if name == "address":
        return ROLE_RE.fullmatch(value) is not None
    if name == "volume":
        return YEAR_LIKE_RE.fullmatch(value) is not None
    if name == "pages":
        return "/" in value or not any(c.isdigit() for c in value)
    return name == "publisher" and rules.entry_type == "thesis" and not loose


def _after_role(value: str, text: str) -> bool:
    """Whether VALUE stands in TEXT after a role word ("ed. Oncken"), or holds one."""
    if ROLE_RE.search(value):
        return True
    after = re.compile(rf"(?:{ROLE_RE.pattern})\s*{re.escape(value)}", re.IGNORECASE)
    return bool(text) and after.search(text) is not None


def _text(segment: Segment, source: str) -> str:
    return " ".join(segment.text(source).replace("*", "").split())


def _fields(found: dict[str, str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for role in ("author", "editor", "translator"):
        people = names.split_names(ROLE_RE.sub(" ", found.get(role, "")))
        if people:
            fields[role] = " and ".join(people)
    for label, name in (("title", "title"), ("series", "series")):
        if found.get(label):
            fields[name] = clean_title(found[label])
    for label in CONTAINER_LABELS:
        if found.get(label):
            container = GOST_LEAD_RE.sub("", found[label])
            fields[f"_{label}"] = clean_title(_unopened(IN_RE.sub("", container)))
    for label in ("publisher", "address"):
        value = found.get(label, "").strip(" ,.;:()[]")
        if value:
            fields[label] = value
    place, colon, publisher = fields.get("publisher", "").partition(": ")
    if colon and "address" not in fields and publisher:  # "London: London School of Economics"
        fields["address"], fields["publisher"] = place, publisher
    fields.update(_numbers(found))
    fields.update({k: v for k, v in date_fields(found.get("date", "")).items() if v})
    for label in ("url", "doi"):
        if found.get(label):
            fields[label] = bare_link(found[label].strip(" <>,.;"))
    if found.get("doi"):
        fields["doi"] = re.sub(
            r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "", fields["doi"], flags=re.I
        )
    return fields


def _unopened(container: str) -> str:
    """CONTAINER without a bracket it opens and never closes: the imprint's, where the
    labeller ran on ("An Encyclopedia (Grand Rapids")."""
    at = container.rfind("(")
    return container[:at].rstrip() if at > 0 and ")" not in container[at:] else container


def _numbers(found: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    volume = found.get("volume", "")
    both = NUMBER_IN_VOLUME_RE.search(volume)
    if both:
        out["volume"] = both.group("volume") or both.group("volume2")
        out["number"] = both.group("number") or both.group("number2")
    elif FIRST_NUMBER_RE.search(volume):
        out["volume"] = FIRST_NUMBER_RE.search(volume).group()
    number = FIRST_NUMBER_RE.search(found.get("number", ""))
    if number:
        out["number"] = number.group()
    pages = _pages(found.get("pages", ""))
    if pages:
        out["pages"] = pages
    edition = re.search(r"\d+", found.get("edition", ""))
    if edition:
        out["edition"] = edition.group()
    return out


def _pages(text: str) -> str:
    """The page numbers of the labeller's pages: without a locator label or a page word
    ("pages 1019-1023", "Pages 57-64", "p 32"), a short range written out ("235-48")."""
    pages = PAGE_LABEL_RE.sub("", text.strip(" ,.;:()")).strip()
    words = pages.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold().rstrip(".") in word_class("pagemark"):
        pages = words[1]
    return full_pages(pages) if pages else ""


def _entry_type(found: dict[str, str], fields: dict[str, str]) -> str:
    journal, book = fields.pop("_journal", ""), fields.pop("_booktitle", "")
    container = fields.pop("_container", "") or journal or book
    if THESIS_RE.search(found.get("genre", "") + " " + found.get("note", "")):
        return "thesis"
    if bool(journal) != bool(book):  # the labeller has told a journal from a book
        fields["journal" if journal else "booktitle"] = container
        return "article" if journal else "incollection"
    if container:
        numbered = any(k in fields for k in ("volume", "number", "pages"))
        if numbered and not ({"publisher", "address", "editor"} & set(fields)):
            fields["journal"] = container
            return "article"
        fields["booktitle"] = container
        return "incollection"
    if "url" in fields and not ({"publisher", "address"} & set(fields)):
        return "online"
    if {"publisher", "address"} & set(fields):
        return "book"
    return "misc"


# how the fields of a full citation are read: "combined" (the default: the grammar's, with
# the fields citekit/label/trust.txt lets the labeller give where the grammar's reading is
# thin), "rules" (the grammar alone) or "labeller" (the CRF alone); an environment setting
# so that benchmarks can compare them (any other value reads as "combined")
MODE = os.environ.get("CITEKIT_FIELDS", "combined")
# the types the grammar gives when it cannot tell: the labeller's own type is taken over them.
# In a note, "unpublished" and "online" are the grammar's reading of an archival document or
# a web page, which the labeller (trained mostly on reference lists) reads worse; in a
# reference-list entry they are the grammar giving up.
UNSURE_TYPES = frozenset({"misc"})
UNSURE_ENTRY_TYPES = frozenset({"misc", "online", "unpublished"})
PLACE_FIELDS = frozenset({"journal", "booktitle", "publisher", "address"})
NUMBER_FIELDS = frozenset({"volume", "number", "pages"})


def combine(rules: Parsed, text: str, *, loose: bool = False) -> Parsed:
    """The grammar's reading of TEXT, or the labeller's, or both, as MODE says.

    LOOSE: TEXT is a note written as a reference-list entry, where the grammar's "online"
    or "unpublished" is its giving up, not its reading of an archival document or a page."""
    text = take_record_ids(text, {})  # "PubMed PMID:19412540": the grammar read it apart
    thin = MODE == "labeller" or can_gain(rules, loose=loose)
    vote = MODE != "rules" and _may_vote(rules, text, loose=loose)
    # the signals of an unsure grammar in a full reading (as the vote, not on a note's
    # archival document or web page, parse/labelvote.py)
    signals = MODE != "rules" and (
        loose or rules.entry_type not in UNSURE_ENTRY_TYPES - UNSURE_TYPES
    )
    overrun = signals and may_overrun(rules)
    place_overrun = signals and may_run_over_place(rules)
    dropped = signals and may_fill(rules, text)
    if MODE == "rules" or not (
        thin or vote or overrun or place_overrun or dropped or loose and entry_trusted()
    ):
        return rules
    if names_medium(text) or is_statute(text) or _reported_case(rules) or names_object(text):
        return rules  # "*Sugar Water*, Music video (…)", "*… Act 1993* (Cth)": what the work is
    if parse_congressional(text) is not None:
        return rules  # "…: Hearing on S. 1758 Before …": the bill's number is no year
    if is_decision(text) or is_commentary(text):
        return rules  # "BGH, Urt. v. 27. März 1969 (X ZB 15/67) – Name": the court no author;
        # "*Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020": the editors no publisher
    if numbered_document(rules.fields):
        return rules  # "… COM (2013) 837 final, 4": its figures are its number, no volume
    reading = read_labelled(without_section(text))  # a paper's section is no field
    if reading is None:
        return rules
    if MODE == "labeller":
        return reading.parsed
    # in a reference-list entry only: in a note the grammar's book is the surer (a series,
    # "Library of Christian Classics 20–21", is no container)
    article = reread_as_part(rules, reading.parsed, reading.confidence) if loose else None
    if article is not None:
        return article
    if thin:
        parsed = trusted(rules, reading, loose=loose, text=text)
    elif loose and entry_trusted():  # a full entry: the fields trust.txt lets it replace
        parsed = replaced(rules, reading)
    else:
        parsed = rules
    if overrun:
        parsed = cut_overrun(parsed, rules, text, reading.parsed, reading.confidence)
    if place_overrun:
        parsed = cut_place(parsed, rules, reading.parsed, reading.confidence)
    if dropped:
        parsed = fill_dropped(parsed, rules, text, reading.parsed, reading.confidence)
    if not vote:
        return parsed
    return outvoted(parsed, rules, text, reading.parsed, reading.confidence)


def _may_vote(rules: Parsed, text: str, *, loose: bool) -> bool:
    """Whether the labeller may outvote the grammar (parse/labelvote.py): not on what the
    grammar reads in a note as an archival document or a web page."""
    if not loose and rules.entry_type in UNSURE_ENTRY_TYPES - UNSURE_TYPES:
        return False
    return unsure(rules, text)


def _reported_case(rules: Parsed) -> bool:
    """A case the grammar read with its report ("Epic Games, Inc. v. Apple, Inc., 67 F.4th 946
    (9th Cir. 2023)"): the court in its parenthesis is no publisher."""
    fields = rules.fields
    title = fields.get("title", "")
    return (
        rules.entry_type == "misc"
        and "pages" in fields
        and CASE_PARTIES_RE.search(title) is not None
    )


def combine_entry(entry: Reference, *, loose: bool = True) -> Reference:
    """A reference-list entry (a bibliography's, or a note written as one) as MODE reads it.

    LOOSE: the labeller may retype an "online" or "unpublished" entry and name a thesis's
    publisher (a note written as an entry, where those types are the grammar giving up);
    a bibliography's entries are read with a note's caution."""
    parsed = combine(Parsed(entry.entry_type, dict(entry.fields)), entry.text, loose=loose)
    fields = parsed.fields
    if "year" in entry.fields and f"[{fields.get('year')}]" in entry.text:
        fields["year"] = entry.fields["year"]  # "Durkheim, Emile. [1912] 1995.": the cited year
    return replace(entry, entry_type=parsed.entry_type, fields=fields)


def can_gain(rules: Parsed, *, loose: bool = False) -> bool:
    """Whether the labeller may change the grammar's reading: only a thin one (no year, no
    place of publication, a journal without numbers, or a type in UNSURE), and none of a
    type the grammar is sure of and the labeller is not (an archival document in a note).
    The labeller costs CPU, and a full reading is where the grammar is right more often."""
    unsure = UNSURE_ENTRY_TYPES if loose else UNSURE_TYPES
    have = rules.fields.keys()
    if rules.entry_type in UNSURE_ENTRY_TYPES - unsure:
        return False
    return (
        "year" not in have
        or rules.entry_type in unsure
        or not PLACE_FIELDS & have
        or "journal" in have
        and not NUMBER_FIELDS & have
    )


def replaced(rules: Parsed, reading: Reading) -> Parsed:
    """RULES, a full reading of a note written as an entry, with the labeller's value of a
    field trust.txt's entry column names: filling it where the grammar left it empty, or
    replacing the grammar's where the replace column trusts the labeller more."""
    fields = dict(rules.fields)
    trusted_here = entry_trusted()
    # in the labeller's order, not a set's: a set's order changes from run to run (hash seeds),
    # and with it the order of the fields in the report
    for name, value in reading.parsed.fields.items():
        if name not in trusted_here:
            continue
        limit = trust()[name]
        if _misplaced(name, value, rules, True):
            continue
        sure = reading.confidence.get(name, 0.0)
        if name in fields and (limit.replace is None or sure < limit.replace):
            continue
        if sure >= limit.entry:
            fields[name] = value
    return replace(rules, fields=fields)


def trusted(rules: Parsed, reading: Reading, *, loose: bool = False, text: str = "") -> Parsed:
    """RULES, the grammar's reading of TEXT, with the labeller's fields where trust.txt
    trusts it at its confidence."""
    unsure = UNSURE_ENTRY_TYPES if loose else UNSURE_TYPES
    fields = dict(rules.fields)
    for name, value in reading.parsed.fields.items():
        limit = trust().get(name)
        sure = reading.confidence.get(name, 0.0)
        if limit is None or limit.fill is None or _read_already(value, rules, loose):
            continue
        if _misplaced(name, value, rules, loose, text):
            continue
        if name in fields and (limit.replace is None or sure < limit.replace):
            continue
        if sure >= limit.fill:
            fields[name] = value
    entry_type = rules.entry_type
    if entry_type in unsure and reading.parsed.entry_type not in UNSURE_ENTRY_TYPES:
        entry_type = reading.parsed.entry_type
        if not PLACE_FIELDS & fields.keys():  # an article's journal, a chapter's book
            places = reading.parsed.fields.items()
            fields.update(
                {k: v for k, v in places if k in PLACE_FIELDS and not runs_over_title(k, v, fields)}
            )
    return Parsed(entry_type, fields, rules.locator)
