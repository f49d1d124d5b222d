"""Short forms of hand-typed notes that name an edition by its editor, translator or subject,
pinpoint a letter's number or a volume, or repeat a work by names, short title and year."""

from __future__ import annotations

from pathlib import Path

from citekit import extract
from citekit.dedupe import merge_works
from tests.test_resolve import assert_resolution, resolve_notes

ANDERSON = "Emily Anderson, ed., The Letters of Beethoven, 3 vols. (London: Macmillan, 1961), 1:45."
ALLOTT = "Miriam Allott, ed., The Poems of John Keats (London: Longman, 1970), 45."
DARWIN = (
    "The Correspondence of Charles Darwin, vol. 5, ed. Frederick Burkhardt and Sydney Smith "
    "(Cambridge: Cambridge University Press, 1989), 12."
)
ALLEN = (
    "Robert C. Allen, “Engels’ Pause: Technical Change, Capital Accumulation, and Inequality "
    "in the British Industrial Revolution,” Explorations in Economic History 46, no. 4 "
    "(2009): 418–35."
)
CLARK = "Gregory Clark, A Farewell to Alms (Princeton: Princeton University Press, 2007), 40."


def test_editor_named_with_a_letter_number_or_a_volume() -> None:
    assert_resolution(
        ("a", ANDERSON),
        ("b", ALLOTT),
        ("a", "Anderson, no. 61."),
        ("a", "Anderson, 2:310."),
        ("a", "Anderson, vol. 2, p. 310."),
        ("b", "Allott, letter 12."),
    )


def test_subject_of_an_edition_and_a_title_word_with_a_volume() -> None:
    assert_resolution(
        ("b", ALLOTT), ("c", DARWIN), ("b", "Keats, Poems, 101."), ("c", "Correspondence, 5: 521.")
    )


def test_a_title_word_is_no_author_of_the_edition() -> None:
    resolved, _ = resolve_notes(DARWIN, "Correspondence, 5: 521.")
    works, _, _ = merge_works(resolved)
    assert [w.fields.get("author") for w in works] == [None]


def test_names_short_title_and_year_repeat_the_work() -> None:
    assert_resolution(
        ("a", ALLEN),
        ("b", CLARK),
        ("a", "Allen, “Engels’ Pause” (2009), 420."),
        ("b", "Clark, Farewell to Alms (2007), 55."),
        ("b", "Clark (2007), 60."),
    )


def test_another_work_of_the_author_and_year_stays_apart() -> None:
    assert_resolution(("b", CLARK), ("x", "Clark, Industrial Revolution (2007), 7."))


def test_translator_named_for_a_work_with_an_author() -> None:
    assert_resolution(
        (
            "a",
            "*Alcuin of York: His Life and Letters*, trans. Stephen Allott (York: Sessions, 1974).",
        ),
        ("a", "Allott, no. 61."),
    )


def test_translators_named_for_a_work_with_an_author() -> None:
    assert_resolution(
        (
            "a",
            "Immanuel Kant, *Critique of Pure Reason*, trans. Paul Guyer and Allen W. Wood "
            "(Cambridge: Cambridge University Press, 1998), 45.",
        ),
        ("a", "Guyer and Wood, 101."),
    )


def test_an_edition_cited_again_by_the_opening_of_its_title(tmp_path: Path) -> None:
    notes = (
        "Selected Letters of Virginia Woolf, ed. Joanne T. Banks (London: Hogarth, 1989), 3.",
        "E. P. Thompson, The Making of the English Working Class (London: Gollancz, 1963), 9.",
        "Selected Letters, 40.",
    )
    body = " ".join(f"Text.[{n}]" for n in range(1, len(notes) + 1))
    listed = "\n".join(f"{n}. {text}" for n, text in enumerate(notes, start=1))
    path = tmp_path / "letters.txt"
    path.write_text(f"Chapter\n\n{body}\n\nNotes\n\n{listed}\n", encoding="utf-8")
    keys = [c.work for c in extract(path).citations]
    assert len(keys) == 3
    assert keys[2] == keys[0] != keys[1]


def test_a_letter_number_that_looks_like_a_year_and_a_bracketed_pinpoint() -> None:
    assert_resolution(
        ("a", ANDERSON),
        ("b", CLARK),
        ("a", "Anderson, no. 1547."),
        ("b", "Clark (2007: 45)."),
    )
