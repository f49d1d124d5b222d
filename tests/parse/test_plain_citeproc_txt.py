"""Plain text as citeproc prints note styles, italics lost: where names, titles and the
translators after them end. Our own example notes, one habit a row."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Eva Lund en Jan Berg, Zout en haring (Bergen: Vest, 1999), 12.",
            "Lund, Eva and Berg, Jan",
            "Zout en haring",
        ),
        (
            "Eva Lund, Jan Berg, Ola Dahl, et al., Salt and Herring (Bergen: Vest, 1999), 12.",
            "Lund, Eva and Berg, Jan and Dahl, Ola",
            "Salt and Herring",
        ),
    ],
    ids=["dutch-en", "list-closed-by-et-al"],
)
def test_names_before_a_plain_title(text: str, author: str, title: str) -> None:
    fields = parse(text)[0].fields
    assert (fields["author"], fields["title"]) == (author, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("J. Berg, Zasady żeglugi, tłum. A. Nowak, Gdańsk 1999, s. 4.", "Zasady żeglugi"),
        ("J. Berg, Le port, traduit par A. Roux, Paris, Seuil, 1999, p. 4.", "Le port"),
        ("Jan Berg, Harbours, tran. Ann Roe (London, 1999), p. 4.", "Harbours"),
    ],
    ids=["tlum", "traduit-par", "tran"],
)
def test_a_translator_after_a_plain_title_ends_it(text: str, title: str) -> None:
    assert parse(text)[0].fields["title"] == title


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "LUND, E. M. ; BERG, J. A., Zout en haring, Bergen: Vest, 1999, p. 12.",
            "Lund, E. M. and Berg, J. A",
            "Zout en haring",
        ),
        (
            "LUND, Eva; BERG, Jan, Zout en haring, Bergen: Vest, 1999, p. 12.",
            "Lund, Eva and Berg, Jan",
            "Zout en haring",
        ),
    ],
    ids=["initials-spaced-semicolon", "given-names-semicolon"],
)
def test_abnt_names_joined_by_semicolons(text: str, author: str, title: str) -> None:
    fields = parse(text)[0].fields
    assert (fields["author"], fields["title"]) == (author, title)


def test_a_journal_in_small_capitals_after_a_bluebook_volume_ends_the_title() -> None:
    fields = parse("Eva Lund, Salt and Herring, 78 REVUE DES ÉTUDES NORDIQUES 271, 272 (1938).")[
        0
    ].fields
    assert fields["title"] == "Salt and Herring"
    assert (fields["volume"], fields["pages"]) == ("78", "271")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Lund, Der Hafen von Bergen.", ["Lund, Der Hafen von Bergen"]),
        ("Vgl. Lund, Der Hafen von Bergen.", ["Lund, Der Hafen von Bergen"]),
        ("However, The Times disagreed with him.", []),
        ("Lund, The argument is weak. But see below.", []),
        ("Lund, Bergen.", []),
    ],
    ids=["lone", "after-lead-in", "prose-opener", "two-sentences", "one-word"],
)
def test_a_note_that_is_only_a_name_and_a_title_is_a_short_form(
    text: str, cited: list[str]
) -> None:
    assert [c.text for c in parse(text)] == cited


def test_a_plain_title_with_a_full_stop_runs_on_to_its_container() -> None:
    cited = parse(
        "E. LUND, Le port du nord. Une étude des quais (XVIe siècle), in Ports et villes."
        " Études réunies, a cura di J. BERG, Milan, Vest, 2019, pp. 45–55."
    )
    assert len(cited) == 1
    assert cited[0].fields["title"].startswith("Le port du nord")
    assert cited[0].fields["author"] == "Lund, E."


def test_a_subtitle_in_two_parts_joined_by_a_semicolon_stays_one_title() -> None:
    cited = parse("Eva Lund, Salt: Why Ports Grew; The Story of Bergen (Oslo: Nord, 1999), 4.")
    assert [c.fields["title"] for c in cited] == ["Salt: Why Ports Grew; The Story of Bergen"]


def test_a_shortened_title_with_a_full_stop_ends_with_its_ellipsis() -> None:
    cited = parse("Zob. E. Lund, Salt and ports. History of the trade..., s. 142.")
    assert [c.fields["title"] for c in cited] == ["Salt and ports: History of the trade"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("As shown in: LUND, Eva. Salt and ports. Oslo: Nord, 2001, p. 4.", "Lund, Eva"),
        ("Как показано в работе: LUND, Eva. Salt: a history [онлайн]. 2019.", "Lund, Eva"),
    ],
    ids=["english", "russian"],
)
def test_prose_and_a_colon_announce_an_iso_source(text: str, author: str) -> None:
    assert parse(text)[0].fields["author"] == author


def test_a_plain_journal_name_with_a_full_stop_stays_with_its_article() -> None:
    cited = parse("Eva Lund, Salt and ports, Nordica. Revista de estudos 1/20 (2020), S. 34.")
    assert len(cited) == 1
    assert cited[0].fields["title"] == "Salt and ports"
    assert cited[0].fields["journal"] == "Nordica. Revista de estudos"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Eva Lund, Le port, Collection «Mer et terre», P., Nord, 1988, p. 3.", "Le port"),
        ("Memo, Lund to Berg, 3 May 1949, Box 5, Lund Papers, Bergen Library, 1949.", None),
    ],
    ids=["publisher-series", "archival-memo"],
)
def test_a_series_called_collection_before_a_publisher_is_no_archive(
    text: str, title: str | None
) -> None:
    fields = parse(text)[0].fields
    assert (fields.get("title") == title) if title else "publisher" not in fields


def test_a_series_volume_after_a_semicolon_is_no_second_subtitle() -> None:
    from citekit.parse.titlecontainer import subtitle_after_semicolon

    prev = "Eva Lund, Salt: Ports of the North, Bergener Studien"
    assert not subtitle_after_semicolon(prev, "Bd. 6 (Bergen: Vest, 1998)")
    assert subtitle_after_semicolon("Eva Lund, Salt: Why Ports Grew", "The Story (Oslo, 1999)")


def test_volume_page_colon_is_no_subtitle_before_a_semicolon() -> None:
    from citekit.parse.titlecontainer import subtitle_after_semicolon

    # "3:92–101" is a volume and its pages: what follows the semicolon is a second source
    assert not subtitle_after_semicolon("Delambre, *Base*, 3:92–101", "Smith to Jones, 15 May 1799")
