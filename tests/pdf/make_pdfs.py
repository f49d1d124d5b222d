"""Make the PDF fixtures of tests/pdf from one article of ours, typeset several ways.

    python tests/pdf/make_pdfs.py        (needs TeX Live with lualatex, pandoc, qpdf, LibreOffice)

The article (our prose; the works cited are real) is written out as LaTeX in five layouts
and as Markdown, each typeset (benchmarks/typeset.py) to a PDF beside its source:

- article.tex        A5, running heads (fancyhdr), links (hyperref): pdflatex
- article_lua.tex    the same, lualatex with OpenType fonts
- twocolumn.tex      two columns, footnotes at the foot of each column
- endnotes.tex       the endnotes package: notes at the end under "Notes"
- continued.tex      A6: long notes run on to the next page
- para.tex           short notes run together on shared lines (footmisc's para)
- linenumbers.tex    line numbers in the margin (lineno)
- article.md         pandoc to LaTeX in A4
- no_notes.tex       prose without a note
- word.pdf           tests/corpus2/en_footnotes_docx.docx exported by LibreOffice
- word_endnotes.pdf  tests/corpus3/fr_endnotes_docx.docx, endnotes, likewise
- scanned.pdf        a page that is only an image (no text layer)
- encrypted.pdf      no_notes.pdf locked with a password (qpdf)

The sources are committed with the PDFs, so tests compare each PDF with its source.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "benchmarks"))
from typeset import typeset  # noqa: E402

TITLE = "Railway Time and the Making of the Modern Hour"
HEAD = "Railway Time"

# (paragraph text with {N} where note N is referenced); notes below, numbered in order
PARAGRAPHS = [
    "Before the railways, every town kept its own time. Church clocks and the noon gun "
    "followed the sun, and a traveller who crossed the country met a new hour in each "
    "county.{1} The nineteenth-century railway made this diversity intolerable, because a "
    "timetable is a promise about simultaneity across distance.{2} Historians have read the "
    "adoption of a single standard as the industrialisation of time itself.{3}",
    "Yet the story is less tidy than the classic accounts suggest. Companies published "
    "timetables in local time well into the 1850s, and passengers learned to translate "
    "between hours as they learned to translate between currencies.{4} The Great Western "
    "adopted London time in 1840, the others followed piecemeal, and Parliament gave "
    "Greenwich Mean Time legal force only in 1880.{5} Several historians treat the decades "
    "between as a period of negotiation rather than imposition.{6}",
    "The negotiation had an international side. Delegates to the Prime Meridian Conference "
    "of 1884 argued less about astronomy than about prestige, and the zones they sketched "
    "were adopted slowly and unevenly.{7} Telegraph signals carried Greenwich time to "
    "observatories overseas, but colonial officials often preferred local mean time for "
    "civil purposes.{8} In India two standards coexisted for decades.{9}",
    "Work discipline is the thread that ties these episodes together. E. P. Thompson's "
    "essay remains the point of departure for any discussion of clock time and labour,{10} "
    "although its chronology has been much disputed.{11} Recent work on watches and "
    "domestic clocks shows how unevenly precise time reached ordinary households.{12}",
    "Physicists entered the story late. Einstein's reflections on simultaneity were once "
    "read as pure theory; the patent office in Bern, however, processed applications for "
    "the electrical coordination of clocks.{13} The connection is suggestive rather than "
    "causal, as its proponent concedes.{14} What is clear is that the coordination of "
    "clocks had become an engineering problem of general interest by 1905.{15}",
    "By the First World War the standard hour was taken for granted in Europe and North "
    "America.{16} Its history is nevertheless a reminder that the units in which modern "
    "life is measured were made, argued over and enforced.{17} The railway timetable was "
    "one of their most effective teachers.{18}",
]
NOTES = [
    r"Derek Howse, \emph{Greenwich Time and the Discovery of the Longitude} (Oxford: Oxford "
    r"University Press, 1980), 81--84.",
    r"Wolfgang Schivelbusch, \emph{The Railway Journey: The Industrialization of Time and "
    r"Space in the Nineteenth Century} (Berkeley: University of California Press, 1986), 42--44.",
    r"Ibid., 48.",
    r"Jack Simmons, \emph{The Victorian Railway} (London: Thames and Hudson, 1991), 346--48; "
    r"Michael O'Malley, \emph{Keeping Watch: A History of American Time} (New York: Viking, "
    r"1990), 99--101. Both describe printed conversion tables for the use of passengers, "
    r"which survive in considerable numbers for the companies of the north of England and "
    r"which show how ordinary travellers were expected to reckon with the difference "
    r"between the time at the station and the time of the town it served.",
    r"Howse, \emph{Greenwich Time}, 109--12.",
    r"Ian R. Bartky, \emph{Selling the True Time: Nineteenth-Century Timekeeping in America} "
    r"(Stanford: Stanford University Press, 2000), 5--9; Stephen Kern, \emph{The Culture of "
    r"Time and Space, 1880--1918} (Cambridge, MA: Harvard University Press, 1983), 11--15.",
    r"Vanessa Ogle, \emph{The Global Transformation of Time, 1870--1950} (Cambridge, MA: "
    r"Harvard University Press, 2015), 99--105.",
    r"Vanessa Ogle, ``Whose Time Is It? The Pluralization of Time and the Global Condition, "
    r"1870s--1940s,'' \emph{American Historical Review} 118, no.~5 (2013): 1376--1402, "
    r"\href{https://doi.org/10.1093/ahr/118.5.1376}{https://doi.org/10.1093/ahr/118.5.1376}.",
    r"Ogle, \emph{Global Transformation of Time}, 122.",
    r"E. P. Thompson, ``Time, Work-Discipline, and Industrial Capitalism,'' \emph{Past \& "
    r"Present} 38 (1967): 56--97, \href{https://doi.org/10.1093/past/38.1.56}{doi:10.1093/past/38.1.56}.",
    r"Giordano Nanni, \emph{The Colonisation of Time: Ritual, Routine and Resistance in the "
    r"British Empire} (Manchester: Manchester University Press, 2012), 3--8; Thompson, "
    r"``Time, Work-Discipline,'' 60.",
    r"Alexis McCrossen, \emph{Marking Modern Times: A History of Clocks, Watches, and Other "
    r"Timekeepers in American Life} (Chicago: University of Chicago Press, 2013), 27.",
    r"Peter Galison, \emph{Einstein's Clocks, Poincar\'e's Maps: Empires of Time} (New York: "
    r"W. W. Norton, 2003), 243--50.",
    r"Ibid., 253.",
    r"Kern, \emph{Culture of Time and Space}, 20.",
    r"O'Malley, \emph{Keeping Watch}, 145; see also the digitised timetables at "
    r"\url{https://www.railwaysarchive.co.uk/timetables/}.",
    r"Ogle, ``Whose Time Is It?,'' 1380.",
    r"Schivelbusch, \emph{Railway Journey}, 43.",
]
NO_NOTES = (
    "This page has prose and no notes. It says that the railway timetable taught the "
    "standard hour, and it cites nothing at all, so there is nothing for a reader of notes "
    "to find here."
)
PREAMBLES = {
    "article": [r"\usepackage[a5paper,margin=16mm]{geometry}", r"\usepackage[T1]{fontenc}"],
    "article_lua": [r"\usepackage[a5paper,margin=16mm]{geometry}", r"\usepackage{fontspec}"],
    "twocolumn": [
        r"\usepackage[a4paper,margin=18mm]{geometry}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{tgtermes}",
    ],
    "endnotes": [
        r"\usepackage[a5paper,margin=16mm]{geometry}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{tgtermes}",
        r"\usepackage{endnotes}",
        r"\let\footnote=\endnote",
    ],
    "continued": [
        r"\usepackage[a6paper,margin=9mm]{geometry}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{tgtermes}",
    ],
    "para": [
        r"\usepackage[a5paper,margin=16mm]{geometry}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{tgtermes}",
        r"\usepackage[para]{footmisc}",
    ],
    "linenumbers": [
        r"\usepackage[a5paper,margin=18mm]{geometry}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{tgtermes}",
        r"\usepackage{lineno}",
        r"\linenumbers",
    ],
}
HEADS = [
    r"\usepackage{fancyhdr}",
    r"\pagestyle{fancy}",
    r"\fancyhf{}",
    rf"\fancyhead[L]{{\small {HEAD}}}",
    r"\fancyhead[R]{\small\thepage}",
    r"\usepackage[hidelinks]{hyperref}",
]


def paragraphs(note: str) -> list[str]:
    """The paragraphs with each {N} replaced by NOTE formatted with the note's text."""
    out = []
    for paragraph in PARAGRAPHS:
        for number, text in enumerate(NOTES, start=1):
            paragraph = paragraph.replace(f"{{{number}}}", note.format(text=text, n=number))
        out.append(paragraph)
    return out


def latex(name: str) -> str:
    """The article as LaTeX in the layout NAME."""
    options = "[10pt,twocolumn]" if name == "twocolumn" else "[10pt]"
    body = paragraphs(r"\footnote{{{text}}}")
    lines = [
        rf"\documentclass{options}{{article}}",
        *PREAMBLES[name],
        *HEADS,
        rf"\title{{{TITLE}}}",
        r"\author{A. N. Author}",
        r"\date{}",
        r"\begin{document}",
        r"\maketitle",
        r"\thispagestyle{fancy}",
        "\n\n".join(body),
    ]
    if name == "endnotes":
        lines.append(r"\theendnotes")
    lines.append(r"\end{document}")
    return "\n".join(lines) + "\n"


def markdown() -> str:
    """The article as pandoc Markdown with [^N] footnotes."""
    body = paragraphs("[^{n}]")
    notes = [f"[^{n}]: {_tex_to_markdown(text)}" for n, text in enumerate(NOTES, start=1)]
    return f"# {TITLE}\n\n" + "\n\n".join(body) + "\n\n" + "\n\n".join(notes) + "\n"


# LaTeX of the notes -> what a reader of the printed page sees
CHARACTERS = (("``", "\u201c"), ("''", "\u201d"), (r"\&", "&"), ("~", " "), (r"\'e", "é"))
EMPH_RE = re.compile(r"\\emph\{([^{}]*)\}")
HREF_RE = re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}")
URL_RE = re.compile(r"\\url\{([^{}]*)\}")


def _tex_to_markdown(text: str) -> str:
    text = EMPH_RE.sub(r"*\1*", text)
    text = HREF_RE.sub(r"[\2](\1)", text)
    text = URL_RE.sub(r"<\1>", text)
    for tex, plain in CHARACTERS:
        text = text.replace(tex, plain)
    return text.replace("--", "\u2013")


def expected_notes() -> list[tuple[str, tuple[str, ...]]]:
    """Each note as the inline model should have it (italics *marked*), and its link targets."""
    out = []
    for note in NOTES:
        targets = tuple(m.group(1) for m in re.finditer(r"\\(?:href|url)\{([^{}]*)\}", note))
        text = EMPH_RE.sub(r"*\1*", HREF_RE.sub(r"\2", URL_RE.sub(r"\1", note)))
        for tex, plain in CHARACTERS:
            text = text.replace(tex, plain)
        out.append((text.replace("--", "\u2013"), targets))
    return out


def no_notes() -> str:
    return "\n".join(
        [
            r"\documentclass{article}",
            r"\usepackage[T1]{fontenc}",
            r"\usepackage{tgtermes}",
            r"\begin{document}",
            NO_NOTES,
            r"\end{document}",
        ]
    )


def image_pdf(target: Path) -> None:
    """A one-page PDF holding only a grey image, as a scanner without OCR makes."""
    width = height = 64
    raw = b"".join(b"\x00" + bytes((x * 4) % 256 for x in range(width)) for _ in range(height))
    png = HERE / "scan.png"
    chunk = lambda kind, data: (  # noqa: E731
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    png.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    source = HERE / "scanned.tex"
    source.write_text(
        "\\documentclass{article}\\usepackage{graphicx}\\pagestyle{empty}\n"
        "\\begin{document}\\includegraphics[width=\\textwidth]{" + str(png) + "}\\end{document}\n"
    )
    typeset(source, target)
    source.unlink()
    png.unlink()


def main() -> None:
    os.chdir(HERE)
    for name in PREAMBLES:
        source = HERE / f"{name}.tex"
        source.write_text(latex(name), encoding="utf-8")
        engine = "lualatex" if name == "article_lua" else "pdflatex"
        typeset(source, HERE / f"{name}.pdf", engine=engine)
    (HERE / "article.md").write_text(markdown(), encoding="utf-8")
    typeset(HERE / "article.md", HERE / "pandoc.pdf")
    (HERE / "no_notes.tex").write_text(no_notes(), encoding="utf-8")
    typeset(HERE / "no_notes.tex", HERE / "no_notes.pdf")
    for word, name in (
        ("corpus2/en_footnotes_docx", "word"),
        ("corpus3/fr_endnotes_docx", "word_endnotes"),
    ):
        typeset(HERE.parent / f"{word}.docx", HERE / f"{name}.pdf")
    image_pdf(HERE / "scanned.pdf")
    subprocess.run(
        ["qpdf", "--encrypt", "reader", "owner", "256", "--", "no_notes.pdf", "encrypted.pdf"],
        check=True,
        cwd=HERE,
    )


if __name__ == "__main__":
    main()
