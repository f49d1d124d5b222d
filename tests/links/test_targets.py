"""Finding targets: URLs and DOIs in notes, body and front matter, .bib entries, URL lists."""

from __future__ import annotations

import pytest

from citekit.errors import UnreadableFile
from citekit.links import dates, targets
from citekit.links.model import TargetKind

DOI = "10.1080/14682745.2017.1315923"


def _found(text):
    return [(t.target, t.accessed) for t in targets.merge(targets._cites_in(text, note=1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "accessed at http://wilsoncenter.org/files/Working%20Paper_63.pdf; David Wolff",
            [("http://wilsoncenter.org/files/Working%20Paper_63.pdf", None)],
        ),
        (
            "<http://globetrotter.berkeley.edu/waltz-con5.html>; Radchenko",
            [("http://globetrotter.berkeley.edu/waltz-con5.html", None)],
        ),
        (
            "at: <https://networks.h-net.org/node/28443> (Accessed on January 27, 2017).",
            [("https://networks.h-net.org/node/28443", "20170127")],
        ),
        (
            "“Reviews in History,” <http://www.history.ac.uk/review/2066> (accessed on March 14, "
            "2017),",
            [("http://www.history.ac.uk/review/2066", "20170314")],
        ),
        (
            "see https://en.wikipedia.org/wiki/Interkit_(organisation).",
            [("https://en.wikipedia.org/wiki/Interkit_(organisation)", None)],
        ),
        ("(see http://example.org/a)", [("http://example.org/a", None)]),
        ("[the paper](https://doi.org/10.1080/14682745.2017.1315923)", [(DOI, None)]),
        (
            "DOI: [10.1080/14682745.2017.1315923](https://doi.org/10.1080/14682745.2017.1315923)",
            [(DOI, None)],
        ),
        ("doi:10.1016/S0140-6736(20)30183-5.", [("10.1016/S0140-6736(20)30183-5", None)]),
        (
            "Online: www.bundesarchiv.de/foo.html, abgerufen am 3. Mai 2020.",
            [("http://www.bundesarchiv.de/foo.html", "20200503")],
        ),
        (
            "http://a.org/x (consulté le 5 mai 2019) ; http://b.org/y",
            [("http://a.org/x", "20190505"), ("http://b.org/y", None)],
        ),
        ("Jones, War (Oxford, 2001), http://c.org/war", [("http://c.org/war", "2001")]),
    ],
    ids=[
        "pdf-semicolon",
        "angle-brackets",
        "accessed-capital",
        "accessed-comma",
        "wiki-parens",
        "closing-paren",
        "markdown-doi-link",
        "doi-and-link",
        "doi-parens",
        "www-german",
        "french-then-other",
        "year-fallback",
    ],
)
def test_links_in_note_text(text, expected):
    found = _found(text)
    if expected and expected[0][0] == DOI:
        found = [(t, None) for t, _ in found]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("accessed on March 14, 2017", "20170314"),
        ("(Accessed on January 27, 2017)", "20170127"),
        ("abgerufen am 3. Mai 2020", "20200503"),
        ("consulté le 5 mai 2019", "20190505"),
        ("consulté le 1er mai 2019", "20190501"),
        ("Zugriff am 03.05.2020", "20200503"),
        ("Accessed: 2017-03-14", "20170314"),
        ("last accessed 14 Sept. 2017", "20170914"),
        ("retrieved June 2018", "201806"),
        ("consultado el 5 de mayo de 2019", "20190505"),
        ("accessed 03/14/2017", "20170314"),
    ],
    ids=[
        "en-us",
        "en-capital",
        "de",
        "fr",
        "fr-1er",
        "de-numeric",
        "iso",
        "abbreviated",
        "month-year",
        "es",
        "us-numeric",
    ],
)
def test_access_dates(text, stamp):
    assert [s for _, s in dates.access_dates(text)] == [stamp]


@pytest.mark.parametrize(
    ("line", "kind", "problem"),
    [
        ("https://example.org/a", TargetKind.URL, None),
        (DOI, TargetKind.DOI, None),
        (f"doi:{DOI}", TargetKind.DOI, None),
        ("10.12/too-short", TargetKind.DOI, "not a DOI"),
        ("ftp://example.org/file", TargetKind.URL, "not a URL"),
        ("http://", TargetKind.URL, "not a URL"),
        ("http://exa mple.org", TargetKind.URL, "not a URL"),
        ("http://example.org:99999/", TargetKind.URL, "not a URL"),
        ("just words", TargetKind.URL, "not a URL or DOI"),
    ],
    ids=["url", "doi", "doi-prefix", "bad-doi", "ftp", "no-host", "space", "bad-port", "words"],
)
def test_classify(line, kind, problem):
    target = targets.classify(line)
    assert target.kind is kind
    assert (target.problem or "").startswith(problem or "")
    assert bool(target.problem) is bool(problem)


def test_list_skips_comments_and_merges_repeats():
    found = targets.from_lines(f"# my links\n\nhttps://a.org\n{DOI}\nhttps://a.org\nDOI {DOI}\n")
    assert [t.target for t in found] == ["https://a.org", DOI]


MARKDOWN = """---
title: An essay
url: https://journal.example.org/essay
---

Body text cites http://body.example.org/page here.[^1] And more.[^2]

[^1]: Kenneth Waltz, "Conversations," <http://globetrotter.example.edu/waltz.html> (accessed on
    March 14, 2017); see doi:10.1080/14682745.2017.1315923.
[^2]: Same page again, http://globetrotter.example.edu/waltz.html, abgerufen am 3. Mai 2020.
"""


def test_document_links_know_their_notes_and_dates(tmp_path):
    path = tmp_path / "essay.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    found = {t.target: t for t in targets.from_document(path)}
    waltz = found["http://globetrotter.example.edu/waltz.html"]
    assert (waltz.notes, waltz.accessed) == ((1, 2), "20170314")  # the earliest access date
    assert found[DOI].notes == (1,)
    assert found["https://journal.example.org/essay"].notes == ()  # front matter
    assert found["http://body.example.org/page"].notes == ()  # body


BIB = r"""
@article{radchenko2017,
  title = {The {Soviet} Union and the Asian Cold War},
  doi = {10.1080/14682745.2017.1315923},
  url = {http://eprints.lse.ac.uk/79133/},
  urldate = {2017-03-14},
}
@online{waltz,
  title = {Conversations with History},
  howpublished = {\url{http://globetrotter.berkeley.edu/people3/Waltz/waltz\_con5.html}},
  year = {2003},
}
@misc{again, url = {http://eprints.lse.ac.uk/79133/}}
@broken{
"""


def test_bib_entries(tmp_path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    found = {t.target: t for t in targets.from_bib(path)}
    assert found[DOI].title == "The Soviet Union and the Asian Cold War"
    assert found[DOI].entries == ("radchenko2017",)
    eprint = found["http://eprints.lse.ac.uk/79133/"]
    assert (eprint.entries, eprint.accessed) == (("radchenko2017", "again"), "20170314")
    waltz = found["http://globetrotter.berkeley.edu/people3/Waltz/waltz_con5.html"]
    assert waltz.accessed == "2003"


@pytest.mark.parametrize(
    "data", [b"\x00\x01binary", b"\xff\xfe\xfa not utf-8"], ids=["binary", "undecodable"]
)
def test_unreadable_list_is_an_error(tmp_path, data):
    path = tmp_path / "urls.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile):
        targets.read_list(path)


def test_trim_keeps_balanced_brackets():
    assert targets.trim("http://a.org/x_(y)).,") == "http://a.org/x_(y)"
