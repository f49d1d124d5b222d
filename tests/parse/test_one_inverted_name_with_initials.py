"""ISO 690 in ordinary case (Czech and Slovak law faculties' notes) prints one author family
first with initials, then the title after the last initial's full stop: "Palmatary, H. C. The
Pottery of Marajó Island". In plain text no italics mark where the title starts; one such
name is read whole when a capitalised word opens the title (citekit.parse.initialsinverted).
A German page ("Müller, S. 12") is no name. Notes written for these tests."""

from __future__ import annotations

from citekit.parse.fields import parse_full
from citekit.parse.initialsinverted import initials_inverted


def test_one_inverted_name_before_a_capitalised_title() -> None:
    fields = parse_full("Vrána, K. J. Solné stezky Pošumaví. Praha: Academia, 1998").fields
    assert fields["title"] == "Solné stezky Pošumaví"
    assert fields["author"].startswith("Vrána, K. J")


def test_a_page_after_a_name_is_no_initial() -> None:
    assert initials_inverted(["Müller,", "S.", "12"]) == 0
    assert initials_inverted(["Vrána,", "K.", "Solné", "stezky"]) == 2
