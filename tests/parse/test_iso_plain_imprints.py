"""ISO 690 notes in plain text: a publisher in capitals after the place's colon, and a part in
a book its own author wrote, named again after "In:" (invented citations)."""

from __future__ import annotations

from citekit.parse import isoshape
from citekit.parse.citestart import citation_start
from tests.parse.notes import parse


def test_a_publisher_in_capitals_after_the_place_opens_no_citation() -> None:
    (found,) = parse("Nové cesty k dějinám mostů. Praha: ČVUT, 2011, s. 40.")
    assert found.text.startswith("Nové cesty k dějinám mostů")
    assert found.fields["publisher"] == "ČVUT"
    assert found.fields["address"] == "Praha"


def test_an_abbreviated_place_before_a_publisher_in_capitals() -> None:
    assert citation_start("Очерки о мостах: сборник статей. Л.: ЛГУ, 1987, с. 12") == 0
    assert citation_start("Как показано в работе: ИВАНОВ, П. С. Мосты. Л.: ЛГУ, 1987") > 0


def test_a_book_by_the_parts_own_author_is_its_container() -> None:
    (found,) = parse(
        "NOVÁK, J. K. O mostech a lávkách. In: NOVÁK, J. K. Sebrané studie. Brno: Host, 1999, s. 7."
    )
    assert found.fields["title"] == "O mostech a lávkách"
    assert found.fields["booktitle"] == "Sebrané studie"
    assert found.fields["publisher"] == "Host"


def test_the_sentence_after_in_and_the_books_author_goes_on() -> None:
    found = parse(
        "ПЕТРОВ, Иван. Мосты. В: ПЕТРОВ, Иван. Очерки. Старые мосты: история строительства. "
        "М.: Наука, 2003, с. 5."
    )
    assert len(found) == 1
    assert found[0].text.startswith("ПЕТРОВ, Иван. Мосты")
    assert isoshape.container_author_ends("ROSSI, Maria. Le strade. En: ROSSI, Maria", ".")
    assert not isoshape.container_author_ends("ROSSI, Maria. Le strade. En: ROSSI, Maria", ";")
