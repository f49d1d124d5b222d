"""Fields reduced to what two descriptions of one work share: one row per database habit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import bibids, bibnorm
from citekit.bibnorm import Pages

PLAIN = "Screening for cervical cancer with HPV tests"
PLAIN_WORDS = "screening cervical cancer hpv tests"


@pytest.mark.parametrize(
    "title",
    [
        f"{PLAIN}. [Review] [24 refs]",
        f"{PLAIN}.[Erratum appears in Lancet. 2010 Mar 6;375(9717):806]",
        f"{PLAIN}. [Erratum appears in N Engl J Med 20",  # cut short by the database
        f"{PLAIN} (Provisional abstract)",
        f"{PLAIN} (Structured abstract)",
        f"{PLAIN}. [Chinese]",
        f"{PLAIN} [see comments]",
        f"[{PLAIN}]",  # a translation, in brackets
        f'"[{PLAIN}.]"',
        f"<i>{PLAIN}</i>",
        f"{PLAIN}... [c",
    ],
    ids=[
        "review-refs",
        "erratum-note",
        "erratum-cut-short",
        "provisional-abstract",
        "structured-abstract",
        "language-tag",
        "see-comments",
        "translated-brackets",
        "quoted-brackets",
        "html-tags",
        "cut-bracket",
    ],
)
def test_database_notes_leave_the_title(title: str) -> None:
    assert bibnorm.normal_title(title).words == PLAIN_WORDS


def test_brackets_mark_a_translation() -> None:
    assert bibnorm.normal_title(f"[{PLAIN}]").translated
    assert not bibnorm.normal_title(PLAIN).translated


@pytest.mark.parametrize(
    ("title", "words", "alt"),
    [
        (f"{PLAIN} <ORIGINAL> DEPISTAGE DU CANCER", PLAIN_WORDS, "depistage cancer"),
        (f"Cribado del cancer de cuello; {PLAIN}", None, PLAIN_WORDS),
        (f"Zervixkarzinom-Screening mit HPV-Tests = {PLAIN}", None, PLAIN_WORDS),
    ],
    ids=["embase-original", "semicolon-translation", "equals-translation"],
)
def test_other_language_titles(title: str, words: str | None, alt: str) -> None:
    normal = bibnorm.normal_title(title)
    assert normal.alt == alt
    if words is not None:
        assert normal.words == words


@pytest.mark.parametrize(
    ("title", "marks"),
    [
        ("Safety of talc pleurodesis [Abstract]", {"abstract"}),
        ("Safety of talc pleurodesis (meeting abstract)", {"abstract"}),
        ("Erratum: Safety of talc pleurodesis", {"notice"}),
        ("Correction to: Safety of talc pleurodesis", {"notice"}),
        ("Reply", {"notice"}),
        ("Safety of talc pleurodesis (vol 45, pg 123, 2010)", {"notice"}),
        ("Correction of scoliosis in children", set()),
        ("Re-evaluation of talc pleurodesis", set()),
        ("Response of tumours to talc", set()),
    ],
)
def test_abstracts_and_notices_are_marked(title: str, marks: set[str]) -> None:
    normal = bibnorm.normal_title(title)
    assert {m for m in ("abstract", "notice") if getattr(normal, m)} == marks


@pytest.mark.parametrize(
    ("title", "numbers"),
    [
        ("Linomide in MS: Part II: trial design", "p2"),
        ("Linomide in MS, part 2", "p2"),
        ("Volume 1 of 3 volumes", "3 p1"),
        ("A study of 10 000 women", "10000"),
        ("A study of 10,000 women", "10000"),
        ("p16(INK4a) expression in CIN", ""),  # numbers inside words are names, not numbers
        ("HPV 16/18 genotyping", "16 18"),
        ("Screening in 2008 [24 refs]", "2008"),  # the note's number is gone with the note
    ],
)
def test_title_numbers(title: str, numbers: str) -> None:
    assert bibnorm.normal_title(title).numbers == numbers


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("Unwanted visionaries: the Soviet failure in Asia", 2),
        ("Optimal therapy of malignant pleural effusions. Report of a trial", 5),
        ("Stroke and aphasia; overcoming the challenges", 2),
        ("Unwanted visionaries", 0),
        ("Why screen?", 0),
    ],
)
def test_main_title_before_a_subtitle(title: str, main: int) -> None:
    assert bibnorm.normal_title(title).main == main


@pytest.mark.parametrize(
    ("title", "generic"),
    [
        ("Editorial", True),
        ("Editor's Comments", True),
        ("Introduction to the Minitrack on Digital Work", True),
        ("Guest editorial: platform labour", True),
        ("Reply", True),
        ("Empyema thoracis", False),
        ("Digital work and its discontents", False),
    ],
)
def test_recurring_titles(title: str, generic: bool) -> None:
    assert bibnorm.is_generic(bibnorm.normal_title(title).words) is generic


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("417-429", Pages("417", "429", "", True)),
        ("S417-S429", Pages("417", "429", "s", True)),
        ("e182-5", Pages("182", "185", "e", True)),
        ("1129-38", Pages("1129", "1138", "", True)),
        ("527-32.e1", Pages("527", "532", "", True)),
        ("395-9; discussion 399-400", Pages("395", "399", "", True)),
        ('"230-5, 246-51"', Pages("230", "235", "", True)),
        ("488", Pages("488", "", "", False)),
        ("e12724", Pages("12724", "", "e", False)),
        ("A4912", Pages("4912", "", "a", False)),
        ("CD008173", Pages("8173", "", "cd", False)),
        ("Suppl-29", Pages()),  # what an export made of "S29": no page left
        ("t-8", Pages()),
        ("21-Apr", Pages()),  # Excel turned "4-21" into a date
        ("01-Jun", Pages()),
        ("215 p", Pages()),  # a page count, not pages
        ("No Pagination Specified", Pages()),
        ("", Pages()),
    ],
)
def test_pages(pages: str, expected: Pages) -> None:
    assert bibnorm.normal_pages(pages) == expected


@pytest.mark.parametrize(
    ("volume", "expected"),
    [("24", "24"), ("24 Suppl 3", "24"), ("Volume 13 Suppl 1", "13"), ("35 ( Pt 1)", "35"),
     ("30A", "30a"), ("Ph.D.", ""), ("(Jul)", "")],
)  # fmt: skip
def test_volumes(volume: str, expected: str) -> None:
    assert bibnorm.normal_volume(volume) == expected


@pytest.mark.parametrize(
    ("issue", "expected"),
    [("3", "3"), ("03", "3"), ("1-2", "1-2"), ("23/24", "23-24"), ("3 Suppl 4", "3"),
     ("SUPPL.1", ""), ("Pt 3", ""), ("8 Pt 2", "8"), ("", "")],
)  # fmt: skip
def test_issues(issue: str, expected: str) -> None:
    assert bibnorm.normal_issue(issue) == expected


def test_issue_ranges_overlap_their_parts() -> None:
    assert bibnorm.issues_overlap("3", "3-4")
    assert bibnorm.issues_overlap("23-24", "24")
    assert not bibnorm.issues_overlap("3", "4")


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Wright Jr., T C and Schiffman, M", "vright|sifman"),
        ("Wright, Jr and Schiffman, M", "vright|sifman"),
        ("Ching-yi, Wu and Chieh-ling, Yang", "cing vu|cieh ling iang"),
        ("Wu, Ching-yi and Yang, C. L.", "vu cing|iang"),
        ("Si Hyun Kang, null and Kim, D. K.", "si hiun kang|kim"),
        ("de-Schipper, F A and van Kemenade, F J", "siper|kemenade"),
        ("von Pawel, J. and St Peter, Shawn D.", "pavel|peter savn"),
        ("MÃ¼ller, Hans", "muler hans"),  # UTF-8 read as Windows-1252
        ("G?k, M and Mu?oz, N", "g?k|mu?oz"),  # a letter lost: kept as a wildcard
        ("Radtschenko, Sergei", "radcenko sergei"),
        ("Group, ASCUS-LSIL Triage Study (ALTS)", "*"),
        ("{World Health Organization}", "*"),
        ("Smith, J and {ALTS Group}", "smith"),
        ("", ""),
    ],
    ids=[
        "jr-in-family",
        "jr-as-given",
        "swapped-order",
        "initials-dropped",
        "null-placeholder",
        "particles",
        "von-and-st",
        "mojibake",
        "lost-letter",
        "transliteration",
        "group-author",
        "braced-body",
        "body-among-people",
        "none",
    ],
)
def test_author_lists(authors: str, expected: str) -> None:
    assert bibnorm.normal_authors(authors) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MÃ¼ller", "Müller"), ("GÃ¶del and Ã‰mile", "Gödel and Émile"), ("CafÃ©", "Café"),
     ("Müller", "Müller"), ("plain", "plain"), ("Ã", "Ã")],
)  # fmt: skip
def test_mojibake_repair(text: str, expected: str) -> None:
    assert bibnorm.repair(text) == expected


@pytest.mark.parametrize(
    ("journal", "expected"),
    [
        ("BMJ (Clinical research ed.)", "bmj"),
        ("PLoS ONE [Electronic Resource]", "plos one"),
        ("Journal of Clinical Virology : the official publication of the PASCV",
         "journal clinical virology"),
        ('"Medizinische Klinik (Munich, Germany : 1983)"', "medizinische klinik"),
        ("Int. J. Oncol.", "int j oncol"),
    ],
)  # fmt: skip
def test_containers(journal: str, expected: str) -> None:
    assert bibnorm.normal_container(journal) == expected


@pytest.mark.parametrize(
    ("value", "doi"),
    [("10.1000/ABC", "10.1000/abc"), ("https://doi.org/10.1000/abc", "10.1000/abc"),
     ("doi:10.1000/abc.", "10.1000/abc"), ("http://dx.doi.org/10.1000%2Fabc", "10.1000/abc"),
     ("no doi here", "")],
)  # fmt: skip
def test_dois(value: str, doi: str) -> None:
    assert bibids.normal_doi(value) == doi


@pytest.mark.parametrize(
    ("value", "pmid"),
    [("12345", "12345"), ("PMID: 0012345", "12345"),
     ("https://pubmed.ncbi.nlm.nih.gov/12345/", "12345"), ("none", "")],
)  # fmt: skip
def test_pmids(value: str, pmid: str) -> None:
    assert bibids.normal_pmid(value) == pmid


def test_isbn10_and_isbn13_are_one() -> None:
    assert bibids.normal_isbns("0-19-852663-6") == bibids.normal_isbns("978-0-19-852663-6")
    assert bibids.normal_isbns("0-19-852663-7") == frozenset()  # check digit wrong


@given(st.text(max_size=80))
def test_title_normalisation_never_fails_and_is_idempotent(text: str) -> None:
    words = bibnorm.normal_title(text).words
    assert bibnorm.normal_title(words).words == words


@given(st.text(max_size=80))
def test_normalisers_take_any_text(text: str) -> None:
    bibnorm.normal_authors(text)
    bibnorm.normal_pages(text)
    bibnorm.normal_issue(text)
    bibnorm.normal_volume(text)
    bibnorm.normal_container(text)
