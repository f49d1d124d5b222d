"""Reference-list entries whose names are editors, or whose container's editors follow
its title (citekit.parse.refnames, citekit.parse.refbody). Entries written for these tests."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # computing list: one editor, "editor." closing the names
        "B. Okafor, editor. Query Planning for Shared Archives. Harbour Press, 2004.",
        {
            "editor": "Okafor, B.",
            "title": "Query Planning for Shared Archives",
            "publisher": "Harbour Press",
            "year": "2004",
        },
    ),
    (  # several editors in direct order, then "editors."
        "Ines Varga, Tomas Lind, and Ruth Adeyemi, editors. Proc. Fourth Workshop on Tidal "
        "Data. Northgate University Press, 2011.",
        {"editor": "Varga, Ines and Lind, Tomas and Adeyemi, Ruth", "year": "2011"},
    ),
    (  # "(editors)." after two names with initials
        "K. L. Moreau and J.-P. Sand (editors). Methods for Sparse Sampling. Fenwick "
        "Publications, 1999.",
        {
            "editor": "Moreau, K. L. and Sand, J.-P.",
            "title": "Methods for Sparse Sampling",
            "publisher": "Fenwick Publications",
        },
    ),
    (  # Chicago: "Family, Given, ed."
        "Halloran, P., ed. Estudios del litoral. Montevideo: Editorial Sur, 2013.",
        {
            "editor": "Halloran, P.",
            "title": "Estudios del litoral",
            "address": "Montevideo",
            "publisher": "Editorial Sur",
            "year": "2013",
        },
    ),
    (  # "(ed.)," then a comma-ended title
        "Marta Quell, Jonas Birk (ed.), Rivers and Rules: Essays on Water Law, Riverside "
        "University Press, 2006, 210 pp.",
        {
            "editor": "Quell, Marta and Birk, Jonas",
            "title": "Rivers and Rules: Essays on Water Law",
            "publisher": "Riverside University Press",
            "year": "2006",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_editors_open_the_entry(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert "author" not in fields
    assert {k: fields.get(k) for k in expected} == expected


def test_a_revised_edition_is_no_editor() -> None:
    fields = parse_reference(
        "Ashdown, Clara M. The Ledger and the Loom, Rev. ed. Leeds: Wharf Books, 1971."
    ).fields
    assert fields.get("author") == "Ashdown, Clara M."
    assert "editor" not in fields


AFTER_TITLE = [
    (  # Chicago author-date: "In Book, eds. Names, pages."
        "Quist, Hanne, and Paul Ebner. 2009. Sorting river sediments. In Methods of the "
        "Lower Delta, eds. Omar Reyes, Lena Falk, and Piet van Aken, 112–30. Leiden: Deltares.",
        {
            "editor": "Reyes, Omar and Falk, Lena and van Aken, Piet",
            "booktitle": "Methods of the Lower Delta",
            "publisher": "Deltares",
        },
    ),
    (  # MLA: "Book. Ed. Names. Place: Publisher"
        'Orrin, T. J. "Counting Gulls." Shore Birds of the North. Ed. A. B. Lamont and '
        "C. D. Frey. Aberdeen: Coastline Press, 1997. 44-61.",
        {"editor": "Lamont, A. B. and Frey, C. D.", "publisher": "Coastline Press"},
    ),
    (  # IEEE: the editor in parentheses after the book's title
        'H. Ostrow and L. Penn, "Noise in Layered Sensors," in Sensor Arrays: Theory and '
        "Practice (K. Mbeki, ed.), pp. 40-58, Granite Press, 2001.",
        {
            "editor": "Mbeki, K.",
            "booktitle": "Sensor Arrays: Theory and Practice",
            "pages": "40–58",
            "publisher": "Granite Press",
        },
    ),
    (  # names, then "(Eds.)" after a book's volume
        "Tarrant, Rolf. (1988). Grouping by shape. Progress in Image Study, Vol. 2, Nadia K. "
        "Osei and Brent Hollis (Eds.). Amsterdam: Kestrel, pp. 10-29.",
        {"editor": "Osei, Nadia K. and Hollis, Brent", "volume": "2", "publisher": "Kestrel"},
    ),
    (  # no "In": the book's editors, inverted, before "eds.,"; its publisher after a comma;
        # the year alone after the pages
        "Vance, R. S., Ripples in tidal sand. Moss, B.K. and Hale, N.M., eds., Shore Dynamics "
        "of the North, Tern Book Corp., Halifax, NS, pp. 267-285. 1968.",
        {
            "title": "Ripples in tidal sand",
            "editor": "Moss, B.K. and Hale, N.M.",
            "booktitle": "Shore Dynamics of the North",
            "publisher": "Tern Book Corp.",
            "address": "Halifax, NS",
            "pages": "267–285",
            "year": "1968",
        },
    ),
    (  # names after a comma, a title with commas up to "In"; "edited by" names in inverted
        # order whose last initial's period runs on into the place
        "Birk L., Moss C., and Hale D., Sands of the northern shore, Wales - A second look. "
        "In Shore Studies IV, edited by Okafor R. L. and Lund W. U. Bangor: Tidal Society, "
        "pp. 443-469. 2010.",
        {
            "title": "Sands of the northern shore, Wales - A second look",
            "booktitle": "Shore Studies IV",
            "editor": "Okafor, R. L. and Lund, W. U.",
            "address": "Bangor",
            "publisher": "Tidal Society",
        },
    ),
    (  # an edition in words after the book's editors is no part of the book's title
        "Lund, E.E., Moss, G.W., 2009. Gulls. In: A Manual of Shore Birds, Moss G.W and D.E. "
        "Hale Eds., Third Edition. Northgate University Press, Leeds, pp.124-232.",
        {
            "booktitle": "A Manual of Shore Birds",
            "edition": "Third",
            "publisher": "Northgate University Press",
        },
    ),
    (  # a plain title whose quoted last part closes with its period; editors with "et al."
        "Marsh, Tilda. Stories: “The Quay,” “The Lantern.” Edited by Rolf Lund, Ines Birk, et "
        "al. Leeds: Northgate Press, 1982.",
        {
            "title": "Stories: “The Quay,” “The Lantern”",
            "editor": "Lund, Rolf and Birk, Ines and others",
            "publisher": "Northgate Press",
        },
    ),
    (  # editors joined by Italian "e"
        "Quaglia, Anna, “Le maree”, in: Paolo Brina e Marco Sorel (ed.), Studi sul mare, "
        "Marinara, Genova, 1970, 11-30.",
        {"editor": "Brina, Paolo and Sorel, Marco", "title": "Le maree"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_TITLE)
def test_editors_after_the_book_title(text: str, expected: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert {k: fields.get(k) for k in expected} == expected


def test_an_edition_after_a_publisher_is_no_editor() -> None:
    fields = parse_reference("Marrow, Ines. Les quais. Paris: Seuil, Ed. 1990.").fields
    assert "editor" not in fields
