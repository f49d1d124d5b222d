"""The same notes written in Markdown, Word, LaTeX and HTML give the same citations.

Each note is written once in a small markup (``*italic*``, ``[text](url)``, Unicode) and
rendered by hand the way each format spells it: TeX accents and ``--``, ``\\href``;
Word runs split word by word with w:hyperlink relationships; HTML entities and pandoc's
note links. Hypothesis picks which notes, in which order.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit import pipeline
from tests.corpus_tools.docx_fixture import hyperlink, runs, write_docx

NOTES = (
    "Kurt Gödel, *Grundzüge der theoretischen Logik* (Wien: Springer, 1931), 151–78.",
    "Ibid., 12.",
    "Henri Poincaré, *La Science et l’hypothèse* (Paris: Flammarion, 1902), p. 4; see also "
    "Émile Durand, “Les méthodes,” *Revue de métaphysique* 12 (1904): 33–51.",
    "Jill Lepore, “The Cobweb,” *The New Yorker*, January 26, 2015, "
    "[online](https://www.newyorker.com/magazine/2015/01/26/cobweb).",
    "Sergey Radchenko, *Unwanted Visionaries* (New York: Oxford University Press, 2014), "
    "[doi:10.1093/acprof:oso/9780199938773.001.0001]"
    "(https://doi.org/10.1093/acprof:oso/9780199938773.001.0001).",
    "Gödel, *Grundzüge*, 40.",
    "Smith & Jones, *Law and Order* (London: Sweet & Maxwell, 1999), 7–9.",
    "Personal communication from Alison Keane, 3 May 2019.",
)
PIECE_RE = re.compile(r"\*(?P<italic>[^*]+)\*|\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)")
TEX_ACCENTS = {"é": r"\'e", "É": r"\'E", "è": r"\`e", "ö": r"{\"o}", "ü": r"\"u", "’": "'"}
TEX_ESCAPES = {"&": r"\&", "–": "--", "“": "``", "”": "''"}


def _pieces(note: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, url) pieces of a note: "plain", "italic" or "link"."""
    out: list[tuple[str, str, str | None]] = []
    position = 0
    for match in PIECE_RE.finditer(note):
        out.append(("plain", note[position : match.start()], None))
        if match.group("italic"):
            out.append(("italic", match.group("italic"), None))
        else:
            out.append(("link", match.group("text"), match.group("url")))
        position = match.end()
    out.append(("plain", note[position:], None))
    return [piece for piece in out if piece[1]]


def _markdown(notes: list[str]) -> str:
    body = " ".join(f"Claim {n}.[^{n}]" for n in range(1, len(notes) + 1))
    defs = "\n".join(f"[^{n}]: {note.replace('–', '--')}" for n, note in enumerate(notes, 1))
    return f"# Essay\n\n{body}\n\n{defs}\n"


def _tex_text(text: str) -> str:
    for char, spelled in {**TEX_ESCAPES, **TEX_ACCENTS}.items():
        text = text.replace(char, spelled)
    return text


def _latex(notes: list[str]) -> str:
    def note(text: str) -> str:
        out = []
        for kind, shown, url in _pieces(text):
            if kind == "italic":
                out.append(f"\\emph{{{_tex_text(shown)}}}")
            elif kind == "link":
                out.append(f"\\href{{{url}}}{{{_tex_text(shown)}}}")
            else:
                out.append(_tex_text(shown))
        return "".join(out)

    body = "\n".join(f"Claim {n}.\\footnote{{{note(t)}}}" for n, t in enumerate(notes, 1))
    return f"\\documentclass{{article}}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"


def _html(notes: list[str]) -> str:
    def note(text: str) -> str:
        out = []
        for kind, shown, url in _pieces(text):
            escaped = html.escape(shown, quote=False).replace("’", "&rsquo;")
            if kind == "italic":
                out.append(f"<em>{escaped}</em>")
            elif kind == "link":
                out.append(f'<a href="{html.escape(url or "")}">{escaped}</a>')
            else:
                out.append(escaped)
        return "".join(out)

    refs = "".join(
        f'<p>Claim {n}.<a href="#fn{n}" class="footnote-ref" id="fnref{n}" '
        f'role="doc-noteref"><sup>{n}</sup></a></p>'
        for n in range(1, len(notes) + 1)
    )
    items = "".join(
        f'<li id="fn{n}" role="doc-endnote"><p>{note(t)}<a href="#fnref{n}" '
        'class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
        for n, t in enumerate(notes, 1)
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Essay</title></head><body>'
        f'{refs}<section class="footnotes" role="doc-endnotes"><hr/><ol>{items}</ol>'
        "</section></body></html>"
    )


def _docx(path: Path, notes: list[str]) -> None:
    links: dict[str, str] = {}
    xml = []
    for text in notes:
        out = []
        for kind, shown, url in _pieces(text):
            if kind == "link":
                links[f"rId{len(links) + 10}"] = url or ""
                out.append(hyperlink(shown, f"rId{len(links) + 9}"))
            else:
                out.append(runs(f"*{shown}*" if kind == "italic" else shown, per_word=True))
        xml.append("".join(out))
    write_docx(
        path, title="Essay", author="A", creator="A", created=datetime(2024, 1, 1),
        body=[" ".join(f"Claim {n}.[{n}]" for n in range(1, len(notes) + 1))],
        notes=xml, raw_notes=True, note_links=links,
    )  # fmt: skip


def _citations(path: Path) -> list[tuple[object, ...]]:
    report = pipeline.extract(path)
    keys = {work.id: work.key for work in report.works}
    fields = {work.key: dict(work.fields) for work in report.works}
    return [
        (c.note, c.index, c.text, c.kind, c.locator, keys.get(c.work or ""),
         fields.get(keys.get(c.work or ""), {}))
        for c in report.citations
    ]  # fmt: skip


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(NOTES), min_size=1, max_size=6))
def test_same_notes_same_citations_in_every_format(tmp_path: Path, notes: list[str]) -> None:
    (tmp_path / "essay.md").write_text(_markdown(notes), encoding="utf-8")
    (tmp_path / "essay.tex").write_text(_latex(notes), encoding="utf-8")
    (tmp_path / "essay.html").write_text(_html(notes), encoding="utf-8")
    _docx(tmp_path / "essay.docx", notes)
    expected = _citations(tmp_path / "essay.md")
    assert expected, notes
    for suffix in (".tex", ".html", ".docx"):
        assert _citations(tmp_path / f"essay{suffix}") == expected, suffix


def test_the_table_parses_as_it_should(tmp_path: Path) -> None:
    """The notes are worth comparing: their links and accents reach the fields."""
    (tmp_path / "essay.md").write_text(_markdown(list(NOTES)), encoding="utf-8")
    fields = {key: f for *_, key, f in _citations(tmp_path / "essay.md")}
    by_title = {f.get("title"): f for f in fields.values()}
    assert by_title["Grundzüge der theoretischen Logik"]["author"] == "Gödel, Kurt"
    assert by_title["The Cobweb"]["url"].endswith("/cobweb")
    assert by_title["Unwanted Visionaries"]["doi"] == "10.1093/acprof:oso/9780199938773.001.0001"
