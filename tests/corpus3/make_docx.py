#!/usr/bin/env python3
"""Build tests/corpus3/fr_endnotes_docx.docx (a French Word document with real footnotes).

    python3 tests/corpus3/make_docx.py

Standard library only (zipfile + hand-written WordprocessingML), adapted from
tests/corpus2/make_docx.py. The body has w:footnoteReference runs; word/footnotes.xml
holds the separator and continuation-separator notes first (w:id 0 and 1, as Word
writes them) and then the real notes with w:id 2, 3, ... -- so the number a reader
sees (1, 2, ...) is the order of reference, not the w:id. Titles marked *...* below
become italic runs (w:rPr/w:i); French guillemets « » carry article titles. The gold
file (gold/fr_endnotes_docx.gold.json) gives each note's text with the asterisks kept.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "fr_endnotes_docx.docx"

TITLE = "Lire à l’atelier : bibliothèques populaires et lecteurs ouvriers à Lyon (1860-1914)"
AUTHOR = "Sophie Marchal, Université Lumière Lyon 2"

# Body paragraphs; [n] places the reference to note n.
BODY = [
    "L’histoire de la lecture populaire au XIXe siècle a longtemps été écrite depuis Paris.[1] Les grandes synthèses d’histoire de l’édition ont pourtant ouvert la voie à une approche régionale,[2] et l’on dispose aujourd’hui d’études précises sur les « nouveaux lecteurs » de la seconde moitié du siècle,[3] comme sur les bibliothèques scolaires qui les ont souvent formés.[4]",
    "Le mouvement des bibliothèques populaires, né à Paris dans les années 1860, gagna rapidement Lyon.[5] Il s’agissait moins, pour ses promoteurs, d’encadrer la lecture que de la rendre possible ; les lecteurs, eux, en faisaient un usage que les fondateurs n’avaient pas prévu, ce que Michel de Certeau appelait un « braconnage ».[6] Sa réception fut d’emblée ambiguë.[7] La police, en effet, surveillait de près ces lieux de sociabilité ouvrière.[8]",
    "Les lectures des ouvriers lyonnais nous sont connues par les registres de prêt,[9] qui confirment les conclusions des enquêtes nationales[10] et celles des enquêtes orales menées auprès d’anciens lecteurs.[11] Les souvenirs d’un compagnon menuisier, publiés dès 1854, montrent combien la lecture restait une conquête.[12] Le même livre évoque aussi ses premières lectures de romans.[13]",
    "Zola, que l’on sollicita à plusieurs reprises pour des conférences, s’en amusait dans sa correspondance.[14] Les rapports de police signalent pourtant la présence de ses livres sur les rayons de plusieurs bibliothèques de la Croix-Rousse.[15] Les familles des bibliothécaires en ont parfois conservé le souvenir.[16]",
    "Les catalogues imprimés confirment cette évolution.[17] Le roman-feuilleton y occupe une place croissante à partir des années 1880,[18] au point de représenter près de la moitié des prêts vers 1900.[19] Cette proportion n’a rien d’exceptionnel.[20] Elle correspond à ce que l’on observe à l’échelle nationale.[21] Elle ne doit pas faire oublier, enfin, la persistance des lectures pratiques et religieuses.[22]",
]

# Footnotes in order of reference; *...* marks italics.
NOTES = [
    "Cet article reprend une communication présentée au séminaire « Histoire du livre » de l’ENSSIB en mai 2022. Je remercie ses participants pour leurs remarques.",
    "Henri-Jean Martin et Roger Chartier (dir.), *Histoire de l’édition française*, t. III, *Le Temps des éditeurs. Du romantisme à la Belle Époque*, Paris, Promodis, 1985.",
    "Jean Hébrard, « Les nouveaux lecteurs », *ibid.*, p. 471-509.",
    "Id., « Les bibliothèques scolaires », dans Dominique Varry (dir.), *Histoire des bibliothèques françaises*, t. III, *Les Bibliothèques de la Révolution et du XIXe siècle, 1789-1914*, Paris, Promodis-Éditions du Cercle de la Librairie, 1991, p. 546-577.",
    "Noë Richter, *Les Bibliothèques populaires*, Paris, Cercle de la Librairie, 1978, p. 45.",
    "Michel de Certeau, *L’Invention du quotidien*, t. 1, *Arts de faire*, nouv. éd., Paris, Gallimard, coll. « Folio essais », 1990, p. 239-255.",
    "Ibid., p. 251.",
    "Rapport du commissaire spécial de Lyon au préfet du Rhône, 12 mars 1872, AN, F7 12345.",
    "Anne-Marie Thiesse, « Mutations et permanences de la culture populaire : la lecture à la Belle Époque », *Annales ESC*, vol. 39, n° 1, 1984, p. 70-91.",
    "A.-M. Thiesse, art. cit., p. 80.",
    "Id., *Le Roman du quotidien. Lecteurs et lectures populaires à la Belle Époque*, Paris, Le Chemin vert, 1984, p. 33.",
    "Agricol Perdiguier, *Mémoires d’un compagnon*, éd. Maurice Agulhon, Paris, Imprimerie nationale, 1992, p. 120.",
    "Ibid.",
    "Émile Zola, *Correspondance*, éd. B. H. Bakker, t. II, Montréal-Paris, Presses de l’Université de Montréal-Éditions du CNRS, 1980, p. 45.",
    "AN, F7 12346.",
    "Lettre de Mme Claire Dubois, petite-fille d’un bibliothécaire de la Société des bibliothèques populaires du Rhône, à l’auteur, 4 avril 2019.",
    "Richter, *Les Bibliothèques populaires*, op. cit., p. 60.",
    "Hébrard, « Les nouveaux lecteurs », art. cit., p. 480.",
    "Ibid., p. 485.",
    "Id., p. 490.",
    "Martin et Chartier (dir.), *Histoire de l’édition française*, t. III, op. cit., p. 30.",
    "Voir Noë Richter, *Les Bibliothèques populaires*, Paris, Promodis, 1978, p. 70 ; Thiesse, « Mutations et permanences », art. cit., p. 85.",
]

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def runs(text: str, rpr: str = "") -> str:
    """Text with *italic* spans as w:r runs."""
    out = []
    for i, part in enumerate(re.split(r"\*", text)):
        if not part:
            continue
        props = rpr + ("<w:i/>" if i % 2 else "")
        pr = f"<w:rPr>{props}</w:rPr>" if props else ""
        out.append(f'<w:r>{pr}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return "".join(out)


def body_para(text: str) -> str:
    parts = re.split(r"\[(\d+)\]", text)
    xml = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            xml.append(runs(part))
        else:
            fid = int(part) + 1  # Word: ids 0 and 1 are the separators
            xml.append(
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'
            )
    return f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr>{"".join(xml)}</w:p>'


def document_xml() -> str:
    paras = [
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{runs(TITLE)}</w:p>',
        f'<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>{runs(AUTHOR)}</w:p>',
    ]
    paras += [body_para(p) for p in BODY]
    sect = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{"".join(paras)}{sect}</w:body></w:document>'


def footnotes_xml() -> str:
    notes = [
        '<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in enumerate(NOTES, start=1):
        notes.append(
            f'<w:footnote w:id="{n + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs(text)}</w:p></w:footnote>'
        )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{"".join(notes)}</w:footnotes>'


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""

CORE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(TITLE)}</dc:title><dc:creator>Sophie Marchal</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2023-02-10T09:00:00Z</dcterms:created>
</cp:coreProperties>"""


def main() -> None:
    # fixed timestamps so the file is byte-for-byte reproducible
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("docProps/core.xml", CORE),
            ("word/_rels/document.xml.rels", DOC_RELS),
            ("word/document.xml", document_xml()),
            ("word/styles.xml", STYLES),
            ("word/footnotes.xml", footnotes_xml()),
        ):
            info = zipfile.ZipInfo(name, date_time=(2023, 2, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
