"""German legal notes: commentaries cited at a section and margin number, court decisions,
articles with journal, year, first page and pinpoint, and an ibid. with its author's name.

Our own example notes, written to the habits German law writers share (the juristische
Zitierweise as the law faculties teach it), one habit a test.
"""

from __future__ import annotations

from citekit.model import Kind
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution, resolve_notes


def test_a_commentary_is_the_commentators_part_of_an_edited_work() -> None:
    (cited,) = parse("*Berger*, in: Hahn/Lenz, Markengesetz, 5. Aufl. 2019, § 14 MarkenG, Rn. 12.")
    assert cited.entry_type == "incollection"
    assert cited.fields["author"] == "Berger"
    assert cited.fields["editor"] == "Hahn and Lenz"
    assert cited.fields["booktitle"] == "Markengesetz"
    assert cited.fields["edition"] == "5"
    assert cited.fields["year"] == "2019"
    assert "address" not in cited.fields  # "5. Aufl." is the edition, no place
    assert cited.locator == "§ 14 MarkenG, Rn. 12"


def test_a_commentary_named_by_its_editors_alone_has_no_booktitle() -> None:
    (cited,) = parse("*Kluge*, in: Hahn/Lenz, 3. Aufl. 2021, § 9 UWG Rn. 4 mwN.")
    assert cited.fields["editor"] == "Hahn and Lenz"
    assert "booktitle" not in cited.fields
    assert cited.locator == "§ 9 UWG Rn. 4"


def test_an_online_commentary_is_its_booktitle() -> None:
    (cited,) = parse("*Roth*, in: BeckOK BGB, 68. Ed. 2023, § 823 BGB, Rn. 101.")
    assert cited.fields["booktitle"] == "BeckOK BGB"
    assert "editor" not in cited.fields
    assert cited.locator == "§ 823 BGB, Rn. 101"


def test_a_handbook_with_its_editor_and_the_year_after_its_title() -> None:
    (cited,) = parse("*Stein*, in: *Vogt* (Hrsg.), Handbuch des Bankrechts 2022 Rn. 7.")
    assert cited.fields["editor"] == "Vogt"
    assert cited.fields["booktitle"] == "Handbuch des Bankrechts"
    assert cited.fields["year"] == "2022"
    assert cited.locator == "Rn. 7"


def test_a_textbook_cited_at_a_section_keeps_the_section_in_the_pinpoint() -> None:
    (cited,) = parse("*Lenz*/*Hahn*, Markenrecht, 4. Aufl. 2020, § 7 Rn. 3.")
    assert cited.entry_type == "book"
    assert cited.fields["title"] == "Markenrecht"
    assert cited.fields["edition"] == "4"
    assert cited.locator == "§ 7 Rn. 3"


def test_an_article_with_its_title_journal_year_first_page_and_pinpoint() -> None:
    (cited,) = parse("*Hahn*, Die Marke im Wandel, NJW 2018, 211 (214).")
    assert cited.entry_type == "article"
    assert cited.fields["title"] == "Die Marke im Wandel"
    assert cited.fields["journal"] == "NJW"
    assert cited.fields["year"] == "2018"
    assert cited.fields["pages"] == "211"
    assert cited.locator == "214"


def test_an_article_whose_authors_end_with_u_a_inside_the_italics() -> None:
    (cited,) = parse("*Lenz u. a.*, Daten als Ware, MMR 2021, 90 (93).")
    assert cited.fields["author"] == "Lenz"
    assert cited.fields["journal"] == "MMR"
    assert cited.locator == "93"


def test_a_decision_by_date_docket_and_name_has_no_author() -> None:
    (cited,) = parse("BGH, Urt. v. 3. Mai 2018 (I ZR 12/17), - Gartenzwerg - Rn. 21 mwN.")
    assert cited.entry_type == "misc"
    assert "author" not in cited.fields
    assert cited.fields["title"] == "Gartenzwerg"
    assert cited.fields["year"] == "2018"
    assert cited.fields["number"] == "I ZR 12/17"
    assert cited.locator == "Rn. 21"


def test_a_decision_by_its_report_gives_first_page_and_pinpoint() -> None:
    (cited,) = parse("OLG Köln, GRUR-RR 2005, 310 (312) – Gartenzwerg.")
    assert cited.entry_type == "misc"
    assert cited.fields["pages"] == "310"
    assert cited.fields["year"] == "2005"
    assert cited.locator == "312"


def test_two_decisions_by_their_reports_are_two_citations() -> None:
    cited = parse(
        "BGH, GRUR, 1995, 12 (14), - Zwerg -; OLG Köln, GRUR-RR, 2005, 310 (312), - Gartenzwerg -."
    )
    assert [c.fields.get("title") for c in cited] == ["Zwerg", "Gartenzwerg"]
    assert [c.locator for c in cited] == ["14", "312"]


def test_a_european_decision_with_its_case_number() -> None:
    (cited,) = parse("EuGH, Urt. v. 9. März 2010 (C-518/07), - Kommission/Deutschland - Rn. 18 ff.")
    assert cited.fields["number"] == "C-518/07"
    assert cited.fields["title"] == "Kommission/Deutschland"
    assert cited.locator.startswith("Rn. 18 ff")


def test_a_database_s_margin_number_after_the_decision_s_name() -> None:
    (cited,) = parse("BGH, Beschl. v. 12.4.1971 (X ZB 4/70), - Wildverbiss - juris Rn. 9 f.")
    assert cited.fields["number"] == "X ZB 4/70"
    assert cited.locator.startswith("Rn. 9 f")


def test_a_note_pointer_short_form_leaves_the_decision_s_name_out_of_the_pinpoint() -> None:
    resolved, _ = resolve_notes(
        "BGH, Urt. v. 3. Mai 2018 (I ZR 12/17), - Gartenzwerg - Rn. 21.",
        "BGH, (Fn. 1), - Gartenzwerg - Rn. 23.",
        "*Hahn*, Die Marke im Wandel, NJW 2018, 211 (214).",
        "*Hahn*, (Fn. 3), 211 (215) mwN.",
    )
    assert resolved[1].locator == "Rn. 23"
    assert resolved[3].locator == "211 (215)"
    assert resolved[1].work == resolved[0].work


def test_a_name_before_ebd_is_an_ibid_of_that_author_s_work() -> None:
    (cited,) = parse("*Berger*, ebd. Rn. 18, 20.")
    assert cited.kind is Kind.IBID
    assert cited.fields["author"] == "Berger"
    assert cited.locator == "Rn. 18, 20"


def test_co_authors_before_ebd() -> None:
    (cited,) = parse("*Lenz*/*Hahn*, ebd. Rn. 8.")
    assert cited.kind is Kind.IBID
    assert cited.locator == "Rn. 8"


def test_a_name_before_a_bracketed_ibid() -> None:
    (cited,) = parse("A. Nowak (tamże, s. 309-340).")
    assert cited.kind is Kind.IBID
    assert cited.locator == "s. 309-340"


def test_id_ibid_is_still_an_ibid_without_a_name() -> None:
    (cited,) = parse("Id., ibid., p. 50.")
    assert cited.kind is Kind.IBID
    assert "author" not in cited.fields


def test_a_named_ibid_takes_the_named_author_s_work_after_a_note_of_two() -> None:
    assert_resolution(
        ("nowak", "A. Nowak, *Drogi i bezdroża*, Kraków 1990, s. 12."),
        (("nowak", "zych"), "A. Nowak, *Drogi*, dz. cyt., s. 14; B. Zych, *Las*, Łódź 1991, s. 3."),
        ("nowak", "A. Nowak (tamże, s. 20)."),
    )


def test_a_name_and_a_bracketed_ibid_in_a_sentence_s_prose() -> None:
    (cited,) = parse("Dalsze losy oddziału szerzej opisuje A. Nowak (tamże, s. 309-340).")
    assert cited.text == "A. Nowak (tamże, s. 309-340)"
    assert cited.kind is Kind.IBID
    assert cited.locator == "s. 309-340"


def test_the_italic_name_before_a_footnote_pointer_is_the_author() -> None:
    resolved, _ = resolve_notes(
        "*Berger*, in: Hahn/Lenz, Markengesetz, 5. Aufl. 2019, § 14 MarkenG, Rn. 12.",
        "*Berger*, (Fn. 1), Rn. 14.",
    )
    assert resolved[1].fields["author"] == "Berger"
    assert "title" not in resolved[1].fields
    assert resolved[1].work == resolved[0].work


def test_a_decision_with_its_docket_after_a_dash_and_its_report() -> None:
    (cited,) = parse("BGH, Urt. v. 27.1.2022 – I ZR 7/21, GRUR 2022, 301 (303) – Zwergenland.")
    assert cited.fields["number"] == "I ZR 7/21"
    assert cited.fields["year"] == "2022"
    assert cited.fields["pages"] == "301"
    assert cited.fields["title"] == "Zwergenland"
    assert cited.locator == "303"
