#!/usr/bin/env python3
"""Build tests/corpus2/en_footnotes_docx.docx (a Word document with real footnotes).

    python3 tests/corpus2/make_docx.py

Standard library only (zipfile + hand-written WordprocessingML). The body has
w:footnoteReference runs; word/footnotes.xml holds the separator and
continuation-separator notes (w:id 0 and 1, as Word writes them) and the real
notes with w:id 2, 3, ... -- so the number a reader sees (1, 2, ...) is the
order of reference, not the w:id. Titles marked *...* below become italic runs
(w:rPr/w:i). The gold file (gold/en_footnotes_docx.gold.json) gives each note's
text with the asterisks kept.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
OUT = HERE / "en_footnotes_docx.docx"

TITLE = "Music for the Town: John Playford, the Stationers, and the Market for Printed Music in Restoration London"
AUTHOR = "Clare Whitlow, University of Bristol"

# Body paragraphs; [n] places the reference to note n.
BODY = [
    "Historians of the book have long insisted that the meaning of a text is shaped by the material forms in which it circulates.[1] That insistence has been slower to reach the history of printed music, where the technical difficulties of setting notes in type have tended to dominate the discussion.[2] Yet the music book trade of Restoration London was, above all, a trade: it had customers, prices, and competitors.[3]",
    "No figure embodies that trade better than John Playford, bookseller, publisher, and clerk of the Temple Church. His career has been reconstructed in outline,[4] and more recently in considerable detail.[5] What remains less clear is how Playford’s customers used the books he sold them.[6] His own prefaces offer a partial answer: they address the reader as a gentleman amateur, anxious to learn without a master.[7] The same prefaces are, however, advertisements, and should be read as such.[8]",
    "The technical history is better known. Krummel’s survey of English music printing remains the standard account,[9] and the surviving manuscripts of the Oxford Music School show how printed and manuscript copies circulated side by side.[10] The Stationers’ Register records Playford’s entries with unusual regularity.[11] Comparison with the register shows that many of his books were entered only after publication, if at all.[12]",
    "Playford’s own account of his purpose is more candid than most.[13] Samuel Pepys, who bought several of his books, noted their prices with evident satisfaction.[14] On another occasion he recorded singing from a Playford collection with his household.[15] The dance books had a different public.[16] Their readers, as one scholar has pointed out to me, were as likely to be dancing masters as gentlemen.[17]",
    "The register also records transfers of copy between Playford and his son Henry.[18] These transfers suggest a family business planning for succession rather than a single entrepreneur.[19] The cittern and guitar tutors, often ignored, belong to the same strategy.[20] The most recent account places the turning point in the early 1680s,[21] a chronology that fits the evidence of the trade as a whole.[22] It also fits what McKenzie found in the records of the London trade in 1668.[23]",
]

# Footnotes in order of reference; *...* marks italics.
NOTES = [
    "D. F. McKenzie, *Bibliography and the Sociology of Texts* (London: British Library, 1986), p. 12; Adrian Johns, *The Nature of the Book: Print and Knowledge in the Making* (Chicago: University of Chicago Press, 1998), pp. 58–62.",
    "Ibid., p. 60.",
    "See Krummel, *English Music Printing*, p. 44, on the ‘economics of the single sheet’.",
    "Stephen Marchbank, ‘John Playford and the London Book Trade’, *The Library*, 6th ser., 14 (1992), 201–23 (p. 205).",
    "Idem, *Music for the Citizen: John Playford and his Customers, 1651–1686* (Oxford: Clarendon Press, 2001), p. 33.",
    "Marchbank, op. cit., p. 40.",
    "John Playford, *An Introduction to the Skill of Musick*, 12th edn (London: E. Jones for H. Playford, 1694), sig. A2r.",
    "Ibid., p. 14. The wording of the preface changed little between editions.",
    "D. W. Krummel, *English Music Printing, 1553–1700* (London: Bibliographical Society, 1975), p. 101; see also D. W. Krummel and Stanley Sadie, eds, *Music Printing and Publishing* (Basingstoke: Macmillan, 1990), pp. 70–74.",
    "Oxford, Bodleian Library, MS Mus. Sch. c. 95, fols 3r–5v.",
    "London, Stationers’ Hall, Register of Entries of Copies, 1682–1708, fol. 44v (hereafter *SR*).",
    "*SR*, fol. 52r; Marchbank, ‘John Playford and the London Book Trade’, p. 210.",
    "Playford, op. cit., p. 30.",
    "Samuel Pepys, *The Diary of Samuel Pepys*, ed. by Robert Latham and William Matthews, 11 vols (London: Bell, 1970–83), IX (1976), 201.",
    "Ibid., VIII, 560.",
    "John Playford, *The English Dancing Master* (London: Thomas Harper, 1651), p. 3.",
    "Personal communication from Dr Alison Keane, 3 May 2019.",
    "*SR*, fols 60v–61r.",
    "Playford, op. cit., p. 112.",
    "Thompson, *Playford’s Cittern Tutor*, p. 9.",
    "Stephen Marchbank, *Music for the Citizen: John Playford and his Customers, 1651–1686* (Oxford: Clarendon Press, 2003), p. 90.",
    "McKenzie, *Bibliography and the Sociology of Texts*, p. 30; idem, ‘The London Book Trade in 1668’, *Words*, 4 (1974), 75–92.",
    "Ibid., p. 80.",
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
<dc:title>{escape(TITLE)}</dc:title><dc:creator>Clare Whitlow</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2019-06-01T09:00:00Z</dcterms:created>
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
            info = zipfile.ZipInfo(name, date_time=(2019, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
