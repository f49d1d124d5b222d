"""Letters in a named collection, cited again by their heading alone, and archival items in a
GOST note ("Title // ARCHIVE. Ф. …. Оп. …. Д. …. Л. …"). Our own made-up references below.

A letter cited with the papers that hold it cites the papers (the seeds' convention: the
collection is the work); "Weldon to Pearson, November 16, 1901" in a later note repeats that
letter, and so that collection, in Chicago's, British and Continental habits alike. A Russian
note puts the item before "//" and its archive and units after it, each closed by a full stop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Kind
from citekit.parse.describeditem import parse_described_item
from citekit.parse.letterhead import is_letter_heading, letter_key
from tests.parse.notes import parse
from tests.parse.test_described_archival_items import _report


@pytest.mark.parametrize(
    ("first", "again"),
    [
        pytest.param(
            "A. B. Marsh to Helen Quill, March 3, 1911, Helen Quill Papers, box 2, folder 7,"
            " Hartfield College Library.",
            "Marsh to Quill, March 3, 1911; see also Ivo Pell, *Gardens* (London: Dent, 1950), 4.",
            id="chicago-papers",
        ),
        pytest.param(
            "Jan Roe to Olaf Venn, 21 June 1932, Venn Papers, MS Add. 9001, Elmford University"
            " Library.",
            "Roe to Venn, 21 June 1932.",
            id="british-date-shelfmark",
        ),
        pytest.param(
            "Jan Roe to Olaf Venn, Leiden, 4 May 1930, in *The Letters of Olaf Venn*, ed. Ada"
            " Holm (Oxford: Clarendon Press, 1990), 2:133.",
            "Roe to Venn, Leiden, 4 May 1930.",
            id="letter-in-an-edition",
        ),
    ],
)
def test_a_letter_again_by_its_heading_cites_its_first_work(
    tmp_path: Path, first: str, again: str
) -> None:
    report = _report(tmp_path, [first, "Ivo Pell, *Gardens* (London: Dent, 1950), 12.", again])
    opening = report.citations[0]
    repeat = next(c for c in report.citations if c.note == 3)
    assert repeat.kind is Kind.SHORT
    assert repeat.work == opening.work
    assert repeat.locator is None  # the letter's date is no pinpoint


def test_a_heading_is_no_sentence_about_a_letter() -> None:
    assert is_letter_heading("Weldon to Pearson, November 16, 1901.")
    assert not is_letter_heading("Weldon wrote to Pearson on November 16, 1901.")
    assert not is_letter_heading("Weldon to Pearson, November 16, 1901, Pearson Papers")
    assert letter_key("W. F. R. Weldon to Karl Pearson, November 16, 1901, …") == letter_key(
        "Weldon to Pearson, November 16, 1901"
    )
    assert letter_key("Weldon to Pearson, November 16, 1901") != letter_key(
        "Weldon to Pearson, November 18, 1901"
    )


def test_another_letter_of_the_same_pair_is_not_the_first(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Jan Roe to Olaf Venn, 21 June 1932, Venn Papers, MS Add. 9001, Elmford Library.",
            "Roe to Venn, 2 July 1933.",
        ],
    )
    first, other = report.citations
    assert other.work != first.work


def test_a_collection_s_reference_code_is_its_note_not_its_archive() -> None:
    (citation,) = parse(
        "Jan Roe to Olaf Venn, 21 June 1932, Olaf Venn Papers, VENN/2/4/11/3, Elmford"
        " University Library, Special Collections."
    )
    assert citation.fields["title"] == "Olaf Venn Papers"
    assert citation.fields["howpublished"] == "Elmford University Library, Special Collections"
    assert citation.fields["note"] == "VENN/2/4/11/3"


def test_ibid_after_a_gost_item_is_that_item(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Смирнов И. И. Земская медицина. М.: Наука, 1970. С. 12.",
            "Доклад управы, 1885 г. // ГАРФ. Ф. 102. Оп. 3. Д. 77. Л. 4.",
            "Там же. Л. 12.",
        ],
    )
    _, item, ibid = report.citations
    assert ibid.kind is Kind.IBID
    assert ibid.work == item.work
    assert ibid.locator == "Л. 12"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        pytest.param(
            "Dora Kahn, Notatki z sierocińca przy ul. Dzielnej 39, 1942, Archiwum ŻIH, ARG I 77"
            " (Ring. I/501), k. 2–4.",
            {
                "author": "Kahn, Dora",
                "title": "Notatki z sierocińca przy ul. Dzielnej 39, 1942",
                "note": "ARG I 77 (Ring. I/501)",
                "howpublished": "Archiwum ŻIH",
            },
            id="writer-item-signature-with-its-concordance",
        ),
        pytest.param(
            "Ankieta „Rok w getcie”, 1941, Archiwum ŻIH, ARG II 12 (Ring. II/8).",
            {
                "author": None,
                "title": "Ankieta „Rok w getcie”, 1941",
                "note": "ARG II 12 (Ring. II/8)",
            },
            id="polish-quotes-keep-their-comma-free-title",
        ),
        pytest.param(
            "Leib Frenkel, Relacja o przekazaniu Archiwum, 1947, Archiwum ŻIH, 301/2210, k. 3.",
            {
                "author": "Frenkel, Leib",
                "title": "Relacja o przekazaniu Archiwum, 1947",
                "note": "301/2210",
                "howpublished": "Archiwum ŻIH",
            },
            id="figures-code-and-an-archive-word-in-the-description",
        ),
        pytest.param(
            "Basil Frome, excavation notebook, 1938–39, HD 1102/4, Suffolk Archives, Ipswich.",
            {
                "author": "Frome, Basil",
                "title": "excavation notebook, 1938–39",
                "note": "HD 1102/4",
            },
            id="english-writer-notebook",
        ),
    ],
)
def test_an_item_with_its_writer_and_call_number(text: str, fields: dict[str, str | None]) -> None:
    (citation,) = parse(text)
    assert citation.kind is Kind.FULL
    assert citation.entry_type == "unpublished"
    assert {name: citation.fields.get(name) for name in fields} == fields


def test_items_of_one_archive_by_call_number_are_two_works(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        [
            "Dora Kahn, Notatki z sierocińca, 1942, Archiwum ŻIH, ARG I 77 (Ring. I/501), k. 2–4.",
            "Tamże, k. 8.",
            "Leib Frenkel, Relacja o przekazaniu, 1947, Archiwum ŻIH, 301/2210, k. 3.",
            "Tamże, k. 5.",
        ],
    )
    kahn, kahn_again, frenkel, frenkel_again = report.citations
    assert kahn.work != frenkel.work
    assert kahn_again.work == kahn.work
    assert frenkel_again.work == frenkel.work


def test_a_company_s_records_have_no_writer() -> None:
    (citation,) = parse(
        "Elmford Spinning Company Ltd, minutes of the board, 1931–33, M12/4/1, Elmford Archives."
    )
    assert "author" not in citation.fields
    assert citation.fields["title"] == "Elmford Spinning Company Ltd, minutes of the board, 1931–33"


def test_an_archive_named_in_capitals_holds_the_item() -> None:
    # ABNT sets a body's name in capitals: "ARQUIVO PÚBLICO …" is the archive, as "Arquivo …"
    parsed = parse_described_item(
        "ARQUIVO PÚBLICO DO ESTADO DE SERGIPE (APES). Seção Provincial. Presidência, maço 88."
        " Ofício do juiz de Lagarto ao presidente da província, 3 mar. 1870"
    )
    assert parsed is not None
    assert (
        parsed.fields["title"]
        == "Ofício do juiz de Lagarto ao presidente da província, 3 mar. 1870"
    )
    assert parsed.fields["howpublished"] == "ARQUIVO PÚBLICO DO ESTADO DE SERGIPE (APES)"
