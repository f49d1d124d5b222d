"""Splitting, kinds and locators of the CSL note styles the generated corpus scores worst
(ABNT, ISO 690, German legal, Mexican and Freiburg history styles), one habit a row.

Our own example notes: invented authors, titles and places, written as those styles write.
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Kind, Note, Span
from citekit.parse import build_context, parse_note

FULL, SHORT, IBID, OP_CIT = Kind.FULL, Kind.SHORT, Kind.IBID, Kind.OP_CIT


def parse(text: str) -> tuple[Citation, ...]:
    """The citations of TEXT as note 1."""
    return parse_note(Note(number=1, text=text, span=Span(0, 0, 1)), build_context([text]))


def spans(text: str) -> list[tuple[str, Kind]]:
    return [(c.text, c.kind) for c in parse(text)]


NAME_LIST_ROWS = [
    pytest.param(
        "SOUZA, Ana, O porto e a cidade, *in*: LIMA, Rui; DE MELO COSTA, Ana Clara ; "
        "FARIA, João (Orgs.), *Cidades do Atlântico*, Recife: Ed. Mar, 2011, p. 12.",
        [
            (
                "SOUZA, Ana, O porto e a cidade, *in*: LIMA, Rui; DE MELO COSTA, Ana Clara ; "
                "FARIA, João (Orgs.), *Cidades do Atlântico*, Recife: Ed. Mar, 2011, p. 12",
                FULL,
            )
        ],
        id="editors-in-capitals-joined-by-semicolons",
    ),
    pytest.param(
        "Ver também BRAGA, Rui ; BRAGA, Lia, Os faróis do sul, *Revista Náutica*, v. 4, "
        "p. 3-9, 2001.",
        [
            (
                "BRAGA, Rui ; BRAGA, Lia, Os faróis do sul, *Revista Náutica*, v. 4, p. 3-9, 2001",
                FULL,
            )
        ],
        id="authors-in-capitals-joined-by-semicolons",
    ),
    pytest.param(
        "SOUZA, O porto e a cidade, p. 4; FARIA, Cidades do Atlântico, p. 9.",
        [
            ("SOUZA, O porto e a cidade, p. 4", SHORT),
            ("FARIA, Cidades do Atlântico, p. 9", SHORT),
        ],
        id="two-short-forms-in-capitals-stay-two",
    ),
]


CONTAINER_ROWS = [
    pytest.param(
        "En particular MORAL, J. Los faros del norte (s. XIX). En PRADO, H. ed. *Costas y "
        "puertos*. Vigo: Ed. Ría, 2015, p. 49.",
        [
            (
                "MORAL, J. Los faros del norte (s. XIX). En PRADO, H. ed. *Costas y puertos*. "
                "Vigo: Ed. Ría, 2015, p. 49",
                FULL,
            )
        ],
        id="iso690-chapter-in-a-book-after-a-sentence-period",
    ),
    pytest.param(
        "ROCA, A. Between Harbour and Hinterland: Port Cities. En *Revista Marítima*. 2017, "
        "vol. 1, nº 1, p. 39.",
        [
            (
                "ROCA, A. Between Harbour and Hinterland: Port Cities. En *Revista Marítima*. "
                "2017, vol. 1, nº 1, p. 39",
                FULL,
            )
        ],
        id="iso690-unmarked-title-with-a-colon-is-no-author-colon",
    ),
    pytest.param(
        "Smith and Jones, *Ports*, 12. In 1990 the harbour closed.",
        [("Smith and Jones, *Ports*, 12", SHORT)],
        id="a-sentence-opening-with-in-and-a-year-is-prose",
    ),
    pytest.param(
        "Lund, *Ports*, p. 17. In Rostock's harbour book we find the note.",
        [("Lund, *Ports*, p. 17", SHORT)],
        id="a-sentence-opening-with-in-and-a-name-after-a-page-is-prose",
    ),
]


ITALIC_AUTHOR_ROWS = [
    pytest.param(
        "Siehe *Gerber*, Häfen und Fähren. Schifffahrt am Oberrhein im Mittelalter, S. 377.",
        [("*Gerber*, Häfen und Fähren. Schifffahrt am Oberrhein im Mittelalter, S. 377", SHORT)],
        id="italic-author-title-and-subtitle-stay-one",
    ),
    pytest.param(
        "*Lanz*, in: Meier/Roth, Recht am Fluss. Beiträge zur Schifffahrt, S. 45 (47). "
        "Dies ist die gründlichste Darstellung.",
        [("*Lanz*, in: Meier/Roth, Recht am Fluss. Beiträge zur Schifffahrt, S. 45 (47)", FULL)],
        id="italic-author-in-a-collection-with-subtitle",
    ),
    pytest.param(
        "Anders *Gerber*, Die Fähre von 1376.",
        [("*Gerber*, Die Fähre von 1376", SHORT)],
        id="italic-author-and-title-without-a-page",
    ),
    pytest.param("*Wagner*, so heißt es, war anderer Meinung.", [], id="italic-name-in-prose"),
]


ARTICLE = "Ana Ruiz & Jan Vos, ‘Where are the docks?’. *Big Ships & Society*, 3.1 (2016): 1-14"
SENTENCE_ROWS = [
    pytest.param(
        "*Ibid.*, p. 4; Ana Ruiz. *¿Quién manda en el puerto?* Ariel. Vigo. 2017, p. 7.",
        [
            ("*Ibid.*, p. 4", IBID),
            ("Ana Ruiz. *¿Quién manda en el puerto?* Ariel. Vigo. 2017, p. 7", FULL),
        ],
        id="publisher-place-year-each-a-sentence",
    ),
    pytest.param(
        "Para una visión distinta, véase Ana Ruiz. *Los faros*. Prensas de la Universidad. "
        "Vigo. 2020, p. 9.",
        [("Ana Ruiz. *Los faros*. Prensas de la Universidad. Vigo. 2020, p. 9", FULL)],
        id="lead-in-then-the-author-alone-in-a-sentence",
    ),
    pytest.param(
        f"{ARTICLE}.",
        [(ARTICLE, FULL)],
        id="article-title-closed-by-a-full-stop-then-a-journal-like-names",
    ),
]


PERSONAL_ROWS = [
    pytest.param(
        "A este respeito SOUZA, Entrevista com Rui Lima, p. 16–21.",
        [("SOUZA, Entrevista com Rui Lima, p. 16–21", SHORT)],
        id="an-interview-cited-by-page-is-a-printed-text",
    ),
    pytest.param(
        "Interview with Rui Lima, 3 May 2010.",
        [("Interview with Rui Lima, 3 May 2010", Kind.PERSONAL)],
        id="an-interview-without-a-page-is-personal",
    ),
]


LAW_ROWS = [
    pytest.param(
        "Convention on the Navigation of the Rhine and Tributaries, *supra* note 6 at 36.",
        [
            (
                "Convention on the Navigation of the Rhine and Tributaries, *supra* note 6 at 36",
                SHORT,
            )
        ],
        id="a-title-before-supra-is-no-prose",
    ),
    pytest.param(
        "This is discussed in Rhine Shipping Company v Basel, 12 345, 67 (1988).",
        [("Rhine Shipping Company v Basel, 12 345, 67 (1988)", FULL)],
        id="a-case-after-prose",
    ),
    pytest.param(
        "This is discussed in Lanz, *supra* note 15.",
        [("Lanz, *supra* note 15", SHORT)],
        id="prose-before-a-name-and-supra",
    ),
]


YEAR_IN_TITLE_ROWS = [
    pytest.param(
        "Vgl. Roth, Anna: Die Flößerei. Holzhandel am Rhein im 18. Jahrhundert, Basel 1964.",
        [("Roth, Anna: Die Flößerei. Holzhandel am Rhein im 18. Jahrhundert, Basel 1964", FULL)],
        id="german-ordinal-is-no-sentence-end",
    ),
    pytest.param(
        "Roth, Die Flößerei. Holzhandel im 16. und 17. Jahrhundert (Anm. 6), S. 34.",
        [("Roth, Die Flößerei. Holzhandel im 16. und 17. Jahrhundert (Anm. 6), S. 34", SHORT)],
        id="two-german-ordinals-joined",
    ),
    pytest.param(
        "Vgl. Roth, Wenn Flöße sinken. Holzhandel und Handwerk am Rhein (Anm. 2).",
        [("Roth, Wenn Flöße sinken. Holzhandel und Handwerk am Rhein (Anm. 2)", SHORT)],
        id="subtitle-ending-with-a-note-pointer",
    ),
    pytest.param(
        "Meier, Die Stadt, S. 12 und 17. Dies ist falsch.",
        [("Meier, Die Stadt, S. 12 und 17", SHORT)],
        id="pages-joined-by-und-end-a-sentence",
    ),
    pytest.param(
        "So auch *Roth*: Jakob Meier (1795-1883) als Flößer. Holzhandel am Rhein, Kap. 13.",
        [("*Roth*: Jakob Meier (1795-1883) als Flößer. Holzhandel am Rhein, Kap. 13", SHORT)],
        id="life-dates-in-a-short-title-and-its-subtitle",
    ),
    pytest.param(
        "Roth, *Die Flößerei* (Basel: Rhein, 1964), 12.",
        [("Roth, *Die Flößerei* (Basel: Rhein, 1964), 12", FULL)],
        id="a-year-closing-the-imprint-dates-the-work",
    ),
    pytest.param(
        "„Gazeta Rzecznej”, Kraków, 20 listopada 2014 r.",
        [("„Gazeta Rzecznej”, Kraków, 20 listopada 2014 r", FULL)],
        id="a-year-with-its-abbreviated-word",
    ),
]


def test_a_pinpoint_after_see_stays_in_the_citation() -> None:
    (citation,) = parse("Ana Ruiz. *Los faros*. Ariel. Vigo. 2017, véase pp. 78–83.")
    assert citation.text.endswith("2017, véase pp. 78–83")
    assert citation.locator == "pp. 78–83"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *NAME_LIST_ROWS,
        *CONTAINER_ROWS,
        *ITALIC_AUTHOR_ROWS,
        *SENTENCE_ROWS,
        *YEAR_IN_TITLE_ROWS,
        *PERSONAL_ROWS,
    ],
)
def test_spans_and_kinds(text: str, expected: list[tuple[str, Kind]]) -> None:
    assert spans(text) == expected


def test_a_parts_pages_between_its_title_and_in() -> None:
    """British theology's notes: "‘Chapter’ (78-96) in Editors (eds.), Book, Place: Publisher"."""
    (citation,) = parse(
        "Anna Moss, ‘Bells and Towers: The Parish in the Town’ (78-96) in R.T. Hale and Omar "
        "Lund (eds.), Steeples of the North, Leeds: Northgate Press, 2001."
    )
    assert citation.entry_type == "incollection"
    assert citation.fields["pages"] == "78–96"
    assert citation.fields["editor"] == "Hale, R. T. and Lund, Omar"
    assert citation.fields["booktitle"] == "Steeples of the North"
    assert citation.fields["publisher"] == "Northgate Press"
