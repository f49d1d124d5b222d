"""Forms medievalists and EU lawyers write: a writer known by a given name and a place
("Walter of Henley"), a Cotton manuscript by its press mark alone, an EU court's case number
and identifier, a Commission document's number, a series' own number."""

from __future__ import annotations

import pytest

from tests.parse.notes import parse

HENLEY = (
    "Walter of Henley, Husbandry, ed. by Dorothea Oschinsky (Oxford: Clarendon Press, 1971), 12."
)
ISIDORE = "Isidore of Seville, *Etymologies*, trans. Stephen Barney (Cambridge: CUP, 2006), 9."


@pytest.mark.parametrize(("note", "family"), [(HENLEY, "Henley"), (ISIDORE, "Seville")])
def test_a_given_name_and_a_place_name_the_author(note: str, family: str) -> None:
    (only,) = parse(note)
    assert only.fields.get("author", "").startswith(family)
    assert family not in only.fields["title"]


def test_a_title_with_of_and_no_given_name_is_no_author() -> None:
    (only,) = parse("Statutes of Wales, ed. by Ivor Bowen (London: Fisher Unwin, 1908), 5.")
    assert "Wales" not in only.fields.get("author", "")


@pytest.mark.parametrize("note", ["Vespasian A. xiv, fol. 12v.", "Faustina B. ix, fols 3–4."])
def test_a_press_mark_is_a_manuscript_not_a_book(note: str) -> None:
    (only,) = parse(note)
    assert only.entry_type == "unpublished"
    assert "author" not in only.fields
    assert only.locator.startswith("fol")


def test_an_eu_case_by_number_and_report_with_paragraph() -> None:
    (only,) = parse("Case C-209/03 *Bidar v London Borough of Ealing* [2005] ECR I-2119, para 59.")
    assert only.locator == "para 59"
    assert only.fields["number"] == "C-209/03"
    assert (only.fields["year"], only.fields["pages"].replace("–", "-")) == ("2005", "I-2119")
    assert "journal" not in only.fields


def test_an_eu_case_by_its_identifier() -> None:
    (only,) = parse(
        "Case C-456/12 *O and B v Minister voor Immigratie* EU:C:2014:135, paras 44–47."
    )
    assert (only.fields["number"], only.locator) == ("C-456/12", "paras 44–47")
    assert "volume" not in only.fields
    assert "pages" not in only.fields


def test_a_commission_document_number_is_no_volume() -> None:
    (only,) = parse("European Commission, ‘An Action Plan on Integration’ COM (2016) 377 final, 8.")
    assert only.entry_type == "techreport"
    assert only.fields["number"] == "COM (2016) 377 final"
    assert "volume" not in only.fields
    assert only.locator == "8"


def test_a_series_number_is_the_number_in_the_series() -> None:
    (only,) = parse(
        "Polybius, *The Histories*, trans. W. R. Paton, Loeb Classical Library 128 "
        "(Cambridge, MA: Harvard University Press, 2010), 45."
    )
    assert only.fields.get("series") == "Loeb Classical Library"
    assert only.fields.get("number") == "128"


def test_a_numbered_series_in_plain_text_before_the_imprint() -> None:
    (only,) = parse(
        "Ralph of Diceto, Opera historica, ed. by William Stubbs, 2 vols, Rolls Series, 68 "
        "(London: Longman, 1876), I, 20."
    )
    assert (only.fields.get("series"), only.fields.get("number")) == ("Rolls Series", "68")
    assert only.fields["author"].startswith("Diceto")
    assert only.locator == "I, 20"
