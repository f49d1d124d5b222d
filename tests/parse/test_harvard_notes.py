"""Harvard references typed into notes ("Surname, I. (Year) *Title*. Place: Publisher") beside a
lead-in, another citation or commentary: each entry read whole by the entry reader. Invented
names and titles."""

from __future__ import annotations

from citekit.model import Kind
from citekit.parse.reference import parse_reference
from citekit.parse.refnote import reference_note
from tests.parse.notes import parse


def test_harvard_entries_after_a_lead_in_and_a_see_are_read_whole():
    found = parse(
        "The standard account remains Marlow, T. (1981) *Grain and Weather: The Northern Plains "
        "in the 1890s*. Lincoln: Harbour University Press. For a narrative written for a "
        "general readership, see Ostrander, P. (2004) *The Long Drought*. Boston: Lantern Books."
    )
    assert [c.kind for c in found] == [Kind.FULL, Kind.FULL]
    assert [c.fields["author"] for c in found] == ["Marlow, T.", "Ostrander, P."]
    assert found[0].fields["title"] == "Grain and Weather: The Northern Plains in the 1890s"
    assert found[0].fields["publisher"] == "Harbour University Press"
    assert found[1].fields["year"] == "2004"
    assert found[1].text.startswith("Ostrander, P. (2004)")


def test_a_harvard_chapter_after_see_also_is_its_own_citation():
    # its title quoted ’…’, as LaTeX prints a typed 'Causes of the storms'
    found = parse(
        "Usk, B. (2005) *On the High Plains*. Austin: Lakeside Press, pp. 143–163; see also "
        "Usk, B. (2008) ’Causes of the storms’, in Pell, A.K. (ed.) *Mapping the Past*. "
        "Redlands, CA: Orchard Press, pp. 93–104."
    )
    assert [c.fields.get("year") for c in found] == ["2005", "2008"]
    assert found[1].fields["title"] == "Causes of the storms"
    assert found[1].fields["booktitle"] == "Mapping the Past"


def test_a_harvard_article_after_an_ibid_and_a_lead_in():
    found = parse(
        "Ibid., p. 680; on the later record, Rausch, R. (2012) ’The lasting cost of the storms’, "
        "*Review of Plains Economics*, 102(4), pp. 1477–1507."
    )
    assert [c.kind for c in found] == [Kind.IBID, Kind.FULL]
    assert found[1].fields["journal"] == "Review of Plains Economics"
    assert found[1].fields["title"] == "The lasting cost of the storms"


def test_a_title_quoted_with_right_quotes_at_both_ends():
    # LaTeX prints a typed 'Title' as ’Title’; some typists do the same
    entry = parse_reference(
        "Lindqvist, H. (1992) ’A place for stories’, *Journal of Plains History*, 78(4), "
        "pp. 1347–1376."
    )
    assert entry.fields["title"] == "A place for stories"
    assert entry.fields["journal"] == "Journal of Plains History"


def test_a_clause_of_commentary_after_the_imprint_is_left_out():
    found = parse(
        "Rausch 1985:48; compare Bonner, P. (1979) *The Dry Years*. Albuquerque: Mesa "
        "University Press, pp. 61–86, who blames the drought rather than the market."
    )
    assert found[-1].text.endswith("pp. 61–86")
    assert found[-1].fields["publisher"] == "Mesa University Press"
    assert found[-1].locator == "pp. 61–86"


def test_a_note_of_one_entry_leaves_its_closing_clause_out():
    (cited,) = parse(
        "Plains Committee (1936) *The Future of the Plains*. Washington, DC: Government "
        "Printing Office, pp. 63–67, which set the terms of the debate."
    )
    assert cited.text.endswith("pp. 63–67")
    assert cited.fields["publisher"] == "Government Printing Office"


def test_commentary_the_publisher_runs_into_is_left_out():
    found = parse(
        "Bonner, P. (1939) *Soil and State*. New York: Lantern Books. Bonner had made the case "
        "for years; Sears, P.B. (1935) *Deserts Ahead*. Norman: Mesa University Press gave it "
        "a wide readership."
    )
    assert found[-1].fields["publisher"] == "Mesa University Press"
    assert found[-1].text.endswith("Mesa University Press")


def test_a_body_with_no_date_in_a_harvard_head():
    entry = reference_note(
        "Plains Drought Centre (n.d.) *The Dry Years*. Available at: https://example.org/dry/ "
        "(Accessed: 2 May 2024)."
    )
    assert entry is not None
    assert entry.fields["author"] == "Plains Drought Centre"
    assert entry.fields["url"] == "https://example.org/dry/"


def test_a_sentence_of_commentary_after_a_note_s_one_entry_is_left_out():
    (cited,) = parse(
        "Hernán de Lora (2000), The Riddle of Credit: Why Markets Thrive in Some Towns, New York: "
        "Lantern Books. De Lora's institute designed the programme the ministry adopted."
    )
    assert cited.text.endswith("Lantern Books.")
    assert cited.fields["publisher"] == "Lantern Books"


def test_a_year_head_note_s_place_with_its_state_code():
    (cited,) = parse(
        "Sirajul Hasan (1979), The Settlement of the Delta, Thousand Oaks, CA: Lantern Press, "
        "pp. 23–45."
    )
    assert (cited.fields["title"], cited.fields["address"]) == (
        "The Settlement of the Delta",
        "Thousand Oaks, CA",
    )


def test_an_undated_harvard_entry_after_a_lead_in():
    found = parse(
        "A short summary is Lund, P. (n.d.) *The Dry Years*. Available at: "
        "https://example.org/dry/ (Accessed: 2 May 2024)."
    )
    assert [c.fields.get("author") for c in found] == ["Lund, P."]
    assert found[0].fields["url"] == "https://example.org/dry/"


def test_an_entry_whose_names_close_with_et_al():
    found = parse(
        "As shown by Marsh, J. et al. (2004) *The Dry Years*. Boston: Lantern Press; see also "
        "Lund 2001: 4."
    )
    assert [c.kind for c in found] == [Kind.FULL, Kind.SHORT]
    assert found[0].fields["author"] == "Marsh, J. and others"
    assert found[0].fields["publisher"] == "Lantern Press"


def test_german_entries_with_a_colon_after_the_year():
    found = parse(
        "Vgl. dazu Brandt, Susanne (2010): Gedankenflüge ohne Illusion. Wetzlar: Lahn Verlag, "
        "S. 12–19; anders Keller, Rainer (2004): Die stille Stadt. Berlin: Dunker, S. 40."
    )
    assert [c.fields["author"] for c in found] == ["Brandt, Susanne", "Keller, Rainer"]
    assert [c.locator for c in found] == ["S. 12–19", "S. 40"]


def test_a_title_s_colon_and_sentence_are_no_imprint_and_commentary():
    found = parse(
        "V. P. Danov, R. T. Marr, and L. Vey, eds., Sudba sovetskoi derevni: Kollektivy i "
        "khoziaistva. Dokumenty i materialy, vol. 3, Konets 1930–1933 (Moscow: Lantern, 2001), "
        "453–55. The document is a report to the Politburo of November 1932."
    )
    assert any("(Moscow: Lantern, 2001)" in c.text for c in found)
