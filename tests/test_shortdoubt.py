"""A whole name and a title, nothing after: a first citation lacking its imprint, not a short
form to report as `short-without-full` (citekit.shortdoubt)."""

import pytest

from citekit.model import Citation, Code, Kind
from citekit.resolve import resolve
from citekit.shortdoubt import cites_by_abbreviation, whole_name_and_title_only


@pytest.mark.parametrize(
    "text",
    [
        "John Holloway, “Crisis, Fetishism, Class Composition”",
        "Mara Oldfield & Ivo Brask, “Salt Roads,”",
        "Jennifer S. H. Brown, *Strangers in Blood*",
        # older notes cite a work as "Name: Title, page", imprint or not
        "E. Varga: *Feuilles volantes*, pp. 394–398 (abridged)",
        "R. L. Tamsin: *Letters*, II 355",
        "W. Orme: “Song of the Weir,” 32",
        # a title too long to be a short one: a whole title, its imprint lacking
        "Ivo Brask, *Account of the Lectures on the Drama of the North Given by Ivo Brask in"
        " the Hall of the Upper Schools, Tarn Street 1857-1858*, p. 3",
        # a title with its subtitle: a short title drops it
        "Mara Oldfield, *Ledger 2: The Second Ledger of the Weir House*, 41",
    ],
)
def test_a_whole_name_and_a_title_alone_is_not_confidently_short(text: str) -> None:
    assert whole_name_and_title_only(text, {"author": "Brown, Jennifer S. H."})


@pytest.mark.parametrize(
    "text",
    [
        "Haraway, *Simians, Cyborgs, and Women*",  # family name alone: a short form
        "Klein and Eisenstein, “Reading”",
        "Justin Stagl, *Eine Geschichte der Neugier*, pp. 175-187",  # a pinpoint: a repeat
        "*Salt Roads*",  # no name at all
        "Varga: *Feuilles volantes*, p. 18",  # a colon after a family name alone ("Vf.: Titel")
        "E. Varga: *Feuilles volantes*, Paris: Orme, 1899, p. 18",  # an imprint, no pinpoint
    ],
)
def test_a_short_form_stays_one(text: str) -> None:
    assert not whole_name_and_title_only(text, {"author": "Brown, Jennifer S. H."})


def test_a_family_name_of_several_words_is_no_whole_name() -> None:
    text = "Colón de Larriátegui, *Juzgado militares*"
    assert not whole_name_and_title_only(text, {"author": "Colón de Larriátegui"})


def _reported(text: str, fields: dict[str, str]) -> list[int]:
    citation = Citation(1, 0, text, Kind.SHORT, None, fields, "article")
    _, _, problems = resolve((citation,), {1: text})
    return [p.note for p in problems if p.code is Code.SHORT_WITHOUT_FULL]


def test_only_the_family_name_form_is_reported() -> None:
    assert _reported("Holloway, “Crisis”, 12", {"author": "Holloway", "title": "Crisis"}) == [1]
    whole = "John Holloway, “Crisis, Fetishism, Class Composition”"
    assert _reported(whole, {"author": "Holloway, John", "title": "Crisis"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "*CCAG* 7.213-224",  # a corpus's siglum
        "ZfB 1933, S. 549",  # a journal's siglum and year
        "*Ath. Pol.* 27.3–4",  # a classical work, its words clipped
        "*P.Coll.Youtie* 1.30",  # a papyrus edition
        "Martin Heidegger, GA 54, p.127",  # an author's collected edition
    ],
)
def test_a_work_cited_by_its_abbreviation_needs_no_full_citation(text: str) -> None:
    assert cites_by_abbreviation(text)
    assert _reported(text, {"title": text.split(",")[0]}) == []


@pytest.mark.parametrize(
    "text",
    [
        "OECD 2019, 12",  # capitals and a year: a corporate author's author-date form
        "Hammond, Reading, S. 12",  # "S." is the page's label
        "Gutenbergstube, Jg. 1, 1915 f.",  # "Jg." is a volume's label
        "*V Politbiuro TsK KPSS*, p. 196-197",  # a title of words, some abbreviated
        "Lessing, 239",  # a name alone
    ],
)
def test_a_title_of_words_is_no_abbreviation(text: str) -> None:
    assert not cites_by_abbreviation(text)


def test_a_box_of_an_archive_needs_no_full_citation() -> None:
    """ "AGA, Educación, caja 31/6055": a box only an archive has, however the span opens."""
    text = "ARV, Hacienda, caja 12/4410"
    assert _reported(text, {"author": "ARV", "title": "Hacienda"}) == []
    text = "ARV, Hacienda, sygn. IV/212, k. 3"  # a Polish signature, its numeral before the slash
    assert _reported(text, {"author": "ARV", "title": "Hacienda"}) == []


def test_an_op_cit_alone_names_no_work_to_miss() -> None:
    """ "Op. cit., p. 139": the work the prose names; no short form of a work cited nowhere."""
    assert _reported("Op. cit., p. 139", {"title": "Op. cit."}) == []
