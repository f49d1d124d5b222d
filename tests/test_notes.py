"""Finding the notes of plain text: one row per layout trap, and the note diagnostics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit import report, sources
from citekit.model import Code, Document, Footnote, Link, Report
from citekit.notes import split_notes, truncation

DATA = Path(__file__).parent / "data" / "notes"


def _notes_of(text: str) -> tuple[list[tuple[int, str]], set[tuple[str, int | None]]]:
    """(number, text) of each note, and (code, note) of each diagnostic."""
    notes, diagnostics = split_notes(Document(path="doc.txt", text=text, format="txt"))
    return [(n.number, n.text) for n in notes], {(str(d.code), d.note) for d in diagnostics}


LAYOUT_ROWS = [
    (
        "superscript_page_bottom.txt",
        [
            (1, "Johann Peter Eckermann, Gespräche mit Goethe (Leipzig: Brockhaus, 1836), S. 325."),
            (2, "Fritz Strich, Goethe und die Weltliteratur (Bern: Francke, 1946), S. 17."),
            (
                3,
                "Karl Marx und Friedrich Engels, Manifest der Kommunistischen Partei (London, "
                "1848), "
                "S. 6.",
            ),
        ],
    ),
    (
        "plain_endnotes.txt",
        [
            (1, "Georg Lukács, La théorie du roman (Paris: Gonthier, 1963), p. 45."),
            (2, "Pierre Bourdieu, Les règles de l'art (Paris: Seuil, 1992), p. 98."),
            (3, "Ibid., p. 112."),
        ],
    ),
    (
        "prose_numbers.txt",
        [
            (1, "Minutes of the Congress, vol. 2 (Beijing, 1990), p. 45."),
            (2, "Ibid., p. 50."),
        ],
    ),
    (
        "year_starts_body.txt",
        [
            (1, "Boris Kulik, Sovetsko-kitaiskii raskol (Moscow: IDV RAN, 2000), p. 12."),
            (2, "Kireev, Rossia-Kitai, p. 167."),
        ],
    ),
    (
        "note_continued.txt",
        [
            (1, "Nikolai Ryzhkov, Desiat let (Moscow: Kniga, 1996), p. 48-49."),
            (2, "Mikhail Gorbachev, Zhizn i reformy, vol. 1 (Moscow: Novosti, 1995), p. 224-225."),
            (
                3,
                "Philip Hanson, The Rise and Fall of the Soviet Economy (London: Pearson, 2003), "
                "p. 170.",
            ),
        ],
    ),
    (
        "note_continued_page_without_notes.txt",
        [
            (
                1,
                "Karl Schlögel, Terror und Traum (München: Hanser, 2008), S. 12-13; vgl. auch "
                "ebd., S. 40.",
            ),
        ],
    ),
    (
        "body_continued.txt",
        [
            (
                1,
                'Péter Vámos, "Only a handshake but no embrace," in China Learns from the Soviet '
                "Union,",
            ),
        ],
    ),
    (
        "body_starts_with_marker.txt",
        [
            (1, "János Kornai, Le système socialiste (Grenoble: PUG, 1996), p. 12."),
            (2, "Ibid., p. 40."),
            (3, "Alec Nove, L'économie soviétique (Paris: Economica, 1990), p. 77."),
            (4, "Ibid., p. 80."),
        ],
    ),
    (
        "body_starts_with_marker_alone.txt",
        [
            (1, "János Kornai, Das sozialistische System (Baden-Baden: Nomos, 1995), S. 12."),
            (2, "Ebd., S. 40."),
            (3, "Alec Nove, Die Sowjetwirtschaft (Frankfurt: Suhrkamp, 1980), S. 77."),
            (4, "Ebd., S. 80."),
        ],
    ),
    (
        "running_heads.txt",
        [
            (1, "Doris Bachmann-Medick, Cultural Turns (Reinbek: Rowohlt, 2006), S. 238."),
            (2, "Ebd., S. 240."),
        ],
    ),
    (
        "hard_wrapped.txt",
        [
            (
                1,
                "Elizabeth Wishnick, Mending Fences (Seattle: University of Washington Press, "
                "2001), p. 12.",
            ),
            (
                2,
                "Gilbert Rozman, A Mirror for Socialism (Princeton: Princeton University Press, "
                "1985), p. 3.",
            ),
            (3, "Boris Kulik, Sovetsko-kitaiskii raskol (Moscow: IDV RAN, 2000), p. 98-99."),
        ],
    ),
    (
        "bracket_markers.txt",
        [
            (1, "United Nations, World Economic Survey (New York, 1991), p. 4."),
            (2, "Ibid., p. 9."),
        ],
    ),
    ("no_notes.txt", []),
    (
        "body_opens_with_number.txt",
        [
            (1, "Minutes of the Congress (Beijing, 1990), p. 12."),
            (2, "Ibid., p. 14."),
        ],
    ),
    (
        "stray_superscript.txt",
        [
            (1, "Minutes of the Congress (Beijing, 1990), p. 12."),
            (2, "Ibid., p. 14."),
            (3, "Ibid., p. 20."),
        ],
    ),
    (
        "short_notes_ending_in_numbers.txt",
        [
            (1, "Minutes of the Congress (Beijing, 1990), p. 12."),
            (2, "Ibid., p 42"),
            (3, "Ibid., p 42"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "expected"), LAYOUT_ROWS, ids=[r[0][:-4] for r in LAYOUT_ROWS])
def test_finds_the_notes_and_nothing_else(name: str, expected: list[tuple[int, str]]) -> None:
    notes, diagnostics = _notes_of(sources.read(DATA / name).text)
    assert notes == expected
    # every marker has its note, every note its marker; a text without notes says so
    assert diagnostics == (set() if expected else {("no-notes", None)})


DIAGNOSTIC_ROWS = [
    (
        "One.¹ Two.² Three.³\n\n¹ Smith, Book, p. 3.\n\n³ Jones, Essay, p. 4.\n",
        {("missing-note", 2)},
    ),
    (
        "One.¹ Two.²\n\n¹ Smith, Book, p. 3.\n\n² Jones, Essay, p. 4.\n\n³ Brown, War, p. 5.\n",
        {("orphan-note", 3)},
    ),
    (
        "One.¹ Two.²\n\n¹ Smith, Book, p. 3.\n\n² Jones, Essay, p. 4.\n\n² Brown, War, p. 5.\n",
        {("duplicate-note-number", 2)},
    ),
    ("One.¹ Two.²\n\n¹ Smith, Book, p. 98-\n\n² Jones, Essay, p. 4.\n", {("truncated-note", 1)}),
    (
        "One.¹ Two.²\n\n¹ Smith, Book, p. 3.\n\n² see his interview on the roots of the collapse\n",
        {("truncated-note", 2)},
    ),
    ("One.¹ Two.²\n\n¹ Smith, Book, p. 3,\n\n² Jones, Essay, p. 4;\n", set()),
    (
        "China.1 Japan.2 Korea.3\n\n1 Smith, Book, p. 3.\n\n3 Jones, Essay, p. 4.\n",
        {("missing-note", 2)},
    ),
    (
        "In 1989.1 It was 3.5 times more than in 1,000 years.2\n\n"
        "1 Smith, Book (Paris, 1990), p. 3.\n\n2 Jones, Essay, p. 4.\n",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DIAGNOSTIC_ROWS,
    ids=[
        "missing",
        "orphan",
        "duplicate",
        "dangling-range",
        "no-final-punctuation",
        "comma-and-semicolon-are-complete",
        "missing-plain-digit",
        "decimals-are-not-markers",
    ],
)
def test_note_diagnostics(text: str, expected: set[tuple[str, int]]) -> None:
    assert _notes_of(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "truncated"),
    [
        ("Radchenko, Unwanted visionaries, p. 98-", True),
        ("Smith, The Book (London: Penguin,", True),
        ("Smith, The Book (London: Penguin, 2001.", True),
        ("Jones, Essay on the economy of the", True),
        ("Schmidt, Geschichte der Literatur und", True),
        ("Dupont, Histoire, in:", True),
        ("Pinol, Le Monde des villes, Paris, Hachette, 1991, p.", True),
        ("Smith, The Book, p. 3.", False),
        ("Smith, The Book, p. 46-51,", False),
        ("Smith, The Book, p. 309;", False),
        ("Müller, Weltliteratur, S. 224 f", False),
        ("Dupont, Histoire, passim", False),
        ("See http://www.saburov.org/economics/reforms", False),
        ("", False),
        ("Gale agrees (title page to Gale, The Book (London: Penguin, 2001). He moved.", False),
    ],
    ids=[
        "range",
        "parenthesis",
        "parenthesis-full-stop",
        "connecting-word",
        "german-und",
        "colon",
        "page-label-without-page",
        "full-stop",
        "comma",
        "semicolon",
        "german-f",
        "passim",
        "url",
        "empty",
        "a-bracket-left-open-then-sentences",
    ],
)
def test_truncation(text: str, truncated: bool) -> None:
    assert (truncation(text) is not None) == truncated


@pytest.mark.parametrize(
    ("text", "truncated"),
    [
        ("*Persona*, Mozilla", False),
        ('"Comments on H.264". Montgomery works for Mozilla in their codecs team', False),
        ("Radchenko, Unwanted visionaries, p. 98-", True),
        ("Smith, The Book (London: Penguin,", True),
        ("Jones, Essay on the economy of the", True),
        ("Pinol, *Le Monde des villes*, Paris, Hachette, 1991, p.", True),
        ("Smith, The Book (London: Penguin, 2001.", False),
    ],
    ids=[
        "title-and-site",
        "commentary",
        "range",
        "parenthesis",
        "connecting-word",
        "bare-p",
        "parenthesis-left-open-by-a-slip",
    ],
)
@pytest.mark.parametrize("fmt", ["md", "html", "tex", "docx"])
def test_a_note_read_from_markup_is_whole(fmt: str, text: str, truncated: bool) -> None:
    """Its last word is the author's; only a break in the citation's own shape is reported."""
    doc = Document(
        path=f"doc.{fmt}", text="One.", format=fmt, footnotes=(Footnote(1, text, 1),),
        references=(1,),
    )  # fmt: skip
    codes = {str(d.code) for d in split_notes(doc)[1]}
    assert ("truncated-note" in codes) == truncated


@pytest.mark.parametrize(
    ("footnotes", "references", "expected"),
    [
        ((Footnote(1, "A.", 1), Footnote(2, "B.", 2)), (1, 2), set()),
        ((Footnote(1, "A.", 1),), (1, 2), {(Code.MISSING_NOTE, 2)}),
        ((Footnote(1, "A.", 1), Footnote(2, "B.", 2)), (1,), {(Code.ORPHAN_NOTE, 2)}),
    ],
    ids=["complete", "reference-without-note", "note-without-reference"],
)
def test_structured_notes_checked_against_references(footnotes, references, expected) -> None:
    doc = Document(
        path="d.md", text="one\ntwo\n", format="md", footnotes=footnotes, references=references
    )
    notes, diagnostics = split_notes(doc)
    assert [n.number for n in notes] == [f.number for f in footnotes]
    assert {(d.code, d.note) for d in diagnostics} == expected


def test_structured_note_span_is_its_line() -> None:
    doc = Document(
        path="d.md",
        text="one\ntwo\nthree\n",
        format="md",
        footnotes=(Footnote(1, "A *note* text.", 3, (Link(2, 8, "https://example.org"),)),),
        references=(1,),
    )
    (note,), _ = split_notes(doc)
    assert (note.text, note.span.start, note.span.line) == ("A *note* text.", 8, 3)
    assert note.links == (Link(2, 8, "https://example.org"),)


def test_note_span_points_into_the_text() -> None:
    text = (DATA / "superscript_page_bottom.txt").read_text(encoding="utf-8")
    notes, _ = split_notes(Document(path="d.txt", text=text, format="txt"))
    for note in notes:
        assert text.count("\n", 0, note.span.start) + 1 == note.span.line
        assert text[note.span.start : note.span.end].lstrip().startswith("¹²³"[note.number - 1])


# text made of the pieces notes are made of: digits, superscripts, markers, blank lines
PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "¹",
        "²",
        "⁴⁵",
        "1",
        "12",
        "1982",
        "[3]",
        ".",
        ",",
        "(",
        ")",
        "-",
        "p. 98-",
        "Ibid.",
        "the",
        "Smith",
        "Weltliteratur 215",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=5))).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_valid_report(text: str) -> None:
    notes, diagnostics = split_notes(Document(path="doc.txt", text=text, format="txt"))
    assert all(isinstance(n.number, int) and n.number >= 0 for n in notes)
    assert all(0 <= n.span.start <= n.span.end <= len(text) for n in notes)
    assert all(d.code in set(Code) for d in diagnostics)
    found = Report(source="doc.txt", notes=notes, citations=(), works=(), diagnostics=diagnostics)
    contract = json.loads(json.dumps(report.to_contract(found)))
    assert [n["number"] for n in contract["notes"]] == [n.number for n in notes]


SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _numbered(numbers: range, *, superscript: bool) -> str:
    """A body citing notes NUMBERS, then the notes, as in an endnotes section."""

    def marker(n: int) -> str:
        return str(n).translate(SUPERSCRIPT_DIGITS) if superscript else str(n)

    body = " ".join(f"Claim number {n}.{marker(n)}" for n in numbers)
    point = "" if superscript else "."
    notes = "\n".join(f"{marker(n)}{point} Smith, Book, p. {n}." for n in numbers)
    return f"{body}\n\nNotes\n\n{notes}\n"


@pytest.mark.parametrize("superscript", [True, False], ids=["superscript", "plain"])
def test_note_numbers_of_five_digits_go_on(superscript: bool) -> None:
    notes, diagnostics = _notes_of(_numbered(range(1, 10_006), superscript=superscript))
    assert [n for n, _ in notes] == list(range(1, 10_006))
    assert notes[-1] == (10_005, "Smith, Book, p. 10005.")
    assert diagnostics == set()


@pytest.mark.parametrize(
    "text",
    [
        "A claim.¹ Another.²\n\n¹ Smith, Book, p. 3.\n\n² Jones, Essay, p. 4.\n\n"
        "12345678901234 Jones, Essay, p. 5.\n",
        "A claim.¹ Another.²\n\n¹ Smith, Book, p. 3.\n\n² Jones, Essay, p. 4.\n\n"
        "¹⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰ Jones, Essay, p. 5.\n",
    ],
    ids=["plain", "superscript"],
)
def test_a_long_run_of_digits_is_no_marker(text: str) -> None:
    notes, diagnostics = _notes_of(text)
    assert [n for n, _ in notes] == [1, 2]
    assert diagnostics == set()


@pytest.mark.parametrize(
    "gap", ["\n\n\n", "\n\n\n\n", "\n \n\t\n"], ids=["two-blank-lines", "three", "spaces"]
)
def test_a_note_after_several_blank_lines_is_kept(gap: str) -> None:
    notes, diagnostics = _notes_of(f"A claim.¹{gap}¹ Smith, *Book* (London, 1990), p. 3.\n")
    assert notes == [(1, "Smith, *Book* (London, 1990), p. 3.")]
    assert diagnostics == set()


def test_a_note_line_opening_with_a_figure_is_no_note_among_bracketed_notes() -> None:
    """Pandoc's plain text numbers notes "[N]"; a wrapped line of note 3 that opens with a
    volume ("9 (2007), …") must not be taken for note 9 and hide notes 4 to 8."""
    notes = []
    for number in range(1, 13):
        if number == 3:
            notes.append(
                "[3] B. Moe, ‘Quays and Sheds’, Sea Studies,\n9 (2007), 12–19; see also Lund, "
                "op. cit.,\n(note 1), 116."
            )
        elif number % 2:
            notes.append(f"[{number}] C. Dahl, Piers (Bergen, 19{number + 50}), {number}.")
        else:
            notes.append(f"[{number}] Dahl, op. cit., (note {number - 1}), {number + 3}.")
    body = " ".join(f"Claim {number}.[{number}]" for number in range(1, 13))
    found, _ = split_notes(Document("a.txt", body + "\n\n" + "\n\n".join(notes) + "\n", "txt"))
    assert [n.number for n in found] == list(range(1, 13))
    assert "9 (2007)" in found[2].text
