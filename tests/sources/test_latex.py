"""LaTeX notes through pylatexenc: accents, italics, links, \\footnotetext, unclosed notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import sources
from citekit.model import Code, Document
from citekit.notes import split_notes
from citekit.sources.latex import to_inline


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"\emph{Grundz{\"u}ge der Logik}", "*Grundzüge der Logik*"),
        (r"G{\"o}del and Poincar\'e, \textit{La Science et l'hypoth\`ese}",
         "Gödel and Poincaré, *La Science et l’hypothèse*"),
        (r"\mkbibemph{Title}, {\em Group}, {\itshape Shape}", "*Title*, *Group*, *Shape*"),
        (r"\emph{A \emph{Ship} Named}", "*A Ship Named*"),  # a title in a title: still the title
        ("„Warum?``, \\emph{Heft}", "„Warum?“, *Heft*"),
        (r"\L{}\'od\'z, \v{C}esk\'y, \c{c}a, \ss, \oe uvre, \aa", "Łódź, Český, ça, ß, œuvre, å"),
        (r"\S~3, pp.~12--15, 1990---2000, \textsc{Smith}", "§ 3, pp. 12–15, 1990—2000, Smith"),
        (r"Text\label{fn:a}\index{x} \cite[p.~3]{key2001}", "Text key2001"),
        (r"\foreignlanguage{french}{Le texte}", "Le texte"),
        (r"$x^2$ and \$5 \& 10\%", "x^2 and $5 & 10%"),
        (r"Kana\begin{CJK}{UTF8}{min}(かな)\end{CJK} and \begin{CJK*}{UTF8}{gbsn}字\end{CJK*}",
         "Kana(かな) and 字"),
        (r"\begin{otherlanguage}{french}Le texte\end{otherlanguage}, "
         r"\begin{minipage}[t]{5cm}Box\end{minipage}", "Le texte, Box"),
        (r"books?id=x7&printsec=front&q", "books?id=x7&printsec=front&q"),
    ],
    ids=["accent-in-emph", "accents", "italic-commands", "title-inside-emphasis",
         "low-quote-closed-in-tex", "special-letters", "symbols-and-dashes", "silent-commands",
         "foreignlanguage", "escapes", "cjk-environment", "environment-arguments",
         "bare-ampersand"],
)  # fmt: skip
def test_latex_text(latex: str, text: str) -> None:
    assert to_inline(latex)[0] == text


@pytest.mark.parametrize(
    ("latex", "text", "links"),
    [
        (r"\href{https://doi.org/10.1000/xyz123}{doi:10.1000/xyz123}", "doi:10.1000/xyz123",
         [("doi:10.1000/xyz123", "https://doi.org/10.1000/xyz123")]),
        (r"see \url{http://example.org/a}", "see http://example.org/a",
         [("http://example.org/a", "http://example.org/a")]),
        (r"\href{http://example.org/b}{\emph{Title}}", "*Title*",
         [("*Title*", "http://example.org/b")]),
    ],
    ids=["href-doi-not-doubled", "url", "href-italic-text"],
)  # fmt: skip
def test_latex_links(latex: str, text: str, links: list[tuple[str, str]]) -> None:
    found, found_links = to_inline(latex)
    assert found == text
    assert [(found[k.start : k.end], k.target) for k in found_links] == links


def _tex(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "doc.tex"
    path.write_text(text, encoding="utf-8")
    return sources.read(path)


def test_urls_keep_percent_and_hash(tmp_path: Path) -> None:
    doc = _tex(
        tmp_path, "A\\footnote{\\url{http://a.org/x%20y#z~w}, \\href{http://b.org/%7E}{B}.}\n"
    )
    assert doc.footnotes[0].text == "http://a.org/x%20y#z~w, B."
    assert [k.target for k in doc.footnotes[0].links] == [
        "http://a.org/x%20y#z~w",
        "http://b.org/%7E",
    ]


def test_footnotemark_and_footnotetext(tmp_path: Path) -> None:
    doc = _tex(
        tmp_path,
        "A\\footnote{One.} table\\footnotemark{} row\\footnotemark\n"
        "\\footnotetext[2]{Two.}\n\\footnotetext{Three.}\nB\\footnote{Four.}\n",
    )
    assert [(f.number, f.text, f.line) for f in doc.footnotes] == [
        (1, "One.", 1), (2, "Two.", 2), (3, "Three.", 3), (4, "Four.", 4),
    ]  # fmt: skip
    assert doc.references == (1, 2, 3, 4)


def test_a_command_named_but_not_used_is_no_note(tmp_path: Path) -> None:
    doc = _tex(tmp_path, "\\let\\footnote=\\endnote\nA\\footnote{One.}\n")
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "One.")]


def test_unclosed_footnote_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    doc = _tex(
        tmp_path,
        "\\begin{document}\nA\\footnote{Smith, \\emph{Book}, p. 3.\n"
        "Still the note.\n\nBody goes on.\\footnote{Ibid., p. 4.}\nMore\\footnote{Last.}\n"
        "\\end{document}\n",
    )
    notes, diagnostics = split_notes(doc)
    assert [(n.number, n.text) for n in notes] == [
        (1, "Smith, *Book*, p. 3. Still the note."), (2, "Ibid., p. 4."), (3, "Last."),
    ]  # fmt: skip
    assert [(d.code, d.note) for d in diagnostics] == [(Code.UNCLOSED_NOTE, 1)]
    assert "line 2" in diagnostics[0].message


def test_unclosed_last_note_stops_at_end_of_document(tmp_path: Path) -> None:
    doc = _tex(tmp_path, "A\\footnote{Smith, Book.\n\\end{document}\n")
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Smith, Book.")]
    assert [d.code for d in doc.diagnostics] == [Code.UNCLOSED_NOTE]


MACROS = r"""\documentclass{article}
\newcommand{\fnurl}[1]{\footnote{\url{#1}}}
\def\sic#1{#1\footnote{Sic in the manuscript.}}
\renewcommand{\href}[2]{#2\footnote{\url{#1}}}
\begin{document}
Text.\footnote{Smith, \emph{Book}, 3.} A site.\fnurl{https://example.org/a}
A word \sic{teh}.
\end{document}
"""


def test_a_macro_of_the_document_that_makes_a_note(tmp_path: Path) -> None:
    """The \\footnote in a definition is no note ("#1"); each use of a new macro is one, with
    its argument in place; a redefined LaTeX command (\\href) is only skipped."""
    path = tmp_path / "macros.tex"
    path.write_text(MACROS, encoding="utf-8")
    doc = sources.read(path)
    assert [(f.number, f.text, f.line) for f in doc.footnotes] == [
        (1, "Smith, *Book*, 3.", 6),
        (2, "https://example.org/a", 6),
        (3, "Sic in the manuscript.", 7),
    ]
    assert doc.references == (1, 2, 3)


def test_a_macro_without_arguments_defined_in_the_body_makes_a_note_at_each_use(
    tmp_path: Path,
) -> None:
    """\\newcommand{\\src}{\\footnote{…}} after \\begin{document}: the name in the
    definition's head is no use of it, so the definition makes no note of its own."""
    path = tmp_path / "noargs.tex"
    path.write_text(
        "\\begin{document}\n\\newcommand{\\src}{\\footnote{Our own sums from the survey.}}\n"
        "One.\\footnote{Reed, \\emph{Sales}, 4.} Two.\\src\nThree.\\src{} Four.\\footnote{Ibid.}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    doc = sources.read(path)
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Reed, *Sales*, 4."),
        (2, "Our own sums from the survey."),
        (3, "Our own sums from the survey."),
        (4, "Ibid."),
    ]


def test_the_footnote_counter_set_by_the_document_numbers_its_notes(tmp_path: Path) -> None:
    # a chapter file that goes on from the last one's notes, and a note numbered again
    doc = _tex(
        tmp_path,
        "\\setcounter{footnote}{41}\nA.\\footnote{Ann Reed, \\emph{Sales}, 4.} B.\\footnote{Ibid.}"
        "\n\\addtocounter{footnote}{-1}C.\\footnote{Ibid., 5.}\n",
    )
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (42, "Ann Reed, *Sales*, 4."),
        (43, "Ibid."),
        (43, "Ibid., 5."),
    ]
