"""Shapes met in real14 (Spanish notes nobody here wrote), each written here in invented words."""

from __future__ import annotations

import pytest

from citekit.model import Kind
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution, resolve_notes

FULL = "Tamar Brask Olano, *El muro y la orilla*, Lugo, Ediciones Orlam, 1961, p. 45."


@pytest.mark.parametrize("text", ["Ibíd., p. 47.", "Ídem, p. 50.", "Ibídem.", "Íd., p. 9."])
def test_spanish_accented_ibid_words_cite_the_work_before(text: str) -> None:
    diagnostics = assert_resolution(("muro", FULL), ("muro", text))
    assert [c.kind for c in parse(text)] == [Kind.IBID]
    assert diagnostics == ()


def test_ob_cit_is_the_spanish_and_portuguese_op_cit() -> None:
    text = "Brask Olano, ob. cit., p. 60."
    assert [c.kind for c in parse(text)] == [Kind.OP_CIT]
    assert assert_resolution(("muro", FULL), ("muro", text)) == ()


def test_a_doubled_back_reference_word_is_no_part_of_the_locator() -> None:
    (citation,) = parse("Idem, ibidem, p. 101.")
    assert (citation.kind, citation.locator) == (Kind.IBID, "p. 101")


CHAPTER = (
    "Ada Quell, “Los telares del norte” en *ed.* Tano Vell & Rita Olm, *Tejidos y fábricas* "
    "(Lugo: Orlam, 1979), 12."
)


def test_en_after_a_quoted_chapter_title_opens_its_book() -> None:
    (citation,) = parse(CHAPTER)
    assert citation.entry_type == "incollection"
    assert citation.fields["editor"] == "Vell, Tano and Olm, Rita"
    assert citation.fields["booktitle"] == "Tejidos y fábricas"


def test_a_chapter_en_a_named_book_is_no_short_form_without_its_full() -> None:
    text = "Véase Ada Quell, “Los telares” en Tano Vell, *Tejidos* (Lugo: Orlam, 2001), 7."
    citations, diagnostics = resolve_notes(text)
    assert [c.kind for c in citations] == [Kind.FULL]
    assert diagnostics == ()


def test_dutch_en_after_a_pinpoint_still_joins_two_citations() -> None:
    texts = [c.text for c in parse("Brask, *Het muur*, 12 en Quell, *De oever*, 40.")]
    assert texts == ["Brask, *Het muur*, 12", "Quell, *De oever*, 40"]


@pytest.mark.parametrize("mark", ["*ed.*", "ed.", "*eds.*"])
def test_an_editor_mark_before_the_names_makes_them_editors(mark: str) -> None:
    (citation,) = parse(f"{mark} Tano Vell and Rita Olm, *Tejidos y fábricas* (Lugo: Orlam, 1998).")
    assert citation.fields.get("editor") == "Vell, Tano and Olm, Rita"
    assert "author" not in citation.fields


def test_an_editors_own_chapter_names_them_author_and_editor() -> None:
    (citation,) = parse("*ed.* Tano Vell, “Introduction”, in *Tejidos* (Lugo: Orlam, 1982).")
    assert (citation.fields.get("author"), citation.fields.get("editor")) == (
        "Vell, Tano",
        "Vell, Tano",
    )


def test_a_person_named_ed_is_no_editor_mark() -> None:
    (citation,) = parse("Ed Folsom, *Tejidos y fábricas* (Lugo: Orlam, 1998).")
    assert citation.fields.get("author") == "Folsom, Ed"


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "En palabras de la autora: “El muro cae.” (*Tejidos*, 401, en cursiva en el original).",
            "*Tejidos*, 401",
        ),
        (
            "She holds that “walls fall” (*Tejidos II*, 52), but misses the shore.",
            "*Tejidos II*, 52",
        ),
    ],
)
def test_a_title_and_page_in_brackets_after_a_quotation_is_a_short_form(text, cited) -> None:
    assert [(c.kind, c.text) for c in parse(text)] == [(Kind.SHORT, cited)]


def test_a_bracketed_short_after_a_quotation_links_to_its_full_citation() -> None:
    full = "Ada Quell, *Tejidos y fábricas* (Lugo: Orlam, 1998), 3."
    assert (
        assert_resolution(
            ("t", full), ("t", "As she says, “walls fall” (*Tejidos y fábricas*, 9).")
        )
        == ()
    )


def test_a_spanish_issue_date_ends_a_citation_before_y_and_a_title() -> None:
    text = (
        "Ada Quell, “Los muros”, *Revista de Orlam* vol.12 no.3 (Diciembre del 2002), "
        "y *Las orillas* (Lugo: Orlam, 2006)."
    )
    cited = parse(text)
    assert [c.text for c in cited] == [
        "Ada Quell, “Los muros”, *Revista de Orlam* vol.12 no.3 (Diciembre del 2002)",
        "*Las orillas* (Lugo: Orlam, 2006)",
    ]
    assert cited[1].fields.get("author") == "Quell, Ada"


def test_a_list_of_full_citations_goes_on_with_an_edited_volume() -> None:
    text = (
        "Ada Quell, *Los muros* (Lugo: Orlam, 1984), *ed.* Tano Vell & Rita Olm, "
        "*Las orillas* (Lugo: Orlam, 2003)."
    )
    cited = parse(text)
    assert [c.text for c in cited] == [
        "Ada Quell, *Los muros* (Lugo: Orlam, 1984)",
        "*ed.* Tano Vell & Rita Olm, *Las orillas* (Lugo: Orlam, 2003)",
    ]
    assert cited[1].fields.get("editor") == "Vell, Tano and Olm, Rita"


@pytest.mark.parametrize("join", [", en", " en"])
def test_an_untitled_part_of_an_edited_volume(join: str) -> None:
    text = f"Ada Quell{join} *ed.* Tano Vell & Rita Olm, *Las orillas* (Lugo: Orlam, 1990), 303."
    (citation,) = parse(text)
    assert citation.entry_type == "incollection"
    assert (citation.fields.get("author"), citation.fields.get("editor")) == (
        "Quell, Ada",
        "Vell, Tano and Olm, Rita",
    )
    assert (citation.fields.get("booktitle"), citation.locator) == ("Las orillas", "303")


def test_ed_after_a_dated_title_names_its_editor_not_a_new_citation() -> None:
    text = (
        "Ada Quell, Der Muro, Zweite Fassung (1922), ed. Tano Vell, GA II 47 "
        "(Lugo: Orlam, 2010), 451."
    )
    assert len(parse(text)) == 1
