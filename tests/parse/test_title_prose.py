"""Commentary right after a closed title, imprint or page, with no full stop before it, and
the pinpoints and labels around a citation's end. Invented names and titles."""

from __future__ import annotations

from tests.parse.notes import parse


def cited(note: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind.value, c.text, c.locator) for c in parse(note)]


def test_commentary_after_an_italic_short_title_ends_the_citation():
    assert cited("See Orlam, *Salt Songs* for a discussion of the mission schools.") == [
        ("short", "Orlam, *Salt Songs*", None)
    ]
    (short,) = parse("Orlam, *Salt Songs*, which remains the best account.")
    assert short.fields["title"] == "Salt Songs"


def test_commentary_after_a_page_ends_the_citation():
    assert cited("See Orlam, *Salt Songs*, 45 for a discussion of the schools.") == [
        ("short", "Orlam, *Salt Songs*, 45", "45")
    ]


def test_a_source_named_in_the_commentary_is_a_citation_of_its_own():
    note = (
        "Ada Orlam, *The Lord of Salt* (Halden: Norm Press, 1990), which took a century to "
        "replace Per Lund, *Salt: A Life* (Caen: Vire, 1890)."
    )
    assert [c.fields["author"] for c in parse(note)] == ["Orlam, Ada", "Lund, Per"]


def test_a_volume_and_page_after_a_multivolume_imprint_is_the_locator():
    note = "Ada Orlam, *The Letters of Per*, 2 vols. (Halden: Norm Press, 1998), 2:583–84."
    assert cited(note)[0][2] == "2:583–84"


def test_pg_labels_a_page():
    assert cited("Orlam, *Salt Songs*, pg. 45.") == [
        ("short", "Orlam, *Salt Songs*, pg. 45", "pg. 45")
    ]
    (full,) = parse("Ada Orlam, *Salt Songs* (Halden: Norm Press, 1990), pgs. 45-47.")
    assert full.locator == "pgs. 45-47"
