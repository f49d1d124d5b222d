"""The splitter keeps whole what its full stops, semicolons and joins would cut: reviews,
titles of several sentences, a part's title before its container, small capitals after
prose, a title cited with op. cit.

Our own example notes: invented authors, titles, places and periodicals.
"""

from __future__ import annotations

import pytest

from tests.parse.notes import parse


@pytest.mark.parametrize(
    ("note", "texts"),
    [
        pytest.param(
            "Ana Ruiz. Compte rendu. Luis Mora, *La sal del norte*, Bilbao, Arco, 2019. "
            "*El Faro*, 3 de mayo. 2020: 6, véase p. 4; Eva Gil. *Costas*. Mar. Vigo. 2017.",
            [
                "Ana Ruiz. Compte rendu. Luis Mora, *La sal del norte*, Bilbao, Arco, 2019. "
                "*El Faro*, 3 de mayo. 2020: 6, véase p. 4",
                "Eva Gil. *Costas*. Mar. Vigo. 2017",
            ],
            id="a-review-runs-on-to-its-periodical",
        ),
        pytest.param(
            "Ana Ruiz. Comptes rendus. Luis Mora, *La sal*, Bilbao, Arco, 2019 ; Eva Gil, "
            "*Redes*, Vigo, Mar, 2018, et Juan Paz, *Faros*, Cádiz, Sur, 2017. *El Faro*, 8 de "
            "julio. 2020: 5.",
            [
                "Ana Ruiz. Comptes rendus. Luis Mora, *La sal*, Bilbao, Arco, 2019 ; Eva Gil, "
                "*Redes*, Vigo, Mar, 2018, et Juan Paz, *Faros*, Cádiz, Sur, 2017. *El Faro*, 8 "
                "de julio. 2020: 5"
            ],
            id="a-review-of-several-books",
        ),
        pytest.param(
            "Marta Roca. Puertos del sur. Una historia. Los faros. *Revista Náutica*, 12. "
            "2018: 26–35, véase p. 27.",
            [
                "Marta Roca. Puertos del sur. Una historia. Los faros. *Revista Náutica*, 12. "
                "2018: 26–35, véase p. 27"
            ],
            id="three-sentences-of-a-title-before-the-journal",
        ),
        pytest.param(
            "So auch Lenz, Eva: Häfen im Norden. Eine Geschichte der Leuchttürme, in: *Kai, "
            "Udo* (Hgg.): Küsten. Band II, Kiel 2019, S. 65–90, S. 70.",
            [
                "Lenz, Eva: Häfen im Norden. Eine Geschichte der Leuchttürme, in: *Kai, Udo* "
                "(Hgg.): Küsten. Band II, Kiel 2019, S. 65–90, S. 70"
            ],
            id="a-subtitle-before-in-and-the-books-own-sentences",
        ),
        pytest.param(
            "The standard account is HARBOUR LIGHTS OF THE NORTH 12 (Eva Lenz ed., 2001).",
            ["HARBOUR LIGHTS OF THE NORTH 12 (Eva Lenz ed., 2001)"],
            id="small-capitals-after-prose",
        ),
        pytest.param(
            "The Atlas of Northern Harbours, dz. cyt., t. 2, s. 69.",
            ["The Atlas of Northern Harbours, dz. cyt., t. 2, s. 69"],
            id="a-title-cited-with-op-cit",
        ),
        pytest.param(
            "Les chiffres sont approximatifs. Comparer avec Paul Marchal, Measuring the City. "
            "Cadastral Engineers in Provincial Towns of the Nineteenth Century, *Revue des "
            "Quartiers*, 4 (2011), p. 12.",
            [
                "Paul Marchal, Measuring the City. Cadastral Engineers in Provincial Towns of the "
                "Nineteenth Century, *Revue des Quartiers*, 4 (2011), p. 12"
            ],
            id="a-plain-subtitle-runs-on-to-its-journal-in-italics",
        ),
        pytest.param(
            "Sites des mémoires, *op. cit. in* n. 6.",
            ["Sites des mémoires, *op. cit. in* n. 6"],
            id="op-cit-in-italics-is-no-title",
        ),
    ],
)
def test_the_splitter_keeps_them_whole(note, texts) -> None:
    assert [c.text for c in parse(note)] == texts
