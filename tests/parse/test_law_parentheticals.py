"""Law notes' habits around a case: a signal in the case name's italics ("*see Orlam*"), and a
closing bracket naming the opinion or the judge cited. Invented cases."""

from __future__ import annotations

from citekit.parse.editorialremark import without_remark
from citekit.parse.italicsignal import signal_outside
from tests.test_resolve import resolve_notes


def test_a_signal_leaves_the_italics_of_the_case_it_introduces():
    assert signal_outside("12 U.S.C. § 4; *see Orlam*, 139 S. Ct. at 21.") == (
        "12 U.S.C. § 4; see *Orlam*, 139 S. Ct. at 21."
    )
    assert signal_outside("*See also Orlam v. Lund*, 517 U.S. 748 (1996).") == (
        "See also *Orlam v. Lund*, 517 U.S. 748 (1996)."
    )
    assert signal_outside("*See* *Orlam*") == "*See* *Orlam*"  # two runs: nothing to move


def test_an_opinion_or_judge_bracket_is_no_part_of_the_citation():
    assert without_remark("*Id.* at 2131 (Vire, J., dissenting)") == "*Id.* at 2131"
    assert without_remark("*Orlam*, 139 S. Ct. at 21 (plurality opinion)") == (
        "*Orlam*, 139 S. Ct. at 21"
    )
    assert without_remark("Orlam v Lund [2015] UKSC 4, [44] (Lord Vire)") == (
        "Orlam v Lund [2015] UKSC 4, [44]"
    )
    assert (
        without_remark("Orlam v. Lund, 410 U.S. 113 (1973)") == "Orlam v. Lund, 410 U.S. 113 (1973)"
    )


def test_the_short_case_in_the_signals_italics_carries_the_id_chain():
    notes = [
        "Orlam v. Lund, 139 S. Ct. 2116 (2019).",
        "12 U.S.C. § 4; *see Orlam*, 139 S. Ct. at 2123 (plurality opinion).",
        "*Id.* at 2131 (Vire, J., dissenting).",
    ]
    citations, _ = resolve_notes(*(signal_outside(note) for note in notes))
    keys = [c.work for c in citations]
    assert keys[0] == keys[2] == keys[3] != keys[1]


def test_a_name_pointing_to_its_note_opens_a_short_form_after_a_join():
    from tests.parse.notes import parse

    for note in (
        "Orlam (n 2) 213 and, for the later law, Lund (n 3) 270.",
        "Orlam (n 2) 213, and see Lund (n 3) 270.",
    ):
        assert [(c.text, c.locator) for c in parse(note)] == [
            ("Orlam (n 2) 213", "213"),
            ("Lund (n 3) 270", "270"),
        ]


def test_a_bracket_opened_by_a_participle_explains_and_ends_the_citation():
    from tests.parse.notes import parse

    (short,) = parse("*cf.* *Orlam*, 388 F.3d at 1193 (applying the rule to the score).")
    assert (short.text, short.locator, short.fields["volume"]) == (
        "*Orlam*, 388 F.3d at 1193",
        "1193",
        "388",
    )
    (full,) = parse("Orlam v. Lund, 780 F. Supp. 182, 183 (S.D.N.Y. 1991) (opening with a verse).")
    assert full.text.endswith("(S.D.N.Y. 1991)")


def test_a_noun_in_ing_stays_in_the_citation():
    from tests.parse.notes import parse

    (cited,) = parse("Vire, *Orlam and Lund*, 12 Yale L.J. 45 (forthcoming 2026).")
    assert cited.text.endswith("(forthcoming 2026)")
    (item,) = parse("Minutes, British Library, Add MS 21254, fols 18–19 (meeting of 27 May 1787).")
    assert item.text.endswith("(meeting of 27 May 1787)")
