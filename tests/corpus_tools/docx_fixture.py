"""A Word document with real footnotes, for the corpus fixtures (standard library only).

The body has w:footnoteReference runs; word/footnotes.xml holds the separator and
continuation-separator notes first (w:id 0 and 1, as Word writes them) and then the real
notes with w:id 2, 3, ... -- so the number a reader sees (1, 2, ...) is the order of
reference, not the w:id. Titles marked *...* become italic runs (w:rPr/w:i).
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def runs(text: str, rpr: str = "", *, per_word: bool = False) -> str:
    """Text with *italic* spans as w:r runs.

    PER_WORD puts each word and each space of an italic span in a run of its own, as
    pandoc and some Word versions write them.
    """
    out = []
    for i, part in enumerate(re.split(r"\*", text)):
        if not part:
            continue
        props = rpr + ("<w:i/>" if i % 2 else "")
        pr = f"<w:rPr>{props}</w:rPr>" if props else ""
        pieces = re.split(r"( )", part) if per_word and i % 2 else [part]
        for piece in pieces:
            if piece:
                out.append(f'<w:r>{pr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def styled(text: str, style: str) -> str:
    """A run in the character style STYLE (its w:styleId)."""
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def inserted(xml: str) -> str:
    """Runs inserted with change tracking on."""
    return f'<w:ins w:id="90" w:author="Editor" w:date="2024-01-01T00:00:00Z">{xml}</w:ins>'


def deleted(text: str) -> str:
    """Text deleted with change tracking on (Word keeps it as w:delText)."""
    return (
        '<w:del w:id="91" w:author="Editor" w:date="2024-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def hyperlink(text: str, rid: str) -> str:
    """A w:hyperlink whose target is relationship RID of the part."""
    return f'<w:hyperlink r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'


def field_link(text: str, url: str) -> str:
    """A HYPERLINK field: begin, instructions, separate, the shown text, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{escape(url)}" \\o "tip" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def relationships(targets: dict[str, str]) -> str:
    """A part's .rels: relationship id -> external hyperlink target."""
    rels = "".join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{escape(url)}" TargetMode="External"/>'
        for rid, url in targets.items()
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'


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


def document_xml(title: str, author: str, body: list[str]) -> str:
    paras = [
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{runs(title)}</w:p>',
        f'<w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr>{runs(author)}</w:p>',
    ]
    paras += [body_para(p) for p in body]
    sect = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{"".join(paras)}{sect}</w:body></w:document>'


def footnotes_xml(notes_text: list[str], *, raw: bool = False) -> str:
    notes = [
        '<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in enumerate(notes_text, start=1):
        notes.append(
            f'<w:footnote w:id="{n + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{text if raw else runs(text)}</w:p></w:footnote>'
        )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>{"".join(notes)}</w:footnotes>'


STYLES_TEMPLATE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
{{extra}}</w:styles>"""
STYLES = STYLES_TEMPLATE.format(extra="")

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


def core_xml(title: str, creator: str, created: datetime) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{escape(title)}</dc:title><dc:creator>{creator}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">{created:%Y-%m-%dT%H:%M:%SZ}</dcterms:created>
</cp:coreProperties>"""


def write_docx(
    out: Path, *, title: str, author: str, creator: str, created: datetime, body: list[str],
    notes: list[str], raw_notes: bool = False, extra_styles: str = "",
    note_links: dict[str, str] | None = None,
) -> None:
    """The .docx, byte for byte the same on every run (the zip entries carry CREATED).

    With RAW_NOTES each note is given as the WordprocessingML of its runs; EXTRA_STYLES
    are more w:style elements; NOTE_LINKS the hyperlink relationships of the notes part.
    """
    stamp = (created.year, created.month, created.day, created.hour, created.minute, created.second)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("docProps/core.xml", core_xml(title, creator, created)),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", document_xml(title, author, body)),
        ("word/styles.xml", STYLES_TEMPLATE.format(extra=extra_styles)),
        ("word/footnotes.xml", footnotes_xml(notes, raw=raw_notes)),
    ]
    if note_links:
        parts.append(("word/_rels/footnotes.xml.rels", relationships(note_links)))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print(f"wrote {out}")
