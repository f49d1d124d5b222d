"""Real manuscripts rendered to plain text lose the italics that end titles: the quotation a
note opens with, a title's own full stop, a series after the title, a title with no author
before its imprint. Invented works, written as Chicago and MHRA print them."""

from __future__ import annotations

import pytest

from citekit.parse import cues, segments
from citekit.parse.fields import parse_full
from citekit.parse.split import split_note
from tests.test_resolve import assert_resolution


def spans(text: str) -> list[str]:
    return [piece.text(text) for piece, _ in split_note(text)]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "“the harbour books were kept mostly from habit and seldom from need” Ingrid Salo, "
            "The Harbour Ledgers of Turku (Helsinki: Otava, 2004), 191.",
            ["Ingrid Salo, The Harbour Ledgers of Turku (Helsinki: Otava, 2004), 191"],
            id="quoted-prose-then-its-source",
        ),
        pytest.param(
            "On the tolls, “none of the clerks ever claimed to have seen the charter itself.” "
            "Varga, ‘The Toll Charters’, p. 65.",
            ["Varga, ‘The Toll Charters’, p. 65"],
            id="prose-and-a-quotation-then-a-short-form",
        ),
        pytest.param(
            "Demetrio Ortega, «Los puertos del norte y la aduana», Historia Social, 24 (1996), "
            "pp. 61-79.",
            [
                "Demetrio Ortega, «Los puertos del norte y la aduana», Historia Social, 24 (1996), "
                "pp. 61-79"
            ],
            id="a-sentence-case-title-after-its-author-stays",
        ),
        pytest.param(
            "“Why Harbours Silt and Other Questions of the Northern Coast,” Journal of Coasts "
            "3 (1990): 4.",
            [
                "“Why Harbours Silt and Other Questions of the Northern Coast,” Journal of Coasts "
                "3 (1990): 4"
            ],
            id="a-quoted-title-in-title-case-stays",
        ),
        pytest.param(
            "Jonas Weber, Die Fähren (Bern: Haupt, 1994); Lena Roth et al. (eds), "
            "Uferweise. Was Der Fluss Trägt (Wien: Atelier, 2010).",
            [
                "Jonas Weber, Die Fähren (Bern: Haupt, 1994)",
                "Lena Roth et al. (eds), Uferweise. Was Der Fluss Trägt (Wien: Atelier, 2010)",
            ],
            id="a-title-s-full-stop-before-its-imprint",
        ),
        pytest.param(
            "Karl Brenner, ‘Fährrechte’, in Ada Kern (eds), Festschrift Für Otto Lang Zum 65. "
            "Geburtstag (Regensburg: Pustet, 1994), 691–707.",
            [
                "Karl Brenner, ‘Fährrechte’, in Ada Kern (eds), Festschrift Für Otto Lang Zum 65. "
                "Geburtstag (Regensburg: Pustet, 1994), 691–707"
            ],
            id="an-ordinal-s-full-stop-in-a-title",
        ),
        pytest.param(
            "Smith, The Harbour. See Jones (London, 1990).",
            ["Smith, The Harbour. See Jones (London, 1990)"],
            id="no-imprint-run-after-a-lead-in",
        ),
    ],
)
def test_plain_spans(note: str, expected: list[str]) -> None:
    assert spans(note) == expected


def test_editor_named_after_the_title_is_no_author():
    """ "Die Summa …, ed. by Johann Roth (…)": the citation opens with the title."""
    note = "Die Summa über das Fährrecht, ed. by Johann Roth (Scientia Verlag, 1965), p. 5."
    assert spans(note) == [note.rstrip(".")]
    fields = parse_full("Wissen Und Fähre, ed. by Philipp Vogt and Mia Kranz (Olms, 2022)").fields
    assert fields["title"] == "Wissen Und Fähre"
    assert fields["editor"] == "Vogt, Philipp and Kranz, Mia"
    assert "author" not in fields


def test_a_title_without_author_before_its_imprint():
    """The running text named the author: the note opens with the title, which a bracketed
    imprint ends, or whose one word before a colon is no German "Name:" ."""
    alone = parse_full("Fährentafel (Verlag H. Kern, 2002)").fields
    assert (alone["title"], alone.get("author")) == ("Fährentafel", None)
    colon = parse_full("Uferwirtschaft: Die Geburt Der Fähre (Kulturverlag Kadmos, 2002), p. 255")
    assert (colon.fields["title"], colon.fields.get("author")) == (
        "Uferwirtschaft: Die Geburt Der Fähre",
        None,
    )


def test_a_german_short_form_keeps_its_author():
    """ "Kettler: Title, S. 140" has no bracketed imprint: the word before the colon names."""
    assert parse_full("Kessler: Republik der Fähren, S. 140").fields.get("author") == "Kessler"


def test_journal_after_a_title_is_no_series():
    """ "Studies in Philology, 3 (2017)": a journal and its volume, not a series."""
    parts = ["Harbours and Their Clerks", "Studies in Philology", "3 (2017)"]
    assert segments.title_text(parts) == ", ".join(parts)
    assert segments.title_text(parts[:2] + ["(Boston: Ginn, 1990)"]) == parts[0]


@pytest.mark.parametrize(
    ("note", "alone"),
    [("*Fährentafel*.", True), ("*Uferwirtschaft*, 255.", True), ("Ibid.", False)],
)
def test_a_marked_title_alone(note: str, alone: bool) -> None:
    assert cues.title_only(note) is alone


def test_a_name_with_ibid_is_that_author_s_last_work():
    """Medical History: "Pennington, *ibid.*, 387" after another author's note."""
    assert_resolution(
        ("holm", "Katrin Holm, *Harbour Networks* (Vienna: Springer, 2016), 4."),
        ("weir", "John Weir, *Gratian the Ferryman* (Washington: CUA Press, 2016), 43."),
        ("holm", "Holm, *ibid.*, 7."),
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Für den Kontext vgl. Oduya, Tamar, Hafenbücher. Lübeck 1966, S. 6.",
            ["Oduya, Tamar, Hafenbücher. Lübeck 1966, S. 6"],
            id="german-comment-then-pointer",
        ),
        pytest.param(
            "Sul contesto cfr. Ferri, Lucia, I registri del porto. Bologna 1988, p. 14.",
            ["Ferri, Lucia, I registri del porto. Bologna 1988, p. 14"],
            id="italian-comment-then-pointer",
        ),
    ],
)
def test_a_plain_citation_after_comment_and_pointer_keeps_its_imprint(note, expected):
    """ "Comment, vgl. Family, Given, Title. Place Year": the names and title begun after the
    pointer run on to the imprint in the next sentence, as they do after a pointer alone."""
    assert spans(note) == expected
