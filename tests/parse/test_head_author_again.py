"""A title naming its head's authors again, GOST-fashion, is no new source."""

from citekit.parse.split import split_note


def _texts(note: str) -> list[str]:
    return [note[piece.start : piece.end] for piece, _ in split_note(note)]


def test_head_author_named_again_inside_the_title_continues_it():
    note = (
        "ОРЛОВ, Пётр – СОКОЛОВ, Иван. Орлов П. Реки и берега. Соколов И. Мосты. Переправы, s. 12."
    )
    assert len(_texts(note)) == 1


def test_another_author_after_a_title_is_a_new_source():
    note = "ОРЛОВ, Пётр. Реки и берега. Морозов И. Мосты. Переправы, s. 12."
    assert len(_texts(note)) == 2
