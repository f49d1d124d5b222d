"""Scientific reference habits read in notes: an arXiv identifier, a publisher printed before
its town, an article's first page right after its year.

Invented titles, names and identifiers; real publishers' words and places (a place must be
known to count).
"""

from __future__ import annotations

import pytest

from citekit.parse.eprints import take_eprint
from citekit.parse.reference import parse_reference
from tests.parse.notes import parse


def _only(text: str) -> tuple[str, dict[str, str]]:
    (citation,) = parse(text)
    return citation.entry_type, citation.fields


@pytest.mark.parametrize(
    ("text", "eprint", "rest"),
    [
        pytest.param("Title, arXiv:2101.01234", "2101.01234", "Title", id="new-style"),
        pytest.param("Title, arXiv:hep-th/ 0101234.", "hep-th/0101234", "Title.", id="old-style"),
        pytest.param(
            "Title. arXiv preprint arXiv:1902.1234v2 [cs.CL], 2019.",
            "1902.1234v2",
            "Title. 2019.",
            id="preprint-words",
        ),
        pytest.param("Title. CoRR abs/1703.04567, 2017.", "1703.04567", "Title. 2017.", id="corr"),
        pytest.param(
            "Title. ArXiv, abs/2004.00987, 2020.", "2004.00987", "Title. 2020.", id="abs-comma"
        ),
        pytest.param("Title (arXiv:1105.5432).", "1105.5432", "Title.", id="bracketed"),
    ],
)
def test_take_eprint(text: str, eprint: str, rest: str) -> None:
    assert take_eprint(text) == (rest, {"eprint": eprint, "eprinttype": "arxiv"})


def test_no_eprint_leaves_text() -> None:
    assert take_eprint("Arxiviste, Les papiers de Vornac, 1990") == (
        "Arxiviste, Les papiers de Vornac, 1990",
        {},
    )


@pytest.mark.parametrize(
    "text",
    [
        "T. Quillan, Lattice sums on twisted tori, arXiv:1811.04321.",
        "Orla Vance and Ned Pyke. Sparse probes of token drift. arXiv preprint arXiv:2003.01122, "
        "2020.",
        "Vance, O., and Pyke, N. Sparse probes of token drift. ArXiv, abs/2003.01122, 2020.",
    ],
)
def test_preprint_alone_is_no_book(text: str) -> None:
    entry_type, fields = _only(text)
    assert entry_type in ("misc", "unpublished")  # a preprint: no book, no article
    assert fields["eprint"] in ("1811.04321", "2003.01122")
    assert "year" not in fields or fields["year"] == "2020"  # never "1811" or "0112"
    assert not {"publisher", "address", "journal"} & set(fields)


def test_preprint_of_a_published_article_stays_article() -> None:
    entry_type, fields = _only(
        "T. Quillan, Lattice sums on twisted tori, J. Math. Phys. 58 (2017) 2731 [arXiv:1611.0042]."
    )
    assert entry_type == "article"
    assert fields["journal"] == "J. Math. Phys."[:-1]
    assert fields["eprint"] == "1611.0042"


def test_reference_entry_preprint() -> None:
    entry = parse_reference("Pyke, N. (2021). Drift in the lexicon. CoRR abs/2106.05555.")
    assert entry.entry_type == "misc"
    assert entry.fields["year"] == "2021"
    assert "publisher" not in entry.fields


@pytest.mark.parametrize(
    ("text", "publisher", "address"),
    [
        pytest.param(
            "T. Quillan, Harmonic Tables. Cambridge University Press, Cambridge, 1999.",
            "Cambridge University Press",
            "Cambridge",
            id="press-then-town",
        ),
        pytest.param(
            "Quillan, T., Harmonic Tables, MIT Press, Cambridge, MA, 1990.",
            "MIT Press",
            "Cambridge, MA",
            id="town-and-state",
        ),
        pytest.param(
            "T. Quillan. Harmonic Tables. The University of Chicago Press, Chicago, 1984.",
            "The University of Chicago Press",
            "Chicago",
            id="sentence-then-town",
        ),
    ],
)
def test_publisher_before_its_town(text: str, publisher: str, address: str) -> None:
    entry_type, fields = _only(text)
    assert entry_type == "book"
    assert fields["title"] == "Harmonic Tables"
    assert (fields["publisher"], fields["address"]) == (publisher, address)


def test_town_then_publisher_unchanged() -> None:
    _, fields = _only("T. Quillan, Harmonic Tables, Cambridge, MA: MIT Press, 1990.")
    assert (fields["publisher"], fields["address"]) == ("MIT Press", "Cambridge, MA")


def test_first_page_after_the_year_is_the_articles() -> None:
    _, fields = _only("T. Quillan, Lattice sums on twisted tori, Nucl. Phys. B 912 (2016) 4417.")
    assert fields["pages"] == "4417"
    (citation,) = parse("T. Quillan, Lattice sums on twisted tori, Nucl. Phys. B 912 (2016) 4417.")
    assert citation.locator is None


def test_pinpoint_set_off_from_the_year_stays_a_pinpoint() -> None:
    (citation,) = parse("Ida Marsh, “Ledgers of the Fens,” Fenland Review 12 (1998): 41.")
    assert citation.locator == "41"
    assert "pages" not in citation.fields
