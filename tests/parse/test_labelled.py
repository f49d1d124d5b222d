"""The learned labeller's reading of a full citation, and how it is combined with the grammar."""

from __future__ import annotations

import pytest

from citekit.label import available
from citekit.parse import labelled
from citekit.parse.elements import Parsed
from citekit.parse.reference import Reference

needs_model = pytest.mark.skipif(not available(), reason="python-crfsuite or the model is absent")

# written as a reference-list entry, the labeller's home ground; in a note's "61 (1971): 80–101,
# at 85" it hesitates between the article's pages and the pinpoint (the generated notes it
# learnt from put the pinpoint after the colon), below every threshold of trust.txt
ARTICLE = "Brown, Peter. 1971. The Rise of the Holy Man. Journal of Roman Studies 61: 80–101."
BOOK = "Hans Müller, *Geschichte der Stadt* (Berlin: Akademie Verlag, 2003), S. 12"


@needs_model
def test_an_article_is_read_into_journal_volume_and_pages() -> None:
    parsed = labelled.parse_labelled(ARTICLE)
    assert parsed is not None
    assert parsed.entry_type == "article"
    assert parsed.fields["author"] == "Brown, Peter"
    assert parsed.fields["journal"] == "Journal of Roman Studies"
    assert (parsed.fields["volume"], parsed.fields["pages"]) == ("61", "80–101")


@needs_model
def test_a_book_is_read_into_place_publisher_and_year() -> None:
    parsed = labelled.parse_labelled(BOOK)
    assert parsed is not None
    assert parsed.entry_type == "book"
    assert parsed.fields["title"] == "Geschichte der Stadt"
    assert parsed.fields["address"] == "Berlin"
    assert parsed.fields["publisher"] == "Akademie Verlag"
    assert parsed.fields["year"] == "2003"


def test_without_a_model_the_labeller_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelled, "label_tokens", lambda tokens: [("other", 0.0)] * len(tokens))
    assert labelled.parse_labelled(BOOK) is None


@pytest.mark.parametrize(
    ("pages", "expected"), [("pp. 45–67", "45–67"), ("S. 12", "12"), ("at 85", "85"), ("45", "45")]
)
def test_page_labels_are_left_out_of_pages(pages: str, expected: str) -> None:
    assert labelled.PAGE_LABEL_RE.sub("", pages) == expected


RULES = Parsed("book", {"title": "Geschichte der Stadt", "publisher": "Akademie"}, "S. 12")
LEARNED = Parsed("incollection", {"title": "Other", "address": "Berlin"}, "12")


def _reading(address: float) -> labelled.Reading:
    return labelled.Reading(LEARNED, {"title": 0.99, "address": address})


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("rules", RULES),
        ("labeller", LEARNED),
        # combined: the grammar's fields, and the place trust.txt lets the labeller fill in
        (
            "combined",
            Parsed(
                "book",
                {"title": "Geschichte der Stadt", "publisher": "Akademie", "address": "Berlin"},
                "S. 12",
            ),
        ),
    ],
)
def test_the_mode_chooses_the_reading(
    monkeypatch: pytest.MonkeyPatch, mode: str, expected: Parsed
) -> None:
    monkeypatch.setattr(labelled, "MODE", mode)
    monkeypatch.setattr(labelled, "read_labelled", lambda text: _reading(0.99))
    assert labelled.combine(RULES, BOOK) == expected


def test_an_unsure_labeller_fills_nothing() -> None:
    assert labelled.trusted(RULES, _reading(0.3)) == RULES


def test_a_type_the_grammar_is_unsure_of_gives_way_with_its_container() -> None:
    rules = Parsed("misc", {"title": "The Rise of the Holy Man"})
    learned = Parsed("article", {"title": "The Rise", "journal": "JRS", "volume": "61"})
    reading = labelled.Reading(learned, {"title": 0.99, "journal": 0.99, "volume": 0.99})
    assert labelled.trusted(rules, reading) == Parsed(
        "article", {"title": "The Rise of the Holy Man", "volume": "61", "journal": "JRS"}
    )


def test_a_full_reading_is_not_labelled(monkeypatch: pytest.MonkeyPatch) -> None:
    fields = {"title": "Geschichte der Stadt", "author": "Müller, Hans", "year": "2003"}
    full = Parsed("book", {**fields, "address": "Berlin", "publisher": "Akademie Verlag"}, "S. 12")
    monkeypatch.setattr(labelled, "MODE", "combined")
    monkeypatch.setattr(labelled, "read_labelled", lambda text: pytest.fail("labelled"))
    assert labelled.combine(full, BOOK) is full


@pytest.mark.parametrize(("loose", "expected"), [(True, "article"), (False, "online")])
def test_only_a_note_written_as_an_entry_loses_its_online_type(
    monkeypatch: pytest.MonkeyPatch, loose: bool, expected: str
) -> None:
    entry = Reference("Brown. The Rise. JRS 61.", "online", {"title": "The Rise"})
    learned = Parsed("article", {"title": "The Rise", "journal": "JRS", "volume": "61"})
    reading = labelled.Reading(learned, {"title": 0.9, "journal": 0.9, "volume": 0.9})
    monkeypatch.setattr(labelled, "MODE", "combined")
    monkeypatch.setattr(labelled, "read_labelled", lambda text: reading)
    assert labelled.combine_entry(entry, loose=loose).entry_type == expected


def test_a_full_entry_takes_only_what_the_entry_column_trusts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fields = {"title": "Geschichte der Stadt", "author": "Müller, Hans", "year": "2003"}
    full = Parsed("book", {**fields, "address": "Berlin", "publisher": "Akademie Verlag"}, "S. 12")
    learned = Parsed("book", {"title": "Other", "address": "Berlin", "year": "2004"})
    sure = labelled.Reading(learned, {"title": 0.99, "address": 0.99, "year": 0.99})
    unsure = labelled.Reading(learned, {"title": 0.99, "address": 0.5, "year": 0.5})
    monkeypatch.setattr(labelled, "MODE", "combined")
    monkeypatch.setattr(labelled, "read_labelled", lambda text: sure)
    taken = labelled.combine(full, BOOK, loose=True)
    assert taken.fields == {**full.fields, "address": "Berlin", "year": "2004"}
    assert labelled.combine(full, BOOK, loose=False) is full  # a note's full reading
    monkeypatch.setattr(labelled, "read_labelled", lambda text: unsure)
    assert labelled.combine(full, BOOK, loose=True).fields == full.fields
