"""OSCOLA's books, chapters and cases between states: roles inside the imprint's brackets,
the chapter's first page before the pinpoint, the phase of proceedings before the report."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse

STATE_CASES = [
    pytest.param(
        "*Continental Shelf (Libyan Arab Jamahiriya/Malta)* (Judgment) [1985] ICJ Rep 13, para 43.",
        {
            "title": "Continental Shelf (Libyan Arab Jamahiriya/Malta)",
            "year": "1985",
            "pages": "13",
        },
        "para 43",
        id="states-joined-by-a-slash",
    ),
    pytest.param(
        "*Territorial and Maritime Dispute (Nicaragua v Colombia)* (Judgment) [2012] ICJ Rep 624,"
        " paras 190–99.",
        {"title": "Territorial and Maritime Dispute (Nicaragua v Colombia)", "pages": "624"},
        "paras 190–99",
        id="paragraph-range-after-the-first-page",
    ),
    pytest.param(
        "*Delimitation of the Maritime Boundary in the Bay of Bengal (Bangladesh/Myanmar)*"
        " (Judgment) [2012] ITLOS Rep 4.",
        {"year": "2012", "pages": "4"},
        None,
        id="another-court-no-pinpoint",
    ),
]


@pytest.mark.parametrize(("text", "fields", "locator"), STATE_CASES)
def test_a_case_between_states_reads_its_report_past_the_phase(
    text: str, fields: dict[str, str], locator: str | None
) -> None:
    (citation,) = parse(text)
    assert citation.entry_type == "misc"
    assert {k: citation.fields.get(k) for k in fields} == fields
    assert "publisher" not in citation.fields  # "(Judgment)" is the phase, no publisher
    assert citation.locator == locator


def test_an_italic_title_with_a_slash_and_no_report_stays_a_book() -> None:
    (citation,) = parse("Ann Lee, *Rivers of Europe (Rhine/Danube)* (Clarendon Press 1990) 4.")
    assert citation.entry_type == "book"
    assert citation.fields["publisher"] == "Clarendon Press"


@pytest.mark.parametrize(
    ("text", "role", "name", "publisher"),
    [
        pytest.param(
            "Prosper Weil, *The Law of Maritime Delimitation* (Maureen MacGlashan tr, Grotius"
            " 1989) 9.",
            "translator",
            "MacGlashan, Maureen",
            "Grotius",
            id="oscola-translator-after-the-name",
        ),
        pytest.param(
            "Hugo Grotius, *The Rights of War and Peace* (Richard Tuck ed, Liberty Fund 2005) 12.",
            "editor",
            "Tuck, Richard",
            "Liberty Fund",
            id="oscola-editor-after-the-name",
        ),
        pytest.param(
            "Prosper Weil, *The Law of Maritime Delimitation* (trans Maureen MacGlashan, Grotius,"
            " 1989) 9.",
            "translator",
            "MacGlashan, Maureen",
            "Grotius",
            id="aglc-translator-before-the-name",
        ),
    ],
)
def test_a_role_inside_the_imprint_names_a_person_not_a_place(
    text: str, role: str, name: str, publisher: str
) -> None:
    (citation,) = parse(text)
    assert citation.fields.get(role) == name
    assert citation.fields.get("publisher") == publisher
    assert "address" not in citation.fields
    assert citation.locator is not None


def test_a_name_with_an_unstopped_initial_and_a_title_with_and_is_one_book() -> None:
    (citation,) = parse(
        "Malcolm D Evans, *Relevant Circumstances and Maritime Delimitation* (Clarendon Press"
        " 1989)."
    )
    assert citation.kind == "full"
    assert citation.fields["author"] == "Evans, Malcolm D"
    assert citation.fields["publisher"] == "Clarendon Press"


@pytest.mark.parametrize(
    ("tail", "pages", "locator"),
    [
        pytest.param("(OUP 2015) 254, 257–60.", "254", "257–60", id="first-page-then-pinpoint"),
        pytest.param("(2nd edn, Clarendon Press 1998) 59.", "59", None, id="first-page-alone"),
    ],
)
def test_an_oscola_chapter_gives_its_first_page_before_the_pinpoint(
    tail: str, pages: str, locator: str | None
) -> None:
    (citation,) = parse(
        "Jane Stapleton, 'Duty of Care Factors' in Peter Cane and Jane Stapleton (eds), *The Law"
        f" of Obligations* {tail}"
    )
    assert citation.fields.get("pages") == pages
    assert citation.locator == locator


def test_a_chicago_chapter_keeps_both_numbers_as_its_pinpoint() -> None:
    (citation,) = parse(
        "Jane Smith, “Title,” in *Book*, ed. Joe Bloggs (Oxford: Oxford University Press, 2015),"
        " 254, 257."
    )
    assert "pages" not in citation.fields
    assert citation.locator == "254, 257"
