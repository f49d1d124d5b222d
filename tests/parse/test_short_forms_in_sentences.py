"""Short forms that sentences hide, and pages that carry a letter (unseen corpora and real
sets: a sentence adverb before the name, a sentence after a bare page, a supplement's pages),
written here in invented words."""

from __future__ import annotations

from citekit.parse.fields import parse_full
from citekit.parse.split import split_note


def _spans(text: str) -> list[str]:
    return [p.text(text) for p, _ in split_note(text)]


def test_a_sentence_adverb_before_a_short_form_is_prose() -> None:
    text = "So Quint, *Tin Failure*, 51, who thinks Frey saw it first; but cf. Frey, 41–43."
    assert _spans(text) == ["Quint, *Tin Failure*, 51", "Frey, 41–43"]


def test_a_preposition_and_a_word_before_prose_opens_no_short_form() -> None:
    assert _spans("In Zincish, also in the first issue of “Tin Gazette”.") == []


def test_a_sentence_after_a_bare_page_is_no_title_of_it() -> None:
    text = (
        "Quint, 243. The older account in E. P. Frey, *The Making of Tin* "
        "(London: Zinc Press, 1963) ends in 1832."
    )
    spans = _spans(text)
    assert spans[0] == "Quint, 243"
    assert spans[1].startswith("E. P. Frey, *The Making of Tin*")


def test_a_supplements_lettered_range_is_the_articles_pages() -> None:
    parsed = parse_full("Ada Quint, “Tin Capital,” *Journal of Tin* 94 (1988): S95–S120")
    assert parsed.fields["pages"] == "S95–S120"
    assert parsed.locator is None


def test_an_article_number_in_letters_and_figures_is_its_pages() -> None:
    parsed = parse_full("Ada Quint, “Tin Capital,” *Tin* 349, no. 6251 (2015): aac4716")
    assert parsed.fields["pages"] == "aac4716"


def test_a_lettered_page_after_a_name_is_a_short_form() -> None:
    assert _spans("Compare Quint, S98.") == ["Quint, S98"]
