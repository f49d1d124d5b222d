"""A paper printed in parts, its parts listed with semicolons, is one citation: the pieces
after the semicolons name only another part and where it was printed
(citekit.parse.partsequel). Our own made-up notes."""

from __future__ import annotations

import pytest

from citekit.parse.partsequel import part_sequel
from tests.parse.notes import parse


@pytest.mark.parametrize(
    "note",
    [
        "Quist, “On Harbour Tides,” *Journal of Tides*, Pt. I, 1861, 21:161-175; Pt. II, 1862,"
        " 23:12-24; Pt. III, 1863, 24:1-9.",
        "Quist, “On Harbour Tides,” *Journal of Tides*, Part I of the paper, 1861, 21:161-175;"
        " Part II of the paper, 1862, 23:12-24 and 30-40.",
        "Quist, „Über Gezeiten“, *Annalen*, Teil 1, 1901, 14:3-20; Teil 2, 1902, 15:7-30.",
    ],
)
def test_the_parts_are_one_citation(note: str) -> None:
    (cited,) = parse(note)
    assert cited.text == note.rstrip(".")


def test_a_new_source_after_a_part_is_its_own() -> None:
    first, second = parse("Quist, *Tides*, Pt. I, 1861, 21:161; Hale, *Currents*, 1862, 23:12.")
    assert first.text == "Quist, *Tides*, Pt. I, 1861, 21:161"
    assert second.text == "Hale, *Currents*, 1862, 23:12"


def test_a_part_needs_a_part_before_it() -> None:
    assert not part_sequel("Quist, *Tides*, 1861, 21:161", "Pt. II, 1862, 23:12")
    assert not part_sequel("Quist, *Tides*, Pt. I, 1861, 21:161", "Pt. II Hale, 1862, 23:12")
    assert part_sequel("Quist, *Tides*, Pt. I, 1861, 21:161", "Pt. II, 1862, 23:12")
