"""Last readings of a full citation (entrychecks): a status read as a journal
(statuscontainer) and a town read as a publisher (townimprint)."""

from __future__ import annotations

import pytest

from citekit.parse.elements import Parsed
from citekit.parse.numberecho import number_echo
from citekit.parse.statuscontainer import status_journal
from citekit.parse.townimprint import town_publisher


@pytest.mark.parametrize(
    ("journal", "extra", "entry_type", "kept"),
    [
        pytest.param("Draft Paper", {}, "unpublished", False, id="draft-paper"),
        pytest.param("Working draft for the Seminar", {}, "unpublished", False, id="working-draft"),
        pytest.param("Manuscript Studies", {"volume": "3"}, "article", True, id="numbered"),
        pytest.param("Journal of River History", {}, "article", True, id="plain-journal"),
    ],
)
def test_status_journal(journal: str, extra: dict, entry_type: str, kept: bool) -> None:
    fields = {"title": "Mills on the water", "journal": journal, "year": "1999", **extra}
    out = status_journal(Parsed("article", fields))
    assert out.entry_type == entry_type
    assert ("journal" in out.fields) is kept


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"publisher": "Aldershot"}, {"address": "Aldershot"}, id="town-alone"),
        pytest.param({"publisher": "Indianapolis"}, {"address": "Indianapolis"}, id="another-town"),
        pytest.param(
            {"publisher": "Harbour Press"}, {"publisher": "Harbour Press"}, id="publisher-stays"
        ),
        pytest.param({"publisher": "Norton"}, {"publisher": "Norton"}, id="town-named-publisher"),
        pytest.param({"publisher": "Dover"}, {"publisher": "Dover"}, id="another-town-named"),
        pytest.param({"publisher": "BoD"}, {"publisher": "BoD"}, id="acronym"),
        pytest.param(
            {"publisher": "Leiden", "address": "Boston"},
            {"publisher": "Leiden", "address": "Boston"},
            id="address-given",
        ),
    ],
)
def test_town_publisher(fields: dict, expected: dict) -> None:
    out = town_publisher(Parsed("book", {"title": "The ferryman's ledger", **fields}))
    assert {k: out.fields.get(k) for k in ("publisher", "address") if k in out.fields} == expected


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        pytest.param(
            "Adam Keller, The ferry, River Architecture, No. 83, 2000, 34-37",
            None,
            id="number-printed-once",
        ),
        pytest.param(
            "Keller, A. (2001). The ferry. River Review, 3(3), 12-19.",
            "3",
            id="volume-and-number-both-printed",
        ),
        pytest.param("Keller, A. 2001. The ferry. River Review 3.3: 12-19.", "3", id="dotted"),
    ],
)
def test_number_echo(text: str, volume: str | None) -> None:
    fields = {"title": "The ferry", "volume": "83" if volume is None else volume}
    fields["number"] = fields["volume"]
    out = number_echo(Parsed("article", fields), text)
    assert out.fields.get("volume") == volume
    assert out.fields["number"] == fields["number"]
