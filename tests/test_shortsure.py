"""Short forms whose missing full citation is no sure finding (citekit.shortsure): the rest of
a full citation the splitter cut off, a quotation read as a title, an op. cit. whose first
mention stands in an earlier note's prose; and a citation that announces its own short form
in brackets is a first citation (citekit.parse.classify).

Our own example notes: invented authors, titles and archives.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Code, Kind
from tests.mdnotes import extract_notes


def _unanswered(report) -> list[int]:
    return [d.note for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_the_rest_of_a_cut_full_citation_is_not_reported(tmp_path: Path) -> None:
    note = (
        "Karl Brenner / Hanna Vogt (2011): Offene Daten im Archiv: Ein Überblick. In: Dies. "
        "(Hg.) (2011): Offene Archive. Oldenbourg Verlag, München/Wien, S. 3-27."
    )
    assert _unanswered(extract_notes(tmp_path, [note])) == []


def test_a_quotation_is_no_short_title(tmp_path: Path) -> None:
    notes = [
        "Samuel Hale, *The Healing Movement* (Boston: Ginn, 1899), 12.",
        "On the cures themselves, Dr. Marsh writes: “In spite of all the doubt we have cast on "
        "the reports of cure, there still remains a large body of cases which cannot be "
        "explained away,” p. 45.",
    ]
    assert _unanswered(extract_notes(tmp_path, notes)) == []


def test_an_op_cit_first_named_in_prose_is_not_reported(tmp_path: Path) -> None:
    notes = [
        "Compare J. Nowak, *Dzieje wsi*, Kraków 1990, s. 12; the village is described at length "
        "(Opis parafii Wolica i okolic w czasie wojny; spisany przez proboszcza, maszynopis w "
        "zbiorach autora), which the author used.",
        "Opis parafii Wolica i okolic…, dz. cyt., s. 14. Omawiając tę sytuację, proboszcz pisze.",
    ]
    assert _unanswered(extract_notes(tmp_path, notes)) == []


def test_a_short_title_cited_nowhere_is_still_reported(tmp_path: Path) -> None:
    notes = [
        "J. Nowak, *Dzieje wsi*, Kraków 1990, s. 12.",
        "Kowalska, *Spławy na Sanie*, s. 40.",
    ]
    assert _unanswered(extract_notes(tmp_path, notes)) == [2]


def test_a_bracketed_announcement_makes_a_first_citation(tmp_path: Path) -> None:
    note = (
        "Walki pod Wolicą wg relacji Jastrzębia [w:] Zbiory autora - Kolekcja archiwalna "
        "Jana Nowaka [dalej KN] 12-II, s. 5-7."
    )
    report = extract_notes(tmp_path, [note])
    assert [c.kind for c in report.citations] == [Kind.FULL]
    assert _unanswered(report) == []


def test_an_op_cit_whose_words_stand_in_another_works_title_is_reported(tmp_path: Path) -> None:
    notes = [
        "Cfr. E. Vecchi Rossi, *Mario Bianchi da Roma a Torino per la Lega italiana, 1848-1849*, "
        "Roma, Istituto per la storia, 1980.",
        "Cfr. F. Verdi, *Mario Bianchi da Roma*, cit., pp. 64 e 73.",
    ]
    assert _unanswered(extract_notes(tmp_path, notes)) == [2]


def test_an_undated_imprint_is_no_short_form(tmp_path: Path) -> None:
    notes = [
        "TAVARES, M., **Notas sobre a lavoura do café: das origens ao século XX**, Recife: Casa "
        "Amarela, [s.d.], p. 41.",
        "Sobre o tema, ver o relatório de 1920.",
        "TAVARES, **Notas sobre a lavoura do café**, p. 77.",
        "TAVARES, **Notas sobre a lavoura do café**, p. 80.",
    ]
    assert _unanswered(extract_notes(tmp_path, notes)) == []


def test_repeats_of_a_first_citation_read_as_short_are_answered(tmp_path: Path) -> None:
    container = [  # the first citation states the book it is in, and its editors
        "Como muestra Lucía FERRER: «Redes de crédito en la huerta valenciana: una perspectiva "
        "comparada», en Tomás GIL y Ana RUIZ (eds.): *Crédito y comunidad rural: estudios de "
        "historia agraria*, Valencia; Madrid.",
        "Lucía FERRER, «Redes de crédito en la huerta valenciana», p. 128.",
    ]
    journal = [  # the journal it is in
        "Lucía FERRER: «Redes de crédito en la huerta valenciana», *Revista de Historia "
        "Agraria*, 45, p. 23-39, p. 24.",
        "Lucía FERRER, «Redes de crédito en la huerta valenciana», p. 28.",
    ]
    for name, notes in (("container", container), ("journal", journal)):
        (tmp_path / name).mkdir()
        assert _unanswered(extract_notes(tmp_path / name, notes)) == []


def test_repeats_of_a_short_form_that_states_no_more_are_reported(tmp_path: Path) -> None:
    notes = ["Kowalska, *Spławy na Sanie*, s. 40.", "Kowalska, *Spławy na Sanie*, s. 44."]
    assert _unanswered(extract_notes(tmp_path, notes)) == [1, 2]
