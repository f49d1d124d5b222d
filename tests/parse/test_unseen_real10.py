"""Shapes met in real10 (documents nobody here wrote), each written here in invented words."""

from __future__ import annotations

from citekit.parse.joins import join_points
from citekit.parse.reference import parse_reference
from citekit.parse.refpeople import SLASH_BEFORE_INVERTED_RE, split_people
from citekit.parse.split import split_note
from tests.parse.notes import parse

CHAPTER_EN = (
    "Ulla Brenk, “Muros,” en *Estudios de la piedra*, ed. Tano Vell "
    "(Lugo: Casa Ferro, 2011), 40-41."
)


def test_en_after_a_quoted_titles_comma_opens_the_container() -> None:
    # Spanish notes close the chapter's title with its comma inside the quotes, then "en"
    cited = parse(CHAPTER_EN)
    assert len(cited) == 1
    assert cited[0].fields.get("booktitle") == "Estudios de la piedra"
    assert cited[0].fields.get("title") == "Muros"


def test_en_elsewhere_still_joins() -> None:
    # Dutch "en" between two finished citations still parts them
    span = "Brenk, *Muren*, 12 en Vell, *Stenen*, 30"
    assert [m.group("word") for m in join_points(span, bytes(len(span)))] == ["en"]
    assert len(split_note(span)) == 2


def test_and_after_a_quoted_titles_comma_is_not_changed() -> None:
    span = "Brenk, “Muros,” and Vell, “Piedras,” 30"
    assert [m.group("word") for m in join_points(span, bytes(len(span)))] == ["and"]


def test_a_slash_parts_two_inverted_names_in_a_reference_head() -> None:
    head = parse_reference("Quell, Tam B./Marten, Ada J. 2001. Orlam Tables. Lugo.").head
    assert head.people == ("Quell, Tam B.", "Marten, Ada J")


def test_a_slash_between_family_names_alone_is_not_read_as_two_inverted_names() -> None:
    assert split_people("Quell/Marten", inverted=True) == split_people(
        "Quell/Marten", inverted=False
    )
    assert "; " not in SLASH_BEFORE_INVERTED_RE.sub("; ", "Quell/Marten")
