"""Names romanised and then glossed in characters (real29's Chinese and Japanese studies notes),
written here with invented names."""

from __future__ import annotations

from tests.parse.notes import parse


def test_a_name_glossed_in_characters_is_the_author_family_first() -> None:
    (citation,) = parse("Tuoba Quan 拓跋全, *Zinshu* 錫書 (Beijing: Zinc shuju, 1982), 10.")
    assert citation.fields["author"] == "Tuoba, Quan"
    assert citation.fields["title"] == "Zinshu"


def test_japanese_names_glossed_in_characters_keep_the_family_first() -> None:
    (citation,) = parse(
        "Sato Quintaro 佐藤錫郎, *Suzu no toshi* 錫の都市 (Tokyo: Zinsha, 2001), 12."
    )
    assert citation.fields["author"] == "Sato, Quintaro"


def test_several_glossed_names_are_each_turned() -> None:
    (citation,) = parse(
        "Tuoba Quan 拓跋全, Wang Zinlong 王錫龍, “Zinxi,” *Tin Studies* 4 (2019): 12–30."
    )
    assert citation.fields["author"] == "Tuoba, Quan and Wang, Zinlong"
