"""A short form announced after a comma, Chicago's "…, hereafter cited as X." (real11; the
bracketed and sentence forms are in test_resolve and test_generalising)."""

from __future__ import annotations

from tests.parse.notes import parse
from tests.test_resolve import assert_resolution

ANNOUNCING = (
    "Brun, *Atelier Hanne Dahl*, 2:79. Hanne Dahl album, Oslo, Norli Institute (NI), 4412, "
    "hereafter cited as Dahl album. The album is digitized."
)


def test_the_announcement_stays_with_its_citation():
    texts = [c.text for c in parse(ANNOUNCING)]
    assert texts == [
        "Brun, *Atelier Hanne Dahl*, 2:79",
        "Hanne Dahl album, Oslo, Norli Institute (NI), 4412, hereafter cited as Dahl album",
    ]


def test_the_announced_form_cites_the_work_with_any_pinpoint():
    assert_resolution(
        (("brun", "album"), ANNOUNCING),
        ("album", "Dahl album, back free endpaper, recto."),
        ("album", "Dahl album, 68v. The visit was widely reported."),
    )
