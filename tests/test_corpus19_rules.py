"""Rules written after tests/corpus19 was measured, each against a habit many scholars share.

Our own made-up references, never the corpus's text.
"""

from __future__ import annotations

import pytest

from citekit import extract
from citekit.bodyacronym import abbreviates_body
from citekit.model import Code, Kind
from citekit.parse.fields import parse_full
from tests.parse.notes import parse
from tests.test_resolve import assert_resolution


@pytest.mark.parametrize(
    ("text", "journal", "number"),
    [
        pytest.param(
            'Ana Ruiz, "Ciclos de crédito y deuda pública", Revista de Economía Aplicada,'
            " núm. 3, 1991, pp. 101-140",
            "Revista de Economía Aplicada",
            "3",
            id="spanish-issue-alone",
        ),
        pytest.param(
            'Marta Gil, "La banca y el Estado", Anuario de Historia Económica, nro. 12,'
            " 1987, pp. 45-71",
            "Anuario de Historia Económica",
            "12",
            id="spanish-nro-issue",
        ),
    ],
)
def test_a_plain_journal_may_be_followed_by_its_issue_alone(
    text: str, journal: str, number: str
) -> None:
    """Comma styles (Spanish, French, Italian) give a journal's issue without a volume."""
    parsed = parse_full(text)
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == journal
    assert parsed.fields["number"] == number


def test_a_journal_of_papers_on_a_subject_is_no_archive() -> None:
    """ "Papers on …" and "Papers in …" name journals; "Acheson Papers" names a collection."""
    parsed = parse_full(
        'Luis Ortega, "Sovereign Lending Revisited", Oxford Papers on Monetary Policy,'
        " núm. 4, 1995, pp. 12-40"
    )
    assert parsed.entry_type == "article"
    assert parsed.fields["journal"] == "Oxford Papers on Monetary Policy"
    assert parse_full("Box 5, Acheson Papers, Truman Library").entry_type == "unpublished"


@pytest.mark.parametrize(
    ("short", "body", "expected"),
    [
        ("PSAC", "President's Science Advisory Committee", True),
        ("EPA", "U.S. Environmental Protection Agency", True),
        ("IPCC", "Intergovernmental Panel on Climate Change", True),
        ("EPA", "Environmental Policy Institute of Alberta", False),
        ("JS", "Smith, John", False),
        ("AB", "Anna Berg", False),
    ],
)
def test_a_body_is_cited_by_its_initials(short: str, body: str, expected: bool) -> None:
    assert abbreviates_body(short, body) is expected


def test_a_short_form_under_the_body_s_initials_finds_its_report() -> None:
    assert_resolution(
        (
            "report",
            "Federal Water Quality Board, *Rivers in Decline* (Washington, DC: Government"
            " Printing Office, 1958), 12.",
        ),
        (
            "page",
            'U.S. Forest Research Agency, "Fire Seasons: A Brief History,"'
            " https://example.org/fire (accessed 2 May 2023).",
        ),
        ("report", "FWQB, *Rivers in Decline*, 40."),
        ("page", 'FRA, "Fire Seasons: A Brief History."'),
    )


TITLE_NOTES = [
    "Ann Reeve, The Winter Masque, ed. Paul Dorn (London: Vale Press, 1988), 1.1.20-34.",
    "Tom Hale and Ida Moss, Harbour Songs, ed. R. Lund (Leeds: Fen Books, 1990), 12.",
    "Winter Masque 4.2.101–9; cf. Dorn's note.",
    "Harbour Songs, 77.",
    "Summer Masque 2.1.4.",
]


def _report(tmp_path, texts: list[str]):
    """The report on a Markdown essay whose notes are TEXTS."""
    body = " ".join(f"Text.[^{i}]" for i in range(1, len(texts) + 1))
    notes = "\n".join(f"[^{i}]: {text}" for i, text in enumerate(texts, start=1))
    path = tmp_path / "essay.md"
    path.write_text(f"{body}\n\n{notes}\n", encoding="utf-8")
    return extract(path)


def test_a_known_title_alone_and_its_pinpoint_is_a_short_form(tmp_path) -> None:
    """Editions are cited by title and act.scene.line or page, without their author."""
    by_note = {c.note: c for c in _report(tmp_path, TITLE_NOTES).citations}
    assert by_note[3].kind is Kind.SHORT
    assert by_note[3].work == by_note[1].work
    assert by_note[4].kind is Kind.SHORT
    assert by_note[4].work == by_note[2].work
    assert 5 not in by_note  # no "Summer Masque" is cited in full


LETTER_NOTES = [
    "Ruth Vale to Otto Brand, 3 March 1871, in *The Letters of Ruth Vale*, vol. 2, ed. Anna"
    " Kerr (Leeds: Fen Books, 1994), letter 310.",
    "Vale to Brand, 9 April 1871, *Letters*, 2:117, letter 315.",
    "Ruth Vale to Eda Moss, 5 May 1880, in *The Letters of Ruth Vale*, vol. 3, ed. Anna"
    " Kerr (Leeds: Fen Books, 1999), letter 520.",
    "Vale to Brand, 1 June 1871, *Letters*, 2:140.",
]


def test_a_letter_heading_before_a_short_title_is_a_short_form(tmp_path) -> None:
    """A letter is cited by writer, recipient and date, then the edition's short title."""
    by_note = {c.note: c for c in _report(tmp_path, LETTER_NOTES).citations}
    assert by_note[2].kind is Kind.SHORT
    assert by_note[2].work == by_note[1].work


def test_the_volume_a_pinpoint_names_picks_the_edition_s_volume(tmp_path) -> None:
    """ "*Letters*, 2:140" is volume 2, though volume 3 was cited since."""
    by_note = {c.note: c for c in _report(tmp_path, LETTER_NOTES).citations}
    assert by_note[3].work != by_note[1].work
    assert by_note[4].work == by_note[1].work


def test_two_volumes_of_one_edition_are_not_inconsistent(tmp_path) -> None:
    codes = [d.code for d in _report(tmp_path, LETTER_NOTES).diagnostics]
    assert Code.INCONSISTENT_CITATION not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Clara Peeters, *Still Life with Fish*, ca. 1611, oil on panel, Museo del Prado,"
        " Madrid, P001622",
        "Anna Holm, *Harbour at Dusk*, 1908, watercolour on paper, Kunsthalle, Bremen",
    ],
)
def test_a_painting_s_medium_and_support_make_it_an_object(text: str) -> None:
    """Art historians cite a painting by its medium and the museum that holds it."""
    assert parse_full(text).entry_type == "misc"


def test_a_book_about_a_medium_stays_a_book() -> None:
    parsed = parse_full("Ann Lee, *Oil on Canvas: A History* (London: Verso, 1999), 4")
    assert parsed.entry_type == "book"


def test_commentary_opening_with_a_preposition_and_an_article_ends_the_citation() -> None:
    """ "…, 101, on the public thing": prose after the pinpoint, no part of the citation."""
    cited = parse("Hart, *Markets*, 101, on the public thing; see also Ott, 146.")
    assert [c.text for c in cited] == ["Hart, *Markets*, 101", "Ott, 146"]


@pytest.mark.parametrize(
    ("text", "title", "series", "number"),
    [
        (
            "Ana Ruiz, Historia de la banca, Estudios de Economía, núm. 12, Madrid, Alianza,"
            " 1990, p. 5",
            "Historia de la banca",
            "Estudios de Economía",
            "12",
        ),
        (
            "Jean Dupont, Histoire des villes, Que sais-je ?, n° 1234, Paris, PUF, 1990, p. 5",
            "Histoire des villes",
            "Que sais-je ?",
            "1234",
        ),
    ],
)
def test_a_numbered_series_after_a_plain_title_is_no_part_of_it(
    text: str, title: str, series: str, number: str
) -> None:
    fields = parse_full(text).fields
    assert (fields["title"], fields["series"], fields["number"]) == (title, series, number)


def test_a_marked_title_keeps_its_numbered_words() -> None:
    fields = parse_full("Ann Lee, *Papers, Second Series, No. 3* (London: Verso, 1999), 4").fields
    assert fields["title"] == "Papers, Second Series, No. 3"


def test_a_painting_s_medium_after_its_date_is_no_commentary() -> None:
    """ "…, ca. 1611, oil on panel, Museo del Prado": the citation goes on after the date."""
    text = "Clara Peeters, *Still Life with Fish*, ca. 1611, oil on panel, Museo del Prado, Madrid"
    cited = parse(f"{text}.")
    assert [c.text for c in cited] == [text]
    assert cited[0].entry_type == "misc"
