"""Reference-list entries in the usual styles -> fields (citekit.parse.reference)."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference

CASES = [
    (  # Chicago notes-bibliography, book
        "Scott, James C. *Seeing Like a State: How Certain Schemes to Improve the Human "
        "Condition Have Failed*. New Haven: Yale University Press, 1998.",
        "book",
        {"author": "Scott, James C.", "address": "New Haven",
         "publisher": "Yale University Press", "year": "1998"},
    ),
    (  # Chicago, article with two authors
        "Craik, F. I. M., and J. C. Rabinowitz. “Age Differences.” *Psychology and Aging* 3, "
        "no. 2 (1984): 101–12.",
        "article",
        {"author": "Craik, F. I. M. and Rabinowitz, J. C.", "journal": "Psychology and Aging",
         "volume": "3", "number": "2", "pages": "101–12", "year": "1984"},
    ),
    (  # Chicago, chapter
        "Fridenson, Patrick. “Reciprocity.” In *Business, Ethics and Institutions*, edited by "
        "Asli M. Colpan and Geoffrey Jones. Routledge, 2019.",
        "incollection",
        {"booktitle": "Business, Ethics and Institutions",
         "editor": "Colpan, Asli M. and Jones, Geoffrey", "publisher": "Routledge"},
    ),
    (  # APA, journal article
        "Belliveau, J. W., Kennedy Jr, D. N., & Rosen, B. R. (1991). Functional mapping of the "
        "human visual cortex. *Science*, *254*(5032), 716–719.",
        "article",
        {"author": "Belliveau, J. W. and Kennedy Jr, D. N. and Rosen, B. R.", "year": "1991",
         "title": "Functional mapping of the human visual cortex", "journal": "Science",
         "volume": "254", "number": "5032", "pages": "716–719"},
    ),
    (  # APA, chapter with editors before the book
        "Knoppers, G. N. (2000). Prayer and Propaganda. In G. N. Knoppers & J. G. McConville "
        "(Eds.), *Reconsidering Israel and Judah* (pp. 370–396). Eisenbrauns.",
        "incollection",
        {"editor": "Knoppers, G. N. and McConville, J. G.",
         "booktitle": "Reconsidering Israel and Judah", "pages": "370–396"},
    ),
    (  # MLA
        "Chi, Michelene T. H., et al. “Observing Tutorial Dialogues.” *Cognitive Science*, "
        "vol. 32, no. 2, 2008, pp. 301–41.",
        "article",
        {"author": "Chi, Michelene T. H. and others", "journal": "Cognitive Science",
         "volume": "32", "number": "2", "pages": "301–41", "year": "2008"},
    ),
    (  # Vancouver, numbered
        "[3] Duncan M, Lewandowsky S. The time course of response suppression. Memory. "
        "2005;13(3):236–46.",
        "article",
        {"author": "Duncan, M. and Lewandowsky, S.", "journal": "Memory", "volume": "13",
         "number": "3", "pages": "236–46", "year": "2005"},
    ),
    (  # Chicago author-date
        "Kirk, Alan. 2007. “Karl Polanyi and the Study of Ancient Social Relations.” "
        "*Journal of Biblical Literature* 126 (1): 182–91.",
        "article",
        {"author": "Kirk, Alan", "year": "2007", "journal": "Journal of Biblical Literature",
         "volume": "126", "number": "1", "pages": "182–91"},
    ),
    (  # Harvard
        "Smith, A. (2001) 'Chapter title', in Bloggs, J. (ed.) The Big Book. Oxford: "
        "Clarendon Press, pp. 81–95.",
        "incollection",
        {"title": "Chapter title", "editor": "Bloggs, J.", "booktitle": "The Big Book",
         "address": "Oxford", "publisher": "Clarendon Press", "pages": "81–95"},
    ),
    (  # semicolons between the names
        "Harley, J. B.; Woodward, David. The History of Cartography. Chicago: University of "
        "Chicago Press, 1987.",
        "book",
        {"author": "Harley, J. B. and Woodward, David", "title": "The History of Cartography"},
    ),
    (  # a thesis (APA)
        "Manning, J. R. (2011). *Acquisition, storage, and retrieval in digital and biological "
        "brains* [PhD thesis]. University of Pennsylvania.",
        "thesis",
        {"school": "University of Pennsylvania", "year": "2011"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entry_type", "expected"), CASES)
def test_reference_styles(text: str, entry_type: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == entry_type
    assert {k: found.fields.get(k) for k in expected} == expected


def test_same_author_dash_repeats_the_names_before() -> None:
    first = parse_reference("Anderson, Benedict. *Imagined Communities*. London: Verso, 2006.")
    second = parse_reference("———. *The Spectre of Comparisons*. London: Verso, 1998.", first.head)
    assert second.fields["author"] == "Anderson, Benedict"
    assert second.fields["title"] == "The Spectre of Comparisons"
    assert second.fields["year"] == "1998"


def test_editors_as_authors() -> None:
    found = parse_reference(
        "Horbury, William, W. D. Davies, and John Sturdy, eds. *The Early Roman Period*. "
        "Cambridge University Press, 1999."
    )
    assert found.fields["editor"] == "Horbury, William and Davies, W. D. and Sturdy, John"
    assert "author" not in found.fields


def test_web_page_with_access_date() -> None:
    found = parse_reference(
        "*1335 Basler Jude*. (n.d.). Retrieved May 13, 2022, from http://www.example.org/a."
    )
    assert found.entry_type == "online"
    assert found.fields == {
        "title": "1335 Basler Jude", "url": "http://www.example.org/a", "urldate": "2022-05-13"
    }  # fmt: skip
