"""Resolved citations -> one Work each, fields merged; conflicting details are reported."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from citekit import identity
from citekit.dedupe import merge_works
from citekit.model import Citation, Kind, Note, Span, Work
from citekit.parse import build_context, parse_note
from citekit.resolve import resolve

SMITH_WAR = "John Smith, *War and Society* (Oxford: Clarendon Press, 2001), p. 3."
JONES = "Peter Jones, *Empires of the Sea* (Cambridge: Cambridge University Press, 2005), p. 10."
MARSH = "Peter Marsh, *The Victorian Church in Decline* (London: Routledge, 1969), p. 20."
CHAPTER_A = (
    "Mark Kramer, “The Soviet Bloc and the Cold War in Europe,” in Klaus Larres (ed.), "
    "*A Companion to Europe since 1945* (Oxford: Blackwell, 2010), pp. 353–375."
)
CHAPTER_B = (
    "Anne Deighton, “Britain and the Cold War,” in Klaus Larres (ed.), *A Companion to "
    "Europe since 1945* (London: Routledge, 2010), pp. 100–120."
)


def merged(*texts: str) -> tuple[tuple[Work, ...], set[tuple[int | None, str]]]:
    """TEXTS as notes 1, 2, ..., parsed, resolved and merged: the works and (note, code)s."""
    context = build_context(texts)
    citations: list[Citation] = []
    for number, text in enumerate(texts, start=1):
        citations.extend(parse_note(Note(number, text, Span(0, 0, number)), context))
    resolved, _, _ = resolve(tuple(citations))
    works, _, diagnostics = merge_works(resolved)
    return works, {(d.note, str(d.code)) for d in diagnostics}


def fields_of(works: tuple[Work, ...], title: str) -> Mapping[str, str]:
    (work,) = [w for w in works if w.fields.get("title") == title]
    return work.fields


# (notes, number of works, diagnostics as (note, code))
MERGE_ROWS = [
    pytest.param(
        [
            "*Harbour Co. v. Tolls Board*, 365 U.S. 336 (1961); *Harbour Co. v. Tolls Board*, "
            "377 U.S. 476 (1964)."
        ],
        2,
        set(),
        id="two-decisions-of-one-name-two-works",
    ),  # fmt: skip
    pytest.param(
        [SMITH_WAR, "Ibid., p. 4.", "Smith, *War and Society*, p. 9.", "Smith, op. cit., p. 11."],
        1,
        set(),
        id="every-form-one-entry",
    ),
    pytest.param([SMITH_WAR, JONES, "Ibid.", SMITH_WAR], 2, set(), id="repeated-full-one-entry"),
    pytest.param(
        [SMITH_WAR, "John Smith, *War and Society* (London: Macmillan, 2001), p. 5."],
        1,
        {(2, "inconsistent-citation")},
        id="full-citations-disagree-on-imprint",
    ),
    pytest.param(
        [CHAPTER_A, CHAPTER_B],
        2,
        {(2, "inconsistent-citation")},
        id="chapters-disagree-on-volume-imprint",
    ),
    pytest.param(
        [CHAPTER_A, CHAPTER_B.replace("London: Routledge", "Oxford: Blackwell")],
        2,
        set(),
        id="chapters-agree-on-volume-imprint",
    ),
    pytest.param(
        [SMITH_WAR, SMITH_WAR.replace("2001", "2003")],
        1,
        {(2, "inconsistent-citation")},
        id="years-two-apart-a-slip",
    ),
    pytest.param(
        [SMITH_WAR, SMITH_WAR.replace("2001", "1950")],
        1,
        set(),
        id="years-far-apart-two-printings",
    ),
    pytest.param(
        ["Friedman, *Shadow Cold War*, p. 218.", "Ibid."],
        1,
        set(),
        id="short-only-work-still-an-entry",
    ),
    pytest.param(
        [
            "Great Britain, Royal Commission on Labour, *Report of the Committee 1* "
            "(London: HMSO, 1901), p. 4.",
            "Great Britain, Royal Commission on Labour, *Report of the Committee 10* "
            "(London: HMSO, 1910), p. 7.",
        ],
        2,
        set(),
        id="reports-numbered-1-and-10",
    ),
    pytest.param(
        [
            "John Smith, *History of Europe, Part II* (London: Macmillan, 1950), p. 3.",
            "John Smith, *History of Europe, Part III* (London: Macmillan, 1950), p. 9.",
            "John Smith, *History of Europe, Part 2* (London: Macmillan, 1950), p. 5.",
        ],
        2,
        set(),
        id="parts-in-roman-and-arabic",
    ),
    pytest.param(
        [
            "Royal Commission on Labour, *Report of the Committee 10* (London: HMSO, 1910), 7.",
            "Royal Commission on Labour, *Report of the Committee 10* (London: HMSO, 1910), 9.",
        ],
        1,
        set(),
        id="the-same-number-one-work",
    ),
    pytest.param(
        [
            "Ders./Schütze, Sebastian (Hrsg.), Der Göttliche. Hommage an Michelangelo, "
            "München 2015, S. 17.",
            "Schütze, Sebastian: Nacktheit in großen Tableaus, in: Ders./Satzinger, Georg "
            "(Hrsg.), Der Göttliche. Hommage an Michelangelo, München 2015, S.152.",
        ],
        2,
        set(),  # "Ders." not yet known is no other editor
        id="editors-one-left-as-the-same",
    ),
    pytest.param(
        [
            "Sara Quist, *Keeping the Harbour* (Vale: Vale Press, 2016), 4.",
            "Sara Quist, *Keeping the Harbour*, 2nd ed. (Vale: Vale Press, 2019), 9.",
        ],
        1,
        set(),  # two editions: the year differs without a slip
        id="two-editions-years-apart",
    ),
    pytest.param(
        [
            "Sara Quist, *Keeping the Harbour* (Vale: Vale Press, 2016), 4.",
            "Sara Quist, *Keeping the Harbour* (Vale: Vale Press, 2018), 9.",
        ],
        1,
        {(2, "inconsistent-citation")},  # the same edition two years apart: a slip
        id="one-edition-years-apart",
    ),
    pytest.param(
        [
            "Sara Quist, *Keeping the Harbour* (Vale: Vale Press, 2016), 4; Sara Quist, *Keeping"
            " the Harbour* (Vale: Vale Press, 2018), 9.",
        ],
        1,
        set(),  # one note does not cite a work twice: two works taken for one, no slip
        id="years-apart-in-one-note",
    ),
]


@pytest.mark.parametrize(("texts", "count", "codes"), MERGE_ROWS)
def test_merge(texts: list[str], count: int, codes: set[tuple[int | None, str]]) -> None:
    works, diagnostics = merged(*texts)
    assert len(works) == count
    assert diagnostics == codes


def test_editors_named_again_in_a_back_reference_stay_editors() -> None:
    works, _ = merged(
        "Henri-Jean Martin et Roger Chartier (dir.), *Histoire de l’édition française*, t. III, "
        "Paris, Promodis, 1985.",
        "Martin et Chartier (dir.), *Histoire de l’édition française*, op. cit., p. 30.",
    )
    (work,) = works
    assert work.entry_type == "collection"
    assert work.fields["editor"] == "Martin, Henri-Jean and Chartier, Roger"
    assert "author" not in work.fields


def test_full_citation_wins_over_short_form() -> None:
    works, _ = merged("Marsh, *Victorian Church*, p. 1.", MARSH, "Ibid., p. 21.")
    (work,) = works
    assert work.entry_type == "book"
    assert dict(work.fields) == {
        "author": "Marsh, Peter",
        "title": "The Victorian Church in Decline",
        "address": "London",
        "publisher": "Routledge",
        "year": "1969",
    }


def test_first_full_citation_wins_a_conflict() -> None:
    works, _ = merged(SMITH_WAR, "John Smith, *War and Society* (London: Macmillan, 2001).")
    fields = fields_of(works, "War and Society")
    assert (fields["address"], fields["publisher"]) == ("Oxford", "Clarendon Press")


def test_short_form_adds_a_fuller_name() -> None:
    works, _ = merged(
        "*War and Society* (Oxford: Clarendon Press, 2001), p. 3.",
        "Smith, John, *War and Society*, p. 9.",
    )
    assert [w.fields.get("author") for w in works] == ["Smith, John"]


def test_private_fields_and_locators_stay_out() -> None:
    works, _ = merged(SMITH_WAR, "Ibid., p. 4.")
    (work,) = works
    assert not [k for k in work.fields if k.startswith("_")]
    assert "pages" not in work.fields


def test_web_page_is_online() -> None:
    works, _ = merged(
        "“Gorbachev’s Visit to China,” Wilson Center Digital Archive, "
        "<https://digitalarchive.wilsoncenter.org/document/117034> "
        "(accessed on March 14, 2017)."
    )
    (work,) = works
    assert work.fields["url"] == "https://digitalarchive.wilsoncenter.org/document/117034"
    assert work.fields["urldate"] == "2017-03-14"


@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("Report of the Committee 10", {10}),
        ("History of Europe, Part II", {2}),
        ("Richard III", {3}),
        ("Papers, vol. IV", {4}),
        ("Book V", {5}),
        ("What I Saw in Moscow", set()),
        ("Lettres de M. X", set()),
        ("Washington DC and Its Suburbs", set()),
        ("STORIA DI ROMA", set()),
        ("The Sun Insurance Office, 1710–1960", {1710, 1960}),
    ],
)
def test_title_numbers(title: str, numbers: set[int]) -> None:
    assert identity.title_numbers(title) == numbers


def test_a_short_title_with_a_number_picks_that_volume() -> None:
    texts = (
        "John Smith, *History of Europe, Part 2* (London: Macmillan, 1950), p. 3.",
        "John Smith, *History of Europe, Part 3* (London: Macmillan, 1952), p. 9.",
        "Smith, *History of Europe, Part 2*, p. 5.",
    )
    context = build_context(texts)
    citations = [
        c
        for number, text in enumerate(texts, start=1)
        for c in parse_note(Note(number, text, Span(0, 0, number)), context)
    ]
    resolved, _, _ = resolve(tuple(citations))
    assert [c.work for c in resolved] == ["w1", "w2", "w1"]  # not the part cited last


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("http://www.example.org/archive/index.html", "https://nominatim.example.net/ui/", False),
        ("http://www.example.org/archive/", "https://www.example.org/archive", True),
    ],
    ids=["different-pages", "one-page-written-twice"],
)
def test_citations_that_are_only_links_are_one_work_only_at_one_address(
    first: str, second: str, same: bool
) -> None:
    assert identity.same_full_work({"url": first}, {"url": second}, "online", "online") is same


@pytest.mark.parametrize(
    ("second", "works", "codes"),
    [
        ("William Crowther and Don Woods, *Adventure* (PDP-10, 1977).", 2, set()),
        ("William Crowther, *Adventure* (PDP-10, 1977).", 1, {(2, "inconsistent-citation")}),
    ],
    ids=["another-version-by-more-authors", "one-work-misdated"],
)
def test_a_differing_year_and_author_count_make_two_versions(
    second: str, works: int, codes: set[tuple[int, str]]
) -> None:
    found, diagnostics = merged("William Crowther, *Adventure* (PDP-10, 1975).", second)
    assert (len(found), diagnostics) == (works, codes)


@pytest.mark.parametrize(
    ("fields", "first_key"),
    [
        ({"author": "van Heugten, Sjraar"}, "heug"),  # the particle read
        ({"author": "Heugten, van and Pissarro"}, "heug"),  # the particle lost to the given name
        ({"author": "– and Smith"}, ""),  # a dash for a name: no family, no crash
    ],
    ids=["particle", "particle-as-given", "dash"],
)
def test_block_keys_use_the_family_name_without_its_particle(
    fields: dict[str, str], first_key: str
) -> None:
    assert identity.block_keys(fields)[0] == first_key


def test_a_work_cited_only_by_name_and_year_is_a_dated_book() -> None:
    """ "Okafor (1987), S. 12" and nothing fuller: the year is the work's, and a name with a
    year names a book (the golds' choice for such works, 24 of 25)."""
    works, _ = merged("Vgl. Okafor (1987), S. 12.", "Okafor (1987), S. 40.")
    (work,) = works
    assert (work.entry_type, work.fields.get("year")) == ("book", "1987")


def test_a_short_forms_year_fills_only_an_empty_year() -> None:
    """The full citation's year wins; a short form's fills the year a full one left out."""
    works, _ = merged(SMITH_WAR, "Smith (2003), p. 9.")
    assert fields_of(works, "War and Society")["year"] == "2001"
    works, _ = merged("Peter Okafor, *Rivers of the Delta*, p. 3.", "Okafor (1987), p. 5.")
    assert [w.fields.get("year") for w in works] == ["1987"]


def test_an_archival_items_short_form_dates_one_entry_not_the_item() -> None:
    """ "…, minute book, HM 1/4, 8 January 1863": the day of one minute, not the book's year."""
    item = {"title": "Leigh Board of Guardians, minute book", "howpublished": "Lancashire Archives"}
    full = Citation(
        1, 0, "Leigh …, minute book, HM 1/4", Kind.FULL, None, item, "unpublished", "w1"
    )
    dated = {"author": "Leigh Board of Guardians", "year": "1863"}
    short = Citation(2, 0, "Leigh …, HM 1/4, 8 January 1863", Kind.SHORT, None, dated, "misc", "w1")
    (work,), _, _ = merge_works((full, short))
    assert "year" not in work.fields


def test_two_addresses_are_no_slip_between_two_sites() -> None:
    """A page and the PDF it offers, one title and author, two site names: two documents,
    not one work whose container was miswritten."""
    page = (
        "Ada Quill, “Pixel Sorting Primer,” *Ada Quill’s Portfolio* (2012),"
        " http://adaquill.example/sorting/."
    )
    pdf = (
        "Ada Quill, “Pixel Sorting Primer,” *Pixel Sorting Primer* (2012),"
        " http://adaquill.example/sorting/files/primer.pdf: 1."
    )
    _, diagnostics = merged(page, "A remark.", pdf)
    assert not {d for d in diagnostics if d[1] == "inconsistent-citation"}
