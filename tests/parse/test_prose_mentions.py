"""Works and words a note's prose names rather than cites (unseen real sets: a paper as the
subject of its sentence, an inscription quoted in capitals), written here in invented words."""

from __future__ import annotations

from citekit.parse.split import split_note


def _spans(text: str) -> list[str]:
    return [p.text(text) for p, _ in split_note(text)]


def test_a_title_that_owns_the_next_word_is_the_sentence_subject() -> None:
    text = "A headline like the *Tin Gazette*’s account of the 2020 race as “tin tragedy” is lost."
    assert _spans(text) == []


def test_an_inscription_quoted_in_capitals_is_no_short_form() -> None:
    text = (
        "The casts differ: the Tinbox cast reads “QVI.NT-/FR/EY.F.,” and the MZK, "
        "“QVI.O FREY. OPVS.”"
    )
    assert _spans(text) == []


def test_a_title_in_capitals_without_transcription_marks_is_still_a_short_form() -> None:
    assert _spans("Compare Tinbox, “QUINT AT ZINC HALL”.") == ["Tinbox, “QUINT AT ZINC HALL”"]
