"""Bibliographies typed by hand: a LaTeX `\\section*{Bibliography}` of paragraphs or `\\item`s,
a pandoc Markdown heading with attributes, entries that only their place in the alphabet marks
as references (an archive, a corporate author of many words)."""

from __future__ import annotations

from citekit import bibblocks, bibsection, extract
from citekit.model import Document

TEX = r"""\documentclass{article}
\begin{document}
The survey began in 1792.\footnote{Brown, \emph{Lines on the Land}, 12.}

\section*{Bibliography}

Brown, Ellen. \emph{Lines on the Land: Surveyors in France}. Paris: Belin, 1999.

———. ``Triangles.'' \emph{Revue d'histoire des sciences} 51, no. 2 (1998): 33--60.

Ordnance Survey Office of the Lower Provinces. \emph{Annual Report}. London, 1905.

Zeller, Anna. \emph{Das Meter}. Berlin: Akademie, 2004.

\end{document}
"""

TEX_ITEMS = r"""\documentclass{article}
\begin{document}
Text.\footnote{Brown, \emph{Lines}, 3.}
\section*{Works Cited}
\begin{itemize}
\item Brown, Ellen. \emph{Lines on the Land}. Paris: Belin, 1999.
\item Zeller, Anna. \emph{Das Meter}. Berlin: Akademie, 2004.
\end{itemize}
\end{document}
"""


def _doc(text: str, fmt: str) -> Document:
    return Document(path="x", format=fmt, text=text)


def test_tex_bibliography_typed_as_paragraphs_is_found() -> None:
    section = bibsection.find(_doc(TEX, "tex"))
    assert section is not None
    texts = [e.text for e in section.entries]
    assert texts[0].startswith("Brown, Ellen. *Lines on the Land")
    assert texts[1].startswith("———.")
    assert texts[-1].startswith("Zeller, Anna.")
    assert not any("end{document}" in t for t in texts)


def test_tex_bibliography_as_list_items_is_found() -> None:
    section = bibsection.find(_doc(TEX_ITEMS, "tex"))
    assert section is not None
    assert [e.text[:6] for e in section.entries] == ["Brown,", "Zeller"]


def test_tex_paragraphs_under_other_headings_are_no_blocks() -> None:
    text = TEX.replace(r"\section*{Bibliography}", r"\section*{Conclusion}")
    assert all(b.kind == "h" for b in bibblocks.blocks_of(_doc(text, "tex")))


def test_markdown_heading_attributes_do_not_hide_the_heading() -> None:
    text = (
        "Text.[^1]\n\n[^1]: Brown, *Lines*, 3.\n\n# Bibliography {#bibliography .unnumbered}\n\n"
        "Brown, Ellen. *Lines on the Land*. Paris: Belin, 1999.\n\n"
        "Zeller, Anna. *Das Meter*. Berlin: Akademie, 2004.\n"
    )
    section = bibsection.find(_doc(text, "md"))
    assert section is not None
    heading = [b for b in bibblocks.blocks_of(_doc(text, "md")) if b.kind == "h"]
    assert heading[0].text == "Bibliography"


def test_entry_without_year_taken_by_its_place_in_the_alphabet() -> None:
    section = bibsection.find(_doc(TEX, "tex"))
    assert section is not None
    assert any(e.text.startswith("Ordnance Survey Office") for e in section.entries)


def test_archive_without_year_between_entries_is_an_entry() -> None:
    text = (
        "Body.\n\nBibliography\n\n"
        "Alder, Ken. The Measure of All Things. New York: Free Press, 2002.\n\n"
        "Archives nationales, Paris. Fonds Delambre.\n\n"
        "Zupko, Ronald. Revolution in Measurement. Philadelphia: APS, 1990.\n"
    )
    section = bibsection.find(_doc(text, "txt"))
    assert section is not None
    assert [e.text[:8] for e in section.entries] == ["Alder, K", "Archives", "Zupko, R"]


def test_out_of_order_paragraph_is_no_entry() -> None:
    text = (
        "Body.\n\nBibliography\n\n"
        "Alder, Ken. The Measure of All Things. New York: Free Press, 2002.\n\n"
        "Zupko, Ronald. Revolution in Measurement. Philadelphia: APS, 1990.\n\n"
        "Translations are mine. Dates follow the republican calendar.\n\n"
        "Zweig, Stefan. Die Welt von Gestern. Stockholm: Bermann-Fischer, 1942.\n"
    )
    section = bibsection.find(_doc(text, "txt"))
    assert section is not None
    assert [e.text[:5] for e in section.entries] == ["Alder", "Zupko", "Zweig"]


MLA = """Serials sold well.[^1] Wrappers mattered.[^2] Sutherland disagreed.[^3]

[^1]: See Hughes and Lund 1–4; on precedents, Wiles 3.
[^2]: Under the law 34 numbers were stamped.
[^3]: Sutherland 21.

## Works Cited

Hughes, Linda K., and Michael Lund. *The Victorian Serial*. UP of Virginia, 1991.

Law, Graham. *Serializing Fiction in the Victorian Press*. Palgrave, 2000.

Sutherland, John. *Victorian Fiction: Writers, Publishers, Readers*. Macmillan, 1995.

---. *Victorian Novelists and Publishers*. U of Chicago P, 1976.

Wiles, R. M. *Serial Publication in England before 1750*. Cambridge UP, 1957.
"""


def test_mla_author_and_page_without_comma_cite_the_one_work(tmp_path) -> None:
    path = tmp_path / "mla.md"
    path.write_text(MLA, encoding="utf-8")
    report = extract(path)
    texts = {c.text: c for c in report.citations}
    assert texts["Hughes and Lund 1–4"].locator == "1–4"
    assert texts["Wiles 3"].locator == "3"
    works = {w.id: w for w in report.works}
    assert works[texts["Wiles 3"].work].fields["year"] == "1957"


def test_author_and_page_without_comma_need_one_work_and_a_capital(tmp_path) -> None:
    path = tmp_path / "mla.md"
    path.write_text(MLA, encoding="utf-8")
    report = extract(path)
    assert not [c for c in report.citations if c.note == 2]  # "the law 34": prose
    works = {w.id: w for w in report.works}
    sutherland = [c for c in report.citations if c.text == "Sutherland 21"]
    assert all("year" not in works[c.work].fields for c in sutherland)  # two works: which?


def test_hyphens_for_the_same_author_stay_a_dash_run(tmp_path) -> None:
    path = tmp_path / "mla.md"
    path.write_text(MLA, encoding="utf-8")
    novelists = [
        w for w in extract(path).works if w.fields.get("title", "").startswith("Victorian Novel")
    ]
    assert novelists
    assert novelists[0].fields["author"] == "Sutherland, John"
    tex = TEX.replace("———. ``Triangles", "---. ``Triangles")
    section = bibsection.find(_doc(tex, "tex"))
    assert section is not None
    assert section.entries[1].text.startswith("———. “Triangles")


def test_op_cit_answered_by_the_bibliography_is_no_short_without_full(tmp_path) -> None:
    text = (
        "Texte.[^1] Encore.[^2]\n\n"
        "[^1]: BRAUDEL, *La Méditerranée*, op. cit., p. 721.\n"
        "[^2]: FEBVRE, *Le problème de l’incroyance*, p. 12.\n\n"
        "## Bibliographie\n\n"
        "BRAUDEL Fernand, *La Méditerranée et le monde méditerranéen à l’époque de Philippe II*, "
        "Paris, Armand Colin, 1949.\n\n"
        "FEBVRE Lucien, *Le problème de l’incroyance au XVIe siècle*, Paris, Albin Michel, 1942.\n"
    )
    path = tmp_path / "fr.md"
    path.write_text(text, encoding="utf-8")
    report = extract(path)
    assert not [d for d in report.diagnostics if d.note == 1]
    braudel = next(w for w in report.works if w.fields.get("year") == "1949")
    assert braudel.fields["author"] == "Braudel, Fernand"


def test_same_author_word_opens_an_entry() -> None:
    text = (
        "Body.\n\nLiteraturverzeichnis\n\n"
        "Koselleck, Reinhart: Kritik und Krise, Freiburg: Alber 1959.\n\n"
        "Ders.: Vergangene Zukunft, Frankfurt am Main: Suhrkamp 1979.\n\n"
        "Landwehr, Achim: Geburt der Gegenwart, Frankfurt am Main: S. Fischer 2014.\n"
    )
    section = bibsection.find(_doc(text, "txt"))
    assert section is not None
    assert [e.text[:5] for e in section.entries] == ["Kosel", "Ders.", "Landw"]


ARCHIVAL = """Text.[^1] More.[^2]

[^1]: Méchain to Delambre, 12 Frimaire an III, Dossier Méchain.
[^2]: Alder, *Measure of All Things*, 5.

# Bibliography

## Archival Sources

Archives de l’Académie des sciences, Paris. Dossier Méchain.

## Secondary Sources

Alder, Ken. *The Measure of All Things*. New York: Free Press, 2002.
"""


def test_archival_entry_is_a_collection_and_its_repository(tmp_path) -> None:
    path = tmp_path / "archive.md"
    path.write_text(ARCHIVAL, encoding="utf-8")
    report = extract(path)
    dossier = [w for w in report.works if w.fields.get("title") == "Dossier Méchain"]
    assert len(dossier) == 1
    assert dossier[0].fields["howpublished"] == "Archives de l’Académie des sciences, Paris"
    letter = next(c for c in report.citations if c.note == 1)
    assert letter.work == dossier[0].id  # the item cited from the collection
    assert not [d for d in report.diagnostics if d.code.value == "uncited-entry"]


def test_archival_entry_in_either_order_and_not_a_book() -> None:
    from citekit.bibarchive import archival_entry

    entry = archival_entry("Bridgewater Estates Papers. Salford City Archives, Salford.")
    assert entry is not None
    assert entry.fields == {
        "title": "Bridgewater Estates Papers",
        "howpublished": "Salford City Archives, Salford",
    }
    assert archival_entry("Hahn, Roger. *The Paris Academy*. Berkeley: UC Press, 1971.") is None
    assert archival_entry("Smith, John. The Library. London: Penguin, 1990.") is None


def test_body_before_an_italic_title_is_the_author() -> None:
    from citekit.parse.reference import parse_reference

    ref = parse_reference(
        "Bureau international des poids et mesures. *The International System of Units (SI)*. "
        "9th ed. Sèvres: BIPM, 2019."
    )
    assert ref.fields["author"] == "Bureau international des poids et mesures"
    assert ref.fields["title"] == "The International System of Units (SI)"
    assert ref.fields["publisher"] == "BIPM"


def test_a_note_cites_a_body_by_its_acronym(tmp_path) -> None:
    text = (
        "Text.[^1]\n\n[^1]: BIPM, *International System of Units*, 127–30.\n\n"
        "## Bibliography\n\n"
        "Alder, Ken. *The Measure of All Things*. New York: Free Press, 2002.\n\n"
        "Bureau international des poids et mesures. *The International System of Units (SI)*. "
        "9th ed. Sèvres: BIPM, 2019.\n"
    )
    path = tmp_path / "bipm.md"
    path.write_text(text, encoding="utf-8")
    report = extract(path)
    cited = next(c for c in report.citations if c.note == 1)
    work = next(w for w in report.works if w.id == cited.work)
    assert work.fields["year"] == "2019"
    assert not [d for d in report.diagnostics if d.note == 1]


MLA_PLAIN = """Serial fiction

Serials sold well.[1]

Notes

1. Sutherland, Victorian Fiction 87–91; Sutherland, Victorian Novelists 21.

Works Cited

Sutherland, John. Victorian Fiction: Writers, Publishers, Readers. Macmillan,
    1995.

—. Victorian Novelists and Publishers. U of Chicago P, 1976.

Wiles, R. M. Serial Publication in England before 1750. Cambridge UP, 1957.
"""


def test_plain_mla_title_then_page_and_one_em_dash_for_the_author(tmp_path) -> None:
    path = tmp_path / "mla.txt"
    path.write_text(MLA_PLAIN, encoding="utf-8")
    report = extract(path)
    works = {w.id: w for w in report.works}
    years = {c.text: works[c.work].fields.get("year") for c in report.citations}
    assert years == {
        "Sutherland, Victorian Fiction 87–91": "1995",
        "Sutherland, Victorian Novelists 21": "1976",
    }
    novelists = next(w for w in report.works if w.fields.get("year") == "1976")
    assert novelists.fields["author"] == "Sutherland, John"
