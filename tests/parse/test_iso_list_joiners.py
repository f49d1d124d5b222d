"""ISO 690 name lists in capitals joined by the locale's "and"."""

from citekit.parse.names import split_names


def test_russian_and_czech_joiners_in_a_capitals_list():
    assert split_names("DE LA PEÑA, Marta и Jan NOVÁK") == ["De La Peña, Marta", "Novák, Jan"]
    assert split_names("VAN DER MEER, Anna a DI LUCA, Pavel") == [
        "Van Der Meer, Anna",
        "Di Luca, Pavel",
    ]


def test_a_before_small_letters_is_no_joiner():
    assert split_names("KRÁL, Petr a kol.") == ["Král, Petr"]
