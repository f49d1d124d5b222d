"""Short forms whose full citation an earlier note's words hold, where its parsed citation
was cut or merged with another (citekit.notetexts)."""

from citekit.model import Citation, Code, Kind
from citekit.notetexts import NoteTexts, cited_there, pointed_work
from citekit.resolve import resolve

CUT = (
    "The point is made by Ames, Winter Ports, 8, and by Mara Oldfield, Salt Roads in the "
    "North: A History of the Coast (Leeds: Tarn, 1999), 99."
)
CUT_FULL = "the North: A History of the Coast (Leeds: Tarn, 1999), 99"
SHORT = {"author": "Oldfield", "title": "Salt Roads"}


def _short(note: int, fields: dict[str, str], text: str = "Oldfield, Salt Roads, 60") -> Citation:
    return Citation(note, 0, text, Kind.SHORT, "60", fields, "book")


def _cut_note() -> list[Citation]:
    return [
        Citation(1, 0, "Ames, Winter Ports, 8", Kind.SHORT, "8", {"author": "Ames"}),
        Citation(1, 1, CUT_FULL, Kind.FULL, "99", {"title": "the North", "year": "1999"}, "book"),
    ]


def test_a_short_form_cites_the_full_citation_cut_after_its_title() -> None:
    citations = (*_cut_note(), _short(2, SHORT))
    resolved, _, problems = resolve(citations, {1: CUT, 2: "Oldfield, Salt Roads, 60."})
    assert resolved[2].work == resolved[1].work
    assert 2 not in [p.note for p in problems if p.code is Code.SHORT_WITHOUT_FULL]


def test_without_the_notes_words_it_is_a_short_form_without_full() -> None:
    resolved, _, problems = resolve((*_cut_note(), _short(2, SHORT)))
    assert resolved[2].work != resolved[1].work
    assert 2 in [p.note for p in problems if p.code is Code.SHORT_WITHOUT_FULL]


def test_an_earlier_short_form_is_no_full_citation() -> None:
    """No year after the title: the earlier note repeats a short form; both are reported."""
    notes = {1: "Oldfield, Salt Roads, 4.", 2: "Oldfield, Salt Roads, 60."}
    citations = (_short(1, SHORT, "Oldfield, Salt Roads, 4"), _short(2, SHORT))
    _, _, problems = resolve(citations, notes)
    assert [p.note for p in problems if p.code is Code.SHORT_WITHOUT_FULL] == [1, 2]


def test_the_year_must_come_before_the_next_semicolon() -> None:
    texts = NoteTexts({1: "Oldfield, Salt Roads, 4; Ames, Winter Ports (Hull, 2004)."})
    assert texts.find(_short(2, SHORT)) is None


def test_an_author_date_short_form_needs_its_own_year() -> None:
    texts = NoteTexts({1: "Mara Oldfield, Salt Roads (Leeds, 1999), 4."})
    assert texts.find(_short(2, {**SHORT, "year": "2004"})) is None
    assert texts.find(_short(2, {**SHORT, "year": "1999"})) is not None


def test_a_later_note_is_not_searched() -> None:
    texts = NoteTexts({3: "Mara Oldfield, Salt Roads (Leeds, 1999), 4."})
    assert texts.find(_short(2, SHORT)) is None


def test_a_citation_of_another_titled_work_is_not_taken() -> None:
    """ "Whelan, “Script” (1997), referenced in Oldfield, Salt Roads (1999)": Whelan's paper."""
    text = (
        "Ivo Whelan, “Phantom Script” (typescript, 1997), referenced in Mara Oldfield, "
        "Salt Roads (Leeds, 1999), 108."
    )
    merged = Citation(1, 0, text, Kind.FULL, "108", {"title": "Phantom Script"}, work="w1")
    found = NoteTexts({1: text}).find(_short(2, SHORT))
    assert found is not None
    assert cited_there(found, text, [merged]) is None
    numbered = Citation(1, 0, text, Kind.FULL, "108", {"title": "1906"}, work="w1")
    assert cited_there(found, text, [numbered]) == "w1"  # a title of numbers is a cut


POINTED = "Ames, Winter Ports (Hull, 2004); cf. SEAR, (2011), http://example.org/sear."


def _supra(name: str) -> Citation:
    return Citation(3, 0, f"{name}, supra note 1", Kind.SHORT, None, {"author": name}, "misc")


def test_a_pointer_takes_the_full_citation_whose_words_name_the_author() -> None:
    cited = [
        Citation(1, 0, "Ames, Winter Ports (Hull, 2004)", Kind.FULL, work="w1"),
        Citation(1, 1, "SEAR, (2011), http://example.org/sear", Kind.FULL, work="w2"),
    ]
    assert pointed_work(_supra("SEAR"), POINTED, cited) == "w2"
    assert pointed_work(_supra("Kowalski"), POINTED, cited) is None  # the note never names him


def test_words_out_of_their_order_are_no_title_to_look_for():
    from citekit.notetexts import _may_hold

    assert _may_hold("salt roads in the north", ["salt", "roads"])
    assert not _may_hold("roads of salt", ["salt", "roads"])  # both words, not in order
    assert not _may_hold("saltroads", ["salt", "roads"])  # the pattern needs a mark between


def test_the_order_test_never_refuses_a_note_the_pattern_matches():
    import random

    from citekit.notetexts import WORD_RE, _may_hold, _words_re

    pieces = ["Salt", "salt", "ROADS", "Roads", " ", "-", "_", ", ", "ſ", "K", "İ", "ı", "é", "x",
              "roadsalt", "ß", "Ss", "1"]  # fmt: skip
    rng = random.Random(28)
    for title in ("Salt Roads", "salt roads salt", "Kiss_1"):
        words = WORD_RE.findall(title.casefold())
        for _ in range(4000):
            text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
            if _words_re(title).search(text):
                assert _may_hold(text.casefold(), words), (title, text)


def test_the_notes_naming_an_author_with_a_title_word_are_read_once_per_pair() -> None:
    texts = {
        9: "Mark Harrison, Public Health in British India (Cambridge, 1994), 99.",
        7: "Harrison wrote of publicity.",
        3: "Mark Harrison, Climates and Constitutions (Delhi, 1999), 4.",
        1: "Ann Lee, Public Life (Leeds, 1990).",
    }
    notes = NoteTexts(dict(texts))
    every = [
        n for n in texts if "harrison" in texts[n].casefold() and "public" in texts[n].casefold()
    ]
    for before in (2, 8, 10):  # the notes before BEFORE, in the order the index holds them
        assert notes._notes_with("Harrison", "Public Health", before) == [
            n for n in every if n < before
        ]
    assert notes.holding == {("harrison", "public"): [9, 7]}
