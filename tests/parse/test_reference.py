"""Reference-list entries in the usual styles -> fields (citekit.parse.reference)."""

from __future__ import annotations

import pytest

from citekit.parse import reftail
from citekit.parse.reference import parse_reference
from citekit.parse.refnames import read_head

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
         "volume": "3", "number": "2", "pages": "101–112", "year": "1984"},
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
         "volume": "32", "number": "2", "pages": "301–341", "year": "2008"},
    ),
    (  # Vancouver, numbered
        "[3] Duncan M, Lewandowsky S. The time course of response suppression. Memory. "
        "2005;13(3):236–46.",
        "article",
        {"author": "Duncan, M. and Lewandowsky, S.", "journal": "Memory", "volume": "13",
         "number": "3", "pages": "236–246", "year": "2005"},
    ),
    (  # Chicago author-date
        "Kirk, Alan. 2007. “Karl Polanyi and the Study of Ancient Social Relations.” "
        "*Journal of Biblical Literature* 126 (1): 182–91.",
        "article",
        {"author": "Kirk, Alan", "year": "2007", "journal": "Journal of Biblical Literature",
         "volume": "126", "number": "1", "pages": "182–191"},
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
    (  # Vancouver: hyphenated initials, a journal with a colon, no period before the year
        "Moreau J-P, Okafor AB. Tides in a small harbour. Journal of Coastal Studies: Series B "
        "1987;41:112--19.",
        "article",
        {"author": "Moreau, J.-P. and Okafor, A. B.", "journal": "Journal of Coastal Studies: "
         "Series B", "volume": "41", "pages": "112–119", "year": "1987"},
    ),
    (  # Vancouver: year and pages, no volume
        "Petrova NV. Grain prices in a river town. Istoricheskii vestnik 1972:33--48.",
        "article",
        {"journal": "Istoricheskii vestnik", "pages": "33–48", "year": "1972"},
    ),
    (  # Vancouver: "In:" editors, a book title with a sentence in it, place with a state
        "Hale R. Ferries and fares. In: Lund K, Oduya T, editors. Crossings. Water transport "
        "in towns, 1700-1900, Burlington, VT: Lakeside; 2011, p. 45--67.",
        "incollection",
        {"editor": "Lund, K. and Oduya, T.", "booktitle": "Crossings. Water transport in towns, "
         "1700-1900", "address": "Burlington, VT", "publisher": "Lakeside", "pages": "45–67"},
    ),
    (  # Vancouver: a chapter printed without "In"
        "Hale R. Ferries. River Crossings: A Survey, Albany: Lakeside; 2011, p. 5--17.",
        "incollection",
        {"title": "Ferries", "booktitle": "River Crossings: A Survey", "address": "Albany",
         "publisher": "Lakeside", "pages": "5–17", "year": "2011"},
    ),
    (  # Vancouver: editors heading the entry, particles before the family name
        "van den Berg PA, Ito K, editors. Harbour Lights. Leiden: Lakeside; 2003.",
        "book",
        {"editor": "van den Berg, P. A. and Ito, K.", "title": "Harbour Lights"},
    ),
    (  # Vancouver: a year after an undated-looking title, a linked title
        "Okafor AB. Harbour lights at the river mouth 2016. http://example.org/a.html.",
        "online",
        {"title": "Harbour lights at the river mouth", "year": "2016",
         "url": "http://example.org/a.html"},
    ),
    (  # MLA: the editors end where the publisher begins; "et al."
        "Lund, Karin. “Ferries.” *River Crossings*, edited by Tomas Oduya et al., Lakeside, "
        "2011, pp. 45–67.",
        "incollection",
        {"editor": "Oduya, Tomas and others", "publisher": "Lakeside", "pages": "45–67"},
    ),
    (  # MLA: one editor, then the publisher
        "Lund, Karin. “Ferries.” *River Crossings*, edited by Tomas Oduya, Lakeside, 2011.",
        "incollection",
        {"editor": "Oduya, Tomas", "publisher": "Lakeside", "year": "2011"},
    ),
    (  # a quoted phrase opening a plain title is no quoted title; no imprint: misc
        "Hale R. “Bring the Boats”: Ferrymen and Their Towns n.d.",
        "misc",
        {"title": "“Bring the Boats”: Ferrymen and Their Towns"},
    ),
    (  # a title and a year alone name no book (a corpus, a report); an italic one does
        "Lund, K., & Hale, R. (2006). The Quayside Corpus of Ferry Talk.",
        "misc",
        {"author": "Lund, K. and Hale, R.", "title": "The Quayside Corpus of Ferry Talk"},
    ),
    (
        "Lund, K. (2006). *The Quayside Corpus of Ferry Talk*.",
        "book",
        {"title": "The Quayside Corpus of Ferry Talk", "year": "2006"},
    ),
    (  # Chicago: a single-quoted chapter, then "In" its book, edited and translated by
        "Lund, Karin M. ‘Ferries at Dusk’. In The River Crossings: Four Essays, edited by "
        "Tomas Oduya, translated by Rita Hale. Leeds: Tern Press, 1990.",
        "incollection",
        {"author": "Lund, Karin M.", "title": "Ferries at Dusk",
         "booktitle": "The River Crossings: Four Essays", "editor": "Oduya, Tomas",
         "publisher": "Tern Press", "address": "Leeds"},
    ),
    (  # the chapter's pages between its title and its book's "in"
        "Lund, Karin, ‘Ferries at Dusk’ (45-67) in T. Oduya (ed.), River Crossings, Leeds: "
        "Tern Press, 1990.",
        "incollection",
        {"pages": "45–67", "editor": "Oduya, T.", "booktitle": "River Crossings"},
    ),
    (  # a link's introducer is no place: "Available:", "URL:", "Online: … (accessed …)"
        "Lund, K. (2013). Ferries at dusk. URL: http://example.org/ferries",
        "online",
        {"url": "http://example.org/ferries", "address": None},
    ),
    (
        "Lund, Karin. 2011. “Ferries at Dusk.” Harbour News, 7 March. Online: "
        "http://example.org/ferries (accessed 20 March 2012).",
        "online",
        {"address": None, "urldate": "2012-03-20"},
    ),
    (  # an inverted name's initial ends it before a title's first word and its comma
        "Hale, Rita J. Quays, a History of the Leeds Waterfront. Leeds: Tern Press, 1990.",
        "book",
        {"author": "Hale, Rita J.", "title": "Quays, a History of the Leeds Waterfront"},
    ),
    (  # APA dates a newspaper's piece by its issue: the sentence after the title is the paper
        "Lund, K. (1998, September 5). Ferries at dusk. The Harbour Times: Weekend, p. 6.",
        "article",
        {"journal": "The Harbour Times: Weekend", "pages": "6", "year": "1998"},
    ),
    (  # a book's count of pages is its pages
        "Hale, Rita. Quays and Tides. Leeds: Tern Press, 1990. 368 pp.",
        "book",
        {"pages": "368", "publisher": "Tern Press", "year": "1990"},
    ),
    (  # APA's entry in an encyclopedia with no "In"; a suffix after the initials
        "Lund, K. M., Jr. (1980). Ferries. Harbour encyclopedia. (pp. 150-155). Leeds: Tern.",
        "incollection",
        {"author": "Lund, K. M. Jr", "booktitle": "Harbour encyclopedia", "pages": "150–155",
         "publisher": "Tern"},
    ),
    (  # "A." is an initial, not a title's article; a family of two joined by a particle
        "Karin A. Lund, U. Nunes da Rocha, Ferries at Dusk, Harbour Studies, 12(3), 45-67.",
        "article",
        {"author": "Lund, Karin A. and Nunes da Rocha, U.", "journal": "Harbour Studies"},
    ),
    (  # Harvard: italic "et al.", a quoted title closed by a comma, a journal with a colon
        "Lund, K. *et al.* (1999) \"Ferries at dusk,\" *Harbour Studies: Boats, Quays, and "
        "Towns*, 12(3), pp. 45--67.",
        "article",
        {"author": "Lund, K. and others", "journal": "Harbour Studies: Boats, Quays, and Towns",
         "volume": "12", "number": "3", "pages": "45–67", "year": "1999"},
    ),
    (  # Harvard: "Available at:" before a link, a series after the publisher
        "Oduya, T. (2014) *River Crossings*. Albany: Lakeside Press (River Studies, 4). "
        "Available at: <https://example.org/rc>.",
        "book",
        {"address": "Albany", "publisher": "Lakeside Press", "url": "https://example.org/rc"},
    ),
    (  # MLA in plain text: a quoted chapter, its book's title unmarked before "edited by"
        "Lund, Karin. “Ferries at Dusk.” Harbour Towns, edited by T. Oduya and R. Hale, "
        "Lakeside, 2011, pp. 45–67.",
        "incollection",
        {"booktitle": "Harbour Towns", "editor": "Oduya, T. and Hale, R.", "pages": "45–67"},
    ),
    (  # MLA: a year after the title is no author-date year
        "Oduya, Tomas K. River Crossings. 1988. Lakeside University, PhD thesis.",
        "thesis",
        {"author": "Oduya, Tomas K.", "title": "River Crossings", "year": "1988"},
    ),
    (  # Chicago in plain text: a journal's name with a subtitle, before volume and issue
        "Lund, Karin. “Ferries at Dusk.” Journal of Harbour Studies: Series B 41, no. 3 "
        "(1987): 112–19.",
        "article",
        {"journal": "Journal of Harbour Studies: Series B", "volume": "41", "number": "3",
         "pages": "112–119", "year": "1987"},
    ),
    (  # a thesis (APA)
        "Manning, J. R. (2011). *Acquisition, storage, and retrieval in digital and biological "
        "brains* [PhD thesis]. University of Pennsylvania.",
        "thesis",
        {"school": "University of Pennsylvania", "year": "2011"},
    ),
    (  # a quoted part of the title with an apostrophe inside, the rest after its "?"
        "Moss, L., et al. (2004). ‘Who’s counting’? Gulls on the northern shore. In L. Moss & "
        "J. Hale (Eds.), The shore book. London: Tern.",
        "incollection",
        {"title": "‘Who’s counting’? Gulls on the northern shore", "editor":
         "Moss, L. and Hale, J.", "booktitle": "The shore book", "publisher": "Tern"},
    ),
    (  # an apostrophe inside a word closes no single quotation mark
        "Hale, N. 2001. ‘The gull’s flight’, Harbour Review 12: 1–9.",
        "article",
        {"title": "The gull’s flight", "journal": "Harbour Review"},
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


def test_numbered_list_entries_are_not_notes(tmp_path) -> None:
    from citekit.pipeline import extract

    doc = tmp_path / "refs.md"
    doc.write_text(
        "# Essay\n\nText.\n\n## References\n\n"
        "\\[1\\] Hale R. Ferries and fares. Lakeside Quarterly 2011;4:45--67.\n\n"
        "\\[2\\] Lund K. River Crossings. Albany: Lakeside; 2009.\n",
        encoding="utf-8",
    )
    report = extract(doc)
    assert report.notes == ()
    titles = sorted(w.fields["title"] for w in report.works)
    assert titles == ["Ferries and fares", "River Crossings"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Graham, R. Bounds on multiprocessing timing anomalies. SIAM Journal on Applied "
            "Mathematics, 17 416 - 429, 1969.",
            {"journal": "SIAM Journal on Applied Mathematics", "volume": "17",
             "pages": "416–429", "year": "1969"},
            id="volume-pages-year-without-marks",
        ),
        pytest.param(
            "Boucher, O., and G. Myhre. Direct human influence of irrigation. Clim. Dynam., "
            "22, 597-603, 2004.",
            {"journal": "Clim. Dynam", "volume": "22", "pages": "597–603", "year": "2004"},
            id="the-year-after-the-pages",
        ),
        pytest.param(
            "Berlekamp, E. “Factoring polynomials over large finite fields.” Mathematics of "
            "Computation, Vol. 24, No. 111, pp. 713-735 (1970).",
            {"journal": "Mathematics of Computation", "volume": "24", "number": "111",
             "pages": "713–735", "year": "1970"},
            id="vol-no-pp-and-the-year-in-parentheses",
        ),
    ],
)  # fmt: skip
def test_science_list_articles(text: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == "article"
    assert {name: found.fields.get(name) for name in expected} == expected


def test_a_day_and_month_after_a_periodical_are_no_volume() -> None:
    found = parse_reference(
        "Osborne, Lawrence. “Poison Pen.” *Salon*, March 29, 2000. http://www.salon.com/x.html."
    )
    assert found.fields["journal"] == "Salon"
    assert "volume" not in found.fields


def test_a_paper_in_proceedings_is_inproceedings() -> None:
    found = parse_reference(
        "Peot, M., and D. E. Smith. Threat-removal strategies for partial-order planning. In "
        "Proceedings of the Eleventh National Conference on Artificial Intelligence, 492-499, 1993."
    )
    assert found.entry_type == "inproceedings"
    assert found.fields["booktitle"].startswith("Proceedings of the Eleventh National")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Harry Heffes and David Lucantoni. A markov modulated characterization. 1986.",
         ("Heffes, Harry", "Lucantoni, David")),
        ("Card, S. K., Robertson, G. G., Mackinlay, J. D., The Information Visualizer, CHI, 1991.",
         ("Card, S. K.", "Robertson, G. G.", "Mackinlay, J. D.")),
        ("Ferrière L., Koeberl C., and Mader D., Geochemistry of basement rocks, 2008.",
         ("Ferrière, L.", "Koeberl, C.", "Mader, D.")),
        ("Bower, G. H., et al. “Grouping Operations in Free Recall.” *Journal*, vol. 8, 1969.",
         ("Bower, G. H.", "others")),
        # Vancouver's initials run together: the last "Lund M." is no direct "Larry D."
        ("Orlam AM, Lund M. Tin and decreased wall strength. J Tin Res 2000; 105:915-923.",
         ("Orlam, A. M.", "Lund, M.")),
        # a capitalised particle in a direct-order name: "A. El Abbadi", "K. De Vries"
        ("T. Orlam, A. El Lund, and K. De Vries. Tin walls. In Proc. Tin Conf., 1-9, 1997.",
         ("Orlam, T.", "El Lund, A.", "De Vries, K.")),
    ],
)  # fmt: skip
def test_names_blocks(text: str, people: tuple[str, ...]) -> None:
    assert read_head(text).people == people


@pytest.mark.parametrize(
    ("imprint", "publisher", "address"),
    [
        ("Addison-Wesley, Reading, MA, second edition, 1986.", "Addison-Wesley", "Reading, MA"),
        ("MIT Press, Cambridge, Mass., 1994.", "MIT Press", "Cambridge, Mass"),
        ("Little, Brown, 1987.", "Little, Brown", None),
        ("Tin Publishing, St. Paul, MN, 1990.", "Tin Publishing", "St. Paul, MN"),
        ("St. Paul, MN: Tin Publishing, 1990.", "Tin Publishing", "St. Paul, MN"),
    ],
)
def test_place_after_the_publisher(imprint: str, publisher: str, address: str | None) -> None:
    fields = parse_reference(f"Aho, A. V. Compilers: Principles and Tools. {imprint}").fields
    assert (fields.get("publisher"), fields.get("address")) == (publisher, address)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lindqvist, T. (2004), Slow drift in coupled oscillators, Wave Motion, 41, No. 3, "
            "212-230.",
            {"title": "Slow drift in coupled oscillators", "journal": "Wave Motion",
             "volume": "41", "number": "3", "pages": "212–230", "year": "2004"},
            id="comma-separated-after-a-year-in-parentheses",
        ),
        pytest.param(
            "Okafor, B. Grain boundaries in thin ceramic films. Thin Ceramic Letters 216, 84-89, "
            "(1992).",
            {"journal": "Thin Ceramic Letters", "volume": "216", "pages": "84–89",
             "year": "1992"},
            id="year-in-parentheses-after-a-comma",
        ),
        pytest.param(
            "Marsh, R. E., Hydrothermal veins of the northern shield. Shield Geology, v. 24, "
            "pp. 851-854. 1996.",
            {"journal": "Shield Geology", "volume": "24", "pages": "851–854", "year": "1996"},
            id="v-and-pp-then-the-year",
        ),
        pytest.param(
            "Ferrand, L. Tidal mixing in shallow estuaries. Estuarine Review 13.2 (1989): "
            "287-292.",
            {"journal": "Estuarine Review", "volume": "13", "number": "2", "pages": "287–292"},
            id="volume-dot-issue",
        ),
        pytest.param(
            "T. Lindqvist and B. Okafor, Phonon lifetimes in layered crystals, J. Layer. Cryst. "
            "5 207-229 (1988).",
            {"journal": "J. Layer. Cryst", "volume": "5", "pages": "207–229", "year": "1988"},
            id="abbreviated-journal-volume-and-range-without-comma",
        ),
        pytest.param(
            "R. Okafor, G. Chen, Layered Mater. Lett. 2011, 12, 1044.",
            {"journal": "Layered Mater. Lett", "volume": "12", "pages": "1044", "year": "2011"},
            id="chemistry-abbreviated-journal-without-title",
        ),
        pytest.param(
            "Okafor R, Chen G. Falls among older cyclists. Cycl Med 2008; 336(7636): 130-3.",
            {"journal": "Cycl Med", "volume": "336", "number": "7636", "year": "2008"},
            id="journal-then-year-and-semicolon",
        ),
    ],
)  # fmt: skip
def test_periodicals_however_punctuated(text: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == "article"
    assert {name: found.fields.get(name) for name in expected} == expected


def test_a_sentence_before_the_periodical_belongs_to_the_title() -> None:
    found = parse_reference(
        "T. Lindqvist and R. Okafor. Spectral gaps of damped operators. II. Acta Spectralia, "
        "128(1):183–269, 1972."
    )
    assert found.fields["title"] == "Spectral gaps of damped operators. II"
    assert found.fields["journal"] == "Acta Spectralia"


def test_a_meeting_with_volume_and_pages_is_a_conference_paper() -> None:
    found = parse_reference(
        "Marsh, R. E. 1990. Bait shyness in field voles. Proceedings of the Rodent Control "
        "Conference 14: 87-90."
    )
    assert found.entry_type == "inproceedings"
    assert found.fields["booktitle"] == "Proceedings of the Rodent Control Conference"
    assert found.fields["volume"] == "14"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lindqvist, T. Field Notes. New York: Penguin, 1988. 368 pp.",
                     id="a-book-length"),
        pytest.param("Okafor, B. “Rain.” *Daily Ledger*, 2 Aug. 2006, Web. 29 Sept. 2016.",
                     id="day-and-month-dates"),
        pytest.param("Okafor, B. Tidal Notes. Reuters 30 October.", id="a-wire-story-date"),
    ],
)  # fmt: skip
def test_numbers_that_make_no_periodical(text: str) -> None:
    found = parse_reference(text)
    assert "volume" not in found.fields


def test_a_number_alone_after_a_name_makes_no_periodical() -> None:
    assert reftail.periodical("Paper presented at TIDES 41.") is None
    assert reftail.periodical("Tidal Review 41, 12-19.") == (
        "Tidal Review",
        {"volume": "41", "pages": "12-19"},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Okafor, B. Tidal gauges. In R. Lund, editor, Advances in Tidal Computing, Vol. 2, "
            "pages 66-73. Lakeside Press, 1990.",
            {"editor": "Lund, R.", "booktitle": "Advances in Tidal Computing", "pages": "66–73"},
            id="names-comma-editor-comma",
        ),
        pytest.param(
            "Okafor, B. 1990. Tidal gauges. In Lund, R.; Oduya, T.; and Marsh, K., eds., River "
            "Towns. New York: Lakeside Press. 47-73.",
            {"editor": "Lund, R. and Oduya, T. and Marsh, K.", "booktitle": "River Towns"},
            id="semicolon-names-then-eds",
        ),
        pytest.param(
            "Okafor, Berit (2001): Fährhäuser. In: Karin Lund, Tomas Oduya (Hgg.): Flussstädte. "
            "Kiel: Hafenverlag 2007, S. 27-63.",
            {"editor": "Lund, Karin and Oduya, Tomas", "booktitle": "Flussstädte"},
            id="german-hgg-with-colon",
        ),
        pytest.param(
            "B. Okafor. Tidal gauges. In Proc. Intl. Conf. Tidal Comput., pages 10-19, 1983.",
            {"booktitle": "Proc. Intl. Conf. Tidal Comput", "pages": "10–19"},
            id="abbreviated-proceedings",
        ),
        pytest.param(
            "Okafor, B. (2004). Ferries. In T. Oduya & K. Lund (Eds.), The river town. An "
            "introduction. London: Lakeside.",
            {"editor": "Oduya, T. and Lund, K.", "booktitle": "The river town. An introduction",
             "address": "London", "publisher": "Lakeside"},
            id="a-book-title-of-two-sentences",
        ),
        pytest.param(
            "Okafor, B., Ferries, in: T. Oduya and K. Lund (eds.), Harbours and Towns, Lakeside "
            "Press, New York, 1978.",
            {"booktitle": "Harbours and Towns", "publisher": "Lakeside Press",
             "address": "New York"},
            id="book-title-then-publisher-and-place",
        ),
        pytest.param(
            "B. Okafor, “Ferries,” in River Towns of the North (New York: Lakeside, 1995), 181–97.",
            {"booktitle": "River Towns of the North", "publisher": "Lakeside",
             "address": "New York"},
            id="imprint-in-parentheses-after-the-book",
        ),
        pytest.param(
            "Okafor, B. (2004). Ferries of the north. How towns crossed rivers. In T. Lund (Ed.), "
            "River towns (pp. 32-42).",
            {"title": "Ferries of the north. How towns crossed rivers", "editor": "Lund, T.",
             "booktitle": "River towns", "pages": "32–42"},
            id="a-title-of-two-sentences-before-in",
        ),
    ],
)  # fmt: skip
def test_parts_of_books(text: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type in ("incollection", "inproceedings")
    assert {name: found.fields.get(name) for name in expected} == expected


def test_a_book_named_before_its_editors_gives_them_no_names_of_its_own() -> None:
    found = parse_reference(
        "Okafor, B. 2002. Ferries. In Rivers, Bridges, and Fords, eds. Tomas Oduya and Karin "
        "Lund, 378–86. Kiel: Lakeside."
    )
    assert found.fields["booktitle"] == "Rivers, Bridges, and Fords"
    assert "Rivers" not in found.fields.get("editor", "")


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Karin Lund, Tomas Oduya, Berit Okafor, and Ruth Marsh. Tidal gauges in small "
            "harbours. Harbour Review, 3(1):1–22, 2011.",
            "Lund, Karin and Oduya, Tomas and Okafor, Berit and Marsh, Ruth",
            "Tidal gauges in small harbours",
            id="a-list-closed-by-a-period",
        ),
        pytest.param(
            "Tomas Oduya, Ferry Timetables of the North Sea, Lakeside Press, 1987.",
            "Oduya, Tomas", "Ferry Timetables of the North Sea",
            id="one-name-then-a-comma",
        ),
    ],
)  # fmt: skip
def test_names_with_given_names_written_out(text: str, authors: str, title: str) -> None:
    found = parse_reference(text)
    assert (found.fields["author"], found.fields["title"]) == (authors, title)


def test_a_title_first_is_no_name() -> None:
    found = parse_reference("The Tidal Atlas, Lakeside Press, 1987.")
    assert "author" not in found.fields


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "B. Okafor and K. Lund. Tidal gauges. In Proceedings of the Fourth Harbour "
            "Conference, pages 12-23, Orlando, FL, June 1994.",
            "Orlando, FL", id="city-and-state",
        ),
        pytest.param(
            "T. Oduya. Ferry routing. In Proc. of the Ninth Symposium on Ferries, pages 1-24, "
            "Brussels, Belgium, September 1990.",
            "Brussels, Belgium", id="city-and-country",
        ),
    ],
)  # fmt: skip
def test_where_a_conference_met_is_its_address(text: str, address: str) -> None:
    found = parse_reference(text)
    assert found.entry_type == "inproceedings"
    assert found.fields["address"] == address
    assert "publisher" not in found.fields


@pytest.mark.parametrize(
    "text",
    [
        "Lund, Karin. Tidal gauges in small harbours. Manuscript, 1995.",
        "Okafor, B. Slow drift in ferry routes. Submitted, 1998.",
        'K. Lund. "Harbour silt and tide," preprint (1987).',
    ],
)
def test_an_unpublished_work_has_no_publisher(text: str) -> None:
    found = parse_reference(text)
    assert found.entry_type == "unpublished"
    assert "publisher" not in found.fields


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Tomas R. Oduya, Karin Lund, and Bo Li. Tidal gauges in small harbours. In "
            "Proceedings of the Harbour Conference, pages 3-9, 1992.",
            "Oduya, Tomas R. and Lund, Karin and Li, Bo", "Tidal gauges in small harbours",
            id="a-given-name-and-initial-first-is-no-vancouver-name",
        ),
        pytest.param(
            "Okafor, B., Lund, K., and Oduya, T. Tidal Gauges in Small Harbours. Lakeside "
            "Press, 1992.",
            "Okafor, B. and Lund, K. and Oduya, T.", "Tidal Gauges in Small Harbours",
            id="inverted-names-with-initials-closed-by-a-period",
        ),
    ],
)  # fmt: skip
def test_names_blocks_of_computing_lists(text: str, authors: str, title: str) -> None:
    found = parse_reference(text)
    assert (found.fields["author"], found.fields["title"]) == (authors, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Okafor, B. (2003). Ferries. In T. Lund & K. Oduya (Eds.), Harbour encyclopedia "
            "(Vol. 1, pp. 226-228). Kiel: Lakeside.",
            {"volume": "1", "pages": "226–228"}, id="volume-and-pages-in-parentheses",
        ),
        pytest.param(
            "Okafor, B. “Ferries.” In River Towns, edited by Karin Lund. Kiel: Lakeside, 1991, "
            "281–98.",
            {"pages": "281–298"}, id="bare-range-after-the-imprint",
        ),
        pytest.param(
            "Okafor, B. “Ferries.” In River Towns, 1871–1880, edited by Karin Lund. Kiel: "
            "Lakeside, 1991.",
            {"pages": None}, id="a-span-of-years-is-no-page-range",
        ),
    ],
)  # fmt: skip
def test_numbers_of_the_book_a_part_is_in(text: str, expected: dict[str, str | None]) -> None:
    found = parse_reference(text)
    assert {name: found.fields.get(name) for name in expected} == expected


def test_a_report_names_its_institution_as_publisher() -> None:
    found = parse_reference(
        "Okafor, B. and Lund, K. 1992. Tidal gauges in small harbours. Technical Report 92-43, "
        "University of Kiel."
    )
    assert found.fields["publisher"] == "University of Kiel"
    assert "address" not in found.fields


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "B. Okafor. Tidal gauges. In Proceedings of the Harbour Conference on Silt and "
            "Tides, White Plains, NY, June 1990.",
            "White Plains, NY", id="city-and-state-after-the-proceedings",
        ),
        pytest.param(
            "Okafor, B. (1991). Ferry routing. In Proc. of the 12th Int. Conf. on Ferries "
            "(FERRY-91), Sydney, Australia, July 1991.",
            "Sydney, Australia", id="city-and-country-then-the-date",
        ),
    ],
)  # fmt: skip
def test_where_a_conference_met_ends_its_proceedings_title(text: str, address: str) -> None:
    found = parse_reference(text)
    assert found.fields["address"] == address
    assert address not in found.fields["booktitle"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "K. Lund and B. Okafor, Harb. Phys. Lett. 83, 3370 (1999) [arXiv:harb/9905221].",
            {"journal": "Harb. Phys. Lett", "volume": "83", "pages": "3370", "year": "1999"},
            id="a-bracketed-preprint-note-and-a-year-in-parentheses",
        ),
        pytest.param(
            "J. Okafor, K. Lund, Harb. Lett. 2010, 10, 1979.",
            {"journal": "Harb. Lett", "volume": "10", "pages": "1979", "year": "2010"},
            id="a-page-that-looks-like-a-year",
        ),
    ],
)  # fmt: skip
def test_physics_and_chemistry_periodicals(text: str, expected: dict[str, str]) -> None:
    found = parse_reference(text)
    assert found.entry_type == "article"
    assert {name: found.fields.get(name) for name in expected} == expected


def test_a_conference_named_without_in_is_the_container_of_a_paper() -> None:
    found = parse_reference(
        'Okafor, B. and Lund, K., "Silt in Small Harbours", IEEE Conference on Harbour '
        "Engineering, Orlando, Florida, November, 1992."
    )
    assert found.entry_type == "inproceedings"
    assert found.fields["booktitle"] == "IEEE Conference on Harbour Engineering"
    assert found.fields["address"] == "Orlando, Florida"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lund, Karin. Harbour Chronicles. Texts from Northern Ports 5. Lakeside, 1975.",
            {"publisher": "Lakeside", "journal": None}, id="a-numbered-series-then-publisher",
        ),
        pytest.param(
            'Harbourwiki. "How Did the Ferries Turn Out?" August 9, 2016. '
            "https://example.org/ferries/.",
            {"journal": None, "volume": None}, id="a-date-alone-is-no-periodical",
        ),
        pytest.param(
            'Okafor, R. Timothy. "Silt." *Harbour Forum*, October 6, 2006.',
            {"author": "Okafor, R. Timothy", "title": "Silt"},
            id="a-given-name-after-the-initial",
        ),
        pytest.param(
            'Lund, Karin. "Silt." *Journal of Harbour Studies* 1-2 (2020): 1--19.',
            {"journal": "Journal of Harbour Studies", "volume": "1–2", "pages": "1–19"},
            id="a-double-issue-then-the-pages-after-the-colon",
        ),
    ],
)  # fmt: skip
def test_bibliography_entries_stay_as_they_were(text: str, expected: dict) -> None:
    found = parse_reference(text)
    assert {name: found.fields.get(name) for name in expected} == expected


def test_in_before_a_periodical_issue_is_no_book() -> None:
    found = parse_reference(
        "K. Lund and B. Okafor. Silt in small harbours. In J. Harb. Eng. 27(4) pp. 633-655, 1981."
    )
    assert found.entry_type == "article"
    assert (found.fields["journal"], found.fields["number"]) == ("J. Harb. Eng", "4")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param("Okafor. Harbours. In: Lund K, Oduya T, editors. River Towns. Kiel: "
                     "Lakeside; 1958.", "Okafor", id="one-name-then-a-one-word-title"),
        pytest.param("Lund KR. Ferries and Silt. PhD thesis. Kiel University; 2001.",
                     "Lund, K. R.", id="vancouver-initials-run-together"),
        pytest.param("Van Lund, Karin. “Ferries.” In *River Towns*, edited by Tomas Oduya. "
                     "Kiel: Lakeside, 2001.", "Van Lund, Karin", id="an-inverted-two-word-family"),
    ],
)  # fmt: skip
def test_names_that_are_not_given_names_written_out(text: str, author: str) -> None:
    assert parse_reference(text).fields["author"] == author
