"""One work or two: identifiers link, conflicting details veto, and each verdict says why.

The records are written here, one row per shape that search exports take."""

from __future__ import annotations

import pytest

from citekit import bibmatch
from citekit.bibmatch import Record

ARTICLE = {
    "author": "Ronco, Guglielmo and Giorgi-Rossi, Paolo and Carozzi, Francesca",
    "title": "Efficacy of human papillomavirus testing for the detection of invasive cervical "
    "cancers and cervical intraepithelial neoplasia: a randomised controlled trial",
    "journal": "The Lancet Oncology",
    "year": "2010",
    "volume": "11",
    "number": "3",
    "pages": "249-257",
}
EDITORIAL = {
    "author": "Rai, Arun",
    "title": "Editor's Comments",
    "journal": "MIS Quarterly",
    "year": "2017",
    "volume": "41",
}


def rec(fields: dict[str, str], entry_type: str = "article", key: str = "k") -> Record:
    return bibmatch.record(key, entry_type, {k: v for k, v in fields.items() if v})


def verdict(a: dict[str, str], b: dict[str, str], **kwargs: object) -> bibmatch.Verdict | None:
    return bibmatch.compare(rec(ARTICLE | a), rec(ARTICLE | b), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "b",
    [
        {"title": ARTICLE["title"] + ". [Review] [24 refs]"},
        {"title": ARTICLE["title"] + ".[Erratum appears in Lancet Oncol. 2010;11(4):311]"},
        {"title": ARTICLE["title"] + " (Provisional abstract)"},
        {"title": "[" + ARTICLE["title"] + "]"},
        {"title": ARTICLE["title"].upper()},
        {"title": "Efficacy of human papilomavirus testing for the detection of invasive cervical "
         "cancer and cervical intraepithelial neoplasia: a randomized controlled trial"},
        {"pages": "249-57"},
        {"pages": "S249-S257"},
        {"pages": "Suppl-57"},
        {"pages": "21-Apr"},
        {"pages": "e249"},
        {"volume": "11 Suppl 3"},
        {"number": "3-4"},
        {"author": "Ronco, G and Giorgi, Rossi P and Carozzi, F"},
        {"author": "Giorgi-Rossi, P and Ronco, G and Carozzi, F"},
        {"author": "Guglielmo, Ronco and Paolo, Giorgi-Rossi and Francesca, Carozzi"},
        {"author": "Ronco, G and Giorgi-Rossi, P and Carozzi, F and New Technologies for "
         "Cervical Cancer Screening Working Group"},
        {"author": "NTCC Working Group"},
        {"journal": "Lancet Oncol"},
        {"year": "2009"},  # online first: the same volume and pages say it is one article
        {"year": "", "volume": ""},
    ],
    ids=[
        "review-note",
        "erratum-note",
        "provisional-abstract",
        "translated-brackets",
        "upper-case",
        "typos",
        "short-range",
        "supplement-pages",
        "garbled-pages",
        "excel-pages",
        "e-page",
        "supplement-volume",
        "combined-issue",
        "initials-and-split-name",
        "swapped-order",
        "given-family-swapped",
        "group-appended",
        "group-only",
        "abbreviated-journal",
        "year-off-by-one",
        "year-missing",
    ],
)  # fmt: skip
def test_one_work_described_two_ways(b: dict[str, str]) -> None:
    assert verdict({}, b) is not None


@pytest.mark.parametrize(
    ("b", "why"),
    [
        ({"year": "2013"}, "years"),
        ({"volume": "12"}, "volumes"),
        ({"title": ARTICLE["title"] + ": part 2", "volume": ""}, None),
        ({"author": "Smith, John and Jones, Mary"}, None),
        ({"title": "Erratum: " + ARTICLE["title"]}, None),
        ({"title": "Cervical cancer screening in Latin America", "author": ""}, None),
    ],
    ids=["years-apart", "volumes", "part-number", "other-authors", "erratum", "other-title"],
)
def test_different_works(b: dict[str, str], why: str | None) -> None:
    assert verdict({}, b) is None


def test_part_numbers_keep_series_apart() -> None:
    one = {"title": "Linomide in relapsing MS: Part I: trial design", "volume": "", "pages": ""}
    two = {"title": "Linomide in relapsing MS: Part II: trial design", "volume": "", "pages": ""}
    assert verdict(one, two) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"doi": "10.25300/MISQ/2017/41:1.iii"}, {"doi": "10.25300/MISQ/2017/41:2.iii"}),
        ({"number": "1", "pages": "iii-iv"}, {"number": "2", "pages": "iii-vi"}),
        ({"number": "1"}, {"number": "2"}),
        ({"pages": "iii-iv"}, {"pages": "v-vii"}),
        ({}, {}),  # nothing pins either down: a recurring title stays unmerged
    ],
    ids=["different-dois", "issues-and-pages", "issues", "pages", "nothing-to-tell"],
)
def test_recurring_editorials_stay_apart(a: dict[str, str], b: dict[str, str]) -> None:
    assert bibmatch.compare(rec(EDITORIAL | a), rec(EDITORIAL | b)) is None


def test_a_recurring_title_pinned_by_its_first_page_is_one() -> None:
    pinned = EDITORIAL | {"number": "1", "pages": "iii-v"}
    found = bibmatch.compare(rec(pinned), rec(pinned | {"author": "Rai, A."}))
    assert found is not None


def test_issue_numbers_veto_unless_they_are_record_numbers() -> None:
    a, b = {"number": "3", "pages": "", "title": ARTICLE["title"]}, {"number": "4", "pages": ""}
    assert verdict(a, b) is None
    assert verdict(a, b, issues=False) is not None


def test_a_slip_in_the_first_page_is_overruled_and_said() -> None:
    found = verdict({}, {"pages": "294-302"})
    assert found is not None
    assert found.overruled == ("first pages 249 and 294",)
    assert "first page" not in found.agreed


def test_a_short_title_needs_its_people_and_year() -> None:
    short = {"title": "Empyema thoracis", "pages": "", "volume": "", "number": ""}
    assert verdict(short, short | {"journal": "Lancet Oncol."}) is not None
    assert verdict(short, short | {"year": ""}) is None
    assert verdict(short, short | {"journal": "Thorax"}) is None


def test_a_lost_subtitle() -> None:
    found = verdict({}, {"title": ARTICLE["title"].split(":")[0]})
    assert found is not None


def test_a_translated_title_meets_the_original_by_its_locator() -> None:
    found = verdict(
        {"title": "[Comparison of amoxicillin and cefamandole in pulmonary surgery]"},
        {"title": "Antibiotic prophylaxis in pulmonary surgery: amoxicillin versus cefamandole"},
    )
    assert found is not None
    assert {"year", "volume", "first page"} <= set(found.agreed)


@pytest.mark.parametrize(
    ("a", "b", "a_type", "b_type"),
    [
        ({"title": ARTICLE["title"] + " [abstract]", "pages": "A249"}, {}, "article", "article"),
        ({"journal": "Proceedings of ECIS 2010", "volume": "", "number": "", "pages": ""}, {},
         "inproceedings", "article"),
    ],
    ids=["abstract-and-article", "conference-and-journal"],
)  # fmt: skip
def test_an_abstract_or_a_conference_paper_is_not_the_article(
    a: dict[str, str], b: dict[str, str], a_type: str, b_type: str
) -> None:
    first, second = rec(ARTICLE | a, a_type), rec(ARTICLE | b, b_type)
    assert bibmatch.compare(first, second) is None


def test_a_meeting_abstract_on_one_page_is_not_the_article() -> None:
    """Blood 116(21 Suppl): 1234 and Blood 116(5): 712-720, one study reported twice."""
    assert verdict({"pages": "1234", "number": ""}, {"number": ""}) is None
    assert verdict({"pages": "250", "number": ""}, {"number": ""}) is not None  # inside


def test_a_digest_commentary_in_another_journal_is_not_the_article() -> None:
    """ACP Journal Club's "JC6-9" on an article, under the article's own title."""
    commentary = {"journal": "ACP Journal Club", "pages": "JC6-9", "number": ""}
    assert verdict(commentary, {"number": ""}) is None
    assert verdict({"pages": "e249", "journal": "Lancet Oncol"}, {}) is not None


def test_two_copies_of_one_abstract_are_one() -> None:
    abstract = {"title": ARTICLE["title"] + " [Abstract]", "pages": "A606", "number": ""}
    assert verdict(abstract, abstract | {"title": ARTICLE["title"]}) is not None


@pytest.mark.parametrize(
    ("a", "b", "link"),
    [
        ({"doi": "10.1016/S1470-2045(09)70360-2"},
         {"doi": "https://doi.org/10.1016/s1470-2045(09)70360-2", "title": "Other"}, "doi"),
        ({"pmid": "20089449"}, {"pmid": "PMID: 20089449", "year": "2009"}, "pmid"),
    ],
    ids=["doi", "pmid"],
)  # fmt: skip
def test_identifiers_link(a: dict[str, str], b: dict[str, str], link: str) -> None:
    found = verdict(a, b)
    assert found is not None
    assert found.link == link
    assert found.score == 1.0


def test_a_shared_doi_with_unrelated_titles_and_pages_is_a_container_doi() -> None:
    a = {"doi": "10.1000/supplement.1", "title": "Talc pleurodesis", "pages": "S1-S2"}
    b = {"doi": "10.1000/supplement.1", "title": "Quality of life in COPD", "pages": "S3-S4"}
    assert verdict(a, b) is None


def test_isbns_of_reviews_and_chapters_identify_nothing() -> None:
    review = {"title": "Review of: A history of HPV", "isbn": "0-19-852663-6"}
    other = {"title": "Review of: A history of HPV screening", "author": "Smith, J"}
    assert bibmatch.compare(rec(review, "article"), rec(review | other, "article")) is None


def test_entries_without_titles_are_never_matched_by_the_rest() -> None:
    assert verdict({"title": ""}, {"title": ""}) is None


def test_different_pmids_veto_even_identical_records() -> None:
    assert verdict({"pmid": "1"}, {"pmid": "2"}) is None


def test_explanations_name_what_agreed() -> None:
    found = verdict({}, {"title": ARTICLE["title"] + " [Review]"})
    assert found is not None
    assert found.link == "fuzzy"
    assert found.agreed[0] == "title 1.00"
    assert {"authors", "year", "volume", "issue", "first page", "journal"} <= set(found.agreed)


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("int j oncol", "international journal oncology", True),
        ("bmj", "bmj clinical research ed", True),
        ("clin med insights circ respir pulm med",
         "clinical medicine insights circulatory respiratory pulmonary medicine", True),
        ("lancet oncology", "thorax", False),
    ],
)  # fmt: skip
def test_abbreviated_journals(x: str, y: str, same: bool) -> None:
    assert bibmatch.same_container(x, y) is same


@pytest.mark.parametrize(
    ("p", "q", "same"),
    [
        (["gok"], ["g?k"], True),
        (["munoz"], ["mu?oz"], True),
        (["cen"], ["ce"], False),
        (["stensson"], ["ostensson"], True),
        (["kang", "si"], ["si", "hiun", "kang"], True),
        (["smit"], ["jones"], False),
    ],
)
def test_same_person(p: list[str], q: list[str], same: bool) -> None:
    assert bibmatch.same_person(p, q) is same
