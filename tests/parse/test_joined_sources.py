"""Two sources in one sentence, joined by a word after a comma or a link, and German access dates.

Our own example notes, one habit a row (issue 10, real published Markdown): a row the parser
gets wrong fails.
"""

from __future__ import annotations

import pytest

from citekit.model import Kind
from citekit.parse.imprint import iso_date
from citekit.parse.joinprose import source_after_prose
from citekit.parse.patterns import ACCESSED_RE
from tests.parse.notes import parse

FULL, SHORT = Kind.FULL, Kind.SHORT


def spans(text: str) -> list[str]:
    return [c.text for c in parse(text)]


JOIN_ROWS = [
    pytest.param(
        "Vgl. Weber, Hanna: Brücken und Fähren am Oberrhein, Freiburg 1994, S. 33, sowie Lund, "
        "Peter: Harbour Towns of the Baltic, London 1981, S. 12.",
        [
            "Weber, Hanna: Brücken und Fähren am Oberrhein, Freiburg 1994, S. 33",
            "Lund, Peter: Harbour Towns of the Baltic, London 1981, S. 12",
        ],
        id="comma-sowie-after-a-pinpoint",
    ),
    pytest.param(
        'See Weber, "Ferry Tolls," (2007), *available at* https://example.org/tolls.html and '
        'Lund, "Harbour Dues," (2009), *available at* https://example.org/dues.html.',
        [
            'Weber, "Ferry Tolls," (2007), *available at* https://example.org/tolls.html',
            'Lund, "Harbour Dues," (2009), *available at* https://example.org/dues.html',
        ],
        id="and-after-a-link",
    ),
    pytest.param(
        "See *Letters of the Ferrymen*, ed. Hanna Weber (Basel: Schwabe, 1994), 33-35 (hereafter "
        "*LF*), and Lund, *Harbour Towns*, 12.",
        [
            "*Letters of the Ferrymen*, ed. Hanna Weber (Basel: Schwabe, 1994), 33-35 "
            "(hereafter *LF*)",
            "Lund, *Harbour Towns*, 12",
        ],
        id="comma-and-after-a-bracket",
    ),
    pytest.param(
        "Vgl. Weber, Hanna: Brücken, Freiburg 1994, S. 33, sowie rheinfaehren.de, Fähren am "
        "Oberrhein, https://rheinfaehren.de/geschichte (letzter Zugriff: 11.03.22).",
        [
            "Weber, Hanna: Brücken, Freiburg 1994, S. 33",
            "rheinfaehren.de, Fähren am Oberrhein, https://rheinfaehren.de/geschichte "
            "(letzter Zugriff: 11.03.22)",
        ],
        id="comma-sowie-before-a-site-named-by-its-domain",
    ),
    pytest.param(
        "Weber, Hanna: Brücken, Freiburg 1994, S. 33; sowie Lund, Peter: Harbour Towns, "
        "London 1981, S. 12.",
        [
            "Weber, Hanna: Brücken, Freiburg 1994, S. 33",
            "Lund, Peter: Harbour Towns, London 1981, S. 12",
        ],
        id="sowie-opening-the-next-source-after-a-semicolon",
    ),
    pytest.param(
        "Hanna Weber, Ferry Tolls on the Rhine (Basel: Schwabe, 1994). For a critique of the "
        "toll-book framework, see Peter Lund, *Harbour Towns* (London: Methuen, 1981), 12.",
        [
            "Hanna Weber, Ferry Tolls on the Rhine (Basel: Schwabe, 1994)",
            "Peter Lund, *Harbour Towns* (London: Methuen, 1981), 12",
        ],
        id="a-sentence-of-comment-leads-to-the-next-source",
    ),
    pytest.param(
        "Vgl. Hanna Weber, „Fähren am Oberrhein“, Alemannia 12 (1994): 1–10, und jüngst für den "
        "Kontext der Ostsee Peter Lund und Ada Grey, „Harbour Towns“, in Dies., Hgg., Baltic "
        "Ports (Berlin, 2017), 1–19.",
        [
            "Hanna Weber, „Fähren am Oberrhein“, Alemannia 12 (1994): 1–10",
            "Peter Lund und Ada Grey, „Harbour Towns“, in Dies., Hgg., Baltic Ports "
            "(Berlin, 2017), 1–19",
        ],
        id="und-then-prose-before-two-authors",
    ),
    pytest.param(
        "Vgl. Hanna Weber, Fähren am Oberrhein (Freiburg, 1994), 253–342, außerdem zum "
        "Hafenrecht exemplarisch Peter Lund, „Harbour Dues“, Baltic Law 35 (2014): 12.",
        [
            "Hanna Weber, Fähren am Oberrhein (Freiburg, 1994), 253–342",
            "Peter Lund, „Harbour Dues“, Baltic Law 35 (2014): 12",
        ],
        id="ausserdem-then-prose-before-the-author",
    ),
    pytest.param(
        "See Tom Ash, “Pruning,” *Orchard Review* 4 (1990): 1–10, and more recently in the "
        "context of cider Jane Roe and Ben Lowe, “Presses,” in *Cider* (Leeds, 2017), 1–19.",
        [
            "Tom Ash, “Pruning,” *Orchard Review* 4 (1990): 1–10",
            "Jane Roe and Ben Lowe, “Presses,” in *Cider* (Leeds, 2017), 1–19",
        ],
        id="and-then-prose-before-two-authors",
    ),
    pytest.param(
        "Lund, *Harbour Towns* (London: Methuen, 1981), and *Baltic Ports* (London: Methuen, "
        "1985).",
        [
            "Lund, *Harbour Towns* (London: Methuen, 1981)",
            "*Baltic Ports* (London: Methuen, 1985)",
        ],
        id="comma-and-before-a-title-alone-is-the-same-author",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOIN_ROWS)
def test_joined_sources_are_cut_apart(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_title_after_comma_and_keeps_the_author_before() -> None:
    second = parse(JOIN_ROWS[-1].values[0])[1]
    assert second.fields.get("author") == "Lund"


ACCESS_ROWS = [
    ("Stand: 06.08.2020", "2020-08-06"),
    ("(letzter Zugriff: 11.03.22)", "2022-03-11"),
    ("Zugriff am 26.04.2022", "2022-04-26"),
]


@pytest.mark.parametrize(("text", "iso"), ACCESS_ROWS)
def test_german_access_dates(text: str, iso: str) -> None:
    match = ACCESSED_RE.search(f"Fähren am Oberrhein, https://rheinfaehren.de/x, {text}.")
    assert match is not None
    assert iso_date(match.group("date")) == iso


def test_the_noun_stand_in_prose_is_no_access_date() -> None:
    assert ACCESSED_RE.search("Der Stand der Forschung 2020 ist dürftig.") is None


def test_a_page_with_its_site_and_access_date_is_one_citation() -> None:
    text = "Siehe Fähren - Rheinarchiv, https://rheinarchiv.example.org/faehren, Stand: 06.07.2020."
    (citation,) = parse(text)
    assert citation.text.startswith("Fähren - Rheinarchiv")
    assert citation.fields["urldate"] == "2020-07-06"


def test_inverted_names_listed_with_semicolons_are_one_author_list() -> None:
    (citation,) = parse(
        "Weber, Hanna; Lund, Peter; Kessler, Anna: Fähren am Oberrhein, in: Basler Beiträge zur "
        "Verkehrsgeschichte, Bd. 4, 2016, S. 12 f."
    )
    assert citation.fields["author"] == "Weber, Hanna and Lund, Peter and Kessler, Anna"


def test_a_semicolon_between_two_sources_still_parts_them() -> None:
    assert spans("Weber, *Brücken*, S. 3; Lund, Peter: Harbour Towns, London 1981, S. 12.") == [
        "Weber, *Brücken*, S. 3",
        "Lund, Peter: Harbour Towns, London 1981, S. 12",
    ]


def test_a_bare_year_before_comma_et_keeps_a_list_of_books_together() -> None:
    text = (
        "Anna Kessler, *Fähren am Oberrhein*, Basel, Schwabe, 2015, et Peter Lund (éd.), "
        "*Ports de la Baltique*, Paris, Belin, 2017."
    )
    assert len(parse(text)) == 1


@pytest.mark.parametrize(
    "tail",
    [
        "Lund, „Harbour Dues“, Baltic Law 35 (2014): 12.",  # a source at once: nothing to skip
        "im Jahr 1990 Peter Lund, „Harbour Dues“, Baltic Law 35 (2014): 12.",  # a number in it
        "so: wie Peter Lund, „Harbour Dues“, Baltic Law 35 (2014): 12.",  # a mark in it
        "so, wie in „Harbour Dues“, Baltic Law 35 (2014): 12.",  # a comma, then no name
    ],
)
def test_only_words_of_prose_are_skipped_before_a_source(tail: str) -> None:
    assert source_after_prose(tail) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roldán, *Los concejos de la sierra*, Salamanca, Univ. de Salamanca, 1990, vol. I, "
        "pp. 12-40, y para la organización de la Tierra de Segovia, ibídem, vol. II, p. 34.",
        "Tom Ashby, *A History of Fairs* (London: Fenwick, 1990), 12–15, and for the later "
        "period, ibid., 45–67.",
    ],
)
def test_an_ibid_after_a_join_word_and_a_few_words_of_prose_is_its_own(text: str) -> None:
    first, second = parse(text)
    assert second.kind == Kind.IBID
    assert second.text.startswith(("ibídem", "ibid."))
    assert first.locator in ("vol. I, pp. 12-40", "12–15")
