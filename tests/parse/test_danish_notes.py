"""Danish notes: »…« around an article's title, "og" between authors, "i … (red.):" before the
book of a chapter, "Sst." for ibid., "Jf." and "se også" before a second source, "besøgt" before
an access date. Our own made-up notes."""

from __future__ import annotations

from citekit.model import Kind
from tests.parse.notes import parse


def test_reversed_guillemets_mark_an_article_title() -> None:
    (cited,) = parse("Ane Holm: »Mejerier i Jylland«, *Historisk Tidsskrift* 12 (1990), s. 5-20.")
    assert cited.fields["title"] == "Mejerier i Jylland"
    assert cited.fields["journal"] == "Historisk Tidsskrift"
    assert cited.fields["author"] == "Holm, Ane"


def test_og_joins_two_authors() -> None:
    (cited,) = parse("Ane Holm og Per Dahl: *Smør og ost*, Odense: Universitetsforlag 2001, s. 4.")
    assert cited.fields["author"] == "Holm, Ane and Dahl, Per"


def test_i_opens_the_book_of_a_chapter() -> None:
    (cited,) = parse(
        "Per Dahl: »Andelstanken«, i Ane Holm (red.): *Landbrugets historie*, bd. II, "
        "Odense: Forlag 1990, s. 101-130, her s. 110."
    )
    assert cited.entry_type == "incollection"
    assert cited.fields["booktitle"] == "Landbrugets historie"
    assert (cited.fields["pages"], cited.locator) == ("101–130", "s. 110")


def test_sst_is_an_ibid() -> None:
    (cited,) = parse("Sst., s. 52. Mejeriet lå ved åen.")
    assert (cited.kind, cited.locator) == (Kind.IBID, "s. 52")


def test_jf_after_a_full_stop_and_se_ogsaa_after_a_semicolon_open_new_sources() -> None:
    cited = parse(
        "Ane Holm: *Smør*, Odense: Forlag 2001, s. 4. Jf. Per Dahl: *Ost*, Århus: Forlag 1999, "
        "s. 9; se også Eva Berg: *Mælk*, København: Gyldendal 1980, s. 3."
    )
    assert [c.fields.get("author") for c in cited] == ["Holm, Ane", "Dahl, Per", "Berg, Eva"]
    assert cited[0].locator == "s. 4"


def test_besoegt_gives_the_access_date() -> None:
    (cited,) = parse("Den Store Danske: »Mejeri«, https://lex.dk/mejeri (besøgt 3. april 2024).")
    assert cited.fields["urldate"] == "2024-04-03"
