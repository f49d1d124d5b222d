"""Reference-list styles read in notes (issue 16): each row one style's habit, its fields."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # APA's paper: its book after "In", pages in parentheses
            "Rowe, A. and Hale, C. (1999). Pruning at dusk. In Proceedings of the 3rd "
            "Conference on Orchards (pp. 33-56). Boston, MA: ACM.",
            {"booktitle": "Proceedings of the 3rd Conference on Orchards", "pages": "33–56"},
        ),
        (  # Springer: "pp" without its period
            "Rowe A (1999) Pruning at dusk. In: Hale C (ed) Handbook of orchards. Wiley, "
            "New York, pp 33-56",
            {"publisher": "Wiley", "address": "New York", "pages": "33–56"},
        ),
        (  # LNCS: the year in parentheses closing the imprint
            "Rowe, A.: Pruning at Dusk. Springer, Heidelberg (1999)",
            {"publisher": "Springer", "address": "Heidelberg", "year": "1999"},
        ),
        (  # Elsevier: "Title, in: Book"
            "Rowe, A., 1999. Pruning at dusk, in: Proceedings of the 3rd Conference on "
            "Orchards. ACM, New York, pp. 33–56.",
            {"title": "Pruning at dusk", "publisher": "ACM", "address": "New York"},
        ),
        (  # ACS: a book's title closed by a semicolon
            "Rowe, A.; Hale, C. Pruning at Dusk; Orchard Press: Boston, 1999.",
            {"title": "Pruning at Dusk", "publisher": "Orchard Press", "address": "Boston"},
        ),
        (  # Harvard (Australian): bare initials, the year and a comma
            "Rowe, A & Hale, C 1999, 'Pruning at dusk', Journal of Orchards, vol. 12, no. "
            "3, pp. 33-56.",
            {"author": "Rowe, A and Hale, C", "year": "1999", "journal": "Journal of Orchards"},
        ),
        (  # a publisher, then a town of the gazetteer
            "Rowe, A., Potature al tramonto, Queriniana, Brescia, 1970.",
            {"publisher": "Queriniana", "address": "Brescia"},
        ),
        (  # a publisher's word, then its place with no comma
            "Rowe, A. 1999. Pruning at Dusk. Westview Press Boulder, CO.",
            {"publisher": "Westview Press", "address": "Boulder, CO"},
        ),
        (  # editors closed by "eds." and a period
            "Rowe, A. 1999. Pruning at dusk. In C. Hale and D. Lund, eds. Handbook of "
            "Orchards. New York: Wiley, pp. 33-56.",
            {"editor": "Hale, C. and Lund, D.", "booktitle": "Handbook of Orchards"},
        ),
        (  # a paper presented at a meeting: its container, no journal
            "Rowe, A. (2012, October). Pruning at dusk. Paper presented at NWAV 41.",
            {"booktitle": "Paper presented at NWAV 41"},
        ),
        (  # an older journal's roman volume
            'Rowe, A. "Pruning at Dusk." Orchard Review, XLIII (January-February, 1965), '
            "pp. 49-62.",
            {"journal": "Orchard Review", "volume": "XLIII", "pages": "49–62"},
        ),
        (  # the first name inverted, the others in direct order
            "Rowe, Anne L., Carl Hale and Dan O. Lund, Pruning at dusk. Orchard Letters, "
            "v. 27, no. 8, pp. 1223-1226, 2000.",
            {"author": "Rowe, Anne L. and Hale, Carl and Lund, Dan O."},
        ),
    ],
)
def test_a_listed_style_gives_its_fields(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected
