"""The .bib a LaTeX user cites from (issue 14): flavours, langid, short titles, stable keys,
checked with bibtexparser, and with biber (and pdflatex) when they are installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit import bibout, bibtex, pipeline
from citekit.bibflavour import Flavour
from citekit.model import Work

NOTES = """Text.[^1] More.[^2] Again.[^3] Then.[^4] Last.[^5]

[^1]: Brian Stock, *The Implications of Literacy: Written Language and Models of \
Interpretation* (Princeton: Princeton University Press, 1983), 12.
[^2]: Rita Smith, *Medieval Europe and the NATO Idea* (Lanham, MD: Rowman and Littlefield, 2001), 4.
[^3]: Stock, *Implications of Literacy*, 90.
[^4]: Т. В. Ильина, *Кооперация и власть в Сибири* (Новосибирск: Наука, 1996), 33–48.
[^5]: Rita Smith, *Medieval Towns of Flanders* (London: Allen and Unwin, 2001), 7.
"""


def work(entry_type: str = "book", id: str = "w", **fields: str) -> Work:
    return Work(id=id, key="", entry_type=entry_type, fields=fields)


def entries(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return {
        e.key: {"ENTRYTYPE": e.entry_type, **{f.key: f.value for f in e.fields}}
        for e in library.entries
    }


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("doc") / "essay.md"
    path.write_text(NOTES, encoding="utf-8")
    return pipeline.extract(path)


def by_title(bib: dict[str, dict[str, str]], word: str) -> dict[str, str]:
    return next(e for e in bib.values() if word in e.get("title", ""))


def test_biblatex_flavour_subtitle_shorttitle_langid_and_braces(report) -> None:
    bib = entries(bibout.dumps(report))
    stock = by_title(bib, "Implications")
    assert stock["title"] == "The {Implications} of {Literacy}"
    assert stock["subtitle"].startswith("Written {Language}")
    assert stock["shorttitle"] == "Implications of {Literacy}"  # the form the notes used
    assert stock["langid"] == "english"
    smith = by_title(bib, "NATO")
    assert smith["publisher"] == "{Rowman and Littlefield}"  # one publisher, not two
    assert "{Medieval Europe}" not in smith["title"]  # first word stays free
    assert "{NATO Idea}" in smith["title"]
    russian = by_title(bib, "власть")
    assert russian["langid"] == "russian"
    assert "shorttitle" not in russian  # Cyrillic in the .aux stops pdflatex
    assert russian["location"] == "Новосибирск"  # biblatex's name for address


def test_subtitled_work_cited_in_full_only_has_its_main_title_as_short_title(tmp_path) -> None:
    doc = tmp_path / "one.md"
    doc.write_text("A.[^1]\n\n[^1]: Jane Doe, *Empire: A Study of Power* (London: Verso, 1999).\n")
    fields = next(iter(entries(bibout.dumps(pipeline.extract(doc))).values()))
    assert fields["shorttitle"] == "Empire"


def test_bibtex_flavour_is_classic(report) -> None:
    bib = entries(bibout.dumps(report, flavour=Flavour.BIBTEX))
    assert {e["ENTRYTYPE"] for e in bib.values()} <= {"book"}
    stock = by_title(bib, "Implications")
    assert "subtitle" not in stock
    assert "Written" in stock["title"]
    assert stock["address"] == "Princeton"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (("collection", {"editor": "Doe, J.", "title": "T"}), "book"),
        (("online", {"title": "T", "url": "https://x.org", "organization": "Site"}), "misc"),
        (("thesis", {"author": "Doe, J.", "title": "T", "type": "mathesis"}), "mastersthesis"),
        (("phdthesis", {"author": "Doe, J.", "title": "T"}), "phdthesis"),
        (("report", {"author": "Doe, J.", "title": "T"}), "techreport"),
        (("jurisdiction", {"title": "T"}), "misc"),
    ],
)
def test_bibtex_flavour_types(given: tuple[str, dict[str, str]], expected: str) -> None:
    entry_type, fields = given
    bib = entries(bibtex.dumps((work(entry_type, **fields),), flavour=Flavour.BIBTEX))
    assert next(iter(bib.values()))["ENTRYTYPE"] == expected


def test_bibtex_flavour_month_string_accents_and_pages() -> None:
    w = work(
        "article",
        author="Lüthi, Max",
        title="Märchen",
        journal="Fabula",
        year="2011",
        month="February",
        pages="502–510",
    )
    text = bibtex.dumps((w,), flavour=Flavour.BIBTEX)
    assert re.search(r"month = feb\b", text)  # BibTeX's month string, unbraced
    assert text.isascii()  # accents as LaTeX for 8-bit BibTeX
    fields = next(iter(entries(text).values()))
    assert fields["pages"] == "502--510"
    assert fields["journal"] == "Fabula"


def test_biblatex_flavour_places_fields_the_datamodel_allows() -> None:
    online = work("online", id="o", title="Page", url="https://x.org", howpublished="The Site")
    case = work("misc", id="c", title="Brown v. Board", volume="347", pages="483", year="1954")
    bib = entries(bibtex.dumps((online, case)))
    page, ruling = by_title(bib, "Page"), by_title(bib, "Brown")
    assert page["organization"] == "The Site"
    assert "howpublished" not in page
    assert ruling["note"] == "347 483"
    assert "volume" not in ruling
    assert "pages" not in ruling


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        ("Allen and Unwin", "{Allen and Unwin}"),
        ("Faber and Faber", "{Faber and Faber}"),
        (
            "Yale University Press and Oxford University Press",
            "Yale University Press and Oxford University Press",
        ),
    ],
)
def test_publishers_with_and(publisher: str, expected: str) -> None:
    fields = next(iter(entries(bibtex.dumps((work(title="T", publisher=publisher),))).values()))
    assert fields["publisher"] == expected


def test_quotes_inside_titles_are_commands() -> None:
    w = work(title='The "Inviting" Word')
    assert r"\mkbibquote{" in bibtex.dumps((w,))
    assert "``" in bibtex.dumps((w,), flavour=Flavour.BIBTEX)
    assert '"' not in bibtex.dumps((w,), flavour=Flavour.BIBTEX)


def test_keys_do_not_depend_on_order() -> None:
    history = work(id="a", author="Smith, John", year="2001", title="History of Trade")
    other = work(id="b", author="Smith, John", year="2001", title="History of Empire")
    forward = {w.id: w.key for w in bibtex.assign_keys((history, other))}
    backward = {w.id: w.key for w in bibtex.assign_keys((other, history))}
    assert forward == backward == {"a": "smith2001historytrade", "b": "smith2001historyempire"}


def test_keys_unchanged_when_a_citation_is_inserted_earlier(tmp_path: Path) -> None:
    before = tmp_path / "before.md"
    before.write_text(NOTES, encoding="utf-8")
    after = tmp_path / "after.md"
    extra = "[^0]: Rita Smith, *Medieval Towns of Flanders* (London: Allen and Unwin, 2001), 1.\n"
    after.write_text(NOTES.replace("Text.[^1]", "Start.[^0] Text.[^1]") + extra, encoding="utf-8")
    keys = [sorted(w.key for w in pipeline.extract(p).works) for p in (before, after)]
    assert keys[0] == keys[1]


def test_no_anonymous_keys() -> None:
    keys = [
        w.key
        for w in bibtex.assign_keys(
            (
                work(id="x", title="Annual Report", year="1990"),
                work(id="y", journal="Past and Present"),
            )
        )
    ]
    assert keys == ["annual1990report", "present"]


def test_keys_from_an_older_library_are_kept(report, tmp_path: Path) -> None:
    old = tmp_path / "old.bib"
    text = bibout.dumps(report)
    stock_key = next(w.key for w in report.works if "Implications" in w.fields.get("title", ""))
    old.write_text(text.replace(stock_key, "stock1983literacy"), encoding="utf-8")
    rekeyed = bibout.rekey(report, old)
    assert {w.key for w in rekeyed.works} == {w.key for w in report.works} - {stock_key} | {
        "stock1983literacy"
    }


@pytest.mark.skipif(not shutil.which("biber"), reason="biber is not installed")
def test_biber_reads_both_flavours_without_datamodel_complaints(report, tmp_path: Path) -> None:
    for flavour in Flavour:
        bib = tmp_path / f"{flavour}.bib"
        bib.write_text(bibout.dumps(report, flavour=flavour), encoding="utf-8")
        run = subprocess.run(
            ["biber", "--tool", "--validate-datamodel", "--output-file", "out.bib", bib.name],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        log = run.stdout + run.stderr
        assert run.returncode == 0, log
        assert "ERROR" not in log
        if flavour is Flavour.BIBLATEX:
            assert "Invalid field" not in log, log
            assert "Invalid value" not in log, log


# what a TeX installation lacks: "File `csquotes.sty' not found", "Encoding file `t2aenc.def'
# not found", "Unknown option 'russian'" (babel without its Russian)
MISSING_TEX_FILE_RE = re.compile(
    r"(?:File|Encoding file) `(?P<file>[^']+)' not found|Unknown option '(?P<option>\w+)'"
    r"|Encoding scheme `(?P<encoding>\w+)' unknown"
)


def _missing(match: re.Match[str]) -> str:
    return next(part for part in match.groups() if part)


LATEX_DOC = r"""\documentclass{article}
\usepackage[T2A,T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[russian,english]{babel}
\usepackage{csquotes}
\usepackage[backend=biber,autolang=other,language=auto]{biblatex}
\addbibresource{doc.bib}
\begin{document}
\nocite{*}\printbibliography
\end{document}
"""


@pytest.mark.skipif(
    not (shutil.which("biber") and shutil.which("pdflatex")), reason="biber or pdflatex absent"
)
def test_biblatex_flavour_compiles_with_russian_under_pdflatex(report, tmp_path: Path) -> None:
    (tmp_path / "doc.bib").write_text(bibout.dumps(report), encoding="utf-8")
    (tmp_path / "doc.tex").write_text(LATEX_DOC, encoding="utf-8")
    latex = ["pdflatex", "-interaction=nonstopmode", "doc.tex"]
    for cmd in (latex, ["biber", "doc"], latex):
        subprocess.run(cmd, cwd=tmp_path, capture_output=True, timeout=120)
    log = (tmp_path / "doc.log").read_text(errors="replace")
    missing = MISSING_TEX_FILE_RE.search(log)
    if missing:  # a TeX installation without these packages (Cyrillic fonts, babel-russian …)
        pytest.skip(f"LaTeX lacks {_missing(missing)}")
    assert not [line for line in log.splitlines() if line.startswith("!")]
    assert (tmp_path / "doc.pdf").exists()


def test_cli_options_bibtex_langid_and_keys_from(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from citekit.cli import app

    doc = tmp_path / "essay.md"
    doc.write_text(NOTES, encoding="utf-8")
    old = tmp_path / "old.bib"
    first = CliRunner().invoke(app, ["extract", str(doc), "-o", str(old), "--exit-zero"])
    assert first.exit_code == 0, first.output
    renamed = old.read_text(encoding="utf-8").replace("@book{stock1983implications,", "@book{mine,")
    old.write_text(renamed, encoding="utf-8")
    args = ["extract", str(doc), "-f", "bibtex", "--bibtex", "--langid", "french"]
    run = CliRunner().invoke(app, [*args, "--keys-from", str(old), "--exit-zero"])
    assert run.exit_code == 0, run.output
    assert "@book{mine," in run.stdout
    assert "journaltitle" not in run.stdout
    assert "location" not in run.stdout


ANY_FIELDS = ["author", "title", "journal", "publisher", "address", "note", "howpublished"]
ANY_FIELDS += ["editor", "pages", "month", "year", "date", "volume", "school", "booktitle"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["article", "book", "online", "thesis", "misc", "collection", "report"]),
    st.dictionaries(st.sampled_from(ANY_FIELDS), st.text(min_size=1, max_size=40), min_size=1),
)
def test_every_type_and_value_parses_in_both_flavours(kind: str, fields: dict[str, str]) -> None:
    for flavour in Flavour:
        text = bibtex.dumps((work(kind, **fields),), flavour=flavour)
        assert len(entries(text)) == 1, text


OTHER_NOTES = """Text.[^1] More.[^2]

[^1]: Rita Smith, *Medieval Europe and the NATO Idea* (Lanham, MD: Rowman and Littlefield, \
2001), 9.
[^2]: Joan Doe, *Harbour Towns* (London: Faber, 1990), 3.
"""


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "thesis"
    folder.mkdir()
    (folder / "a.md").write_text(NOTES, encoding="utf-8")
    (folder / "b.md").write_text(OTHER_NOTES, encoding="utf-8")
    return folder


def invoke(*args: str):
    from typer.testing import CliRunner

    from citekit.cli import app

    return CliRunner().invoke(app, [*args, "--jobs", "1", "--exit-zero"])


def test_a_corpus_library_takes_the_bib_options(corpus_dir: Path, tmp_path: Path) -> None:
    plain = invoke("extract", str(corpus_dir), "-f", "bibtex")
    assert plain.exit_code == 0, plain.output
    biblatex = entries(plain.stdout)
    assert by_title(biblatex, "Implications")["shorttitle"] == "Implications of {Literacy}"
    assert by_title(biblatex, "Кооперация")["langid"] == "russian"
    classic = invoke("extract", str(corpus_dir), "-f", "bibtex", "--bibtex", "--langid", "french")
    assert classic.exit_code == 0, classic.output
    assert classic.stdout.isascii()  # LaTeX accents and T2A letters
    assert "journaltitle" not in classic.stdout
    assert "location" not in classic.stdout
    assert set(entries(classic.stdout)) == set(biblatex)  # one work each, same keys


def test_a_corpus_keeps_the_keys_of_an_older_library(corpus_dir: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.bib"
    first = invoke("extract", str(corpus_dir), "-o", str(old))
    assert first.exit_code == 0, first.output
    text = old.read_text(encoding="utf-8")
    assert "@book{smith2001medievaleurope," in text
    old.write_text(text.replace("@book{smith2001medievaleurope,", "@book{mine,"), encoding="utf-8")
    again = invoke("extract", str(corpus_dir), "-f", "json", "--keys-from", str(old))
    assert again.exit_code == 0, again.output
    reports = [json.loads(line) for line in again.stdout.splitlines()]
    keys = [e["ID"] for r in reports for e in r["entries"] if "Medieval Europe" in e["title"]]
    assert keys == ["mine", "mine"]  # both documents cite the work under its kept key
    library = invoke("extract", str(corpus_dir), "-f", "bibtex", "--keys-from", str(old))
    assert "@book{mine," in library.stdout
    assert "smith2001medievaleurope" not in library.stdout


def test_references_on_a_corpus_is_refused_in_one_line(corpus_dir: Path) -> None:
    run = invoke("extract", str(corpus_dir), "--references")
    assert run.exit_code == 2
    assert "citekit: error: --references reads one reference list" in run.output
    assert "Traceback" not in run.output


NATBIB_DOC = r"""\documentclass{article}
\usepackage[T1,T2A]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[english,russian]{babel}
\usepackage{natbib}
\begin{document}
\nocite{*}
\bibliographystyle{%s}
\bibliography{doc}
\end{document}
"""


def test_bibtex_flavour_writes_cyrillic_as_t2a_letters() -> None:
    w = work(author="Ильина, Т. В.", title="Кооперация", year="1996")
    text = bibtex.dumps((w,), flavour=Flavour.BIBTEX)
    assert r"{\CYRI}{\cyrl}{\cyrsftsn}{\cyri}{\cyrn}{\cyra}, {\CYRT}. {\CYRV}." in text
    assert text.isascii()  # 8-bit BibTeX takes no UTF-8 byte for a letter


@pytest.mark.skipif(
    not (shutil.which("bibtex") and shutil.which("pdflatex")), reason="bibtex or pdflatex absent"
)
@pytest.mark.parametrize("bst", ["plainnat", "abbrvnat", "chicago"])
def test_bibtex_flavour_compiles_with_natbib_styles(report, tmp_path: Path, bst: str) -> None:
    """Initials of Cyrillic names (abbrvnat) once stopped LaTeX with a broken UTF-8 byte."""
    (tmp_path / "doc.bib").write_text(bibout.dumps(report, flavour=Flavour.BIBTEX), "utf-8")
    (tmp_path / "doc.tex").write_text(NATBIB_DOC % bst, encoding="utf-8")
    latex = ["pdflatex", "-interaction=nonstopmode", "doc.tex"]
    said = ""
    for cmd in (latex, ["bibtex", "doc"], latex, latex):
        done = subprocess.run(
            cmd, cwd=tmp_path, capture_output=True, text=True, errors="replace", timeout=120
        )
        said = done.stdout if cmd[0] == "bibtex" else said
    log = (tmp_path / "doc.log").read_text(errors="replace")
    if "couldn't open style file" in said:
        pytest.skip(f"{bst}.bst is not installed")
    missing = MISSING_TEX_FILE_RE.search(log)
    if missing:  # natbib, Cyrillic fonts (T2A) … not installed
        pytest.skip(f"LaTeX lacks {_missing(missing)}")
    assert "isn't style-file defined" not in said, said
    assert "error message" not in said, said
    assert not [line for line in log.splitlines() if line.startswith("!")], log[-2000:]
    assert (tmp_path / "doc.pdf").exists()
