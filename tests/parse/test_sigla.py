"""Sigla: a standard edition cited by its abbreviation and numbers ("KrV A 51/B 75", "GA 3,
28–30", "BKh 9:110"), found where the document uses the siglum so twice or defines it, and
linked to the work announced for it or whose citation spells it (tests/corpus6)."""

from __future__ import annotations

from citekit.model import Kind, Note, Span
from citekit.parse import build_context, parse_note
from citekit.parse.sigla import document_sigla, read_siglum, unless_defined
from citekit.resolvesigla import spells
from tests.test_resolve import assert_resolution

KRV = (
    "Kant's first Critique is cited as KrV by the pagination of the first and second editions, "
    "in the translation of Immanuel Kant, *Critique of Pure Reason*, ed. and trans. Paul Guyer "
    "and Allen W. Wood (Cambridge: Cambridge University Press, 1998)."
)
GA3 = (
    "Martin Heidegger, *Kant und das Problem der Metaphysik*, Gesamtausgabe, vol. 3 (Frankfurt "
    "am Main: Vittorio Klostermann, 1991), 126–29."
)
GA54 = (
    "Martin Heidegger, *Parmenides*, Gesamtausgabe, vol. 54 (Frankfurt am Main: Vittorio "
    "Klostermann, 1982)."
)


def test_a_siglum_used_in_two_notes_or_defined_is_the_documents():
    texts = ["KrV A 51/B 75.", "Compare KrV B 103.", "US 12 was the case.", "BKh 9:110; see also"]
    assert document_sigla(texts) == ["KrV"]  # "US" once, "BKh" once and never defined
    assert document_sigla([*texts, "Conversation books by volume and page (BKh)."]) == [
        "KrV",
        "BKh",
    ]


def test_a_siglum_citation_reads_volume_and_pinpoint():
    parsed = read_siglum("GA 3, 28–30", ("GA",))
    assert parsed is not None
    assert (parsed.fields["volume"], parsed.locator) == ("3", "3, 28–30")
    assert read_siglum("KrV A 137–47/B 176–87", ("KrV",)).locator == "A 137–47/B 176–87"
    assert read_siglum("GA 3, 28–30", ("AA",)) is None  # not a siglum of this document
    assert read_siglum("GA 3, as Heidegger says", ("GA",)) is None


def test_a_definition_is_no_use_of_the_siglum():
    assert unless_defined("Works are cited as GA by volume and page.", ("GA", "NA")) == ("NA",)
    assert unless_defined("GA 3, 28.", ("GA",)) == ("GA",)


def test_a_siglum_is_spelled_by_initials_or_inside_a_compound():
    assert spells("GA", "Heidegger, *Parmenides*, Gesamtausgabe, vol. 54")
    assert spells("BKh", "*Ludwig van Beethovens Konversationshefte*, 11 vols.")
    assert spells("BGA", "*Ludwig van Beethoven: Briefwechsel. Gesamtausgabe*")
    assert not spells("GA", "Peter E. Gordon, *Continental Divide*")  # letters across words
    assert not spells("KrV", "Immanuel Kant, *Critique of Pure Reason*")


def test_sigla_cite_the_announced_work_and_the_volume_spelled():
    assert_resolution(
        ("kant", KRV),
        (("ga3",), GA3),
        ("kant", "KrV A 51/B 75."),
        ("ga3", "GA 3, 28–30."),
        (("ga54",), GA54),
        (("kant", "ga54"), "KrV B 103; compare GA 54, 12."),
    )


def test_a_siglum_citation_is_short():
    texts = ["KrV A 51/B 75; KrV B 103.", "Compare KrV A 78."]
    cited = parse_note(Note(1, texts[0], Span(0, 0, 1)), build_context(texts))
    assert [(c.kind, c.locator) for c in cited] == [
        (Kind.SHORT, "A 51/B 75"),
        (Kind.SHORT, "B 103"),
    ]


def test_a_siglum_after_prose_and_a_colon_starts_the_citation():
    texts = [
        "The transcript is printed as an appendix to the Kant book: GA 3, 274–96.",
        "GA 3, 28–30.",
    ]
    cited = parse_note(Note(1, texts[0], Span(0, 0, 1)), build_context(texts))
    assert [c.text for c in cited] == ["GA 3, 274–96"]


def test_an_imprint_open_at_its_end_dates_the_edition():
    from tests.parse.notes import parse

    (cited,) = parse(
        "*Kants gesammelte Schriften*, ed. Königlich Preußische Akademie der Wissenschaften "
        "(Berlin, 1900–)."
    )
    assert cited.kind is Kind.FULL
    assert (cited.fields["address"], cited.fields["year"]) == ("Berlin", "1900")
