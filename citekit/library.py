"""One library from the works of many documents: the same work once, under one key.

Works that are the same entry word for word are one at once; the rest are grouped by the
comparison `citekit duplicates FILE.bib` makes (citekit.bibmatch through bibdupes' blocks),
so a corpus and a .bib are deduplicated by one rule. A merged work keeps its first
appearance's type and fields and takes the fields it lacks from the later ones. Keys are
given in order of first appearance: the same documents in the same order give the same keys.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from citekit import bibdupes, bibmatch, bibtex
from citekit.model import Report, Work

WorkRef = tuple[int, str]  # (the report's place in the corpus, Work.id in that report)


@dataclass(frozen=True, slots=True)
class Library:
    """The distinct works of a corpus, and where each document's works went."""

    works: tuple[Work, ...]  # keyed, in order of first appearance
    keys: dict[WorkRef, str]  # every document's work -> its key in the library

    def rekeyed(self, place: int, report: Report) -> Report:
        """REPORT (at PLACE in the corpus) with its works under their library keys."""
        works = tuple(
            dataclasses.replace(w, key=self.keys.get((place, w.id), w.key)) for w in report.works
        )
        return dataclasses.replace(report, works=works)


def merge_reports(reports: Sequence[Report | None]) -> Library:
    """The library of REPORTS (None: a document that failed, skipped)."""
    distinct: dict[tuple, int] = {}  # a work's whole content -> its place in `works`
    works: list[Work] = []
    place_of: dict[WorkRef, int] = {}
    for place, report in enumerate(reports):
        for work in report.works if report else ():
            same = distinct.setdefault(_content(work), len(works))
            if same == len(works):
                works.append(work)
            place_of[(place, work.id)] = same
    merged, group_of = _merge_groups(works)
    keyed = bibtex.assign_keys(merged)
    keys = {ref: keyed[group_of[i]].key for ref, i in place_of.items()}
    return Library(keyed, keys)


def _content(work: Work) -> tuple:
    return (work.entry_type, tuple(sorted(work.fields.items())))


def _merge_groups(works: list[Work]) -> tuple[tuple[Work, ...], list[int]]:
    """Works that are one work merged; the place of each input work among the merged."""
    records = [bibmatch.record(str(i), w.entry_type, w.fields) for i, w in enumerate(works)]
    first = list(range(len(works)))  # each work -> the first work of its group
    for members, _links in bibdupes.find_groups(records, issues=bibdupes.trust_issues(records)):
        for member in members:
            first[member] = members[0]
    heads = sorted(set(first))
    place = {head: n for n, head in enumerate(heads)}
    fields: dict[int, dict[str, str]] = {head: dict(works[head].fields) for head in heads}
    for i, head in enumerate(first):
        for name, value in works[i].fields.items():
            fields[head].setdefault(name, value)
    merged = tuple(
        Work(id=f"w{n + 1}", key="", entry_type=works[h].entry_type, fields=fields[h])
        for n, h in enumerate(heads)
    )
    return merged, [place[head] for head in first]
