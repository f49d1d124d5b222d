"""The words of full citations, where a short form's parsed fields find no work."""

from citekit.fulltext import FullTexts


def test_a_short_title_is_found_after_the_family_at_a_part_start() -> None:
    texts = FullTexts()
    texts.add("w1", "Mara Oldfield, Salt Roads: A History of the Coast, Leeds: Tarn, 1999, 12.")
    texts.add("w2", "Ivo Brask, in Mara Oldfield (ed.), Salt Roads, Leeds: Tarn, 1999.")
    assert texts.find("oldfield", "Salt Roads") == ["w1"]  # w2 names her as its editor only
    assert texts.named("oldfield") == ["w1"]
    assert texts.find("oldfield", "Coast Roads") == []


def test_texts_added_after_a_search_are_searched_too() -> None:
    texts = FullTexts()
    texts.add("w1", "Ivo Brask, Winter Ports, Hull: Quay, 2004.")
    assert texts.find("oldfield", "Salt Roads") == []
    texts.add("w2", "Mara Oldfield, Salt Roads, Leeds: Tarn, 1999.")
    assert texts.find("oldfield", "Salt Roads") == ["w2"]
    assert texts.named("oldfield") == ["w2"]
