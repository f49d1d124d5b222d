"""French bibliographies: "NOM Prénom", a chapter "dans … (dir.)", a series "coll. « … »"."""

from __future__ import annotations

from citekit.parse.reference import parse_reference


def test_chapter_in_a_book_after_dans() -> None:
    ref = parse_reference(
        "LE GOFF Jacques, « L’histoire nouvelle », dans LE GOFF Jacques et REVEL Jacques "
        "(dir.), *La nouvelle histoire*, Paris, Retz, 1978, p. 210-241."
    )
    assert ref.entry_type == "incollection"
    assert ref.fields["booktitle"] == "La nouvelle histoire"
    assert ref.fields["editor"] == "Le Goff, Jacques and Revel, Jacques"
    assert ref.fields["publisher"] == "Retz"


def test_coll_series_leaves_the_imprint() -> None:
    ref = parse_reference(
        "FEBVRE Lucien, *Le problème de l’incroyance au XVIe siècle*, Paris, Albin Michel, "
        "coll. « L’évolution de l’humanité », 1942."
    )
    assert ref.fields["series"] == "L’évolution de l’humanité"
    assert ref.fields["publisher"] == "Albin Michel"
    assert ref.fields["address"] == "Paris"


def test_coll_series_with_its_number() -> None:
    ref = parse_reference(
        "BRAUDEL Fernand, *Écrits sur l’histoire*, Paris, Flammarion, coll. « Champs », n° 23, "
        "1969."
    )
    assert ref.fields["series"] == "Champs"
    assert ref.fields["number"] == "23"
    assert ref.fields["year"] == "1969"
