"""Back-references in parentheses after the name they stand for, the sentence going on after
them: "Władysław Strumski (Dziesiątka…, dz. cyt., s. 45) pisze: …" (the op. cit.'s author is
the name before the bracket, its short title inside it, its pinpoint ends at the bracket);
"„Klamra” (tamże, s. 14-15) pisze" and "… opisuje A. Stańko (tamże, s. 309-340)." (an ibid.,
which the name before it settles after a note of two works); and an ibid. after a note whose
second "citation" is prose known by a title alone repeats the work that note surely cites.

Our own example notes: invented authors and titles.
"""

from __future__ import annotations

from pathlib import Path

from citekit.model import Code, Kind
from tests.mdnotes import extract_notes


def _cited(report, note: int):
    return [c for c in report.citations if c.note == note]


FULL_NOWAK = "J. Nowak, Dzieje wsi pod Tarnowem, wyd. II, Kraków 2004."
FULL_LIS = "A. Lis, Rzeki i brody, Tuchów 1997, s. 270."


def test_an_op_cit_in_brackets_after_a_whole_name(tmp_path: Path) -> None:
    notes = [
        FULL_NOWAK,
        FULL_LIS,
        "Jan Nowak (Dzieje wsi…, dz. cyt., s. 45) pisze: „Chłopi kopią rowy, jakby mieli "
        "rozpocząć wojnę pozycyjną”.",
        "Tę opinię potwierdza Adam Lis (Rzeki…, dz. cyt., s. 331), który pisze dalej.",
    ]
    report = extract_notes(tmp_path, notes)
    first, second = _cited(report, 1)[0], _cited(report, 2)[0]
    third, fourth = _cited(report, 3)[0], _cited(report, 4)[0]
    assert (third.kind, third.work, third.locator) == (Kind.OP_CIT, first.work, "s. 45")
    assert (fourth.work, fourth.locator) == (second.work, "s. 331")


def test_an_ibid_in_brackets_after_a_quoted_name(tmp_path: Path) -> None:
    notes = [
        FULL_LIS,
        "Omawiając tę sytuację, „Sęp” (tamże, s. 14-15) pisze: „Ogień spowodował straty”.",
    ]
    report = extract_notes(tmp_path, notes)
    cited = _cited(report, 2)
    assert [(c.kind, c.locator) for c in cited] == [(Kind.IBID, "s. 14-15")]
    assert cited[0].work == _cited(report, 1)[0].work


def test_an_ibid_in_prose_takes_the_named_authors_work(tmp_path: Path) -> None:
    notes = [
        FULL_NOWAK,
        f"{FULL_LIS[:-1]}; Zbrodnie w powiecie [w:] Zbiory autora, sygn. 131-IV.",
        "Losy żołnierzy szerzej opisuje A. Lis (tamże, s. 309-340).",
        "Tamże, s. 339-340.",
    ]
    report = extract_notes(tmp_path, notes)
    lis = _cited(report, 2)[0].work
    assert [(c.kind, c.work) for c in _cited(report, 3)] == [(Kind.IBID, lis)]
    assert _cited(report, 4)[0].work == lis
    assert not [d for d in report.diagnostics if d.code is Code.IBID_AMBIGUOUS]


def test_prose_known_by_a_title_alone_makes_no_ibid_ambiguous(tmp_path: Path) -> None:
    notes = [
        FULL_NOWAK,
        "Jan Nowak (Dzieje wsi…, dz. cyt., s. 302), posiłkując się tekstem „Sępa”, podaje: "
        "„straty nieprzyjaciela były duże”. „Sęp” miał na myśli cały okres tzw. 2 fazy walk, "
        "a więc od zajęcia miasta aż do rozwiązania oddziałów.",
        "Tamże, s. 301.",
    ]
    report = extract_notes(tmp_path, notes)
    assert _cited(report, 3)[0].work == _cited(report, 1)[0].work
    assert not [d for d in report.diagnostics if d.code is Code.IBID_AMBIGUOUS]
