"""What a note points at without citing a work: a bare cross-reference to another note, a
bibliography's entry head typed into a note, a note ending on a URL inside a bracket."""

from pathlib import Path

import pytest

from citekit.model import Code
from citekit.notes import truncation
from citekit.parse.patterns import find_supra
from tests.mdnotes import extract_notes

FULL = "Henry Marsh and Ada Quill, *Harbours of the North*, 2 vols (London, 1891), ii. 45."


@pytest.mark.parametrize(
    "second",
    [
        "Cf. *supra*, note 1 .",
        "Ada Finch, *A Book* (London: Penguin, 1990), 4; see also above, n. 1, on the houses.",
        "See above, n. 1.",
        "See n. 1 above; Ada Finch, *A Book* (London: Penguin, 1990), 4.",
    ],
)
def test_a_bare_pointer_to_a_note_cites_nothing(tmp_path: Path, second: str) -> None:
    """The reader is sent to the author's own note (its argument as much as its sources):
    no citation, no back-reference to guess, no finding."""
    report = extract_notes(tmp_path, [FULL, second])
    texts = [c.text for c in report.citations if c.note == 2]
    assert not any("above" in t or "supra" in t for t in texts)
    assert not [d for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


@pytest.mark.parametrize(
    "text", ["Marsh, above n. 1, 60", "Daube (n 3) 270", "Marsh and Quill, *supra* note 1"]
)
def test_a_pointer_after_a_name_is_a_short_form(text: str) -> None:
    assert find_supra(text) is not None


def test_an_inverted_whole_name_and_a_title_is_a_first_citation(tmp_path: Path) -> None:
    """ "Nelson, Robert K. *Mining the Dispatch*": no short form puts the given name after the
    family name; a bibliography's entry does."""
    report = extract_notes(tmp_path, ["Marsh, Henry K. *Harbours of the North*."])
    (citation,) = report.citations
    assert citation.kind.value == "full"
    assert citation.fields["title"] == "Harbours of the North"
    assert not [d for d in report.diagnostics if d.code is Code.SHORT_WITHOUT_FULL]


def test_a_family_name_alone_and_a_title_is_still_short(tmp_path: Path) -> None:
    report = extract_notes(tmp_path, ["Marsh, *Harbours of the North*, 12."])
    assert [d.code for d in report.diagnostics] == [Code.SHORT_WITHOUT_FULL]


def test_a_note_may_end_on_a_url_its_bracket_never_closed() -> None:
    assert truncation("The code (https://example.org/tools/core", whole=True) is None
    assert truncation("The code (London: Penguin", whole=True) is not None


def test_iso_690_short_forms_invert_the_name_and_stay_short(tmp_path: Path) -> None:
    """ISO 690 writes its short forms with the whole name inverted, the family in capitals."""
    full = "DONNE, John. *The Variorum Edition*. Bloomington: Indiana UP, 1995, s. 4."
    report = extract_notes(tmp_path, [full, "DONNE, John. *The Variorum Edition*, s. 284."])
    first, second = report.citations
    assert second.kind.value == "short"
    assert second.work == first.work


def test_a_pointer_alone_is_bluebooks_short_form_of_an_authorless_work() -> None:
    assert find_supra("*supra* note 1") is not None
    assert find_supra("6 Donne, *supra* note 12, at 413") is not None
