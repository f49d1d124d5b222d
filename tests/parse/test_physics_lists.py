"""Physics reference lists: a preprint known by an old-style arXiv identifier, and a
collaboration that signs a paper, alone or before its members. Invented names and titles."""

from __future__ import annotations

from citekit.model import Kind
from citekit.parse.reference import parse_reference
from tests.parse.notes import parse


def test_an_old_style_arxiv_identifier_makes_a_full_citation():
    (cited,) = parse("R. M. Teller, Horizons and Cosmic Censorship, arXiv:gr-qc/9710068.")
    assert cited.kind is Kind.FULL
    assert cited.fields["author"] == "Teller, R. M."
    assert cited.fields["title"] == "Horizons and Cosmic Censorship"
    assert cited.fields["eprint"] == "gr-qc/9710068"


def test_a_collaboration_signs_the_paper():
    (cited,) = parse(
        "ALICE Collaboration, Flow harmonics in Au-Au collisions, "
        "Phys. Rev. Lett. 117 (2016) 182305."
    )
    assert cited.fields["author"] == "ALICE Collaboration"
    assert cited.fields["title"] == "Flow harmonics in Au-Au collisions"
    assert cited.fields["journal"] == "Phys. Rev. Lett"


def test_a_collaboration_s_members_follow_it():
    (cited,) = parse(
        "ALICE Collaboration, J. Marsh et al., Correlated flow in Pb-Pb collisions, "
        "Phys. Rev. Lett. 117 (2016) 182301."
    )
    assert cited.fields["author"] == "ALICE Collaboration and Marsh, J."
    assert cited.fields["title"] == "Correlated flow in Pb-Pb collisions"


def test_a_series_letter_against_the_volume_is_the_journal_s():
    """ "Phys. Rev. D46 (1992)": the series letter printed against the volume names the
    journal (Phys. Rev. D), as "Phys. Rev. D 46" does; the volume is 46."""
    entry = parse_reference(
        'J. Marsh, "Anisotropy as a signature of collective flow," Phys. Rev. D46 (1992) 229-245.'
    )
    assert (entry.fields["journal"], entry.fields["volume"]) == ("Phys. Rev. D", "46")
