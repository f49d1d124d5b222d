"""Plain text as pandoc prints a manuscript's notes: titles without italics, authors named in
the running text, lists of short forms. Our own example sentences, one habit a test."""

from __future__ import annotations

from citekit.model import Document, Kind
from citekit.notes import split_notes
from citekit.parse.known import learn
from tests.parse.notes import parse
from tests.parse.test_plain_text import read


def test_short_form_of_a_work_cited_in_full_without_names() -> None:
    """`@key` in the prose prints the full note without the authors; the short form later
    names them: "Ruiz and Gil, Faros del Sur" is that work."""
    found = read(
        [
            "Faros del Sur: Una Historia de la Costa (Vigo: Mar, 2017), 12.",
            "Véase Olivera, Ferries (Basel: Schwabe, 2004); Ruiz and Gil, Faros del Sur; Lund, 3.",
        ]
    )
    short = [c for c in found[1] if c.text == "Ruiz and Gil, Faros del Sur"]
    assert short
    assert short[0].kind is Kind.SHORT
    assert short[0].fields["author"] == "Ruiz and Gil"


def test_a_title_before_its_colon_is_no_author_where_the_imprint_is_bracketed() -> None:
    cited = parse("Harbour Dues: A Survey of the Coast (Vigo: Mar, 2017), 12.")
    assert cited[0].fields["title"] == "Harbour Dues: A Survey of the Coast"
    assert "author" not in cited[0].fields
    german = parse("Jörg Albrecht: Weltliteratur im Zeitalter, Göttingen 2010, S. 3.")
    assert german[0].fields["author"] == "Albrecht, Jörg"


def test_a_note_that_opens_with_an_article_opens_with_a_title() -> None:
    cited = parse("Der Hafen In Der Frühen Neuzeit (Basel: Schwabe, 1998), 4.")
    assert "author" not in cited[0].fields
    assert parse("Veena Das, Life and Words (Berkeley: UCP, 2007).")[0].fields["author"]


def test_names_before_an_untitled_known_work_are_names_only() -> None:
    known = learn([{"title": "Faros del Sur: Una Historia"}])
    assert known.cites("Ruiz and Gil, Faros del Sur")
    assert not known.cites("Ruiz and Gil, Puertos del Sur")
    assert not known.cites("NA), faros del Sur")  # the end of a bracket, then a record


def test_plain_list_of_known_short_forms_is_cut_at_its_commas() -> None:
    found = read(
        [
            "Eva Lund, The Quiet Harbour: Ports of the Baltic (Oslo: Nord, 2001).",
            "Jan Berg, Salt and Herring (Bergen: Vest, 1999).",
            "See Lund, The Quiet Harbour, Berg, Salt and Herring.",
        ]
    )
    assert [c.text for c in found[2]] == ["Lund, The Quiet Harbour", "Berg, Salt and Herring"]


def test_a_plain_title_with_its_own_full_stop_and_a_series_stays_whole() -> None:
    """A title in title case, as Chicago prints it, opening the note (the author named in
    the running text): its subtitle's sentence and series run on to the imprint."""
    cited = parse(
        "Der Hafen In Der Frühen Neuzeit. Eine Studie Über Zölle Und Fähren, Reihe 12 "
        "(Basel: Schwabe, 1998)."
    )
    assert len(cited) == 1
    assert cited[0].text.startswith("Der Hafen In Der Frühen Neuzeit. Eine Studie")


def test_a_closed_quotation_before_a_plain_title_is_not_its_start() -> None:
    cited = parse(
        "“The tolls were raised twice that year.” The Collection in Forty Titles: A Survey, "
        "ed. by Marta Olivera, Studies 4 (Basel: Schwabe, 1998), 15."
    )
    assert [c.text[:16] for c in cited] == ["The Collection i"]


ENDNOTES = """Body text with a marker.[1] More body.[2]

Notes

[1] The ratio is: x = a / b

First proposed in Marta Olivera, Ferries of the Lower Rhine (Basel: Schwabe, 2004), 12.

[2] Eva Lund, The Quiet Harbour (Oslo: Nord, 2001).

Appendix
"""


def test_a_note_of_several_paragraphs_in_a_notes_section() -> None:
    notes, _ = split_notes(Document(path="doc.txt", text=ENDNOTES, format="txt"))
    assert [n.number for n in notes] == [1, 2]
    assert notes[0].text.endswith("(Basel: Schwabe, 2004), 12.")
    assert "Appendix" not in notes[1].text


def test_body_text_between_notes_is_no_further_paragraph() -> None:
    """Notes at the feet of pages: the body text between them carries markers."""
    text = ENDNOTES.replace("Notes\n\n", "").replace(
        "First proposed", "Page two of the body.[2] First proposed"
    )
    notes, _ = split_notes(Document(path="doc.txt", text=text, format="txt"))
    assert notes[0].text == "The ratio is: x = a / b"


def test_commentary_after_a_plain_short_form_with_its_page_is_no_part_of_it() -> None:
    cited = parse(
        "Olivera, Ferries of the Lower Rhine p.42. My reading also follows Eva Lund, "
        "“Tolls and Quays,” Harbour Studies 3, no. 1 (1998): 1–9."
    )
    assert [c.text[:12] for c in cited] == ["Olivera, Fer", "Eva Lund, “T"]
