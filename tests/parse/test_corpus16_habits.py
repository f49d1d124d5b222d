"""Habits met in tests/corpus16 and in earlier corpora (our own example notes, one habit a row)."""

from __future__ import annotations

from tests.parse.notes import parse


def _fields(text: str) -> dict[str, str]:
    return dict(parse(text)[0].fields)


def test_bracketed_translation_stays_with_an_italic_title() -> None:
    fields = _fields(
        "Abe Kenji, *Kindai Nihon no toshi* [Cities of modern Japan] "
        "(Tokyo: Iwanami Shoten, 1988), 40."
    )
    assert fields["title"] == "Kindai Nihon no toshi [Cities of modern Japan]"
    assert "series" not in fields


def test_bracketed_translation_stays_with_a_quoted_title_and_its_book() -> None:
    fields = _fields(
        'Abe Kenji, "Toshi no ronri" [The logic of the city], in *Abe Kenji chosakushū* '
        "[Collected writings of Abe Kenji], 8 vols. (Tokyo: Chikuma Shobō, 1990), 2:5–30."
    )
    assert fields["title"] == "Toshi no ronri [The logic of the city]"
    assert fields["booktitle"] == "Abe Kenji chosakushū [Collected writings of Abe Kenji]"


def test_a_bracketed_date_or_medium_is_no_translation() -> None:
    assert _fields("Jones, *The Long Road* [Motion picture] (Paris: Gaumont, 1990).")["title"] == (
        "The Long Road"
    )
    assert _fields("Jones, *The Long Road* [Paris, 1990].")["title"] == "The Long Road"


def _typed(text: str) -> tuple[str, dict[str, str]]:
    cited = parse(text)[0]
    return cited.entry_type, dict(cited.fields)


def test_a_command_paper_of_the_cm_series_is_numbered() -> None:
    entry_type, fields = _typed(
        "Home Office, *Secure Borders, Safe Haven*, Cm 5387 (London: The Stationery Office, "
        "2002), para. 4.2."
    )
    assert (entry_type, fields["number"]) == ("techreport", "Cm 5387")


def test_a_plain_title_gives_up_its_command_number() -> None:
    entry_type, fields = _typed(
        "Board of Agriculture, Report of the Committee on Rural Housing, Cd. 8432 (1917), 12."
    )
    assert fields["title"] == "Report of the Committee on Rural Housing"
    assert fields["number"] == "Cd. 8432"
    assert "volume" not in fields


def test_a_paragraph_is_a_pinpoint() -> None:
    cited = parse("Ministry of Health, *Annual Report* (London: HMSO, 1950), para. 6.1.")[0]
    assert cited.locator == "para. 6.1"


def test_a_recording_ends_with_its_carrier() -> None:
    entry_type, fields = _typed(
        "Jacqueline du Pré, *Elgar: Cello Concerto*, EMI Classics CDC 7 47329 2, 1985, "
        "compact disc."
    )
    assert entry_type == "misc"
    assert (fields["publisher"], fields["number"]) == ("EMI Classics", "CDC 7 47329 2")


def test_an_encyclopedia_read_on_the_web_is_online() -> None:
    entry_type, fields = _typed(
        'Mary Smith, "Chorale," *Oxford Music Online*, 2010, https://doi.org/10.1093/gmo/1.2.'
    )
    assert (entry_type, fields["howpublished"]) == ("online", "Oxford Music Online")
    entry_type, fields = _typed(
        'Ann Lee, "Virtue Ethics," in *The Stanford Encyclopedia of Philosophy*, ed. Edward N. '
        "Zalta, Spring 2020 ed., https://plato.stanford.edu/archives/spr2020/entries/ethics-virtue/."
    )
    assert (entry_type, fields["howpublished"]) == (
        "online",
        "The Stanford Encyclopedia of Philosophy",
    )
    assert "address" not in fields


def test_a_name_opened_by_the_arabic_article_starts_a_short_form() -> None:
    cited = parse("Crone, *Slaves on Horses*, 40; al-Ṭabarī, *Taʾrīkh*, 12.")
    assert [c.text for c in cited] == ["Crone, *Slaves on Horses*, 40", "al-Ṭabarī, *Taʾrīkh*, 12"]


def test_a_quoted_entry_title_may_open_with_the_arabic_article() -> None:
    fields = _fields(
        'Richard Walzer, "al-Fārābī," in *Encyclopaedia of Islam*, 2nd ed. (Leiden: Brill, '
        "1965), 2:778–81."
    )
    assert fields["title"] == "al-Fārābī"
    assert fields["author"] == "Walzer, Richard"


def test_a_body_known_by_its_initials_is_the_author() -> None:
    fields = _fields(
        "UNESCO, *Education for All: The Quality Imperative* (Paris: UNESCO, 2004), 9."
    )
    assert fields["author"] == "UNESCO"
