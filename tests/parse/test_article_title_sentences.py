"""An article's title of two or three sentences, read up to the periodical whose numbers close
the entry ("Is it worth it? A look at … Med Teacher 1989; 11: 291-3."), and the sentences
that stay out of it: names, a name's abbreviation, a quoted title's container."""

from __future__ import annotations

import pytest

from citekit.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Frye AW, Philp JR. Is it worth it? A look at the costs of an OSCE for medical "
         "students. Med Teacher 1989; 11: 291-3.",
         "Is it worth it? A look at the costs of an OSCE for medical students", "Med Teacher"),
        ("Kalmar P, Irrgang E. Cardiac surgery in Germany during 1998. A report by the German "
         "Society for Thoracic Surgery. Thorac Cardiovasc Surg (1999) 47:260-263.",
         "Cardiac surgery in Germany during 1998. A report by the German Society for Thoracic "
         "Surgery", "Thorac Cardiovasc Surg"),
        ("Guttmann, E. (1997). Lebensverhältnisse von Einpersonenhaushalten. Ergebnis der "
         "Verbrauchsstichprobe 1993. Wirtschaft und Statistik, Nr. 6, 418-427.",
         "Lebensverhältnisse von Einpersonenhaushalten. Ergebnis der Verbrauchsstichprobe 1993",
         "Wirtschaft und Statistik"),
    ],
)  # fmt: skip
def test_a_title_runs_on_to_the_periodical(text, title, journal) -> None:
    entry = parse_reference(text)
    assert entry.entry_type == "article"
    assert (entry.fields["title"], entry.fields["journal"]) == (title, journal)


def test_a_one_sentence_title_keeps_its_end() -> None:
    entry = parse_reference("Rothman D. The discovery of the asylum revisited. Hist Psychiatry. "
                            "2001;12(3):301-19.")  # fmt: skip
    assert entry.fields["title"] == "The discovery of the asylum revisited"
    assert entry.fields["journal"] == "Hist Psychiatry"


def test_a_sentence_closed_by_a_names_abbreviation_stays_out_of_the_title() -> None:
    """ "Biomedical Computing, Proc. SPIE, 1808": the sentence is the container's, not the
    title's."""
    entry = parse_reference(
        "Guziec, A., & Ayache, N. (1992). Smoothing and matching of 3-d space curves. "
        "Visualization in Biomedical Computing, Proc. SPIE, 1808, 259-273."
    )
    assert entry.fields["title"] == "Smoothing and matching of 3-d space curves"
